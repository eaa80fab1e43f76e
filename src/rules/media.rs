//! LW220–LW249: media objects (image, audio, video, document, sticker) in media messages,
//! template header parameters and interactive headers.
//!
//! A media object is `{"id"?: String, "link"?: String, "caption"?: String, "filename"?: String,
//! "voice"?: Boolean, "provider"?: {"name": String}}`; which members are allowed depends on the
//! kind and on where the object appears ([`MediaContext`]). Lengths count Unicode scalar values.
//! Formats are judged by the link's file extension only: the MIME type and size cannot be checked
//! offline.
//!
//! In Cloud API JSON the media object is the same except that `provider` does not exist there
//! (On-Premises API only; LW239).
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Image message" … "Sticker message", "Interactive
//! media", "Parameter"; LINK 1.6 and 1.4.2 (media by `link` only in 1.4.2); Cloud API field
//! reference, media limits (caption ≤ 1024 characters, formats and sizes).

mod format;

use super::cx::Cx;
use super::finding::{Finding, Unit, quote};
use super::registry::declare_rules;
use super::shape::{Obj, Shape, Ty, chars, opt};
use super::strings::has_http_scheme;
use crate::diagnostic::Dialect;
use crate::json::tree::Value;
use crate::options::MediaPolicy;
use crate::rules::path::Path;
use format::{Kind, file_extension, link_extension};

const MESSAGES: &str = "LINK WhatsApp Message API 1.6.1, Image, Audio, Video, Document and Sticker message";
const CR_MEDIA: &str = "Cloud API field reference, Image, Audio, Video, Document and Sticker limits";

/// The longest media caption, in Unicode scalar values (Cloud API field reference).
pub(crate) const CAPTION_MAX: usize = 1024;

