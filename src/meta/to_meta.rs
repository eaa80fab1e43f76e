//! LINK → Cloud API: the envelope (one body per destination × message, destination-major), the
//! gateway members left out, and the dispatch to the per-family mappings.

use super::write::Notes;
use super::{ToMetaError, Translation, contacts, interactive, location, media, template, text};
use crate::diagnostic::{Dialect, Report};
use crate::model::{Message, MessageRequest};
use crate::pointer::JsonPointer;
use crate::rules::translation::{DESTINATION_REWRITTEN, GATEWAY_MEMBER_DROPPED, SOURCE_NOT_IN_BODY, VALIDITY_DROPPED};
use serde_json::{Map, Value};

/// Translates a LINK [`MessageRequest`] into Cloud API send bodies (`POST /<PHONE_NUMBER_ID>/messages`).
///
/// The request is validated first ([`MessageRequest::validate`]). When that finds an error, nothing
/// is translated: the [`Translation`] has no body and the validation's diagnostics (every severity).
/// Otherwise it has one body per destination × message, destination-major (every message, in
/// order, for the first destination, then for the next), each
/// `{"messaging_product": "whatsapp", "recipient_type": "individual", "to": …, "type": …, <type>: {…}}`,
/// and the translation's own diagnostics (LW590-LW598, listed in the [module docs](super)): every LINK
/// member left out or rewritten, once, at its JSON Pointer into the request. Lint warnings of a
/// valid request are not repeated there; [`MessageRequest::validate`] gives them.
///
/// Bodies are [`serde_json::Value`]s, whose objects keep their members in alphabetical order
/// (`messaging_product`, `recipient_type`, `text`, `to`, `type`); the Cloud API does not depend on
/// member order.
///
/// ```
/// use linkwa::model::{Message, MessageRequest, Text};
///
/// let request = MessageRequest {
///     platform_id: "COMMON_API".into(),
///     platform_partner_id: "1234".into(),
///     ref_id: "order-42".into(),
///     source: "+4670000000".into(),
///     destinations: vec!["+46 70-000 00 01".into()],
///     messages: vec![Message::Text { text: Text { body: "Shipped: https://example.com/t/42".into() }, preview_url: Some(true) }],
///     ..Default::default()
/// };
/// let translation = linkwa::to_meta(&request);
/// let body = &translation.messages[0];
/// assert_eq!(body["to"], "+46700000001");
/// assert_eq!(body["text"]["preview_url"], true);
/// let rewritten = translation.diagnostics.iter().find(|d| d.code == "LW595").unwrap();
/// assert_eq!(rewritten.path.to_string(), "/destinations/0");
/// ```
///
/// Source: Service4U WhatsApp API, "Sending Free-Form Messages" (Request Syntax), "Phone Number
/// Formats", "Sending Template Messages"; LINK WhatsApp Message API 1.6.1, "MessageRequest".
pub fn to_meta(request: &MessageRequest) -> Translation {
    let report = request.validate();
    if report.has_errors() {
        return Translation { messages: Vec::new(), diagnostics: report.diagnostics };
    }
    let root = JsonPointer::root();
    let mut notes = Notes::default();
    envelope(request, &mut notes);
    let contents: Vec<(&'static str, Value)> = request
        .messages
        .iter()
        .enumerate()
        .map(|(i, m)| (m.kind(), content(m, &root.key("messages").index(i), &mut notes)))
        .collect();
    let mut messages = Vec::with_capacity(request.destinations.len() * contents.len());
    for (i, destination) in request.destinations.iter().enumerate() {
        let to = msisdn(destination, &root.key("destinations").index(i), &mut notes);
        for (kind, content) in &contents {
            let mut body = Map::new();
            body.insert("messaging_product".into(), "whatsapp".into());
            body.insert("recipient_type".into(), "individual".into());
            body.insert("to".into(), to.clone().into());
            body.insert("type".into(), (*kind).into());
            body.insert((*kind).into(), content.clone());
            messages.push(Value::Object(body));
        }
    }
    Translation { messages, diagnostics: Report::new(Dialect::Link, notes.0).diagnostics }
}

/// Translates one bare LINK message for the recipient `to` into one Cloud API send body: what
/// [`to_meta`] does for a request with one destination and one message, without the envelope
/// (no gateway members to drop). Paths in the diagnostics point into the message; the rewritten
/// recipient is reported at the root. A message with errors is not translated.
///
/// ```
/// use linkwa::model::{Message, Text};
/// let message = Message::Text { text: Text { body: "Hi".into() }, preview_url: None };
/// let translation = linkwa::meta::to_meta_message(&message, "+46 70 000 00 01");
/// assert_eq!(translation.messages[0]["to"], "+46700000001");
/// assert_eq!(translation.messages[0]["text"]["body"], "Hi");
/// ```
pub fn to_meta_message(message: &Message, to: &str) -> Translation {
    let report = message.validate();
    if report.has_errors() {
        return Translation { messages: Vec::new(), diagnostics: report.diagnostics };
    }
    let root = JsonPointer::root();
    let mut notes = Notes::default();
    let content = content(message, &root, &mut notes);
    let to = msisdn(to, &root, &mut notes);
    let mut body = Map::new();
    body.insert("messaging_product".into(), "whatsapp".into());
    body.insert("recipient_type".into(), "individual".into());
    body.insert("to".into(), to.into());
    body.insert("type".into(), message.kind().into());
    body.insert(message.kind().into(), content);
    Translation { messages: vec![Value::Object(body)], diagnostics: Report::new(Dialect::Link, notes.0).diagnostics }
}

/// Translates a JSON text: a LINK MessageRequest, or a bare LINK message sent to `to`. The text is
/// linted first (as [`crate::lint_str`] does, with positions); with errors it is not translated and
/// the [`Translation`] holds the lint diagnostics and no bodies. What the CLI's `to-meta` and the
/// WASM package's `toMeta` do.
///
/// Errors: [`ToMetaError`] when the text is a bare message and `to` is `None`, a MessageRequest
/// and `to` is given, or not a LINK request at all.
///
/// ```
/// let text = r#"{"type": "text", "text": {"body": "Hi"}}"#;
/// let translation = linkwa::meta::to_meta_str(text, Some("+46700000001")).unwrap();
/// assert_eq!(translation.messages[0]["type"], "text");
/// assert!(linkwa::meta::to_meta_str(text, None).is_err());
/// ```
pub fn to_meta_str(text: &str, to: Option<&str>) -> Result<Translation, ToMetaError> {
    let report = crate::lint::lint_str(text);
    if report.has_errors() {
        return Ok(Translation { messages: Vec::new(), diagnostics: report.diagnostics });
    }
    let value: Value = serde_json::from_str(text).map_err(|e| ToMetaError::NotARequest(e.to_string()))?;
    if value.get("messages").is_some() {
        if to.is_some() {
            return Err(ToMetaError::RecipientWithRequest);
        }
        let request: MessageRequest =
            serde_json::from_value(value).map_err(|e| ToMetaError::NotARequest(e.to_string()))?;
        return Ok(to_meta(&request));
    }
    let linked_message =
        report.dialect == crate::diagnostic::Dialect::Link && value.get("type").is_some_and(Value::is_string);
    if !linked_message || crate::json::tree::with_borrowed(&value, crate::rules::is_inbound) {
        return Err(ToMetaError::NotARequest("it is neither a MessageRequest nor a message".into()));
    }
    let to = to.ok_or(ToMetaError::MissingRecipient)?;
    let plausible = to.chars().any(|c| c.is_ascii_digit())
        && to.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')'));
    if !plausible {
        return Err(ToMetaError::InvalidRecipient);
    }
    let message: Message = serde_json::from_value(value).map_err(|e| ToMetaError::NotARequest(e.to_string()))?;
    Ok(to_meta_message(&message, to))
}

