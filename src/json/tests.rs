use super::*;

fn codes(text: &str) -> Vec<(&'static str, Option<u32>, Option<u32>)> {
    parse(text).diagnostics.iter().map(|d| (d.code, d.line, d.column)).collect()
}

#[test]
fn strict_json_has_no_diagnostics_and_no_tree() {
    let parsed = parse(r#"{"a": [1, 2]}"#);
    assert!(parsed.diagnostics.is_empty());
    assert!(parsed.locator.is_none());
    assert_eq!(parsed.value.unwrap()["a"][1], 2);
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
    assert_eq!(parsed.value.unwrap()["b"][1], 2);
}

#[test]
fn reports_duplicates_at_the_second_key() {
    let parsed = parse("{\"a\": 1,\n \"a\": 2}");
    let d = &parsed.diagnostics[0];
    assert_eq!((d.code, d.line, d.column), ("LW004", Some(2), Some(2)));
    assert_eq!(d.path.to_string(), "/a");
    assert_eq!(parsed.value.unwrap()["a"], 2);
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

#[test]
fn locates_values_and_absent_members() {
    let text = "{\n  \"m\": [\n    {\"t\": \"x\"}\n  ]\n}";
    let locator = Locator::new(text).unwrap();
    let p = JsonPointer::root().key("m").index(0).key("t");
    assert_eq!(locator.locate(&p), Some((3, 11)));
    assert_eq!(locator.locate(&JsonPointer::root().key("m").index(0).key("absent")), Some((3, 5)));
    assert_eq!(locator.locate(&JsonPointer::root().key("m").key("absent")), Some((2, 3)));
}

#[test]
fn raw_line_breaks_in_strings_are_invalid_but_recovered() {
    let parsed = parse("{\"a\": \"one\ntwo\"}");
    let d = &parsed.diagnostics[0];
    assert_eq!((d.code, d.line, d.column), ("LW001", Some(1), Some(11)));
    assert!(d.message.contains("raw line break"), "{}", d.message);
    assert_eq!(parsed.value.unwrap()["a"], "one\ntwo");
}
