//! Message status notifications (DLRs).

use super::*;
use crate::rules::testing::*;

#[test]
fn required_members() {
    for key in ["messageId", "refId", "messageType", "messageIndex", "timestamp", "resultCode", "resultDescription"] {
        let d = assert_reports(&without(DLR, &format!("/{key}")), "LW007");
        assert_eq!(d[0].path.to_string(), format!("/{key}"));
    }
    assert_clean(&without(DLR, "/gateCustomParameters"));
    assert_clean(&without(DLR, "/customParameters"));
}

#[test]
fn documented_result_codes() {
    for code in ["112000", "112002", "112003", "112006", "112007", "112008", "112403", "112404", "112406", "112408"] {
        assert_clean(&set(DLR, "/resultCode", code));
    }
    let d = assert_reports(&set(DLR, "/resultCode", "112409"), "LW621");
    assert!(d[0].message.contains("most likely a misprint"), "{}", d[0].message);
    let d = assert_reports(&set(DLR, "/resultCode", "12409"), "LW621");
    assert_eq!(
        d[0].help.as_deref(),
        Some("handle both 12409 and 112409; no more notifications follow for this message")
    );
    assert_not_reported(&set(DLR, "/resultCode", "12409"), "LW620");

    let d = assert_reports(&set(DLR, "/resultCode", "112004"), "LW620");
    assert_eq!(d[0].path.to_string(), "/resultCode");
    assert_eq!(
        d[0].message,
        "resultCode 112004 is in the 1.4.2 response-code table, but not among the status-notification codes"
    );
    let d = assert_reports(&set(DLR, "/resultCode", "42"), "LW620");
    assert_eq!(d[0].message, "resultCode 42 is not a documented status-notification code");
}

