use super::{MediaContext, check_media};
use crate::Diagnostic;
use crate::rules::cx::Cx;
use crate::rules::path::Path;
use crate::rules::testing::*;

/// A media message of `kind` with the members `body` (JSON object contents).
fn msg(kind: &str, body: &str) -> String {
    format!(r#"{{"type": "{kind}", "{kind}": {{{body}}}}}"#)
}

/// Diagnostics of `check_media` on `json` as a `kind` object in `context`, at path `/m`.
fn media_in(context: MediaContext, kind: &str, json: &str) -> Vec<Diagnostic> {
    let text = format!(r#"{{"m": {json}}}"#);
    let arena = crate::json::tree::Bump::new();
    let (doc, _) = crate::json::tree::parse(&text, &arena).unwrap();
    let mut cx = Cx::new(&doc, Default::default(), Default::default());
    check_media(&mut cx, &doc["m"], &Path::at(&doc["m"]), kind, context);
    cx.finish().into_iter().map(|f| f.diagnostic).collect()
}

fn codes_in(context: MediaContext, kind: &str, json: &str) -> Vec<&'static str> {
    media_in(context, kind, json).iter().map(|d| d.code).collect()
}

#[test]
fn the_documents_examples_are_clean() {
    assert_clean(&msg("image", r#""id": "1192798951408501", "caption": "Your image caption!""#));
    assert_clean(&msg("image", r#""link": "https://example.com/image.jpg", "caption": "Your image caption!""#));
    assert_clean(&msg("audio", r#""link": "https://example.com/audio.mp4""#));
    assert_clean(&msg("audio", r#""id": "244995494947303", "voice": true"#));
    assert_clean(&msg("video", r#""link": "https://example.com/video.mp4", "caption": "Your video caption""#));
    assert_clean(&msg("document", r#""link": "https://example.com/document.pdf", "filename": "document.pdf""#));
    assert_clean(&msg("sticker", r#""link": "https://www.gstatic.com/webp/gallery/2.webp""#));
}

#[test]
fn id_and_link() {
    let d = assert_reports(&msg("image", r#""id": "1", "link": "https://example.com/a.png""#), "LW220");
    assert_eq!(d[0].path.to_string(), "/image/link");
    let d = assert_reports(&msg("image", r#""caption": "hi""#), "LW220");
    assert_eq!(d[0].path.to_string(), "/image");
    assert_eq!(d[0].message, "one of `id` or `link` is required");
    assert_not_reported(&msg("image", r#""id": "1""#), "LW220");
}

#[test]
fn link_scheme() {
    let d = assert_reports(&msg("image", r#""link": "www.example.com/a.png""#), "LW221");
    assert_eq!(d[0].path.to_string(), "/image/link");
    assert_eq!(d[0].message, "`link` does not begin with `http://` or `https://`");
    let d = assert_reports(&msg("image", r#""link": "ftp://example.com/a.png""#), "LW221");
    assert!(d[0].message.contains("`ftp` scheme"), "{}", d[0].message);
    let d = assert_reports(&msg("image", r#""link": "/images/a.png""#), "LW221");
    assert!(d[0].message.contains("relative path"), "{}", d[0].message);
    let d = assert_reports(&msg("image", r#""link": "1192798951408501""#), "LW221");
    assert_eq!(d[0].help.as_deref(), Some("an uploaded media's number goes in `id`"));
    assert_not_reported(&msg("image", r#""link": "HTTP://example.com/a.png""#), "LW221");
}

#[test]
fn provider_form_of_link_only_in_interactive_headers() {
    let link = r#"{"link": "my-provider/https://example.com/a.png", "provider": {"name": "my-provider"}}"#;
    assert!(!codes_in(MediaContext::InteractiveHeader, "image", link).contains(&"LW221"));
    let no_provider = r#"{"link": "my-provider/https://example.com/a.png"}"#;
    assert!(codes_in(MediaContext::InteractiveHeader, "image", no_provider).contains(&"LW221"));
}

#[test]
fn empty_and_padded_references() {
    let d = assert_reports(&msg("image", r#""id": """#), "LW222");
    assert_eq!(d[0].path.to_string(), "/image/id");
    assert_not_reported(&msg("image", r#""id": "1""#), "LW222");
    let d = assert_reports(&msg("sticker", r#""id": " 1361277605137496""#), "LW223");
    assert_eq!(d[0].message, "`id` has leading or trailing white space");
    let d = assert_reports(&msg("image", r#""link": "https://example.com/my photo.png""#), "LW223");
    assert_eq!(d[0].help.as_deref(), Some("percent-encode spaces as `%20`"));
    assert_not_reported(&msg("image", r#""link": "https://example.com/my%20photo.png""#), "LW223");
}

#[test]
fn id_holding_a_url_or_a_name() {
    let d = assert_reports(&msg("image", r#""id": "https://example.com/a.png""#), "LW224");
    assert_eq!(d[0].help.as_deref(), Some("rename `id` to `link`"));
    assert_not_reported(&msg("image", r#""id": "1192798951408501""#), "LW224");
    assert_reports(&msg("image", r#""id": "photo.png""#), "LW225");
    assert_not_reported(&msg("image", r#""id": "<MEDIA_ID>""#), "LW225");
    assert_not_reported(&msg("image", r#""id": "1192798951408501""#), "LW225");
}

#[test]
fn caption_only_on_image_video_document() {
    for kind in ["audio", "sticker"] {
        let d = assert_reports(&msg(kind, r#""id": "1", "caption": "hi""#), "LW226");
        assert_eq!(d[0].path.to_string(), format!("/{kind}/caption"));
        assert_not_reported(&msg(kind, r#""id": "1""#), "LW226");
    }
    let d = assert_reports(&msg("sticker", r#""id": "1", "caption": "hi""#), "LW226");
    assert_eq!(d[0].message, "a sticker has no caption");
    for kind in ["image", "video", "document"] {
        assert_not_reported(&msg(kind, r#""id": "1", "caption": "hi""#), "LW226");
    }
}

#[test]
fn caption_in_headers() {
    let with = r#"{"id": "1", "caption": "hi"}"#;
    let without = r#"{"id": "1"}"#;
    let d = media_in(MediaContext::TemplateHeader, "image", with);
    assert_eq!(d[0].code, "LW226");
    assert_eq!(d[0].path.to_string(), "/m/caption");
    assert_eq!(d[0].message, "a template header image has no caption; caption is not supported there");
    assert!(codes_in(MediaContext::TemplateHeader, "image", without).is_empty());
    assert_eq!(codes_in(MediaContext::InteractiveHeader, "video", with), ["LW227"]);
    assert!(codes_in(MediaContext::InteractiveHeader, "video", without).is_empty());
}

#[test]
fn caption_length() {
    let long = "ü".repeat(1025);
    let d = assert_reports(&msg("image", &format!(r#""id": "1", "caption": "{long}""#)), "LW228");
    assert_eq!(d[0].message, "the caption is 1025 characters; the limit is 1024");
    assert_not_reported(&msg("image", &format!(r#""id": "1", "caption": "{}""#, &long[2..])), "LW228");
}

#[test]
fn filename_only_on_documents() {
    let d = assert_reports(&msg("image", r#""id": "1", "filename": "a.png""#), "LW229");
    assert_eq!(d[0].path.to_string(), "/image/filename");
    assert_eq!(d[0].message, "`filename` is only for documents, not for images");
    assert_not_reported(&msg("document", r#""id": "1", "filename": "a.pdf""#), "LW229");
    assert_eq!(codes_in(MediaContext::InteractiveHeader, "video", r#"{"id": "1", "filename": "a.mp4"}"#), ["LW229"]);
    assert!(codes_in(MediaContext::InteractiveHeader, "document", r#"{"id": "1", "filename": "a.pdf"}"#).is_empty());
}

#[test]
fn voice_only_on_audio() {
    let d = assert_reports(&msg("video", r#""id": "1", "voice": true"#), "LW230");
    assert_eq!(d[0].path.to_string(), "/video/voice");
    assert_not_reported(&msg("audio", r#""id": "1", "voice": true"#), "LW230");
}

#[test]
fn voice_needs_ogg_opus() {
    let d = assert_reports(&msg("audio", r#""link": "https://example.com/note.mp3", "voice": true"#), "LW231");
    assert_eq!(d[0].path.to_string(), "/audio/link");
    assert_eq!(d[0].message, "a voice message links a `.mp3` file; voice messages are OGG files with the OPUS codec");
    assert_not_reported(&msg("audio", r#""link": "https://example.com/note.ogg?sig=1", "voice": true"#), "LW231");
    assert_not_reported(&msg("audio", r#""link": "https://example.com/note.opus", "voice": true"#), "LW231");
    assert_not_reported(&msg("audio", r#""link": "https://example.com/note.mp3", "voice": false"#), "LW231");
    // Judged by the voice rule alone, not also as an unsupported audio format.
    assert_not_reported(&msg("audio", r#""link": "https://example.com/note.wav", "voice": true"#), "LW232");
}

#[test]
fn formats_by_extension() {
    let d = assert_reports(&msg("image", r#""link": "https://example.com/a.gif""#), "LW232");
    assert_eq!(d[0].path.to_string(), "/image/link");
    assert_eq!(d[0].message, "the image link ends in `.gif`, not a supported format (JPEG or PNG, at most 5 MB)");
    let d = assert_reports(&msg("image", r#""link": "https://example.com/clip.mp4""#), "LW232");
    assert_eq!(d[0].help.as_deref(), Some("convert the file, or send it as `video`"));
    for (kind, good, bad) in [
        ("image", "a.JPEG", "a.webp"),
        ("audio", "a.m4a", "a.wav"),
        ("video", "a.3gp", "a.mov"),
        ("sticker", "a.webp", "a.png"),
    ] {
        assert_reports(&msg(kind, &format!(r#""link": "https://example.com/{bad}""#)), "LW232");
        assert_not_reported(&msg(kind, &format!(r#""link": "https://example.com/{good}#x""#)), "LW232");
    }
    assert_not_reported(&msg("document", r#""link": "https://example.com/a.zip""#), "LW232");
    assert_not_reported(&msg("image", r#""link": "https://example.com/media/123?format=gif""#), "LW232");
}

#[test]
fn provider_only_in_interactive_headers() {
    let with = r#"{"link": "https://example.com/a.png", "provider": {"name": "p"}}"#;
    let d = media_in(MediaContext::Message, "image", with);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), ["LW233"]);
    assert_eq!(d[0].path.to_string(), "/m/provider");
    assert_eq!(codes_in(MediaContext::TemplateHeader, "image", with), ["LW233"]);
    assert!(codes_in(MediaContext::InteractiveHeader, "image", with).is_empty());
    assert!(
        codes_in(
            MediaContext::InteractiveHeader,
            "image",
            r#"{"provider": {"nam": "p"}, "link": "https://a.example/b"}"#
        )
        .contains(&"LW005")
    );
}

#[test]
fn provider_needs_a_link() {
    let d = media_in(MediaContext::InteractiveHeader, "image", r#"{"id": "1", "provider": {"name": "p"}}"#);
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), ["LW234"]);
    assert_eq!(d[0].path.to_string(), "/m/provider");
    assert!(
        codes_in(
            MediaContext::InteractiveHeader,
            "image",
            r#"{"link": "https://a.example/b.png", "provider": {"name": "p"}}"#
        )
        .is_empty()
    );
}

#[test]
fn template_documents_are_pdf() {
    let d = media_in(
        MediaContext::TemplateHeader,
        "document",
        r#"{"link": "https://example.com/a.docx", "filename": "a.docx"}"#,
    );
    assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), ["LW235"]);
    assert_eq!(d[0].path.to_string(), "/m/link");
    assert!(
        codes_in(
            MediaContext::TemplateHeader,
            "document",
            r#"{"link": "https://example.com/a.PDF?v=2", "filename": "a.pdf"}"#
        )
        .is_empty()
    );
    // Outside templates any document type goes.
    assert!(
        codes_in(MediaContext::Message, "document", r#"{"link": "https://example.com/a.docx", "filename": "a.docx"}"#)
            .is_empty()
    );
}

#[test]
fn document_filename_extension() {
    let d = assert_reports(&msg("document", r#""link": "https://example.com/a.pdf", "filename": "Invoice""#), "LW236");
    assert_eq!(d[0].path.to_string(), "/document/filename");
    assert_eq!(d[0].help.as_deref(), Some("end it in `.pdf`, like the link"));
    assert_not_reported(&msg("document", r#""link": "https://example.com/a.pdf", "filename": "Invoice.pdf""#), "LW236");

    let d =
        assert_reports(&msg("document", r#""link": "https://example.com/a.pdf", "filename": "Invoice.docx""#), "LW237");
    assert_eq!(d[0].message, "`filename` ends in `.docx` but the link's file ends in `.pdf`");
    assert_not_reported(&msg("document", r#""link": "https://example.com/a.JPG", "filename": "photo.jpeg""#), "LW237");
    assert_not_reported(&msg("document", r#""id": "1", "filename": "Invoice.docx""#), "LW237");
}

#[test]
fn wrong_types_are_left_to_the_shape() {
    let json = msg("image", r#""link": 5"#);
    assert_reports(&json, "LW006");
    assert_not_reported(&json, "LW220");
    assert_not_reported(&json, "LW221");
}

mod policy {
    use crate::{LintOptions, MediaPolicy, lint_str_with};

    #[test]
    fn link_only_refuses_ids() {
        let options = LintOptions { media: MediaPolicy::LinkOnly, ..LintOptions::default() };
        let codes = |json: &str| lint_str_with(json, &options).diagnostics.iter().map(|d| d.code).collect::<Vec<_>>();
        assert!(codes(r#"{"type": "image", "image": {"id": "1234"}}"#).contains(&"LW238"));
        assert!(!codes(r#"{"type": "image", "image": {"link": "https://example.com/a.jpg"}}"#).contains(&"LW238"));
        let any = lint_str_with(r#"{"type": "image", "image": {"id": "1234"}}"#, &LintOptions::default());
        assert!(any.diagnostics.iter().all(|d| d.code != "LW238"));
    }
}

mod cloud {
    use crate::rules::testing::*;

    fn send(kind: &str, media: &str) -> String {
        format!(r#"{{"messaging_product": "whatsapp", "to": "+16505551234", "type": "{kind}", "{kind}": {{{media}}}}}"#)
    }

    #[test]
    fn media_messages_are_checked_as_in_link() {
        assert_clean(&send("image", r#""link": "https://cdn.example.com/a.jpg", "caption": "Receipt""#));
        assert_clean(&send("document", r#""id": "1192798951408501", "filename": "invoice.pdf""#));
        assert_reports(&send("audio", r#""link": "https://cdn.example.com/a.mp3", "caption": "Hi""#), "LW226");
        assert_reports(&send("image", r#""link": "ftp://cdn.example.com/a.jpg""#), "LW221");
        assert_reports(&send("image", r#""caption": "Receipt""#), "LW220");
    }

    #[test]
    fn media_provider_not_in_cloud() {
        let header = |media: &str| {
            format!(
                r#"{{"messaging_product": "whatsapp", "to": "+16505551234", "type": "interactive", "interactive": {{
                "type": "button", "header": {{"type": "image", "image": {{{media}}}}}, "body": {{"text": "Menu"}},
                "action": {{"buttons": [{{"type": "reply", "reply": {{"id": "a", "title": "Order"}}}}]}}}}}}"#
            )
        };
        let with = header(r#""link": "https://cdn.example.com/a.png", "provider": {"name": "cdn"}"#);
        let d = assert_reports(&with, "LW239");
        assert_eq!(d[0].path.to_string(), "/interactive/header/image/provider");
        assert_not_reported(&with, "LW233");
        assert_clean(&header(r#""link": "https://cdn.example.com/a.png""#));
        let d = assert_reports(
            &send("image", r#""link": "https://cdn.example.com/a.png", "provider": {"name": "cdn"}"#),
            "LW239",
        );
        assert_eq!(d[0].path.to_string(), "/image/provider");
        // LINK interactive headers accept it.
        let link = r#"{"type": "interactive", "interactive": {"type": "button", "header": {"type": "image", "image": {"link": "https://cdn.example.com/a.png", "provider": {"name": "cdn"}}}, "body": {"text": "Menu"}, "action": {"buttons": [{"type": "reply", "reply": {"id": "a", "title": "Order"}}]}}}"#;
        assert_not_reported(link, "LW239");
    }

    #[test]
    fn placeholders_replace_format_checks() {
        let json = send("image", r#""link": "{{media_image_url}}""#);
        let d = assert_reports(&json, "LW508");
        assert_eq!(d[0].path.to_string(), "/image/link");
        assert_not_reported(&json, "LW221");
        let json = send("image", r#""id": "MEDIA-OBJECT-ID""#);
        assert_reports(&json, "LW508");
        assert_not_reported(&json, "LW225");
    }
}
