//! Flow messages.

use super::*;
use crate::rules::testing::*;
use serde_json::json;

const PARAMS: &str = "/interactive/action/parameters";

#[test]
fn required_parameters() {
    for key in ["flow_message_version", "flow_id", "flow_cta"] {
        let d = assert_reports(&remove(FLOW, &format!("{PARAMS}/{key}")), "LW007");
        at(&d, &format!("{PARAMS}/{key}"));
    }
    let d = assert_reports(&remove(FLOW, PARAMS), "LW007");
    at(&d, PARAMS);
    assert_not_reported(FLOW, "LW007");
}

#[test]
fn flow_message_version_is_3() {
    let d = assert_reports(&set(FLOW, &format!("{PARAMS}/flow_message_version"), json!("2")), "LW450");
    assert_eq!(d[0].path.to_string(), format!("{PARAMS}/flow_message_version"));
    assert_not_reported(FLOW, "LW450");
    // A number is a wrong type, not a wrong version.
    let json = set(FLOW, &format!("{PARAMS}/flow_message_version"), json!(3));
    assert_reports(&json, "LW006");
    assert_not_reported(&json, "LW450");
}

#[test]
fn flow_cta_length() {
    let d = assert_reports(&set(FLOW, &format!("{PARAMS}/flow_cta"), json!("c".repeat(21))), "LW451");
    assert_eq!(d[0].path.to_string(), format!("{PARAMS}/flow_cta"));
    assert_eq!(d[0].message, "flow CTA is 21 characters; the limit is 20");
    assert_not_reported(&set(FLOW, &format!("{PARAMS}/flow_cta"), json!("c".repeat(20))), "LW451");
}

#[test]
fn mode_and_flow_action() {
    let d = assert_reports(&set(FLOW, &format!("{PARAMS}/mode"), json!("Published")), "LW452");
    assert_eq!(d[0].help.as_deref(), Some("use `published`"));
    assert_eq!(d[0].path.to_string(), format!("{PARAMS}/mode"));
    assert_not_reported(&set(FLOW, &format!("{PARAMS}/mode"), json!("draft")), "LW452");
    let d = assert_reports(&set(FLOW, &format!("{PARAMS}/flow_action"), json!("navigation")), "LW453");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `navigate`?"));
    assert_eq!(d[0].path.to_string(), format!("{PARAMS}/flow_action"));
    assert_not_reported(FLOW, "LW453");
}

#[test]
fn payload_only_with_navigate() {
    let d = assert_reports(&set(FLOW, &format!("{PARAMS}/flow_action"), json!("data_exchange")), "LW454");
    assert_eq!(d[0].path.to_string(), format!("{PARAMS}/flow_action_payload"));
    assert_not_reported(FLOW, "LW454");
    assert_not_reported(&remove(FLOW, &format!("{PARAMS}/flow_action")), "LW454");
}

#[test]
fn payload_data_is_not_empty() {
    let path = format!("{PARAMS}/flow_action_payload/data");
    let d = assert_reports(&set(FLOW, &path, json!({})), "LW455");
    assert_eq!(d[0].path.to_string(), path);
    assert_not_reported(FLOW, "LW455");
    assert_not_reported(&remove(FLOW, &path), "LW455");
}

#[test]
fn flow_expires_is_unknown() {
    let d = assert_reports(&set(FLOW, &format!("{PARAMS}/flow_expires"), json!("2023-09-28T12:00:00Z")), "LW005");
    assert_eq!(d[0].path.to_string(), format!("{PARAMS}/flow_expires"));
}

#[test]
fn flow_token_on_the_action_is_misplaced() {
    let d = assert_reports(&set(FLOW, "/interactive/action/flowToken", json!("tok")), "LW407");
    assert_eq!(d[0].path.to_string(), "/interactive/action/flowToken");
    assert_eq!(d[0].help.as_deref(), Some("move the token to `action.parameters.flow_token`"));
    assert_not_reported(FLOW, "LW407");
}
