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
