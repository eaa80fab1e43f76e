//! LW600–LW699: what the LINK gateway sends back to the business (and LW606, an enumerated value
//! of a Cloud API webhook that linkwa's edition does not list).
//!
//! - [`response`]: the body of the POST /messages answer, MessageResponse (200) or ErrorResponse
//!   (400, 401, 403, 500).
//! - [`status`]: message status notifications (DLRs; "event report" in 1.4.2), one per message.
//! - [`incoming`]: incoming messages sent from mobile phones (MO; "receive message" in 1.4.2).
//! - [`legacy`]: the 1.4.2 "alternative receive message" MO format.
//!
//! Gateway codes (`resultCode`) outside the documented tables are warnings; wrong JSON types and
//! missing members are errors (the shared LW005–LW008 rules).
//!
//! Source: LINK WhatsApp Message API 1.6.1, "HTTP status codes and response body", "Callbacks /
//! Webhooks", "Message Status Notifications", "Resending", "Possible resultCodes in Message Status
//! Notifications", "Incoming Messages Sent from Mobile Phones"; 1.6 (same sections); 1.4.2,
//! "Event report", "Receive message", "Alternative receive message", "Response codes".

pub(crate) mod common;
pub(crate) mod incoming;
pub(crate) mod legacy;
pub(crate) mod response;
pub(crate) mod result_code;
pub(crate) mod status;

use super::cx::Cx;
use super::registry::declare_rules;
use crate::json::tree::{Map, Value};

const DATE: &str = "LINK WhatsApp Message API 1.6.1, Terms and glossary: Date; Message Status Notifications";
const RESPONSES: &str = "LINK WhatsApp Message API 1.6.1, HTTP status codes and response body";
const STATUS: &str = "LINK WhatsApp Message API 1.6.1, Message Status Notifications";
const STATUS_CODES: &str = "LINK WhatsApp Message API 1.6.1, Possible resultCodes in Message Status Notifications";
const RESENDING: &str = "LINK WhatsApp Message API 1.6.1, Resending";
const INCOMING: &str = "LINK WhatsApp Message API 1.6.1, Incoming Messages Sent from Mobile Phones";
const ALTERNATIVE: &str = "LINK WhatsApp Message API 1.4.2, Alternative receive message";

