//! The LW750–LW769 rule table: a template send against the definition it names.

use crate::rules::registry::declare_rules;

const ERRORS: &str = "Meta Cloud API, Error codes (template errors 132000-132018)";
const SEND: &str = "Meta Cloud API, Template messages; Template components";

declare_rules! {
    TEMPLATE_NOT_FOUND = LW750 "template-not-found" Error [132001],
        "A template send names a template of the given definitions (`template.name`, compared exactly).",
        "Meta answers 132001, \"Template does not exist\": `template name (x) does not exist in <language>`. Reported only when definitions are given (`--templates`, `templates` in linkwa.toml, `LintOptions::templates`); lower its severity in linkwa.toml when the set is partial.",
        ERRORS;
    TEMPLATE_LANGUAGE_NOT_FOUND = LW751 "template-language-not-found" Error [132001],
        "`template.language.code` is exactly the `language` of a definition of that name (`en` is not `en_US`).",
        "Meta keeps one template per name and language and looks the pair up exactly; another code gets 132001, \"The template does not exist in the specified language\". Meta's own OpenAPI sends `hello_world` in `en` while defining it in `en_US`.",
        ERRORS;
    TEMPLATE_NOT_APPROVED = LW752 "template-not-approved" Error [132001],
        "The definition a send names has status APPROVED (when its `status` is given).",
        "\"Templates must have a status of APPROVED before they can be sent\": PAUSED gets 132015 (Template is Paused), DISABLED 132016 (Template is Disabled), any other status 132001.",
        "Meta WhatsApp Business Management API, Templates overview: template status; Cloud API error codes";
    TEMPLATE_PARAMETER_COUNT_MISMATCH = LW753 "template-parameter-count-mismatch" Error [132000],
        "A header, body or button gets as many parameters as its definition has variables: one per distinct variable of the text, none for a static header, body or button.",
        "Meta answers 132000, \"Number of parameters does not match the expected number of params\", with `error_data.details` such as `body: number of localizable_params (2) does not match the expected number of params (1)`; the message repeats that text and names the variables. Parameters on a static button or a component the template lacks are inferred to get the same code.",
        ERRORS;
    TEMPLATE_HEADER_FORMAT_MISMATCH = LW754 "template-header-format-mismatch" Error [132012],
        "A media, location or product header gets one parameter of its format (an IMAGE header an `image` parameter); a TEXT header with a variable gets a `text` parameter.",
        "Meta answers 132012, \"Parameter format does not match format in the created template\": `header: Format mismatch, expected IMAGE, received UNKNOWN` when the header parameter is missing (reported); a wrong media type is inferred to get the same. An `image` parameter for a TEXT header with a variable (a multi-product template) is answered 132012 too (reported for a multi-product template). A GIF header accepts `gif` or `video` (Meta does not say which).",
        ERRORS;
    TEMPLATE_PARAMETER_NAME_MISSING = LW755 "template-parameter-name-missing" Error [100],
        "In a template with named variables, every header and body text parameter has `parameter_name` (LINK `parameterName`).",
        "Meta answers (#100) Invalid parameter, `Parameter name is missing or empty` (reported in pywa#115, whatomate#144 and others).",
        SEND;
    TEMPLATE_PARAMETER_NAME_UNKNOWN = LW756 "template-parameter-name-unknown" Error [132000],
        "In a template with named variables, the parameters' names are exactly the variables of the component's text.",
        "A value under a name the template does not have fills nothing, and the variable it was meant for stays empty. Meta's exact answer is not public; 132000 is inferred.",
        SEND;
    TEMPLATE_PARAMETER_NAME_UNEXPECTED = LW757 "template-parameter-name-unexpected" Warning,
        "In a template with positional variables ({{1}}), parameters have no `parameter_name`.",
        "Positional values are matched by order; a name suggests the send was written for a named template. Meta's answer is not public, hence a warning.",
        SEND;
    TEMPLATE_BUTTON_INDEX_UNDEFINED = LW758 "template-button-index-undefined" Error [131009],
        "A button component's `index` names a button of the definition (0 to the number of buttons - 1; in a card, of the card's buttons).",
        "There is no button there to fill; Meta's answer is not public (131009, Parameter value is not valid, inferred).",
        SEND;
    TEMPLATE_BUTTON_SUB_TYPE_MISMATCH = LW759 "template-button-sub-type-mismatch" Error [132018],
        "A button component's `sub_type` is the type of the definition's button at `index` (an OTP button is a URL button; case-insensitive).",
        "Meta answers 132018 (v23+): `buttons: Button at index 0 must be of type Url`.",
        ERRORS;
    TEMPLATE_BUTTON_PARAMETER_MISSING = LW760 "template-button-parameter-missing" Error [131008],
        "Every button that needs a value gets a button component with it: a URL button whose URL has a variable, COPY_CODE, the OTP button of an authentication template, MPM and ORDER_DETAILS; quick replies, catalog, flow and voice call buttons need none.",
        "Meta answers 131008, Required parameter is missing: `buttons: Button at index 0 of type Url requires a parameter`.",
        ERRORS;
    TEMPLATE_CAROUSEL_CARD_COUNT = LW761 "template-carousel-card-count" Error,
        "A send of a media card carousel template has as many cards as the definition, with `card_index` below that number; a product card carousel has at most 10; a template without a carousel gets none.",
        "\"An approved template can only be used to send the same number of cards as defined during its creation\" (media cards); product card templates may send up to 10. Meta's error code is not public.",
        "Meta WhatsApp Business Management API, Media card carousel templates; Product card carousel templates";
    TEMPLATE_HYDRATED_TEXT_TOO_LONG = LW762 "template-hydrated-text-too-long" Error [132005],
        "The body with its values filled in is at most 1024 characters (600 in a limited-time offer template, 160 in a carousel card), the header at most 60 (Unicode scalar values).",
        "Parameter values \"count against the message body text limit\"; Meta answers 132005, Template Hydrated Text Too Long (\"Translated text is too long\").",
        "Meta WhatsApp Business Management API, Media card carousel templates; Cloud API error codes";
    TEMPLATE_OTP_CODE_MISMATCH = LW763 "template-otp-code-mismatch" Warning,
        "In an authentication template, the OTP button's parameter repeats the body's code.",
        "\"This value must appear twice\": in the body parameter and in the URL button parameter; the button copies or autofills what it gets, so two different codes confuse the user.",
        "Meta WhatsApp Business Management API, Copy code authentication templates";
    TEMPLATE_LTO_EXPIRATION_MISSING = LW764 "template-lto-expiration-missing" Error [131008],
        "A send of a limited-time offer template whose offer has an expiration (`has_expiration`) has a limited_time_offer component with `expiration_time_ms`.",
        "Meta: expiration_time_ms is \"Required\" for such templates; the offer's timer has no end without it (131008 inferred).",
        "Meta WhatsApp Business Management API, Limited-time offer templates";
}