declare_rules! {
    MEDIA_ID_AND_LINK = LW220 "media-id-and-link" Error,
        "A media object has exactly one of `id` and `link`.",
        "The document says only one of id or link, not both; with neither there is nothing to send. (LINK 1.4.2 knew only `link`; 1.6.1 decides.)",
        "LINK WhatsApp Message API 1.6.1, Image message (note: only one of id or link)";
    MEDIA_LINK_NOT_HTTP = LW221 "media-link-not-http" Error,
        "A media `link` begins with `http://` or `https://` (in an interactive header with `provider`, `<provider-name>/http(s)://…`).",
        "Meta downloads the media from the link; any other scheme, a relative path or a bare host cannot be fetched and the message fails.",
        "LINK WhatsApp Message API 1.6.1, Image message … Sticker message (link: Begins with http:// or https://)";
    MEDIA_REFERENCE_EMPTY = LW222 "media-reference-empty" Error,
        "A media `id` or `link` is not empty.",
        "An empty id or link refers to nothing: the send fails.",
        MESSAGES;
    MEDIA_REFERENCE_WHITESPACE = LW223 "media-reference-whitespace" Warning fix Safe,
        "A media `id` or `link` has no leading or trailing white space, and a link has no white space at all.",
        "The id is looked up verbatim and a link with spaces is not a valid URL: the media may not be found. (The LINK 1.6.1 sticker example has such an id.)",
        MESSAGES;
    MEDIA_ID_LOOKS_LIKE_LINK = LW224 "media-id-looks-like-link" Error,
        "A media `id` holds a URL; hosted media go in `link`.",
        "An id is the number returned by the media upload; a URL in `id` is not found and the send fails.",
        MESSAGES;
    MEDIA_ID_NOT_NUMERIC = LW225 "media-id-not-numeric" Warning,
        "A media `id` is the numeric id returned by the media upload.",
        "WhatsApp media ids are digits (e.g. 1192798951408501); anything else is most likely a file name or a placeholder and will not be found.",
        MESSAGES;
    MEDIA_CAPTION_NOT_ALLOWED = LW226 "media-caption-not-allowed" Error,
        "Only image, video and document messages have a caption; audio, stickers and template header media have none.",
        "The Audio and Sticker objects have no caption member, and the Parameter section says caption is not supported (not allowed) in template headers: the request is rejected.",
        "LINK WhatsApp Message API 1.6.1, Audio message, Sticker message, Parameter (Caption is not supported)";
    MEDIA_CAPTION_IN_INTERACTIVE_HEADER = LW227 "media-caption-in-interactive-header" Warning,
        "An interactive header's media has no caption; the body text describes it.",
        "LINK's Interactive media table lists `caption` (\"Describes the media\"), but WhatsApp shows no caption on header media: the text is silently dropped.",
        "LINK WhatsApp Message API 1.6.1, Interactive media";
    MEDIA_CAPTION_TOO_LONG = LW228 "media-caption-too-long" Error,
        "A media caption is at most 1024 characters (Unicode scalar values).",
        "Meta rejects longer captions. The LINK document states no limit; the Cloud API reference does.",
        CR_MEDIA;
    MEDIA_FILENAME_NOT_DOCUMENT = LW229 "media-filename-not-document" Error,
        "Only a document has a `filename`.",
        "The Image, Audio, Video and Sticker objects have no filename member (\"Use only with document media\"): the request is rejected.",
        "LINK WhatsApp Message API 1.6.1, Document message, Interactive media";
    MEDIA_VOICE_NOT_AUDIO = LW230 "media-voice-not-audio" Error,
        "Only an audio message has `voice`.",
        "`voice` is a member of the Audio object only (LINK 1.6.1); elsewhere it is an unknown parameter.",
        "LINK WhatsApp Message API 1.6.1, Audio message";
    MEDIA_VOICE_NOT_OGG_OPUS = LW231 "media-voice-not-ogg-opus" Warning,
        "An audio message with `voice: true` links an OGG file with the OPUS codec (`.ogg` or `.opus`).",
        "Voice messages must be Ogg files encoded with the OPUS codec; judged by the link's extension only, another format is not played as a voice message.",
        "LINK WhatsApp Message API 1.6.1, Audio message (voice)";
    MEDIA_FORMAT_UNSUPPORTED = LW232 "media-format-unsupported" Warning,
        "A media link's file extension is a supported format: image JPEG/PNG (≤ 5 MB); audio AAC/AMR/MP3/M4A/MP4/MPEG/OGG-OPUS (≤ 16 MB); video MP4/3GPP (≤ 16 MB); sticker WebP (≤ 100 KB static, ≤ 500 KB animated); document any (≤ 100 MB; in Cloud API JSON the types Meta lists: .txt, .xls, .xlsx, .doc, .docx, .ppt, .pptx, .pdf).",
        "Meta refuses other formats when it fetches the file and the message fails. Only the extension is checked (ignoring query and fragment): neither the MIME type nor the size can be seen offline; plain OGG audio without OPUS is not supported either.",
        "LINK WhatsApp Message API 1.6.1, Terms and glossary (media formats); Cloud API field reference, media limits";
    MEDIA_PROVIDER_NOT_ALLOWED = LW233 "media-provider-not-allowed" Error,
        "`provider` is used only in interactive message header media.",
        "Only the Interactive media object defines `provider.name`; in media messages and template parameters it is an unknown parameter.",
        "LINK WhatsApp Message API 1.6.1, Interactive media";
    MEDIA_PROVIDER_WITHOUT_LINK = LW234 "media-provider-without-link" Warning,
        "`provider` is used together with `link`.",
        "The provider tells WhatsApp how to fetch a link that needs extra configuration (e.g. a bearer token); with an uploaded media `id` it is ignored.",
        "LINK WhatsApp Message API 1.6.1, Interactive media (provider.name)";
    TEMPLATE_DOCUMENT_NOT_PDF = LW235 "template-document-not-pdf" Warning,
        "A template header document links a PDF file.",
        "PDF is the only supported format for template document parameters; judged by the link's extension only.",
        "LINK WhatsApp Message API 1.6.1, Parameter (Document parameter: PDF is the only supported format)";
    DOCUMENT_FILENAME_WITHOUT_EXTENSION = LW236 "document-filename-without-extension" Warning,
        "A document's `filename` ends in a file extension (e.g. `invoice.pdf`).",
        "The extension drives the file-type icon and the app that opens the file on the recipient's phone; without one the file may not open.",
        "Cloud API field reference, Document limits (filename)";
    DOCUMENT_FILENAME_EXTENSION_MISMATCH = LW237 "document-filename-extension-mismatch" Warning,
        "A document's `filename` has the same extension as its `link`.",
        "The recipient's phone picks the app by the filename's extension: a PDF named `.docx` is opened by the wrong app.",
        "Cloud API field reference, Document limits (filename)";
    MEDIA_ID_NOT_ACCEPTED = LW238 "media-id-not-accepted" Error,
        "With the media policy `link-only`, media are given by public `link`, never by uploaded `id`.",
        "LINK 1.4.2 had no media ids, and the provider of the Cloud API reference accepts \"never a media id\": the send fails.",
        "Cloud API field reference, media objects (link only); LINK WhatsApp Message API 1.4.2, Image message";
    MEDIA_PROVIDER_NOT_IN_CLOUD = LW239 "media-provider-not-in-cloud" Error,
        "In Cloud API JSON a media object has no `provider`.",
        "Meta's media object: `provider` is \"Optional. On-Premises API only.\" The Cloud API fetches `link` directly and rejects the unknown parameter; LINK interactive headers accept it (LW233).",
        "Meta Cloud API reference, Messages: Media object; Service4U WhatsApp API, Media Messages";
}