declare_rules! {
    INBOUND_DATE_NOT_RFC3339 = LW600 "inbound-date-not-rfc3339" Error,
        "Dates the gateway sends (`timestamp`, `providerTimestamp`, `operatorTimestamp`, `route.start`, `route.end`) are RFC 3339 date-times with a time zone.",
        "The documents type them Date, \"formatted according to RFC3339, e.g. 2010-03-30T12:59:40+02:00\"; a receiver parsing them as such fails on anything else.",
        DATE;
    INBOUND_KEY_VALUE_NOT_STRING = LW601 "inbound-key-value-not-string" Error,
        "`customParameters`, `gateCustomParameters` and `route.customParameters` map strings to strings, one level deep (or are null).",
        "They are of the KeyValue type: \"only one level with key-value data is allowed\"; nested objects, numbers and booleans are not KeyValue data.",
        "LINK WhatsApp Message API 1.6.1, Terms and glossary: KeyValue-Type; Incoming Messages Sent from Mobile Phones";
    INBOUND_VALUE_PADDED = LW602 "inbound-value-padded" Warning fix Safe,
        "An identifier, an enumerated value or a custom-parameter key has leading or trailing white space.",
        "`\" template\"` is not `template` and `\" metaErrorDetails\"` is not `metaErrorDetails`: a receiver that compares or looks them up exactly misses them (the 1.6 and 1.6.1 status-notification examples have both).",
        STATUS;
    INBOUND_VALUE_UNKNOWN = LW603 "inbound-value-unknown" Warning,
        "An enumerated value is not one the documents list: `messageType` (a message type or `request`), `content.type` (WHATSAPP), `contentType` (TEXT, BUTTON, MEDIA, INTERACTIVE, ORDER, REACTION), `interactive.type` (list_reply, button_reply, cta_url), `provider`/`operator` (whatsapp), `channel` (WHATSAPP), the 1.4.2 alternative `content.type` (TEXT, MEDIA) and item `type` (URL).",
        "A receiver written from the documents dispatches on these values; an undocumented one (or another letter case) goes unhandled. REACTION is only shown in the 1.6/1.6.1 examples, not in the table; it is accepted.",
        INCOMING;
    INBOUND_MSISDN_INVALID = LW604 "inbound-msisdn-invalid" Error,
        "`source`, `destination` and `route.number` of an incoming message are an optional `+` and 1 to 15 digits.",
        "The gateway sends MSISDNs normalized (the documents show `+46000000000`); E.164 numbers have at most 15 digits, so anything else cannot be replied to.",
        "LINK WhatsApp Message API 1.6.1, Terms and glossary: MSISDN; ITU-T E.164";
    INBOUND_ID_EMPTY = LW605 "inbound-id-empty" Error,
        "Identifiers the gateway sends (`messageId`, `refId`, `messageIds[]`, `providerMessageId`, `operatorMessageId`, `customParameters.waMessageId`) are not empty.",
        "They are what notifications and support questions refer to; an empty one relates to nothing.",
        STATUS;
    RESPONSE_RESULT_CODE_UNKNOWN = LW610 "response-result-code-unknown" Warning,
        "A MessageResponse has `resultCode` 112001; an ErrorResponse has one of 112400, 112401, 112402, 112500, 112505, 112506 (or 112000, 112405 from the 1.4.2 table).",
        "These are the codes the documents list for POST /messages answers; another code is undocumented, or belongs to the other body or to status notifications. 112505 (Invalid Payload) and 112506 (Validation error) are new in 1.6.1; 1.4.2 has one table for every code, of which 112000 (Unknown error) and 112405 (Failed authentication) can only be request errors.",
        RESPONSES;
    MESSAGE_IDS_EMPTY = LW611 "message-ids-empty" Error,
        "A MessageResponse lists at least one message id in `messageIds`.",
        "A queued request has at least one destination, and one id is returned per destination, in the order of `destinations`.",
        RESPONSES;
    MESSAGE_ID_REPEATED = LW612 "message-id-repeated" Warning,
        "The ids in `messageIds` are unique.",
        "Every queued message has its own id, which its status notifications carry; a repeated id cannot be told apart.",
        RESPONSES;
    STATUS_RESULT_CODE_UNKNOWN = LW620 "status-result-code-unknown" Warning,
        "A status notification's `resultCode` is one of 112000, 112002, 112003, 112006, 112007, 112008, 112403, 112404, 112406, 112408, 12409 (112409).",
        "These are the documented status codes; 1.4.2 had one table for every code (112004 Ok, 112005 Received, …), which 1.6.1 no longer lists for notifications. A receiver written from the documents does not handle other codes.",
        STATUS_CODES;
    STATUS_REDIS_ERROR_CODE = LW621 "status-redis-error-code" Info,
        "The Redis error code is printed 12409 while every other gateway code has six digits: a receiver should handle both 12409 and 112409.",
        "1.6 and 1.6.1 both print `12409 Redis error` as the last row of a table of 1120xx and 1124xx codes, right after 112408: most likely a misprint of 112409. linkwa cannot tell which one the gateway sends, so it accepts both (no status-result-code-unknown) and notes either. After this code no more notifications come for the message.",
        STATUS_CODES;
    STATUS_MESSAGE_INDEX_INVALID = LW622 "status-message-index-invalid" Error,
        "`messageIndex` is 0 or more, or -1 when `messageType` is `request` (the whole request failed).",
        "Indexes start at 0; -1 is only used for a failed request with several messages, where `messageType` is \"request\".",
        STATUS;
    STATUS_REQUEST_NOT_FAILED = LW623 "status-request-not-failed" Warning,
        "A notification with `messageType` `request` (the whole request failed, nothing was sent) carries a failure code, not a sent/delivered/read code.",
        "`request` means no message was sent; a code such as 112003 Delivered contradicts it.",
        STATUS;
    STATUS_ERROR_DETAILS_ON_SUCCESS = LW624 "status-error-details-on-success" Warning,
        "`customParameters.metaErrorDetails` only comes with a failure code (112403, 112406, …), not with sent/delivered/read/deleted codes.",
        "The gateway adds Meta's error details to DLRs of failed messages; on a success code they contradict the status (the 1.6/1.6.1 \"successfully sent\" example has exactly this copy mistake).",
        "LINK WhatsApp Message API 1.6.1, Message Status Notifications (Example#1, Example#2)";
    STATUS_META_CODE_RETRIED = LW625 "status-meta-code-retried" Info,
        "The notification carries a Meta error code the gateway retries: 1, 2, 4, 80007, 130429, 131000, 131016, 131049, 131057, 133004.",
        "For these codes the gateway resubmits the message every 60 seconds, at most 15 times, before it sends the notification; wait at least 15 minutes before submitting the same message again. The code is read from `(#NNN)` or `#(NNN)` in `resultDescription` or `customParameters.metaErrorDetails`.",
        RESENDING;
    RECEIVED_VALUE_UNKNOWN = LW606 "received-value-unknown" Warning,
        "A Cloud API webhook has an enumerated value linkwa's edition (Meta's Cloud API as documented in December 2025) does not list: a status's `recipient_type` (individual, group), a call permission reply's `response` (accept, reject) or `response_source` (user_action, automatic). Message types, interactive types and statuses have their own rules (LW566, LW568, LW572), warnings as well.",
        "What Meta sends the business is not the business's to change, and Meta adds values without notice; a receiver should route an unknown value to a default branch, not drop the message. So it is a warning, and `parse_inbound` keeps the value (`Other`).",
        "Meta Cloud API, Webhooks: status (WB `status.md`); Calling, User call permissions, \"User calling permission request webhook\" (KM `calling/user-call-permissions.mdx`)";
    INCOMING_MEMBER_IGNORED = LW640 "incoming-member-ignored" Warning,
        "An incoming message carries the member of another type (e.g. `media` with contentType TEXT, `list_reply` with interactive type button_reply, `data` with alternative content type MEDIA).",
        "Each member is \"only populated\" for its own type; a receiver dispatching on the type never reads the other, so the payload contradicts itself.",
        INCOMING;
    INCOMING_MEDIA_SOURCE_INVALID = LW641 "incoming-media-source-invalid" Error,
        "`media.source` (and the 1.4.2 item `url`) is an http:// or https:// URL without white space.",
        "It is \"the URL that gives the data\"; a value with a line break (the 1.6.1 sticker example) or another scheme cannot be downloaded.",
        INCOMING;
    INCOMING_MEDIA_TYPE_NOT_MIME = LW642 "incoming-media-type-not-mime" Warning,
        "`media.type` (and the 1.4.2 item `contentType`) is a MIME type such as image/jpeg.",
        "The documents define it as \"the mime type of the data content\"; a value like IMAGE is what the 1.6 media example's first piece shows, and a receiver choosing a decoder by MIME type fails on it.",
        INCOMING;
    INCOMING_REACTION_EMOJI_BLANK = LW643 "incoming-reaction-emoji-blank" Error,
        "A REACTION's `emoji` is an emoji, not white space (an absent or empty emoji means the reaction was removed).",
        "White space is no reaction (the 1.6.1 reaction example has `\"   \"`); Meta sends a removed reaction without the emoji.",
        "LINK WhatsApp Message API 1.6.1, Incoming Messages Sent from Mobile Phones (JSON for the reaction reply message)";
    INCOMING_ORDER_ITEMS_EMPTY = LW644 "incoming-order-items-empty" Error,
        "An ORDER's `product_items` lists at least one product.",
        "An order is the list of products in the customer's order; without one there is nothing ordered.",
        INCOMING;
    INCOMING_ORDER_QUANTITY_INVALID = LW645 "incoming-order-quantity-invalid" Error,
        "An order item's `quantity` is a positive whole number (a number or a numeric string).",
        "The table types it String (Meta sends a number); either way it counts items, so 0, fractions and words are wrong.",
        INCOMING;
    LEGACY_ALTERNATIVE_RECEIVE_MESSAGE = LW680 "legacy-alternative-receive-message" Info,
        "The document is a 1.4.2 \"alternative receive message\", a format 1.4.4 removed from the documents.",
        "The gateway forwards this format only where a receiving gateway is configured for it; the 1.6.1 documents describe only the standard incoming message.",
        ALTERNATIVE;
    LEGACY_MEDIA_ITEMS_EMPTY = LW681 "legacy-media-items-empty" Error,
        "An alternative receive message of content type MEDIA lists at least one item in `content.items`.",
        "`items` is \"an array with the media items within the message\"; a MEDIA message without one carries no media.",
        ALTERNATIVE;
}

