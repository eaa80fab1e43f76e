//! The LW3xx rule table: every template rule's code, name, severity, summary, why and source.

use crate::rules::registry::declare_rules;

const TEMPLATE: &str = "LINK WhatsApp Message API 1.6.1, Template";
const COMPONENT: &str = "LINK WhatsApp Message API 1.6.1, Component";
const PARAMETER: &str = "LINK WhatsApp Message API 1.6.1, Parameter";
const CURRENCY: &str = "LINK WhatsApp Message API 1.6.1, Currency";
const DATE_TIME: &str = "LINK WhatsApp Message API 1.6.1, DateTime";
const MPM: &str = "Service4U WhatsApp API, Sending Multi-Product Template Messages";
const LTO: &str = "LINK WhatsApp Message API 1.6.1, Limited Time Offer parameter";
const CAROUSEL: &str =
    "LINK WhatsApp Message API 1.6.1, Component (carousel); Meta Cloud API, Sending Media Card Carousel Templates";
const META_COMPONENTS: &str = "Meta WhatsApp Business Management API, Template components";
const CLOUD_REFERENCE: &str = "Meta Cloud API reference, Messages: Template object";

declare_rules! {
    TEMPLATE_NAMESPACE_IGNORED = LW300 "template-namespace-ignored" Warning,
        "`template.namespace` is no longer part of a template message.",
        "Required in API 1.4.2, removed from template messages in 1.4.19 (the 1.6.1 changelog); a 1.6 gateway ignores it, so a payload carrying it was most likely written against the old document.",
        "LINK WhatsApp Message API 1.4.2, Template; 1.6.1, Changelog 1.4.19";
    TEMPLATE_NAME_EMPTY = LW301 "template-name-empty" Error,
        "`template.name` is not empty.",
        "The template is looked up by name; an empty name matches no approved template and the send fails.",
        TEMPLATE;
    TEMPLATE_NAME_FORMAT = LW302 "template-name-format" Warning,
        "`template.name` uses only lowercase letters, digits and underscores, at most 512 characters (counted in Unicode scalar values).",
        "Meta creates template names in that form only, so another name matches no approved template (error 132001). The LINK documents' own placeholders (`yourTemplate`) are camelCase, hence a warning.",
        "Meta WhatsApp Business Management API, Message templates: name";
    LANGUAGE_CODE_UNSUPPORTED = LW303 "language-code-unsupported" Error fix Unsafe,
        "`template.language.code` is one of the 111 codes of the Supported languages table.",
        "The code must match the language of the approved template; a code outside the table matches none and the send fails (Meta error 132001).",
        "LINK WhatsApp Message API 1.6.1, Language; Supported languages";
    LANGUAGE_CODE_HYPHEN = LW304 "language-code-hyphen" Error fix Unsafe,
        "`template.language.code` separates language and region with `_` (`en_US`), not `-` (`en-US`).",
        "The BCP 47 spelling `en-US` is not in the Supported languages table and matches no template.",
        "LINK WhatsApp Message API 1.6.1, Supported languages";
    COMPONENT_TYPE_UNKNOWN = LW305 "component-type-unknown" Error fix Safe,
        "A component's `type` is one of header, body, button, carousel, limited_time_offer.",
        "The gateway cannot map another component type and rejects the message.",
        COMPONENT;
    COMPONENT_REPEATED = LW306 "component-repeated" Error,
        "A template (or a carousel card) has at most one header, one body, one carousel and one limited_time_offer component.",
        "A template has one header and one body; a second one has nothing to fill, and Meta rejects the parameters (error 132000).",
        META_COMPONENTS;
    HEADER_TOO_MANY_PARAMETERS = LW307 "header-too-many-parameters" Error,
        "A header component has at most one parameter.",
        "The document allows one or none media parameter in the header; a text header supports one variable (Meta).",
        COMPONENT;
    PARAMETER_TYPE_UNKNOWN = LW308 "parameter-type-unknown" Error fix Safe,
        "A parameter's `type` is one of text, payload, currency, dateTime, image, document, video, location, action, coupon_code, limited_time_offer.",
        "The gateway cannot map another parameter type. The Cloud API spelling `date_time` is not the LINK one (`dateTime`), and in Cloud API JSON `dateTime` is unknown: each dialect gets a did-you-mean to its own spelling.",
        PARAMETER;
    PARAMETER_TYPE_NOT_ALLOWED = LW309 "parameter-type-not-allowed" Error,
        "A parameter's type fits its component: header text/image/document/video/location, body text/currency/dateTime (Cloud API `date_time`), limited_time_offer its own type, buttons by sub type (quickReply/quick_reply payload, url text, copy_code coupon_code, catalog/mpm/flow action).",
        "Meta rejects a parameter the template's component cannot take (error 132012, parameter format mismatch). The Action parameter section says 'used in the body component', a copy of the DateTime section; the Component table and every example put it in catalog and mpm buttons.",
        COMPONENT;
    BUTTON_SUB_TYPE_UNKNOWN = LW310 "button-sub-type-unknown" Error fix Safe,
        "A button's `subType` is one of quickReply, url, flow, catalog, copy_code, mpm (Cloud API JSON: `sub_type` is one of quick_reply, url, catalog, copy_code, mpm, flow).",
        "The gateway cannot map another sub type. In LINK JSON the Cloud API spellings (`quick_reply`, upper case) are accepted and reported as non-canonical (LW008); in Cloud API JSON upper case is non-canonical and LINK's `quickReply` is unknown, since Meta knows only its own values.",
        "LINK WhatsApp Message API 1.6.1, Component: subType; Service4U WhatsApp API, Multi-Product templates";
    BUTTON_INDEX_INVALID = LW311 "button-index-invalid" Error,
        "A button's `index` is a whole number from 0 to 9, as a JSON number or a string of digits.",
        "The index is the button's 0-based position; a template has at most 10 buttons. The table types it String, the examples use both numbers and strings, so both are accepted.",
        COMPONENT;
    BUTTON_INDEX_DUPLICATE = LW312 "button-index-duplicate" Error,
        "Two button components of one template (or card) have the same `index`.",
        "Each index names one button of the template; the second component overwrites or is rejected.",
        COMPONENT;
    TOO_MANY_BUTTONS = LW313 "too-many-buttons" Error,
        "A template has at most 10 button components.",
        "Meta templates have at most 10 buttons, so there is no button for the rest.",
        "Meta WhatsApp Business Management API, Template components: Buttons";
    URL_BUTTON_PAYLOAD_PARAMETER = LW314 "url-button-payload-parameter" Warning,
        "A url button takes a `text` parameter (the URL suffix), not a `payload`.",
        "The Component table says url buttons take a text parameter, and Meta's carousel reference sends `text`; the LINK carousel example sends a payload instead, so this is a warning, not an error.",
        "LINK WhatsApp Message API 1.6.1, Component; Meta Cloud API, Sending Media Card Carousel Templates";
    BUTTON_TOO_MANY_PARAMETERS = LW315 "button-too-many-parameters" Error,
        "A button component has at most one parameter.",
        "A button has one variable: the URL suffix, the quick reply payload, the coupon code or the action.",
        COMPONENT;
    PARAMETER_VALUE_EMPTY = LW316 "parameter-value-empty" Error,
        "A text, payload or coupon_code parameter's value is not empty.",
        "Meta rejects empty template parameters (error 131008 / 132000); the variable would render as nothing.",
        PARAMETER;
    TEXT_PARAMETER_TOO_LONG = LW317 "text-parameter-too-long" Error,
        "A text parameter fits its component: header at most 60, body at most 1024, carousel card body at most 160 characters (Unicode scalar values).",
        "The whole header, body or card body has these limits at Meta, so a longer variable alone makes the message fail.",
        "Meta WhatsApp Business Management API, Template components (header 60, body 1024); Media card carousel templates (card body 160)";
    TEXT_PARAMETER_WHITESPACE = LW318 "text-parameter-whitespace" Error,
        "A header or body text parameter has no line break, no tab and no run of more than 4 spaces.",
        "Meta rejects such variables: 'Param text cannot have new-line/tab characters or more than 4 consecutive spaces' (error 132018).",
        "Meta Cloud API error 132018; see github.com/netflie/whatsapp-cloud-api issue 201";
    NAMED_PARAMETERS_MIXED = LW319 "named-parameters-mixed" Error,
        "The text parameters of one component are either all named (`parameterName`, Cloud API `parameter_name`) or all positional.",
        "A template uses named or positional parameters, never both; half of them cannot be matched.",
        "LINK WhatsApp Message API 1.6.1, Text parameter: parameterName";
    PARAMETER_NAME_DUPLICATE = LW320 "parameter-name-duplicate" Error,
        "Two text parameters of one component have the same `parameterName` (Cloud API `parameter_name`).",
        "Each named variable is filled once; the second value is lost or the send is rejected.",
        "LINK WhatsApp Message API 1.6.1, Text parameter: parameterName";
    CURRENCY_CODE_INVALID = LW321 "currency-code-invalid" Error fix Safe,
        "`currency.code` is an ISO 4217 code: three uppercase letters.",
        "Meta formats the amount by its currency; another value is rejected.",
        CURRENCY;
    CURRENCY_CODE_UNKNOWN = LW322 "currency-code-unknown" Warning,
        "`currency.code` is three uppercase letters but not an ISO 4217 currency.",
        "Most likely a typo (`EUD`, `USS`); the amount cannot be formatted.",
        "ISO 4217, Codes for the representation of currencies";
    CURRENCY_AMOUNT_INVALID = LW323 "currency-amount-invalid" Error,
        "`currency.amount1000` is a whole number: the amount in minor units times 1000 ($100.99 is 100990), as a JSON integer or a string of digits (Cloud API `amount_1000`: a JSON integer, else LW006).",
        "The table types it String and the example sends \"100990\"; Meta's amount_1000 is an integer. A fraction or a non-numeric string cannot be converted.",
        CURRENCY;
    DATE_TIME_FIELDS_INCOMPLETE = LW324 "date-time-fields-incomplete" Error,
        "A dateTime has all of dayOfWeek, dayOfMonth, year, month, hour, minute, or `timestamp`.",
        "The document: 'Must contain dayOfWeek, dayOfMonth, year, month, hour, minute together or timestamp alone.' LINK JSON only: a Cloud API `date_time` needs only `fallback_value` (see LW348).",
        DATE_TIME;
    DATE_TIME_TIMESTAMP_NOT_ALONE = LW325 "date-time-timestamp-not-alone" Error,
        "A dateTime with `timestamp` has no dayOfWeek, dayOfMonth, year, month, hour or minute.",
        "The document requires the timestamp alone; with both it is not said which one wins.",
        DATE_TIME;
    DATE_TIME_FIELD_INVALID = LW326 "date-time-field-invalid" Error,
        "dateTime fields are whole numbers in range: dayOfWeek 1-7, month 1-12, dayOfMonth 1-31 (and within the month), hour 0-23, minute 0-59, year 1-9999, timestamp at least 0.",
        "The table types them String and the example sends numbers, so both are accepted; a value that is not a number, or out of range, is no date.",
        DATE_TIME;
    DATE_TIME_DAY_OF_WEEK_MISMATCH = LW327 "date-time-day-of-week-mismatch" Warning,
        "`dayOfWeek` (1 = Monday … 7 = Sunday) is the weekday of the date given by year, month and dayOfMonth.",
        "Meta uses the weekday derived from the date when they differ, so the dayOfWeek sent is ignored; February 25, 1977 (the document's example) is a Friday, 5.",
        "Meta Cloud API, Messages: date_time object";
    TIMESTAMP_LOOKS_LIKE_SECONDS = LW328 "timestamp-looks-like-seconds" Warning,
        "`dateTime.timestamp` and `expiration_time_ms` are in milliseconds; a value below 100000000000 is most likely seconds.",
        "Read as milliseconds, a timestamp in seconds is a day in January 1970: the date shown, or the offer's expiry, is wrong.",
        "LINK WhatsApp Message API 1.6.1, DateTime: timestamp; Limited Time Offer parameter";
    MPM_SECTIONS_COUNT = LW329 "mpm-sections-count" Error,
        "An mpm button's action has 1 to 10 `sections`.",
        "'You can define up to 10 sections'; with none there is nothing to show when the customer taps View items.",
        MPM;
    MPM_SECTION_TITLE_TOO_LONG = LW330 "mpm-section-title-too-long" Error,
        "An mpm section `title` is at most 24 characters (Unicode scalar values).",
        "'Section title text … Maximum 24 characters.'",
        MPM;
    MPM_TOO_MANY_PRODUCTS = LW331 "mpm-too-many-products" Error,
        "An mpm button lists at most 30 `product_items` across all its sections.",
        "'Supports up to 30 products total, across all sections.'",
        MPM;
    COUPON_CODE_TOO_LONG = LW332 "coupon-code-too-long" Warning,
        "A `coupon_code` parameter is at most 15 characters (Unicode scalar values).",
        "Meta limits coupon codes to 15 characters. The LINK examples use the 19-character placeholder `example-coupon-code`, hence a warning.",
        "Meta WhatsApp Business Management API, Coupon code templates: limitations";
    LTO_EXPIRATION_INVALID = LW333 "lto-expiration-invalid" Error,
        "`expiration_time_ms` is a positive whole number of milliseconds since the UNIX epoch.",
        "The document types it Long; a zero, negative or fractional value is no point in time.",
        LTO;
    LTO_EXPIRATION_NOT_NESTED = LW334 "lto-expiration-not-nested" Warning,
        "`expiration_time_ms` belongs inside the parameter's `limited_time_offer` object.",
        "The parameter table lists it directly on the parameter, but the LTO example and Meta nest it in `limited_time_offer`; the nested form is the one shown to work.",
        LTO;
    LTO_COMPONENT_PARAMETER_COUNT = LW335 "lto-component-parameter-count" Error,
        "A limited_time_offer component has exactly one limited_time_offer parameter.",
        "The component carries the one offer's expiry; none leaves the timer unset, two are ambiguous.",
        LTO;
    CAROUSEL_CARDS_COUNT = LW336 "carousel-cards-count" Error,
        "A carousel component has 1 to 10 `cards` (in Cloud API JSON, a media-card carousel 2 to 10).",
        "A carousel shows up to 10 cards; with none there is nothing to show. Meta's media card carousel templates are defined with 2 to 10 cards and \"can only be used to send the same number of cards as defined\", which decides for Cloud API payloads; product-card carousels send up to 10. LINK 1.6.1 decides for LINK payloads.",
        CAROUSEL;
    CAROUSEL_CARD_INDEX_INVALID = LW337 "carousel-card-index-invalid" Error,
        "Each card's `card_index` is unique and less than the number of cards.",
        "The 0-based index says which card of the template a card fills; a repeated or out-of-range index leaves a card unfilled.",
        CAROUSEL;
    CAROUSEL_CARD_INDEX_ORDER = LW338 "carousel-card-index-order" Warning,
        "Cards are listed in `card_index` order (the first card has index 0, the next 1, …).",
        "Cards appear left to right by index; listing them in another order makes the payload hard to check against what is shown.",
        CAROUSEL;
    CAROUSEL_CARD_HEADER_MISSING = LW339 "carousel-card-header-missing" Error,
        "Each carousel card has a header component with one image or video parameter.",
        "Every card of a carousel template has a media header; the card cannot be shown without its media.",
        CAROUSEL;
    CAROUSEL_CARD_COMPONENT_NOT_ALLOWED = LW340 "carousel-card-component-not-allowed" Error,
        "A carousel card's components are header, body and button only.",
        "Cards cannot nest a carousel or carry a limited_time_offer component.",
        CAROUSEL;
    CAROUSEL_CARD_TOO_MANY_BUTTONS = LW341 "carousel-card-too-many-buttons" Error,
        "A carousel card has at most 2 button components.",
        "Each card of a carousel template has up to two buttons.",
        CAROUSEL;
    OTP_CODE_MISMATCH = LW342 "otp-code-mismatch" Warning,
        "In an authentication (one-time password) template, the url button's text parameter repeats the body's code.",
        "'The one-time password … must appear twice in the payload': in the body text and in the url button. Recognized without the template definition only when the name suggests a code (otp, verif, auth, code, …) and the template is one body text parameter plus one url button.",
        "Service4U WhatsApp API, Sending Authentication Templates with One-Time Password Buttons";
    URL_BUTTON_PARAMETER_FULL_URL = LW343 "url-button-parameter-full-url" Warning,
        "A url button's text parameter is the suffix appended to the template's URL, not a whole URL.",
        "The template defines the URL up to its variable; a parameter starting with http:// or https:// is appended to it and makes a broken link.",
        "LINK WhatsApp Message API 1.6.1, Text parameter (url button); Meta Cloud API, Messages: button parameter";
    LOCATION_HEADER_OUT_OF_RANGE = LW344 "location-header-out-of-range" Error,
        "A location header's `latitude` is a number from -90 to 90 and `longitude` from -180 to 180 (JSON numbers or numeric strings).",
        "The Service4U example sends them as strings; a value that is not a coordinate puts no pin on the map.",
        "Service4U WhatsApp API, Location-based Message Templates";
    BUTTON_SUB_TYPE_REPEATED = LW345 "button-sub-type-repeated" Error,
        "A template has at most one copy_code button and at most one mpm button.",
        "Coupon code templates are limited to one copy code button (Meta); MPM templates have 'a single MPM button component' (Service4U).",
        "Meta WhatsApp Business Management API, Coupon code templates; Service4U WhatsApp API, Multi-Product templates";
    BUTTON_INDEX_NOT_STRING = LW346 "button-index-not-string" Info fix Safe,
        "In Cloud API JSON a button's `index` is a string (\"0\"); a JSON number is accepted.",
        "Meta's reference examples and Service4U's quick reply and OTP examples send `\"index\": \"0\"`; Service4U's multi-product example sends `\"index\": 0`, and Meta accepts both. One spelling per code base keeps payloads easy to compare. (LINK JSON types it String and shows both, so LINK payloads are not noted.)",
        "Service4U WhatsApp API, Interactive Message Templates; Sending Multi-Product Template Messages";
    LANGUAGE_POLICY_INVALID = LW347 "language-policy-invalid" Error,
        "In Cloud API JSON, `template.language.policy` is \"deterministic\".",
        "It is the only language policy the Cloud API supports; another value is rejected. Meta marks `policy` required, but the Service4U examples omit it and it defaults to deterministic, so its absence is not reported. LINK JSON has no `policy` (LW005).",
        CLOUD_REFERENCE;
    DATE_TIME_LOCALIZATION_IGNORED = LW348 "date-time-localization-ignored" Info,
        "In Cloud API JSON, a `date_time` is shown as its `fallback_value`: `day_of_week`, `day_of_month`, `year`, `month`, `hour`, `minute`, `calendar` and `timestamp` are ignored.",
        "Meta: \"For Cloud API, we always use the fallback value, and we do not attempt to localize using other optional fields.\" The fallback text is what the customer reads, so write it as it should be shown. (LINK's dateTime requires the date parts or a timestamp, LW324; the Cloud API does not.)",
        "Meta Cloud API reference, Messages: Date_Time object; Service4U WhatsApp API, Text-Based Message Templates";
    MPM_SECTION_EMPTY = LW349 "mpm-section-empty" Error,
        "Each section of an mpm button lists at least one product in `product_items`.",
        "A section shows the products listed in it; Meta requires at least one product per section of a multi-product message, and an empty section is rejected.",
        MPM;
    CAROUSEL_CARD_BUTTON_MISSING = LW350 "carousel-card-button-missing" Error,
        "In LINK gateway JSON, each carousel card's `components` hold one or more button components. Not checked in Cloud API JSON: Meta's send reference states no such rule (its examples give every card its buttons), so there the template decides.",
        "LINK 1.6.1, Component: each card has \"a components array with header, optional body and one or more buttons\"; a card sent without them does not match its template.",
        "LINK WhatsApp Message API 1.6.1, Component: carousel cards";
    OTP_CODE_TOO_LONG = LW770 "otp-code-too-long" Error [131009],
        "The one-time password an authentication template sends is at most 15 characters.",
        "Meta's authentication templates: \"Parameters are also restricted to 15 characters\". The code is the body's parameter and repeats in the url button; Meta's code for a longer one is not published (131009, Parameter value is not valid, inferred). Recognized with the template definition (`--templates`: an AUTHENTICATION template) or, without it, as LW342 recognizes an authentication template (its name and shape). An LW7xx code: a template send rule added with the definition rules.",
        "Meta WhatsApp Business Management API, Authentication templates";
}