/// Where a media object appears: decides which members it may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MediaContext {
    /// The member of an image/audio/video/document/sticker message.
    Message,
    /// A template header parameter (`parameters[].image` …): no caption; documents are PDF.
    TemplateHeader,
    /// An interactive message header (`header.image` …): no caption; may carry `provider`.
    InteractiveHeader,
}

pub(crate) static MEDIA: Shape = Shape {
    cache: Shape::cache(),
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

pub(crate) static PROVIDER: Shape =
    Shape { cache: Shape::cache(), name: "`provider`", fields: &[opt("name", Ty::Str)] };

/// Checks the member named `kind` of a media message.
pub(crate) fn check_message(cx: &mut Cx, msg: &Obj<'_>, kind: &str) {
    if let Some((value, path)) = msg.get(kind) {
        check_media(cx, value, &path, kind, MediaContext::Message);
    }
}

/// Checks one media object of kind `kind` (`image`, `audio`, `video`, `document`, `sticker`) at
/// `path`, as allowed in `context`: exactly one of `id`/`link`, the link's scheme and file format,
/// caption, filename, voice and provider.
pub(crate) fn check_media(cx: &mut Cx, value: &Value, path: &Path, kind: &str, context: MediaContext) {
    let Some(media) = cx.object(value, path, &MEDIA) else { return };
    let kind = Kind::parse(kind);
    // A placeholder `id` or `link` (`{{media_image_url}}`, `MEDIA-OBJECT-ID`) is reported by
    // LW508 and left out by the getters: only the members' presence is checked then.
    check_reference(cx, &media, path);
    if cx.media == MediaPolicy::LinkOnly && media.has("id") {
        cx.report(
            &MEDIA_ID_NOT_ACCEPTED,
            media.path_of("id"),
            Finding::Other("a media `id` is not accepted here".into()),
        )
        .help("upload the file to a public https URL and give it as `link`");
    }
    let link = media.str("link").map(|(l, _)| l.trim()).filter(|l| !l.is_empty());
    let has_provider = media.has("provider");
    if let Some((raw, link_path)) = media.str("link")
        && !raw.trim().is_empty()
    {
        let provider_form = context == MediaContext::InteractiveHeader && has_provider;
        check_link_scheme(cx, raw.trim(), link_path, provider_form);
    }
    check_caption(cx, &media, kind, context);
    check_filename(cx, &media, kind, link);
    check_voice(cx, &media, kind, link);
    if has_provider {
        check_provider(cx, &media, context);
    }
    let (Some(kind), Some(link)) = (kind, link) else { return };
    let Some(ext) = link_extension(link) else { return };
    let link_path = media.path_of("link");
    // A voice message's format is judged by LW231 alone.
    let voice_message = kind == Kind::Audio && is_voice(&media);
    if kind == Kind::Document && context == MediaContext::TemplateHeader {
        if !ext.eq_ignore_ascii_case("pdf") {
            cx.report(
                &TEMPLATE_DOCUMENT_NOT_PDF,
                link_path,
                Finding::Other(format!(
                    "the template header document links a `.{}` file; PDF is the only supported format",
                    quote(ext)
                )),
            )
            .help("link a `.pdf` file");
        }
    } else if cx.dialect == Dialect::Cloud && kind == Kind::Document && !format::cloud_document(ext) {
        cx.report(
            &MEDIA_FORMAT_UNSUPPORTED,
            link_path,
            Finding::Other(format!(
                "the document link ends in `.{}`, not a type Meta lists ({})",
                quote(ext),
                format::CLOUD_DOCUMENT_FORMATS
            )),
        )
        .help(format!("convert the file to {}", format::CLOUD_DOCUMENT_FORMATS));
    } else if !kind.supports(ext) && !voice_message {
        cx.report(
            &MEDIA_FORMAT_UNSUPPORTED,
            link_path,
            Finding::Other(format!(
                "the {} link ends in `.{}`, not a supported format ({})",
                kind.name(),
                quote(ext),
                kind.formats()
            )),
        )
        .help(match kind.other_for(ext) {
            Some(other) => format!("convert the file, or send it as `{}`", other.name()),
            None => format!("convert the file to {}", kind.formats()),
        });
    }
}

/// True for `voice: true`.
fn is_voice(media: &Obj<'_>) -> bool {
    media.bool("voice").is_some_and(|(v, _)| v)
}

/// LW220, LW222–LW225: one of `id` and `link`, neither empty nor padded; an id is numeric.
fn check_reference(cx: &mut Cx, media: &Obj<'_>, path: &Path) {
    match (media.has("id"), media.has("link")) {
        (true, true) => {
            cx.report(
                &MEDIA_ID_AND_LINK,
                media.path_of("link"),
                Finding::Other("both `id` and `link` are set; use only one".into()),
            )
            .help("keep `id` for uploaded media or `link` for hosted media, not both");
        }
        (false, false) => {
            cx.report(&MEDIA_ID_AND_LINK, *path, Finding::MissingOneOf { members: &["id", "link"] })
                .help("give the uploaded media's `id` or a `link` to the hosted file");
        }
        _ => {}
    }
    for key in ["id", "link"] {
        let Some((s, p)) = media.str(key) else { continue };
        let trimmed = s.trim();
        if trimmed.is_empty() {
            cx.report(
                &MEDIA_REFERENCE_EMPTY,
                p,
                Finding::TooShort {
                    subject: if key == "id" { "`id`" } else { "`link`" },
                    actual: 0,
                    min: 1,
                    unit: Unit::Chars,
                },
            );
            continue;
        }
        if trimmed.len() != s.len() {
            cx.report(
                &MEDIA_REFERENCE_WHITESPACE,
                p,
                Finding::Other(format!("`{key}` has leading or trailing white space")),
            )
            .help("remove the white space")
            .fix_trim(p, s);
        } else if key == "link" && s.contains(char::is_whitespace) {
            cx.report(&MEDIA_REFERENCE_WHITESPACE, p, Finding::Other("`link` contains white space".into()))
                .help("percent-encode spaces as `%20`");
        }
        if key == "id" {
            if has_http_scheme(trimmed) || trimmed.starts_with("www.") {
                cx.report(&MEDIA_ID_LOOKS_LIKE_LINK, p, Finding::Other("`id` holds a URL, not a media id".into()))
                    .help(if media.has("link") {
                        "remove `id`; the URL belongs in `link`"
                    } else {
                        "rename `id` to `link`"
                    });
            } else if !trimmed.bytes().all(|b| b.is_ascii_digit()) {
                cx.report(
                    &MEDIA_ID_NOT_NUMERIC,
                    p,
                    Finding::Other("`id` is not a number; media ids are the digits returned by the upload".into()),
                );
            }
        }
    }
}

/// LW221: the link is an http(s) URL (or `<provider>/http(s)://…` in an interactive header with a
/// provider).
fn check_link_scheme(cx: &mut Cx, link: &str, path: Path, provider_form: bool) {
    if has_http_scheme(link) {
        return;
    }
    if provider_form
        && let Some((prefix, rest)) = link.split_once('/')
        && !prefix.is_empty()
        && !prefix.contains(':')
        && has_http_scheme(rest)
    {
        return;
    }
    let (message, help) = if let Some(i) = link.find("://") {
        (
            format!("`link` uses the `{}` scheme; media links begin with `http://` or `https://`", quote(&link[..i])),
            "host the file on an `https://` URL",
        )
    } else if link.bytes().all(|b| b.is_ascii_digit()) {
        ("`link` holds a number, not a URL".to_owned(), "an uploaded media's number goes in `id`")
    } else if link.starts_with('/') || link.starts_with('.') {
        (
            "`link` is a relative path; media links are absolute `http://` or `https://` URLs".to_owned(),
            "give the full URL, starting with `https://`",
        )
    } else {
        ("`link` does not begin with `http://` or `https://`".to_owned(), "start the link with `https://`")
    };
    cx.report(&MEDIA_LINK_NOT_HTTP, path, Finding::Other(message)).help(help);
}

/// LW226–LW228: where a caption may be, and its length.
fn check_caption(cx: &mut Cx, media: &Obj<'_>, kind: Option<Kind>, context: MediaContext) {
    let Some((caption, path)) = media.str("caption") else { return };
    let kind_name = kind.map_or("media object", Kind::name);
    match context {
        MediaContext::TemplateHeader => {
            cx.report(
                &MEDIA_CAPTION_NOT_ALLOWED,
                path,
                Finding::Other(format!("a template header {kind_name} has no caption; caption is not supported there")),
            )
            .help("remove `caption`; put the text in the template's body");
            return;
        }
        _ if kind.is_some_and(|k| !k.takes_caption()) => {
            let message = if kind == Some(Kind::Sticker) { "a sticker has no caption" } else { "audio has no caption" };
            cx.report(&MEDIA_CAPTION_NOT_ALLOWED, path, Finding::Other(message.into()))
                .help("remove `caption`; send the text as a separate text message");
            return;
        }
        MediaContext::InteractiveHeader => {
            cx.report(
                &MEDIA_CAPTION_IN_INTERACTIVE_HEADER,
                path,
                Finding::Other("the caption of an interactive header's media is not shown".into()),
            )
            .help("remove `caption`; say it in the interactive body");
        }
        MediaContext::Message => {}
    }
    if caption.len() > CAPTION_MAX {
        let n = chars(caption);
        if n > CAPTION_MAX {
            cx.report(
                &MEDIA_CAPTION_TOO_LONG,
                path,
                Finding::TooLong { subject: "the caption", actual: n, max: CAPTION_MAX, unit: Unit::Chars },
            );
        }
    }
}

/// LW229, LW236, LW237: `filename` only on documents, with an extension that matches the link's.
fn check_filename(cx: &mut Cx, media: &Obj<'_>, kind: Option<Kind>, link: Option<&str>) {
    let Some((name, path)) = media.str("filename") else { return };
    match kind {
        Some(Kind::Document) | None => {}
        Some(other) => {
            cx.report(
                &MEDIA_FILENAME_NOT_DOCUMENT,
                path,
                Finding::Other(format!("`filename` is only for documents, not for {}", plural(other))),
            )
            .help("remove `filename`");
            return;
        }
    }
    if name.trim().is_empty() {
        return;
    }
    match (file_extension(name), link.and_then(link_extension)) {
        (None, link_ext) => {
            cx.report(
                &DOCUMENT_FILENAME_WITHOUT_EXTENSION,
                path,
                Finding::Other("`filename` has no file extension".into()),
            )
            .help(match link_ext {
                Some(ext) => format!("end it in `.{}`, like the link", quote(ext)),
                None => "end it in the file's extension, e.g. `.pdf`".into(),
            });
        }
        (Some(name_ext), Some(link_ext))
            if !name_ext.eq_ignore_ascii_case(link_ext) && !same_format(name_ext, link_ext) =>
        {
            cx.report(
                &DOCUMENT_FILENAME_EXTENSION_MISMATCH,
                path,
                Finding::Other(format!(
                    "`filename` ends in `.{}` but the link's file ends in `.{}`",
                    quote(name_ext),
                    quote(link_ext)
                )),
            )
            .help(format!("name the file `….{}`", quote(link_ext)));
        }
        _ => {}
    }
}

/// Extensions that name the same format.
fn same_format(a: &str, b: &str) -> bool {
    const SYNONYMS: &[&[&str]] = &[&["jpg", "jpeg"], &["htm", "html"], &["tif", "tiff"], &["3gp", "3gpp"]];
    SYNONYMS
        .iter()
        .any(|set| set.iter().any(|s| s.eq_ignore_ascii_case(a)) && set.iter().any(|s| s.eq_ignore_ascii_case(b)))
}

fn plural(kind: Kind) -> &'static str {
    match kind {
        Kind::Image => "images",
        Kind::Audio => "audio",
        Kind::Video => "videos",
        Kind::Document => "documents",
        Kind::Sticker => "stickers",
    }
}

