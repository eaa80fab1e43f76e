//! `linkwa lint --format …`: one snapshot per output format over a small fixed set of fixtures
//! (paths relative to the crate, configuration `tests/data/snapshots.toml`), the SARIF log
//! validated against the SARIF 2.1.0 schema, and the GitHub escaping.

use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// An error with help, two infos, a warning, an error turned into a warning, a rule turned off,
/// a suppressed error, and a clean file.
const FILES: &[&str] = &[
    "fixtures/link/structure/invalid/duplicate-key.json",
    "fixtures/link/structure/invalid/non-canonical-spelling.json",
    "fixtures/link/structure/invalid/unknown-member.json",
    "fixtures/link/structure/invalid/wrong-type.json",
    "fixtures/link/text/invalid/text-body-too-long.json",
    "fixtures/link/text/invalid/text-preview-without-url.json",
    "fixtures/link/text/valid/text-plain.json",
];

/// Runs `linkwa` in the crate's folder (so paths are relative to it).
fn linkwa(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_linkwa")).current_dir(env!("CARGO_MANIFEST_DIR")).args(args).output().unwrap()
}

fn lint(format: &str) -> (Option<i32>, String) {
    let mut args = vec!["lint", "--config", "tests/data/snapshots.toml", "--format", format];
    args.extend_from_slice(FILES);
    let o = linkwa(&args);
    assert!(o.stderr.is_empty(), "{}", String::from_utf8_lossy(&o.stderr));
    (o.status.code(), String::from_utf8(o.stdout).unwrap())
}

#[test]
fn human() {
    let (status, out) = lint("human");
    assert_eq!(status, Some(1));
    assert!(out.ends_with("7 files: 1 error, 2 warnings, 2 infos, 1 suppressed\n"), "{out}");
    insta::assert_snapshot!(out);
}

#[test]
fn json() {
    let (status, out) = lint("json");
    assert_eq!(status, Some(1));
    let v: Value = serde_json::from_str(&out).unwrap();
    let suppressed: Vec<&Value> = v.as_array().unwrap().iter().filter(|d| d["suppressed"] == true).collect();
    assert_eq!(suppressed.len(), 1);
    assert_eq!(suppressed[0]["code"], "LW201");
    insta::assert_snapshot!(out);
}

#[test]
fn github() {
    let (status, out) = lint("github");
    assert_eq!(status, Some(1));
    assert!(out.lines().filter(|l| l.starts_with("::")).count() == 5, "{out}");
    insta::assert_snapshot!(out);
}

#[test]
fn junit() {
    let (status, out) = lint("junit");
    assert_eq!(status, Some(1));
    insta::assert_snapshot!(out);
}

#[test]
fn sarif() {
    let (status, out) = lint("sarif");
    assert_eq!(status, Some(1));
    let log: Value = serde_json::from_str(&out).unwrap();
    assert_valid_sarif(&log);
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 6, "unknown-member is off; the suppressed one is a result");
    let suppressed: Vec<&Value> = results.iter().filter(|r| r.get("suppressions").is_some()).collect();
    assert_eq!(suppressed.len(), 1);
    assert_eq!(suppressed[0]["suppressions"][0]["kind"], "external");
    for r in results {
        let rule = &log["runs"][0]["tool"]["driver"]["rules"][r["ruleIndex"].as_u64().unwrap() as usize];
        assert_eq!(rule["id"], r["ruleId"]);
    }
    insta::assert_snapshot!(out);
}

/// The SARIF 2.1.0 schema's validator, checking formats (`uri`, `uri-reference`, …) too.
///
/// The published schema's `language` patterns (of `run` and `toolComponent`),
/// `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`, have a stray `]`: not a valid ECMA-262 (unicode)
/// regular expression, so the draft-07 meta-schema check that `jsonschema` runs on every schema
/// rejects them. The file stays as published; the patterns are replaced in memory with the one
/// upstream later fixed them to.
fn sarif_validator() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif-schema-2.1.0.json");
    let mut schema: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    for definition in ["run", "toolComponent"] {
        let pattern = schema.pointer_mut(&format!("/definitions/{definition}/properties/language/pattern")).unwrap();
        assert_eq!(pattern, "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$", "the schema file changed");
        *pattern = Value::from("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$");
    }
    jsonschema::draft7::options().should_validate_formats(true).build(&schema).unwrap()
}

/// Validates a SARIF log against the official schema.
fn assert_valid_sarif(log: &Value) {
    let validator = sarif_validator();
    let errors: Vec<String> = validator.iter_errors(log).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "SARIF log does not match the schema:\n{}\n{log:#}", errors.join("\n"));
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(log["runs"].as_array().unwrap().len(), 1);
}

#[test]
fn the_schema_rejects_a_broken_log() {
    let validator = sarif_validator();
    let broken = serde_json::json!({"version": "2.1.0", "runs": [{"tool": {"driver": {}}, "results": []}]});
    assert!(!validator.is_valid(&broken), "driver.name is required");
    let bad_uri = serde_json::json!({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "informationUri": "not a uri"}}}]});
    assert!(!validator.is_valid(&bad_uri), "formats are checked");
}

#[test]
fn sarif_is_valid_for_stdin_unreadable_files_absolute_paths_and_rules_turned_off() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("sarif-outside");
    std::fs::create_dir_all(&dir).unwrap();
    let outside = std::env::temp_dir().join("linkwa sarif test #1.json");
    std::fs::write(&outside, "{\"type\": \"text\", \"text\": {\"body\": 42}}").unwrap();
    let config = dir.join("linkwa.toml");
    std::fs::write(&config, "[rules]\nduplicate-key = \"off\"\nLW006 = \"info\"\n").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_linkwa"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["lint", "--format", "sarif", "--config", config.to_str().unwrap(), "-", "missing.json"])
        .arg(&outside)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"type\": \"text\", \"text\": {\"body\": \"a\"}, \"type\": \"x\"}")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(2), "missing.json cannot be read");
    let log: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_valid_sarif(&log);
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    assert_eq!(invocation["toolExecutionNotifications"].as_array().unwrap().len(), 1);
    assert_eq!(invocation["ruleConfigurationOverrides"].as_array().unwrap().len(), 2);
    let uris: Vec<String> = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str().unwrap_or("-").to_owned())
        .collect();
    assert!(
        uris.iter().any(|u| u.starts_with("file:///") && u.ends_with("linkwa%20sarif%20test%20%231.json")),
        "{uris:?}"
    );
}

#[test]
fn github_escapes_data_and_properties() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("github-escaping");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a,b:c.json"), "{\"type\": \"text\", \"text\": {\"body\": 42}}").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_linkwa"))
        .current_dir(&dir)
        .args(["lint", "--no-config", "--format", "github", "a,b:c.json"])
        .output()
        .unwrap();
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.starts_with("::error file=a%2Cb%3Ac.json,line=1,col=35,title=LW006 wrong-type::"), "{out}");
    assert!(out.ends_with("linkwa: 1 file: 1 error, 0 warnings, 0 infos\n"), "{out}");
}
