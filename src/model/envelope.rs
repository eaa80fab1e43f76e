//! The MessageRequest envelope: the body of `POST /messages`.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "MessageRequest", "Recognized Custom Parameters",
//! "Terms and glossary" (Date, KeyValue-Type, MSISDN).

use super::Message;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `POST /messages`: one or more messages sent to one or more destinations.
///
/// Every message goes to every destination; the MessageResponse lists one message id per
/// destination, in order. Build one with a struct literal and `..Default::default()` for the
/// optional members, then call [`validate`](MessageRequest::validate):
///
/// ```
/// use linkwa::model::{Message, MessageRequest, Priority, Text};
///
/// let request = MessageRequest {
///     platform_id: "COMMON_API".into(),
///     platform_partner_id: "1234".into(),
///     ref_id: "order-42".into(),
///     priority: Priority::Normal,
///     source: "+4670000000".into(),
///     destinations: vec![],
///     messages: vec![Message::Text { text: Text { body: "Your order has shipped".into() }, preview_url: None }],
///     ..Default::default()
/// };
/// let report = request.validate();
/// let d = report.diagnostics.iter().find(|d| d.code == "LW109").expect("empty destinations");
/// assert_eq!(d.name, "destinations-empty");
/// assert_eq!(d.path.to_string(), "/destinations");
/// assert!(report.has_errors());
/// ```
///
/// Source: LINK WhatsApp Message API 1.6.1, "MessageRequest".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MessageRequest {
    /// `platformId`: the platform id used for this transaction; required.
    pub platform_id: String,
    /// `platformPartnerId`: the platform partner id used for this transaction; required.
    pub platform_partner_id: String,
    /// `platformServiceId`: the id of the service instance defined in the service platform.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform_service_id: Option<String>,
    /// `platformServiceType`: the platform service type used for this transaction.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform_service_type: Option<String>,
    /// `platformTransactionId`: the service platform transaction id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform_transaction_id: Option<String>,
    /// `priority`: `LOW`, `NORMAL` or `HIGH`; required.
    pub priority: Priority,
    /// `relativeValidityTime`: how long the message lives, in milliseconds (a duration, not a
    /// point in time: the document's example value 1584543059442 is an epoch timestamp, about 50
    /// years as a duration). Ignored when `absoluteValidityTime` is set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relative_validity_time: Option<i64>,
    /// `absoluteValidityTime`: when the message expires, an RFC 3339 date-time with a time zone
    /// (`2020-03-18T16:49:21Z`). Defaults to 48 hours ahead; takes precedence over
    /// `relativeValidityTime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub absolute_validity_time: Option<String>,
    /// `eventReportGates`: ids of the gates that receive status notifications (callbacks).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_report_gates: Option<Vec<String>>,
    /// `refId`: the client's reference id for this transaction, echoed in callbacks; required.
    pub ref_id: String,
    /// `customParameters`: string keys to string values, one level deep (KeyValue-Type), echoed in
    /// callbacks. The gateway recognizes `ott.whatsapp.logMessageContent` (`"true"` or `"false"`,
    /// default false).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_parameters: Option<BTreeMap<String, String>>,
    /// `source`: the sender, a phone number registered to a WhatsApp Business API client; required.
    pub source: String,
    /// `destinations`: the recipients' MSISDNs, best written `+<country code><number>` (at most
    /// 15 digits); required, non-empty.
    pub destinations: Vec<String>,
    /// `messages`: the messages to send; required, non-empty.
    pub messages: Vec<Message>,
}

impl MessageRequest {
    /// Lints this request with every rule [`crate::lint_value`] runs on its JSON serialization; the
    /// diagnostics' paths are JSON Pointers into that serialization (`/messages/0/text/body`), and
    /// carry no line or column.
    pub fn validate(&self) -> crate::diagnostic::Report {
        crate::lint::lint_value(&super::to_json(self))
    }
}

/// `priority`: how urgently the gateway handles the transaction.
///
/// `Default` is `NORMAL`, the value of the document's example; the document itself gives no
/// default (the member is required).
///
/// Source: LINK WhatsApp Message API 1.6.1, "MessageRequest" (`Enum <LOW,NORMAL,HIGH>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Priority {
    /// `LOW`.
    Low,
    /// `NORMAL`.
    #[default]
    Normal,
    /// `HIGH`.
    High,
}
