//! Template messages in Cloud API JSON: snake_case spellings, and the checks that differ from
//! LINK (optional components, language policy, date_time, amount_1000, index as a string).

use crate::rules::testing::*;

/// A Cloud API template send body with `template` members `inner` (inside the braces).
fn send(inner: &str) -> String {
    format!(r#"{{"messaging_product": "whatsapp", "to": "+16505551234", "type": "template", "template": {{{inner}}}}}"#)
}

/// A Cloud API template `order_update` in `en_US` with `components`.
fn tpl(components: &str) -> String {
    send(&format!(r#""name": "order_update", "language": {{"code": "en_US"}}, "components": [{components}]"#))
}

fn body(params: &str) -> String {
    format!(r#"{{"type": "body", "parameters": [{params}]}}"#)
}

fn button(sub: &str, index: &str, params: &str) -> String {
    format!(r#"{{"type": "button", "sub_type": "{sub}", "index": {index}, "parameters": [{params}]}}"#)
}

const PAYLOAD: &str = r#"{"type": "payload", "payload": "yes"}"#;

#[test]
fn a_template_without_variables_needs_no_components() {
    assert_clean(&send(r#""name": "hello_world", "language": {"code": "en_US"}"#));
    assert_clean(&tpl(&body(r#"{"type": "text", "text": "Ada"}"#)));
}

#[test]
fn sub_type_is_the_cloud_spelling() {
    assert_clean(&tpl(&button("quick_reply", r#""0""#, PAYLOAD)));
    let link = tpl(&button("quick_reply", r#""0""#, PAYLOAD).replace("sub_type", "subType"));
    let d = assert_reports(&link, "LW005");
    assert_eq!(d[0].path.to_string(), "/template/components/0/subType");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `sub_type`?"));
    let d = assert_reports(&link, "LW007");
    assert_eq!(d[0].path.to_string(), "/template/components/0/sub_type");
}

#[test]
fn sub_type_values() {
    for sub in ["quick_reply", "url", "catalog", "copy_code", "mpm", "flow"] {
        assert_not_reported(&tpl(&button(sub, r#""0""#, "")), "LW310");
    }
    let d = assert_reports(&tpl(&button("quickReply", r#""0""#, PAYLOAD)), "LW310");
    assert_eq!(d[0].path.to_string(), "/template/components/0/sub_type");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `quick_reply`?"));
    let d = assert_reports(&tpl(&button("QUICK_REPLY", r#""0""#, PAYLOAD)), "LW008");
    assert_eq!(d[0].help.as_deref(), Some("use `quick_reply`"));
    assert_not_reported(&tpl(&button("QUICK_REPLY", r#""0""#, PAYLOAD)), "LW310");
}

#[test]
fn button_index_not_string() {
    let d = assert_reports(&tpl(&button("quick_reply", "0", PAYLOAD)), "LW346");
    assert_eq!(d[0].path.to_string(), "/template/components/0/index");
    assert_eq!(d[0].severity, crate::Severity::Info);
    assert_eq!(d[0].help.as_deref(), Some(r#"write `"index": "0"`"#));
    assert_not_reported(&tpl(&button("quick_reply", r#""0""#, PAYLOAD)), "LW346");
    // LINK JSON shows both; no note there.
    let link = r#"{"type": "template", "template": {"name": "t", "language": {"code": "en"}, "components": [
        {"type": "button", "subType": "quickReply", "index": 0, "parameters": [{"type": "payload", "payload": "y"}]}]}}"#;
    assert_not_reported(link, "LW346");
}

#[test]
fn quick_reply_button_takes_a_payload() {
    // Meta's own Postman item sends a text parameter: a warning in Cloud API JSON, LW309 in LINK.
    let d = assert_reports(&tpl(&button("quick_reply", r#""0""#, r#"{"type": "text", "text": "x"}"#)), "LW528");
    assert_eq!(d[0].message, "a quick_reply button takes a `payload` parameter; this one is `text`");
    let link = r#"{"type": "template", "template": {"name": "t", "language": {"code": "en"}, "components": [
        {"type": "button", "subType": "quickReply", "index": "0", "parameters": [{"type": "text", "text": "x"}]}]}}"#;
    assert_reports(link, "LW309");
}

#[test]
fn parameter_name_is_the_cloud_spelling() {
    let named = |member: &str| tpl(&body(&format!(r#"{{"type": "text", "{member}": "first_name", "text": "Ada"}}"#)));
    assert_clean(&named("parameter_name"));
    let d = assert_reports(&named("parameterName"), "LW005");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `parameter_name`?"));
    let mixed =
        tpl(&body(r#"{"type": "text", "parameter_name": "a", "text": "Ada"}, {"type": "text", "text": "Lovelace"}"#));
    let d = assert_reports(&mixed, "LW319");
    assert_eq!(d[0].message, "1 of the 2 text parameters have `parameter_name`; this one has none");
}

#[test]
fn date_time_is_the_cloud_type() {
    let dt = |inner: &str| tpl(&body(&format!(r#"{{"type": "date_time", "date_time": {{{inner}}}}}"#)));
    assert_clean(&dt(r#""fallback_value": "February 25, 1977""#));
    let d = assert_reports(&dt(r#""fallbackValue": "February 25, 1977""#), "LW005");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `fallback_value`?"));
    let link = tpl(&body(r#"{"type": "dateTime", "dateTime": {"fallbackValue": "Feb 25"}}"#));
    let d = assert_reports(&link, "LW308");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `date_time`?"));
}

#[test]
fn date_time_localization_ignored() {
    let dt = |inner: &str| tpl(&body(&format!(r#"{{"type": "date_time", "date_time": {{{inner}}}}}"#)));
    let full = dt(r#""fallback_value": "February 25, 1977", "day_of_week": 5, "year": 1977, "calendar": "GREGORIAN""#);
    let d = assert_reports(&full, "LW348");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/date_time/day_of_week");
    assert_eq!(d[0].message, "the Cloud API shows `fallback_value` and ignores `day_of_week`, `year`, `calendar`");
    // LINK's completeness rule does not apply to the Cloud API.
    assert_not_reported(&full, "LW324");
    assert_not_reported(&dt(r#""fallback_value": "February 25, 1977""#), "LW348");
}

#[test]
fn currency_amount_1000_is_an_integer() {
    let cur = |amount: &str| {
        tpl(&body(&format!(
            r#"{{"type": "currency", "currency": {{"fallback_value": "$100.99", "code": "USD", "amount_1000": {amount}}}}}"#
        )))
    };
    assert_clean(&cur("100990"));
    let d = assert_reports(&cur(r#""100990""#), "LW006");
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/currency/amount_1000");
    assert_eq!(d[0].message, "`amount_1000` must be an integer; found a string");
    assert_reports(&cur("100990").replace("USD", "usd"), "LW321");
    let d = assert_reports(&cur("100990").replace("amount_1000", "amount1000"), "LW005");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `amount_1000`?"));
}

#[test]
fn language_policy() {
    let lang = |inner: &str| send(&format!(r#""name": "hello_world", "language": {{{inner}}}"#));
    assert_clean(&lang(r#""policy": "deterministic", "code": "en_US""#));
    let d = assert_reports(&lang(r#""policy": "fallback", "code": "en_US""#), "LW347");
    assert_eq!(d[0].path.to_string(), "/template/language/policy");
    assert_eq!(d[0].message, "language policy `fallback` is not one of `deterministic`");
    assert_reports(&lang(r#""code": "en-US""#), "LW304");
}

#[test]
fn namespace_is_on_premises_only() {
    let d =
        assert_reports(&send(r#""namespace": "ns", "name": "hello_world", "language": {"code": "en_US"}"#), "LW300");
    assert_eq!(d[0].message, "`namespace` is used only by the On-Premises API; the Cloud API ignores it");
}

#[test]
fn location_header() {
    let loc = |lat: &str| {
        tpl(&format!(
            r#"{{"type": "header", "parameters": [{{"type": "location", "location": {{"latitude": {lat}, "longitude": "122.148981", "name": "Pablo Morales", "address": "1 Hacker Way, Menlo Park, CA 94025"}}}}]}}"#
        ))
    };
    assert_clean(&loc(r#""37.483307""#));
    assert_reports(&loc(r#""137.48""#), "LW344");
}

#[test]
fn authentication_otp_repeats_the_code() {
    let otp = |body_code: &str, button_code: &str| {
        send(&format!(
            r#""name": "verification_code", "language": {{"code": "en_US"}}, "components": [
            {{"type": "body", "parameters": [{{"type": "text", "text": "{body_code}"}}]}},
            {{"type": "button", "sub_type": "url", "index": "0", "parameters": [{{"type": "text", "text": "{button_code}"}}]}}]"#
        ))
    };
    assert_clean(&otp("J$FpnYnP", "J$FpnYnP"));
    let d = assert_reports(&otp("J$FpnYnP", "J$FpnYnQ"), "LW342");
    assert_eq!(d[0].path.to_string(), "/template/components/1/parameters/0/text");
}

#[test]
fn multi_product_button() {
    let mpm = |sections: &str| {
        tpl(&format!(
            r#"{{"type": "button", "sub_type": "mpm", "index": "0", "parameters": [{{"type": "action", "action": {{"thumbnail_product_retailer_id": "2lc20305pt", "sections": [{sections}]}}}}]}}"#
        ))
    };
    let section = |n: usize| {
        let items: Vec<String> = (0..n).map(|i| format!(r#"{{"product_retailer_id": "sku-{i}"}}"#)).collect();
        format!(r#"{{"title": "Popular Bundles", "product_items": [{}]}}"#, items.join(","))
    };
    assert_clean(&mpm(&section(2)));
    assert_reports(&mpm(&format!("{},{}", section(20), section(11))), "LW331");
    assert_reports(&mpm(&section(0)), "LW349");
    let eleven: Vec<String> = (0..11).map(|_| section(1)).collect();
    assert_reports(&mpm(&eleven.join(",")), "LW329");
}

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/cloud/template/valid/", $name, ".json"))
    };
}

#[test]
fn meta_documented_template_features_are_clean() {
    for json in [
        fixture!("single-product"),
        fixture!("product-card-carousel"),
        fixture!("tap-target"),
        fixture!("voice-call-button"),
        fixture!("body-only-long-parameter"),
    ] {
        assert_clean(json);
    }
    assert_not_reported(fixture!("order-details-button"), "LW525");
    assert_not_reported(fixture!("payment-link-preview"), "LW005");
}

#[test]
fn product_parameters_are_cloud_only_and_need_both_ids() {
    let header = |product: &str| {
        tpl(&format!(r#"{{"type": "header", "parameters": [{{"type": "product", "product": {product}}}]}}"#))
    };
    assert_clean(&header(r#"{"product_retailer_id": "2lc20305pt", "catalog_id": "194836987003835"}"#));
    assert_reports(&header(r#"{"product_retailer_id": "2lc20305pt"}"#), "LW007");
    assert_reports(&header(r#"{"product_retailer_id": " ", "catalog_id": "194836987003835"}"#), "LW316");
    // A product in a body is not where Meta puts it.
    assert_reports(
        &tpl(&body(r#"{"type": "product", "product": {"product_retailer_id": "a", "catalog_id": "1"}}"#)),
        "LW309",
    );
}

#[test]
fn voice_call_buttons_need_no_index_and_keep_their_limits() {
    let call =
        |params: &str| tpl(&format!(r#"{{"type": "button", "sub_type": "voice_call", "parameters": [{params}]}}"#));
    assert_clean(&call(r#"{"type": "ttl_minutes", "ttl_minutes": 43200}, {"type": "payload", "payload": "p"}"#));
    assert_reports(&call(r#"{"type": "ttl_minutes", "ttl_minutes": 0}"#), "LW523");
    assert_reports(&call(&format!(r#"{{"type": "payload", "payload": "{}"}}"#, "p".repeat(513))), "LW523");
    assert_reports(&call(r#"{"type": "text", "text": "x"}"#), "LW309");
    // Other buttons keep their index.
    let url = tpl(r#"{"type": "button", "sub_type": "url", "parameters": [{"type": "text", "text": "a"}]}"#);
    assert_reports(&url, "LW007");
}

#[test]
fn body_text_may_have_32768_characters_when_the_body_is_alone() {
    let text = |n: usize| format!(r#"{{"type": "text", "text": "{}"}}"#, "x".repeat(n));
    assert_not_reported(&tpl(&body(&text(32768))), "LW317");
    assert_reports(&tpl(&body(&text(32769))), "LW317");
    let with_button = format!("{}, {}", body(&text(1025)), button("quick_reply", r#""0""#, PAYLOAD));
    assert_reports(&tpl(&with_button), "LW317");
}

#[test]
fn tap_targets_quick_reply_text_and_order_details() {
    let tap = |entries: &str| {
        tpl(&format!(
            r#"{{"type": "tap_target_configuration", "parameters": [{{"type": "tap_target_configuration", "tap_target_configuration": [{entries}]}}]}}"#
        ))
    };
    assert_clean(&tap(r#"{"url": "https://www.luckyshrubs.com/", "title": "Offer Details"}"#));
    assert_reports(&tap(""), "LW524");
    assert_reports(&tap(r#"{"url": "ftp://x", "title": "Offer"}"#), "LW524");
    let text = button("quick_reply", r#""0""#, r#"{"type": "text", "text": "Yes"}"#);
    assert_reports(&tpl(&text), "LW528");
    assert_not_reported(&tpl(&text), "LW309");
    let details = fixture!("order-details-button").replace(r#""digital-goods""#, r#""services""#);
    assert_reports(&details, "LW525");
}

#[test]
fn a_media_card_carousel_has_two_to_ten_cards_a_product_card_carousel_one_to_ten() {
    let carousel = |header: &str, n: usize| {
        let cards: Vec<String> = (0..n)
            .map(|i| {
                format!(
                    r#"{{"card_index": {i}, "components": [{{"type": "header", "parameters": [{header}]}}, {}]}}"#,
                    button("quick_reply", r#""0""#, PAYLOAD)
                )
            })
            .collect();
        tpl(&format!(r#"{{"type": "carousel", "cards": [{}]}}"#, cards.join(", ")))
    };
    let image = r#"{"type": "image", "image": {"link": "https://example.com/a.jpg"}}"#;
    let product = r#"{"type": "product", "product": {"product_retailer_id": "a", "catalog_id": "1"}}"#;
    assert_reports(&carousel(image, 1), "LW336");
    assert_not_reported(&carousel(image, 2), "LW336");
    assert_not_reported(&carousel(product, 1), "LW336");
    assert_reports(&carousel(product, 11), "LW336");
}

#[test]
fn payment_link_preview_belongs_on_the_url_button() {
    let url = button("url", r#""0""#, r#"{"type": "text", "text": "pay/4711", "payment_link_preview": true}"#);
    assert_clean(&tpl(&url));
    let in_body = body(r#"{"type": "text", "text": "₹100", "payment_link_preview": true}"#);
    assert_reports(&tpl(&in_body), "LW530");
}
