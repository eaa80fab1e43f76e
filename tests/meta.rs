//! LINK → Cloud API translation (`to_meta`) and back (`from_meta`):
//! 1. every valid LINK fixture that is a MessageRequest or a bare message (bare messages wrapped in
//!    a minimal request with one destination) translates to one body per destination × message,
//!    and each body reads back to the message less what the Cloud API has no place for
//!    (`round_tripped`);
//! 2. snapshots (insta), one per fixture folder: the bodies as pretty JSON, then the translation's
//!    diagnostics one line each;
//! 3. hand-written cases for each mapping, the dropped-member diagnostics, a request with errors,
//!    destination-major order, and from_meta's errors (never a panic).

use linkwa::model::{Message, MessageRequest, Priority, Text};
use linkwa::{FromMetaError, Translation, from_meta, meta::round_tripped, to_meta};
use serde_json::{Value, json};
use std::fmt::Write;
use std::fs;
use std::path::{Path, PathBuf};

mod common;
use common::*;

/// The valid fixtures, by snapshot name: `link-<family>` (`fixtures/link/<family>/valid/*.json`)
/// and `spec-<document>` (the spec examples `EXPECTATIONS.tsv` marks `valid`).
fn valid_fixtures() -> Vec<(String, Vec<PathBuf>)> {
    let base = root();
    let mut folders = Vec::new();
    for family in subdirs(&base.join("link")) {
        let name = format!("link-{}", family.file_name().unwrap().to_str().unwrap());
        folders.push((name, json_files(&family.join("valid"))));
    }
    let manifest = fs::read_to_string(base.join("spec-examples/EXPECTATIONS.tsv")).unwrap();
    // The LINK documents' examples only: the Cloud API ones are already Cloud bodies.
    for document in subdirs(&base.join("spec-examples")) {
        let folder = document.file_name().unwrap().to_str().unwrap().to_owned();
        if !folder.starts_with("link-") {
            continue;
        }
        let files = manifest
            .lines()
            .skip(1)
            .filter_map(|line| {
                let cols: Vec<&str> = line.split('\t').collect();
                let (file, expect) = (cols[0], cols[2]);
                (expect == "valid" && file.starts_with(&format!("{folder}/")))
                    .then(|| base.join("spec-examples").join(file))
            })
            .collect();
        folders.push((format!("spec-{folder}"), files));
    }
    folders
}

/// A minimal valid envelope around `messages`, sent to `destinations`.
fn request(destinations: &[&str], messages: Vec<Message>) -> MessageRequest {
    MessageRequest {
        platform_id: "COMMON_API".into(),
        platform_partner_id: "1234".into(),
        ref_id: "fixture".into(),
        priority: Priority::Normal,
        source: "+46700000000".into(),
        destinations: destinations.iter().map(|d| d.to_string()).collect(),
        messages,
        ..Default::default()
    }
}

/// The fixture as a MessageRequest (a bare message wrapped into one with one destination), or
/// `None` when it is neither (responses, notifications). `Err` when it should be one but the model
/// cannot read it.
fn as_request(path: &Path) -> Result<Option<MessageRequest>, String> {
    let text = fs::read_to_string(path).unwrap();
    let value: Value = serde_json::from_str(&text).map_err(|e| format!("not strict JSON: {e}"))?;
    let Some(map) = value.as_object() else { return Ok(None) };
    let inbound = ["resultCode", "messageId", "content"].iter().any(|k| map.contains_key(*k));
    if map.contains_key("messages") {
        serde_json::from_value(value).map(Some).map_err(|e| format!("not a MessageRequest: {e}"))
    } else if map.contains_key("type") && !inbound {
        let message: Message = serde_json::from_value(value).map_err(|e| format!("not a message: {e}"))?;
        Ok(Some(request(&["+46700000001"], vec![message])))
    } else {
        Ok(None)
    }
}

