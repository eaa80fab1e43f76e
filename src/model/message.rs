//! [`Message`]: one element of `messages`, or a bare message document.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Messages", "Message type".

use super::{Contact, Interactive, Location, Media, Template, Text};
use serde::{Deserialize, Serialize};

/// A message, told apart by its `type`; the member named by the type carries the content
/// (`{"type": "image", "image": {…}}`).
///
/// Every type but `template` is delivered only inside the 24-hour customer care window (opened by
/// a message from the user); templates start conversations.
///
/// Unknown members are rejected, and so is the member of another type (`image` on a `text`
/// message), which the gateway would silently drop.
///
/// ```
/// use linkwa::model::{Media, Message};
///
/// let message = Message::Image {
///     image: Media {
///         id: Some("1192798951408501".into()),
///         link: Some("https://example.com/image.jpg".into()),
///         ..Default::default()
///     },
/// };
/// let report = message.validate();
/// let d = report.diagnostics.iter().find(|d| d.code == "LW220").expect("both id and link");
/// assert_eq!(d.path.to_string(), "/image/link");
/// ```
///
/// Source: LINK WhatsApp Message API 1.6.1, "Messages".
// The variants hold their content inline: a message is built once and sent, so the size
// difference between `Interactive` and `Text` costs nothing worth boxing for.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase", deny_unknown_fields)]
pub enum Message {
    /// `template`: a pre-approved template with its parameters; the only type that can start a
    /// conversation. Source: "Template".
    Template {
        /// The template name, language and components.
        template: Template,
    },
    /// `text`: a text message. Source: "Text message".
    Text {
        /// The text.
        text: Text,
        /// `previewUrl`, beside `text` (not inside it): `true` to show a preview of the first URL
        /// in the body.
        #[serde(rename = "previewUrl", skip_serializing_if = "Option::is_none")]
        preview_url: Option<bool>,
    },
    /// `image`: JPEG or PNG, at most 5 MB. Source: "Image message".
    Image {
        /// The image, by `id` or `link`, with an optional caption.
        image: Media,
    },
    /// `location`: a point on the map. Source: "Location message".
    Location {
        /// The coordinates, name and address.
        location: Location,
    },
    /// `audio`: AAC, AMR, MP3, M4A, MP4, MPEG or OGG with OPUS (plain OGG is not supported), at
    /// most 16 MB; no caption. Source: "Audio message".
    Audio {
        /// The audio, by `id` or `link`; `voice: true` for a voice message (OGG/OPUS).
        audio: Media,
    },
    /// `video`: MP4 or 3GPP (H.264 and AAC), at most 16 MB. Source: "Video message".
    Video {
        /// The video, by `id` or `link`, with an optional caption.
        video: Media,
    },
    /// `document`: any file type, at most 100 MB. Source: "Document message".
    Document {
        /// The document, by `id` or `link`, with an optional caption and file name.
        document: Media,
    },
    /// `sticker`: WebP only, at most 100 KB static or 500 KB animated; no caption.
    /// Source: "Sticker message".
    Sticker {
        /// The sticker, by `id` or `link`.
        sticker: Media,
    },
    /// `contacts`: one or more contact cards. Source: "Contacts message".
    Contacts {
        /// The contact cards; non-empty.
        contacts: Vec<Contact>,
    },
    /// `interactive`: a list, reply buttons, products, a flow, a CTA URL button, a location or
    /// address request, or a carousel. Source: "Interactive message".
    Interactive {
        /// The interactive content.
        interactive: Interactive,
    },
}

impl Message {
    /// The message's `type`, as the JSON spells it (`"text"`, `"interactive"`, …).
    pub fn kind(&self) -> &'static str {
        match self {
            Message::Template { .. } => "template",
            Message::Text { .. } => "text",
            Message::Image { .. } => "image",
            Message::Location { .. } => "location",
            Message::Audio { .. } => "audio",
            Message::Video { .. } => "video",
            Message::Document { .. } => "document",
            Message::Sticker { .. } => "sticker",
            Message::Contacts { .. } => "contacts",
            Message::Interactive { .. } => "interactive",
        }
    }

    /// Lints this message, as a bare message document, with every rule [`crate::lint_value`] runs
    /// on its JSON serialization; paths are JSON Pointers into that serialization (`/image/link`).
    /// Inside a [`MessageRequest`](super::MessageRequest) the same findings sit under
    /// `/messages/<index>`.
    pub fn validate(&self) -> crate::diagnostic::Report {
        crate::lint::lint_value(&super::to_json(self))
    }
}
