//! `parse_inbound` and `parse_outbound` over every fixture: a text with errors gives exactly the
//! report `lint_str` gives; a received document without errors decodes to its kind and serializes
//! back to the JSON it was read from; a document of the other direction is refused; nothing is
//! left undecoded (but for two send documents with a warning the strict send model cannot hold).

mod common;

use linkwa::inbound::{Content, ContentType, Inbound, Outbound, StatusKind, Webhook};
use linkwa::{DecodeError, lint_str, parse_inbound, parse_outbound};
use serde_json::Value;
use std::fs;
use std::path::Path;

/// Whether a fixture is something received, by where it lives and what it is called.
fn is_received(path: &Path) -> bool {
    let path = path.to_string_lossy().replace('\\', "/");
    let name = path.rsplit('/').next().unwrap_or_default();
    const RECEIVED: &[&str] = &[
        "errorresponse",
        "messageresponse",
        "event-report",
        "receive-message",
        "alternative-receive",
        "incoming-message",
        "message-status-notification",
        "webhook-",
    ];
    path.contains("/link/inbound/")
        || path.contains("/cloud/webhook/")
        || (path.contains("/spec-examples/") && RECEIVED.iter().any(|p| name.starts_with(p)))
}

/// Every fixture with its text (those that are not UTF-8 are left out: `parse_inbound` takes text).
fn corpus() -> Vec<(String, String)> {
    common::json_files_below(&common::root())
        .into_iter()
        .filter_map(|p| {
            let text = fs::read_to_string(&p).ok()?;
            let name = p.strip_prefix(common::root()).unwrap_or(&p).to_string_lossy().into_owned();
            Some((name, text))
        })
        .collect()
}

#[test]
fn every_fixture_decodes_round_trips_or_reports_what_lint_reports() {
    let mut decoded = std::collections::BTreeMap::<&str, usize>::new();
    let mut refused = 0;
    for (name, text) in corpus() {
        let report = lint_str(&text);
        let received = is_received(Path::new(&format!("/{name}")));
        match parse_inbound(&text) {
            Err(DecodeError::Invalid(r)) => {
                assert!(report.has_errors(), "{name}: Invalid without errors");
                assert_eq!(r, report, "{name}: the report is lint_str's");
            }
            Ok(inbound) => {
                assert!(!report.has_errors(), "{name}");
                assert!(received, "{name}: decoded as {}, but it is something to send", inbound.kind());
                let original: Value = serde_json::from_str(&text).unwrap();
                let canonical = report.diagnostics.iter().any(|d| d.code == "LW008");
                if !canonical {
                    assert_eq!(inbound.to_json(), original, "{name}: the round trip changes the JSON");
                }
                let again = parse_inbound(&inbound.to_json().to_string()).expect("the written document decodes");
                assert_eq!(again, inbound, "{name}: decoding what was written gives the same document");
                let tagged = serde_json::to_value(&inbound).unwrap();
                assert_eq!(tagged["kind"], inbound.kind());
                assert_eq!(tagged["document"], inbound.to_json());
                *decoded.entry(inbound.kind()).or_default() += 1;
            }
            Err(DecodeError::WrongKind(_, r)) => {
                assert_eq!(r, report, "{name}");
                assert!(!received, "{name}: a received document refused");
                refused += 1;
            }
            Err(DecodeError::Undecodable(_)) => panic!("{name}: lints without error but was not decoded"),
        }
    }
    for kind in ["messageResponse", "errorResponse", "status", "incoming", "alternative", "webhook"] {
        assert!(decoded.get(kind).is_some_and(|n| *n >= 2), "{kind}: {decoded:?}");
    }
    assert!(refused >= 100, "{refused} documents to send refused");
}

#[test]
fn every_outbound_fixture_decodes_or_reports_what_lint_reports() {
    let mut requests = 0;
    let mut messages = 0;
    let mut undecodable = 0;
    for (name, text) in corpus() {
        match parse_outbound(&text) {
            Ok(Outbound::Request(_)) => requests += 1,
            Ok(Outbound::Message(_)) => messages += 1,
            Err(DecodeError::Invalid(r)) => assert_eq!(r, lint_str(&text), "{name}"),
            Err(DecodeError::WrongKind(..)) => {}
            Err(DecodeError::Undecodable(r)) => {
                // The strict send model has no place for a member another message type owns, nor
                // for a placeholder where a typed value belongs (LW508).
                assert!(r.diagnostics.iter().any(|d| ["LW111", "LW118", "LW508"].contains(&d.code)), "{name}: {r:?}");
                undecodable += usize::from(r.diagnostics.iter().all(|d| d.code != "LW508"));
            }
        }
    }
    assert!(requests >= 3 && messages >= 100, "{requests} requests, {messages} messages");
    assert!(undecodable <= 2, "{undecodable} undecodable");
}

