use super::{Kind, is_placeholder};
use crate::rules::testing::{assert_clean, assert_not_reported, assert_reports, lint};

#[test]
fn placeholder_forms_where_a_value_belongs() {
    for s in [
        "<TO>",
        "<WHATSAPP_MESSAGE_ID>",
        "<EMOJI>",
        "<Item ID>",
        "<phone number> or <wa_id>",
        "http://example.com/<WHATSAPP_BUSINESS_PHONE_NUMBER>/messages",
        "{{recipient_phone}}",
        "{{Recipient-Phone-Number}}",
        "{{ $json.phone }}",
        "{{media_image_url}}",
        "https://cdn.example.com/{{path}}.png",
        "${phone}",
        "${ env.PHONE }",
        "https://image-url",
        "http://the-url",
        "https://URL/image.png",
        "HTTPS://your-domain/a.jpg",
        "{...}",
        "{ ... }",
        "[...]",
        "...",
        "…",
        "language-and-locale-code",
        "whatsapp-id",
        "Recipient-Phone-Number",
        "JSON Payload",
        "json object",
        "PHONE_NUMBER",
        "MEDIA-OBJECT-ID",
        "COUNTRY_ISO_CODE",
        "YEAR_MONTH_DAY",
        "LANGUAGE_AND_LOCALE_CODE",
        "UNIQUE_BUTTON_ID_1",
        "PRODUCT_RETAILER_IDS",
        "+91xxxxxxxxxx",
        "91XXXXXXXXXX",
        "+1 (650) xxx-xxxx",
    ] {
        assert!(is_placeholder(s, Kind::Value), "{s}");
    }
}

#[test]
fn real_values_are_not_placeholders() {
    for s in [
        "+16505551234",
        "16505551234",
        "+46 70-123 45 67",
        "en_US",
        "EN_US",
        "en-US",
        "pt_BR",
        "zh-Hant",
        "USD",
        "IN",
        "1990-01-15",
        "2020-03-18T16:49:21Z",
        "1700000000",
        "https://example.com/a.png",
        "https://www.example.com/image.jpg?x=1",
        "http://localhost:8080/a.png",
        "https://192.168.0.1/a.png",
        "https://[::1]/a.png",
        "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA",
        "1192798951408501",
        "mailto:john@example.com",
        "John <john@example.com>",
        "john@example.com",
        "verification_code",
        "order_confirmation",
        "quick_reply",
        "SHIRT_BLUE_XL",
        "SKU-12345",
        "yes-please",
        "ORDER_CONFIRMATION",
        "x",
        "box",
        "xx",
        "\u{1F44D}",
        "",
    ] {
        assert!(!is_placeholder(s, Kind::Value), "{s}");
    }
}

#[test]
fn enumeration_values_are_only_placeholders_in_brackets() {
    for real in ["PHONE_NUMBER", "QUICK_REPLY", "COPY_CODE", "NORMAL", "quick_reply", "body", "WELCOME_SCREEN"] {
        assert!(!is_placeholder(real, Kind::Choice), "{real}");
    }
    for placeholder in ["<TYPE>", "<priority>", "{{type}}", "${priority}", "{...}"] {
        assert!(is_placeholder(placeholder, Kind::Choice), "{placeholder}");
    }
}

/// A LINK MessageRequest whose envelope is all placeholders.
const LINK_ENVELOPE: &str = r#"{
  "platformId": "<platformId>", "platformPartnerId": "{{partner}}", "refId": "${ref}",
  "priority": "<priority>", "source": "<source>", "destinations": ["{{phone}}", "{{phone}}", "+46700000000"],
  "messages": [{"type": "text", "text": {"body": "Hello {{1}}"}}]
}"#;

