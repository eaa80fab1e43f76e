//! Lint, then decode: one entry point per direction. [`parse_inbound`] for what a business
//! receives, [`parse_outbound`] for what it sends.

use super::Inbound;
use crate::diagnostic::{Dialect, Report};
use crate::model::{Message, MessageRequest};
use crate::rules::{InboundKind as Kind, Received, received};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Why a text was not decoded. Every variant holds the lint report of the text (what
/// [`crate::lint_str`] reports: every diagnostic, with lines and columns).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The text has errors (syntax, structure or rules): the report lists them all.
    #[error("the document has {} error(s)", .0.count(crate::diagnostic::Severity::Error))]
    Invalid(Report),
    /// The text lints without error but is a document of the other direction (a MessageRequest
    /// given to [`parse_inbound`], a status notification given to [`parse_outbound`]), or of no
    /// known kind.
    #[error("the document is not {0}")]
    WrongKind(&'static str, Report),
    /// The text lints without error but the typed model cannot hold it. For [`parse_outbound`]: a
    /// member another message type owns (LW111, LW118: warnings), which the strict send model
    /// rejects, or a placeholder where a typed value belongs (LW508, a warning: `"priority":
    /// "<priority>"`, `"relativeValidityTime": "{{ttl}}"`). For [`parse_inbound`]: not expected,
    /// since linting a received document reports as an error (LW006) every value the received
    /// model cannot hold and the model keeps everything else (tested by replacing every member of
    /// every received fixture by other kinds of values); please report such a document.
    #[error("the document lints without error, but does not fit the typed model")]
    Undecodable(Report),
}

impl DecodeError {
    /// The lint report of the text.
    pub fn report(&self) -> &Report {
        match self {
            DecodeError::Invalid(report) | DecodeError::WrongKind(_, report) | DecodeError::Undecodable(report) => {
                report
            }
        }
    }
}

/// Lints a received JSON text and decodes it: a LINK MessageResponse or ErrorResponse, a message
/// status notification, an incoming message (standard or 1.4.2 alternative), or a Cloud API
/// webhook (`messages` field, whole or one change's value).
///
/// The text is linted as [`crate::lint_str`] lints it (the dialect told from its members);
/// warnings and infos do not stop decoding, errors do: `Err(DecodeError::Invalid(report))` with
/// every diagnostic. Never panics.
///
/// Errors: [`DecodeError::Invalid`] (the text has errors), [`DecodeError::WrongKind`] (it is
/// something to send, or of no known kind), [`DecodeError::Undecodable`] (see there).
pub fn parse_inbound(text: &str) -> Result<Inbound, DecodeError> {
    const WHAT: &str = "a response, a status notification, an incoming message or a Cloud API webhook";
    let (value, report) = lint_then_parse(text)?;
    let Some(kind) = crate::json::tree::with_borrowed(&value, |tree| received(tree, report.dialect)) else {
        return Err(DecodeError::WrongKind(WHAT, report));
    };
    let decoded = match kind {
        Received::Link(Kind::MessageResponse) => typed(value).map(Inbound::MessageResponse),
        Received::Link(Kind::ErrorResponse) => typed(value).map(Inbound::ErrorResponse),
        Received::Link(Kind::Status) => typed(value).map(Inbound::Status),
        Received::Link(Kind::Incoming) => typed(value).map(Inbound::Incoming),
        Received::Link(Kind::Alternative) => typed(value).map(Inbound::Alternative),
        Received::Webhook => typed(value).map(Inbound::Webhook),
    };
    decoded.ok_or(DecodeError::Undecodable(report))
}

/// What a business sends to the LINK gateway: a MessageRequest, or a bare message.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
// One value per webhook call or request, moved a few times: boxing would cost every match a deref.
#[allow(clippy::large_enum_variant)]
pub enum Outbound {
    /// A MessageRequest (POST /messages body).
    Request(MessageRequest),
    /// One message, as in `messages`.
    Message(Message),
}

/// Lints a LINK JSON text to send and decodes it: a MessageRequest (it has `messages`), or a bare
/// message (it has `type`). Linted as [`crate::lint_str`] lints it; errors stop decoding. Never
/// panics.
///
/// Errors: [`DecodeError::Invalid`] (the text has errors), [`DecodeError::WrongKind`] (a received
/// document, a Cloud API body, or of no known kind), [`DecodeError::Undecodable`].
pub fn parse_outbound(text: &str) -> Result<Outbound, DecodeError> {
    const WHAT: &str = "a LINK MessageRequest or message";
    let (value, report) = lint_then_parse(text)?;
    let is_message = value.get("type").is_some_and(Value::is_string);
    if report.dialect != Dialect::Link
        || crate::json::tree::with_borrowed(&value, |tree| received(tree, report.dialect)).is_some()
    {
        return Err(DecodeError::WrongKind(WHAT, report));
    }
    let decoded = if value.get("messages").is_some() {
        typed(value).map(Outbound::Request)
    } else if is_message {
        typed(value).map(Outbound::Message)
    } else {
        return Err(DecodeError::WrongKind(WHAT, report));
    };
    decoded.ok_or(DecodeError::Undecodable(report))
}

/// The lint report of `text` and its JSON tree, when the report has no error.
fn lint_then_parse(text: &str) -> Result<(Value, Report), DecodeError> {
    let report = crate::lint::lint_str(text);
    if report.has_errors() {
        return Err(DecodeError::Invalid(report));
    }
    match serde_json::from_str(text) {
        Ok(value) => Ok((value, report)),
        Err(_) => Err(DecodeError::Undecodable(report)),
    }
}

/// The typed value; `None` when the model cannot hold it. serde's message is dropped: it can quote
/// a value, and values are message bodies and phone numbers.
fn typed<T: DeserializeOwned>(value: Value) -> Option<T> {
    serde_json::from_value(value).ok()
}
