//! What the fuzz targets check beside "no panic", one function per target. Shared, through
//! `#[path]`, by the cargo-fuzz targets (fuzz_targets/*.rs, nightly) and by the stable replay of
//! their committed corpora (tests/fuzz_corpus.rs), so a crash input fails `cargo test` exactly
//! as it failed the fuzzer.
//!
//! Oracles:
//! - every diagnostic's path resolves in the document, or its parent does (a missing member);
//! - line and column lie inside the text;
//! - the report is sorted by path and code, without duplicates;
//! - `lint_str` and `lint_value` agree on strict JSON without duplicate keys;
//! - translation: a translated body lints clean as Cloud API JSON, and `from_meta` reads it back
//!   to the message less what the Cloud API has no place for (`round_tripped`);
//! - no message or help contains a planted body text or phone number (`mutate_fixtures`);
//! - fixes (`fix`): each fix alone changes only the bytes of its edits and leaves a text that
//!   parses at least as well; fixing keeps strict JSON strict, never makes the report worse, and
//!   fixing the result again changes nothing;
//! - templates (`templates`): definitions and a send mutated together lint and preview without a
//!   panic, the send's report meets the lint oracles, and a preview is bounded by its inputs.

#![allow(dead_code)] // each consumer uses its own part

use linkwa::meta::{round_tripped, to_meta_message};
use linkwa::model::Message;
use linkwa::pointer::Segment;
use linkwa::{Applicability, Dialect, JsonPointer, LintOptions, Report, Severity, lint_value_with};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// Planted after 41 characters of padding: a message quoting a value cut to 40 characters never
/// shows it; one that copies the value does.
pub const SECRET: &str = "SECRET-482913-+4790012345";

/// Target `lint_str`: any UTF-8 text.
pub fn lint_str(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        check_text(text, &LintOptions::default());
    }
}

/// Target `lint_bytes`: any bytes; valid UTF-8 gives what `lint_str` gives, invalid UTF-8 one
/// diagnostic.
pub fn lint_bytes(data: &[u8]) {
    let report = linkwa::lint_bytes(data);
    match std::str::from_utf8(data) {
        Ok(text) => assert_eq!(report, linkwa::lint_str(text), "lint_bytes and lint_str disagree"),
        Err(_) => assert_eq!(report.diagnostics.len(), 1, "invalid UTF-8 is one diagnostic"),
    }
}

/// Target `to_meta_str`: the first byte picks a recipient (or none), the rest is the text. A
/// translated body lints clean as Cloud API JSON and reads back (for a bare message: to the
/// message less what the Cloud API has no place for).
pub fn to_meta_str(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let to = match pick % 4 {
        0 => None,
        1 => Some("+4790000001"),
        2 => Some("not a number"),
        _ => Some(""),
    };
    let Ok(translation) = linkwa::meta::to_meta_str(text, to) else { return };
    if translation.has_errors() {
        return;
    }
    let cloud = LintOptions { dialect: Some(Dialect::Cloud), ..LintOptions::default() };
    let bare: Option<Message> = serde_json::from_str(text).ok().filter(|_| to.is_some());
    for body in &translation.messages {
        let lint = lint_value_with(body, &cloud);
        assert!(!lint.has_errors(), "a translated body does not lint clean as Cloud API JSON: {:?}", lint.diagnostics);
        let back = linkwa::from_meta(body).expect("a translated body reads back");
        if let Some(message) = &bare {
            assert_eq!(back.message, round_tripped(message), "the body reads back differently");
        }
    }
}

/// Target `from_meta`: any JSON value; what reads back translates again without a panic.
pub fn from_meta(data: &[u8]) {
    let Ok(value) = serde_json::from_slice::<Value>(data) else { return };
    if let Ok(link) = linkwa::from_meta(&value) {
        let translation = to_meta_message(&link.message, &link.to);
        for body in &translation.messages {
            let _ = linkwa::from_meta(body);
        }
    }
}

/// Lints `text` and checks every oracle that applies.
pub fn check_text(text: &str, options: &LintOptions) -> Report {
    let report = linkwa::lint_str_with(text, options);
    check_sorted(&report);
    check_positions(text, &report);
    if let Ok(value) = serde_json::from_str::<Value>(text) {
        // A duplicate key (LW004) is reported where the text has it, which may lie inside a value
        // that a later duplicate replaced in the tree: such a path need not resolve.
        for d in report.diagnostics.iter().filter(|d| d.code != "LW004") {
            assert!(resolves(&value, &d.path), "{} at {} does not resolve in the document", d.code, d.path);
        }
        // Duplicate keys are invisible to a parsed tree: only then may the two differ.
        if !report.diagnostics.iter().any(|d| d.code == "LW004") {
            let from_value = lint_value_with(&value, options);
            assert_eq!(strip(&report), strip(&from_value), "lint_str and lint_value disagree");
        }
    }
    report
}