/// The destination as the Cloud API `to`, for the fixtures' numbers (`+` and digits).
fn digits_of(destination: &str) -> String {
    let digits: String = destination.chars().filter(char::is_ascii_digit).collect();
    if destination.starts_with('+') { format!("+{digits}") } else { digits }
}

/// Checks one translated request: the body count, the envelope of every body, destination-major
/// order, that every body lints without error as Cloud API JSON, and the round trip of every body.
fn check(request: &MessageRequest, translation: &Translation) -> Result<(), String> {
    if translation.has_errors() {
        let errors: Vec<String> = translation.diagnostics.iter().map(ToString::to_string).collect();
        return Err(format!("not translated: {errors:?}"));
    }
    let n = request.messages.len();
    if translation.messages.len() != request.destinations.len() * n {
        return Err(format!("{} bodies for {} × {n}", translation.messages.len(), request.destinations.len()));
    }
    for (k, body) in translation.messages.iter().enumerate() {
        let (destination, message) = (&request.destinations[k / n], &request.messages[k % n]);
        let map = body.as_object().ok_or("a body is not an object")?;
        let keys: Vec<&str> = map.keys().map(String::as_str).collect();
        let kind = message.kind();
        let mut expected = vec!["messaging_product", "recipient_type", "to", "type", kind];
        expected.sort();
        if keys != expected
            || body["messaging_product"] != "whatsapp"
            || body["recipient_type"] != "individual"
            || body["type"] != kind
        {
            return Err(format!("body {k} has the envelope {keys:?}"));
        }
        let cloud = linkwa::LintOptions { dialect: Some(linkwa::Dialect::Cloud), ..Default::default() };
        let lint = linkwa::lint_value_with(body, &cloud);
        if lint.has_errors() {
            let errors: Vec<String> = lint
                .diagnostics
                .iter()
                .filter(|d| d.severity == linkwa::Severity::Error)
                .map(ToString::to_string)
                .collect();
            return Err(format!("body {k} does not lint clean as Cloud API JSON: {errors:?}"));
        }
        let back = from_meta(body).map_err(|e| format!("body {k} does not read back: {e}"))?;
        if back.to != digits_of(destination) {
            return Err(format!("body {k} is sent to the wrong destination"));
        }
        let want = round_tripped(message);
        if back.message != want {
            return Err(format!(
                "body {k} reads back differently:\n  got  {}\n  want {}",
                serde_json::to_string(&back.message).unwrap(),
                serde_json::to_string(&want).unwrap()
            ));
        }
    }
    Ok(())
}

#[test]
fn every_valid_fixture_translates_and_round_trips() {
    let base = root();
    let (mut translated, mut failures) = (0, Vec::new());
    for (_, files) in valid_fixtures() {
        for path in files {
            let name = path.strip_prefix(&base).unwrap().display().to_string();
            let request = match as_request(&path) {
                Ok(Some(request)) => request,
                Ok(None) => continue,
                Err(e) => {
                    failures.push(format!("{name}: {e}"));
                    continue;
                }
            };
            translated += 1;
            let translation = to_meta(&request);
            // LINK 1.6.1 accepts a one-card media carousel (its own example has one card); Meta's
            // media card carousels have 2 to 10 cards, so that one is reported (LW336), not sent.
            let errors = translation.diagnostics.iter().filter(|d| d.severity == linkwa::Severity::Error);
            if translation.has_errors() && errors.clone().all(|d| d.code == "LW336") {
                continue;
            }
            if let Err(e) = check(&request, &translation) {
                failures.push(format!("{name}: {e}"));
            }
        }
    }
    assert!(failures.is_empty(), "{} fixture(s) failed:\n{}", failures.len(), failures.join("\n"));
    assert!(translated >= 80, "only {translated} fixtures translated");
}

