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
    assert_reports(&TEXT.replace("individual", "broadcast"), "LW501");
    assert_not_reported(&TEXT.replace("individual", "group"), "LW501");
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

#[test]
fn preview_url_misplaced() {
    let top = TEXT.replace(r#""type": "text","#, r#""type": "text", "preview_url": true,"#);
    let d = assert_reports(&top, "LW505");
    assert_eq!(d[0].path.to_string(), "/preview_url");
    assert_eq!(d[0].help.as_deref(), Some(r#"move it into `text` as `"preview_url": true`"#));
    assert_not_reported(&top, "LW005");
    let link = TEXT.replace(r#""type": "text","#, r#""type": "text", "previewUrl": false,"#);
    let d = assert_reports(&link, "LW505");
    assert_eq!(d[0].message, "`previewUrl` is LINK's spelling; a Cloud API send body sets `text.preview_url`");
    let inside = TEXT.replace(r#"{"body": "Hello"}"#, r#"{"preview_url": false, "body": "Hello"}"#);
    assert_clean(&inside);
    // Issue 13, D7: a value that is not a boolean is not copied into the help.
    let otp = TEXT.replace(r#""type": "text","#, r#""type": "text", "preview_url": "Your code is 482913","#);
    let d = assert_reports(&otp, "LW505");
    assert_eq!(d[0].help.as_deref(), Some("move it into `text` as a boolean `preview_url`"));
}

#[test]
fn biz_opaque_callback_data_too_long() {
    let data = |n: usize| body(&format!(r#""biz_opaque_callback_data": "{}""#, "é".repeat(n)));
    let d = assert_reports(&data(513), "LW506");
    assert_eq!(d[0].message, "`biz_opaque_callback_data` is 513 characters; the limit is 512");
    assert_not_reported(&data(512), "LW506");
}

fn address(to: &str, country: &str) -> String {
    format!(
        r#"{{"messaging_product": "whatsapp", "to": "{to}", "type": "interactive", "interactive": {{
        "type": "address_message", "body": {{"text": "Where should we deliver?"}},
        "action": {{"name": "address_message", "parameters": {{"country": "{country}"}}}}}}}}"#
    )
}

#[test]
fn address_country_phone_mismatch() {
    let d = assert_reports(&address("+12065550107", "SG"), "LW507");
    assert_eq!(d[0].path.to_string(), "/interactive/action/parameters/country");
    assert_reports(&address("12065550107", "IN"), "LW507");
    assert_not_reported(&address("+6591234567", "SG"), "LW507");
    assert_not_reported(&address("+91 98765 43210", "IN"), "LW507");
    assert_not_reported(&address("919876543210", "IN"), "LW507");
    assert_not_reported(&address("+91xxxxxxxxxx", "IN"), "LW507");
}

#[test]
fn placeholders_are_warnings_not_format_errors() {
    let d = assert_reports(&TEXT.replace("+16505551234", "{{recipient_phone}}"), "LW508");
    assert_eq!(d[0].path.to_string(), "/to");
    assert_eq!(d[0].message, "`{{recipient_phone}}` is a placeholder, not a phone number");
    assert_eq!(d[0].severity, crate::Severity::Warning);
    assert_not_reported(&TEXT.replace("+16505551234", "PHONE_NUMBER"), "LW106");
    assert_not_reported(TEXT, "LW508");
    assert_reports(&TEXT.replace("+16505551234", "CALL ME"), "LW106");
    let d = assert_reports(&address("+91xxxxxxxxxx", "COUNTRY_ISO_CODE"), "LW508");
    assert_eq!(d.len(), 2);
    assert_not_reported(&address("+91xxxxxxxxxx", "COUNTRY_ISO_CODE"), "LW465");
    // LINK JSON too.
    let link = r#"{"type": "image", "image": {"link": "{{media_image_url}}"}}"#;
    assert_reports(link, "LW508");
    assert_not_reported(link, "LW221");
}

#[test]
fn a_template_component_on_its_own() {
    let header = r#"{"type": "header", "parameters": [{"type": "location", "location": {"latitude": "37.483307", "longitude": "-122.148981", "name": "Pablo Morales", "address": "1 Hacker Way"}}]}"#;
    let report = lint(header);
    assert_eq!(report.dialect, crate::Dialect::Cloud);
    let d = assert_reports(header, "LW509");
    assert_eq!(d[0].path.to_string(), "");
    assert_eq!(codes(header), vec!["LW509"]);
    let bad = header.replace("37.483307", "97.5");
    assert_reports(&bad, "LW344");
    // A LINK message is not a component.
    assert_eq!(lint(r#"{"type": "text", "text": {"body": "hi"}}"#).dialect, crate::Dialect::Link);
}

const RESPONSE: &str = r#"{"messaging_product": "whatsapp", "contacts": [{"input": "+16505551234", "wa_id": "16505551234"}],
    "messages": [{"id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3"}]}"#;

#[test]
fn send_responses() {
    assert_clean(RESPONSE);
    let d =
        assert_reports(&RESPONSE.replace("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3", "gBGGFlAwCWFvAgkyHMGKnRu4JeA"), "LW510");
    assert_eq!(d[0].path.to_string(), "/messages/0/id");
    let d = assert_reports(&RESPONSE.replace(r#""wa_id""#, r#""waId""#), "LW016");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `wa_id`?"));
}

#[test]
fn the_phone_number_formats_table() {
    // Service4U, Phone Number Formats: the first two reach the right number, the others may not.
    for good in ["+16315551234", "+1 (631) 555-1234"] {
        assert_clean(&TEXT.replace("+16505551234", good));
    }
    // Meta: the plus sign is optional; in Cloud API JSON LW108 is a note.
    for risky in ["(631) 555-1234", "1 (631) 555-1234", "16315551234"] {
        let d = assert_reports(&TEXT.replace("+16505551234", risky), "LW108");
        assert_eq!(d[0].severity, crate::Severity::Info);
    }
    let d = assert_reports(&TEXT.replace("+16505551234", "0016315551234"), "LW108");
    assert!(d[0].message.contains("`00`"), "{}", d[0].message);
    assert_reports(&TEXT.replace("+16505551234", "+1.631.555.1234"), "LW106");
}

const GROUP: &str = "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD";
const WAMID: &str = "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA";

#[test]
fn type_defaults_to_text() {
    assert_clean(&TEXT.replace(r#""type": "text","#, ""));
    let d = assert_reports(
        &TEXT.replace(r#""type": "text","#, "").replace(r#""text": {"body": "Hello"}"#, r#""image": {"id": "1"}"#),
        "LW007",
    );
    assert_eq!(d[0].path.to_string(), "/type");
}

#[test]
fn mark_as_read_and_typing_indicator_are_a_kind_of_their_own() {
    let read = format!(r#"{{"messaging_product": "whatsapp", "status": "read", "message_id": "{WAMID}"}}"#);
    assert_clean(&read);
    assert_clean(&read.replace('}', r#", "typing_indicator": {"type": "text"}}"#));
    assert_reports(&read.replace(r#""read""#, r#""delivered""#), "LW517");
    assert_reports(&read.replace('}', r#", "typing_indicator": {"type": "voice"}}"#), "LW518");
    assert_reports(&read.replace(WAMID, "ABGGFlA5Fpa"), "LW534");
}

#[test]
fn groups_and_pins() {
    let group = TEXT.replace("individual", "group").replace("+16505551234", GROUP);
    assert_clean(&group);
    assert_reports(&TEXT.replace("individual", "group"), "LW511");
    assert_reports(&TEXT.replace("+16505551234", GROUP), "LW511");
    let pin = |recipient: &str, pin: &str| {
        format!(
            r#"{{"messaging_product": "whatsapp", "recipient_type": "{recipient}", "to": "{GROUP}", "type": "pin", "pin": {pin}}}"#
        )
    };
    assert_clean(&pin("group", &format!(r#"{{"type": "pin", "message_id": "{WAMID}", "expiration_days": 30}}"#)));
    assert_clean(&pin("group", &format!(r#"{{"type": "unpin", "message_id": "{WAMID}"}}"#)));
    assert_reports(
        &pin("group", &format!(r#"{{"type": "pin", "message_id": "{WAMID}", "expiration_days": 31}}"#)),
        "LW512",
    );
    assert_reports(&pin("group", &format!(r#"{{"type": "pin", "message_id": "{WAMID}"}}"#)), "LW512");
    assert_reports(&pin("group", &format!(r#"{{"type": "stick", "message_id": "{WAMID}"}}"#)), "LW512");
    assert_reports(&pin("individual", &format!(r#"{{"type": "unpin", "message_id": "{WAMID}"}}"#)), "LW513");
}

#[test]
fn business_scoped_user_ids() {
    assert_clean(&TEXT.replace("+16505551234", "user.9373795779eb6441c8adb2eaee5b848e"));
    assert_clean(&TEXT.replace("+16505551234", "US.13491208655302741918"));
    assert_reports(&TEXT.replace("+16505551234", &format!("user.{}", "a".repeat(260))), "LW514");
    assert_reports(&TEXT.replace("+16505551234", "user.93-73"), "LW514");
}

#[test]
fn identity_hash_and_marketing_members() {
    assert_clean(&body(r#""recipient_identity_key_hash": "DF2lS5v2W6x=""#));
    assert_reports(&body(r#""recipient_identity_key_hash": """#), "LW519");
    assert_reports(&body(r#""product_policy": "LAX""#), "LW515");
    assert_reports(&body(r#""message_activity_sharing": true"#), "LW516");
}

#[test]
fn documents_are_of_the_types_meta_lists() {
    let doc = |link: &str| {
        format!(
            r#"{{"messaging_product": "whatsapp", "to": "+16505551234", "type": "document", "document": {{"link": "{link}"}}}}"#
        )
    };
    for ok in ["a.pdf", "a.DOCX", "a.xls", "a.pptx", "a.txt"] {
        assert_not_reported(&doc(&format!("https://example.com/{ok}")), "LW232");
    }
    assert_reports(&doc("https://example.com/a.csv"), "LW232");
    // LINK documents accept any type.
    assert_not_reported(r#"{"type": "document", "document": {"link": "https://example.com/a.csv"}}"#, "LW232");
}

#[test]
fn meta_live_behaviour_is_a_warning() {
    // `to` as a JSON integer of digits: LW531 with a fix to a string; other numbers stay LW006.
    let number = TEXT.replace(r#""+16505551234""#, "13437772910");
    let d = assert_reports(&number, "LW531");
    assert_eq!(d[0].severity, crate::Severity::Warning);
    assert!(!lint(&number).has_errors());
    assert_reports(&TEXT.replace(r#""+16505551234""#, "1.5"), "LW006");
    assert_reports(&TEXT.replace(r#""+16505551234""#, "true"), "LW006");
    // `"context": null`: LW532; a context of another type stays LW006.
    assert_reports(&body(r#""context": null"#), "LW532");
    assert!(!lint(&body(r#""context": null"#)).has_errors());
    assert_reports(&body(r#""context": "wamid.x""#), "LW006");
    // LW108 is a note in Cloud API JSON.
    let d = assert_reports(&TEXT.replace("+16505551234", "16505551234"), "LW108");
    assert_eq!(d[0].severity, crate::Severity::Info);
}

#[test]
fn a_read_receipt_names_a_wamid_and_may_carry_recipient_type() {
    let receipt = r#"{"messaging_product": "whatsapp", "status": "read", "message_id": "12345"}"#;
    let d = assert_reports(receipt, "LW534");
    assert_eq!(d[0].severity, crate::Severity::Error);
    assert_not_reported(receipt, "LW504");
    let live = r#"{"messaging_product": "whatsapp", "recipient_type": "individual", "status": "read",
        "message_id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA", "typing_indicator": {"type": "text"}}"#;
    assert_reports(live, "LW533");
    assert!(!lint(live).has_errors());
    // A reply's context keeps LW504.
    assert_reports(&body(r#""context": {"message_id": "12345"}"#), "LW504");
}

#[test]
fn the_nested_singapore_order_details_gets_no_cascade_of_errors() {
    // Meta's Postman collection (Payments SG) nests header, body, footer and action in
    // `interactive.order_details`: LW529 and the nested action checked, no error.
    let nested = r#"{"messaging_product": "whatsapp", "recipient_type": "individual", "to": "+6591234567",
        "type": "interactive", "interactive": {"type": "order_details", "order_details": {
        "header": {"type": "image", "image": {"link": "https://example.com/bread.jpg"}},
        "body": {"text": "Your order is ready for payment."}, "footer": {"text": "Sourdough bakery"},
        "action": {"name": "review_and_pay", "parameters": {"reference_id": "<UNIQUE_REFERENCE_ID>",
        "type": "digital-goods", "payment_settings": [{"type": "payment_gateway", "payment_gateway":
        {"type": "stripe", "configuration_name": "my-config"}}], "currency": "SGD",
        "total_amount": {"value": 1100, "offset": 100}, "order": {"status": "pending", "items": [
        {"retailer_id": "1234567", "name": "bread", "amount": {"value": 1000, "offset": 100}, "quantity": 1}],
        "subtotal": {"value": 1000, "offset": 100}, "tax": {"value": 100, "offset": 100}}}}}}}"#;
    let report = lint(nested);
    assert!(!report.has_errors(), "{:#?}", report.diagnostics);
    assert_reports(nested, "LW529");
    assert_reports(nested, "LW508");
}