fn fixture(path: &str) -> String {
    fs::read_to_string(common::root().join(path)).unwrap()
}

#[test]
fn each_kind_reads_its_members() {
    let Ok(Inbound::Incoming(mo)) = parse_inbound(&fixture("link/inbound/valid/incoming-interactive-list-reply.json"))
    else {
        panic!("an incoming message")
    };
    assert_eq!(mo.content.message.content_type, ContentType::Interactive);
    let Content::ListReply(row) = mo.content.message.content() else { panic!("a list reply") };
    assert_eq!(row.id, "slot-0930");

    let Ok(Inbound::Incoming(mo)) = parse_inbound(&fixture("link/inbound/valid/incoming-reaction-removed.json")) else {
        panic!("an incoming message")
    };
    assert!(matches!(mo.content.message.content(), Content::Reaction { emoji: None, to: Some(_) }));

    let Ok(Inbound::Status(dlr)) = parse_inbound(&fixture("link/inbound/valid/status-failed-meta.json")) else {
        panic!("a status notification")
    };
    assert_eq!(dlr.result_code.outcome(), Some(linkwa::inbound::Outcome::Failed));

    let Ok(Inbound::Webhook(Webhook::Notification(hook))) =
        parse_inbound(&fixture("cloud/webhook/valid/status-failed.json"))
    else {
        panic!("a webhook")
    };
    let status = &hook.entry[0].changes[0].value;
    let linkwa::inbound::ChangeValue::Messages(value) = status else { panic!("a messages value") };
    assert_eq!(value.statuses.as_ref().unwrap()[0].status, StatusKind::Failed);
}

#[test]
fn not_json_and_other_documents_are_errors_not_panics() {
    for text in ["", "{", "[1, 2]", "null", "{\"resultCode\": \"x\"}", "\u{feff}{}", "{\"a\": 1e999}"] {
        let _ = parse_inbound(text);
        let _ = parse_outbound(text);
    }
    let request = fixture("spec-examples/link-1.6/text-message.json");
    let Err(e) = parse_inbound(&request) else { panic!("a message to send is not received") };
    assert!(matches!(e, DecodeError::WrongKind(..)), "{e}");
    assert_eq!(
        e.to_string(),
        "the document is not a response, a status notification, an incoming message or a Cloud API webhook"
    );
}

/// The valid and fixed fixtures of what is received (LINK gateway documents and Cloud API webhooks).
fn received_fixtures() -> Vec<(String, String)> {
    let root = common::root();
    let folders = ["link/inbound/valid", "link/inbound/fixed", "cloud/webhook/valid", "cloud/webhook/fixed"];
    let files: Vec<_> = folders.iter().flat_map(|f| common::json_files(&root.join(f))).collect();
    assert!(files.len() >= 80, "{} received fixtures", files.len());
    files
        .into_iter()
        .map(|p| (p.strip_prefix(&root).unwrap().display().to_string(), fs::read_to_string(&p).unwrap()))
        .filter(|(_, text)| !lint_str(text).has_errors())
        .collect()
}

/// KeyValue maps: their members are data (string to string), not members of a typed object.
const KEY_VALUE: &[&str] = &["customParameters", "gateCustomParameters"];

/// `value` with `"member_from_the_future": 1` in every object that is not a KeyValue map.
fn plant(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut planted: serde_json::Map<String, Value> = map
                .iter()
                .map(|(k, v)| (k.clone(), if KEY_VALUE.contains(&k.as_str()) { v.clone() } else { plant(v) }))
                .collect();
            planted.insert("member_from_the_future".into(), Value::from(1));
            Value::Object(planted)
        }
        Value::Array(items) => Value::Array(items.iter().map(plant).collect()),
        other => other.clone(),
    }
}

