//! Media objects: the member of image, audio, video, document and sticker messages, template
//! header parameters and interactive headers.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Image message" … "Sticker message", "Interactive
//! media"; "Parameter" (image, document, video parameters).

use serde::{Deserialize, Serialize};

/// A media object: `image`, `audio`, `video`, `document` or `sticker`.
///
/// One type serves every kind and place, with every member any of them documents; which members a
/// kind or place allows is the rules' business ([`Message::validate`](super::Message::validate)
/// reports them):
/// - exactly one of `id` (an uploaded media id) and `link` (an `http://` or `https://` URL);
/// - `caption` on image, video and document messages only (not in template headers);
/// - `filename` on documents;
/// - `voice` on audio (LINK 1.6.1);
/// - `provider` with a `link` in interactive headers.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Image message", "Audio message", "Video message",
/// "Document message", "Sticker message", "Interactive media".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Media {
    /// The media id returned by the upload endpoint. Use this or `link`, not both.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The URL of hosted media, beginning with `http://` or `https://`. Use this or `id`, not both.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// The caption shown under an image, video or document; at most 1024 characters (Unicode
    /// scalar values; Cloud API reference). Not supported in template header parameters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// A document's file name; its extension decides the icon shown. Documents only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// Audio only (LINK 1.6.1, "Audio message"): `true` sends a voice message, which must be an
    /// OGG file with the OPUS codec; `false` or absent sends plain audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voice: Option<bool>,
    /// The media provider to fetch a `link` through (interactive media only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<Provider>,
}

/// `provider`: a configured media provider, used with a `link` that is not directly accessible
/// (e.g. needs a bearer token).
///
/// Source: LINK WhatsApp Message API 1.6.1, "Interactive media" (`provider.name`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    /// The provider's configured name (the table marks it optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
