//! `linkwa lint --fix`, `--unsafe-fixes` and `--diff`, on copies in a scratch folder.

use std::fs;
use std::path::Path;

use crate::common;
use common::*;

/// A LINK text message with a comment, an upper-case type, LINK's `previewUrl` written in `text`
/// in the Cloud API spelling (moved out), and two trailing commas: five safe fixes.
const SAFE: &str = "{\n  // greeting\n  \"type\": \"Text\",\n  \"text\": {\"body\": \"See https://example.com\", \"preview_url\": true,},\n}\n";
const SAFE_FIXED: &str =
    "{\n  \"previewUrl\": true,\n  \"type\": \"text\",\n  \"text\": {\"body\": \"See https://example.com\"}\n}\n";
/// A misspelt member: only an unsafe fix.
const UNSAFE: &str = "{\n  \"type\": \"text\",\n  \"txt\": {\"body\": \"Hi\"}\n}\n";

fn read(dir: &Path, rel: &str) -> String {
    fs::read_to_string(dir.join(rel)).unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn fix_applies_the_safe_fixes_in_place_and_a_second_run_changes_nothing() {
    let dir = scratch("cli_fix", "safe");
    write(&dir, "a.json", SAFE);
    write(&dir, "b.json", UNSAFE);
    let o = linkwa_in(&dir, &["lint", "--fix", "--no-config", "."]);
    assert_eq!(read(&dir, "a.json"), SAFE_FIXED);
    assert_eq!(read(&dir, "b.json"), UNSAFE, "an unsafe fix needs --unsafe-fixes");
    let out = text(&o.stdout);
    assert!(out.contains("2 files: 5 fixed; 2 errors, 0 warnings, 0 infos left"), "{out}");
    assert_eq!(o.status.code(), Some(1), "the unsafe one is left: {out}");
    let again = linkwa_in(&dir, &["lint", "--fix", "--no-config", "."]);
    assert!(text(&again.stdout).contains("2 files: 0 fixed;"), "{}", text(&again.stdout));
    assert_eq!(read(&dir, "a.json"), SAFE_FIXED);
}

#[test]
fn unsafe_fixes_apply_the_likely_intents_too() {
    let dir = scratch("cli_fix", "unsafe");
    write(&dir, "b.json", UNSAFE);
    let o = linkwa_in(&dir, &["lint", "--unsafe-fixes", "--no-config", "b.json"]);
    assert_eq!(read(&dir, "b.json"), UNSAFE.replace("txt", "text"));
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));
}

#[test]
fn diff_shows_the_fixes_and_writes_nothing() {
    let dir = scratch("cli_fix", "diff");
    write(&dir, "a.json", SAFE);
    let o = linkwa_in(&dir, &["lint", "--diff", "--no-config", "a.json"]);
    assert_eq!(read(&dir, "a.json"), SAFE, "--diff writes nothing");
    assert_eq!(o.status.code(), Some(1));
    let diff = text(&o.stdout);
    assert!(diff.starts_with("--- a/a.json\n+++ b/a.json\n"), "{diff}");
    assert!(diff.contains("\n-  // greeting\n"), "{diff}");
    assert!(diff.contains("\n+  \"type\": \"text\",\n"), "{diff}");
    assert!(text(&o.stderr).contains("5 fixed;"), "{}", text(&o.stderr));
    // What --diff shows is what --fix writes.
    linkwa_in(&dir, &["lint", "--fix", "--no-config", "a.json"]);
    assert_eq!(read(&dir, "a.json"), SAFE_FIXED);
    let clean = linkwa_in(&dir, &["lint", "--diff", "--no-config", "a.json"]);
    assert_eq!((clean.status.code(), text(&clean.stdout)), (Some(0), String::new()));
}

#[test]
fn rules_turned_off_are_not_fixed() {
    let dir = scratch("cli_fix", "off");
    write(&dir, "linkwa.toml", "[rules]\nLW010 = \"off\"\n");
    write(&dir, "a.json", "{\"type\": \"text\", // hi\n \"text\": {\"body\": \"Hi\",}}\n");
    linkwa_in(&dir, &["lint", "--fix", "a.json"]);
    assert_eq!(read(&dir, "a.json"), "{\"type\": \"text\", // hi\n \"text\": {\"body\": \"Hi\"}}\n");
}

#[test]
fn json_output_carries_the_edits_only_where_there_is_a_fix() {
    let dir = scratch("cli_fix", "json");
    write(&dir, "a.json", "{\"type\": \"text\", \"text\": {\"body\": \"Hi\",}, \"priority\": 1}\n");
    let o = linkwa_in(&dir, &["lint", "--format", "json", "--no-config", "a.json"]);
    let found: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let comma = found.as_array().unwrap().iter().find(|d| d["code"] == "LW009").unwrap();
    assert_eq!(comma["fix"]["applicability"], "safe");
    assert_eq!(
        comma["fix"]["edits"][0],
        serde_json::json!({"start": 38, "end": 39, "start_utf16": 38, "end_utf16": 39, "replacement": ""})
    );
    let unknown = found.as_array().unwrap().iter().find(|d| d["code"] != "LW009").unwrap();
    assert!(unknown.get("fix").is_none(), "{unknown}");
}
