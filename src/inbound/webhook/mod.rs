//! Meta Cloud API webhooks for the `messages` field: incoming messages and statuses of sent
//! messages, either in the whole notification (`{"object": "whatsapp_business_account", "entry":
//! […]}`) or as the `value` of one change on its own, as Service4U shows them.
//!
//! Members that 003 does not show and the rules do not look into (`contacts` messages, `system`,
//! `referral`, `identity`, `referred_product`, the value of a field other than `messages`) are
//! kept as JSON.
//!
//! Source: Service4U WhatsApp API (Meta Cloud API), "Receive Notifications for Address
//! Submissions", "Feature Not Supported"; Meta Cloud API, Webhooks (messages field).

mod messages;

pub use messages::{
    CallPermissionReply, EditedMessage, NfmReply, TextBody, WebhookButton, WebhookContext, WebhookEdit,
    WebhookInteractive, WebhookLocation, WebhookMedia, WebhookMessage, WebhookOrder, WebhookOrderItem, WebhookReaction,
    WebhookRevoke, WebhookUnsupported,
};

use super::common::{Extra, string_enum};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A Cloud API webhook as received: the whole notification, or one change's `value` on its own.
/// Deserialized as a notification when it has `object` or `entry`, else as a value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(untagged, try_from = "Value")]
pub enum Webhook {
    /// `{"object": "whatsapp_business_account", "entry": […]}`.
    Notification(Notification),
    /// A change's `value` on its own (`{"messages": […]}`, `{"statuses": […]}`).
    Value(MessagesValue),
}

impl TryFrom<Value> for Webhook {
    type Error = serde_json::Error;

    /// Through the JSON tree rather than serde's untagged buffering: one decoder per type, which
    /// keeps the WASM module smaller.
    fn try_from(value: Value) -> Result<Self, Self::Error> {
        let envelope = value.as_object().is_some_and(|m| m.contains_key("object") || m.contains_key("entry"));
        if envelope {
            serde_json::from_value(value).map(Webhook::Notification)
        } else {
            serde_json::from_value(value).map(Webhook::Value)
        }
    }
}

impl Webhook {
    /// Every `messages` value: the notification's (in entry and change order), or the one value.
    pub fn values(&self) -> Vec<&MessagesValue> {
        match self {
            Webhook::Value(value) => vec![value],
            Webhook::Notification(n) => n
                .entry
                .iter()
                .flat_map(|e| &e.changes)
                .filter_map(|c| match &c.value {
                    ChangeValue::Messages(value) => Some(value),
                    ChangeValue::Other(_) => None,
                })
                .collect(),
        }
    }
}

/// The whole webhook notification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct Notification {
    /// `object`: `whatsapp_business_account`.
    pub object: String,
    /// `entry`: one per WhatsApp Business Account.
    pub entry: Vec<Entry>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// One `entry` of a notification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct Entry {
    /// `id`: the WhatsApp Business Account id.
    pub id: String,
    /// `changes`.
    pub changes: Vec<Change>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// One change: its `field` and `value`; a `messages` value is typed, any other kept as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(try_from = "RawChange")]
pub struct Change {
    /// `field`, e.g. `messages`.
    pub field: String,
    /// `value`.
    #[cfg_attr(feature = "tsify", tsify(type = "MessagesValue | Record<string, unknown>"))]
    pub value: ChangeValue,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// The `value` of a change.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ChangeValue {
    /// The value of the `messages` field.
    Messages(MessagesValue),
    /// The value of another field (account_update, message_template_status_update, …).
    Other(Value),
}

#[derive(Deserialize)]
struct RawChange {
    field: String,
    value: Value,
    #[serde(flatten)]
    extra: Extra,
}

impl TryFrom<RawChange> for Change {
    type Error = serde_json::Error;

    fn try_from(raw: RawChange) -> Result<Self, Self::Error> {
        let value = if raw.field == "messages" {
            ChangeValue::Messages(serde_json::from_value(raw.value)?)
        } else {
            ChangeValue::Other(raw.value)
        };
        Ok(Change { field: raw.field, value, extra: raw.extra })
    }
}

