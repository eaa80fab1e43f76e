//! `linkwa.toml`: found upward or named with `--config`; severities, include/exclude,
//! suppressions, dialect and media defaults; `--max-warnings` and `--quiet`; every kind of bad
//! configuration exits 2 naming the file and the key.

use crate::common;
use common::{linkwa_in, write};

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

/// A payload with one error (LW004 duplicate-key) and nothing else.
const DUPLICATE: &str = "{\n  \"type\": \"text\",\n  \"text\": {\"body\": \"Hi\"},\n  \"type\": \"text\"\n}\n";
/// A payload with one warning (LW204 text-preview-without-url) and nothing else.
const PREVIEW: &str = "{\n  \"type\": \"text\",\n  \"previewUrl\": true,\n  \"text\": {\"body\": \"Hi\"}\n}\n";
const VALID: &str = r#"{"type": "text", "text": {"body": "Hello"}}"#;

fn scratch(name: &str) -> PathBuf {
    common::scratch("config", name)
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// `(file, code, severity, suppressed)` of every diagnostic of a `--format json` run.
fn diagnostics(o: &Output) -> Vec<(String, String, String, bool)> {
    let v: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)));
    let field = |d: &Value, k: &str| d[k].as_str().unwrap().to_owned();
    v.as_array()
        .unwrap()
        .iter()
        .map(|d| (field(d, "file"), field(d, "code"), field(d, "severity"), d["suppressed"].as_bool().unwrap_or(false)))
        .collect()
}

