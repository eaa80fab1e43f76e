//! Tests for the send-vs-definition rules in LINK JSON (bare messages and MessageRequests) and the
//! decisions the Cloud API fixtures (`fixtures/cloud/definition-match/`) do not show.

use crate::options::templates::TemplateSet;
use crate::{Dialect, LintOptions, Report, lint_str_with};
use std::sync::Arc;

const DEFINITIONS: &str = r#"{"data": [
  {"name": "order_update", "language": "en_US", "category": "UTILITY", "status": "APPROVED", "parameter_format": "NAMED",
   "components": [
     {"type": "HEADER", "format": "DOCUMENT", "example": {"header_handle": ["4::aW"]}},
     {"type": "BODY", "text": "Hello {{first_name}}, your order {{order_id}} has shipped.",
      "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Ada"}, {"param_name": "order_id", "example": "A-1"}]}},
     {"type": "BUTTONS", "buttons": [
       {"type": "QUICK_REPLY", "text": "Stop"},
       {"type": "URL", "text": "Track", "url": "https://example.com/t/{{1}}", "example": ["A-1"]},
       {"type": "PHONE_NUMBER", "text": "Call us", "phone_number": "+15550051310"},
       {"type": "VOICE_CALL", "text": "Call on WhatsApp"}]}]},
  {"name": "product_cards", "language": "en_US", "category": "MARKETING", "status": "APPROVED",
   "components": [
     {"type": "BODY", "text": "Our picks for you, {{1}}!", "example": {"body_text": [["Ada"]]}},
     {"type": "CAROUSEL", "cards": [
       {"components": [{"type": "HEADER", "format": "PRODUCT"}, {"type": "BUTTONS", "buttons": [{"type": "SPM", "text": "View"}]}]},
       {"components": [{"type": "HEADER", "format": "PRODUCT"}, {"type": "BUTTONS", "buttons": [{"type": "SPM", "text": "View"}]}]}]}]}
], "paging": {}}"#;

fn lint(json: &str, dialect: Dialect) -> Report {
    let set = TemplateSet::from_json(DEFINITIONS);
    assert!(!set.has_errors(), "{:?}", set.sources());
    lint_str_with(json, &LintOptions { dialect: Some(dialect), templates: Some(Arc::new(set)), ..Default::default() })
}

fn codes(report: &Report) -> Vec<&'static str> {
    report.diagnostics.iter().map(|d| d.code).filter(|c| c.starts_with("LW75") || c.starts_with("LW76")).collect()
}

const LINK_OK: &str = r#"{"type": "template", "template": {"name": "order_update", "language": {"code": "en_US"}, "components": [
  {"type": "header", "parameters": [{"type": "document", "document": {"url": "https://example.com/invoice.pdf", "filename": "invoice.pdf"}}]},
  {"type": "body", "parameters": [{"type": "text", "parameterName": "first_name", "text": "Ada"}, {"type": "text", "parameterName": "order_id", "text": "A-1"}]},
  {"type": "button", "subType": "url", "index": "1", "parameters": [{"type": "text", "text": "A-1"}]}]}}"#;

#[test]
fn a_link_message_matching_its_definition_is_clean_and_a_broken_one_is_not() {
    assert_eq!(codes(&lint(LINK_OK, Dialect::Link)), Vec::<&str>::new());
    let broken = LINK_OK.replace("\"parameterName\": \"order_id\", ", "").replace(r#""index": "1""#, r#""index": "2""#);
    let report = lint(&broken, Dialect::Link);
    let found = codes(&report);
    assert!(found.contains(&"LW755"), "{found:?}");
    assert!(found.contains(&"LW759"), "index 2 is a phone number button: {found:?}");
    assert!(found.contains(&"LW760"), "the URL button lost its value: {found:?}");
}

#[test]
fn sends_inside_a_message_request_are_checked_at_their_pointer() {
    let request = format!(
        r#"{{"source": "+46700000000", "destinations": ["+46700000001"], "messages": [{}]}}"#,
        LINK_OK.replace("en_US", "en")
    );
    let report = lint(&request, Dialect::Link);
    let d = report.diagnostics.iter().find(|d| d.code == "LW751").expect("language not found");
    assert_eq!(d.path.to_string(), "/messages/0/template/language/code");
}

#[test]
fn a_product_card_carousel_may_send_more_cards_than_it_defines() {
    let card = |i: usize| {
        format!(
            r#"{{"card_index": {i}, "components": [{{"type": "header", "parameters": [{{"type": "product", "product": {{"product_retailer_id": "p{i}", "catalog_id": "1"}}}}]}}]}}"#
        )
    };
    let cards: Vec<String> = (0..3).map(card).collect();
    let send = format!(
        r#"{{"messaging_product": "whatsapp", "to": "+16505551234", "type": "template", "template": {{"name": "product_cards", "language": {{"code": "en_US"}}, "components": [
          {{"type": "body", "parameters": [{{"type": "text", "text": "Ada"}}]}}, {{"type": "carousel", "cards": [{}]}}]}}}}"#,
        cards.join(",")
    );
    assert_eq!(codes(&lint(&send, Dialect::Cloud)), Vec::<&str>::new());
}

#[test]
fn optional_button_values_and_a_voice_call_button_without_index_are_accepted() {
    let send = LINK_OK.replace(
        r#"{"type": "button", "subType": "url""#,
        r#"{"type": "button", "subType": "voice_call", "parameters": [{"type": "text", "text": "x"}]}, {"type": "button", "subType": "url""#,
    );
    assert!(!codes(&lint(&send, Dialect::Link)).contains(&"LW758"));
}

#[test]
fn definitions_that_are_no_definitions_or_duplicates_are_reported_not_panicked_on() {
    let mut set = TemplateSet::new();
    assert!(set.add_json("a", "{not json").report.has_errors());
    let source = set.add_json("b", r#"{"type": "text", "text": {"body": "hi"}}"#);
    assert_eq!(source.report.diagnostics[0].code, "LW015");
    set.add_json("c", DEFINITIONS);
    let again = set.add_json("d", DEFINITIONS);
    assert_eq!(again.added, 0);
    assert!(again.report.diagnostics.iter().all(|d| d.code == "LW729"), "{:?}", again.report.diagnostics);
    assert_eq!(set.len(), 2);
}
