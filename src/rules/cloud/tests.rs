use crate::rules::testing::*;

const TEXT: &str = r#"{"messaging_product": "whatsapp", "recipient_type": "individual", "to": "+16505551234",
    "type": "text", "text": {"body": "Hello"}}"#;

fn body(extra: &str) -> String {
    TEXT.replacen('{', &format!("{{{extra},"), 1)
}

#[test]
fn a_valid_send_body_is_clean_and_linted_as_cloud() {
    let report = lint(TEXT);
    assert_eq!(report.dialect, crate::Dialect::Cloud);
    assert_clean(TEXT);
}

#[test]
fn messaging_product_and_recipient_type() {
    let d = assert_reports(&TEXT.replace(r#""whatsapp""#, r#""WhatsApp""#), "LW500");
    assert_eq!(d[0].path.to_string(), "/messaging_product");
    assert_reports(&TEXT.replace("individual", "group"), "LW501");
    assert_not_reported(TEXT, "LW501");
    let missing = TEXT.replace(r#""messaging_product": "whatsapp","#, "");
    let d = assert_reports(&missing, "LW007");
    assert_eq!(d[0].path.to_string(), "/messaging_product");
}

#[test]
fn to_is_an_msisdn() {
    assert_reports(&TEXT.replace("+16505551234", "16505551234"), "LW108");
    assert_reports(&TEXT.replace("+16505551234", "+1650555123412345"), "LW107");
    assert_not_reported(&TEXT.replace("+16505551234", "+1 (650) 555-1234"), "LW106");
}

#[test]
fn unknown_type_and_missing_content() {
    let d = assert_reports(&TEXT.replace(r#""type": "text""#, r#""type": "reactions""#), "LW110");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `reaction`?"));
    assert_reports(&TEXT.replace(r#""type": "text""#, r#""type": "image""#), "LW007");
}

#[test]
fn replies_carry_a_wamid() {
    assert_reports(&body(r#""context": {"message_id": "1aU6cwxAKE9NzMLrs6M82C"}"#), "LW504");
    assert_not_reported(&body(r#""context": {"message_id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3"}"#), "LW504");
}

const REACTION: &str = r#"{"messaging_product": "whatsapp", "to": "+16505551234", "type": "reaction",
    "reaction": {"message_id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3", "emoji": "\uD83D\uDE00"}}"#;

#[test]
fn reactions() {
    assert_clean(REACTION);
    assert_clean(&REACTION.replace(r#""\uD83D\uDE00""#, r#""""#));
    assert_reports(&REACTION.replace(r#""\uD83D\uDE00""#, r#""ok""#), "LW502");
    assert_reports(&REACTION.replace(r#""\uD83D\uDE00""#, r#""😀😀""#), "LW502");
    assert_not_reported(&REACTION.replace(r#""\uD83D\uDE00""#, r#""👍🏽""#), "LW502");
    assert_not_reported(&REACTION.replace(r#""\uD83D\uDE00""#, r#""👩‍💻""#), "LW502");
    assert_not_reported(&REACTION.replace(r#""\uD83D\uDE00""#, r#""🇸🇪""#), "LW502");
    let reply = REACTION.replacen('{', r#"{"context": {"message_id": "wamid.X"},"#, 1);
    assert_reports(&reply, "LW503");
    assert_reports(&REACTION.replace("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3", "abc"), "LW504");
}

#[test]
fn link_members_are_unknown_in_cloud_json() {
    let d = assert_reports(&body(r#""destinations": ["+1"]"#), "LW005");
    assert_eq!(d[0].path.to_string(), "/destinations");
}

#[test]
fn contacts_use_snake_case_in_cloud_json() {
    let contacts = |name: &str| {
        format!(
            r#"{{"messaging_product": "whatsapp", "to": "+16505551234", "type": "contacts",
            "contacts": [{{"name": {name}, "phones": [{{"phone": "+16505551234", "wa_id": "16505551234"}}]}}]}}"#
        )
    };
    assert_clean(&contacts(r#"{"formatted_name": "John Smith", "first_name": "John"}"#));
    let d = assert_reports(&contacts(r#"{"formattedName": "John Smith", "first_name": "John"}"#), "LW005");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `formatted_name`?"));
    let d = assert_reports(&contacts(r#"{"first_name": "John"}"#), "LW007");
    assert_eq!(d[0].path.to_string(), "/contacts/0/name/formatted_name");
}