#[test]
fn link_envelope_placeholders_are_warnings_and_never_duplicates() {
    let report = lint(LINK_ENVELOPE);
    assert!(!report.has_errors(), "{:#?}", report.diagnostics);
    let paths: Vec<String> =
        report.diagnostics.iter().filter(|d| d.code == "LW508").map(|d| d.path.to_string()).collect();
    let expected =
        ["/destinations/0", "/destinations/1", "/platformId", "/platformPartnerId", "/priority", "/refId", "/source"];
    assert_eq!(paths, expected);
    assert_not_reported(LINK_ENVELOPE, "LW114");
    assert_not_reported(LINK_ENVELOPE, "LW101");
}

#[test]
fn free_text_is_never_a_placeholder() {
    let link = r#"{"type": "text", "text": {"body": "<b>{{1}}</b> ${x} https://image-url"}}"#;
    assert_clean(link);
    let cloud = r#"{"messaging_product": "whatsapp", "to": "+16505551234", "type": "image",
      "image": {"link": "https://example.com/a.png", "caption": "{{caption}}"}}"#;
    assert_clean(cloud);
}

#[test]
fn a_string_where_an_object_belongs() {
    let cloud = r#"{"messaging_product": "whatsapp", "to": "+16505551234", "type": "interactive",
      "interactive": "JSON Payload"}"#;
    let d = assert_reports(cloud, "LW508");
    assert_eq!(d[0].message, "`JSON Payload` is a placeholder, not an object");
    assert_not_reported(cloud, "LW006");
    // Any other string there is still the wrong type.
    assert_reports(&cloud.replace("JSON Payload", "hello"), "LW006");
}

#[test]
fn identical_placeholder_ids_are_not_duplicates() {
    let buttons = r#"{"type": "interactive", "interactive": {"type": "button", "body": {"text": "Pick"},
      "action": {"buttons": [{"type": "reply", "reply": {"id": "<BUTTON_ID>", "title": "Yes"}},
                             {"type": "reply", "reply": {"id": "<BUTTON_ID>", "title": "No"}}]}}}"#;
    let report = lint(buttons);
    assert!(!report.has_errors(), "{:#?}", report.diagnostics);
    assert_eq!(report.diagnostics.iter().filter(|d| d.code == "LW508").count(), 2);
}

#[test]
fn an_enumeration_placeholder_is_not_an_unknown_value() {
    let template = r#"{"type": "template", "template": {"name": "<NAME>", "language": {"code": "<CODE>"},
      "components": [{"type": "body", "parameters": [{"type": "<TYPE>", "text": "<TEXT>"}]}]}}"#;
    let report = lint(template);
    assert!(!report.has_errors(), "{:#?}", report.diagnostics);
    let paths: Vec<String> =
        report.diagnostics.iter().filter(|d| d.code == "LW508").map(|d| d.path.to_string()).collect();
    assert_eq!(paths, ["/template/components/0/parameters/0/type", "/template/language/code", "/template/name"]);
}

#[test]
fn a_placeholder_destination_stays_a_placeholder_in_translation() {
    // `priority` is left out of a translation, but the request model reads it as LOW/NORMAL/HIGH.
    let request = LINK_ENVELOPE.replace("<priority>", "NORMAL");
    let translation = crate::meta::to_meta_str(&request, None).unwrap();
    assert!(!translation.has_errors(), "{:#?}", translation.diagnostics);
    let to: Vec<&str> = translation.messages.iter().filter_map(|m| m["to"].as_str()).collect();
    assert_eq!(to, ["{{phone}}", "{{phone}}", "+46700000000"]);
    for body in &translation.messages {
        let cloud = crate::LintOptions { dialect: Some(crate::Dialect::Cloud), ..Default::default() };
        assert!(!crate::lint_value_with(body, &cloud).has_errors());
    }
}

#[test]
fn placeholder_message_ids_of_a_response_are_not_repeats() {
    let response = r#"{"resultCode": 112001, "description": "Queued", "messageIds": ["<MESSAGE_ID>", "<MESSAGE_ID>"]}"#;
    let report = lint(response);
    assert!(!report.has_errors(), "{:#?}", report.diagnostics);
    assert_eq!(report.diagnostics.iter().filter(|d| d.code == "LW508").count(), 2);
}
