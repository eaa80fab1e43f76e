//! The `linkwa` binary: exit codes, inputs (files, folders, standard input), output formats.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn linkwa(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_linkwa")).args(args).output().unwrap()
}

fn linkwa_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_linkwa"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn fixture(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(rel).display().to_string()
}

/// A fresh scratch folder under the target directory.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const VALID: &str = r#"{"type": "text", "text": {"body": "Hello"}}"#;
const INVALID: &str = "{\n  \"type\": \"text\",\n  \"text\": {\"body\": 42}\n}\n";

#[test]
fn exit_0_when_clean_1_on_errors() {
    assert_eq!(linkwa_stdin(&["lint", "-"], VALID.as_bytes()).status.code(), Some(0));
    assert_eq!(linkwa_stdin(&["lint", "-"], INVALID.as_bytes()).status.code(), Some(1));
}

#[test]
fn warnings_alone_exit_0() {
    let o =
        linkwa(&["lint", "--no-config", &fixture("link/envelope/invalid/relative-validity-looks-like-timestamp.json")]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("warning[LW102"));
}

#[test]
fn human_output_names_file_line_column_and_shows_a_caret() {
    let o = linkwa_stdin(&["lint", "-"], INVALID.as_bytes());
    let out = stdout(&o);
    assert!(
        out.starts_with("<stdin>:3:20: error[LW006 wrong-type] `body` must be a string; found an integer\n"),
        "{out}"
    );
    let caret = format!("3 |   \"text\": {{\"body\": 42}}\n  | {}^\n", " ".repeat(19));
    assert!(out.contains(&caret), "{out}");
    assert!(out.contains("  = path: /text/body\n"), "{out}");
    assert!(out.trim_end().ends_with("1 file: 1 error, 0 warnings, 0 infos"), "{out}");
}

#[test]
fn json_output_is_one_array_with_the_contract_fields() {
    let o = linkwa_stdin(&["lint", "--format", "json", "-"], INVALID.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let d = &v.as_array().unwrap()[0];
    for key in ["file", "code", "name", "severity", "path", "message", "line", "column", "source", "help"] {
        assert!(d.get(key).is_some(), "missing {key} in {d}");
    }
    assert_eq!(d["file"], "<stdin>");
    assert_eq!(d["code"], "LW006");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["path"], "/text/body");
    assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(3), Some(20)));
}

