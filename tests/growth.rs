//! Growth tests: the work `lint_str` does to locate diagnostics, count their columns and find
//! repeated keys must grow linearly with the input. They count work (`linkwa::work_done`: bytes
//! looked at, members compared), not time, so they are exact and fail on quadratic behaviour
//! however fast the machine: each compares the work per input byte of a small and a 100× larger
//! input (quadratic work would be about 100× more per byte; linear work stays within 2×).

use linkwa::{Report, lint_str};

/// The work per byte and the report of linting `text`.
fn work_per_byte(text: &str) -> (f64, Report) {
    linkwa::work_done();
    let report = lint_str(text);
    let work = linkwa::work_done();
    (work as f64 / text.len() as f64, report)
}

/// Asserts that the work per byte for the largest input is within 2× of the smallest's.
#[track_caller]
fn assert_linear(what: &str, make: impl Fn(usize) -> String, sizes: [usize; 2], min_findings: impl Fn(usize) -> usize) {
    let [small, large] = sizes.map(|n| {
        let text = make(n);
        let (per_byte, report) = work_per_byte(&text);
        assert!(report.diagnostics.len() >= min_findings(n), "{what} ({n}): {} diagnostics", report.diagnostics.len());
        assert!(report.diagnostics.iter().all(|d| d.line.is_some() && d.column.is_some()), "{what}: unplaced");
        per_byte
    });
    assert!(small > 0.0, "{what}: no work counted");
    assert!(large <= 2.0 * small, "{what}: {large:.2} units per byte at {}, {small:.2} at {}", sizes[1], sizes[0]);
}

/// One message with two findings (a wrong type, an unknown member).
const MESSAGE: &str =
    r#"{"type": "text", "text": {"body": "Your order has shipped", "previewUrl": "yes", "colour": 1}}"#;

/// A request of `n` messages, each with findings; pretty-printed or on one line.
fn request(n: usize, pretty: bool) -> String {
    let messages = vec![MESSAGE; n];
    let (sep, nl) = if pretty { (",\n    ", "\n  ") } else { (",", "") };
    let body = messages.join(sep);
    let request = format!(
        r#"{{{nl}"platformId": "COMMON_API",{nl}"platformPartnerId": "12345",{nl}"source": "+46700000000",{nl}"destinations": ["+46700000001"],{nl}"messages": [{nl}  {body}{nl}]{}}}"#,
        if pretty { "\n" } else { "" }
    );
    if pretty { request } else { request.replace(": ", ":").replace(", ", ",") }
}

#[test]
fn locating_diagnostics_is_linear_in_a_minified_request() {
    assert_linear("minified request", |n| request(n, false), [100, 10_000], |n| 2 * n);
}

#[test]
fn locating_diagnostics_is_linear_in_a_pretty_printed_request() {
    assert_linear("pretty request", |n| request(n, true), [100, 10_000], |n| 2 * n);
}

#[test]
fn placing_many_unknown_members_of_one_object_is_linear() {
    let make = |n: usize| {
        let members: String = (0..n).map(|i| format!(r#","u{i}":{i}"#)).collect();
        format!(r#"{{"type":"text","text":{{"body":"hi"{members}}}}}"#)
    };
    assert_linear("unknown members", make, [200, 20_000], |n| n);
}

#[test]
fn finding_a_repeated_key_among_many_is_linear() {
    let make = |n: usize| {
        let members: String = (0..n).map(|i| format!(r#","k{i}":{i}"#)).collect();
        format!(r#"{{"type":"text","text":{{"body":"hi"}}{members},"k0":0}}"#)
    };
    assert_linear("repeated key", make, [200, 20_000], |_| 1);
    let (_, report) = work_per_byte(&make(10));
    assert!(report.diagnostics.iter().any(|d| d.code == "LW004" && d.path.to_string() == "/k0"));
}

#[test]
fn syntax_diagnostics_on_one_long_line_are_linear() {
    // Trailing commas everywhere: a lenient parse, many positioned syntax diagnostics on one line.
    let make = |n: usize| format!("[{}]", vec![r#"{"a":1,}"#; n].join(","));
    assert_linear("trailing commas", make, [100, 10_000], |n| n);
}

#[test]
fn nesting_is_limited_to_128_levels_on_both_parse_paths() {
    let deep = "[".repeat(200) + &"]".repeat(200);
    let strict = lint_str(&deep);
    let lenient = lint_str(&format!("// a comment makes the strict parse fail first\n{deep}"));
    for report in [&strict, &lenient] {
        let codes: Vec<_> = report.diagnostics.iter().map(|d| (d.code, d.column, d.message.as_str())).collect();
        assert_eq!(codes, [("LW003", Some(128), "arrays and objects nest deeper than 128 levels")]);
    }
    let shallow = "[".repeat(127) + &"]".repeat(127);
    let lenient = lint_str(&format!("// c\n{shallow}"));
    assert!(lenient.diagnostics.iter().all(|d| d.code != "LW003"));
}