/// The envelope members a Cloud API body has no place for.
fn envelope(r: &MessageRequest, notes: &mut Notes) {
    let root = JsonPointer::root();
    const CALLBACKS: &str = "status notifications go to the webhook subscribed in the Meta app";
    const REFERENCE: &str = "correlate callbacks by the message id (wamid) of the Cloud API response, or send a reference in `biz_opaque_callback_data`";
    let gateway: [(&str, bool, Option<&str>); 9] = [
        ("platformId", true, None),
        ("platformPartnerId", true, None),
        ("platformServiceId", r.platform_service_id.is_some(), None),
        ("platformServiceType", r.platform_service_type.is_some(), None),
        ("platformTransactionId", r.platform_transaction_id.is_some(), None),
        ("priority", true, None),
        ("eventReportGates", r.event_report_gates.is_some(), Some(CALLBACKS)),
        ("refId", true, Some(REFERENCE)),
        ("customParameters", r.custom_parameters.is_some(), Some(REFERENCE)),
    ];
    for (member, present, help) in gateway {
        if present {
            notes.add(
                &GATEWAY_MEMBER_DROPPED,
                root.key(member),
                format!("`{member}` is left out; a Cloud API body has no such member"),
                help,
            );
        }
    }
    for (member, present) in [
        ("relativeValidityTime", r.relative_validity_time.is_some()),
        ("absoluteValidityTime", r.absolute_validity_time.is_some()),
    ] {
        if present {
            notes.add(
                &VALIDITY_DROPPED,
                root.key(member),
                format!("`{member}` is left out; a Cloud API body cannot say when the message expires, so it can be delivered later than this allows"),
                None,
            );
        }
    }
    notes.add(
        &SOURCE_NOT_IN_BODY,
        root.key("source"),
        "`source` is left out; the Cloud API sends from the phone number id in the request URL".into(),
        Some("POST /<PHONE_NUMBER_ID>/messages with the id Meta gave the sending number"),
    );
}

