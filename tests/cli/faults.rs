//! The CLI under faults: a file that makes linkwa panic (the `fault-injection` feature, enabled
//! for this crate's tests), hostile inputs (FIFOs, endless devices, huge files, control
//! characters in names), and output channels that close early or cannot be written.

use crate::common;

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn linkwa(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_linkwa")).args(args).output().unwrap()
}

fn scratch(name: &str) -> PathBuf {
    common::scratch("faults", name)
}

const PANICS: &str = r#"{"type": "text", "text": {"body": "linkwa:fault-injection:panic"}}"#;
const INVALID: &str = "{\n  \"type\": \"text\",\n  \"text\": {\"body\": 42}\n}\n";

/// A folder: a.json (an error), b.json (makes linkwa panic), c.json (an error).
fn folder_with_a_panicking_file(name: &str) -> PathBuf {
    let dir = scratch(name);
    std::fs::write(dir.join("a.json"), INVALID).unwrap();
    std::fs::write(dir.join("b.json"), PANICS).unwrap();
    std::fs::write(dir.join("c.json"), INVALID).unwrap();
    dir
}

#[test]
fn one_file_that_panics_does_not_take_the_others_down_in_any_format() {
    let dir = folder_with_a_panicking_file("faults-panic");
    let dir = dir.to_str().unwrap();
    for format in ["human", "json", "sarif", "github", "junit"] {
        let o = linkwa(&["lint", "--no-config", "--format", format, dir]);
        let out = String::from_utf8_lossy(&o.stdout);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{format}: {out}{err}");
        assert!(out.contains("LW000"), "{format}: no internal error in {out}");
        assert!(out.contains("b.json"), "{format}: the file is not named: {out}");
        // The other files' diagnostics are all there.
        assert!(out.contains("a.json") && out.contains("c.json"), "{format}: {out}");
        assert!(out.matches("LW006").count() >= 2, "{format}: {out}");
        assert!(err.contains("internal error") && err.contains("LW000"), "{format}: {err}");
        // The panic message (which may quote the payload) is not printed.
        assert!(!err.contains("fault injection"), "{format}: {err}");
    }
}

#[test]
fn configuration_can_neither_silence_nor_suppress_an_internal_error() {
    let dir = folder_with_a_panicking_file("faults-config");
    std::fs::write(
        dir.join("linkwa.toml"),
        "[rules]\nLW000 = \"off\"\n[[ignore]]\npath = \"*.json\"\nrules = [\"*\"]\n",
    )
    .unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_linkwa"))
        .args(["lint", "--format", "json", "."])
        .current_dir(&dir)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(2), "{out}");
    let all: serde_json::Value = serde_json::from_str(&out).unwrap();
    let internal: Vec<_> = all.as_array().unwrap().iter().filter(|d| d["code"] == "LW000").collect();
    assert_eq!(internal.len(), 1, "{out}");
    assert!(internal[0].get("suppressed").is_none(), "{out}");
}

