use crate::rules::testing::*;

/// A full webhook whose one change has `value`.
fn webhook(value: &str) -> String {
    format!(
        r#"{{"object": "whatsapp_business_account", "entry": [{{"id": "102290129340398", "changes": [{{"field": "messages", "value": {value}}}]}}]}}"#
    )
}

fn value(members: &str) -> String {
    format!(
        r#"{{"messaging_product": "whatsapp", "metadata": {{"display_phone_number": "15550783881", "phone_number_id": "106540352242922"}}, {members}}}"#
    )
}

const TEXT: &str = r#""contacts": [{"profile": {"name": "Sheena Nelson"}, "wa_id": "16505551234"}],
    "messages": [{"from": "16505551234", "id": "wamid.HBgLMTY1MDUwNzY1MjAVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=", "timestamp": "1749416383", "type": "text", "text": {"body": "Does it come in another color?"}}]"#;

const FAILED: &str = r#""statuses": [{"id": "wamid.HBgLMTY1MDUwNzY1MjAVAgARGBJDNjQ1", "status": "failed", "timestamp": "1670394125", "recipient_id": "16505551234",
    "errors": [{"code": 131026, "title": "Message undeliverable", "message": "Message undeliverable", "error_data": {"details": "Message Undeliverable."}}]}]"#;

fn nfm(response_json: &str) -> String {
    webhook(&value(&format!(
        r#""messages": [{{"from": "919876543210", "id": "wamid.HBgLMTIwNjU1NTAxMDcVAgAS", "timestamp": "1671498855", "type": "interactive",
        "interactive": {{"type": "nfm_reply", "nfm_reply": {{"name": "address_message", "body": "Ada", "response_json": {response_json}}}}}}}]"#
    )))
}

const ADDRESS_JSON: &str = r#""{\"saved_address_id\":\"address1\",\"values\":{\"in_pin_code\":\"400063\",\"city\":\"Mumbai\",\"name\":\"Ada\"}}""#;

#[test]
fn webhooks_are_recognized_and_clean() {
    let json = webhook(&value(TEXT));
    assert_eq!(lint(&json).dialect, crate::Dialect::Cloud);
    assert_clean(&json);
    assert_clean(&webhook(&value(FAILED)));
    assert_clean(&nfm(ADDRESS_JSON));
}

#[test]
fn values_on_their_own_are_recognized() {
    let statuses = format!("{{{FAILED}}}");
    assert_eq!(lint(&statuses).dialect, crate::Dialect::Cloud);
    assert_clean(&statuses);
    let messages = format!("{{{TEXT}}}");
    assert_eq!(lint(&messages).dialect, crate::Dialect::Cloud);
    assert_clean(&messages);
    // A LINK MessageRequest's messages have no `from`.
    let link = r#"{"messages": [{"type": "text", "text": {"body": "hi"}}]}"#;
    assert_eq!(lint(link).dialect, crate::Dialect::Link);
}

#[test]
fn webhook_object_invalid() {
    let json = webhook(&value(TEXT)).replace("whatsapp_business_account", "page");
    let d = assert_reports(&json, "LW560");
    assert_eq!(d[0].path.to_string(), "/object");
    assert_not_reported(&webhook(&value(TEXT)), "LW560");
}

