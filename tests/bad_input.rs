//! Hostile and degenerate input: a clear diagnostic every time, never a panic or a stack overflow.

use linkwa::{Severity, lint_bytes, lint_str};

fn codes(report: &linkwa::Report) -> Vec<&'static str> {
    report.diagnostics.iter().map(|d| d.code).collect()
}

#[test]
fn hundred_thousand_nested_arrays() {
    let text = "[".repeat(100_000) + &"]".repeat(100_000);
    assert_eq!(codes(&lint_str(&text)), ["LW003"]);
    let unclosed = "[".repeat(100_000);
    assert_eq!(codes(&lint_str(&unclosed)), ["LW003"]);
    let objects = r#"{"a":"#.repeat(100_000);
    assert_eq!(codes(&lint_str(&objects)), ["LW003"]);
}

#[test]
fn deep_nesting_after_a_syntax_error() {
    let text = "[,".to_owned() + &"[".repeat(100_000);
    let report = lint_str(&text);
    assert!(report.has_errors());
}

#[test]
fn a_fifty_megabyte_string() {
    let body = "a".repeat(50 * 1024 * 1024);
    let text = format!(r#"{{"type": "text", "text": {{"body": "{body}"}}}}"#);
    let report = lint_str(&text);
    assert!(report.diagnostics.iter().all(|d| d.message.len() < 200), "messages do not echo the body");
    // The text rules report the length; the structure is fine either way.
    assert!(report.diagnostics.iter().all(|d| d.code != "LW001"));
}

#[test]
fn non_utf8_bytes() {
    let report = lint_bytes(b"{\"type\": \"text\",\n \"text\": {\"body\": \"caf\xe9\"}}");
    assert_eq!(codes(&report), ["LW002"]);
    let d = &report.diagnostics[0];
    assert_eq!((d.line, d.column), (Some(2), Some(23)));
}

#[test]
fn empty_input() {
    assert_eq!(codes(&lint_bytes(b"")), ["LW013"]);
    assert_eq!(codes(&lint_str(" \n\t ")), ["LW013"]);
}

#[test]
fn json_scalars_and_arrays() {
    for text in ["42", "\"text\"", "null", "true", "[]"] {
        let report = lint_str(text);
        assert_eq!(codes(&report), ["LW014"], "{text}");
        assert_eq!(report.diagnostics[0].severity, Severity::Error);
    }
}

#[test]
fn ten_thousand_messages() {
    let message = r#"{"type": "template", "template": {"name": "t", "language": {"code": "en"}, "components": []}}"#;
    let messages = vec![message; 10_000].join(",");
    let text = format!(
        r#"{{"platformId": "p", "platformPartnerId": "pp", "refId": "r", "priority": "NORMAL",
        "source": "+46700000000", "destinations": ["+46700000001"], "messages": [{messages}]}}"#
    );
    assert!(lint_str(&text).diagnostics.is_empty());
    let broken = text.replace(r#""type": "template""#, r#""type": "templates""#);
    assert_eq!(lint_str(&broken).diagnostics.len(), 10_000, "every message is reported");
}

#[test]
fn garbage_after_the_document_and_lone_tokens() {
    assert!(lint_str(r#"{"type": "text"} {"type": "text"}"#).has_errors());
    assert!(lint_str("}").has_errors());
    assert!(lint_str("{\"a\": \"unterminated").has_errors());
    assert!(lint_str("\u{feff}{}").has_errors());
}
