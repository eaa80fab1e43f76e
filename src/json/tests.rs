use super::*;
use crate::rules::structure::INVALID_JSON;

/// [`super::parse`] with an arena that lives as long as the test.
fn parse(text: &str) -> super::Parsed<'_> {
    super::parse(text, Box::leak(Box::new(super::tree::Bump::new())))
}

fn codes(text: &str) -> Vec<(&'static str, Option<u32>, Option<u32>)> {
    parse(text).diagnostics.iter().map(|d| (d.code, d.line, d.column)).collect()
}

#[test]
fn strict_json_has_no_diagnostics_and_no_tree() {
    let parsed = parse(r#"{"a": [1, 2]}"#);
    assert!(parsed.diagnostics.is_empty());
    assert!(parsed.locator.tree.is_none());
    assert_eq!(serde(parsed.value.unwrap())["a"][1], 2);
}

#[test]
fn recovers_trailing_commas_comments_and_missing_commas() {
    let text = "{\n  \"a\": 1,\n  // note\n  \"b\": [1 2,],\n}";
    let parsed = parse(text);
    let found: Vec<_> = parsed.diagnostics.iter().map(|d| (d.code, d.line.unwrap(), d.column.unwrap())).collect();
    assert!(found.contains(&("LW010", 3, 3)), "{found:?}");
    assert!(found.contains(&("LW011", 4, 11)), "{found:?}");
    assert!(found.contains(&("LW009", 4, 12)), "{found:?}");
    assert!(found.contains(&("LW009", 4, 14)), "{found:?}");
    assert_eq!(serde(parsed.value.unwrap())["b"][1], 2);
}

#[test]
fn reports_duplicates_at_the_second_key() {
    let parsed = parse("{\"a\": 1,\n \"a\": 2}");
    let d = &parsed.diagnostics[0];
    assert_eq!((d.code, d.line, d.column), ("LW004", Some(2), Some(2)));
    assert_eq!(d.path.to_string(), "/a");
    assert_eq!(serde(parsed.value.unwrap())["a"], 2);
}

#[test]
fn unreadable_text_is_one_error_where_reading_stops() {
    let found = codes("{\n \"subType\": \"quickReply\" or \"url\"\n}");
    assert_eq!(found.last().unwrap().0, "LW001");
    assert_eq!(found.last().unwrap().1, Some(2));
}

#[test]
fn empty_and_deep_documents() {
    assert_eq!(codes("  \n")[0].0, "LW013");
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    assert_eq!(codes(&deep)[0].0, "LW003");
    let deep_broken = "[,".to_owned() + &"[".repeat(100_000);
    assert!(!codes(&deep_broken).is_empty());
}

/// A diagnostic as the locator takes them (the pipeline's carry their rule's fix as well).
struct Held(Diagnostic);

impl AsRef<Diagnostic> for Held {
    fn as_ref(&self) -> &Diagnostic {
        &self.0
    }
}

impl AsMut<Diagnostic> for Held {
    fn as_mut(&mut self) -> &mut Diagnostic {
        &mut self.0
    }
}

/// Line and column of each pointer, located together: off the strict tree where it can tell
/// (`tree`), or all by the walk.
fn located_with(text: &str, pointers: &[JsonPointer], tree: bool) -> Vec<(Option<u32>, Option<u32>)> {
    let parsed = parse(text);
    let found: Vec<Diagnostic> = pointers
        .iter()
        .map(|p| Diagnostic { path: p.clone(), ..positioned(&INVALID_JSON, &LineIndex::new(""), 0, String::new()) })
        .map(|d| Diagnostic { line: None, column: None, ..d })
        .collect();
    let mut found: Vec<Held> =
        crate::Report::new(crate::Dialect::Link, found).diagnostics.into_iter().map(Held).collect();
    let strict = parsed.value.as_ref().and_then(Source::strict).filter(|_| tree);
    parsed.locator.locate(&mut found, strict);
    let at = |p: &JsonPointer| found.iter().map(|h| &h.0).find(|d| d.path == *p).map(|d| (d.line, d.column));
    pointers.iter().map(|p| at(p).unwrap_or_default()).collect()
}

/// [`located_with`] both ways, which must agree.
fn located(text: &str, pointers: &[JsonPointer]) -> Vec<(Option<u32>, Option<u32>)> {
    let walked = located_with(text, pointers, false);
    assert_eq!(located_with(text, pointers, true), walked, "{text}");
    walked
}

/// Every value's pointer in `value`, and below each object and array one that is absent.
fn every_pointer(value: &serde_json::Value, at: JsonPointer, out: &mut Vec<JsonPointer>) {
    match value {
        serde_json::Value::Object(map) => {
            out.push(at.key("linkwa-absent"));
            out.push(at.index(7));
            for (k, v) in map {
                every_pointer(v, at.key(k), out);
            }
        }
        serde_json::Value::Array(items) => {
            out.push(at.index(items.len()));
            out.push(at.key("0"));
            for (i, v) in items.iter().enumerate() {
                every_pointer(v, at.index(i), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

#[test]
fn the_tree_places_and_spans_every_pointer_of_every_fixture_as_the_walk_does() {
    let mut compared = 0;
    for file in crate::rules::fixture_files::fixture_files() {
        let Ok(text) = String::from_utf8(std::fs::read(&file).unwrap_or_default()) else { continue };
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else { continue };
        let mut pointers = Vec::new();
        every_pointer(&value, JsonPointer::root(), &mut pointers);
        pointers.sort();
        pointers.dedup();
        let walked = located_with(&text, &pointers, false);
        assert_eq!(located_with(&text, &pointers, true), walked, "{}", file.display());
        // Spans, for fixes: read off the tree, and found by the complete walk.
        let parsed = parse(&text);
        // (Text with a repeated key is read by the lenient parser: there is no strict tree.)
        let Some(strict) = parsed.value.as_ref().and_then(Source::strict) else { continue };
        let refs: Vec<&JsonPointer> = pointers.iter().collect();
        assert_eq!(parsed.locator.spans(&refs, Some(strict)), parsed.locator.spans(&refs, None), "{}", file.display());
        compared += pointers.len();
    }
    assert!(compared > 50_000, "{compared} pointers compared");
}

#[test]
fn locates_values_and_absent_members() {
    let root = JsonPointer::root;
    let pointers = [
        root().key("m").index(0).key("t"),
        root().key("m").index(0).key("absent"),
        root().key("m").key("absent"),
        root().key("o").index(1),
        root().key("e~/").key("x"),
        root(),
    ];
    let strict =
        "{\n  \"m\": [\n    {\"t\": \"x\"}\n  ],\n  \"o\": {\"1\": [], \"01\": 2}, \"e\\u007e/\": {\"x\": 1}\n}";
    let expected = [(3, 11), (3, 5), (2, 3), (5, 14), (5, 46), (1, 1)].map(|(l, c)| (Some(l), Some(c)));
    assert_eq!(located(strict, &pointers), expected);
    // The same text made lenient by a trailing comma: located on the syntax tree.
    let lenient = strict.replace("1}\n}", "1},\n}");
    assert_ne!(lenient, strict);
    assert_eq!(located(&lenient, &pointers), expected);
}

#[test]
fn the_last_of_repeated_keys_is_located() {
    let text = "{\"a\": {\"b\": 1}, \"a\": {\"c\": 2}}";
    let found = located(text, &[JsonPointer::root().key("a").key("b"), JsonPointer::root().key("a").key("c")]);
    assert_eq!(found, [(Some(1), Some(17)), (Some(1), Some(28))]);
}

#[test]
fn nesting_is_limited_the_same_way_on_both_paths() {
    for depth in [127, 128, 200, 600] {
        let deep = "[".repeat(depth) + &"]".repeat(depth);
        let strict = codes(&deep);
        let lenient = codes(&format!("// c\n{deep}"));
        if depth < 128 {
            assert!(strict.is_empty() && lenient.iter().all(|c| c.0 != "LW003"), "{depth}: {strict:?} {lenient:?}");
        } else {
            assert_eq!(strict, [("LW003", Some(1), Some(128))], "{depth}");
            assert_eq!(lenient, [("LW003", Some(2), Some(128))], "{depth}");
            let message = |t: &str| parse(t).diagnostics.last().unwrap().message.clone();
            assert_eq!(message(&deep), message(&format!("// c\n{deep}")));
        }
    }
}

#[test]
fn raw_line_breaks_in_strings_are_invalid_but_recovered() {
    let parsed = parse("{\"a\": \"one\ntwo\"}");
    let d = &parsed.diagnostics[0];
    assert_eq!((d.code, d.line, d.column), ("LW001", Some(1), Some(11)));
    assert!(d.message.contains("raw line break"), "{}", d.message);
    assert_eq!(serde(parsed.value.unwrap())["a"], "one\ntwo");
}

/// The tree of a parse, as a `serde_json::Value` to compare with.
fn serde(source: super::Source<'_>) -> serde_json::Value {
    source.with_tree(|tree| tree.to_serde())
}

#[test]
fn strict_parse_refuses_trailing_commas_and_deep_nesting() {
    let arena = super::tree::Bump::new();
    assert!(super::tree::parse(r#"{"a": 1,}"#, &arena).is_err());
    let deep = "[".repeat(200) + &"]".repeat(200);
    assert!(super::tree::parse(&deep, &arena).is_err());
}

#[test]
fn keywords_and_numbers_written_as_keys_are_unquoted_keys_with_a_fix() {
    // The lenient parser takes `true`, `null` and `2` as key names, as it takes words: each is
    // LW012 with the quoting fix, whether or not another slip is in the text.
    for (text, keys) in
        [("{true:''}", vec![(1, "\"true\"")]), ("{null: 1, 2: 3}", vec![(1, "\"null\""), (10, "\"2\"")])]
    {
        let parsed = parse(text);
        let quoted: Vec<(usize, &str)> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.message == "object keys must be in double quotes")
            .map(|d| {
                let edit = &d.fix.as_ref().expect("a fix").edits[0];
                (edit.start, edit.replacement.as_str())
            })
            .collect();
        assert_eq!(quoted, keys, "{text}");
        assert!(parsed.diagnostics.iter().all(|d| d.code != "LW001"), "{text}: {:?}", parsed.diagnostics);
    }
    // A keyword as a value is no key.
    assert!(parse("{\"a\": true, \"b\": null}").diagnostics.is_empty());
}