#[test]
fn found_upward_from_the_working_directory() {
    let dir = scratch("upward");
    write(&dir, "linkwa.toml", "[rules]\nduplicate-key = \"warning\"\n");
    write(&dir, "a/b/dup.json", DUPLICATE);
    let o = linkwa_in(&dir.join("a/b"), &["lint", "dup.json"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("warning[LW004 duplicate-key]"), "{}", stdout(&o));
    // The nearest one wins.
    write(&dir, "a/linkwa.toml", "[rules]\nLW004 = \"info\"\n");
    let o = linkwa_in(&dir.join("a/b"), &["lint", "dup.json"]);
    assert!(stdout(&o).contains("info[LW004 duplicate-key]"), "{}", stdout(&o));
    // --no-config: the defaults.
    let o = linkwa_in(&dir.join("a/b"), &["lint", "--no-config", "dup.json"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn none_found_means_defaults() {
    // Outside the repository (whose own linkwa.toml would be found upward).
    let dir = std::env::temp_dir().join(format!("linkwa-no-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    if super_config_exists(&dir) {
        return; // someone put a linkwa.toml above the temporary folder; nothing to test
    }
    write(&dir, "dup.json", DUPLICATE);
    let o = linkwa_in(&dir, &["lint", "dup.json"]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}

fn super_config_exists(dir: &Path) -> bool {
    dir.ancestors().any(|d| d.join("linkwa.toml").is_file())
}

#[test]
fn config_flag_names_the_file_and_globs_are_relative_to_it() {
    let dir = scratch("flag");
    write(&dir, "linkwa.toml", "[rules]\nLW004 = \"off\"\n");
    write(&dir, "conf/ci.toml", "[[ignore]]\npath = \"../data/**\"\nrules = [\"LW004\"]\n");
    write(&dir, "conf/other.toml", "[[ignore]]\npath = \"data/**\"\nrules = [\"LW004\"]\n");
    write(&dir, "data/dup.json", DUPLICATE);
    let o = linkwa_in(&dir, &["lint", "--format", "json", "--config", "conf/other.toml", "data/dup.json"]);
    assert_eq!(o.status.code(), Some(1), "conf/data/** does not match; the upward linkwa.toml is not read");
    let o = linkwa_in(&dir, &["lint", "--format", "json", "--config", "conf/ci.toml", "data"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(diagnostics(&o), vec![("data/dup.json".into(), "LW004".into(), "error".into(), true)]);
}

#[test]
fn severities_are_overridden_before_the_exit_status() {
    let dir = scratch("levels");
    write(&dir, "dup.json", DUPLICATE);
    write(&dir, "preview.json", PREVIEW);
    write(&dir, "linkwa.toml", "[rules]\nLW004 = \"off\"\ntext-preview-without-url = \"error\"\n");
    let o = linkwa_in(&dir, &["lint", "--format", "json", "dup.json", "preview.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(diagnostics(&o), vec![("preview.json".into(), "LW204".into(), "error".into(), false)]);
    write(&dir, "linkwa.toml", "[rules]\nLW004 = \"info\"\nLW204 = \"off\"\n");
    let o = linkwa_in(&dir, &["lint", "dup.json", "preview.json"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).ends_with("2 files: 0 errors, 0 warnings, 1 info\n"), "{}", stdout(&o));
}

#[test]
fn include_and_exclude_filter_walked_files_but_not_named_ones() {
    let dir = scratch("include");
    for rel in ["p/a.json", "p/drafts/b.json", "p/sub/c.json", "q/d.json"] {
        write(&dir, rel, DUPLICATE);
    }
    write(&dir, "linkwa.toml", "include = [\"p/**\"]\nexclude = [\"**/drafts/**\"]\n");
    let files = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["lint", "--format", "json"];
        all.extend_from_slice(args);
        diagnostics(&linkwa_in(&dir, &all)).into_iter().map(|d| d.0).collect()
    };
    assert_eq!(files(&["."]), ["./p/a.json", "./p/sub/c.json"]);
    assert_eq!(files(&["p", "q"]), ["p/a.json", "p/sub/c.json"]);
    assert_eq!(files(&["p/drafts/b.json", "q/d.json"]), ["p/drafts/b.json", "q/d.json"], "named files are linted");
    write(&dir, "linkwa.toml", "include = [\"*.json\"]\n");
    assert!(files(&["p"]).is_empty(), "`*` does not cross folders");
}

#[test]
fn suppressions_are_counted_not_hidden() {
    let dir = scratch("ignore");
    write(&dir, "fixtures/invalid/dup.json", DUPLICATE);
    write(&dir, "fixtures/invalid/preview.json", PREVIEW);
    write(&dir, "fixtures/valid/ok.json", VALID);
    write(&dir, "other/dup.json", DUPLICATE);
    write(&dir, "linkwa.toml", "[[ignore]]\npath = \"fixtures/**/invalid/**\"\nrules = [\"*\"]\n");
    let o = linkwa_in(&dir, &["lint", "fixtures"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).ends_with("3 files: 0 errors, 0 warnings, 0 infos, 2 suppressed\n"), "{}", stdout(&o));
    let o = linkwa_in(&dir, &["lint", "--format", "json", "fixtures", "other"]);
    assert_eq!(o.status.code(), Some(1), "other/dup.json is not suppressed");
    let suppressed: Vec<bool> = diagnostics(&o).into_iter().map(|d| d.3).collect();
    assert_eq!(suppressed, [true, true, false]);
    // Only the rules listed, by code or name.
    write(&dir, "linkwa.toml", "[[ignore]]\npaths = [\"fixtures/**\", \"x/**\"]\nrules = [\"duplicate-key\"]\n");
    let o = linkwa_in(&dir, &["lint", "fixtures"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).ends_with("3 files: 0 errors, 1 warning, 0 infos, 1 suppressed\n"), "{}", stdout(&o));
}

#[test]
fn dialect_and_media_defaults_and_the_flags_override_them() {
    let dir = scratch("options");
    write(&dir, "image.json", r#"{"type": "image", "image": {"id": "1192798951408501"}}"#);
    write(&dir, "linkwa.toml", "media = \"link-only\"\n");
    assert_eq!(linkwa_in(&dir, &["lint", "image.json"]).status.code(), Some(1));
    assert_eq!(linkwa_in(&dir, &["lint", "--media", "any", "image.json"]).status.code(), Some(0));
    let cloud = r#"{"messaging_product": "whatsapp", "to": "+16505551234", "type": "text", "text": {"body": "Hi"}}"#;
    write(&dir, "cloud.json", cloud);
    write(&dir, "linkwa.toml", "dialect = \"link\"\n");
    assert_eq!(linkwa_in(&dir, &["lint", "cloud.json"]).status.code(), Some(1));
    assert_eq!(linkwa_in(&dir, &["lint", "--dialect", "auto", "cloud.json"]).status.code(), Some(0));
}

#[test]
fn max_warnings_and_quiet() {
    let dir = scratch("warnings");
    write(&dir, "preview.json", PREVIEW);
    write(&dir, "dup.json", DUPLICATE);
    assert_eq!(linkwa_in(&dir, &["lint", "--no-config", "--max-warnings", "1", "preview.json"]).status.code(), Some(0));
    let o = linkwa_in(&dir, &["lint", "--no-config", "--max-warnings", "0", "preview.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("1 warning; --max-warnings allows 0"), "{}", stderr(&o));
    let o = linkwa_in(&dir, &["lint", "--no-config", "--quiet", "preview.json", "dup.json"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("error[LW004") && !out.contains("LW204"), "{out}");
    assert!(out.ends_with("2 files: 1 error, 1 warning, 0 infos\n"), "the summary still counts: {out}");
    let o = linkwa_in(&dir, &["lint", "--no-config", "-q", "--format", "json", "preview.json"]);
    assert_eq!(stdout(&o).trim(), "[]");
}

/// Writes `text` as the configuration, lints, and returns the error message (asserting exit 2).
fn bad(name: &str, text: &str) -> String {
    let dir = scratch(&format!("bad-{name}"));
    write(&dir, "linkwa.toml", text);
    write(&dir, "ok.json", VALID);
    let o = linkwa_in(&dir, &["lint", "ok.json"]);
    assert_eq!(o.status.code(), Some(2), "{name}: {}", stdout(&o));
    assert!(o.stdout.is_empty(), "{name}: nothing is linted");
    let err = stderr(&o);
    let file = dir.join("linkwa.toml").display().to_string();
    assert!(err.starts_with(&format!("linkwa: invalid configuration: {file}:")), "{name}: {err}");
    err
}

#[test]
fn bad_configuration_exits_2_naming_the_file_and_the_key() {
    let e = bad("unknown-key", "dialect = \"link\"\ncolour = \"blue\"\n");
    assert!(e.contains(":2:1: unknown field `colour`"), "{e}");
    let e = bad("unknown-rule", "[rules]\nduplicate-kye = \"off\"\n");
    assert!(e.contains(":2:1: [rules]: unknown rule `duplicate-kye`; did you mean `duplicate-key`?"), "{e}");
    let e = bad("unknown-code", "[rules]\nLW04 = \"off\"\n");
    assert!(e.contains("unknown rule `LW04`; did you mean `LW004`?"), "{e}");
    let e = bad("severity", "[rules]\nLW004 = \"fatal\"\n");
    assert!(e.contains(":2:9: [rules] `LW004`: unknown severity \"fatal\""), "{e}");
    let e = bad("severity-type", "[rules]\nLW004 = 2\n");
    assert!(e.contains("`LW004`: invalid type: integer `2`"), "{e}");
    let e = bad("glob", "exclude = [\"a/[\"]\n");
    assert!(e.contains(":1:12: `exclude`: error parsing glob 'a/['"), "{e}");
    let e = bad("ignore-glob", "[[ignore]]\npath = \"{a\"\nrules = [\"*\"]\n");
    assert!(e.contains("[[ignore]] #1 `path`: error parsing glob '{a'"), "{e}");
    let e = bad("ignore-rule", "[[ignore]]\npath = \"a\"\nrules = [\"LW004\", \"nope-nope\"]\n");
    assert!(e.contains("[[ignore]] #1 `rules`: unknown rule `nope-nope`"), "{e}");
    let e = bad("ignore-path", "[[ignore]]\nrules = [\"*\"]\n");
    assert!(e.contains("`path` (a glob) or `paths` (a list of globs) is required"), "{e}");
    let e = bad("syntax", "[rules\nLW004 = \"off\"\n");
    assert!(e.contains(":1:"), "{e}");
    let e = bad("dialect", "dialect = \"meta\"\n");
    assert!(e.contains("`dialect`: unknown dialect `meta`"), "{e}");
    let e = bad("media", "media = \"ids\"\n");
    assert!(e.contains("`media`: unknown media policy `ids`"), "{e}");
    let e = bad("include-type", "include = \"*.json\"\n");
    assert!(e.contains("`include`: invalid type"), "{e}");
}

#[test]
fn a_missing_config_file_exits_2() {
    let dir = scratch("missing");
    write(&dir, "ok.json", VALID);
    let o = linkwa_in(&dir, &["lint", "--config", "nope.toml", "ok.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nope.toml: cannot read the configuration"), "{}", stderr(&o));
    assert_eq!(linkwa_in(&dir, &["lint", "--config", "x.toml", "--no-config", "ok.json"]).status.code(), Some(2));
}

#[test]
fn the_repositorys_own_fixtures_pass_with_its_self_lint_configuration() {
    // The self-lint of fixtures/ (a GitHub Actions workflow as the README shows).
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = linkwa_in(root, &["lint", "--config", "fixtures/self-lint.toml", "--format", "github", "fixtures/"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(!out.lines().any(|l| l.starts_with("::error ")), "{out}");
    let summary = out.lines().last().unwrap();
    assert!(summary.starts_with("linkwa: ") && summary.contains(" suppressed"), "{summary}");
}

#[test]
fn the_main_job_reports_the_documents_broken_examples() {
    // The README's first command: the repository's linkwa.toml hides only linkwa's own failing
    // fixtures, so the documents' broken examples are reported, and the run fails.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = linkwa_in(root, &["lint", "--format", "json", "fixtures/spec-examples"]);
    assert_eq!(o.status.code(), Some(1));
    let all: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let all = all.as_array().unwrap();
    let active = all.iter().filter(|d| d.get("suppressed").is_none() && d["severity"] == "error").count();
    assert!(active > 50, "{active} errors reported");
    assert!(all.iter().all(|d| d.get("suppressed").is_none()), "nothing is suppressed in the examples");
}