/// `value` without any `member_from_the_future`.
fn unplant(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter().filter(|(k, _)| *k != "member_from_the_future").map(|(k, v)| (k.clone(), unplant(v))).collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(unplant).collect()),
        other => other.clone(),
    }
}

/// Issue 21: a member Meta or the gateway adds is a warning, never an error, and decoding keeps it
/// while reading everything else as before.
#[test]
fn a_member_from_the_future_in_every_object_is_only_a_warning_and_is_kept() {
    let mut planted_members = 0;
    for (name, text) in received_fixtures() {
        let original = parse_inbound(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let before = lint_str(&text);
        let planted = plant(&serde_json::from_str(&text).unwrap());
        let planted_text = serde_json::to_string_pretty(&planted).unwrap();
        let after = lint_str(&planted_text);
        assert!(!after.has_errors(), "{name}: {:#?}", after.diagnostics);
        let new: Vec<_> =
            after.diagnostics.iter().filter(|d| d.path.to_string().ends_with("/member_from_the_future")).collect();
        for d in &new {
            assert_eq!((d.code, d.severity), ("LW016", linkwa::Severity::Warning), "{name}: {d}");
        }
        assert_eq!(after.diagnostics.len() - new.len(), before.diagnostics.len(), "{name}: other diagnostics changed");
        assert!(!new.is_empty(), "{name}: no planted member reported");
        planted_members += new.len();
        let decoded = parse_inbound(&planted_text).unwrap_or_else(|e| panic!("{name}, planted: {e}"));
        assert_eq!(decoded.kind(), original.kind(), "{name}");
        let canonical = before.diagnostics.iter().any(|d| d.code == "LW008");
        if !canonical {
            assert_eq!(decoded.to_json(), planted, "{name}: a planted member was lost");
        }
        assert_eq!(unplant(&decoded.to_json()), original.to_json(), "{name}: the typed content changed");
    }
    assert!(planted_members >= 500, "{planted_members} planted members reported");
}

/// Every scalar or object member of `value`, by JSON Pointer.
fn members(value: &Value, pointer: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = format!("{pointer}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                members(v, p, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                members(v, format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Issue 21 item 6, issue 24 item 14: lint accepts exactly what the typed model decodes. Every
/// member of every received fixture, replaced by a value of another kind (a placeholder string, an
/// integer beyond 64 bits, a negative one, a fraction, a boolean, null, an object, an array):
/// either linting reports an error, or `parse_inbound` decodes the document.
#[test]
fn what_lints_without_error_decodes() {
    const VALUES: &[&str] =
        &["\"LOCATION_LATITUDE\"", "9223372036854775808", "-1", "0.5", "true", "null", "{}", "[]", "\"\""];
    let mut clean = 0;
    for (name, text) in received_fixtures() {
        let value: Value = serde_json::from_str(&text).unwrap();
        let mut pointers = Vec::new();
        members(&value, String::new(), &mut pointers);
        for pointer in &pointers {
            for replacement in VALUES {
                let mut mutated = value.clone();
                *mutated.pointer_mut(pointer).unwrap() = serde_json::from_str(replacement).unwrap();
                let mutated = mutated.to_string();
                match parse_inbound(&mutated) {
                    Err(DecodeError::Undecodable(r)) => {
                        panic!("{name}: {pointer} = {replacement} lints without error but does not decode: {r:?}")
                    }
                    Ok(_) => clean += 1,
                    Err(_) => {}
                }
            }
        }
    }
    assert!(clean >= 1000, "{clean} mutations decoded");
}

/// The members issue 21 lists, read from Meta's examples.
#[test]
fn the_members_meta_added_are_typed() {
    let value = |path: &str| {
        let Ok(Inbound::Webhook(hook)) = parse_inbound(&fixture(path)) else { panic!("{path}: a webhook") };
        hook.values()[0].clone()
    };
    let bsuid = value("cloud/webhook/valid/meta-bsuid-text.json");
    let contact = &bsuid.contacts.as_ref().unwrap()[0];
    assert_eq!(contact.wa_id, "");
    assert_eq!(contact.user_id.as_deref(), Some("user.93737..."));
    assert_eq!(contact.profile.as_ref().unwrap().username.as_deref(), Some("@realsheenanelson"));
    let message = &bsuid.messages.as_ref().unwrap()[0];
    assert_eq!((message.from.as_str(), message.from_user_id.as_deref()), ("", Some("user.93737...")));

    let status = &value("cloud/webhook/valid/meta-bsuid-status-to-user-id.json").statuses.unwrap()[0];
    assert_eq!(status.recipient_id, "");
    assert!(status.recipient_user_id.as_deref().is_some_and(|id| id.starts_with("user.")));

    let group = &value("cloud/webhook/valid/meta-group-text.json").messages.unwrap()[0];
    assert!(group.group_id.as_deref().is_some_and(|g| g.starts_with("Y2FwaV9ncm91cD")));
    let status = &value("cloud/webhook/valid/meta-group-status-delivered.json").statuses.unwrap()[0];
    assert_eq!(status.recipient_type.as_deref(), Some("group"));
    assert_eq!(status.recipient_participant_id.as_deref(), Some("16505551234"));

    let image = &value("cloud/webhook/valid/meta-image.json").messages.unwrap()[0];
    assert!(image.image.as_ref().unwrap().url.as_deref().is_some_and(|u| u.starts_with("https://")));

    let edit = &value("cloud/webhook/valid/meta-edit.json").messages.unwrap()[0];
    let edit = edit.edit.as_ref().unwrap();
    assert!(edit.original_message_id.starts_with("wamid."));
    assert_eq!(edit.message.kind, "image");
    assert!(edit.message.image.as_ref().unwrap().url.is_some());
    let revoke = &value("cloud/webhook/valid/meta-revoke.json").messages.unwrap()[0];
    assert!(revoke.revoke.as_ref().unwrap().original_message_id.starts_with("wamid."));
    let unsupported = &value("cloud/webhook/valid/meta-unsupported.json").messages.unwrap()[0];
    assert_eq!(unsupported.unsupported.as_ref().unwrap().kind.as_deref(), Some("edit"));
    let details = unsupported.errors.as_ref().unwrap()[0].error_data.as_ref().unwrap().details.as_deref();
    assert!(details.is_some());

    let call = &value("cloud/webhook/valid/meta-call-permission-reply.json").messages.unwrap()[0];
    let reply = call.interactive.as_ref().unwrap().call_permission_reply.as_ref().unwrap();
    assert_eq!((reply.response.as_str(), reply.is_permanent), ("accept", Some(false)));

    // Meta's 2022 payloads put `details` on the error itself.
    let old = fixture("cloud/webhook/valid/meta-status-failed.json")
        .replace("\"error_data\": {", "\"details\": \"old\", \"error_data\": {");
    let Ok(Inbound::Webhook(hook)) = parse_inbound(&old) else { panic!("a webhook") };
    assert_eq!(
        hook.values()[0].statuses.as_ref().unwrap()[0].errors.as_ref().unwrap()[0].details.as_deref(),
        Some("old")
    );

    // The 2026 parent ids are unknown members: kept in `extra`.
    let future = fixture("cloud/webhook/invalid/received-member-unknown.json");
    let Ok(Inbound::Webhook(hook)) = parse_inbound(&future) else { panic!("a webhook") };
    let contact = &hook.values()[0].contacts.as_ref().unwrap()[0];
    assert_eq!(contact.extra.get("parent_user_id"), Some(&Value::from("user.11111...")));
}

/// Issue 21 item 6 and issue 24 item 14: what the typed model cannot hold is an error at its member.
#[test]
fn values_a_receiver_cannot_read_are_errors_at_their_member() {
    for (path, pointer) in [
        (
            "cloud/webhook/invalid/wrong-type--placeholder-coordinates.json",
            "/entry/0/changes/0/value/messages/0/location/latitude",
        ),
        (
            "cloud/webhook/invalid/wrong-type--error-code-beyond-64-bits.json",
            "/entry/0/changes/0/value/statuses/0/errors/0/code",
        ),
        ("link/inbound/invalid/wrong-type--message-index-beyond-64-bits.json", "/messageIndex"),
    ] {
        let Err(DecodeError::Invalid(report)) = parse_inbound(&fixture(path)) else { panic!("{path}: invalid") };
        assert!(
            report.diagnostics.iter().any(|d| d.code == "LW006" && d.path.to_string() == pointer),
            "{path}: {report:?}"
        );
    }
}