/// The report as `lint_value` would give it: without positions.
fn strip(report: &Report) -> Vec<(&'static str, String, String, Option<String>)> {
    report.diagnostics.iter().map(|d| (d.code, d.path.to_string(), d.message.clone(), d.help.clone())).collect()
}

fn check_sorted(report: &Report) {
    for pair in report.diagnostics.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!((&a.path, a.code) <= (&b.path, b.code), "not sorted: {a} before {b}");
        assert!(a != b, "duplicate diagnostic: {a}");
    }
}

fn check_positions(text: &str, report: &Report) {
    // Each line's width counted once (not once per diagnostic: minified inputs have one line).
    let widths: Vec<u32> = text.split('\n').map(|l| l.chars().count() as u32 + 1).collect();
    for d in &report.diagnostics {
        let (Some(line), Some(column)) = (d.line, d.column) else { continue };
        let width = *widths.get(line as usize - 1).unwrap_or_else(|| panic!("{}: line {line} is past the end", d.code));
        assert!(line >= 1 && column >= 1 && column <= width, "{}: column {column} outside line {line}", d.code);
    }
}

/// Whether `path` names a value of `document`, or a member missing from an object that is there.
fn resolves(document: &Value, path: &JsonPointer) -> bool {
    let mut at = document;
    let segments = path.segments();
    for (i, segment) in segments.iter().enumerate() {
        let next = match (segment, at) {
            (Segment::Key(k), Value::Object(map)) => map.get(&**k),
            (Segment::Index(n), Value::Array(items)) => items.get(*n),
            (Segment::Index(n), Value::Object(map)) => map.get(&n.to_string()),
            _ => None,
        };
        match next {
            Some(value) => at = value,
            // A missing member: its object is there, and it is the last segment.
            None => return i + 1 == segments.len() && at.is_object(),
        }
    }
    true
}

/// The fixtures (`fixtures/**/*.json` that parse), sorted by path: the seeds of `mutate_fixtures`.
static SEEDS: LazyLock<Vec<(PathBuf, Value)>> = LazyLock::new(|| {
    let mut files = Vec::new();
    below(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures"), &mut files);
    if files.is_empty() {
        below(&Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"), &mut files);
    }
    files.sort();
    files
        .into_iter()
        .filter_map(|p| {
            let value = serde_json::from_slice(&std::fs::read(&p).ok()?).ok()?;
            Some((p, value))
        })
        .collect()
});

fn below(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            below(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

/// Every member name of every fixture, sorted: the dictionary of names mutations insert.
static NAMES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut names = std::collections::BTreeSet::new();
    fn collect(value: &Value, names: &mut std::collections::BTreeSet<String>) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    names.insert(k.clone());
                    collect(v, names);
                }
            }
            Value::Array(items) => items.iter().for_each(|v| collect(v, names)),
            _ => {}
        }
    }
    for (_, value) in SEEDS.iter() {
        collect(value, &mut names);
    }
    names.into_iter().collect()
});

/// Values mutations put in place of others: edge cases of every kind.
fn special(pick: u8) -> Value {
    let planted = || Value::String(format!("{}{SECRET}", "p".repeat(41)));
    match pick % 24 {
        0 => Value::Null,
        1 => Value::Bool(true),
        2 => Value::from(0),
        3 => Value::from(-1),
        4 => Value::from(u64::MAX),
        5 => Value::from(1.5e300),
        6 => Value::from(""),
        7 => Value::from(" \t\n"),
        8 => Value::from("詳細はhttps://example.jp/sale"),
        9 => Value::from("👍🏽"),
        10 => Value::from("{{1}}"),
        11 => Value::from("<PHONE_NUMBER>"),
        12 => Value::from("https://example.com/a.jpg"),
        13 => Value::from("+4790012345"),
        14 => Value::from("x".repeat(5000)),
        15 => Value::from("*a _b ~c ```d"),
        16 => Value::Array(vec![]),
        17 => Value::Object(Default::default()),
        18 => Value::Array(vec![planted(), Value::from(1)]),
        19 => Value::from("2026-02-30T10:00:00Z"),
        20 => Value::from("en_US"),
        21 => Value::from("a\u{0}b\u{1b}c\u{ffff}"),
        22 => Value::from("text"),
        _ => planted(),
    }
}

