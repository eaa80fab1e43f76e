//! Every diagnostic of a text carries its byte range (`start`, `end`), set once by the library:
//! for every fixture, `text[start..end]` is the value at the diagnostic's path, or, for an absent
//! member, the name of the member that should hold it (or that object, when it has none); line,
//! column and the UTF-16 offsets are those of `start`. `lint_value` gives no range.

mod common;

use linkwa::pointer::Segment;
use linkwa::{Diagnostic, JsonPointer, Lines, Unit};
use serde_json::Value;

/// A lenient parse (comments, trailing commas: what the linter recovers from), last repeated
/// member winning as in the linted value.
/// (jsonc-parser reads a lone `null` as no value, so strict JSON is tried first.)
fn parse(text: &str) -> Option<Value> {
    serde_json::from_str(text)
        .ok()
        .or_else(|| jsonc_parser::parse_to_serde_value(text, &jsonc_parser::ParseOptions::default()).ok().flatten())
}

/// The value at `pointer`, a member name also standing for an index and the reverse (RFC 6901).
fn at<'v>(value: &'v Value, pointer: &JsonPointer) -> Option<&'v Value> {
    value.pointer(&pointer.to_string())
}

/// What `text[start..end]` must be for `d` in the document `doc`.
fn expected(doc: &Value, d: &Diagnostic) -> Value {
    // The pointers to each value on the way, the document first.
    let mut way = vec![JsonPointer::root()];
    for segment in d.path.segments() {
        let last = way.last().cloned().unwrap_or_else(JsonPointer::root);
        way.push(match segment {
            Segment::Key(k) => last.key(k),
            Segment::Index(i) => last.index(*i),
        });
    }
    // The value; when it is absent, the deepest value on the way, by its name when it is an
    // object member.
    for depth in (0..way.len()).rev() {
        let Some(value) = at(doc, &way[depth]) else { continue };
        if depth + 1 < way.len()
            && depth > 0
            && let Some(Value::Object(_)) = at(doc, &way[depth - 1])
            && let Some(segment) = d.path.segments().get(depth - 1)
        {
            return Value::String(match segment {
                Segment::Key(k) => k.to_string(),
                Segment::Index(i) => i.to_string(),
            });
        }
        return value.clone();
    }
    doc.clone()
}

/// Syntax rules: their range is the token where the problem is, not a value of the document.
const SYNTAX: [&str; 8] = ["LW001", "LW002", "LW003", "LW004", "LW009", "LW010", "LW011", "LW012"];

#[test]
fn every_fixture_diagnostic_ranges_over_its_value_or_member_name() {
    let mut checked = 0;
    for path in common::json_files_below(&common::root()) {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let report = linkwa::lint_str_with(&text, &common::options_for(&path));
        let doc = parse(&text);
        let lines = Lines::new(&text);
        for d in &report.diagnostics {
            let name = format!("{} {d}", path.display());
            let (Some(start), Some(end)) = (d.start, d.end) else {
                assert!(d.line.is_none(), "{name}: a position without a range");
                continue;
            };
            let slice =
                text.get(start..end).unwrap_or_else(|| panic!("{name}: {start}..{end} is not a range of the text"));
            let at = lines.position(start, Unit::Chars);
            assert_eq!((d.line, d.column), (Some(at.line as u32 + 1), Some(at.column as u32 + 1)), "{name}");
            let utf16 = |o: usize| text[..o].encode_utf16().count();
            assert_eq!((d.start_utf16, d.end_utf16), (Some(utf16(start)), Some(utf16(end))), "{name}");
            if SYNTAX.contains(&d.code) {
                assert!(!slice.is_empty() || start == text.len(), "{name}: an empty token");
                continue;
            }
            let Some(doc) = &doc else { continue };
            let found = parse(slice).unwrap_or_else(|| panic!("{name}: `{slice}` is not a JSON value or name"));
            assert_eq!(found, expected(doc, d), "{name}: `{slice}`");
            checked += 1;
        }
    }
    assert!(checked > 700, "{checked} diagnostics checked");
}

#[test]
fn ranges_in_a_minified_document_with_escapes_and_wide_characters() {
    let text = r#"{"type":"text","text":{"b\u006fdy":12,"😀":[1,{"x":true}],"previewUrl":"yes"},"colour":"é"}"#;
    let report = linkwa::lint_str(text);
    let slices: Vec<(&str, &str)> =
        report.diagnostics.iter().map(|d| (d.code, &text[d.start.unwrap()..d.end.unwrap()])).collect();
    assert!(slices.contains(&("LW006", "12")), "{slices:?}");
    assert!(slices.contains(&("LW005", "[1,{\"x\":true}]")), "{slices:?}");
    assert!(slices.iter().any(|&(_, s)| s == "\"yes\""), "{slices:?}");
    assert!(slices.contains(&("LW005", "\"é\"")), "{slices:?}");
    let value = serde_json::from_str(text).unwrap();
    assert!(linkwa::lint_value(&value).diagnostics.iter().all(|d| d.start.is_none() && d.end_utf16.is_none()));
}
