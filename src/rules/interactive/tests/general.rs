//! The interactive object: type, body, footer, empty texts, emoji, markdown, action name.

use super::*;
use crate::rules::testing::*;
use serde_json::json;

#[test]
fn every_valid_fixture_is_clean() {
    for json in [
        LIST,
        BUTTON,
        PRODUCT,
        PRODUCT_LIST,
        CATALOG,
        FLOW,
        FLOW_DATA_EXCHANGE,
        CTA_URL,
        LOCATION,
        ADDRESS_IN,
        ADDRESS_SG,
        CAROUSEL_PRODUCT,
        CAROUSEL_MEDIA,
        CAROUSEL_QUICK,
    ] {
        assert_clean(json);
    }
}

#[test]
fn unknown_type_with_suggestions() {
    let d = assert_reports(&set(LIST, "/interactive/type", json!("lists")), "LW400");
    assert_eq!(d[0].path.to_string(), "/interactive/type");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `list`?"));
    let d = assert_reports(&set(CATALOG, "/interactive/type", json!("catalog message")), "LW400");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `catalog_message`?"));
    let d = assert_reports(&set(CAROUSEL_MEDIA, "/interactive/type", json!("media carousel")), "LW400");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `carousel`?"));
    assert!(d[0].message.starts_with("interactive type `media carousel` is not one of `list`"), "{}", d[0].message);
    assert_not_reported(LIST, "LW400");
}

#[test]
fn action_is_required() {
    let d = assert_reports(&remove(LIST, "/interactive/action"), "LW007");
    at(&d, "/interactive/action");
}

#[test]
fn body_is_required_except_for_product() {
    let d = assert_reports(&remove(LIST, "/interactive/body"), "LW007");
    at(&d, "/interactive/body");
    assert_not_reported(&remove(PRODUCT, "/interactive/body"), "LW007");
    let d = assert_reports(&set(LIST, "/interactive/body", json!({})), "LW007");
    at(&d, "/interactive/body/text");
}

#[test]
fn body_text_length() {
    let d = assert_reports(&set(LIST, "/interactive/body/text", json!("é".repeat(1025))), "LW401");
    assert_eq!(d[0].path.to_string(), "/interactive/body/text");
    assert_eq!(d[0].message, "body text is 1025 characters; the limit is 1024");
    assert_not_reported(&set(LIST, "/interactive/body/text", json!("é".repeat(1024))), "LW401");
}

#[test]
fn footer_text_length() {
    let d = assert_reports(&set(BUTTON, "/interactive/footer/text", json!("f".repeat(61))), "LW402");
    assert_eq!(d[0].path.to_string(), "/interactive/footer/text");
    assert_eq!(d[0].message, "footer text is 61 characters; the limit is 60");
    assert_not_reported(&set(BUTTON, "/interactive/footer/text", json!("f".repeat(60))), "LW402");
}

#[test]
fn empty_texts() {
    let d = assert_reports(&set(LIST, "/interactive/body/text", json!("")), "LW403");
    assert_eq!(d[0].message, "body text is empty; at least 1 character required");
    let d = assert_reports(&set(LIST, "/interactive/action/button", json!("  ")), "LW403");
    assert_eq!(d[0].path.to_string(), "/interactive/action/button");
    assert!(d[0].message.contains("only white space"), "{}", d[0].message);
    assert_not_reported(&set(LIST, "/interactive/action/button", json!("Go")), "LW403");
    assert_reports(&set(BUTTON, "/interactive/action/buttons/0/reply/title", json!("")), "LW403");
    assert_reports(&set(CTA_URL, "/interactive/action/parameters/url", json!("")), "LW403");
}

#[test]
fn emoji_in_plain_labels() {
    let d = assert_reports(&set(BUTTON, "/interactive/action/buttons/0/reply/title", json!("Yes 👍")), "LW404");
    assert_eq!(d[0].path.to_string(), "/interactive/action/buttons/0/reply/title");
    assert_eq!(d[0].message, "reply title contains an emoji");
    assert_not_reported(&set(BUTTON, "/interactive/action/buttons/0/reply/title", json!("Yes")), "LW404");
    assert_reports(&set(LIST, "/interactive/action/button", json!("Menu ✅")), "LW404");
    assert_reports(&set(FLOW, "/interactive/action/parameters/flow_cta", json!("Book 📅")), "LW404");
    // Header text allows emoji.
    assert_not_reported(&set(LIST, "/interactive/header/text", json!("Our menu 🍕")), "LW404");
}

