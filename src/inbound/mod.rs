//! Typed serde model of what a business *receives*: the LINK gateway's answers to POST /messages,
//! its message status notifications and incoming messages (standard and 1.4.2 alternative), and
//! Meta Cloud API webhooks (`messages` and `statuses`); and [`ResultCode`], what each gateway
//! result code means for the sender.
//!
//! [`parse_inbound`] lints a text first (every diagnostic [`crate::lint_str`] reports) and decodes
//! it only when there is no error, as the kind the linter told it is:
//!
//! ```
//! use linkwa::inbound::{Inbound, Outcome, Resend, parse_inbound};
//!
//! let text = r#"{"messageId": "8aU6cwxAKE9NzMLrS6M82Y", "refId": "76439283",
//!   "messageType": "text", "messageIndex": 0, "timestamp": "2020-03-30T12:59:41+02:00",
//!   "resultCode": 112403, "resultDescription": "(#131049) Meta chose not to deliver"}"#;
//! let Ok(Inbound::Status(dlr)) = parse_inbound(text) else { panic!("a status notification") };
//! assert_eq!(dlr.result_code.outcome(), Some(Outcome::Failed));
//! assert_eq!(dlr.result_code.resend(), Some(Resend::DependsOnMetaError));
//! assert_eq!(dlr.resent_meta_error().map(|m| m.code), Some(131049));
//! ```
//!
//! # Spelling and strictness
//! Members are spelt as the documents spell them (camelCase for the gateway, snake_case for the
//! Cloud API and the gateway's interactive and order members). Required members are plain fields,
//! optional ones `Option`; members the documents show as `null` as well as with a value are
//! `Option<Option<_>>` (`null` is `Some(None)`), so that a document is written back as it was read.
//! Enumerated values the documents list are enums with an `Other` variant that keeps any other
//! value. Unlike the send-side [`crate::model`], unknown members are kept: every typed object has
//! an `extra` map ([`Extra`]) of the members linkwa's edition does not know, written back where
//! they were (a receiver should not break, nor lose anything, when Meta or the gateway adds a
//! member; [`crate::lint_str`] reports each as the `received-member-unknown` warning).
//!
//! # Tolerant on what is received
//! Strict on what a user sends, tolerant on what Meta or the gateway sends to the user: in a
//! received document an unknown member or enumerated value is a warning, never an error, so
//! [`parse_inbound`] returns `Ok` for it. What lints without error decodes: a value the model
//! cannot hold (a placeholder such as `"LOCATION_LATITUDE"` where a number belongs, an integer
//! outside 64 signed bits) is reported by linting as a wrong type, an error, at its member.
//!
//! Source: LINK WhatsApp Message API 1.6.1 (and 1.6, 1.4.2), "HTTP status codes and response
//! body", "Message Status Notifications", "Incoming Messages Sent from Mobile Phones", the result
//! code tables; Service4U WhatsApp API and Meta Cloud API, Webhooks.

mod common;
mod decode;
mod incoming;
mod link;
mod webhook;

pub use crate::rules::inbound::result_code::{
    CODES, CodeInfo, Outcome, RESENT_META_ERRORS, Resend, ResentMetaError, ResultCode, Table, resent_meta_error,
};
pub use common::{Extra, KeyValue, Route};
pub use decode::{DecodeError, Outbound, parse_inbound, parse_outbound};
pub use incoming::{
    AlternativeContent, AlternativeMessage, ButtonReply, Content, ContentType, Context, IncomingBody, IncomingContent,
    IncomingMedia, IncomingMessage, InteractiveReply, InteractiveType, ListReply, MediaItem, Order, ProductItem,
    ReferredProduct, Reply,
};
pub use link::{ErrorResponse, MessageResponse, MessageType, StatusNotification};
pub use webhook::{
    CallPermissionReply, Change, ChangeValue, Conversation, EditedMessage, Entry, ErrorData, MessagesValue, Metadata,
    NfmReply, Notification, Origin, Pricing, Profile, StatusKind, StatusMessage, TextBody, Webhook, WebhookButton,
    WebhookContact, WebhookContext, WebhookEdit, WebhookError, WebhookInteractive, WebhookLocation, WebhookMedia,
    WebhookMessage, WebhookOrder, WebhookOrderItem, WebhookReaction, WebhookRevoke, WebhookStatus, WebhookUnsupported,
};

use serde::Serialize;

/// A received document, of the kind its members say.
///
/// Serialized with its kind: `{"kind": "status", "document": {…}}` (`messageResponse`,
/// `errorResponse`, `status`, `incoming`, `alternative`, `webhook`); each document serializes to
/// the JSON it was read from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(tag = "kind", content = "document", rename_all = "camelCase")]
// One value per webhook call or request, moved a few times: boxing would cost every match a deref.
#[allow(clippy::large_enum_variant)]
pub enum Inbound {
    /// The 200 answer to POST /messages.
    MessageResponse(MessageResponse),
    /// A 400, 401, 403 or 500 answer to POST /messages.
    ErrorResponse(ErrorResponse),
    /// A message status notification.
    Status(StatusNotification),
    /// An incoming message.
    Incoming(IncomingMessage),
    /// A 1.4.2 alternative receive message.
    Alternative(AlternativeMessage),
    /// A Cloud API webhook.
    Webhook(Webhook),
}

impl Inbound {
    /// The document's kind as serialized: `messageResponse`, `errorResponse`, `status`,
    /// `incoming`, `alternative` or `webhook`.
    pub fn kind(&self) -> &'static str {
        match self {
            Inbound::MessageResponse(_) => "messageResponse",
            Inbound::ErrorResponse(_) => "errorResponse",
            Inbound::Status(_) => "status",
            Inbound::Incoming(_) => "incoming",
            Inbound::Alternative(_) => "alternative",
            Inbound::Webhook(_) => "webhook",
        }
    }

    /// The document alone, as JSON: what it was read from.
    pub fn to_json(&self) -> serde_json::Value {
        let document = match self {
            Inbound::MessageResponse(d) => serde_json::to_value(d),
            Inbound::ErrorResponse(d) => serde_json::to_value(d),
            Inbound::Status(d) => serde_json::to_value(d),
            Inbound::Incoming(d) => serde_json::to_value(d),
            Inbound::Alternative(d) => serde_json::to_value(d),
            Inbound::Webhook(d) => serde_json::to_value(d),
        };
        document.expect("the inbound model serializes to JSON: string keys, finite numbers")
    }
}
