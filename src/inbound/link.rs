//! What the LINK gateway answers and notifies: the POST /messages response bodies and message
//! status notifications (DLRs).
//!
//! Source: LINK WhatsApp Message API 1.6.1, "HTTP status codes and response body",
//! "MessageResponse", "ErrorResponse", "Message Status Notifications", "Resending"; 1.4.2, "Event
//! report".

use super::common::{Extra, KeyValue, lookup, nullable, string_enum};
use crate::rules::inbound::result_code::{ResentMetaError, ResultCode, meta_code_in, resent_meta_error};
use serde::{Deserialize, Serialize};

/// The body of a 200 OK answer to POST /messages: the request was queued.
///
/// ```json
/// {"resultCode": 112001, "description": "queued", "messageIds": ["1aU6cwxAKE9NzMLrS6M82C"]}
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MessageResponse {
    /// `resultCode`: 112001 (Queued).
    pub result_code: ResultCode,
    /// `description`, e.g. `queued`.
    pub description: String,
    /// `messageIds`: one id per destination, in the order of the request's `destinations`; status
    /// notifications carry them as `messageId`.
    pub message_ids: Vec<String>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// The body of a 400, 401, 403 or 500 answer to POST /messages: nothing was queued.
///
/// ```json
/// {"resultCode": 112400, "description": "Unauthorized", "translatedDescription": null}
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ErrorResponse {
    /// `resultCode`: 112400, 112401, 112402, 112500, 112505 or 112506 (1.4.2: also 112000, 112405).
    pub result_code: ResultCode,
    /// `description`, e.g. `Unauthorized`.
    pub description: String,
    /// `translatedDescription`: the description in the request's Accept-Language (`null` kept as
    /// `Some(None)`).
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "string | null"))]
    pub translated_description: Option<Option<String>>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

string_enum! {
    /// `messageType` of a status notification: the type of the message it is about, or `request`
    /// when the whole request failed and nothing was sent.
    MessageType {
        /// `template`.
        Template = "template",
        /// `text`.
        Text = "text",
        /// `image`.
        Image = "image",
        /// `location`.
        Location = "location",
        /// `audio`.
        Audio = "audio",
        /// `video`.
        Video = "video",
        /// `document`.
        Document = "document",
        /// `sticker`.
        Sticker = "sticker",
        /// `contacts`.
        Contacts = "contacts",
        /// `interactive`.
        Interactive = "interactive",
        /// `request`: the request failed; no message was sent (`messageIndex` -1 when it had
        /// several messages).
        Request = "request",
    }
}

/// A message status notification (DLR; "event report" in 1.4.2), sent to the event report gates
/// of the request, one per message and status.
///
/// The gateway adds to `customParameters`: `metaErrorDetails` (Meta's error on a failed message),
/// `waMessageId` (the WhatsApp message id) and echoes `ott.whatsapp.logMessageContent`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct StatusNotification {
    /// `messageId`: the id the MessageResponse returned for this message.
    pub message_id: String,
    /// `refId`: the request's `refId`.
    pub ref_id: String,
    /// `messageType`.
    pub message_type: MessageType,
    /// `messageIndex`: the message's index in the request (from 0); -1 for a failed request with
    /// several messages.
    pub message_index: i64,
    /// `timestamp`: an RFC 3339 date-time (of the final status, e.g. delivered).
    pub timestamp: String,
    /// `resultCode`: see [`ResultCode::info`].
    pub result_code: ResultCode,
    /// `resultDescription`: e.g. `delivered`, or Meta's error (`(#100)Invalid parameter`).
    pub result_description: String,
    /// `gateCustomParameters`: the gate's custom parameters (`null` kept as `Some(None)`).
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, string> | null"))]
    pub gate_custom_parameters: Option<Option<KeyValue>>,
    /// `customParameters`: the request's, and the gateway's own (`null` kept as `Some(None)`).
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, string> | null"))]
    pub custom_parameters: Option<Option<KeyValue>>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

impl StatusNotification {
    /// `customParameters.metaErrorDetails` (a key with white space around it is found too).
    pub fn meta_error_details(&self) -> Option<&str> {
        lookup(&self.custom_parameters, "metaErrorDetails")
    }

    /// `customParameters.waMessageId`: the WhatsApp message id (`wamid.…`).
    pub fn wa_message_id(&self) -> Option<&str> {
        lookup(&self.custom_parameters, "waMessageId")
    }

    /// Meta's error code, written `(#131000)` in `resultDescription` or in
    /// `customParameters.metaErrorDetails`.
    pub fn meta_error_code(&self) -> Option<u32> {
        meta_code_in(&self.result_description).or_else(|| self.meta_error_details().and_then(meta_code_in))
    }

    /// The Meta error the gateway resent the message on (every 60 seconds, at most 15 times)
    /// before this notification; wait at least 15 minutes before submitting it again.
    pub fn resent_meta_error(&self) -> Option<&'static ResentMetaError> {
        self.meta_error_code().and_then(resent_meta_error)
    }
}