#[test]
fn markdown_in_plain_labels() {
    let d = assert_reports(&set(LIST, "/interactive/header/text", json!("*Our* menu")), "LW405");
    assert_eq!(d[0].path.to_string(), "/interactive/header/text");
    assert_eq!(d[0].severity, crate::Severity::Warning);
    assert_not_reported(&set(LIST, "/interactive/header/text", json!("Our menu")), "LW405");
    assert_reports(&set(BUTTON, "/interactive/action/buttons/1/reply/title", json!("_Tomorrow_")), "LW405");
    assert_reports(&set(LIST, "/interactive/action/button", json!("~View~")), "LW405");
    assert_not_reported(&set(LIST, "/interactive/action/button", json!("view_slots")), "LW405");
    // Body text allows markdown.
    assert_not_reported(&set(LIST, "/interactive/body/text", json!("*Big* sale")), "LW405");
}

#[test]
fn action_name_matches_the_type() {
    let cases = [
        (FLOW, "flow"),
        (CTA_URL, "cta_url"),
        (LOCATION, "send_location"),
        (CATALOG, "catalog_message"),
        (ADDRESS_IN, "address_message"),
    ];
    for (json, name) in cases {
        let d = assert_reports(&set(json, "/interactive/action/name", json!("location")), "LW406");
        assert_eq!(d[0].path.to_string(), "/interactive/action/name");
        assert_eq!(d[0].help.as_deref(), Some(format!("use `{name}`").as_str()));
        assert_not_reported(json, "LW406");
        let d = assert_reports(&remove(json, "/interactive/action/name"), "LW007");
        at(&d, "/interactive/action/name");
    }
}

#[test]
fn members_of_another_types_action_are_unknown() {
    let d = assert_reports(&set(LIST, "/interactive/action/buttons", json!([])), "LW005");
    assert_eq!(d[0].message, "`buttons` is not a member of the `action` of a list message");
    let d = assert_reports(&set(PRODUCT, "/interactive/action/thumbnail_product_retailer_id", json!("SKU")), "LW005");
    assert!(d[0].message.contains("product message"), "{}", d[0].message);
}

#[test]
fn thumbnail_in_place_of_product_retailer_id_is_suggested() {
    let json = remove(PRODUCT, "/interactive/action/product_retailer_id");
    let json = set(&json, "/interactive/action/thumbnail_product_retailer_id", json!("SKU-RUN-42"));
    let d = assert_reports(&json, "LW005");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `product_retailer_id`?"));
}

#[test]
fn a_missing_type_gets_the_one_its_action_implies_as_an_unsafe_fix() {
    let fix_of = |action: &str, dialect_member: &str| {
        let text = format!(
            r#"{{{dialect_member}"type": "interactive", "interactive": {{"body": {{"text": "Hi"}}, "action": {action}}}}}"#
        );
        let report = crate::lint_str(&text);
        let d = report.diagnostics.iter().find(|d| d.code == "LW007" && d.path.to_string() == "/interactive/type");
        d.and_then(|d| d.fix.as_ref()).map(|f| (f.description.clone(), f.applicability))
    };
    let unsafe_insert = |kind: &str| Some((format!("insert `\"type\": \"{kind}\"`"), crate::Applicability::Unsafe));
    assert_eq!(fix_of(r#"{"buttons": []}"#, ""), unsafe_insert("button"));
    assert_eq!(fix_of(r#"{"button": "Menu", "sections": [{"rows": []}]}"#, ""), unsafe_insert("list"));
    assert_eq!(
        fix_of(r#"{"catalog_id": "1", "sections": [{"product_items": []}]}"#, ""),
        unsafe_insert("product_list")
    );
    assert_eq!(fix_of(r#"{"name": "cta_url", "parameters": {}}"#, ""), unsafe_insert("cta_url"));
    // `voice_call` is a Cloud API type only.
    assert_eq!(fix_of(r#"{"name": "voice_call"}"#, ""), None);
    let cloud = r#""messaging_product": "whatsapp", "to": "16505551234", "#;
    assert_eq!(fix_of(r#"{"name": "voice_call"}"#, cloud), unsafe_insert("voice_call"));
    assert_eq!(fix_of(r#"{"name": "something"}"#, ""), None);
}
