//! CTA URL and location request messages.

use super::*;
use crate::rules::testing::*;
use serde_json::json;

#[test]
fn cta_url_parameters() {
    let path = "/interactive/action/parameters/display_text";
    let d = assert_reports(&set(CTA_URL, path, json!("d".repeat(21))), "LW460");
    assert_eq!(d[0].path.to_string(), path);
    assert_not_reported(&set(CTA_URL, path, json!("d".repeat(20))), "LW460");
    let path = "/interactive/action/parameters/url";
    let d = assert_reports(&set(CTA_URL, path, json!("www.example.com")), "LW461");
    assert_eq!(d[0].path.to_string(), path);
    assert_not_reported(&set(CTA_URL, path, json!("http://example.com")), "LW461");
    for key in ["display_text", "url"] {
        let d = assert_reports(&remove(CTA_URL, &format!("/interactive/action/parameters/{key}")), "LW007");
        at(&d, &format!("/interactive/action/parameters/{key}"));
    }
}

#[test]
fn location_request_action() {
    assert_not_reported(LOCATION, "LW406");
    let d = assert_reports(&set(LOCATION, "/interactive/action/parameters", json!({})), "LW005");
    assert_eq!(d[0].path.to_string(), "/interactive/action/parameters");
}
