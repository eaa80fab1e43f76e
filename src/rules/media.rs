//! LW220–LW249: media objects (image, audio, video, document, sticker) in media messages,
//! template header parameters and interactive headers.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Image message" … "Sticker message", "Interactive media".

use super::finding::Finding;
use super::registry::declare_rules;
use super::shape::{Cx, Obj, Shape, Ty, opt};
use crate::pointer::JsonPointer;
use serde_json::Value;

declare_rules! {
    MEDIA_ID_AND_LINK = LW220 "media-id-and-link" Error,
        "A media object has exactly one of `id` and `link`.",
        "The document says only one of id or link, not both; with neither there is nothing to send.",
        "LINK WhatsApp Message API 1.6.1, Image message (note: only one of id or link)";
}

/// Where a media object appears: decides which members it may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MediaContext {
    /// The member of an image/audio/video/document/sticker message.
    Message,
    /// A template header parameter (`parameters[].image` …): no caption.
    TemplateHeader,
    /// An interactive message header (`header.image` …): may carry `provider`.
    InteractiveHeader,
}

static MEDIA: Shape = Shape {
    name: "a media object",
    fields: &[
        opt("id", Ty::Str),
        opt("link", Ty::Str),
        opt("caption", Ty::Str),
        opt("filename", Ty::Str),
        opt("voice", Ty::Bool),
        opt("provider", Ty::Obj),
    ],
};

/// Checks the member named `kind` of a media message.
pub(crate) fn check_message(cx: &mut Cx, msg: &Obj<'_>, kind: &str) {
    if let Some((value, path)) = msg.get(kind) {
        check_media(cx, value, &path, kind, MediaContext::Message);
    }
}

/// Checks one media object of kind `kind` (`image`, `audio`, `video`, `document`, `sticker`) at
/// `path`, as allowed in `context`.
pub(crate) fn check_media(cx: &mut Cx, value: &Value, path: &JsonPointer, _kind: &str, _context: MediaContext) {
    let Some(media) = cx.object(value, path, &MEDIA) else { return };
    match (media.has("id"), media.has("link")) {
        (true, true) => {
            cx.report(
                &MEDIA_ID_AND_LINK,
                media.path_of("link"),
                Finding::Other("both `id` and `link` are set; use only one".into()),
            );
        }
        (false, false) => {
            cx.report(&MEDIA_ID_AND_LINK, path.clone(), Finding::MissingOneOf { members: &["id", "link"] });
        }
        _ => {}
    }
}