#[test]
fn snapshots() {
    let base = root();
    for (name, files) in valid_fixtures() {
        let mut out = String::new();
        for path in files {
            let Ok(Some(request)) = as_request(&path) else { continue };
            let bare = !fs::read_to_string(&path).unwrap().contains("\"messages\"");
            let translation = to_meta(&request);
            let shown = path.strip_prefix(&base).unwrap().display();
            writeln!(out, "== {shown}{}", if bare { " (a bare message, wrapped)" } else { "" }).unwrap();
            for body in &translation.messages {
                writeln!(out, "{}", serde_json::to_string_pretty(body).unwrap()).unwrap();
            }
            // The envelope of a wrapped bare message is the test's own; its notes say nothing
            // about the fixture.
            for d in translation.diagnostics.iter().filter(|d| !bare || d.path.to_string().starts_with("/messages/")) {
                writeln!(out, "{d}").unwrap();
            }
        }
        if !out.is_empty() {
            insta::assert_snapshot!(name, out);
        }
    }
}

// ---- hand-written cases ------------------------------------------------------------------------

/// The Cloud API member of the only body `to_meta` makes of `message`.
fn translate(message: Value) -> (Value, Translation) {
    let message: Message = serde_json::from_value(message).expect("a LINK message");
    let translation = to_meta(&request(&["+46700000001"], vec![message.clone()]));
    assert!(!translation.has_errors(), "{:?}", translation.diagnostics);
    assert_eq!(translation.messages.len(), 1);
    let body = translation.messages[0].clone();
    let back = from_meta(&body).expect("reads back");
    assert_eq!(back.message, round_tripped(&message), "round trip");
    (body[message.kind()].clone(), translation)
}

fn template(components: Value) -> Value {
    json!({"type": "template", "template": {"name": "t", "language": {"code": "en"}, "components": components}})
}

/// The translation's diagnostics other than the envelope's (LW590, LW591), one line each.
fn notes(translation: &Translation) -> Vec<String> {
    translation.diagnostics.iter().filter(|d| !["LW590", "LW591"].contains(&d.code)).map(ToString::to_string).collect()
}

#[test]
fn preview_url_moves_into_text() {
    let (text, _) = translate(json!({"type": "text", "text": {"body": "See https://example.com"}, "previewUrl": true}));
    assert_eq!(text, json!({"body": "See https://example.com", "preview_url": true}));
    let (text, _) = translate(json!({"type": "text", "text": {"body": "Hi"}}));
    assert_eq!(text, json!({"body": "Hi"}));
}

#[test]
fn sub_type_quick_reply_catalog_and_index() {
    let (t, _) = translate(template(json!([
        {"type": "button", "subType": "quickReply", "index": 0, "parameters": [{"type": "payload", "payload": "yes"}]},
        {"type": "button", "sub_type": "quick_reply", "index": "1", "parameters": [{"type": "payload", "payload": "no"}]},
    ])));
    assert_eq!(
        t["components"],
        json!([
            {"type": "button", "sub_type": "quick_reply", "index": "0", "parameters": [{"type": "payload", "payload": "yes"}]},
            {"type": "button", "sub_type": "quick_reply", "index": "1", "parameters": [{"type": "payload", "payload": "no"}]},
        ])
    );
    let (t, _) = translate(template(json!([{"type": "button", "subType": "CATALOG", "index": 0,
        "parameters": [{"type": "action", "action": {"thumbnail_product_retailer_id": "sku-1"}}]}])));
    assert_eq!(
        t["components"][0],
        json!({"type": "button", "sub_type": "catalog", "index": "0",
            "parameters": [{"type": "action", "action": {"thumbnail_product_retailer_id": "sku-1"}}]})
    );
    for (link, cloud) in [("url", "url"), ("copy_code", "copy_code"), ("flow", "flow"), ("mpm", "mpm")] {
        let parameters = match link {
            "url" => json!([{"type": "text", "text": "x"}]),
            "copy_code" => json!([{"type": "coupon_code", "coupon_code": "X1"}]),
            "flow" => json!([{"type": "action", "action": {"flow_token": "tok"}}]),
            _ => json!([{"type": "action", "action": {"thumbnail_product_retailer_id": "a",
                "sections": [{"title": "S", "product_items": [{"product_retailer_id": "a"}]}]}}]),
        };
        let (t, _) =
            translate(template(json!([{"type": "button", "subType": link, "index": 2, "parameters": parameters}])));
        assert_eq!(t["components"][0]["sub_type"], cloud);
        assert_eq!(t["components"][0]["index"], "2");
        assert_eq!(t["components"][0]["parameters"], parameters, "{link} parameters pass through");
    }
}

