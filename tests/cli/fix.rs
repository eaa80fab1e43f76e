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

/// A sticker whose media id has a space before it: one warning, with a safe fix (no error: an
/// unwritten fix must still fail the run).
const WARNING_ONLY: &str = "{\n  \"type\": \"sticker\",\n  \"sticker\": {\n    \"id\": \" 1361277605137496\"\n  }\n}\n";

/// The files of `dir`, sorted: no temporary file left behind.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

/// Runs linkwa with a file-size limit of `blocks` KiB (`ulimit -f`), SIGXFSZ ignored so that a
/// write past it fails with EFBIG instead of killing the process.
#[cfg(unix)]
fn linkwa_with_file_size_limit(dir: &Path, blocks: u32, args: &str) -> std::process::Output {
    let script = format!("trap '' XFSZ; ulimit -f {blocks}; exec \"$0\" {args}");
    std::process::Command::new("sh")
        .current_dir(dir)
        .args(["-c", &script, env!("CARGO_BIN_EXE_linkwa")])
        .output()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn a_write_that_fails_leaves_the_file_whole_and_the_status_non_zero() {
    let dir = scratch("cli_fix", "fsize");
    // Over 4 KiB, with fixes (a trailing comma, a padded id).
    let big = WARNING_ONLY.replace("}\n}", "},\n}").replace("{\n", &format!("{{{}\n", " ".repeat(10_000)));
    assert!(big.len() > 8 << 10);
    write(&dir, "big.json", &big);
    let o = linkwa_with_file_size_limit(&dir, 4, "lint --fix --no-config big.json");
    let err = text(&o.stderr);
    assert_eq!(read(&dir, "big.json"), big, "the original is truncated: {err}");
    assert_eq!(listing(&dir), ["big.json"], "a temporary file is left: {err}");
    assert!(err.contains("big.json: not fixed, nothing written"), "{err}");
    assert_eq!(o.status.code(), Some(2), "{err}");
    // The report is of the text as it is: nothing was fixed.
    assert!(text(&o.stdout).contains("1 file: 0 fixed;"), "{}", text(&o.stdout));
    // Without the limit the same run writes the fixes.
    let o = linkwa_in(&dir, &["lint", "--fix", "--no-config", "big.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));
    assert!(!read(&dir, "big.json").contains(",\n}"));
}

#[cfg(unix)]
#[test]
fn fixing_keeps_the_mode_and_only_warnings_left_unwritten_still_fail() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("cli_fix", "mode");
    write(&dir, "a.json", WARNING_ONLY);
    fs::set_permissions(dir.join("a.json"), fs::Permissions::from_mode(0o640)).unwrap();
    let o = linkwa_in(&dir, &["lint", "--fix", "--no-config", "a.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));
    assert!(read(&dir, "a.json").contains("\"1361277605137496\""));
    assert_eq!(fs::metadata(dir.join("a.json")).unwrap().permissions().mode() & 0o777, 0o640);
    assert_eq!(listing(&dir), ["a.json"]);
}

#[cfg(unix)]
#[test]
fn fix_does_not_write_through_symbolic_links() {
    let dir = scratch("cli_fix", "symlink");
    let outside = scratch("cli_fix", "symlink-outside");
    write(&outside, "target.json", WARNING_ONLY);
    write(&dir, "own.json", SAFE);
    std::os::unix::fs::symlink(outside.join("target.json"), dir.join("link.json")).unwrap();
    let o = linkwa_in(&dir, &["lint", "--fix", "--no-config", "."]);
    let err = text(&o.stderr);
    assert_eq!(read(&outside, "target.json"), WARNING_ONLY, "written through the link: {err}");
    assert!(fs::symlink_metadata(dir.join("link.json")).unwrap().file_type().is_symlink());
    assert_eq!(read(&dir, "own.json"), SAFE_FIXED, "the regular file is fixed");
    assert!(err.contains("link.json: not fixed, nothing written: it is a symbolic link"), "{err}");
    assert_eq!(o.status.code(), Some(2), "{err}");
    // Named on the command line, the same.
    let o = linkwa_in(&dir, &["lint", "--fix", "--no-config", "link.json"]);
    assert_eq!((o.status.code(), read(&outside, "target.json")), (Some(2), WARNING_ONLY.to_owned()));
}

/// Runs linkwa and waits for it at most a minute (a hang is a failure, not a stuck test run).
#[cfg(unix)]
fn wait_or_kill(mut child: std::process::Child) -> std::process::Output {
    for _ in 0..600 {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    child.kill().unwrap();
    panic!("linkwa hangs: {:?}", child.wait_with_output().unwrap());
}

#[cfg(unix)]
#[test]
fn a_fifo_or_standard_input_named_as_a_path_is_not_fixed_and_does_not_hang() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let dir = scratch("cli_fix", "fifo");
    let fifo = dir.join("x.json");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let child = Command::new(env!("CARGO_BIN_EXE_linkwa"))
        .args(["lint", "--fix", "--no-config", fifo.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    fs::OpenOptions::new().write(true).open(&fifo).unwrap().write_all(SAFE.as_bytes()).unwrap();
    let o = wait_or_kill(child);
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(err.contains("x.json: not fixed, nothing written: not a regular file"), "{err}");
    assert!(out.contains("1 file: 0 fixed; 4 errors"), "the errors of the text as it is: {out}");
    assert_eq!(o.status.code(), Some(2), "{out}{err}");
    // `/dev/stdin` (a link to a pipe here): the same, not "5 fixed" with the text lost.
    let mut child = Command::new(env!("CARGO_BIN_EXE_linkwa"))
        .args(["lint", "--fix", "--no-config", "/dev/stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(SAFE.as_bytes()).unwrap();
    let o = wait_or_kill(child);
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(err.contains("/dev/stdin: not fixed, nothing written"), "{err}");
    assert!(out.contains("1 file: 0 fixed; 4 errors"), "{out}");
    assert_eq!(o.status.code(), Some(2), "{out}{err}");
}

#[test]
fn a_file_changed_while_it_is_fixed_is_not_overwritten() {
    let dir = scratch("cli_fix", "concurrent");
    // The `fault-injection` feature (on in tests) appends a line to a file holding this marker
    // between the fix and its writing, as an editor saving it meanwhile would.
    let original = "{\"type\": \"text\", \"text\": {\"body\": \"linkwa:fault-injection:concurrent-edit\",}}\n";
    write(&dir, "a.json", original);
    let o = linkwa_in(&dir, &["lint", "--fix", "--no-config", "a.json"]);
    let err = text(&o.stderr);
    assert_eq!(read(&dir, "a.json"), format!("{original}\n"), "the edit made meanwhile is lost: {err}");
    assert!(err.contains("a.json: not fixed, nothing written: it changed since it was read"), "{err}");
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert_eq!(listing(&dir), ["a.json"]);
}

#[test]
fn the_hundred_date_time_parameters_are_fixed_in_one_run() {
    let dir = scratch("cli_fix", "date-time");
    let parameter = r#"{"type": "dateTime", "dateTime": {"fallbackValue": "May 1"}}"#;
    let send = format!(
        r#"{{"messaging_product": "whatsapp", "to": "+4790000001", "type": "template", "template": {{"name": "t", "language": {{"code": "en"}}, "components": [{{"type": "body", "parameters": [{}]}}]}}}}"#,
        vec![parameter; 100].join(", ")
    );
    write(&dir, "a.json", &send);
    let o = linkwa_in(&dir, &["lint", "--fix", "--no-config", "a.json"]);
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(out.contains("1 file: 300 fixed; 0 errors, 0 warnings, 0 infos left"), "{out}{err}");
    assert!(!err.contains("run it again"), "{err}");
    assert_eq!(o.status.code(), Some(0));
    let again = linkwa_in(&dir, &["lint", "--fix", "--no-config", "a.json"]);
    assert!(text(&again.stdout).contains("1 file: 0 fixed;"), "{}", text(&again.stdout));
}
