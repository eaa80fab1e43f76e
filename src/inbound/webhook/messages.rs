//! Incoming messages in a webhook (`value.messages[]`): `type` names the member that holds the
//! content. `contacts`, `system`, `referral`, `identity` and `referred_product` are kept as JSON.
//!
//! Source: Service4U WhatsApp API (Meta Cloud API), "Receive Notifications for Address
//! Submissions"; Meta Cloud API, Webhooks: messages object.

use super::WebhookError;
use crate::inbound::incoming::{ListReply, Reply};
use serde::{Deserialize, Serialize};
use serde_json::{Number, Value};

/// An incoming message (`value.messages[]`): `type` names the member that holds its content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct WebhookMessage {
    /// `from`: the sender's WhatsApp id.
    pub from: String,
    /// `id`: the message's id (`wamid.…`).
    pub id: String,
    /// `timestamp`: UNIX seconds as a string.
    pub timestamp: String,
    /// `type`: `text`, `image`, …, `interactive`, `button`, `reaction`, `order`, `unsupported`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `context`: the message replied to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<WebhookContext>,
    /// `text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<TextBody>,
    /// `image`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<WebhookMedia>,
    /// `audio`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio: Option<WebhookMedia>,
    /// `video`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video: Option<WebhookMedia>,
    /// `document`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<WebhookMedia>,
    /// `sticker`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sticker: Option<WebhookMedia>,
    /// `location`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<WebhookLocation>,
    /// `contacts`: shared contact cards, kept as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>[]"))]
    pub contacts: Option<Vec<Value>>,
    /// `interactive`: a reply to an interactive message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interactive: Option<WebhookInteractive>,
    /// `button`: a template's quick-reply button.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub button: Option<WebhookButton>,
    /// `reaction`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reaction: Option<WebhookReaction>,
    /// `order`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<WebhookOrder>,
    /// `system`, kept as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub system: Option<Value>,
    /// `referral`, kept as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub referral: Option<Value>,
    /// `identity`, kept as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub identity: Option<Value>,
    /// `errors`: for `unsupported` messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<WebhookError>>,
}

/// `context` of an incoming message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct WebhookContext {
    /// `from`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// `id`: the message replied to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `forwarded`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forwarded: Option<bool>,
    /// `frequently_forwarded`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequently_forwarded: Option<bool>,
    /// `referred_product`, kept as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub referred_product: Option<Value>,
}

/// `text` of an incoming message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct TextBody {
    /// `body`.
    pub body: String,
}

/// Incoming media: download it by `id` (`GET /<MEDIA_ID>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct WebhookMedia {
    /// `id`.
    pub id: String,
    /// `mime_type`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// `sha256`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// `caption`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// `filename` (documents).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// `voice` (audio).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice: Option<bool>,
    /// `animated` (stickers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub animated: Option<bool>,
}

/// `location` of an incoming message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct WebhookLocation {
    /// `latitude`, as written.
    #[cfg_attr(feature = "tsify", tsify(type = "number"))]
    pub latitude: Number,
    /// `longitude`, as written.
    #[cfg_attr(feature = "tsify", tsify(type = "number"))]
    pub longitude: Number,
    /// `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `address`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// `url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// `button` of an incoming message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct WebhookButton {
    /// `payload`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<String>,
    /// `text`.
    pub text: String,
}

/// `reaction` of an incoming message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct WebhookReaction {
    /// `message_id`: the message reacted to.
    pub message_id: String,
    /// `emoji`: absent when the reaction was removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emoji: Option<String>,
}

/// `order` of an incoming message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct WebhookOrder {
    /// `catalog_id`.
    pub catalog_id: String,
    /// `text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// `product_items`.
    pub product_items: Vec<WebhookOrderItem>,
}

/// One product of an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct WebhookOrderItem {
    /// `product_retailer_id`.
    pub product_retailer_id: String,
    /// `quantity`.
    pub quantity: i64,
    /// `item_price`, as written.
    #[cfg_attr(feature = "tsify", tsify(type = "number"))]
    pub item_price: Number,
    /// `currency`.
    pub currency: String,
}

/// `interactive` of an incoming message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct WebhookInteractive {
    /// `type`: `button_reply`, `list_reply` or `nfm_reply`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `button_reply`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub button_reply: Option<Reply>,
    /// `list_reply`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_reply: Option<ListReply>,
    /// `nfm_reply`: an address message's (or a flow's) response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nfm_reply: Option<NfmReply>,
}

/// `nfm_reply`: the Native Flow Response of an address message or a flow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct NfmReply {
    /// `name`: `address_message` or `flow`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `body`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// `response_json`: a JSON object written as a string (for an address message: `values`, the
    /// fields filled in, and `saved_address_id`); [`NfmReply::response`] parses it.
    pub response_json: String,
}

impl NfmReply {
    /// `response_json` parsed; `None` when it is not JSON.
    pub fn response(&self) -> Option<Value> {
        serde_json::from_str(&self.response_json).ok()
    }
}