#[test]
fn parameter_name_currency_and_date_time() {
    let (t, translation) = translate(template(json!([{"type": "body", "parameters": [
        {"type": "text", "text": "Ada", "parameterName": "first_name"},
        {"type": "currency", "currency": {"fallbackValue": "$100.99", "code": "USD", "amount1000": "100990"}},
        {"type": "currency", "currency": {"fallbackValue": "€5", "code": "EUR", "amount1000": 5000}},
        {"type": "dateTime", "dateTime": {"fallbackValue": "February 25, 1977 03:33PM", "dayOfWeek": 5,
            "dayOfMonth": 25, "year": 1977, "month": 2, "hour": 15, "minute": 33}},
        {"type": "dateTime", "dateTime": {"fallbackValue": "Feb 25", "timestamp": "225725580000"}},
    ]}])));
    assert_eq!(
        t["components"][0]["parameters"],
        json!([
            {"type": "text", "text": "Ada", "parameter_name": "first_name"},
            {"type": "currency", "currency": {"fallback_value": "$100.99", "code": "USD", "amount_1000": 100990}},
            {"type": "currency", "currency": {"fallback_value": "€5", "code": "EUR", "amount_1000": 5000}},
            {"type": "date_time", "date_time": {"fallback_value": "February 25, 1977 03:33PM"}},
            {"type": "date_time", "date_time": {"fallback_value": "Feb 25"}},
        ])
    );
    let dropped: Vec<String> =
        translation.diagnostics.iter().filter(|d| d.code == "LW594").map(|d| d.path.to_string()).collect();
    let at = "/messages/0/template/components/0/parameters";
    let mut want: Vec<String> = ["dayOfWeek", "dayOfMonth", "year", "month", "hour", "minute"]
        .iter()
        .map(|p| format!("{at}/3/dateTime/{p}"))
        .collect();
    want.push(format!("{at}/4/dateTime/timestamp"));
    want.sort();
    let mut dropped_sorted = dropped.clone();
    dropped_sorted.sort();
    assert_eq!(dropped_sorted, want);
    assert!(translation.diagnostics.iter().filter(|d| d.code == "LW594").all(|d| d.severity == linkwa::Severity::Info));
}

#[test]
fn contacts_become_snake_case() {
    let (contacts, _) = translate(json!({"type": "contacts", "contacts": [{
        "addresses": [{"street": "1 Hacker Way", "city": "Menlo Park", "state": "CA", "zip": "94025",
            "country": "United States", "countryCode": "us", "type": "WORK"}],
        "birthday": "1990-01-15",
        "emails": [{"email": "john@example.com", "type": "WORK"}],
        "name": {"formattedName": "John Q. Doe", "firstName": "John", "lastName": "Doe", "middleName": "Q",
            "suffix": "Jr", "prefix": "Dr"},
        "org": {"company": "Example Inc", "department": "Sales", "title": "Manager"},
        "phones": [{"phone": "+1 (650) 555-1234", "type": "WORK", "waId": "16505551234"}],
        "urls": [{"url": "https://www.example.com", "type": "WORK"}]
    }]}));
    assert_eq!(
        contacts,
        json!([{
            "addresses": [{"street": "1 Hacker Way", "city": "Menlo Park", "state": "CA", "zip": "94025",
                "country": "United States", "country_code": "us", "type": "WORK"}],
            "birthday": "1990-01-15",
            "emails": [{"email": "john@example.com", "type": "WORK"}],
            "name": {"formatted_name": "John Q. Doe", "first_name": "John", "last_name": "Doe", "middle_name": "Q",
                "suffix": "Jr", "prefix": "Dr"},
            "org": {"company": "Example Inc", "department": "Sales", "title": "Manager"},
            "phones": [{"phone": "+1 (650) 555-1234", "type": "WORK", "wa_id": "16505551234"}],
            "urls": [{"url": "https://www.example.com", "type": "WORK"}]
        }])
    );
}

