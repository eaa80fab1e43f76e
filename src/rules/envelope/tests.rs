use crate::rules::testing::*;

/// A valid request with `extra` members merged in (later keys win in serde_json's map).
fn request(extra: &str) -> String {
    let base = r#""platformId":"p","platformPartnerId":"pp","refId":"r","priority":"NORMAL","source":"+46700000000",
        "destinations":["+46700000001"],"messages":[{"type":"template","template":{"name":"t","language":{"code":"en"},"components":[]}}]"#;
    if extra.is_empty() { format!("{{{base}}}") } else { format!("{{{base},{extra}}}") }
}

fn without(key: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(&request("")).unwrap();
    v.as_object_mut().unwrap().remove(key);
    v.to_string()
}

#[test]
fn a_valid_request_is_clean() {
    assert_clean(&request(""));
}

#[test]
fn required_members() {
    for key in ["platformId", "platformPartnerId", "refId", "priority", "source", "destinations", "messages"] {
        let d = assert_reports(&without(key), "LW007");
        assert_eq!(d[0].path.to_string(), format!("/{key}"));
    }
}

#[test]
fn priority() {
    let d = assert_reports(&request(r#""priority":"normal""#), "LW101");
    assert_eq!(d[0].help.as_deref(), Some("use `NORMAL`"));
    assert_not_reported(&request(r#""priority":"HIGH""#), "LW101");
}

#[test]
fn relative_validity() {
    let d = assert_reports(&request(r#""relativeValidityTime":1584543059442"#), "LW102");
    assert!(d[0].message.contains("about 50 years"), "{}", d[0].message);
    assert_not_reported(&request(r#""relativeValidityTime":86400000"#), "LW102");
    assert_reports(&request(r#""relativeValidityTime":0"#), "LW103");
    assert_not_reported(&request(r#""relativeValidityTime":1"#), "LW103");
    assert_reports(&request(r#""relativeValidityTime":"86400000""#), "LW006");
}

#[test]
fn absolute_validity() {
    assert_reports(&request(r#""absoluteValidityTime":"2020-03-18 16:49""#), "LW104");
    assert_reports(&request(r#""absoluteValidityTime":"2020-13-18T16:49:21Z""#), "LW104");
    assert_not_reported(&request(r#""absoluteValidityTime":"2020-03-18T16:49:21Z""#), "LW104");
    assert_not_reported(&request(r#""absoluteValidityTime":"2010-03-30T12:59:40.5+02:00""#), "LW104");
    assert_reports(&request(r#""absoluteValidityTime":"2020-03-18T16:49:21Z","relativeValidityTime":1000"#), "LW105");
    assert_not_reported(&request(r#""absoluteValidityTime":"2020-03-18T16:49:21Z""#), "LW105");
}

#[test]
fn msisdns() {
    assert_reports(&request(r#""destinations":["+46 70-ABC"]"#), "LW106");
    assert_reports(&request(r#""source":"sender""#), "LW106");
    assert_not_reported(&request(r#""destinations":["+1 (940) 555-1234"]"#), "LW106");
    let d = assert_reports(&request(r#""destinations":["+1234567890123456"]"#), "LW107");
    assert_eq!(d[0].message, "the number is 16 digits; the limit is 15");
    assert_not_reported(&request(r#""destinations":["+123456789012345"]"#), "LW107");
    let d = assert_reports(&request(r#""destinations":["0701234567"]"#), "LW108");
    assert!(!d[0].message.contains("0701234567"), "messages do not echo phone numbers");
    assert_not_reported(&request(r#""destinations":["+46701234567","0046701234568"]"#), "LW108");
    assert_not_reported(&request(r#""source":"0701234567""#), "LW108");
}

#[test]
fn empty_and_repeated_lists() {
    assert_reports(&request(r#""destinations":[]"#), "LW109");
    assert_reports(&request(r#""messages":[]"#), "LW113");
    let d = assert_reports(&request(r#""destinations":["+46701234567","+46 70 123 45 67"]"#), "LW114");
    assert_eq!(d[0].path.to_string(), "/destinations/1");
    assert_not_reported(&request(r#""destinations":["+46701234567","+46701234568"]"#), "LW114");
    assert_reports(&request(r#""destinations":[46701234567]"#), "LW006");
    assert_reports(&request(r#""eventReportGates":["a", 1]"#), "LW006");
}

#[test]
fn custom_parameters() {
    let d = assert_reports(&request(r#""customParameters":{"a":{"b":"c"}}"#), "LW115");
    assert_eq!(d[0].path.to_string(), "/customParameters/a");
    assert_not_reported(&request(r#""customParameters":{"a":"b"}"#), "LW115");
    assert_reports(&request(r#""customParameters":{"ott.whatsapp.logMessageContent":"yes"}"#), "LW116");
    assert_not_reported(&request(r#""customParameters":{"ott.whatsapp.logMessageContent":"true"}"#), "LW116");
}

#[test]
fn empty_identifiers() {
    assert_reports(&request(r#""refId":"""#), "LW117");
    assert_not_reported(&request(r#""refId":"x""#), "LW117");
}

#[test]
fn unknown_members_get_a_suggestion() {
    let d = assert_reports(&request(r#""platformID":"p""#), "LW005");
    assert_eq!(d[0].help.as_deref(), None, "platformId is present, so it is not suggested");
    let d = assert_reports(&without("refId").replacen('{', r#"{"refid":"x","#, 1), "LW005");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `refId`?"));
}
