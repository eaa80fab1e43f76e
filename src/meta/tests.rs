//! Unit tests: the destination rewrite, the translation rules' table, the reader, round_tripped.

use super::read::Obj;
use super::to_meta::cloud_msisdn;
use super::{FromMetaError, round_tripped};
use crate::model::template::{Component, Parameter};
use crate::model::{Message, NumberOrString};
use crate::pointer::JsonPointer;
use crate::rules::translation::RULES;
use serde_json::json;

#[test]
fn destinations_become_plus_and_digits() {
    for (link, cloud) in [
        ("+46700000001", "+46700000001"),
        ("+46 70-000 00 01", "+46700000001"),
        ("+1 (631) 555-1234", "+16315551234"),
        ("0046700000001", "+46700000001"),
        (" +46700000001 ", "+46700000001"),
        ("46700000001", "46700000001"),
        ("(631) 555-1234", "6315551234"),
    ] {
        assert_eq!(cloud_msisdn(link), cloud, "{link}");
    }
}

#[test]
fn translation_rules_are_lw590_to_lw599_with_unique_names() {
    let registry = crate::rules::registry::all();
    for pair in RULES.windows(2) {
        assert!(pair[0].code < pair[1].code, "{} unsorted or duplicated", pair[1].code);
    }
    for rule in RULES {
        assert!(("LW590"..="LW599").contains(&rule.code), "{} is outside LW590-LW599", rule.code);
        // Once `rules::FAMILIES` lists these rules, the registry holds them too: compare with the others.
        let others = registry.iter().filter(|r| !std::ptr::eq(**r, *rule));
        assert!(others.clone().all(|r| r.code != rule.code && r.name != rule.name), "{} clashes", rule.code);
        assert!(rule.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{}", rule.name);
        if cfg!(feature = "docs") {
            assert!(rule.summary.ends_with('.') && rule.why.len() > 10, "{}", rule.code);
        }
        assert!(rule.source.len() > 5, "{}", rule.code);
    }
}

#[test]
fn the_reader_rejects_what_it_did_not_read() {
    let value = json!({"a": "x", "b": 1});
    let mut o = Obj::of(&value, JsonPointer::root().key("at")).unwrap();
    let a: String = o.req("a").unwrap();
    assert_eq!(a, "x");
    assert_eq!(o.finish(), Err(FromMetaError::Unknown { path: JsonPointer::parse("/at/b").unwrap() }));
    let mut o = Obj::of(&value, JsonPointer::root()).unwrap();
    assert!(matches!(o.req::<String>("b"), Err(FromMetaError::Invalid { path, .. }) if path.to_string() == "/b"));
    assert_eq!(o.req::<String>("c"), Err(FromMetaError::Missing { path: JsonPointer::root().key("c") }));
    assert!(Obj::of(&json!(1), JsonPointer::root()).is_err());
}

#[test]
fn round_tripped_drops_and_canonicalizes() {
    let message: Message = serde_json::from_value(json!({"type": "template", "template": {
    "namespace": "ns", "name": "t", "language": {"code": "en"}, "components": [
        {"type": "body", "parameters": [
            {"type": "currency", "currency": {"fallbackValue": "$1", "code": "USD", "amount1000": 1000}},
            {"type": "currency", "currency": {"fallbackValue": "$1", "code": "USD", "amount1000": "01000"}},
            {"type": "dateTime", "dateTime": {"fallbackValue": "Feb 25", "timestamp": 225725580000_i64}}]},
        {"type": "button", "subType": "url", "index": 1, "parameters": [{"type": "text", "text": "x"}]},
        {"type": "limited_time_offer", "parameters": [{"type": "limited_time_offer", "expiration_time_ms": 5}]}
    ]}}))
    .unwrap();
    let Message::Template { template } = round_tripped(&message) else { panic!("a template") };
    assert_eq!(template.namespace, None);
    let Component::Body { parameters } = &template.components[0] else { panic!("a body") };
    for p in &parameters[..2] {
        let Parameter::Currency { currency } = p else { panic!("a currency") };
        assert_eq!(currency.amount1000, NumberOrString::String("1000".into()));
    }
    let Parameter::DateTime { date_time } = &parameters[2] else { panic!("a dateTime") };
    assert_eq!((date_time.fallback_value.as_str(), &date_time.timestamp), ("Feb 25", &None));
    let Component::Button { index, .. } = &template.components[1] else { panic!("a button") };
    assert_eq!(index, &NumberOrString::String("1".into()));
    let Component::LimitedTimeOffer { parameters } = &template.components[2] else { panic!("an lto") };
    let Parameter::LimitedTimeOffer { limited_time_offer, expiration_time_ms } = &parameters[0] else { panic!() };
    assert_eq!((limited_time_offer.map(|l| l.expiration_time_ms), *expiration_time_ms), (Some(5), None));
}

/// The translation's counterpart of "every rule has an invalid fixture": one request that makes
/// every LW59x rule fire.
#[test]
fn every_translation_rule_is_reported_by_to_meta() {
    let request: crate::MessageRequest = serde_json::from_value(json!({
        "platformId": "COMMON_API", "platformPartnerId": "1234", "priority": "NORMAL",
        "relativeValidityTime": 3600000, "refId": "r", "source": "+46700000000",
        "destinations": ["+46 70 000 00 01"],
        "messages": [
            {"type": "template", "template": {"namespace": "ns", "name": "t", "language": {"code": "en"}, "components": [
                {"type": "body", "parameters": [
                    {"type": "dateTime", "dateTime": {"fallbackValue": "Feb 25", "timestamp": 225725580000_i64}}]},
                {"type": "limited_time_offer", "parameters": [
                    {"type": "limited_time_offer", "expiration_time_ms": 1767225600000_i64}]}]}},
            {"type": "interactive", "interactive": {"type": "flow", "header": {"type": "image",
                "image": {"link": "https://example.com/a.jpg", "provider": {"name": "cdn"}}},
                "body": {"text": "Go"}, "action": {"name": "flow", "flowToken": "tok",
                "parameters": {"flow_message_version": "3", "flow_id": "123", "flow_cta": "Open"}}}}
        ]
    }))
    .unwrap();
    let translation = super::to_meta(&request);
    assert!(!translation.has_errors(), "{:?}", translation.diagnostics);
    for rule in RULES {
        let found: Vec<_> = translation.diagnostics.iter().filter(|d| d.code == rule.code).collect();
        assert!(!found.is_empty(), "{} {} is not reported", rule.code, rule.name);
        assert!(found.iter().all(|d| d.name == rule.name && d.severity == rule.severity && d.source == rule.source));
    }
}

#[test]
fn to_meta_str_refuses_what_is_not_a_message_and_bad_recipients() {
    use crate::meta::{ToMetaError, to_meta_str};
    let text = r#"{"type": "text", "text": {"body": "Hi"}}"#;
    assert_eq!(to_meta_str(text, Some("hello")), Err(ToMetaError::InvalidRecipient));
    assert!(to_meta_str(text, Some("+46 70-000 00 01")).is_ok());
    let cloud = r#"{"messaging_product": "whatsapp", "to": "+16505551234", "type": "text", "text": {"body": "Hi"}}"#;
    assert!(matches!(to_meta_str(cloud, None), Err(ToMetaError::NotARequest(_))));
    let response = r#"{"resultCode": 112001, "description": "queued", "messageIds": ["1aU6cwxAKE9NzMLrs6M82C"]}"#;
    assert!(matches!(to_meta_str(response, None), Err(ToMetaError::NotARequest(_))));
}

#[test]
fn a_single_product_card_carousel_has_no_cloud_api_counterpart() {
    let one = r#"{"type": "interactive", "interactive": {"type": "carousel", "body": {"text": "Our pick"},
        "action": {"cards": [{"card_index": 0, "type": "product",
        "action": {"product_retailer_id": "abc123xyz", "catalog_id": "123456789"}}]}}}"#;
    let translation = crate::meta::to_meta_str(one, Some("+4790000001")).unwrap();
    assert!(translation.has_errors(), "{:?}", translation.diagnostics);
    assert!(translation.diagnostics.iter().any(|d| d.code == "LW471"));
}