#[test]
fn message_type() {
    let d = assert_reports(&set(DLR, "/messageType", r#""txt""#), "LW603");
    assert_eq!(d[0].path.to_string(), "/messageType");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `text`?"));
    assert_reports(&set(DLR, "/messageType", r#""TEXT""#), "LW603");
    for kind in ["text", "image", "interactive", "request"] {
        assert_not_reported(&set(DLR, "/messageType", &format!("\"{kind}\"")), "LW603");
    }
    // White space around a documented value: padded, not unknown.
    let doc = set(DLR, "/messageType", r#"" template""#);
    let d = assert_reports(&doc, "LW602");
    assert_eq!(d[0].help.as_deref(), Some("use `template`"));
    assert_not_reported(&doc, "LW603");
}

#[test]
fn message_index() {
    let d = assert_reports(&set(DLR, "/messageIndex", "-2"), "LW622");
    assert_eq!(d[0].message, "`messageIndex` is -2; it is 0 or more, or -1 for a failed request");
    let d = assert_reports(&set(DLR, "/messageIndex", "-1"), "LW622");
    assert_eq!(d[0].path.to_string(), "/messageIndex");
    let failed = set(&set(DLR, "/messageType", r#""request""#), "/resultCode", "112403");
    assert_not_reported(&set(&failed, "/messageIndex", "-1"), "LW622");
    assert_not_reported(&set(DLR, "/messageIndex", "3"), "LW622");
    assert_reports(&set(DLR, "/messageIndex", "0.5"), "LW006");
}

#[test]
fn a_failed_request_has_a_failure_code() {
    let request = set(&set(DLR, "/messageType", r#""request""#), "/messageIndex", "-1");
    let d = assert_reports(&request, "LW623");
    assert_eq!(d[0].path.to_string(), "/resultCode");
    assert_not_reported(&set(&request, "/resultCode", "112000"), "LW623");
}

#[test]
fn timestamp() {
    let d = assert_reports(&set(DLR, "/timestamp", r#""30.03.2020 12:59""#), "LW600");
    assert_eq!(d[0].path.to_string(), "/timestamp");
    assert_eq!(d[0].message, "`timestamp` `30.03.2020 12:59` is not an RFC 3339 date-time");
    assert_reports(&set(DLR, "/timestamp", "1585565981"), "LW006");
    assert_not_reported(&set(DLR, "/timestamp", r#""2010-03-30T12:59:40.123Z""#), "LW600");
}

#[test]
fn custom_parameters_are_key_value() {
    let d = assert_reports(&set(DLR, "/customParameters/campaign", "7"), "LW601");
    assert_eq!(d[0].path.to_string(), "/customParameters/campaign");
    let d = assert_reports(&set(DLR, "/gateCustomParameters", r#"["a"]"#), "LW006");
    assert_eq!(d[0].message, "`gateCustomParameters` must be an object or null; found an array");
    assert_clean(&set(DLR, "/customParameters", "null"));
    assert_clean(&set(DLR, "/gateCustomParameters", "{}"));

    let d = assert_reports(&set(DLR, "/customParameters/ waMessageId ", r#""wamid.X""#), "LW602");
    assert_eq!(d[0].path.to_string(), "/customParameters/ waMessageId ");
    assert_eq!(d[0].help.as_deref(), Some("use `waMessageId`"));
    let d = assert_reports(&set(DLR, "/customParameters/my key ", r#""v""#), "LW602");
    assert_eq!(d[0].help.as_deref(), Some("remove the white space"));
    assert_not_reported(&set(DLR, "/customParameters/my key", r#""v""#), "LW602");
}

#[test]
fn identifiers() {
    let d = assert_reports(&set(DLR, "/refId", r#""""#), "LW605");
    assert_eq!(d[0].message, "`refId` is empty");
    let d = assert_reports(&set(DLR, "/customParameters/waMessageId", r#""""#), "LW605");
    assert_eq!(d[0].path.to_string(), "/customParameters/waMessageId");
    let d = assert_reports(&set(DLR, "/messageId", r#"" TJYLF42nSpLGGzzCmSevgP""#), "LW602");
    assert_eq!(d[0].path.to_string(), "/messageId");
    assert_not_reported(&set(DLR, "/messageId", r#""TJYLF42nSpLGGzzCmSevgP""#), "LW602");
}

#[test]
fn error_details_only_on_failures() {
    let with_details = set(DLR, "/customParameters/metaErrorDetails", r#""Media download error""#);
    let d = assert_reports(&with_details, "LW624");
    assert_eq!(d[0].path.to_string(), "/customParameters/metaErrorDetails");
    assert_eq!(d[0].message, "`metaErrorDetails` comes with resultCode 112003, which is not a failure");
    assert_not_reported(&set(&with_details, "/resultCode", "112403"), "LW624");
}

#[test]
fn retried_meta_codes() {
    let failed = set(DLR, "/resultCode", "112403");
    for (description, code) in [("(#131000) Something went wrong", 131000), ("#(130429) Rate limit hit", 130429)] {
        let doc = set(&failed, "/resultDescription", &format!("\"{description}\""));
        let d = assert_reports(&doc, "LW625");
        assert_eq!(d[0].path.to_string(), "/resultDescription");
        assert!(d[0].message.starts_with(&format!("Meta error {code} is retried")), "{}", d[0].message);
    }
    assert_not_reported(&set(&failed, "/resultDescription", r#""(#100) Invalid parameter""#), "LW625");
    assert_not_reported(&set(&failed, "/resultDescription", r##""#(131) no such code""##), "LW625");
    let doc = set(&failed, "/customParameters/metaErrorDetails", r#""(#4) Too many calls""#);
    let d = assert_reports(&doc, "LW625");
    assert_eq!(d[0].path.to_string(), "/customParameters/metaErrorDetails");
}

#[test]
fn meta_code_parsing() {
    use crate::rules::inbound::result_code::meta_code_in as meta_code;
    assert_eq!(meta_code("(#100)Invalid parameter "), Some(100));
    assert_eq!(meta_code("#(100) Invalid parameter "), Some(100));
    assert_eq!(meta_code("error #131049"), Some(131049));
    assert_eq!(meta_code("# no code, then (#2)"), Some(2));
    assert_eq!(meta_code("delivered"), None);
    assert_eq!(meta_code("#(99999999999) overflow"), None);
}