/// Every JSON Pointer (string form) of `value`'s nodes, the root first.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            out.push(at.clone());
            for (k, v) in map {
                pointers(v, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(items) => {
            out.push(at.clone());
            for (i, v) in items.iter().enumerate() {
                pointers(v, format!("{at}/{i}"), out);
            }
        }
        _ => out.push(at),
    }
}

/// Target `mutate_fixtures`: the first two bytes pick a fixture, every further three bytes apply
/// one mutation (replace a node, remove it, add a member, duplicate an element, rename a member,
/// plant a secret); the result is linted as minified or pretty JSON (the first byte's low bit),
/// with the fixture's options, and must meet every oracle, planted secrets included.
pub fn mutate_fixtures(data: &[u8]) {
    let seeds = &*SEEDS;
    if seeds.is_empty() || data.len() < 2 {
        return;
    }
    let pick = usize::from(u16::from_le_bytes([data[0], data[1]])) % seeds.len();
    let (path, seed) = &seeds[pick];
    let mut doc = seed.clone();
    for op in data[2..].chunks_exact(3).take(16) {
        let mut nodes = Vec::new();
        pointers(&doc, String::new(), &mut nodes);
        let target = nodes[usize::from(op[1]) % nodes.len()].clone();
        let name = &NAMES[usize::from(op[2]) * 7 % NAMES.len().max(1)];
        let Some(node) = doc.pointer_mut(&target) else { continue };
        match op[0] % 6 {
            0 => *node = special(op[2]),
            1 => match node {
                Value::Object(map) => {
                    let key = map.keys().nth(usize::from(op[2]) % map.len().max(1)).cloned();
                    key.map(|k| map.remove(&k));
                }
                Value::Array(items) if !items.is_empty() => {
                    items.remove(usize::from(op[2]) % items.len());
                }
                _ => {}
            },
            2 => {
                if let Value::Object(map) = node {
                    map.insert(name.clone(), special(op[2] / 7));
                }
            }
            3 => {
                if let Value::Array(items) = node
                    && let Some(first) = items.first().cloned()
                {
                    items.extend(std::iter::repeat_n(first, usize::from(op[2] % 12)));
                }
            }
            4 => {
                if let Value::Object(map) = node
                    && let Some(key) = map.keys().nth(usize::from(op[2]) % map.len().max(1)).cloned()
                    && let Some(v) = map.remove(&key)
                {
                    map.insert(name.clone(), v);
                }
            }
            _ => {
                if node.is_string() {
                    *node = special(23);
                }
            }
        }
    }
    let options = options_for(path);
    // Minified or pretty-printed, as the first byte says.
    let text = if data[0] & 1 == 0 { serde_json::to_string(&doc) } else { serde_json::to_string_pretty(&doc) };
    let report = check_text(&text.unwrap(), &options);
    for d in &report.diagnostics {
        assert!(!d.message.contains(SECRET), "{} message echoes a value: {}", d.code, d.message);
        assert!(!d.help.as_deref().unwrap_or_default().contains(SECRET), "{} help echoes a value", d.code);
    }
}

/// The options a fixture is linted with, told by its folder (as tests/common does, without the
/// family's template definitions).
#[allow(clippy::needless_update)] // `templates` exists only with linkwa's `templates` feature
fn options_for(path: &Path) -> LintOptions {
    let text = path.to_string_lossy();
    let dialect = if text.contains("/fixtures/cloud/") {
        Some(Dialect::Cloud)
    } else if text.contains("/fixtures/link/") {
        Some(Dialect::Link)
    } else {
        None
    };
    let media = if text.contains("/link-only/") { linkwa::MediaPolicy::LinkOnly } else { linkwa::MediaPolicy::Any };
    LintOptions { dialect, media, ..LintOptions::default() }
}

/// The number of fixtures `mutate_fixtures` starts from (for the replay test's sanity check).
pub fn seed_count() -> usize {
    SEEDS.len()
}

/// Codes that say a text is not (or no longer) a JSON document.
const UNPARSED: &[&str] = &["LW001", "LW002", "LW003", "LW013"];

fn unparsed(report: &Report) -> usize {
    report.diagnostics.iter().filter(|d| UNPARSED.contains(&d.code)).count()
}

/// How many fixes of one input are each applied alone and re-linted (bounds a run's cost).
const SINGLE_FIXES: usize = 24;