#[cfg(unix)]
#[test]
fn fifos_in_a_folder_are_skipped_not_waited_for() {
    let dir = scratch("faults-fifo");
    std::fs::write(dir.join("a.json"), INVALID).unwrap();
    let fifo = dir.join("x.json");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    // Nobody ever writes to the FIFO: reading it would block forever.
    let o = linkwa(&["lint", "--no-config", "--format", "json", dir.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("x.json") && err.contains("not a regular file"), "{err}");
    assert!(String::from_utf8_lossy(&o.stdout).contains("LW006"));
}

#[cfg(unix)]
#[test]
fn an_endless_input_stops_at_the_size_limit() {
    let dir = scratch("faults-zero");
    std::fs::write(dir.join("a.json"), INVALID).unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.join("zero.json")).unwrap();
    // Named on the command line: read, up to the limit.
    let o = linkwa(&["lint", "--no-config", "--max-file-size", "1M", "/dev/zero"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("larger than the maximum file size of 1 MiB"), "{err}");
    // Found in a folder through a symbolic link: a device, skipped.
    let o = linkwa(&["lint", "--no-config", dir.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("zero.json") && err.contains("not a regular file"), "{err}");
}

#[test]
fn a_file_over_the_size_limit_is_reported_and_the_others_linted() {
    let dir = scratch("faults-size");
    std::fs::write(dir.join("a.json"), INVALID).unwrap();
    std::fs::write(dir.join("big.json"), format!("[{}0]", "0,".repeat(2000))).unwrap();
    let o = linkwa(&["lint", "--no-config", "--max-file-size", "1K", "--format", "json", dir.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("big.json") && err.contains("1 KiB"), "{err}");
    assert!(String::from_utf8_lossy(&o.stdout).contains("LW006"));
    let o = linkwa(&["lint", "--max-file-size", "lots", "x.json"]);
    assert_eq!(o.status.code(), Some(2));
}

/// Runs linkwa with standard output read for only `keep` bytes, then closed.
fn status_with_stdout_closed_early(args: &[&str]) -> Option<i32> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_linkwa"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    let mut stdout = child.stdout.take().unwrap();
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    child.wait().unwrap().code()
}

#[test]
fn the_exit_status_survives_a_reader_that_goes_away() {
    let dir = scratch("faults-pipe");
    // Enough output that it cannot all fit in the pipe's buffer before the reader leaves.
    let big = format!("[{}]", vec![INVALID.trim(); 3000].join(","));
    std::fs::write(dir.join("big.json"), big).unwrap();
    let file = dir.join("big.json");
    for format in ["human", "json", "sarif", "github", "junit"] {
        let status =
            status_with_stdout_closed_early(&["lint", "--no-config", "--format", format, file.to_str().unwrap()]);
        assert_eq!(status, Some(1), "{format}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_standard_error_that_cannot_be_written_does_not_panic() {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_linkwa"))
        .args(["lint", "--no-config", "does-not-exist.json"])
        .stderr(full)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[cfg(unix)]
#[test]
fn control_characters_in_names_and_keys_are_escaped() {
    use std::os::unix::ffi::OsStrExt;
    let dir = scratch("faults-names");
    let name = std::ffi::OsStr::from_bytes(b"evil\x1b[31m\nforged.json");
    // A key with ESC, BEL and U+FFFF: quoted in the unknown-member message.
    std::fs::write(dir.join(name), r#"{"type": "text", "text": {"body": "Hi", "a\u001b\u0007\uffffb": 1}}"#).unwrap();
    for format in ["human", "github", "junit"] {
        let o = linkwa(&["lint", "--no-config", "--format", format, dir.to_str().unwrap()]);
        let out = String::from_utf8_lossy(&o.stdout);
        assert_eq!(o.status.code(), Some(1), "{format}: {out}");
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}') && !out.contains('\u{ffff}'), "{format}: {out}");
        assert!(!out.lines().any(|l| l.starts_with("forged.json")), "{format}: a forged line: {out}");
        assert!(out.contains("\\u{1b}"), "{format}: {out}");
    }
    // The JUnit report is well-formed XML 1.0: no character it cannot carry.
    let o = linkwa(&["lint", "--no-config", "--format", "junit", dir.to_str().unwrap()]);
    let xml = String::from_utf8(o.stdout).unwrap();
    let allowed =
        |c: char| matches!(c, '\t' | '\n' | '\r' | ' '..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..);
    assert!(xml.chars().all(allowed), "{xml}");
}

#[test]
fn text_before_a_url_scheme_does_not_panic() {
    for body in ["詳細はhttps://example.jp/sale", "Deals 👉https://shop.example.com/offers", "é://x"] {
        let payload = serde_json::json!({"type": "text", "text": {"body": body}}).to_string();
        let mut child = Command::new(env!("CARGO_BIN_EXE_linkwa"))
            .args(["lint", "--no-config", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(payload.as_bytes()).unwrap();
        let o = child.wait_with_output().unwrap();
        assert!(matches!(o.status.code(), Some(0 | 1)), "{body}: {o:?}");
    }
}

/// A definition and a send whose texts carry terminal control sequences (OSC, a screen clear, a
/// carriage return) and a bidirectional override, and a `{{` never closed.
const HOSTILE_DEFINITION: &str = r#"{"name": "t", "language": "en", "category": "UTILITY", "components": [
  {"type": "HEADER", "format": "TEXT", "text": "Head\u001b]0;title\u0007"},
  {"type": "BODY", "text": "Hi {{1}}, \u202eevil\u202c and {{ the rest"},
  {"type": "FOOTER", "text": "foot\rforged"}]}"#;
const HOSTILE_SEND: &str = r#"{"messaging_product": "whatsapp", "to": "+4790000001", "type": "template",
  "template": {"name": "t", "language": {"code": "en"},
  "components": [{"type": "body", "parameters": [{"type": "text", "text": "\u001b[2J"}]}]}}"#;

#[test]
fn preview_escapes_control_characters_and_keeps_text_after_an_unclosed_placeholder() {
    let dir = scratch("faults-preview");
    std::fs::write(dir.join("t.json"), HOSTILE_DEFINITION).unwrap();
    std::fs::write(dir.join("send.json"), HOSTILE_SEND).unwrap();
    let (t, send) = (dir.join("t.json"), dir.join("send.json"));
    let o = linkwa(&["preview", "--templates", t.to_str().unwrap(), send.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}{}", String::from_utf8_lossy(&o.stderr));
    for raw in ['\u{1b}', '\u{7}', '\u{202e}', '\r'] {
        assert!(!out.contains(raw), "{raw:?} printed raw: {out:?}");
    }
    assert!(out.contains("Hi \\u{1b}[2J, \\u{202e}evil\\u{202c} and {{ the rest"), "{out}");
    assert!(out.contains("*Head\\u{1b}]0;title\\u{7}*") && out.contains("_foot\\u{d}forged_"), "{out}");
}

#[cfg(unix)]
#[test]
fn definitions_and_configuration_must_be_regular_files_read_within_the_limit() {
    let dir = scratch("faults-definitions");
    std::fs::write(dir.join("send.json"), HOSTILE_SEND).unwrap();
    let fifo = dir.join("defs.json");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let send = dir.join("send.json");
    let send = send.to_str().unwrap();
    // Nobody writes to the FIFO: opening it would block forever; `/dev/zero` never ends.
    for templates in [fifo.to_str().unwrap(), "/dev/zero"] {
        let o = linkwa(&["lint", "--no-config", "--templates", templates, send]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{templates}: {err}");
        assert!(err.contains("not a regular file"), "{templates}: {err}");
        let o = linkwa(&["preview", "--no-config", "--templates", templates, send]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{templates}: {err}");
        assert!(err.contains("not a regular file"), "{templates}: {err}");
    }
    let o = linkwa(&["lint", "--config", fifo.to_str().unwrap(), send]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("not a regular file"), "{err}");
    // A preview send named on the command line is read up to the size limit.
    std::fs::write(dir.join("t.json"), HOSTILE_DEFINITION).unwrap();
    let t = dir.join("t.json");
    let o = linkwa(&["preview", "--templates", t.to_str().unwrap(), "/dev/zero"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("larger than the maximum file size"), "{err}");
}

#[test]
fn the_exit_status_survives_a_reader_that_goes_away_with_fixable_findings() {
    // Errors that carry fixes: the report is longer, and the buffer still holds some of it
    // when the reader has gone; the last flush failing again must not turn the status to 0.
    let dir = scratch("faults-pipe-fixable");
    let message = "{\n  \"type\": \"Text\",\n  \"text\": {\"body\": \"x\",},\n}";
    std::fs::write(dir.join("big.json"), format!("[{}]", vec![message; 3000].join(","))).unwrap();
    let file = dir.join("big.json");
    for format in ["human", "json", "sarif", "github", "junit"] {
        let status =
            status_with_stdout_closed_early(&["lint", "--no-config", "--format", format, file.to_str().unwrap()]);
        assert_eq!(status, Some(1), "{format}");
    }
}
