//! The `text` member of a text message.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Text message".

use serde::{Deserialize, Serialize};

/// `text`: the content of a text message, `{"body": "…"}`.
///
/// `previewUrl` is not here: the LINK documents put it beside `text`, on the message itself (see
/// [`Message::Text`](super::Message::Text)); the Cloud API's `text.preview_url` is not LINK spelling.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Text message".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// The message text; required. URLs in it should start with `http://` or `https://` (the
    /// preview shows the first one). At most 4096 characters, counted as Unicode scalar values
    /// (Cloud API reference, Text messages).
    pub body: String,
}
