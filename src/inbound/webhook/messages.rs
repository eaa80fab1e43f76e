//! Incoming messages in a webhook (`value.messages[]`): `type` names the member that holds the
//! content. `contacts`, `system`, `referral`, `identity` and `referred_product` are kept as JSON.
//!
//! Source: Service4U WhatsApp API (Meta Cloud API), "Receive Notifications for Address
//! Submissions"; Meta Cloud API, Webhooks: messages object.

use super::WebhookError;
use crate::inbound::common::Extra;
use crate::inbound::incoming::{ListReply, Reply};
use serde::{Deserialize, Serialize};
use serde_json::{Number, Value};

/// An incoming message (`value.messages[]`): `type` names the member that holds its content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct WebhookMessage {
    /// `from`: the sender's WhatsApp id (the number as digits); empty when the user enabled the
    /// username feature, then `from_user_id` names them (WB `business-scoped-user-ids.md`). In a
    /// group message, the member who wrote.
    pub from: String,
    /// `from_user_id`: the sender's business-scoped user id (BSUID), "New property" (WB
    /// `business-scoped-user-ids.md`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_user_id: Option<String>,
    /// `group_id`: the group the message was written in (WB `groups-messaging.md`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `id`: the message's id (`wamid.…`).
    pub id: String,
    /// `timestamp`: UNIX seconds as a string.
    pub timestamp: String,
    /// `type`: `text`, `image`, `audio`, `video`, `document`, `sticker`, `location`, `contacts`,
    /// `interactive`, `button`, `reaction`, `order`, `system`, `referral`, `edit`, `revoke`,
    /// `unsupported`, `unknown`; any other value is kept as written.
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
    /// `edit`: the user edited an earlier message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edit: Option<WebhookEdit>,
    /// `revoke`: the user deleted an earlier message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoke: Option<WebhookRevoke>,
    /// `unsupported`: which type of message WhatsApp could not pass on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsupported: Option<WebhookUnsupported>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `edit` of an incoming message of type `edit`: "A WhatsApp user edits a previously sent message
/// (text, media with caption)", within 15 minutes.
///
/// Source: Meta, Onboarding WhatsApp Business app users, "Edit" (KM
/// `embedded-signup/onboarding-business-app-users.mdx`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct WebhookEdit {
    /// `original_message_id`: the message edited (`wamid.…`).
    pub original_message_id: String,
    /// `message`: the new content.
    pub message: EditedMessage,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `edit.message`: the edited message's type and content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct EditedMessage {
    /// `type`: `text`, `image`, `video`, `document`, …
    #[serde(rename = "type")]
    pub kind: String,
    /// `context`.
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
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `revoke` of an incoming message of type `revoke`: "A WhatsApp user revokes (deletes) a
/// previously sent message", within two days (same page, "Revoke").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct WebhookRevoke {
    /// `original_message_id`: the message deleted (`wamid.…`).
    pub original_message_id: String,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `unsupported` of an incoming message of type `unsupported`: "Contains the type of message
/// that is unsupported" (WB `unsupported.md`), e.g. `edit`; older payloads carry only `errors`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct WebhookUnsupported {
    /// `type`.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
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
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `text` of an incoming message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct TextBody {
    /// `body`.
    pub body: String,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
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
    /// `url`: "Media URL", sent gradually from 12 November 2025 (WB `image.md`, `audio.md`,
    /// `video.md`, `sticker.md`); fetching it needs the access token, as `GET /<MEDIA_ID>`'s does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
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
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
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
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
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
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
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
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
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
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `interactive` of an incoming message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct WebhookInteractive {
    /// `type`: `button_reply`, `list_reply`, `nfm_reply` or `call_permission_reply`; any other
    /// value is kept as written.
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
    /// `call_permission_reply`: the user's answer to a call permission request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_permission_reply: Option<CallPermissionReply>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `call_permission_reply`: the user's answer to a call permission request (or a permission given
/// by calling the business).
///
/// Source: Meta, Calling, User call permissions, "User calling permission request webhook" (KM
/// `calling/user-call-permissions.mdx`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct CallPermissionReply {
    /// `response`: `accept` or `reject`; any other value is kept.
    pub response: String,
    /// `is_permanent`: whether the permission is permanent (always false for a temporary one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_permanent: Option<bool>,
    /// `expiration_timestamp`: UNIX seconds when an accepted permission expires; typed Integer
    /// on Meta's page and shown as a string, so kept as written (a number or a string).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "number | string"))]
    pub expiration_timestamp: Option<Value>,
    /// `response_source`: `user_action` or `automatic` (the user called the business); any
    /// other value is kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_source: Option<String>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
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
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

impl NfmReply {
    /// `response_json` parsed; `None` when it is not JSON.
    pub fn response(&self) -> Option<Value> {
        serde_json::from_str(&self.response_json).ok()
    }
}