/// True when the object's members say it is something the gateway sends: a MessageResponse or
/// ErrorResponse, a status notification, or an incoming message (standard or 1.4.2 alternative).
///
/// Asked after the document was found not to be a MessageRequest and before it is taken as a bare
/// message. Members no outgoing document has decide alone; members a misspelt message might also
/// carry (`content`, `destination`, `messageId`, …) decide only when there is no `type`.
pub(crate) fn recognizes(map: &Map<'_>) -> bool {
    STRONG.iter().any(|k| map.contains_key(k))
        || (!map.contains_key("type") && WEAK.iter().any(|k| map.contains_key(k)))
}

/// Members no outgoing document has: one of them says "inbound" on its own.
pub(crate) const STRONG: &[&str] = &[
    "resultCode",
    "messageIds",
    "translatedDescription",
    "resultDescription",
    "messageIndex",
    "messageType",
    "providerMessageId",
    "providerTimestamp",
    "operatorMessageId",
    "operatorTimestamp",
    "operatorTimeStamp",
    "gateCustomParameters",
];

/// Members a misspelt message might also carry: they say "inbound" only without `type`.
pub(crate) const WEAK: &[&str] =
    &["content", "destination", "messageId", "provider", "channel", "operator", "description", "timestamp", "route"];

/// The kinds of documents the gateway sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// The 200 answer to POST /messages.
    MessageResponse,
    /// The 400, 401, 403 and 500 answers to POST /messages.
    ErrorResponse,
    /// A message status notification.
    Status,
    /// An incoming message in the standard format.
    Incoming,
    /// A 1.4.2 alternative receive message.
    Alternative,
}

