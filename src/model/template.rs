//! The `template` member of a template message: name, language and components with their
//! parameters.
//!
//! Gateway members are camelCase (`subType`, `parameterName`, `fallbackValue`, `dateTime`); the
//! members the documents show in snake_case (`card_index`, `coupon_code`, `limited_time_offer`,
//! `expiration_time_ms`) keep it. Documented alternative spellings are accepted on input and
//! written canonically: `sub_type` for `subType`, `quick_reply` for `quickReply`, `CATALOG` for
//! `catalog`.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Template", "Component", "Parameter", "Language",
//! "Currency", "DateTime"; Service4U WhatsApp API, multi-product (mpm) and location templates.

use super::interactive::Section;
use super::{Location, Media, NumberOrString};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// `template`: which pre-approved template to send, in which language, with which values.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Template".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    /// Legacy: the template namespace, required by LINK 1.4.2 ("Template") and removed in 1.5.
    /// Accepted so old payloads read; the rules flag it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The name of the pre-approved template; required.
    pub name: String,
    /// The template's language; required.
    pub language: Language,
    /// The values for the template's variables, by component; required (may be empty for a
    /// template without variables).
    pub components: Vec<Component>,
}

/// `language`: the template's language or locale.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Language", "Supported languages".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// One of the supported codes (`en`, `en_US`, `pt_BR`, …; underscores, not hyphens); must
    /// match the language of the approved template.
    pub code: String,
}

/// A template component, told apart by its `type`.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Component".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Component {
    /// `header`: no parameter or one: a media parameter (image, document, video; no caption,
    /// documents PDF only), text, or location (Service4U).
    Header {
        /// The header's parameters.
        parameters: Vec<Parameter>,
    },
    /// `body`: text, currency and dateTime parameters, as many as the template defines.
    Body {
        /// The body's parameters.
        parameters: Vec<Parameter>,
    },
    /// `button`: the values for one button of the template.
    Button {
        /// `subType` (also accepted as `sub_type`): the kind of button; required.
        #[serde(rename = "subType", alias = "sub_type")]
        sub_type: ButtonSubType,
        /// `index`: the button's position, 0-based; required. Documented as String, shown as
        /// numbers and as strings; kept as written.
        index: NumberOrString,
        /// url → one text parameter; quickReply → one payload parameter; copy_code → one
        /// coupon_code parameter; catalog and mpm → one action parameter.
        parameters: Vec<Parameter>,
    },
    /// `carousel`: the cards of a carousel template.
    Carousel {
        /// The cards, each with its index and components.
        cards: Vec<CarouselCard>,
    },
    /// `limited_time_offer`: the expiration of a limited-time-offer template.
    LimitedTimeOffer {
        /// One `limited_time_offer` parameter.
        parameters: Vec<Parameter>,
    },
}

/// A template button's `subType`.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Component"; Service4U WhatsApp API (`mpm`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ButtonSubType {
    /// `quickReply` (also accepted as `quick_reply`, the carousel example's spelling): a quick
    /// reply button, with a payload parameter.
    #[serde(rename = "quickReply", alias = "quick_reply")]
    QuickReply,
    /// `url`: a URL button, with a text parameter (the URL's variable suffix).
    Url,
    /// `flow`: a flow template's button.
    Flow,
    /// `catalog` (also accepted as `CATALOG`, the catalog example's spelling): a catalog
    /// template's button, with an action parameter.
    #[serde(alias = "CATALOG")]
    Catalog,
    /// `copy_code`: copies a coupon code, with a coupon_code parameter.
    CopyCode,
    /// `mpm`: a multi-product template's button, with an action parameter holding sections
    /// (Service4U WhatsApp API, multi-product templates).
    Mpm,
}

/// One card of a carousel template component.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Component" (carousel), "Carousel template".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CarouselCard {
    /// `card_index`: the card's position, 0-based.
    pub card_index: u32,
    /// The card's components: a header (image or video), an optional body and one or more buttons.
    pub components: Vec<Component>,
}