#[test]
fn interactive_location_and_media_pass_through() {
    let list = json!({"type": "list", "header": {"type": "text", "text": "Menu"}, "body": {"text": "Pick"},
        "footer": {"text": "f"}, "action": {"button": "Open", "sections": [{"title": "S",
        "rows": [{"id": "r1", "title": "One", "description": "d"}]}]}});
    let (interactive, translation) = translate(json!({"type": "interactive", "interactive": list.clone()}));
    assert_eq!(interactive, list);
    assert!(notes(&translation).is_empty(), "{:?}", notes(&translation));
    let location = json!({"latitude": 37.483307, "longitude": -122.148981, "name": "HQ", "address": "1 Hacker Way"});
    assert_eq!(translate(json!({"type": "location", "location": location.clone()})).0, location);
    let audio = json!({"id": "244995494947303", "voice": true});
    assert_eq!(translate(json!({"type": "audio", "audio": audio.clone()})).0, audio);
    let document = json!({"link": "https://example.com/a.pdf", "caption": "Invoice", "filename": "a.pdf"});
    assert_eq!(translate(json!({"type": "document", "document": document.clone()})).0, document);
}

#[test]
fn limited_time_offer_is_written_nested() {
    let component = |parameter: Value| template(json!([{"type": "limited_time_offer", "parameters": [parameter]}]));
    let nested = json!({"type": "limited_time_offer", "limited_time_offer": {"expiration_time_ms": 1767225600000_i64}});
    let (t, translation) = translate(component(nested.clone()));
    assert_eq!(t["components"][0]["parameters"][0], nested);
    assert!(notes(&translation).is_empty());
    let flat = json!({"type": "limited_time_offer", "expiration_time_ms": 1767225600000_i64});
    let (t, translation) = translate(component(flat));
    assert_eq!(t["components"][0]["parameters"][0], nested);
    assert_eq!(
        notes(&translation),
        [
            "info[LW598 lto-expiration-rewritten] /messages/0/template/components/0/parameters/0/expiration_time_ms: `expiration_time_ms` is written inside `limited_time_offer`, where the Cloud API reads it"
        ]
    );
}

