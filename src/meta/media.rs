//! Media objects: image, audio, video, document and sticker messages, template header parameters,
//! interactive and carousel card headers.
//!
//! | LINK | Cloud API |
//! |---|---|
//! | `id`, `link`, `caption`, `filename` | the same |
//! | `voice` (audio, LINK 1.6.1) | `voice` (Meta's voice messages) |
//! | `provider` | — dropped, LW596 warning |
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Image message" … "Sticker message", "Interactive
//! media"; Service4U WhatsApp API, "Media Messages".

use super::read::{Obj, Result};
use super::write::{Notes, Object};
use crate::model::Media;
use crate::pointer::JsonPointer;
use crate::rules::translation::MEDIA_PROVIDER_DROPPED;
use serde_json::Value;

/// The Cloud API media object; `path` is the LINK media object's pointer.
pub(super) fn to_cloud(media: &Media, path: &JsonPointer, notes: &mut Notes) -> Value {
    if media.provider.is_some() {
        notes.add(
            &MEDIA_PROVIDER_DROPPED,
            path.key("provider"),
            "the media provider is left out; the Cloud API fetches the link without its credentials".into(),
            Some("host the file at a public URL, or upload it and send its `id`"),
        );
    }
    Object::new()
        .opt("id", media.id.as_deref())
        .opt("link", media.link.as_deref())
        .opt("caption", media.caption.as_deref())
        .opt("filename", media.filename.as_deref())
        .opt("voice", media.voice)
        .build()
}

/// A media object from the Cloud API one.
pub(super) fn from_cloud(mut o: Obj<'_>) -> Result<Media> {
    let media = Media {
        id: o.opt("id")?,
        link: o.opt("link")?,
        caption: o.opt("caption")?,
        filename: o.opt("filename")?,
        voice: o.opt("voice")?,
        provider: None,
    };
    o.finish()?;
    Ok(media)
}