/// LW230, LW231: `voice` only on audio; a voice message links an OGG/OPUS file.
fn check_voice(cx: &mut Cx, media: &Obj<'_>, kind: Option<Kind>, link: Option<&str>) {
    if !media.has("voice") {
        return;
    }
    match kind {
        Some(Kind::Audio) | None => {}
        Some(other) => {
            cx.report(
                &MEDIA_VOICE_NOT_AUDIO,
                media.path_of("voice"),
                Finding::Other(format!("`voice` is only for audio, not for {}", plural(other))),
            )
            .help("remove `voice`, or send an `audio` message");
            return;
        }
    }
    if !is_voice(media) {
        return;
    }
    let Some(ext) = link.and_then(link_extension) else { return };
    if !ext.eq_ignore_ascii_case("ogg") && !ext.eq_ignore_ascii_case("opus") {
        cx.report(
            &MEDIA_VOICE_NOT_OGG_OPUS,
            media.path_of("link"),
            Finding::Other(format!(
                "a voice message links a `.{}` file; voice messages are OGG files with the OPUS codec",
                quote(ext)
            )),
        )
        .help("encode the audio as OGG/OPUS (`.ogg` or `.opus`), or set `voice` to false");
    }
}

/// LW233, LW234: `provider` only in interactive headers, and only with `link`; LW239: never in
/// Cloud API JSON.
fn check_provider(cx: &mut Cx, media: &Obj<'_>, context: MediaContext) {
    let path = media.path_of("provider");
    if cx.dialect == Dialect::Cloud {
        cx.report(
            &MEDIA_PROVIDER_NOT_IN_CLOUD,
            path,
            Finding::Other("`provider` is an On-Premises API member; the Cloud API has none".into()),
        )
        .help("remove `provider`; the Cloud API fetches `link` directly, which must be publicly accessible");
        return;
    }
    if context != MediaContext::InteractiveHeader {
        let place = match context {
            MediaContext::Message => "a media message",
            _ => "a template parameter",
        };
        cx.report(
            &MEDIA_PROVIDER_NOT_ALLOWED,
            path,
            Finding::Other(format!("`provider` is only for interactive header media, not for {place}")),
        )
        .help("remove `provider`; the link must be directly accessible");
        return;
    }
    if let Some(provider) = media.obj(cx, "provider", &PROVIDER)
        && !media.has("link")
    {
        cx.report(
            &MEDIA_PROVIDER_WITHOUT_LINK,
            provider.path,
            Finding::Other("`provider` is used only with `link`; with an `id` it is ignored".into()),
        )
        .help("remove `provider`");
    }
}

#[cfg(test)]
mod tests;