/// The value of a `messages` change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct MessagesValue {
    /// `messaging_product`: `whatsapp`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messaging_product: Option<String>,
    /// `metadata`: the business number that received or sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// `contacts`: the senders of `messages`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacts: Option<Vec<WebhookContact>>,
    /// `messages`: incoming messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<WebhookMessage>>,
    /// `statuses`: statuses of sent messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statuses: Option<Vec<WebhookStatus>>,
    /// `errors`: errors not tied to a message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<WebhookError>>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `metadata` of a value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct Metadata {
    /// `display_phone_number`.
    pub display_phone_number: String,
    /// `phone_number_id`: the id to send from (`POST /<PHONE_NUMBER_ID>/messages`).
    pub phone_number_id: String,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// A sender in `contacts`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct WebhookContact {
    /// `profile`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<Profile>,
    /// `wa_id`: the WhatsApp id (the number as digits); empty when the user enabled the username
    /// feature (WB `business-scoped-user-ids.md`).
    pub wa_id: String,
    /// `user_id`: the user's business-scoped user id (BSUID, e.g. `user.93737…`), "New property"
    /// (WB `business-scoped-user-ids.md`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `identity_key_hash`: only with the identity change check enabled (WB `location.md` and the
    /// other message pages, "Syntax").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_key_hash: Option<String>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// A contact's `profile`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct Profile {
    /// `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `username`: "Will be set to the user's username, if the user has enabled the username
    /// feature", e.g. `@realsheenanelson` (WB `business-scoped-user-ids.md`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// `country_code`: the user's country, e.g. `US` (same page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// An error object (`value.errors`, `messages[].errors`, `statuses[].errors`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct WebhookError {
    /// `code`: Meta's error code, e.g. 1026 (Receiver Incapable); linting reports an integer
    /// outside 64 signed bits as a wrong type.
    pub code: i64,
    /// `title`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// `message`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `error_data`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_data: Option<ErrorData>,
    /// `href`: Meta's documentation of the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
    /// `details`: where Meta's payloads of 2022 put what is now `error_data.details`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `error_data`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct ErrorData {
    /// `details`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

string_enum! {
    /// `status` of a sent message.
    StatusKind {
        /// `sent`.
        Sent = "sent",
        /// `delivered`.
        Delivered = "delivered",
        /// `read`.
        Read = "read",
        /// `failed`: `errors` says why.
        Failed = "failed",
        /// `deleted`.
        Deleted = "deleted",
        /// `warning`.
        Warning = "warning",
    }
}

/// A status of a sent message (`value.statuses[]`). Service4U's example also has the On-Premises
/// `message.recipient_id` and `type: "message"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct WebhookStatus {
    /// `id`: the message's id (`wamid.…`).
    pub id: String,
    /// `status`.
    pub status: StatusKind,
    /// `timestamp`: UNIX seconds as a string.
    pub timestamp: String,
    /// `recipient_id`: the recipient's WhatsApp id, or the group's id when `recipient_type` is
    /// `group`.
    pub recipient_id: String,
    /// `recipient_user_id`: "Will be set to the user's BSUID if you sent the message to the user's
    /// BSUID" (WB `business-scoped-user-ids.md`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_user_id: Option<String>,
    /// `recipient_type`: `group` when the message was sent to a group (WB `status.md`); any
    /// other value is kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_type: Option<String>,
    /// `recipient_participant_id`: the group member the status is about, "only included if
    /// message was sent to a group" (WB `status.md`). Read from `participant_recipient_id` too,
    /// as WB `webhooks.md` ("Group message delivered") spells it, and written
    /// `recipient_participant_id`.
    #[serde(default, alias = "participant_recipient_id", skip_serializing_if = "Option::is_none")]
    pub recipient_participant_id: Option<String>,
    /// `recipient_identity_key_hash`: only with the identity change check enabled (WB
    /// `status.md`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_identity_key_hash: Option<String>,
    /// `conversation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation: Option<Conversation>,
    /// `pricing`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pricing: Option<Pricing>,
    /// `errors`: why it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<WebhookError>>,
    /// `biz_opaque_callback_data`: what the send body carried.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub biz_opaque_callback_data: Option<String>,
    /// `message`: `{"recipient_id": …}` (On-Premises, in Service4U's example).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<StatusMessage>,
    /// `type`: `message` (in Service4U's example).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `message` of a status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct StatusMessage {
    /// `recipient_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_id: Option<String>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `conversation` of a status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct Conversation {
    /// `id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `origin`: `{"type": "marketing" | "utility" | …}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    /// `expiration_timestamp`: UNIX seconds as a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_timestamp: Option<String>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `conversation.origin`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct Origin {
    /// `type`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `pricing` of a status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct Pricing {
    /// `billable`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billable: Option<bool>,
    /// `pricing_model`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pricing_model: Option<String>,
    /// `category`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `type`.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}