/// Target `fix`: the first byte picks the applicability (even: safe fixes, odd: safe and unsafe),
/// the rest is the text.
pub fn fix(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let threshold = if pick & 1 == 0 { Applicability::Safe } else { Applicability::Unsafe };
    let options = LintOptions::default();
    let report = linkwa::lint_str_with(text, &options);
    // Each fix alone: only the bytes of its edits change, and the text parses as well as before.
    for d in report.diagnostics.iter().filter(|d| d.fix.is_some()).take(SINGLE_FIXES) {
        let Some(fix) = &d.fix else { continue };
        let one = Report { dialect: report.dialect, diagnostics: vec![d.clone()] };
        let applied = linkwa::apply_fixes(text, &one, Applicability::Unsafe);
        let mut edits: Vec<_> = fix.edits.iter().collect();
        edits.sort_by_key(|e| (e.start, e.end));
        let mut expected = String::new();
        let mut at = 0;
        for e in &edits {
            let before = text.get(at..e.start).unwrap_or_else(|| panic!("{}: an edit off a boundary", d.code));
            expected.push_str(before);
            expected.push_str(&e.replacement);
            at = e.end;
        }
        expected.push_str(text.get(at..).unwrap_or_else(|| panic!("{}: an edit past the end", d.code)));
        assert_eq!(applied.applied, 1, "{}: its own fix is not applied", d.code);
        assert_eq!(applied.text, expected, "{}: bytes outside the edits changed", d.code);
        let after = linkwa::lint_str_with(&applied.text, &options);
        assert!(
            unparsed(&after) <= unparsed(&report),
            "{}: the fix {:?} leaves a text that does not parse: {:?}",
            d.code,
            fix.description,
            after.diagnostics.iter().find(|d| UNPARSED.contains(&d.code))
        );
    }
    let outcome = linkwa::fix_str_with(text, &options, threshold, &|_| true);
    if serde_json::from_str::<Value>(text).is_ok() {
        assert!(serde_json::from_str::<Value>(&outcome.text).is_ok(), "strict JSON is no longer strict");
    }
    let counts = |r: &Report| (r.count(Severity::Error), r.count(Severity::Warning), r.count(Severity::Info));
    assert!(counts(&outcome.report) <= counts(&report), "fixing made the report worse");
    assert!(unparsed(&outcome.report) <= unparsed(&report), "fixing made the text parse worse");
    assert_eq!(outcome.report, linkwa::lint_str_with(&outcome.text, &options), "the outcome's report is stale");
    if !outcome.capped {
        let again = linkwa::fix_str_with(&outcome.text, &options, threshold, &|_| true);
        assert_eq!((again.applied, &again.text), (0, &outcome.text), "fixing twice changes the text");
    }
}

/// Splits the `templates` input at its first 0xFF byte (never in UTF-8): definitions, then send.
pub const TEMPLATES_SEPARATOR: u8 = 0xff;

/// Target `templates`: definitions (a definition or a list response) and a send, separated by
/// [`TEMPLATES_SEPARATOR`], mutated together. The set is built, the send linted against it (the
/// lint oracles hold) and previewed; every preview is bounded by its inputs: no longer than the
/// definitions' text with each variable filled by at most the whole send.
pub fn templates(data: &[u8]) {
    let Some(split) = data.iter().position(|&b| b == TEMPLATES_SEPARATOR) else { return };
    let (Ok(definitions), Ok(send)) = (std::str::from_utf8(&data[..split]), std::str::from_utf8(&data[split + 1..]))
    else {
        return;
    };
    let set = linkwa::options::templates::TemplateSet::from_json(definitions);
    for source in set.sources() {
        check_sorted(&source.report);
        check_positions(definitions, &source.report);
    }
    let set = std::sync::Arc::new(set);
    let options = LintOptions { templates: Some(set.clone()), ..LintOptions::default() };
    let report = linkwa::lint_str_with(send, &options);
    check_sorted(&report);
    check_positions(send, &report);
    let Ok(previews) = set.preview_str(send) else { return };
    // Every text of a preview is a definition's text with its variables filled from the send, or
    // a card of the definitions repeated for a card of the send: at most a product of the sizes.
    let bound = (definitions.len() + 64) * (send.len() + 64);
    let size: usize = previews.iter().map(|p| text_size(&serde_json::to_value(p).unwrap_or_default())).sum();
    assert!(size <= bound, "previews of {size} bytes from {} + {} bytes", definitions.len(), send.len());
}

/// The bytes of every string in `value`.
fn text_size(value: &Value) -> usize {
    match value {
        Value::String(s) => s.len(),
        Value::Array(items) => items.iter().map(text_size).sum(),
        Value::Object(map) => map.values().map(text_size).sum(),
        _ => 0,
    }
}
