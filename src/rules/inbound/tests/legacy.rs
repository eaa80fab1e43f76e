//! The 1.4.2 alternative receive message.

use super::*;
use crate::rules::testing::*;

const TEXT: &str = include_str!("../../../../fixtures/link/inbound/valid/alternative-text.json");

#[test]
fn the_format_gets_its_legacy_note_and_nothing_else() {
    let d = assert_reports(ALTERNATIVE_MEDIA, "LW680");
    assert_eq!(d[0].path.to_string(), "");
    assert_eq!(codes(TEXT), ["LW680"]);
}

#[test]
fn operator_timestamp_spelling() {
    let doc = without(&set(TEXT, "/operatorTimeStamp", r#""2020-10-15T14:34:56Z""#), "/operatorTimestamp");
    let d = assert_reports(&doc, "LW016");
    assert_eq!(d[0].path.to_string(), "/operatorTimeStamp");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `operatorTimestamp`?"));
    assert_not_reported(&doc, "LW007");
    let d = assert_reports(&without(TEXT, "/operatorTimestamp"), "LW007");
    assert_eq!(d[0].path.to_string(), "/operatorTimestamp");
    assert_reports(&set(TEXT, "/operatorTimestamp", r#""15/10/2020""#), "LW600");
}

#[test]
fn channel_and_operator() {
    let d = assert_reports(&set(TEXT, "/channel", r#""whatsapp""#), "LW603");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `WHATSAPP`?"));
    assert_eq!(d[0].path.to_string(), "/channel");
    let d = assert_reports(&set(TEXT, "/operator", r#""WHATSAPP""#), "LW603");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `whatsapp`?"));
}

#[test]
fn content_type_decides_the_members() {
    let d = assert_reports(&set(TEXT, "/content/type", r#""IMAGE""#), "LW603");
    assert_eq!(d[0].path.to_string(), "/content/type");
    let d = assert_reports(&without(TEXT, "/content/data"), "LW007");
    assert_eq!(d[0].path.to_string(), "/content/data");
    let d = assert_reports(&without(ALTERNATIVE_MEDIA, "/content/items"), "LW007");
    assert_eq!(d[0].path.to_string(), "/content/items");
    let d = assert_reports(&set(TEXT, "/content/subject", r#""A subject""#), "LW640");
    assert_eq!(d[0].path.to_string(), "/content/subject");
    assert_eq!(d[0].message, "`subject` is not populated for content type TEXT");
    assert_reports(&set(ALTERNATIVE_MEDIA, "/content/data", r#""text""#), "LW640");
    assert_not_reported(ALTERNATIVE_MEDIA, "LW640");
}

#[test]
fn media_items() {
    let d = assert_reports(&set(ALTERNATIVE_MEDIA, "/content/items", "[]"), "LW681");
    assert_eq!(d[0].path.to_string(), "/content/items");
    let d = assert_reports(&set(ALTERNATIVE_MEDIA, "/content/items/0/type", r#""FILE""#), "LW603");
    assert_eq!(d[0].path.to_string(), "/content/items/0/type");
    let d =
        assert_reports(&set(ALTERNATIVE_MEDIA, "/content/items/0/url", r#""ftp://media.example.com/a.jpg""#), "LW641");
    assert_eq!(d[0].message, "`url` does not start with http:// or https://");
    let d = assert_reports(&set(ALTERNATIVE_MEDIA, "/content/items/0/contentType", r#""jpeg""#), "LW642");
    assert_eq!(d[0].path.to_string(), "/content/items/0/contentType");
    let d = assert_reports(&without(ALTERNATIVE_MEDIA, "/content/items/0/contentId"), "LW007");
    assert_eq!(d[0].path.to_string(), "/content/items/0/contentId");
}

#[test]
fn route_keyword_may_be_null() {
    assert_eq!(codes(&set(TEXT, "/route/keyword", "null")), ["LW680"]);
    let d = assert_reports(&set(TEXT, "/route/keyword", "5"), "LW006");
    assert_eq!(d[0].path.to_string(), "/route/keyword");
}
