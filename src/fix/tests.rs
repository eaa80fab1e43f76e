use super::*;
use crate::Applicability::{Safe, Unsafe};
use crate::lint::resolve::resolve;
use crate::rules::intent::Change;

fn fixed(text: &str, threshold: Applicability) -> String {
    fix_str(text, threshold).text
}

#[test]
fn syntax_slips_are_removed_and_comments_with_their_line() {
    let text = "{\n  // the recipient\n  \"type\": \"text\", /* inline */\n  \"text\": {\"body\": \"hi\",},\n}\n";
    let out = fixed(text, Safe);
    assert_eq!(out, "{\n  \"type\": \"text\",\n  \"text\": {\"body\": \"hi\"}\n}\n");
    assert!(crate::lint_str(&out).is_clean());
}

#[test]
fn unquoted_keys_single_quotes_and_missing_commas() {
    let out = fixed("{type: 'text' \"text\": {\"body\": 'it\\'s \"ok\"'}}", Safe);
    assert_eq!(out, r#"{"type": "text", "text": {"body": "it's \"ok\""}}"#);
}

#[test]
fn a_non_canonical_member_name_is_renamed_in_place() {
    let text = "{\"type\": \"template\", \"template\": {\"name\": \"x\", \"language\": {\"code\": \"en\"},\n \"components\": [{\"type\": \"button\", \"sub_type\": \"url\", \"index\": \"0\"}]}}";
    let report = crate::lint_str(text);
    let d = report.diagnostics.iter().find(|d| d.code == "LW008").expect("LW008");
    let fix = d.fix.as_ref().expect("a fix");
    assert_eq!(fix.applicability, Safe);
    assert_eq!(fix.edits.len(), 1);
    assert_eq!(&text[fix.edits[0].start..fix.edits[0].end], "\"sub_type\"");
    assert_eq!(fix.edits[0].replacement, "\"subType\"");
    let out = apply_fixes(text, &report, Safe);
    assert_eq!(out.applied, 1);
    assert_eq!(out.text, text.replace("sub_type", "subType"));
}

#[test]
fn without_text_there_are_no_edits() {
    let value = serde_json::json!({"type": "text", "text": {"body": "hi"}, "previewurl": true});
    assert!(crate::lint_value(&value).diagnostics.iter().all(|d| d.fix.is_none()));
}

#[test]
fn unsafe_fixes_need_the_unsafe_threshold() {
    let text = r#"{"type": "text", "txt": {"body": "hi"}}"#;
    let report = crate::lint_str(text);
    let d = report.diagnostics.iter().find(|d| d.code == "LW005").expect("LW005");
    assert_eq!(d.fix.as_ref().map(|f| f.applicability), Some(Unsafe));
    assert_eq!(fixed(text, Safe), text);
    assert_eq!(fixed(text, Unsafe), r#"{"type": "text", "text": {"body": "hi"}}"#);
}

#[test]
fn overlapping_fixes_are_skipped_by_one_pass_and_taken_by_the_next() {
    let edit = |start, end, r: &str| Edit::new(start, end, r);
    let fix = |edits| Fix { description: String::new(), applicability: Safe, edits };
    let fixes = [fix(vec![edit(0, 3, "x")]), fix(vec![edit(2, 4, "y")]), fix(vec![edit(5, 5, "z")])];
    let out = apply("abcdefg", fixes.iter());
    assert_eq!((out.text.as_str(), out.applied, out.skipped), ("xdezfg", 2, 1));
}

#[test]
fn a_fix_that_does_not_help_is_rejected() {
    // A did-you-mean whose renamed member brings more diagnostics than it removes.
    let text = r#"{"type": "text", "text": {"body": "hi"}, "imag": {"id": 1, "link": 2}}"#;
    let outcome = fix_str(text, Unsafe);
    let again = fix_str(&outcome.text, Unsafe);
    assert_eq!(again.text, outcome.text);
    assert_eq!(again.applied, 0);
}

#[test]
fn removing_and_inserting_members_keeps_the_layout() {
    let text = "{\n  \"a\": 1,\n  \"b\": [2],\n  \"c\": 3\n}";
    let arena = crate::json::tree::Bump::new();
    let (value, _) = crate::json::tree::parse(text, &arena).unwrap();
    let mut cx = crate::rules::cx::Cx::new(&value, Default::default(), Default::default());
    let p = crate::rules::path::Path::at;
    let map = value.as_object().unwrap();
    for (key, change) in [
        ("b", Change::Remove(p(&map["b"]))),
        ("c", Change::Remove(p(&map["c"]))),
        ("a", Change::Remove(p(&map["a"]))),
        ("x", Change::Insert(p(&value), "x".into(), "true".into())),
    ] {
        cx.report(
            &crate::rules::structure::UNKNOWN_MEMBER,
            p(&map["a"]),
            crate::rules::finding::Finding::Other(key.into()),
        )
        .fix(Safe, key.into(), [change]);
    }
    let mut found = cx.finish();
    let parsed = crate::json::parse(text, &arena);
    resolve(&parsed.locator, parsed.value.as_ref().and_then(crate::json::Source::strict), &mut found);
    let one = |i: usize| {
        let report = Report::new(Default::default(), vec![found[i].diagnostic.clone()]);
        apply_fixes(text, &report, Safe).text
    };
    assert_eq!(one(0), "{\n  \"a\": 1,\n  \"c\": 3\n}");
    assert_eq!(one(1), "{\n  \"a\": 1,\n  \"b\": [2]\n}");
    assert_eq!(one(2), "{\n  \"b\": [2],\n  \"c\": 3\n}");
    assert_eq!(one(3), "{\n  \"x\": true,\n  \"a\": 1,\n  \"b\": [2],\n  \"c\": 3\n}");
}

#[test]
fn edits_carry_utf16_offsets_that_javascript_slicing_applies() {
    // Non-ASCII before the fixed values: an emoji (2 UTF-16 units, 4 bytes) and `é` (1 unit, 2 bytes).
    let text = "{\"text\": {\"body\": \"👋 é\"}, \"type\": \"TEXT\", \"note\": \"ü\", \"previewUrl\": \"yes\"}";
    let report = crate::lint_str(text);
    let edits: Vec<&Edit> = report.diagnostics.iter().filter_map(|d| d.fix.as_ref()).flat_map(|f| &f.edits).collect();
    assert!(!edits.is_empty(), "the fixture has a fix");
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for edit in edits {
        let by_bytes = format!("{}{}{}", &text[..edit.start], edit.replacement, &text[edit.end..]);
        let mut units = utf16[..edit.start_utf16].to_vec();
        units.extend(edit.replacement.encode_utf16());
        units.extend(&utf16[edit.end_utf16..]);
        assert_eq!(String::from_utf16(&units).unwrap(), by_bytes);
        assert!(edit.start_utf16 < edit.start, "offsets differ after the emoji");
    }
}

#[test]
fn utf16_offsets_past_the_text_or_inside_a_character_do_not_panic() {
    let mut edits = [Edit::new(0, 0, ""), Edit::new(2, 5, ""), Edit::new(99, 99, "")];
    Edit::locate_utf16("a😀b", edits.iter_mut());
    let units: Vec<(usize, usize)> = edits.iter().map(|e| (e.start_utf16, e.end_utf16)).collect();
    assert_eq!(units, [(0, 0), (3, 3), (4, 4)]);
}

#[test]
fn the_overlap_check_does_constant_work_per_edit() {
    // n fixes, each of one edit; every other one overlaps its predecessor. Work counted, not
    // timed: a check against every taken edit was quadratic (100 000 fixes took minutes).
    let work_per_fix = |n: usize| {
        let text = "x".repeat(2 * n + 2);
        let fixes: Vec<Fix> = (0..n)
            .map(|i| Fix {
                description: String::new(),
                applicability: Safe,
                edits: vec![Edit::new(2 * (i / 2), 2 * (i / 2) + 1 + i % 2, "y")],
            })
            .collect();
        crate::json::work::take();
        let out = apply(&text, fixes.iter());
        assert_eq!((out.applied, out.skipped), (n / 2, n / 2));
        crate::json::work::take() as f64 / n as f64
    };
    let (small, large) = (work_per_fix(1_000), work_per_fix(100_000));
    assert!(small > 0.0 && large <= 2.0 * small, "{large} per fix at 100 000, {small} at 1 000");
}

#[test]
fn a_hundred_parameters_needing_two_fixes_each_are_fixed_in_one_run() {
    // Each parameter's `type` and member name repaired together reveal a LINK spelling inside
    // (`fallbackValue`), whose own fix then finishes it: no single fix helps alone.
    let parameter = r#"{"type": "dateTime", "dateTime": {"fallbackValue": "May 1"}}"#;
    let text = format!(
        r#"{{"messaging_product": "whatsapp", "to": "+4790000001", "type": "template", "template": {{"name": "t", "language": {{"code": "en"}}, "components": [{{"type": "body", "parameters": [{}]}}]}}}}"#,
        vec![parameter; 100].join(", ")
    );
    let outcome = fix_str(&text, Safe);
    assert!(outcome.report.is_clean(), "{:?}", outcome.report.diagnostics.first());
    assert_eq!((outcome.applied, outcome.capped), (300, false));
    assert_eq!(fix_str(&outcome.text, Safe).applied, 0);
}

#[test]
fn two_renames_to_one_name_never_make_a_duplicate_key() {
    let text = r#"{"type": "text", "txt": {"body": "hi"}, "tetx": {"body": "hi"}}"#;
    let report = crate::lint_str(text);
    let renames =
        report.diagnostics.iter().filter(|d| d.fix.as_ref().is_some_and(|f| f.description.contains("`text`")));
    assert_eq!(renames.count(), 2, "{:?}", report.diagnostics);
    let outcome = fix_str(text, Unsafe);
    assert!(outcome.report.diagnostics.iter().all(|d| d.code != "LW004"), "{}", outcome.text);
    assert_eq!(outcome.text.matches("\"text\": {").count(), 1, "{}", outcome.text);
}

#[test]
fn white_space_json_does_not_allow_is_an_error_with_a_fix_and_every_fix_leaves_json() {
    for text in [
        "{\"type\": \"text\",\u{b}\"text\": {\"body\": \"hi\"},}",
        "{\"type\": \"text\",\u{c}\u{a0}\"text\": {\"body\": \"hi\",}}\u{2028}",
    ] {
        let report = crate::lint_str(text);
        assert!(report.diagnostics.iter().any(|d| d.code == "LW001"), "{text:?}: {:?}", report.diagnostics);
        let all = apply_fixes(text, &report, Safe).text;
        assert!(serde_json::from_str::<serde_json::Value>(&all).is_ok(), "{all:?}");
        assert!(crate::lint_str(&all).is_clean(), "{all:?}");
    }
}
