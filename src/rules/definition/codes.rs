//! The LW700–LW732 rule table: a template definition against Meta's creation rules.

use crate::rules::registry::declare_rules;

const OVERVIEW: &str = "Meta WhatsApp Business Management API, Templates overview";
const COMPONENTS: &str = "Meta WhatsApp Business Management API, Template components";
const REVIEW: &str = "Meta WhatsApp Business Management API, Template review (rejection reasons)";
const BUTTONS: &str = "Meta WhatsApp Business Management API, Template components: Buttons";
const LTO: &str = "Meta WhatsApp Business Management API, Limited-time offer templates";
const CAROUSEL: &str =
    "Meta WhatsApp Business Management API, Media card carousel templates; Product card carousel templates";
const AUTH: &str = "Meta WhatsApp Business Management API, Authentication templates (copy code, one-tap, zero-tap)";

/// The sentence every creation-only rule's `why` ends with.
macro_rules! stored {
    () => {
        " A creation rule: on a stored template (one with `id` or `status`, or an item of a list response, as the API returns them) it reports at most info, \"Meta would not accept creating it like this today\"."
    };
}

declare_rules! {
    DEFINITION_NAME_FORMAT = LW700 "definition-name-format" Error [100],
        "A template definition's `name` is 1 to 512 lowercase letters, digits and underscores.",
        concat!("Meta: \"Maximum 512 characters. Lowercase, alphanumeric characters and underscores only\"; the create call fails with (#100) Invalid parameter.", stored!()),
        OVERVIEW;
    DEFINITION_LANGUAGE_UNSUPPORTED = LW701 "definition-language-unsupported" Error [100],
        "A template definition's `language` is one of the 111 codes of Meta's Supported languages table (`en_US`, `pt_BR`, `fil`).",
        concat!("The create call fails for another code; a send must name exactly this code (`en` is not `en_US`).", stored!()),
        "Meta WhatsApp Business Management API, Supported languages";
    DEFINITION_CATEGORY_INVALID = LW702 "definition-category-invalid" Error [100],
        "A template definition's `category` is AUTHENTICATION, MARKETING or UTILITY (the create call also takes lower case).",
        "Meta creates templates in these three categories only; legacy values (`TICKET_UPDATE`, `ALERT_UPDATE`, …) appear in `previous_category` of GET responses, and as `category` in older ones. On a stored template (with `id` or `status`, or in a list response) a warning, not an error.",
        OVERVIEW;
    DEFINITION_COMPONENT_COUNT = LW703 "definition-component-count" Error [100],
        "A template definition has exactly one BODY and at most one HEADER, FOOTER, BUTTONS, CAROUSEL and LIMITED_TIME_OFFER component.",
        "Meta: templates are composed of one body and optional header, footer and buttons; a second one is rejected.",
        COMPONENTS;
    DEFINITION_COMPONENT_TYPE_UNKNOWN = LW704 "definition-component-type-unknown" Error [100],
        "A definition component's `type` is HEADER, BODY, FOOTER, BUTTONS, CAROUSEL, LIMITED_TIME_OFFER or CALL_PERMISSION_REQUEST (any case).",
        "Meta knows no other component; the create call fails with (#100) Invalid parameter.",
        COMPONENTS;
    DEFINITION_HEADER_FORMAT_INVALID = LW705 "definition-header-format-invalid" Error [2388047],
        "A HEADER's `format` is TEXT, IMAGE, VIDEO, GIF, DOCUMENT, LOCATION or PRODUCT, and a TEXT header has `text`.",
        "Meta error 2388047, \"header format incorrect\". GIF headers are available to the Marketing Messages API only; PRODUCT headers to single-product and product-card templates.",
        COMPONENTS;
    DEFINITION_TEXT_TOO_LONG = LW706 "definition-text-too-long" Error [2388040],
        "Header and footer text is at most 60 characters; body text at most 1024, 600 in a limited-time offer template, 160 in a carousel card or a single-product (PRODUCT header) template (Unicode scalar values, placeholders as written).",
        concat!("Meta error 2388040, \"character limit exceeded\". Meta does not say whether it counts UTF-16 units or characters; linkwa counts Unicode scalar values.", stored!()),
        "Meta WhatsApp Business Management API, Template components; Limited-time offer templates; Media card carousel templates; SPM templates";
    DEFINITION_HEADER_TOO_MANY_VARIABLES = LW707 "definition-header-too-many-variables" Error [2388047],
        "A TEXT header has at most one variable.",
        concat!("Meta: header text \"supports 1 parameter\"; more fail with error 2388047.", stored!()),
        COMPONENTS;
    DEFINITION_FOOTER_VARIABLE = LW708 "definition-footer-variable" Warning [2388073],
        "A FOOTER's text has no variable.",
        concat!("The components page calls footers text-only and a send has no footer parameters; the catalog and utility pages say variables are supported. The pages disagree, hence a warning (error 2388073, footer format incorrect, when Meta refuses it).", stored!()),
        COMPONENTS;
    DEFINITION_EXAMPLE_MISSING = LW709 "definition-example-missing" Error [100],
        "Every header and body variable has an example value: `example.header_text` / `body_text` (positional, as many values as variables) or `header_text_named_params` / `body_text_named_params` (named, one per name).",
        concat!("Meta: \"you must include an example value for each parameter\"; without them the create call fails. A single body variable may have a string `body_text` (Meta's carousel example). Not checked in AUTHENTICATION templates, whose body is preset.", stored!()),
        COMPONENTS;
    DEFINITION_VARIABLES_NOT_SEQUENTIAL = LW710 "definition-variables-not-sequential" Error,
        "The positional variables of a text are numbered 1 to n without gaps ({{1}}, {{2}}, {{3}}).",
        concat!("Meta rejects \"Variable parameters are not sequential. For example, {{1}}, {{2}}, {{5}}, {{4}}\" at review (INVALID_FORMAT). A repeated variable counts once (RapidPro de-duplicates; Meta's pages are silent).", stored!()),
        REVIEW;
    DEFINITION_PARAMETER_FORMAT_MISMATCH = LW711 "definition-parameter-format-mismatch" Error,
        "A template's variables are all positional or all named, and `parameter_format` (`named` / `positional`, default positional) agrees with them.",
        "Named placeholders in a template without `parameter_format: named` are rejected (gabrieldwight/whatsapp#194), and one template never mixes both kinds.",
        OVERVIEW;
    DEFINITION_VARIABLE_MALFORMED = LW712 "definition-variable-malformed" Error,
        "Every `{{` is closed by `}}` around a number or a lowercase name (letters, digits, `_`): no special characters such as `#`, `$`, `%`, no upper case.",
        concat!("Meta rejects \"Variable parameters contain special characters such as #, $, or %\" and mismatched curly braces at review.", stored!()),
        REVIEW;
    DEFINITION_DANGLING_VARIABLE = LW713 "definition-dangling-variable" Error [2388299],
        "A body does not start or end with a variable (trailing punctuation such as `{{1}}.` counts as text).",
        concat!("Meta error 2388299, \"Leading or trailing parameters not allowed\"; Meta's own approved examples end with `{{order_number}}.`.", stored!()),
        REVIEW;
    DEFINITION_ADJACENT_VARIABLES = LW714 "definition-adjacent-variables" Error,
        "Two variables are not placed next to each other without text or punctuation between them ({{1}}{{2}}).",
        concat!("Meta's rejection reasons list \"parameters placed next to each other (like {{1}}{{2}}) without text or punctuation between them\" (INVALID_FORMAT).", stored!()),
        "Meta WhatsApp Business Management API, message_template_status_update webhook: rejection_info";
    DEFINITION_TOO_MANY_VARIABLES = LW715 "definition-too-many-variables" Warning [2388293],
        "A body has at least 2x+1 words of its own text for x variables.",
        concat!("Meta rejects \"too many variable parameters relative to the message length\" (error 2388293, Parameters words ratio exceeds limit) without publishing the ratio; 2x+1 is the heuristic support pages quote, hence a warning.", stored!()),
        REVIEW;
    DEFINITION_TOO_MANY_BUTTONS = LW716 "definition-too-many-buttons" Error [100],
        "A template has at most 10 buttons: at most 10 quick replies, 2 URL, 1 phone number and 1 copy code button.",
        concat!("Meta's per-type maxima; the create call fails with (#100) Invalid parameter.", stored!()),
        BUTTONS;
    DEFINITION_BUTTONS_NOT_GROUPED = LW717 "definition-buttons-not-grouped" Error [100],
        "Quick reply buttons are listed together, before or after all other buttons (not Quick Reply, URL, Quick Reply).",
        concat!("Meta: buttons must be grouped; \"Quick Reply, URL, Quick Reply\" is an invalid combination.", stored!()),
        BUTTONS;
    DEFINITION_BUTTON_TEXT_TOO_LONG = LW718 "definition-button-text-too-long" Error [2388040],
        "A button's `text` (and an OTP button's `autofill_text`) is 1 to 25 characters.",
        concat!("Meta error 2388040. Some pages add \"Alphanumeric characters only\", but Meta's own examples use spaces and `!`, so other characters are accepted.", stored!()),
        BUTTONS;
    DEFINITION_BUTTON_INCOMPLETE = LW719 "definition-button-incomplete" Error [100],
        "A button has the members of its type: QUICK_REPLY, URL, PHONE_NUMBER, FLOW, CATALOG, MPM `text`; URL `url`; PHONE_NUMBER `phone_number` (at most 20 characters); OTP `otp_type`; FLOW exactly one of `flow_id`, `flow_name`, `flow_json`.",
        "The create call fails without them (error 100; 2388040 for a phone number past 20 characters).",
        BUTTONS;
    DEFINITION_BUTTON_TYPE_UNKNOWN = LW720 "definition-button-type-unknown" Warning,
        "A button's `type` is one Meta documents: QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP, FLOW, CATALOG, MPM, SPM, ORDER_DETAILS, VOICE_CALL (APP, EXTENSION, POSTBACK, REMINDER, SEND_LOCATION, REQUEST_CONTACT_INFO accepted unchecked).",
        "Another type is most likely a typo; a warning, as Meta adds button types without notice.",
        BUTTONS;
    DEFINITION_URL_INVALID = LW721 "definition-url-invalid" Error [100],
        "A URL button's `url` is at most 2000 characters with at most one variable, at its end, and has an `example` exactly when it has a variable.",
        concat!("Meta: \"Supports 1 variable appended to the end of the URL string\"; \"Required if URL uses a variable\".", stored!()),
        BUTTONS;
    DEFINITION_COPY_CODE_EXAMPLE = LW722 "definition-copy-code-example" Error [2388040],
        "A COPY_CODE button has an `example` string of 1 to 20 characters.",
        concat!("The coupon template page says \"Maximum 20 characters\" and its example code has 20; the components and limited-time offer pages say 15. A definition is checked against 20 (no false error on Meta's own example); sends keep the 15-character warning (LW332).", stored!()),
        "Meta WhatsApp Business Management API, Coupon code templates; Template components: Copy code buttons";
    DEFINITION_LTO_INVALID = LW723 "definition-lto-invalid" Error,
        "A limited-time offer template has no FOOTER, an IMAGE or VIDEO header if any, and `limited_time_offer.text` of 1 to 16 characters.",
        concat!("Meta: \"Footer components are not supported\", header format \"Can be IMAGE, or VIDEO\", offer text \"Maximum 16 characters\".", stored!()),
        LTO;
    DEFINITION_COMPONENT_CATEGORY = LW724 "definition-component-category" Error,
        "Components fit the category: LIMITED_TIME_OFFER and CAROUSEL only in MARKETING, a LOCATION header and CALL_PERMISSION_REQUEST only in MARKETING or UTILITY, OTP buttons only in AUTHENTICATION.",
        concat!("Meta documents each of these for the named categories only; the template is rejected or re-categorized.", stored!()),
        "Meta WhatsApp Business Management API, Template components; Limited-time offer templates; Call permission request templates; Authentication templates";
    DEFINITION_AUTHENTICATION_INVALID = LW725 "definition-authentication-invalid" Error,
        "An AUTHENTICATION template has an OTP button (stored as URL), `code_expiration_minutes` 1 to 90, at most 5 `supported_apps`, each `package_name` (at most 224 characters, two or more dot-separated segments starting with a letter) and an 11-character `signature_hash`.",
        concat!("Meta's authentication template rules; the create call fails otherwise.", stored!()),
        AUTH;
    DEFINITION_CAROUSEL_INVALID = LW726 "definition-carousel-invalid" Error,
        "A CAROUSEL has 2 to 10 cards; each card has an IMAGE, VIDEO or PRODUCT header and at most 2 buttons; all cards have the same components and buttons, and a body in every card or in none.",
        concat!("Meta's carousel template rules (media card and product card carousels).", stored!()),
        CAROUSEL;
    DEFINITION_MEDIA_EXAMPLE_MISSING = LW727 "definition-media-example-missing" Error [100],
        "An IMAGE, VIDEO, GIF or DOCUMENT header has a media example in `example.header_handle`.",
        concat!("Meta requires an uploaded sample (an upload handle on create, a CDN URL in GET responses).", stored!()),
        COMPONENTS;
    DEFINITION_TTL_OUT_OF_RANGE = LW728 "definition-ttl-out-of-range" Error,
        "`message_send_ttl_seconds` is 30 to 900 in AUTHENTICATION, 30 to 43200 in UTILITY, 43200 to 2592000 in MARKETING templates; -1 (30 days) in AUTHENTICATION and UTILITY.",
        concat!("Meta's time-to-live ranges per category.", stored!()),
        "Meta WhatsApp Business Management API, Time-to-live";
    DEFINITION_DUPLICATE = LW729 "definition-duplicate" Error,
        "A set of template definitions has one definition per `name` and `language`.",
        "Meta keeps one template per name and language; with two in a set, a send cannot be checked against the right one.",
        OVERVIEW;
    DEFINITION_EXAMPLE_MISMATCH = LW730 "definition-example-mismatch" Error [100],
        "A component's `example` has the members of its component: `header_handle` on an IMAGE, VIDEO, GIF or DOCUMENT header, `header_text` (or `header_text_named_params`) on a TEXT header, `body_text` (or `body_text_named_params`) on a body.",
        concat!("Meta's components page names each example member for its component; another one is not an example of this component (a TEXT header's `header_handle` gives its variable no example), and the create call fails with (#100) Invalid parameter.", stored!()),
        COMPONENTS;
    DEFINITION_EXAMPLE_FORM = LW731 "definition-example-form" Warning,
        "Positional `body_text` is a list holding one list of values (`[[\"Ann\", \"12\"]]`), or a string for a single variable; a text without variables has no example.",
        concat!("Meta's creation examples and every GET response nest the values (`[[...]]`) and Meta's carousel page allows a string for one variable; the syntax block of the components page shows a flat list. The pages disagree, hence a warning for a flat list. An example for a text without variables is not used: Meta documents examples for parameters only.", stored!()),
        COMPONENTS;
    DEFINITION_BUTTON_VALUE_INVALID = LW732 "definition-button-value-invalid" Error [100],
        "A URL button's `url` is an `http://` or `https://` URL with a host; a PHONE_NUMBER button's `phone_number` is digits with an optional leading `+` (spaces, `-`, `(`, `)` between them), at least 5 digits.",
        concat!("Meta: the URL button opens \"the URL\", a phone number button calls \"the phone number\" (country code included); the create call rejects other values with (#100) Invalid parameter. Placeholders are not judged here (LW508 where a send names a value).", stored!()),
        BUTTONS;
}

