use super::{BadUrl, scan_urls};
use crate::rules::testing::*;

fn text(body: &str) -> String {
    format!(r#"{{"type": "text", "text": {{"body": {}}}}}"#, serde_json::Value::from(body))
}

fn preview(body: &str) -> String {
    format!(r#"{{"type": "text", "previewUrl": true, "text": {{"body": {}}}}}"#, serde_json::Value::from(body))
}

#[test]
fn a_plain_text_message_is_clean() {
    assert_clean(&text("Your order has shipped."));
    assert_clean(&preview("Track it at https://example.com/track?id=1."));
}

#[test]
fn body_is_required_and_a_string() {
    let d = assert_reports(r#"{"type": "text", "text": {}}"#, "LW007");
    assert_eq!(d[0].path.to_string(), "/text/body");
    assert_reports(r#"{"type": "text", "text": {"body": 5}}"#, "LW006");
}

#[test]
fn body_empty() {
    let d = assert_reports(&text(""), "LW200");
    assert_eq!(d[0].path.to_string(), "/text/body");
    assert_eq!(d[0].message, "`text.body` is empty; at least 1 character required");
    let d = assert_reports(&text(" \n\t"), "LW200");
    assert_eq!(d[0].message, "`text.body` is only white space");
    assert_not_reported(&text("."), "LW200");
}

#[test]
fn body_too_long_counts_characters() {
    let d = assert_reports(&text(&"é".repeat(4097)), "LW201");
    assert_eq!(d[0].path.to_string(), "/text/body");
    assert_eq!(d[0].message, "`text.body` is 4097 characters; the limit is 4096");
    // 4096 two-byte characters are 8192 bytes but within the limit.
    assert_not_reported(&text(&"é".repeat(4096)), "LW201");
}

#[test]
fn preview_url_inside_text_is_misplaced() {
    let d = assert_reports(r#"{"type": "text", "text": {"body": "https://example.com", "previewUrl": true}}"#, "LW202");
    assert_eq!(d[0].path.to_string(), "/text/previewUrl");
    assert_eq!(d[0].message, "`previewUrl` belongs beside `text` in a LINK message, not inside it");
    assert_eq!(d[0].help.as_deref(), Some("move it out of `text` as `\"previewUrl\": true`"));
    let d =
        assert_reports(r#"{"type": "text", "text": {"body": "https://example.com", "preview_url": false}}"#, "LW202");
    assert_eq!(d[0].path.to_string(), "/text/preview_url");
    assert_eq!(
        d[0].message,
        "`text.preview_url` is the Cloud API spelling; a LINK message sets `previewUrl` beside `text`"
    );
    let d = assert_reports(
        r#"{"type": "text", "previewUrl": true, "text": {"body": "https://example.com", "preview_url": true}}"#,
        "LW202",
    );
    assert_eq!(d[0].help.as_deref(), Some("remove `text.preview_url`; the message already sets `previewUrl`"));
    // Issue 13, D7: a value that is not a boolean is not copied into the help.
    let d = assert_reports(
        r#"{"type": "text", "text": {"body": "Your code is 482913", "previewUrl": "Your code is 482913"}}"#,
        "LW202",
    );
    assert_eq!(d[0].help.as_deref(), Some("move it out of `text` as a boolean `previewUrl`"));
    // Reported once, by this rule, not also as an unknown member.
    assert_not_reported(r#"{"type": "text", "text": {"body": "https://example.com", "previewUrl": true}}"#, "LW005");
    assert_not_reported(r#"{"type": "text", "previewUrl": true, "text": {"body": "https://example.com"}}"#, "LW202");
}

#[test]
fn urls_without_scheme() {
    let d = assert_reports(&text("See www.example.com for details"), "LW203");
    assert_eq!(d[0].path.to_string(), "/text/body");
    assert_eq!(
        d[0].message,
        "a URL at character 5 of `text.body` has no `http://` or `https://`; it is not linked and gets no preview"
    );
    assert_eq!(d[0].help.as_deref(), Some("start the URL with `https://`"));
    assert_not_reported(&text("See https://www.example.com for details"), "LW203");

    let d = assert_reports(&text("Ünïcode (example.com/offer) and www.example.org."), "LW203");
    assert!(d[0].message.contains("character 10") && d[0].message.contains("(and 1 more)"), "{}", d[0].message);
    let d = assert_reports(&text("Get it at ftp://files.example.com/a.zip"), "LW203");
    assert!(d[0].message.starts_with("a `ftp://` URL at character 11"), "{}", d[0].message);
    assert_not_reported(&text("Get it at HTTPS://files.example.com/a.zip"), "LW203");
}

#[test]
fn url_scanner_leaves_ordinary_words_alone() {
    for body in ["e.g. this", "and/or", "v1.2/3", "Node.js is fine", "12/05/2025", "mail me@example.com", "a://"] {
        let urls = scan_urls(body);
        assert_eq!((urls.http, urls.bad), (0, 0), "{body}");
    }
    let urls = scan_urls("(https://a.example) link:https://b.example www.c.example myapp://open");
    assert_eq!((urls.http, urls.bad), (2, 2));
    assert_eq!(urls.first_bad, Some((43, BadUrl::NoScheme)));
}

#[test]
fn preview_without_url() {
    let d = assert_reports(&preview("No link here"), "LW204");
    assert_eq!(d[0].path.to_string(), "/previewUrl");
    assert_reports(&preview("Only www.example.com"), "LW204");
    assert_not_reported(&preview("Here: http://example.com"), "LW204");
    assert_not_reported(r#"{"type": "text", "previewUrl": false, "text": {"body": "No link here"}}"#, "LW204");
}

#[test]
fn any_character_may_come_before_a_url_scheme() {
    // Issue 13, D1: the scheme's start was computed one byte after a multi-byte character.
    for body in ["詳細はhttps://example.jp/sale", "Deals 👉https://shop.example.com/offers", "é://x", "ü𝄞://y/z"]
    {
        let _ = crate::lint_str(&text(body));
    }
    assert_not_reported(&preview("詳細はhttps://example.jp/sale"), "LW204");
    assert_not_reported(&preview("Deals 👉https://shop.example.com/offers"), "LW204");
    let urls = scan_urls("見るftp://files.example.com/a");
    assert_eq!((urls.http, urls.bad), (0, 1));
    assert_eq!(urls.first_bad, Some((0, BadUrl::Scheme("ftp"))));
}
