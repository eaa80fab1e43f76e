//! Parameters: types, text limits, currency, dateTime, media, location, action, coupon, LTO.

use super::{body, path_of, text, tpl};
use crate::rules::testing::*;

fn header(param: &str) -> String {
    format!(r#"{{"type": "header", "parameters": [{param}]}}"#)
}

fn currency(code: &str, amount: &str) -> String {
    body(&format!(
        r#"{{"type": "currency", "currency": {{"fallbackValue": "$100.99", "code": "{code}", "amount1000": {amount}}}}}"#
    ))
}

fn date_time(members: &str) -> String {
    body(&format!(r#"{{"type": "dateTime", "dateTime": {{"fallbackValue": "February 25, 1977 03:33PM"{members}}}}}"#))
}

const PARTS: &str = r#", "dayOfWeek": 5, "dayOfMonth": 25, "year": 1977, "month": 2, "hour": 15, "minute": 33"#;

fn mpm(sections: &str) -> String {
    format!(
        r#"{{"type": "button", "subType": "mpm", "index": 0, "parameters": [{{"type": "action", "action": {{"thumbnail_product_retailer_id": "sku-1", "sections": [{sections}]}}}}]}}"#
    )
}

fn section(title: &str, items: usize) -> String {
    let items: Vec<String> = (0..items).map(|i| format!(r#"{{"product_retailer_id": "sku-{i}"}}"#)).collect();
    format!(r#"{{"title": "{title}", "product_items": [{}]}}"#, items.join(","))
}

#[test]
fn members_of_other_parameter_types_are_unknown() {
    let json = tpl(&body(r#"{"type": "currency", "text": "Your currency"}"#));
    assert_eq!(path_of(&json, "LW005"), "/template/components/0/parameters/0/text");
    assert_eq!(path_of(&json, "LW007"), "/template/components/0/parameters/0/currency");
    let json = tpl(&header(r#"{"type": "image", "link": "https://example.com/a.png"}"#));
    assert_eq!(path_of(&json, "LW007"), "/template/components/0/parameters/0/image");
}

#[test]
fn parameter_type_unknown() {
    let d = assert_reports(
        &tpl(&date_time("").replace("\"dateTime\", \"dateTime\"", "\"date_time\", \"dateTime\"")),
        "LW308",
    );
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/type");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `dateTime`?"));
    assert_not_reported(&tpl(&date_time(PARTS)), "LW308");
}

#[test]
fn parameter_type_not_allowed_in_header_and_body() {
    let d = assert_reports(&tpl(&header(r#"{"type": "payload", "payload": "p"}"#)), "LW309");
    assert_eq!(
        d[0].message,
        "a header takes `text`, `image`, `document`, `video` or `location` parameters, not `payload`"
    );
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/type");
    let image = r#"{"type": "image", "image": {"link": "https://example.com/a.png"}}"#;
    assert_reports(&tpl(&body(image)), "LW309");
    assert_not_reported(&tpl(&header(image)), "LW309");
}

#[test]
fn header_media_goes_through_the_media_checks() {
    let json = tpl(&header(r#"{"type": "document", "document": {"filename": "a.pdf"}}"#));
    assert_eq!(path_of(&json, "LW220"), "/template/components/0/parameters/0/document");
    assert_clean(&tpl(&header(
        r#"{"type": "document", "document": {"link": "https://example.com/a.pdf", "filename": "a.pdf"}}"#,
    )));
}

#[test]
fn parameter_value_empty() {
    assert_eq!(path_of(&tpl(&body(&text(" "))), "LW316"), "/template/components/0/parameters/0/text");
    assert_not_reported(&tpl(&body(&text("a"))), "LW316");
    let empty_payload = tpl(
        r#"{"type": "button", "subType": "quickReply", "index": 0, "parameters": [{"type": "payload", "payload": ""}]}"#,
    );
    assert_eq!(path_of(&empty_payload, "LW316"), "/template/components/0/parameters/0/payload");
}

#[test]
fn text_parameter_too_long() {
    let d = assert_reports(&tpl(&header(&text(&"h".repeat(61)))), "LW317");
    assert_eq!(d[0].message, "a header text parameter is 61 characters; the limit is 60");
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/text");
    assert_not_reported(&tpl(&header(&text(&"é".repeat(60)))), "LW317");
    assert_reports(&tpl(&body(&text(&"b".repeat(1025)))), "LW317");
    assert_not_reported(&tpl(&body(&text(&"b".repeat(1024)))), "LW317");
}

#[test]
fn text_parameter_whitespace() {
    for bad in [r"line\nbreak", r"a\tb", "a     b"] {
        let d = assert_reports(&tpl(&body(&text(bad))), "LW318");
        assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/text");
    }
    assert_not_reported(&tpl(&body(&text("a    b"))), "LW318");
}

#[test]
fn currency_code_invalid() {
    let d = assert_reports(&tpl(&currency("usd", "100990")), "LW321");
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/currency/code");
    assert_eq!(d[0].help.as_deref(), Some("use `USD`"));
    assert_reports(&tpl(&currency("$", "100990")), "LW321");
    assert_clean(&tpl(&currency("USD", "100990")));
}

#[test]
fn currency_code_unknown() {
    let d = assert_reports(&tpl(&currency("EUD", "100990")), "LW322");
    assert_eq!(d[0].severity, crate::Severity::Warning);
    assert_not_reported(&tpl(&currency("EUR", "100990")), "LW322");
}

#[test]
fn currency_amount_forms() {
    for ok in ["100990", "\"100990\"", "-5000"] {
        assert_not_reported(&tpl(&currency("USD", ok)), "LW323");
    }
    for bad in ["\"100.99\"", "100.99", "\"$100\"", "\"\""] {
        let d = assert_reports(&tpl(&currency("USD", bad)), "LW323");
        assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/currency/amount1000", "{bad}");
    }
}

#[test]
fn currency_members_are_required() {
    let json = tpl(&body(r#"{"type": "currency", "currency": {"code": "USD", "amount1000": 1000}}"#));
    assert_eq!(path_of(&json, "LW007"), "/template/components/0/parameters/0/currency/fallbackValue");
    let snake =
        tpl(&body(r#"{"type": "currency", "currency": {"fallbackValue": "$1", "code": "USD", "amount_1000": 1000}}"#));
    let d = assert_reports(&snake, "LW005");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `amount1000`?"));
}

#[test]
fn date_time_fields_incomplete() {
    let d = assert_reports(&tpl(&date_time("")), "LW324");
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/dateTime");
    let partial = tpl(&date_time(r#", "year": 1977, "month": 2"#));
    let d = assert_reports(&partial, "LW324");
    let paths: Vec<String> = d.iter().map(|d| d.path.to_string()).collect();
    assert_eq!(paths.len(), 4, "{paths:?}");
    assert!(paths.contains(&"/template/components/0/parameters/0/dateTime/dayOfWeek".to_owned()));
    assert_clean(&tpl(&date_time(PARTS)));
    assert_clean(&tpl(&date_time(r#", "timestamp": "225732780000""#)));
}

#[test]
fn date_time_timestamp_not_alone() {
    let json = tpl(&date_time(&format!(r#"{PARTS}, "timestamp": 225732780000"#)));
    assert_eq!(path_of(&json, "LW325"), "/template/components/0/parameters/0/dateTime/timestamp");
    assert_not_reported(&tpl(&date_time(r#", "timestamp": 225732780000"#)), "LW325");
}

#[test]
fn date_time_field_invalid() {
    let d = assert_reports(&tpl(&date_time(&PARTS.replace("\"month\": 2", "\"month\": 13"))), "LW326");
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/dateTime/month");
    assert_eq!(d[0].message, "`month` is 13; it must be between 1 and 12");
    let d = assert_reports(&tpl(&date_time(&PARTS.replace("\"dayOfMonth\": 25", "\"dayOfMonth\": 30"))), "LW326");
    assert_eq!(d[0].message, "`dayOfMonth` is 30; month 2 of 1977 has 28 days");
    assert_reports(&tpl(&date_time(&PARTS.replace("\"hour\": 15", "\"hour\": \"3pm\""))), "LW326");
    assert_reports(&tpl(&date_time(r#", "timestamp": "yesterday""#)), "LW326");
    assert_not_reported(&tpl(&date_time(&PARTS.replace("\"hour\": 15", "\"hour\": \"15\""))), "LW326");
}

#[test]
fn date_time_day_of_week_mismatch() {
    let d = assert_reports(&tpl(&date_time(&PARTS.replace("\"dayOfWeek\": 5", "\"dayOfWeek\": 4"))), "LW327");
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/dateTime/dayOfWeek");
    assert_eq!(d[0].message, "`dayOfWeek` is 4, but 1977-02-25 is a Friday (5)");
    assert_not_reported(&tpl(&date_time(PARTS)), "LW327");
}

#[test]
fn timestamp_looks_like_seconds() {
    let d = assert_reports(&tpl(&date_time(r#", "timestamp": 225732780"#)), "LW328");
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/dateTime/timestamp");
    assert_eq!(d[0].help.as_deref(), Some("milliseconds are seconds × 1000: 225732780000"));
    assert_not_reported(&tpl(&date_time(r#", "timestamp": 225732780000"#)), "LW328");
}

#[test]
fn location_header() {
    let loc = |lat: &str, lon: &str| {
        header(&format!(
            r#"{{"type": "location", "location": {{"latitude": {lat}, "longitude": {lon}, "name": "Depot", "address": "1 Main St"}}}}"#
        ))
    };
    let d = assert_reports(&tpl(&loc("\"97.5\"", "10")), "LW344");
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/location/latitude");
    assert_reports(&tpl(&loc("10", "\"east\"")), "LW344");
    assert_clean(&tpl(&loc("\"37.483307\"", "\"122.148981\"")));
    assert_clean(&tpl(&loc("37.483307", "-122.148981")));
}

#[test]
fn mpm_sections_count() {
    let d = assert_reports(&tpl(&mpm("")), "LW329");
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/action/sections");
    let eleven: Vec<String> = (0..11).map(|_| section("Bundles", 1)).collect();
    let d = assert_reports(&tpl(&mpm(&eleven.join(","))), "LW329");
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/action/sections/10");
    assert_clean(&tpl(&mpm(&section("Bundles", 2))));
}

#[test]
fn mpm_section_title_too_long() {
    let d = assert_reports(&tpl(&mpm(&section(&"t".repeat(25), 1))), "LW330");
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/action/sections/0/title");
    assert_not_reported(&tpl(&mpm(&section(&"t".repeat(24), 1))), "LW330");
}

#[test]
fn mpm_too_many_products() {
    let json = tpl(&mpm(&format!("{},{}", section("A", 20), section("B", 11))));
    assert_eq!(path_of(&json, "LW331"), "/template/components/0/parameters/0/action/sections/1/product_items/10");
    assert_not_reported(&tpl(&mpm(&format!("{},{}", section("A", 20), section("B", 10)))), "LW331");
}

#[test]
fn mpm_and_catalog_actions() {
    let no_thumb = tpl(
        r#"{"type": "button", "subType": "mpm", "index": 0, "parameters": [{"type": "action", "action": {"sections": []}}]}"#,
    );
    assert_eq!(path_of(&no_thumb, "LW007"), "/template/components/0/parameters/0/action/thumbnail_product_retailer_id");
    let catalog = |action: &str| {
        tpl(&format!(
            r#"{{"type": "button", "subType": "catalog", "index": 0, "parameters": [{{"type": "action", "action": {action}}}]}}"#
        ))
    };
    assert_clean(&catalog(r#"{"thumbnail_product_retailer_id": "sku-1"}"#));
    let d = assert_reports(&catalog(r#"{"thumbnail_product_retailer": "sku-1"}"#), "LW005");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `thumbnail_product_retailer_id`?"));
}

#[test]
fn coupon_code_too_long() {
    let copy = |code: &str| {
        tpl(&format!(
            r#"{{"type": "button", "subType": "copy_code", "index": 0, "parameters": [{{"type": "coupon_code", "coupon_code": "{code}"}}]}}"#
        ))
    };
    let d = assert_reports(&copy("example-coupon-code"), "LW332");
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/coupon_code");
    assert_eq!(d[0].message, "the coupon code is 19 characters; the limit is 15");
    assert_clean(&copy("SUMMER2025"));
}

fn lto(param: &str) -> String {
    tpl(&format!(r#"{{"type": "limited_time_offer", "parameters": [{param}]}}"#))
}

#[test]
fn lto_expiration_invalid() {
    let d = assert_reports(
        &lto(r#"{"type": "limited_time_offer", "limited_time_offer": {"expiration_time_ms": -1}}"#),
        "LW333",
    );
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/limited_time_offer/expiration_time_ms");
    assert_clean(&lto(
        r#"{"type": "limited_time_offer", "limited_time_offer": {"expiration_time_ms": 1707232588000}}"#,
    ));
    let seconds = lto(r#"{"type": "limited_time_offer", "limited_time_offer": {"expiration_time_ms": 1707232588}}"#);
    assert_reports(&seconds, "LW328");
}

#[test]
fn lto_expiration_not_nested() {
    let flat = lto(r#"{"type": "limited_time_offer", "expiration_time_ms": 1707232588000}"#);
    let d = assert_reports(&flat, "LW334");
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/expiration_time_ms");
    assert_not_reported(&flat, "LW007");
    let neither = lto(r#"{"type": "limited_time_offer"}"#);
    assert_eq!(path_of(&neither, "LW007"), "/template/components/0/parameters/0/limited_time_offer");
    assert_not_reported(
        &lto(r#"{"type": "limited_time_offer", "limited_time_offer": {"expiration_time_ms": 1707232588000}}"#),
        "LW334",
    );
}

#[test]
fn a_text_body_with_currency_and_date_time_is_clean() {
    let params = format!(
        r#"{},{{"type": "currency", "currency": {{"fallbackValue": "$100.99", "code": "USD", "amount1000": "100990"}}}},{{"type": "dateTime", "dateTime": {{"fallbackValue": "February 25, 1977 03:33PM"{PARTS}}}}}"#,
        text("Ada")
    );
    assert_clean(&tpl(&body(&params)));
}

#[test]
fn mpm_section_empty() {
    let json = tpl(&mpm(&format!("{},{}", section("A", 1), section("B", 0))));
    let d = assert_reports(&json, "LW349");
    assert_eq!(d[0].path.to_string(), "/template/components/0/parameters/0/action/sections/1/product_items");
    assert_eq!(d[0].message, "`product_items` has 0 items; at least 1 required");
    assert_not_reported(&tpl(&mpm(&format!("{},{}", section("A", 1), section("B", 1)))), "LW349");
}
