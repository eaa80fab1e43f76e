//! Text messages.
//!
//! | LINK | Cloud API |
//! |---|---|
//! | `text.body` | `text.body` |
//! | `previewUrl` (beside `text`) | `text.preview_url` |
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Text message"; Service4U WhatsApp API, "Text Messages".

use super::read::{Obj, Result};
use super::write::Object;
use crate::model::{Message, Text};
use serde_json::Value;

/// The Cloud API `text` object.
pub(super) fn to_cloud(text: &Text, preview_url: Option<bool>) -> Value {
    Object::new().put("body", text.body.as_str()).opt("preview_url", preview_url).build()
}

/// A text message from the Cloud API `text` object.
pub(super) fn from_cloud(mut o: Obj<'_>) -> Result<Message> {
    let message = Message::Text { text: Text { body: o.req("body")? }, preview_url: o.opt("preview_url")? };
    o.finish()?;
    Ok(message)
}
