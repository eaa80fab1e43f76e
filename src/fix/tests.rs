use super::*;
use crate::Applicability::{Safe, Unsafe};

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
    let edit = |start, end, r: &str| Edit { start, end, replacement: r.into() };
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
    let mut cx = crate::rules::shape::Cx::new(&value, Default::default(), Default::default());
    let p = crate::rules::shape::Path::at;
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
        );
        cx.fix(Safe, key.into(), [change]);
    }
    let (mut diagnostics, intents) = cx.finish();
    let parsed = crate::json::parse(text, &arena);
    resolve(&parsed.locator, &mut diagnostics, intents);
    let one = |i: usize| {
        let report = Report::new(Default::default(), vec![diagnostics[i].clone()]);
        apply_fixes(text, &report, Safe).text
    };
    assert_eq!(one(0), "{\n  \"a\": 1,\n  \"c\": 3\n}");
    assert_eq!(one(1), "{\n  \"a\": 1,\n  \"b\": [2]\n}");
    assert_eq!(one(2), "{\n  \"b\": [2],\n  \"c\": 3\n}");
    assert_eq!(one(3), "{\n  \"x\": true,\n  \"a\": 1,\n  \"b\": [2],\n  \"c\": 3\n}");
}
