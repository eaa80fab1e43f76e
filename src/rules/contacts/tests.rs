use super::{is_email, is_phone};
use crate::rules::strings::is_calendar_date as is_date;
use crate::rules::testing::*;

const NAME: &str = r#""name": {"formattedName": "John Smith", "firstName": "John"}"#;

/// A contacts message with one contact made of `NAME` and `members`.
fn contact(members: &str) -> String {
    let sep = if members.is_empty() { "" } else { ", " };
    format!(r#"{{"type": "contacts", "contacts": [{{{NAME}{sep}{members}}}]}}"#)
}

/// A contacts message with one contact whose name is `name`.
fn named(name: &str) -> String {
    format!(r#"{{"type": "contacts", "contacts": [{{"name": {name}}}]}}"#)
}

#[test]
fn a_full_contact_is_clean() {
    assert_clean(&contact(
        r#""addresses": [{"street": "1 Main St", "city": "Springfield", "state": "IL", "zip": "62701", "country": "United States", "countryCode": "us", "type": "HOME"}],
        "birthday": "2000-02-29",
        "emails": [{"email": "jane@example.com", "type": "WORK"}],
        "org": {"company": "Example Inc", "department": "Sales", "title": "Manager"},
        "phones": [{"phone": "+1 (555) 010-0000", "type": "WORK", "waId": "15550100000"}, {"phone": "555-0100"}],
        "urls": [{"url": "https://www.example.com", "type": "WORK"}]"#,
    ));
}

#[test]
fn contacts_is_a_non_empty_list() {
    let d = assert_reports(r#"{"type": "contacts", "contacts": []}"#, "LW260");
    assert_eq!(d[0].path.to_string(), "/contacts");
    assert_eq!(d[0].message, "`contacts` has 0 items; at least 1 required");
    assert_not_reported(&contact(""), "LW260");
    assert_reports(r#"{"type": "contacts", "contacts": {}}"#, "LW006");
}

#[test]
fn name_and_formatted_name_are_required() {
    let d = assert_reports(r#"{"type": "contacts", "contacts": [{"birthday": "2000-01-01"}]}"#, "LW007");
    assert_eq!(d[0].path.to_string(), "/contacts/0/name");
    let d = assert_reports(&named(r#"{"firstName": "John"}"#), "LW007");
    assert_eq!(d[0].path.to_string(), "/contacts/0/name/formattedName");
}

#[test]
fn name_needs_a_part_besides_formatted_name() {
    let d = assert_reports(&named(r#"{"formattedName": "John Smith"}"#), "LW261");
    assert_eq!(d[0].path.to_string(), "/contacts/0/name");
    assert_eq!(d[0].message, "one of `firstName` or `lastName` or `middleName` or `suffix` or `prefix` is required");
    assert_reports(&named(r#"{"formattedName": "John Smith", "lastName": " "}"#), "LW261");
    for part in ["firstName", "lastName", "middleName", "suffix", "prefix"] {
        assert_not_reported(&named(&format!(r#"{{"formattedName": "John Smith", "{part}": "x"}}"#)), "LW261");
    }
    // A part of the wrong type is reported once, as a wrong type.
    let json = named(r#"{"formattedName": "John Smith", "firstName": 1}"#);
    assert_reports(&json, "LW006");
    assert_not_reported(&json, "LW261");
}

#[test]
fn snake_case_is_the_other_dialect() {
    let d = assert_reports(&named(r#"{"formatted_name": "John Smith", "first_name": "John"}"#), "LW005");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `firstName`?"));
    assert_eq!(d[1].help.as_deref(), Some("did you mean `formattedName`?"));
    let d = assert_reports(&contact(r#""phones": [{"phone": "+15550100000", "wa_id": "15550100000"}]"#), "LW005");
    assert_eq!(d[0].path.to_string(), "/contacts/0/phones/0/wa_id");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `waId`?"));
}

#[test]
fn formatted_name_not_empty() {
    let d = assert_reports(&named(r#"{"formattedName": "", "firstName": "John"}"#), "LW262");
    assert_eq!(d[0].path.to_string(), "/contacts/0/name/formattedName");
    assert_not_reported(&named(r#"{"formattedName": "J", "firstName": "John"}"#), "LW262");
}

#[test]
fn birthday() {
    let d = assert_reports(&contact(r#""birthday": "18.08.2012""#), "LW263");
    assert_eq!(d[0].path.to_string(), "/contacts/0/birthday");
    assert_reports(&contact(r#""birthday": "2013-02-29""#), "LW263");
    assert_not_reported(&contact(r#""birthday": "2012-02-29""#), "LW263");
    for bad in
        ["2012-8-18", "2012-13-01", "2012-04-31", "1900-02-29", "0000-01-01", "2012-08-18T00:00:00Z", "２０１２-08-18"]
    {
        assert!(!is_date(bad), "{bad}");
    }
    for good in ["2012-08-18", "2000-02-29", "1999-12-31"] {
        assert!(is_date(good), "{good}");
    }
}

#[test]
fn types_are_home_or_work() {
    let d = assert_reports(&contact(r#""emails": [{"email": "a@example.com", "type": "home"}]"#), "LW264");
    assert_eq!(d[0].path.to_string(), "/contacts/0/emails/0/type");
    assert_eq!(d[0].help.as_deref(), Some("use `HOME`"));
    for list in ["addresses", "phones", "urls"] {
        let content = match list {
            "addresses" => r#""city": "Springfield""#,
            "phones" => r#""phone": "555-0100""#,
            _ => r#""url": "https://example.com""#,
        };
        let d = assert_reports(&contact(&format!(r#""{list}": [{{{content}, "type": "OFFICE"}}]"#)), "LW264");
        assert_eq!(d[0].path.to_string(), format!("/contacts/0/{list}/0/type"));
        assert_not_reported(&contact(&format!(r#""{list}": [{{{content}, "type": "WORK"}}]"#)), "LW264");
    }
}

#[test]
fn wa_id_is_digits() {
    let d = assert_reports(&contact(r#""phones": [{"phone": "+1 555 010 0000", "waId": "+1 5550100000"}]"#), "LW265");
    assert_eq!(d[0].path.to_string(), "/contacts/0/phones/0/waId");
    assert_eq!(d[0].message, "`waId` has characters other than digits");
    assert_not_reported(&contact(r#""phones": [{"phone": "+1 555 010 0000", "waId": "15550100000"}]"#), "LW265");
    let d = assert_reports(&contact(r#""phones": [{"waId": "1234567890123456"}]"#), "LW265");
    assert_eq!(d[0].message, "`waId` has 16 digits; a WhatsApp id has at most 15");
}

#[test]
fn wa_id_matches_an_international_phone() {
    let d = assert_reports(&contact(r#""phones": [{"phone": "+1 555 010 0000", "waId": "15550100001"}]"#), "LW266");
    assert_eq!(d[0].path.to_string(), "/contacts/0/phones/0/waId");
    assert!(!d[0].message.contains("555"), "no phone numbers in messages");
    assert_not_reported(&contact(r#""phones": [{"phone": "+1 555 010 0000", "waId": "15550100000"}]"#), "LW266");
    // A local number cannot be compared.
    assert_not_reported(&contact(r#""phones": [{"phone": "555 010 0000", "waId": "15550100000"}]"#), "LW266");
}

#[test]
fn phone_characters() {
    let d = assert_reports(&contact(r#""phones": [{"phone": "call 555-0100"}]"#), "LW267");
    assert_eq!(d[0].path.to_string(), "/contacts/0/phones/0/phone");
    assert_not_reported(&contact(r#""phones": [{"phone": "555-0100"}]"#), "LW267");
    assert!(is_phone("+46 (0)70-123.45.67"));
    assert!(!is_phone("++46 70"));
    assert!(!is_phone("+"));
}

#[test]
fn email_shape() {
    let d = assert_reports(&contact(r#""emails": [{"email": "jane.example.com"}]"#), "LW268");
    assert_eq!(d[0].path.to_string(), "/contacts/0/emails/0/email");
    assert_not_reported(&contact(r#""emails": [{"email": "jane@example.com"}]"#), "LW268");
    for bad in ["a@b@example.com", "@example.com", "a@example", "a @example.com", "a@example.", "a@.com"] {
        assert!(!is_email(bad), "{bad}");
    }
}

#[test]
fn url_scheme() {
    let d = assert_reports(&contact(r#""urls": [{"url": "www.example.com"}]"#), "LW269");
    assert_eq!(d[0].path.to_string(), "/contacts/0/urls/0/url");
    assert_not_reported(&contact(r#""urls": [{"url": "https://www.example.com"}]"#), "LW269");
}

#[test]
fn country_code() {
    let d = assert_reports(&contact(r#""addresses": [{"country": "Sweden", "countryCode": "+46"}]"#), "LW270");
    assert_eq!(d[0].path.to_string(), "/contacts/0/addresses/0/countryCode");
    assert_not_reported(&contact(r#""addresses": [{"country": "Sweden", "countryCode": "SE"}]"#), "LW270");
}

#[test]
fn entries_with_content() {
    let d = assert_reports(&contact(r#""phones": [{"type": "WORK"}]"#), "LW271");
    assert_eq!(d[0].path.to_string(), "/contacts/0/phones/0");
    assert_not_reported(&contact(r#""phones": [{"type": "WORK", "waId": "15550100000"}]"#), "LW271");
    assert_reports(&contact(r#""emails": [{"email": ""}]"#), "LW271");
    assert_reports(&contact(r#""urls": [{}]"#), "LW271");
    assert_reports(&contact(r#""addresses": [{"type": "HOME", "city": " "}]"#), "LW271");
    assert_not_reported(&contact(r#""addresses": [{"type": "HOME", "zip": "62701"}]"#), "LW271");
}

#[test]
fn snake_case_name_parts_are_not_also_missing() {
    let json = named(r#"{"formattedName": "John Smith", "first_name": "John"}"#);
    assert_reports(&json, "LW005");
    assert_not_reported(&json, "LW261");
}

mod cloud {
    use crate::rules::testing::*;

    fn send(contact: &str) -> String {
        format!(
            r#"{{"messaging_product": "whatsapp", "to": "+16505551234", "type": "contacts", "contacts": [{contact}]}}"#
        )
    }

    #[test]
    fn messages_name_the_cloud_spelling() {
        let d = assert_reports(&send(r#"{"name": {"formatted_name": "Ada Lovelace"}}"#), "LW261");
        assert_eq!(d[0].help.as_deref(), Some("`formatted_name` alone is not enough; add e.g. `first_name`"));
        assert!(d[0].message.contains("`first_name`"), "{}", d[0].message);
        let d = assert_reports(&send(r#"{"name": {"formatted_name": " ", "first_name": "Ada"}}"#), "LW262");
        assert_eq!(d[0].message, "`formatted_name` is empty; at least 1 character required");
        let phone = |wa_id: &str| {
            send(&format!(
                r#"{{"name": {{"formatted_name": "Ada", "first_name": "Ada"}}, "phones": [{{"phone": "+1 650 555 1234", "wa_id": "{wa_id}"}}]}}"#
            ))
        };
        let d = assert_reports(&phone("1650555123x"), "LW265");
        assert_eq!(d[0].message, "`wa_id` has characters other than digits");
        let d = assert_reports(&phone("16505550000"), "LW266");
        assert_eq!(d[0].message, "`wa_id` is not the same number as `phone`");
        assert_not_reported(&phone("16505551234"), "LW266");
        let d = assert_reports(
            &send(
                r#"{"name": {"formatted_name": "Ada", "first_name": "Ada"}, "addresses": [{"country_code": "USA"}]}"#,
            ),
            "LW270",
        );
        assert_eq!(d[0].message, "`country_code` is not a two-letter ISO 3166-1 code");
    }

    #[test]
    fn a_blank_cloud_name_part_is_incomplete() {
        assert_reports(&send(r#"{"name": {"formatted_name": "Ada", "first_name": " "}}"#), "LW261");
        // LINK's spelling in Cloud JSON is a misspelling, not a missing part.
        let camel = send(r#"{"name": {"formatted_name": "Ada", "firstName": "Ada"}}"#);
        assert_reports(&camel, "LW005");
        assert_not_reported(&camel, "LW261");
    }

    #[test]
    fn placeholders_replace_format_checks() {
        let json = send(
            r#"{"name": {"formatted_name": "NAME", "first_name": "FIRST_NAME"}, "birthday": "YEAR_MONTH_DAY", "phones": [{"phone": "PHONE_NUMBER", "wa_id": "PHONE_OR_WA_ID"}]}"#,
        );
        assert_not_reported(&json, "LW263");
        assert_not_reported(&json, "LW265");
        assert_eq!(assert_reports(&json, "LW508").len(), 3);
    }
}