/// The creation-only rules: on a stored definition ([`super::Provenance::Stored`]) they report at
/// most `info`. The others (structure, component and button types, `parameter_format`, members
/// a send check reads, duplicates) keep their severity: a send cannot be checked without them.
pub(crate) static CREATION_ONLY: &[&crate::rules::registry::Rule] = &[
    &DEFINITION_NAME_FORMAT,
    &DEFINITION_LANGUAGE_UNSUPPORTED,
    &DEFINITION_TEXT_TOO_LONG,
    &DEFINITION_HEADER_TOO_MANY_VARIABLES,
    &DEFINITION_FOOTER_VARIABLE,
    &DEFINITION_EXAMPLE_MISSING,
    &DEFINITION_VARIABLES_NOT_SEQUENTIAL,
    &DEFINITION_VARIABLE_MALFORMED,
    &DEFINITION_DANGLING_VARIABLE,
    &DEFINITION_ADJACENT_VARIABLES,
    &DEFINITION_TOO_MANY_VARIABLES,
    &DEFINITION_TOO_MANY_BUTTONS,
    &DEFINITION_BUTTONS_NOT_GROUPED,
    &DEFINITION_BUTTON_TEXT_TOO_LONG,
    &DEFINITION_URL_INVALID,
    &DEFINITION_COPY_CODE_EXAMPLE,
    &DEFINITION_LTO_INVALID,
    &DEFINITION_COMPONENT_CATEGORY,
    &DEFINITION_AUTHENTICATION_INVALID,
    &DEFINITION_CAROUSEL_INVALID,
    &DEFINITION_MEDIA_EXAMPLE_MISSING,
    &DEFINITION_TTL_OUT_OF_RANGE,
    &DEFINITION_EXAMPLE_MISMATCH,
    &DEFINITION_EXAMPLE_FORM,
    &DEFINITION_BUTTON_VALUE_INVALID,
];