/// The Cloud API member of one message (the object named by its `type`); `path` is the message's
/// pointer.
fn content(message: &Message, path: &JsonPointer, notes: &mut Notes) -> Value {
    let member = path.key(message.kind());
    match message {
        Message::Text { text, preview_url } => text::to_cloud(text, *preview_url),
        Message::Image { image: m }
        | Message::Audio { audio: m }
        | Message::Video { video: m }
        | Message::Document { document: m }
        | Message::Sticker { sticker: m } => media::to_cloud(m, &member, notes),
        Message::Location { location } => location::to_cloud(location),
        Message::Contacts { contacts } => contacts::to_cloud(contacts),
        Message::Template { template } => template::to_cloud(template, &member, notes),
        Message::Interactive { interactive } => interactive::to_cloud(interactive, &member, notes),
    }
}

/// A destination as the Cloud API `to`: an optional leading `+` and digits. Spaces, dashes and
/// parentheses are removed and a leading international prefix `00` becomes `+` (which the Cloud
/// API would otherwise read as a national number and prefix with the business's country code);
/// a rewrite is noted (LW595) without echoing the number.
pub(super) fn msisdn(destination: &str, path: &JsonPointer, notes: &mut Notes) -> String {
    if crate::rules::placeholder::is_placeholder(destination, crate::rules::placeholder::Kind::Value) {
        return destination.to_owned(); // `{{phone}}` stays a placeholder (LW508), not digits
    }
    let to = cloud_msisdn(destination);
    if to != destination {
        let removed = destination.chars().filter(|c| !c.is_ascii_digit() && *c != '+').count();
        let mut what = Vec::new();
        if removed > 0 {
            let noun = if removed == 1 { "separator" } else { "separators" };
            what.push(format!("{removed} {noun} (spaces, dashes, parentheses) removed"));
        }
        if !destination.trim_start().starts_with('+') && to.starts_with('+') {
            what.push("the international prefix 00 written as +".into());
        }
        notes.add(
            &DESTINATION_REWRITTEN,
            path.clone(),
            format!("the destination is rewritten for the Cloud API `to`: {}", what.join("; ")),
            None,
        );
    }
    to
}

/// `+` (when written, or for a leading `00`) followed by the digits of `number`.
pub(super) fn cloud_msisdn(number: &str) -> String {
    let trimmed = number.trim();
    let plus = trimmed.starts_with('+');
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    match digits.strip_prefix("00") {
        Some(rest) if !plus => format!("+{rest}"),
        _ if plus => format!("+{digits}"),
        _ => digits,
    }
}