#[test]
fn dropped_members_are_listed_at_their_paths() {
    let r: MessageRequest = serde_json::from_value(json!({
        "platformId": "COMMON_API", "platformPartnerId": "1234", "platformServiceId": "s",
        "platformServiceType": "t", "platformTransactionId": "x", "priority": "HIGH",
        "relativeValidityTime": 3600000, "absoluteValidityTime": "2030-03-18T16:49:21Z",
        "eventReportGates": ["gate1"], "refId": "order-1", "customParameters": {"k": "v"},
        "source": "+46700000000", "destinations": ["+46700000001"],
        "messages": [
            {"type": "template", "template": {"namespace": "ns", "name": "t", "language": {"code": "en"}, "components": []}},
            {"type": "interactive", "interactive": {"type": "button", "header": {"type": "image",
                "image": {"link": "https://example.com/a.jpg", "provider": {"name": "cdn"}}},
                "body": {"text": "Pick"}, "action": {"buttons": [{"type": "reply", "reply": {"id": "a", "title": "A"}}]}}},
            {"type": "interactive", "interactive": {"type": "flow", "body": {"text": "Go"}, "action": {"name": "flow",
                "flowToken": "tok", "parameters": {"flow_message_version": "3", "flow_id": "123", "flow_cta": "Open"}}}}
        ]
    }))
    .unwrap();
    let translation = to_meta(&r);
    assert!(!translation.has_errors(), "{:?}", translation.diagnostics);
    let lines: Vec<String> =
        translation.diagnostics.iter().map(|d| format!("{} {} {}", d.severity, d.code, d.path)).collect();
    assert_eq!(
        lines,
        [
            "warning LW592 /absoluteValidityTime",
            "info LW590 /customParameters",
            "info LW590 /eventReportGates",
            "info LW593 /messages/0/template/namespace",
            "warning LW596 /messages/1/interactive/header/image/provider",
            "warning LW597 /messages/2/interactive/action/flowToken",
            "info LW590 /platformId",
            "info LW590 /platformPartnerId",
            "info LW590 /platformServiceId",
            "info LW590 /platformServiceType",
            "info LW590 /platformTransactionId",
            "info LW590 /priority",
            "info LW590 /refId",
            "warning LW592 /relativeValidityTime",
            "info LW591 /source",
        ]
    );
    for d in &translation.diagnostics {
        assert_eq!((d.line, d.column), (None, None));
        assert!(!d.message.contains("4670000000"), "no phone numbers in messages");
    }
    let flow = &translation.messages[2]["interactive"]["action"];
    assert!(flow.get("flowToken").is_none());
    assert!(translation.messages[1]["interactive"]["header"]["image"].get("provider").is_none());
    assert!(translation.messages[0]["template"].get("namespace").is_none());
    for body in &translation.messages {
        for member in ["platformId", "priority", "refId", "source", "customParameters", "relativeValidityTime"] {
            assert!(body.get(member).is_none(), "{member} in a body");
        }
    }
}

#[test]
fn a_request_with_errors_is_not_translated() {
    let mut r =
        request(&["+46700000001"], vec![Message::Text { text: Text { body: String::new() }, preview_url: None }]);
    let translation = to_meta(&r);
    assert!(translation.messages.is_empty());
    assert!(translation.has_errors());
    assert_eq!(translation.diagnostics, r.validate().diagnostics);
    assert!(translation.diagnostics.iter().any(|d| d.code == "LW200" && d.path.to_string() == "/messages/0/text/body"));
    r.destinations.clear();
    r.messages[0] = Message::Text { text: Text { body: "Hi".into() }, preview_url: None };
    let translation = to_meta(&r);
    assert!(translation.messages.is_empty());
    assert!(translation.diagnostics.iter().any(|d| d.code == "LW109"));
}

#[test]
fn two_destinations_times_two_messages_destination_major() {
    let text = |body: &str| Message::Text { text: Text { body: body.into() }, preview_url: None };
    let r = request(&["+46700000001", "+46700000002"], vec![text("first"), text("second")]);
    let translation = to_meta(&r);
    let order: Vec<(String, String)> = translation
        .messages
        .iter()
        .map(|b| (b["to"].as_str().unwrap().to_owned(), b["text"]["body"].as_str().unwrap().to_owned()))
        .collect();
    let pair = |to: &str, body: &str| (to.to_owned(), body.to_owned());
    assert_eq!(
        order,
        [
            pair("+46700000001", "first"),
            pair("+46700000001", "second"),
            pair("+46700000002", "first"),
            pair("+46700000002", "second"),
        ]
    );
    check(&r, &translation).unwrap();
}

