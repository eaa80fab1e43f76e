//! Media kinds, their file formats, and what a link's file extension says about them.
//!
//! Only the extension of a link can be checked offline: the MIME type the server sends and the
//! file's size cannot. Source: LINK WhatsApp Message API 1.6.1, "Terms and glossary" (Image, Audio,
//! Video, Document message formats); Cloud API field reference, media limits.

/// The kind of a media object, named by the member that holds it (`image`, `audio`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Image,
    Audio,
    Video,
    Document,
    Sticker,
}

impl Kind {
    /// The kind named `name`; `None` for anything else (then no kind-specific check runs).
    pub(super) fn parse(name: &str) -> Option<Kind> {
        Some(match name {
            "image" => Kind::Image,
            "audio" => Kind::Audio,
            "video" => Kind::Video,
            "document" => Kind::Document,
            "sticker" => Kind::Sticker,
            _ => return None,
        })
    }

    pub(super) fn name(self) -> &'static str {
        match self {
            Kind::Image => "image",
            Kind::Audio => "audio",
            Kind::Video => "video",
            Kind::Document => "document",
            Kind::Sticker => "sticker",
        }
    }

    /// May carry a caption in a media message (LINK: image, video, document).
    pub(super) fn takes_caption(self) -> bool {
        matches!(self, Kind::Image | Kind::Video | Kind::Document)
    }

    /// The file extensions of the supported formats, lower case; empty for "any".
    pub(super) fn extensions(self) -> &'static [&'static str] {
        match self {
            Kind::Image => &["jpg", "jpeg", "png"],
            // `.ogg` and `.opus` only with the OPUS codec, which the extension cannot tell.
            Kind::Audio => &["aac", "amr", "mp3", "m4a", "mp4", "mpeg", "ogg", "opus"],
            Kind::Video => &["mp4", "3gp", "3gpp"],
            Kind::Sticker => &["webp"],
            Kind::Document => &[],
        }
    }

    /// The supported formats and size limit, in words.
    pub(super) fn formats(self) -> &'static str {
        match self {
            Kind::Image => "JPEG or PNG, at most 5 MB",
            Kind::Audio => "AAC, AMR, MP3, M4A, MP4, MPEG or OGG with the OPUS codec, at most 16 MB",
            Kind::Video => "MP4 or 3GPP with H.264 video and AAC audio, at most 16 MB",
            Kind::Sticker => "WebP, at most 100 KB static or 500 KB animated",
            Kind::Document => "any type, at most 100 MB",
        }
    }

    /// True when `ext` is a supported format (always for documents).
    pub(super) fn supports(self, ext: &str) -> bool {
        let list = self.extensions();
        list.is_empty() || list.iter().any(|e| e.eq_ignore_ascii_case(ext))
    }

    /// The other kind a file with this extension would be sent as, for help.
    pub(super) fn other_for(self, ext: &str) -> Option<Kind> {
        [Kind::Image, Kind::Video, Kind::Audio, Kind::Sticker]
            .into_iter()
            .find(|k| *k != self && k.extensions().iter().any(|e| e.eq_ignore_ascii_case(ext)))
    }
}

/// The file extension of a URL's path, without query string or fragment: `https://x/a.JPG?w=1`
/// gives `JPG`. `None` when the last path segment has no extension.
pub(super) fn link_extension(link: &str) -> Option<&str> {
    let link = link.trim();
    let end = link.find(['?', '#']).unwrap_or(link.len());
    let link = &link[..end];
    let path = match link.find("://") {
        // The host has no extension to speak of: start after it.
        Some(i) => &link[i + 3..][link[i + 3..].find('/')?..],
        None => link,
    };
    file_extension(path.rsplit('/').next().unwrap_or_default())
}

/// The extension of a file name: `report.final.PDF` gives `PDF`; `None` for `report`, `.profile`
/// or an extension that is not short and alphanumeric.
pub(super) fn file_extension(name: &str) -> Option<&str> {
    let (stem, ext) = name.trim().rsplit_once('.')?;
    let plausible = !stem.is_empty() && (1..=5).contains(&ext.len()) && ext.bytes().all(|b| b.is_ascii_alphanumeric());
    plausible.then_some(ext)
}

/// The document types Meta lists for Cloud API document messages, each at most 100 MB (Meta,
/// Document messages, December 2025); LINK's documents accept any type.
const CLOUD_DOCUMENT_EXTENSIONS: &[&str] = &["txt", "xls", "xlsx", "doc", "docx", "ppt", "pptx", "pdf"];

/// The Cloud API document types, in words.
pub(super) const CLOUD_DOCUMENT_FORMATS: &str = "TXT, XLS, XLSX, DOC, DOCX, PPT, PPTX or PDF, at most 100 MB";

/// True when `ext` is a document type Meta lists for the Cloud API.
pub(super) fn cloud_document(ext: &str) -> bool {
    CLOUD_DOCUMENT_EXTENSIONS.iter().any(|e| e.eq_ignore_ascii_case(ext))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_ignore_query_fragment_and_host() {
        assert_eq!(link_extension("https://example.com/a/b.JPG?w=100#top"), Some("JPG"));
        assert_eq!(link_extension("https://example.com/a/b.pdf#page=2"), Some("pdf"));
        assert_eq!(link_extension("https://example.com"), None);
        assert_eq!(link_extension("https://example.com/"), None);
        assert_eq!(link_extension("https://example.com/media/12345"), None);
        assert_eq!(link_extension("https://example.com/download?file=a.png"), None);
        assert_eq!(link_extension("https://cdn.example.com/v1.2/clip"), None);
        assert_eq!(link_extension("provider/https://example.com/clip.3gpp"), Some("3gpp"));
    }

    #[test]
    fn file_names() {
        assert_eq!(file_extension("report.final.PDF"), Some("PDF"));
        assert_eq!(file_extension("report"), None);
        assert_eq!(file_extension(".profile"), None);
        assert_eq!(file_extension("Your document filename"), None);
        assert_eq!(file_extension("Invoice no. 12 of 2025"), None);
    }

    #[test]
    fn kinds_and_formats() {
        assert!(Kind::Image.supports("JPEG"));
        assert!(!Kind::Image.supports("gif"));
        assert!(Kind::Document.supports("zip"));
        assert_eq!(Kind::Image.other_for("mp4"), Some(Kind::Video));
        assert_eq!(Kind::Video.other_for("mp3"), Some(Kind::Audio));
        assert_eq!(Kind::Image.other_for("gif"), None);
    }
}