/// What an inbound document (one [`recognizes`] accepted) is, told by its members.
pub(crate) fn kind_of(map: &Map<'_>) -> Kind {
    let has = |keys: &[&str]| keys.iter().any(|k| map.contains_key(k));
    let legacy_content = map
        .get("content")
        .and_then(Value::as_object)
        .is_some_and(|c| !c.contains_key("message") && ["data", "items", "subject"].iter().any(|k| c.contains_key(k)));
    if legacy_content || has(&["channel", "operator", "operatorMessageId", "operatorTimestamp", "operatorTimeStamp"]) {
        Kind::Alternative
    } else if has(&["content", "destination", "provider", "providerMessageId", "providerTimestamp", "source"]) {
        Kind::Incoming
    } else if has(&[
        "messageId",
        "messageIndex",
        "messageType",
        "resultDescription",
        "refId",
        "timestamp",
        "gateCustomParameters",
    ]) {
        Kind::Status
    } else if response::is_message_response(map) {
        Kind::MessageResponse
    } else {
        Kind::ErrorResponse
    }
}

/// Checks an inbound document (one [`recognizes`] accepted), as the kind its members say.
pub(crate) fn check(cx: &mut Cx, value: &Value) {
    cx.received = true;
    let Some(map) = value.as_object() else { return };
    match kind_of(map) {
        Kind::Alternative => legacy::check(cx, value),
        Kind::Incoming => incoming::check(cx, value),
        Kind::Status => status::check(cx, value),
        Kind::MessageResponse => response::check_message_response(cx, value),
        Kind::ErrorResponse => response::check_error_response(cx, value),
    }
}

#[cfg(test)]
mod tests;
