//! Interactive messages in Cloud API send bodies (fixtures/cloud/interactive/valid/): the same
//! checks, with the Cloud API reference's limits where they differ from LINK.

use super::*;
use crate::rules::testing::*;
use serde_json::json;

macro_rules! cloud {
    ($name:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/cloud/interactive/valid/", $name, ".json"))
    };
}

const LIST: &str = cloud!("list");
const BUTTON: &str = cloud!("button");
const FLOW: &str = cloud!("flow");
const CAROUSEL_QUICK: &str = cloud!("carousel-quick-replies");
const CAROUSEL_URL: &str = cloud!("carousel-url-buttons");
const ADDRESS_IN: &str = cloud!("address-india");

#[test]
fn every_valid_fixture_is_clean() {
    for json in [LIST, BUTTON, FLOW, CAROUSEL_QUICK, CAROUSEL_URL, ADDRESS_IN] {
        assert_eq!(lint(json).dialect, crate::Dialect::Cloud);
        assert_clean(json);
    }
}

#[test]
fn a_list_body_may_have_4096_characters() {
    let body = "/interactive/body/text";
    assert_not_reported(&set(LIST, body, json!("x".repeat(4096))), "LW401");
    let d = assert_reports(&set(LIST, body, json!("x".repeat(4097))), "LW401");
    assert_eq!(d[0].message, "body text is 4097 characters; the limit is 4096");
    // Other types keep 1024; and LINK lists too.
    let d = assert_reports(&set(BUTTON, body, json!("x".repeat(1025))), "LW401");
    assert_eq!(d[0].message, "body text is 1025 characters; the limit is 1024");
    let link = set(super::LIST, body, json!("x".repeat(1025)));
    assert_reports(&link, "LW401");
}

#[test]
fn list_button_and_reply_titles_may_have_emoji() {
    let title = "/interactive/action/buttons/0/reply/title";
    assert_not_reported(&set(BUTTON, title, json!("Yes 👍")), "LW404");
    assert_not_reported(&set(LIST, "/interactive/action/button", json!("Menu 🍝")), "LW404");
    // Markdown is still not allowed, and LINK still refuses the emoji.
    assert_reports(&set(BUTTON, title, json!("*Yes*")), "LW405");
    assert_reports(&set(super::BUTTON, title, json!("Yes 👍")), "LW404");
    // The flow CTA takes no emoji in either dialect.
    let d = assert_reports(&set(FLOW, "/interactive/action/parameters/flow_cta", json!("Book 📅")), "LW404");
    assert_eq!(d[0].path.to_string(), "/interactive/action/parameters/flow_cta");
}

#[test]
fn a_single_section_may_be_untitled() {
    let sections = "/interactive/action/sections";
    let one = set(LIST, sections, json!([{"rows": [{"id": "a", "title": "A"}]}]));
    assert_not_reported(&one, "LW424");
    let two = set(
        LIST,
        sections,
        json!([{"rows": [{"id": "a", "title": "A"}]}, {"title": "B", "rows": [{"id": "b", "title": "B"}]}]),
    );
    assert_reports(&two, "LW423");
    let link = set(super::LIST, sections, json!([{"rows": [{"id": "a", "title": "A"}]}]));
    assert_reports(&link, "LW424");
}

#[test]
fn quick_reply_cards_match_in_kind_and_count() {
    let d = assert_reports(&remove(CAROUSEL_QUICK, "/interactive/action/cards/1/action/buttons/1"), "LW481");
    assert_eq!(d[0].path.to_string(), "/interactive/action/cards/1/action");
    assert_eq!(
        d[0].message,
        "this card has 1 quick-reply button, but the card at /interactive/action/cards/0/action has 2 quick-reply buttons"
    );
    let url = get(CAROUSEL_URL, "/interactive/action/cards/2/action");
    assert_reports(&set(CAROUSEL_QUICK, "/interactive/action/cards/2/action", url), "LW481");
    let dup = set(CAROUSEL_QUICK, "/interactive/action/cards/0/action/buttons/1/quick_reply/id", json!("more-1"));
    assert_reports(&dup, "LW438");
}

#[test]
fn a_media_card_needs_no_type() {
    let untyped = remove(CAROUSEL_QUICK, "/interactive/action/cards/0/type");
    assert_clean(&untyped);
    let link = remove(super::CAROUSEL_QUICK, "/interactive/action/cards/0/type");
    assert_reports(&link, "LW007");
}

#[test]
fn address_messages() {
    let values = "/interactive/action/parameters/values";
    let d = assert_reports(&set(ADDRESS_IN, &format!("{values}/unit_number"), json!("Suite 29-00")), "LW466");
    assert_eq!(d[0].path.to_string(), format!("{values}/unit_number"));
    assert_reports(&set(ADDRESS_IN, &format!("{values}/in_pin_code"), json!("4000631")), "LW467");
    assert_reports(&set(ADDRESS_IN, "/interactive/action/parameters/country", json!("India")), "LW465");
    let saved = "/interactive/action/parameters/saved_addresses/1";
    let again = get(ADDRESS_IN, "/interactive/action/parameters/saved_addresses/0");
    assert_reports(&set(ADDRESS_IN, saved, again), "LW468");
}