/// A template parameter, told apart by its `type`.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Parameter".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", deny_unknown_fields)]
pub enum Parameter {
    /// `text`: in body, header and url button components. Source: "Text parameter".
    #[serde(rename = "text")]
    Text {
        /// The value of the variable, or the URL button's suffix; required.
        text: String,
        /// `parameterName` (also accepted as `parameter_name`, the Cloud API spelling): the
        /// variable's name, for templates with named parameters.
        #[serde(rename = "parameterName", alias = "parameter_name", skip_serializing_if = "Option::is_none")]
        parameter_name: Option<String>,
    },
    /// `payload`: in quickReply button components. Source: "Payload parameter".
    #[serde(rename = "payload")]
    Payload {
        /// Returned in the callback when the user taps the button; required.
        payload: String,
    },
    /// `currency`: in body components. Source: "Currency parameter".
    #[serde(rename = "currency")]
    Currency {
        /// The amount, currency and fallback text.
        currency: Currency,
    },
    /// `dateTime`: in body components. Source: "Date/Time parameter".
    #[serde(rename = "dateTime")]
    DateTime {
        /// `dateTime`: the date and fallback text.
        #[serde(rename = "dateTime")]
        date_time: DateTime,
    },
    /// `image`: in header components; no caption. Source: "Image parameter".
    #[serde(rename = "image")]
    Image {
        /// The image.
        image: Media,
    },
    /// `document`: in header components; PDF only, no caption. Source: "Document parameter".
    #[serde(rename = "document")]
    Document {
        /// The document.
        document: Media,
    },
    /// `video`: in header components; no caption. Source: "Video parameter".
    #[serde(rename = "video")]
    Video {
        /// The video.
        video: Media,
    },
    /// `location`: in header components (Service4U WhatsApp API, location templates).
    #[serde(rename = "location")]
    Location {
        /// The location.
        location: Location,
    },
    /// `action`: in catalog, mpm and flow button components. Source: "Action parameter".
    #[serde(rename = "action")]
    Action {
        /// The action.
        action: ButtonAction,
    },
    /// `coupon_code`: in copy_code button components. Source: "Coupon parameter".
    #[serde(rename = "coupon_code")]
    CouponCode {
        /// The code copied when the user taps the button; required.
        coupon_code: String,
    },
    /// `limited_time_offer`: in limited_time_offer components. Source: "Limited Time Offer
    /// parameter".
    ///
    /// The document shows two forms: its example (and Meta) nest the expiration in a
    /// `limited_time_offer` object, its table puts `expiration_time_ms` on the parameter itself.
    /// Both are read and written as they stand; set one of them.
    #[serde(rename = "limited_time_offer")]
    LimitedTimeOffer {
        /// The offer's expiration, nested (the example's form).
        #[serde(skip_serializing_if = "Option::is_none")]
        limited_time_offer: Option<LimitedTimeOffer>,
        /// The offer's expiration as a UNIX timestamp in milliseconds, on the parameter (the
        /// table's form).
        #[serde(skip_serializing_if = "Option::is_none")]
        expiration_time_ms: Option<i64>,
    },
}

/// `currency`: an amount of money, localized by WhatsApp.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Currency".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Currency {
    /// `fallbackValue`: the text shown where localization fails, e.g. `$100.99`; required.
    pub fallback_value: String,
    /// ISO 4217 currency code, e.g. `USD`; required.
    pub code: String,
    /// `amount1000`: the amount times 1000 ($100.99 is 100990); required. Documented as String,
    /// also written as a number; kept as written.
    pub amount1000: NumberOrString,
}

/// `dateTime`: a date and time, localized by WhatsApp: either all of `dayOfWeek`, `dayOfMonth`,
/// `year`, `month`, `hour`, `minute`, or `timestamp` alone.
///
/// The members are documented as String and shown as numbers; both are kept as written.
///
/// Source: LINK WhatsApp Message API 1.6.1, "DateTime".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DateTime {
    /// `fallbackValue`: the text shown where localization fails, e.g. `February 25, 1977 03:33PM`;
    /// required.
    pub fallback_value: String,
    /// `dayOfWeek`: 1 to 7.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day_of_week: Option<NumberOrString>,
    /// `dayOfMonth`: 1 to 31.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day_of_month: Option<NumberOrString>,
    /// The year, e.g. 1977.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<NumberOrString>,
    /// The month, 1 to 12.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<NumberOrString>,
    /// The hour, 0 to 23.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hour: Option<NumberOrString>,
    /// The minute, 0 to 59.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minute: Option<NumberOrString>,
    /// A UNIX timestamp in milliseconds, instead of the six parts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<NumberOrString>,
}

/// `limited_time_offer`: when a limited-time offer expires.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Limited Time Offer parameter", "Limited-time Offer
/// (LTO) template".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitedTimeOffer {
    /// The offer's expiration, a UNIX timestamp in milliseconds; required.
    pub expiration_time_ms: i64,
}

/// The `action` of an action parameter: a catalog button's thumbnail, a multi-product (`mpm`)
/// button's sections, a flow button's token and data.
///
/// The LINK document refers to the interactive action for this type, whose table names
/// `flowToken` "while sending Flow templates"; the flow members here are Meta's snake_case ones
/// (`flow_token`, `flow_action_data`), which the template rules accept.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Action parameter", "Catalog template"; Service4U
/// WhatsApp API, multi-product templates.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ButtonAction {
    /// The product whose thumbnail heads the message (catalog: optional; mpm: required).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail_product_retailer_id: Option<String>,
    /// mpm: up to 10 sections (title at most 24 characters, Unicode scalar values) of
    /// `product_items`, at most 30 products in all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sections: Option<Vec<Section>>,
    /// flow: a token identifying the flow session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flow_token: Option<String>,
    /// flow: input data for the flow's first screen, any JSON object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flow_action_data: Option<Map<String, Value>>,
}
