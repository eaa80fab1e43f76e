//! The interactive header.

use super::*;
use crate::rules::testing::*;
use serde_json::json;

#[test]
fn header_type_is_known() {
    let d = assert_reports(&set(BUTTON, "/interactive/header/type", json!("img")), "LW410");
    assert_eq!(d[0].path.to_string(), "/interactive/header/type");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `image`?"));
    assert_not_reported(BUTTON, "LW410");
    let d = assert_reports(&remove(BUTTON, "/interactive/header/type"), "LW007");
    at(&d, "/interactive/header/type");
}

#[test]
fn list_headers_are_text_only() {
    let image = json!({"type": "image", "image": {"link": "https://cdn.example.com/a.png"}});
    let d = assert_reports(&set(LIST, "/interactive/header", image.clone()), "LW411");
    assert_eq!(d[0].path.to_string(), "/interactive/header/type");
    assert_eq!(d[0].message, "list message header type `image` is not one of `text`");
    assert_not_reported(LIST, "LW411");
    assert_reports(&set(PRODUCT_LIST, "/interactive/header", image.clone()), "LW411");
    // Button messages take media headers.
    assert_not_reported(&set(BUTTON, "/interactive/header", image), "LW411");
    let video = json!({"type": "video", "video": {"id": "1234"}});
    assert_not_reported(&set(BUTTON, "/interactive/header", video), "LW411");
}

#[test]
fn header_text_length() {
    let d = assert_reports(&set(LIST, "/interactive/header/text", json!("h".repeat(61))), "LW412");
    assert_eq!(d[0].path.to_string(), "/interactive/header/text");
    assert_eq!(d[0].message, "header text is 61 characters; the limit is 60");
    assert_not_reported(&set(LIST, "/interactive/header/text", json!("h".repeat(60))), "LW412");
}

#[test]
fn member_of_another_header_type_is_ignored() {
    let json = set(LIST, "/interactive/header/image", json!({"link": "https://cdn.example.com/a.png"}));
    let d = assert_reports(&json, "LW413");
    assert_eq!(d[0].path.to_string(), "/interactive/header/image");
    assert_not_reported(LIST, "LW413");
}

#[test]
fn member_named_by_header_type_is_required() {
    let d = assert_reports(&remove(BUTTON, "/interactive/header/image"), "LW007");
    assert_eq!(
        at(&d, "/interactive/header/image").help.as_deref(),
        Some("a header of type `image` carries its content in `image`")
    );
    assert_not_reported(BUTTON, "LW007");
}

#[test]
fn header_media_is_checked_as_media() {
    assert_reports(&set(BUTTON, "/interactive/header/image", json!({})), "LW220");
    assert_not_reported(BUTTON, "LW220");
}

#[test]
fn product_list_needs_a_header() {
    let d = assert_reports(&remove(PRODUCT_LIST, "/interactive/header"), "LW007");
    at(&d, "/interactive/header");
    assert_not_reported(&remove(LIST, "/interactive/header"), "LW007");
}

#[test]
fn carousel_has_no_main_header_or_footer() {
    let header = json!({"type": "text", "text": "Arrivals"});
    let d = assert_reports(&set(CAROUSEL_MEDIA, "/interactive/header", header), "LW470");
    assert_eq!(d[0].path.to_string(), "/interactive/header");
    let d = assert_reports(&set(CAROUSEL_PRODUCT, "/interactive/footer", json!({"text": "x"})), "LW470");
    assert_eq!(d[0].path.to_string(), "/interactive/footer");
    assert_not_reported(CAROUSEL_MEDIA, "LW470");
}