#[test]
fn webhook_list_empty() {
    let d = assert_reports(r#"{"object": "whatsapp_business_account", "entry": []}"#, "LW561");
    assert_eq!(d[0].path.to_string(), "/entry");
    let d =
        assert_reports(r#"{"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": []}]}"#, "LW561");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes");
}

#[test]
fn webhook_field_not_checked() {
    let json = webhook(r#"{"event": "APPROVED"}"#)
        .replace(r#""field": "messages""#, r#""field": "message_template_status_update""#);
    let d = assert_reports(&json, "LW562");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/field");
    assert_not_reported(&json, "LW005");
}

#[test]
fn webhook_value_empty() {
    let d = assert_reports(&webhook(&value(r#""contacts": []"#)), "LW563");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value");
    assert_not_reported(&webhook(&value(TEXT)), "LW563");
}

#[test]
fn webhook_timestamp_invalid() {
    let d = assert_reports(&webhook(&value(&TEXT.replace("1749416383", "1749416383000"))), "LW564");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/messages/0/timestamp");
    assert_eq!(d[0].message, "the timestamp has 13 digits; UNIX seconds have 10 (this looks like milliseconds)");
    assert_reports(&webhook(&value(&TEXT.replace("1749416383", "2025-06-08T21:00:00Z"))), "LW564");
}

#[test]
fn webhook_wa_id_invalid() {
    let d = assert_reports(
        &webhook(&value(&TEXT.replace(r#""from": "16505551234""#, r#""from": "+1 650 555 1234""#))),
        "LW565",
    );
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/messages/0/from");
    assert_reports(
        &webhook(&value(&FAILED.replace(r#""recipient_id": "16505551234""#, r#""recipient_id": "+16505551234""#))),
        "LW565",
    );
    assert_not_reported(&webhook(&value(TEXT)), "LW565");
}

#[test]
fn webhook_message_type_unknown() {
    let json = webhook(&value(&TEXT.replace(r#""type": "text""#, r#""type": "txt""#)));
    let d = assert_reports(&json, "LW566");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `text`?"));
}

#[test]
fn webhook_message_member_ignored() {
    let json = webhook(&value(
        &TEXT.replace(r#""type": "text""#, r#""type": "image", "image": {"id": "1", "mime_type": "image/jpeg"}"#),
    ));
    let d = assert_reports(&json, "LW567");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/messages/0/text");
    let missing = webhook(&value(
        &TEXT.replace(r#""text": {"body": "Does it come in another color?"}"#, r#""button": {"text": "Yes"}"#),
    ));
    let d = assert_reports(&missing, "LW007");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/messages/0/text");
}

#[test]
fn webhook_interactive_type_unknown() {
    let json = nfm(ADDRESS_JSON).replace(r#""type": "nfm_reply""#, r#""type": "nfm""#);
    let d = assert_reports(&json, "LW568");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `nfm_reply`?"));
    assert_not_reported(&nfm(ADDRESS_JSON), "LW568");
}

#[test]
fn nfm_reply_response_json_invalid() {
    let d = assert_reports(&nfm(r#""saved_address_id=address1""#), "LW569");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/messages/0/interactive/nfm_reply/response_json");
    assert_reports(&nfm(r#""[1, 2]""#), "LW569");
    assert_not_reported(&nfm(ADDRESS_JSON), "LW569");
}

#[test]
fn nfm_reply_name_unknown() {
    let json = nfm(ADDRESS_JSON).replace(r#""name": "address_message""#, r#""name": "address""#);
    let d = assert_reports(&json, "LW570");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `address_message`?"));
}

#[test]
fn nfm_address_field_unknown() {
    let d = assert_reports(&nfm(&ADDRESS_JSON.replace("in_pin_code", "pin_code")), "LW571");
    assert_eq!(d[0].message, "`response_json` has `values.pin_code`, which is not a field of the address form");
    assert_not_reported(&nfm(ADDRESS_JSON), "LW571");
}

#[test]
fn webhook_status_unknown() {
    let d =
        assert_reports(&webhook(&value(&FAILED.replace(r#""status": "failed""#, r#""status": "FAILED""#))), "LW572");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/statuses/0/status");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `failed`?"));
}

#[test]
fn webhook_status_errors_mismatch() {
    let delivered = FAILED.replace(r#""status": "failed""#, r#""status": "delivered""#);
    let d = assert_reports(&webhook(&value(&delivered)), "LW573");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/statuses/0/errors");
    let bare = r#""statuses": [{"id": "wamid.X", "status": "failed", "timestamp": "1670394125", "recipient_id": "16505551234"}]"#;
    assert_reports(&webhook(&value(bare)), "LW573");
    assert_not_reported(&webhook(&value(FAILED)), "LW573");
}

#[test]
fn webhook_receiver_incapable() {
    let d = assert_reports(&webhook(&value(&FAILED.replace("131026", "1026"))), "LW574");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/statuses/0/errors/0/code");
    assert_not_reported(&webhook(&value(FAILED)), "LW574");
}

#[test]
fn members_meta_added_are_warnings_not_errors() {
    let json = webhook(&value(TEXT))
        .replace(r#""wa_id": "16505551234""#, r#""wa_id": "16505551234", "parent_user_id": "user.1""#);
    let d = assert_reports(&json, "LW016");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/contacts/0/parent_user_id");
    assert_eq!(d[0].severity, crate::Severity::Warning);
    assert!(
        d[0].message.contains("linkwa's edition (Meta's Cloud API as documented in December 2025"),
        "{}",
        d[0].message
    );
    assert_not_reported(&json, "LW005");
    // A value on its own with a new member is still a webhook value.
    let statuses = format!("{{{FAILED}, \"member_from_the_future\": 1}}");
    assert_eq!(lint(&statuses).dialect, crate::Dialect::Cloud);
    assert_reports(&statuses, "LW016");
}

#[test]
fn username_users_have_empty_ids_and_other_ids_are_checked() {
    let username = TEXT
        .replace(r#""wa_id": "16505551234""#, r#""wa_id": "", "user_id": "user.93737""#)
        .replace(r#""from": "16505551234""#, r#""from": "", "from_user_id": "user.93737""#);
    assert_clean(&webhook(&value(&username)));
    let d = assert_reports(&webhook(&value(&TEXT.replace(r#""from": "16505551234""#, r#""from": "bla""#))), "LW565");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/messages/0/from");
    let reply = TEXT.replace(r#""type": "text""#, r#""context": {"from": "bla", "id": "wamid.X"}, "type": "text""#);
    let d = assert_reports(&webhook(&value(&reply)), "LW565");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/messages/0/context/from");
}

#[test]
fn group_statuses_check_the_participant() {
    let group = FAILED.replace(
        r#""recipient_id": "16505551234""#,
        r#""recipient_id": "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD", "recipient_type": "group", "recipient_participant_id": "16505551234""#,
    );
    assert_clean(&webhook(&value(&group)));
    let d = assert_reports(
        &webhook(&value(
            &group.replace(r#""recipient_participant_id": "16505551234""#, r#""recipient_participant_id": "+1 650""#),
        )),
        "LW565",
    );
    assert!(d[0].path.to_string().ends_with("/recipient_participant_id"));
    let d = assert_reports(
        &webhook(&value(&group.replace(r#""recipient_type": "group""#, r#""recipient_type": "broadcast""#))),
        "LW606",
    );
    assert!(d[0].path.to_string().ends_with("/recipient_type"));
}

#[test]
fn edit_revoke_unsupported_and_call_permission_replies() {
    let message = |rest: &str| {
        webhook(&value(&format!(
            r#""messages": [{{"from": "16505551234", "id": "wamid.HBgLMTY1MDUwNzY1MjAVAgAS", "timestamp": "1749854575", {rest}}}]"#
        )))
    };
    assert_clean(&message(
        r#""type": "edit", "edit": {"original_message_id": "wamid.A", "message": {"type": "text", "text": {"body": "fixed"}}}"#,
    ));
    assert_clean(&message(r#""type": "revoke", "revoke": {"original_message_id": "wamid.A"}"#));
    assert_clean(&message(r#""type": "unsupported", "unsupported": {"type": "edit"}"#));
    let d = assert_reports(&message(r#""type": "revoke""#), "LW007");
    assert!(d[0].path.to_string().ends_with("/revoke"));
    let d = assert_reports(&message(r#""type": "edit", "edit": {"original_message_id": "wamid.A"}"#), "LW007");
    assert!(d[0].path.to_string().ends_with("/edit/message"));
    let call = |reply: &str| {
        message(&format!(
            r#""type": "interactive", "interactive": {{"type": "call_permission_reply", "call_permission_reply": {reply}}}"#
        ))
    };
    assert_clean(&call(
        r#"{"response": "accept", "is_permanent": false, "expiration_timestamp": 1750021183, "response_source": "automatic"}"#,
    ));
    let d = assert_reports(&call(r#"{"response": "maybe"}"#), "LW606");
    assert!(d[0].path.to_string().ends_with("/call_permission_reply/response"));
    assert_reports(&call(r#"{"is_permanent": true}"#), "LW007");
}

#[test]
fn values_the_typed_model_cannot_hold_are_wrong_types() {
    let location = TEXT.replace(
        r#""type": "text", "text": {"body": "Does it come in another color?"}"#,
        r#""type": "location", "location": {"latitude": "LOCATION_LATITUDE", "longitude": -122.16}"#,
    );
    let d = assert_reports(&webhook(&value(&location)), "LW006");
    assert!(d[0].path.to_string().ends_with("/location/latitude"));
    assert_not_reported(&webhook(&value(&location)), "LW508");
    let big = FAILED.replace("131026", "9223372036854775808");
    let d = assert_reports(&webhook(&value(&big)), "LW006");
    assert!(d[0].message.contains("outside that range"), "{}", d[0].message);
    assert_clean(&webhook(&value(&FAILED.replace("131026", "9223372036854775807"))));
    // The same whole number read as a float (JavaScript's `JSON.parse` gives lintValue one).
    let d = assert_reports(&webhook(&value(&FAILED.replace("131026", "1e19"))), "LW006");
    assert!(d[0].message.contains("outside that range"), "{}", d[0].message);
    let d = assert_reports(&webhook(&value(&FAILED.replace("131026", "1.5"))), "LW006");
    assert!(d[0].message.ends_with("found a number"), "{}", d[0].message);
}

/// A send response is what Meta answers: WB `business-scoped-user-ids.md`, "Send message
/// response" (its missing comma added) has `user_id`, which linkwa's edition does not know there.
#[test]
fn send_responses_are_received_documents() {
    let response = r#"{"messaging_product": "whatsapp",
        "contacts": [{"input": "user.9373795779eb6441c8adb2eaee5b848e7dd174ddd302d7db62142f4722d574b6", "wa_id": "",
                      "user_id": "user.9373795779eb6441c8adb2eaee5b848e7dd174ddd302d7db62142f4722d574b6"}],
        "messages": [{"id": "wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA"}]}"#;
    let d = assert_reports(response, "LW016");
    assert_eq!(d[0].path.to_string(), "/contacts/0/user_id");
    assert!(!lint(response).has_errors());
}