#[test]
fn destinations_are_written_as_plus_and_digits() {
    let text = Message::Text { text: Text { body: "Hi".into() }, preview_url: None };
    let r = request(&["+46 (70) 000-00-01", "0046700000002", "+46700000003"], vec![text]);
    let translation = to_meta(&r);
    let to: Vec<&str> = translation.messages.iter().map(|b| b["to"].as_str().unwrap()).collect();
    assert_eq!(to, ["+46700000001", "+46700000002", "+46700000003"]);
    let rewritten: Vec<String> =
        translation.diagnostics.iter().filter(|d| d.code == "LW595").map(ToString::to_string).collect();
    assert_eq!(
        rewritten,
        [
            "info[LW595 destination-rewritten] /destinations/0: the destination is rewritten for the Cloud API `to`: 6 separators (spaces, dashes, parentheses) removed",
            "info[LW595 destination-rewritten] /destinations/1: the destination is rewritten for the Cloud API `to`: the international prefix 00 written as +",
        ]
    );
}

// ---- from_meta ---------------------------------------------------------------------------------

fn body(kind: &str, member: Value) -> Value {
    json!({"messaging_product": "whatsapp", "recipient_type": "individual", "to": "+46700000001", "type": kind, kind: member})
}

fn error_at(value: &Value) -> (String, FromMetaError) {
    let e = from_meta(value).expect_err("an error");
    (e.path().to_string(), e)
}

#[test]
fn from_meta_maps_cloud_spellings_back() {
    let read = from_meta(&body("template", json!({"name": "t", "language": {"code": "en"}, "components": [
        {"type": "body", "parameters": [
            {"type": "text", "text": "Ada", "parameter_name": "first_name"},
            {"type": "currency", "currency": {"fallback_value": "$100.99", "code": "USD", "amount_1000": 100990}},
            {"type": "date_time", "date_time": {"fallback_value": "Feb 25"}}]},
        {"type": "button", "sub_type": "quick_reply", "index": "0", "parameters": [{"type": "payload", "payload": "p"}]},
        {"type": "button", "sub_type": "CATALOG", "index": 1, "parameters": [{"type": "action", "action": {}}]}]})))
    .unwrap();
    assert_eq!(
        serde_json::to_value(&read.message).unwrap(),
        template(json!([
            {"type": "body", "parameters": [
                {"type": "text", "text": "Ada", "parameterName": "first_name"},
                {"type": "currency", "currency": {"fallbackValue": "$100.99", "code": "USD", "amount1000": "100990"}},
                {"type": "dateTime", "dateTime": {"fallbackValue": "Feb 25"}}]},
            {"type": "button", "subType": "quickReply", "index": "0", "parameters": [{"type": "payload", "payload": "p"}]},
            {"type": "button", "subType": "catalog", "index": 1, "parameters": [{"type": "action", "action": {}}]}
        ]))
    );
    let read = from_meta(&body(
        "contacts",
        json!([{"name": {"formatted_name": "A B", "first_name": "A"},
        "phones": [{"phone": "+1 650", "wa_id": "1650"}], "addresses": [{"country_code": "us"}]}]),
    ))
    .unwrap();
    assert_eq!(
        serde_json::to_value(&read.message).unwrap(),
        json!({"type": "contacts", "contacts": [{"addresses": [{"countryCode": "us"}],
            "name": {"formattedName": "A B", "firstName": "A"}, "phones": [{"phone": "+1 650", "waId": "1650"}]}]})
    );
    let no_recipient_type = json!({"messaging_product": "whatsapp", "to": "1", "type": "text", "text": {"body": "x"}});
    assert_eq!(from_meta(&no_recipient_type).unwrap().to, "1");
}

