//! The `interactive` member of an interactive message: type, header, body, footer and action.
//!
//! The interactive object is spelt in snake_case, as the documents show it (`catalog_id`,
//! `product_retailer_id`, `flow_message_version`, `card_index`); the one camelCase member the
//! action table names, `flowToken`, keeps its spelling.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Interactive message", "Interactive header",
//! "Interactive media", "Interactive action", "Interactive section", "Interactive button",
//! "Interactive action parameters", "Interactive Product/Media carousel action cards parameters";
//! Service4U WhatsApp API, "Address Messages".

mod action;

pub use action::{
    Action, ActionParameters, AddressValues, Button, Card, CardType, FlowActionPayload, ProductItem, Reply, Row,
    SavedAddress, Section,
};

use super::Media;
use serde::{Deserialize, Serialize};

/// `interactive`: a message with elements the user can select or tap; the choice comes back in
/// a callback.
///
/// Which members each type needs (a header for `product_list`, `action.button` and `sections` for
/// `list`, …) is checked by the rules ([`Message::validate`](super::Message::validate)).
///
/// Source: LINK WhatsApp Message API 1.6.1, "Interactive message".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interactive {
    /// `type`: the kind of interactive message; required.
    #[serde(rename = "type")]
    pub kind: InteractiveType,
    /// The header; required for `product_list`. Lists take text only; reply buttons text, image,
    /// video or document; carousels none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<Header>,
    /// The body; required for every type but `product` (LINK's table: `body.text` required; Meta:
    /// optional for single-product messages, which the rules follow).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<Body>,
    /// The footer; carousels have none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub footer: Option<Footer>,
    /// What the user can do; required.
    pub action: Action,
}

/// `interactive.type`.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Interactive message" (`carousel` since 1.6.1);
/// Service4U WhatsApp API and the Cloud API reference (`address_message`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InteractiveType {
    /// `list`: a menu of up to 10 rows in sections, opened by `action.button`.
    List,
    /// `button`: up to 3 reply buttons.
    Button,
    /// `product`: one product from a catalog.
    Product,
    /// `product_list`: up to 30 products from a catalog, in sections.
    ProductList,
    /// `catalog_message`: a button that opens the business's catalog.
    CatalogMessage,
    /// `flow`: a WhatsApp Flow.
    Flow,
    /// `cta_url`: one button that opens a URL.
    CtaUrl,
    /// `location_request_message`: asks the user to share their location.
    LocationRequestMessage,
    /// `address_message`: asks the user for a shipping address (India and Singapore).
    AddressMessage,
    /// `carousel`: horizontally scrolling product or media cards (LINK 1.6.1).
    Carousel,
}

/// `header`: the header of an interactive message or of a media carousel card.
///
/// The member named by `type` carries the content (`text`, or the media object).
///
/// Source: LINK WhatsApp Message API 1.6.1, "Interactive header", "Interactive media".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// `type`: which member carries the header; required.
    #[serde(rename = "type")]
    pub kind: HeaderType,
    /// The header text when `type` is `text`: at most 60 characters (Unicode scalar values);
    /// emojis allowed, no markdown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The video when `type` is `video`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video: Option<Media>,
    /// The image when `type` is `image`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<Media>,
    /// The document when `type` is `document`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<Media>,
}

impl Header {
    /// A text header.
    pub fn text(text: impl Into<String>) -> Self {
        Header { kind: HeaderType::Text, text: Some(text.into()), video: None, image: None, document: None }
    }

    /// An image header.
    pub fn image(image: Media) -> Self {
        Header { kind: HeaderType::Image, text: None, video: None, image: Some(image), document: None }
    }

    /// A video header.
    pub fn video(video: Media) -> Self {
        Header { kind: HeaderType::Video, text: None, video: Some(video), image: None, document: None }
    }

    /// A document header.
    pub fn document(document: Media) -> Self {
        Header { kind: HeaderType::Document, text: None, video: None, image: None, document: Some(document) }
    }
}

/// `header.type`.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Interactive header".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeaderType {
    /// `text`.
    Text,
    /// `image`.
    Image,
    /// `video`.
    Video,
    /// `document`.
    Document,
}

/// `body`: the main text of an interactive message or of a media carousel card.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Interactive message" (`interactive.body.text`),
/// "Interactive Media carousel action cards parameters" (`body.text`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// The text: at most 1024 characters (Unicode scalar values); on a media carousel card at
    /// most 160 characters and 2 line breaks.
    pub text: String,
}

/// `footer`: small text under the body.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Interactive message" (`interactive.footer.text`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Footer {
    /// The text: at most 60 characters (Unicode scalar values).
    pub text: String,
}