#[test]
fn flows_by_name_with_a_30_character_cta() {
    let by_name = cloud!("flow-by-name");
    assert_clean(by_name);
    let cta = "/interactive/action/parameters/flow_cta";
    assert_not_reported(&set(by_name, cta, json!("x".repeat(30))), "LW451");
    assert_reports(&set(by_name, cta, json!("x".repeat(31))), "LW451");
    let both = set(by_name, "/interactive/action/parameters/flow_id", json!("1234567890123456"));
    let d = assert_reports(&both, "LW520");
    assert!(d[0].message.contains("mutually exclusive"), "{}", d[0].message);
    assert_not_reported(&both, "LW005");
    let neither = FLOW.replace(r#""flow_id": "1234567890123456","#, "");
    let d = assert_reports(&neither, "LW007");
    assert_eq!(d[0].help.as_deref(), Some("name the flow by `flow_id` or by `flow_name`"));
    // LINK keeps 20 characters and knows no `flow_name`.
    let link = set(super::FLOW, "/interactive/action/parameters/flow_cta", json!("x".repeat(21)));
    assert_reports(&link, "LW451");
}

#[test]
fn header_sub_text_is_cloud_only_and_at_most_60() {
    assert_clean(cloud!("header-sub-text"));
    let sub = "/interactive/header/sub_text";
    assert_reports(&set(cloud!("header-sub-text"), sub, json!("x".repeat(61))), "LW412");
}

#[test]
fn a_product_carousel_has_two_to_ten_cards() {
    assert_clean(cloud!("product-carousel"));
    let mut one: serde_json::Value = serde_json::from_str(cloud!("product-carousel")).unwrap();
    one["interactive"]["action"]["cards"].as_array_mut().unwrap().truncate(1);
    assert_reports(&one.to_string(), "LW471");
}

#[test]
fn payments_and_calling_types_are_cloud_only() {
    for json in [cloud!("voice-call"), cloud!("call-permission-request")] {
        assert_clean(json);
    }
    // Meta's examples: their `reference_id` is the placeholder `unique-reference-id` (LW508).
    for json in [cloud!("order-details"), cloud!("order-status")] {
        assert_eq!(codes(json), ["LW508"]);
    }
    let ttl = "/interactive/action/parameters/ttl_minutes";
    assert_reports(&set(cloud!("voice-call"), ttl, json!(43201)), "LW523");
    let status = "/interactive/action/parameters/order/description";
    assert_reports(&set(cloud!("order-status"), status, json!("x".repeat(121))), "LW522");
    let reference = "/interactive/action/parameters/reference_id";
    assert_reports(&set(cloud!("order-details"), reference, json!("order 4711")), "LW525");
    let total = "/interactive/action/parameters/total_amount/value";
    assert_reports(&set(cloud!("order-details"), total, json!(1000)), "LW525");
    // A call permission request needs no body.
    let mut bare: serde_json::Value = serde_json::from_str(cloud!("call-permission-request")).unwrap();
    bare["interactive"].as_object_mut().unwrap().remove("body");
    assert_clean(&bare.to_string());
}

#[test]
fn where_meta_is_unclear_a_warning() {
    let upper = set(BUTTON, "/interactive/type", json!("BUTTON"));
    assert_reports(&upper, "LW526");
    assert_not_reported(&upper, "LW400");
    let footer = set(BUTTON, "/interactive/footer", json!({"text": ""}));
    assert_reports(&footer, "LW527");
    assert_not_reported(&footer, "LW403");
    let header = set(BUTTON, "/interactive/header", json!({"text": "Hello"}));
    assert_reports(&header, "LW521");
    assert_not_reported(&header, "LW007");
}

#[test]
fn nested_order_details_is_a_warning_and_its_action_is_checked() {
    let nested = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/cloud/interactive/invalid/order-details-nested.json"
    ));
    let d = lint(nested);
    assert!(d.diagnostics.iter().all(|d| d.severity != crate::Severity::Error), "{:?}", d.diagnostics);
    assert_reports(nested, "LW529");
    let bad = set(nested, "/interactive/order_details/action/parameters/currency", json!("USD"));
    assert_reports(&bad, "LW525");
    // Without the nested form, a missing action is still an error.
    let mut bare: serde_json::Value = serde_json::from_str(BUTTON).unwrap();
    bare["interactive"].as_object_mut().unwrap().remove("action");
    assert_reports(&bare.to_string(), "LW007");
}

#[test]
fn order_details_parameters_as_a_string_are_accepted_unchecked() {
    // One Payments page calls `parameters` "a stringified JSON object"; every example gives an object.
    let text = set(cloud!("order-details"), "/interactive/action/parameters", json!("{\"reference_id\": \"a\"}"));
    assert_clean(&text);
}

#[test]
fn link_types_are_the_first_ten_and_cloud_adds_meta_s_four() {
    use crate::rules::interactive::{TYPES, cloud::CLOUD_TYPES};
    assert_eq!(TYPES.last(), Some(&"carousel"));
    assert_eq!(
        CLOUD_TYPES.strip_prefix(TYPES),
        Some(&["order_details", "order_status", "voice_call", "call_permission_request"][..])
    );
}