#[test]
fn from_meta_errors_name_the_pointer() {
    let cases: Vec<(Value, &str, &str)> = vec![
        (json!([]), "", "expected an object, found an array"),
        (json!({"to": "1", "type": "text", "text": {"body": "x"}}), "/messaging_product", "missing"),
        (
            json!({"messaging_product": "sms", "to": "1", "type": "text", "text": {"body": "x"}}),
            "/messaging_product",
            "whatsapp",
        ),
        (json!({"messaging_product": "whatsapp", "type": "text", "text": {"body": "x"}}), "/to", "missing"),
        (
            json!({"messaging_product": "whatsapp", "recipient_type": "group", "to": "1", "type": "text", "text": {"body": "x"}}),
            "/recipient_type",
            "no LINK counterpart",
        ),
        (body("text", json!({"body": "x", "previewUrl": true})), "/text/previewUrl", "unknown member"),
        (body("text", json!({"body": 42})), "/text/body", "invalid type"),
        (body("text", json!("x")), "/text", "expected an object, found a string"),
        (
            body("reaction", json!({"message_id": "wamid.X", "emoji": "👍"})),
            "/type",
            "a reaction message has no LINK counterpart",
        ),
        (body("txt", json!({})), "/type", "not a Cloud API message type"),
        (
            body("image", json!({"link": "https://example.com/a.jpg", "provider": {"name": "x"}})),
            "/image/provider",
            "unknown",
        ),
        (
            body(
                "template",
                json!({"name": "t", "language": {"code": "en"}, "components": [{"type": "body", "parameters": [
            {"type": "currency", "currency": {"fallback_value": "$1", "code": "USD", "amount_1000": 1.5}}]}]}),
            ),
            "/template/components/0/parameters/0/currency/amount_1000",
            "whole number",
        ),
        (
            body("template", json!({"name": "t", "language": {"code": "en"}, "components": [{"type": "footer"}]})),
            "/template/components/0/type",
            "component type",
        ),
        (
            body(
                "interactive",
                json!({"type": "button", "body": {"text": "b"}, "action": {"buttons": [
            {"type": "reply", "reply": {"id": "1", "title": "t", "extra": 1}}]}}),
            ),
            "/interactive/action/buttons/0/reply",
            "unknown field `extra`",
        ),
        (body("interactive", json!({"type": "dropdown", "action": {}})), "/interactive/type", "unknown variant"),
        (body("contacts", json!([{"name": {"formattedName": "A"}}])), "/contacts/0/name/formatted_name", "missing"),
    ];
    for (value, path, reason) in cases {
        let (at, e) = error_at(&value);
        assert_eq!(at, path, "{value}: {e}");
        assert!(e.to_string().contains(reason), "{value}: `{e}` should say `{reason}`");
    }
    let mut reply = body("text", json!({"body": "x"}));
    reply["context"] = json!({"message_id": "wamid.X"});
    assert_eq!(error_at(&reply).0, "/context");
    assert!(matches!(error_at(&reply).1, FromMetaError::Unsupported { .. }));
    assert_eq!(from_meta(&json!(null)).unwrap_err().to_string(), "(root): expected an object, found null");
}

/// Every JSON Pointer of `value`, the root first.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                pointers(v, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                pointers(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Replaces, one at a time, every value of every fixture's Cloud API body with a value of another
/// type: from_meta never panics, and an error names the replaced value, one of its ancestors (a
/// value read whole), or one of its members (a required member now missing).
#[test]
fn from_meta_never_panics_and_points_at_the_damage() {
    let mut bodies = Vec::new();
    for (_, files) in valid_fixtures() {
        for path in files {
            if let Ok(Some(request)) = as_request(&path) {
                bodies.extend(to_meta(&request).messages.into_iter().take(1));
            }
        }
    }
    assert!(bodies.len() > 50);
    let mut checked = 0;
    for body in &bodies {
        let mut all = Vec::new();
        pointers(body, String::new(), &mut all);
        for at in all {
            for replacement in [json!(null), json!(7), json!("x"), json!([]), json!({}), json!([{"a": 1}])] {
                let mut damaged = body.clone();
                *damaged.pointer_mut(&at).unwrap() = replacement;
                if let Err(e) = from_meta(&damaged) {
                    let found = e.path().to_string();
                    assert!(
                        at == found || at.starts_with(&format!("{found}/")) || found.starts_with(&format!("{at}/")),
                        "replacing {at} gave an error at {found}: {e}"
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 1000);
}