#[test]
fn folders_are_walked_for_json_files_in_order() {
    let dir = scratch("walk");
    std::fs::create_dir_all(dir.join("b/c")).unwrap();
    std::fs::write(dir.join("a.json"), VALID).unwrap();
    std::fs::write(dir.join("b/c/d.json"), INVALID).unwrap();
    std::fs::write(dir.join("b/notes.txt"), "not json").unwrap();
    let o = linkwa(&["lint", "--format", "json", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let files: Vec<&str> = v.as_array().unwrap().iter().map(|d| d["file"].as_str().unwrap()).collect();
    assert_eq!(files.len(), 1);
    assert!(files[0].ends_with("d.json"));
    let human = stdout(&linkwa(&["lint", dir.to_str().unwrap()]));
    assert!(human.contains("2 files:"), "{human}");
}

#[test]
fn an_unreadable_file_is_named_and_the_others_are_still_linted() {
    let dir = scratch("unreadable");
    std::fs::write(dir.join("bad.json"), INVALID).unwrap();
    let missing = dir.join("missing.json");
    let o = linkwa(&["lint", "--format", "json", missing.to_str().unwrap(), dir.join("bad.json").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("missing.json"));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1, "bad.json was still linted");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(linkwa(&["lint"]).status.code(), Some(2));
    assert_eq!(linkwa(&["lint", "--format", "xml", "-"]).status.code(), Some(2));
    assert_eq!(linkwa(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn rules_lists_every_rule() {
    let o = linkwa(&["rules", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), linkwa::rules::registry::all().len());
    assert_eq!(v[0]["code"], "LW000");
    let human = stdout(&linkwa(&["rules"]));
    assert!(human.contains("LW004  error    duplicate-key"), "{human}");
}

#[test]
fn non_utf8_input_is_a_diagnostic_not_a_crash() {
    let o = linkwa_stdin(&["lint", "-"], b"{\"type\": \"text\", \"text\": {\"body\": \"\xff\"}}");
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("LW002 invalid-utf8"));
}

#[test]
fn dialect_and_media_options() {
    let cloud = r#"{"messaging_product": "whatsapp", "to": "+16505551234", "type": "text", "text": {"body": "Hi"}}"#;
    assert_eq!(linkwa_stdin(&["lint", "-"], cloud.as_bytes()).status.code(), Some(0));
    let as_link = linkwa_stdin(&["lint", "--dialect", "link", "-"], cloud.as_bytes());
    assert_eq!(as_link.status.code(), Some(1), "{}", stdout(&as_link));
    let image = r#"{"type": "image", "image": {"id": "1192798951408501"}}"#;
    assert_eq!(linkwa_stdin(&["lint", "-"], image.as_bytes()).status.code(), Some(0));
    let link_only = linkwa_stdin(&["lint", "--media", "link-only", "-"], image.as_bytes());
    assert_eq!(link_only.status.code(), Some(1));
    assert!(stdout(&link_only).contains("LW238"));
}

#[test]
fn to_meta_prints_the_cloud_bodies() {
    let o = linkwa(&["to-meta", &fixture("link/envelope/valid/messagerequest-template.json")]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let bodies: Value = serde_json::from_slice(&o.stdout).unwrap();
    let bodies = bodies.as_array().unwrap();
    assert_eq!(bodies.len(), 2, "one body per destination × message");
    assert_eq!(bodies[1]["to"], "+4792000002");
    assert_eq!(bodies[0]["messaging_product"], "whatsapp");
    assert!(String::from_utf8_lossy(&o.stderr).contains("LW590"), "dropped members are listed");
}

#[test]
fn to_meta_of_a_bare_message_needs_a_recipient() {
    let text = br#"{"type": "text", "text": {"body": "Hi"}}"#;
    assert_eq!(linkwa_stdin(&["to-meta", "-"], text).status.code(), Some(2));
    let o = linkwa_stdin(&["to-meta", "--to", "+46 70 000 00 01", "-"], text);
    assert_eq!(o.status.code(), Some(0));
    let bodies: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(bodies[0]["to"], "+46700000001");
    assert_eq!(bodies[0]["text"]["body"], "Hi");
}

#[test]
fn to_meta_refuses_a_request_with_errors() {
    let o = linkwa_stdin(&["to-meta", "--to", "+46700000001", "-"], INVALID.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("LW006"), "{}", stdout(&o));
}

#[test]
fn parallel_linting_keeps_the_input_order() {
    let run = |threads: &str, args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_linkwa"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("RAYON_NUM_THREADS", threads)
            .args(["lint", "--no-config", "--format", "json"])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8(o.stdout).unwrap()
    };
    let all = run("4", &["fixtures/link"]);
    assert_eq!(all, run("1", &["fixtures/link"]), "same output on 1 and 4 threads");
    let v: Value = serde_json::from_str(&all).unwrap();
    let files: Vec<&str> = v.as_array().unwrap().iter().map(|d| d["file"].as_str().unwrap()).collect();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted, "a folder's files in path order");
    let named =
        ["fixtures/link/text/invalid/text-body-too-long.json", "fixtures/link/structure/invalid/wrong-type.json"];
    let v: Value = serde_json::from_str(&run("4", &named)).unwrap();
    let files: Vec<&str> = v.as_array().unwrap().iter().map(|d| d["file"].as_str().unwrap()).collect();
    assert_eq!(files, named, "named files in the order given");
}
