//! [`FromMetaError`]: why a Cloud API body could not be read as a LINK message.

use crate::pointer::JsonPointer;

/// Why [`from_meta`](super::from_meta) could not read a Cloud API body. Every variant names the RFC
/// 6901 JSON Pointer, into the Cloud API body, of the value at fault (`""` is the whole body).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FromMetaError {
    /// A member the Cloud API requires (and LINK needs) is absent; the pointer is the member's own.
    #[error("{}: the required member is missing", shown(.path))]
    Missing {
        /// Where the member should be.
        path: JsonPointer,
    },
    /// A member that is not part of the Cloud API object at this place (often a misspelling, or a
    /// LINK spelling such as `previewUrl`).
    #[error("{}: unknown member", shown(.path))]
    Unknown {
        /// The unknown member.
        path: JsonPointer,
    },
    /// A value of the wrong JSON type, or a value the Cloud API does not define (`"type": "txt"`).
    #[error("{}: {reason}", shown(.path))]
    Invalid {
        /// The value.
        path: JsonPointer,
        /// What is wrong, e.g. "expected an object, found an array".
        reason: String,
    },
    /// A valid Cloud API feature that a LINK message cannot carry: reactions, replies (`context`),
    /// group recipients, `biz_opaque_callback_data`.
    #[error("{}: {what} has no LINK counterpart", shown(.path))]
    Unsupported {
        /// The member or value.
        path: JsonPointer,
        /// What it is, e.g. "a reaction message".
        what: String,
    },
}

impl FromMetaError {
    /// The JSON Pointer, into the Cloud API body, of the value at fault.
    pub fn path(&self) -> &JsonPointer {
        match self {
            FromMetaError::Missing { path }
            | FromMetaError::Unknown { path }
            | FromMetaError::Invalid { path, .. }
            | FromMetaError::Unsupported { path, .. } => path,
        }
    }
}

/// The pointer as text, with the root (the empty pointer) shown as `(root)`.
fn shown(path: &JsonPointer) -> String {
    let text = path.to_string();
    if text.is_empty() { "(root)".into() } else { text }
}

/// Why [`to_meta_str`](super::to_meta_str) could not translate a text (problems *in* the request
/// are not errors: they come back as the [`Translation`](super::Translation)'s diagnostics).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ToMetaError {
    /// The text is a bare message, which has no destination: the recipient must be given.
    #[error("this is a bare message: give its recipient (`to`, e.g. +4670000000)")]
    MissingRecipient,
    /// The text is a MessageRequest, which names its own destinations, and a recipient was given too.
    #[error("a recipient is only for a bare message; this MessageRequest has its own destinations")]
    RecipientWithRequest,
    /// The recipient is not a phone number: digits, with an optional `+` and the separators
    /// `-`, `(`, `)` and spaces.
    #[error("the recipient is not a phone number (digits, optionally `+` and separators)")]
    InvalidRecipient,
    /// The text lints without error but is not a LINK MessageRequest or message (a Cloud API body,
    /// a response or an inbound notification).
    #[error("not a LINK MessageRequest or message: {0}")]
    NotARequest(String),
}
