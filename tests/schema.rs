//! `linkwa::schema::json_schema`: every valid and fixed fixture validates against its dialect's
//! schema, and every structural invalid fixture (wrong type, unknown member, required member
//! missing) fails it.

use linkwa::Dialect;
use linkwa::schema::json_schema;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

/// The fixtures of `dialect` in folders named `kind` (`valid`, `fixed`, `invalid`), but for Cloud
/// API webhooks, which the schema accepts as any object (`linkwa lint` checks them).
fn fixtures(dialect: &str, kind: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(dialect);
    let mut all = Vec::new();
    files(&root, &mut all);
    all.retain(|p| p.strip_prefix(&root).unwrap().components().any(|c| c.as_os_str() == kind));
    all.retain(|p| !p.strip_prefix(&root).unwrap().starts_with("webhook"));
    all
}

fn read(path: &Path) -> Option<Value> {
    serde_json::from_slice(&std::fs::read(path).unwrap()).ok()
}

fn dialects() -> [(&'static str, Dialect); 2] {
    [("link", Dialect::Link), ("cloud", Dialect::Cloud)]
}

#[test]
fn the_schemas_are_valid_2020_12_schemas() {
    for (_, dialect) in dialects() {
        let schema = json_schema(dialect);
        assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
        jsonschema::draft202012::meta::validate(&schema).unwrap();
        jsonschema::draft202012::new(&schema).unwrap();
    }
}

#[test]
fn every_valid_and_fixed_fixture_validates() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for (name, dialect) in dialects() {
        let validator = jsonschema::draft202012::new(&json_schema(dialect)).unwrap();
        let definitions = fixtures(name, "templates");
        for path in fixtures(name, "valid").into_iter().chain(fixtures(name, "fixed")).chain(definitions) {
            // Fixed fixtures of syntax rules are strict JSON; anything else is not for a schema.
            let Some(doc) = read(&path) else { continue };
            checked += 1;
            let errors: Vec<String> =
                validator.iter_errors(&doc).map(|e| format!("{} at {}", e, e.instance_path())).take(3).collect();
            if !errors.is_empty() {
                failures.push(format!("{}: {}", path.display(), errors.join("; ")));
            }
        }
    }
    assert!(checked > 400, "only {checked} fixtures checked");
    assert!(failures.is_empty(), "{} of {checked} fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn structural_invalid_fixtures_fail() {
    let structural = ["wrong-type", "unknown-member", "required-member-missing"];
    let mut checked = 0;
    for (name, dialect) in dialects() {
        let validator = jsonschema::draft202012::new(&json_schema(dialect)).unwrap();
        for path in fixtures(name, "invalid") {
            let stem = path.file_stem().unwrap().to_str().unwrap();
            let rule = stem.split("--").next().unwrap();
            if !structural.contains(&rule) {
                continue;
            }
            let doc = read(&path).unwrap_or_else(|| panic!("{} is not JSON", path.display()));
            checked += 1;
            assert!(!validator.is_valid(&doc), "{} validates against the {name} schema", path.display());
        }
    }
    assert!(checked >= 11, "only {checked} structural fixtures");
}

/// Stronger than the file names: every invalid fixture the linter reports a wrong type, an unknown
/// member or a missing member for (as its folder's dialect) fails the schema.
#[test]
fn every_fixture_with_a_structural_error_fails() {
    let structural = ["LW005", "LW006", "LW007"];
    let mut checked = 0;
    for (name, dialect) in dialects() {
        let validator = jsonschema::draft202012::new(&json_schema(dialect)).unwrap();
        let options = linkwa::LintOptions { dialect: Some(dialect), ..Default::default() };
        for path in fixtures(name, "invalid") {
            let Some(doc) = read(&path) else { continue };
            let report = linkwa::lint_bytes_with(&std::fs::read(&path).unwrap(), &options);
            if report.diagnostics.iter().any(|d| structural.contains(&d.code)) {
                checked += 1;
                assert!(!validator.is_valid(&doc), "{} validates against the {name} schema", path.display());
            }
        }
    }
    assert!(checked >= 11, "only {checked} fixtures with structural errors");
}

/// The schema is looser than the linter: whatever fixture it rejects (valid, fixed or invalid),
/// the linter reports an error for.
#[test]
fn what_the_schema_rejects_the_linter_reports_as_an_error() {
    let mut rejected = 0;
    let mut failures = Vec::new();
    for (name, dialect) in dialects() {
        let validator = jsonschema::draft202012::new(&json_schema(dialect)).unwrap();
        let options = linkwa::LintOptions { dialect: Some(dialect), ..Default::default() };
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name);
        let mut all = Vec::new();
        files(&root, &mut all);
        for path in all {
            let Some(doc) = read(&path) else { continue };
            if validator.is_valid(&doc) {
                continue;
            }
            rejected += 1;
            let report = linkwa::lint_bytes_with(&std::fs::read(&path).unwrap(), &options);
            if !report.has_errors() && !outside_the_schema(&report) {
                let why: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).take(2).collect();
                failures.push(format!("{}: {}", path.display(), why.join("; ")));
            }
        }
    }
    // The documents' own examples, linted as the dialect linkwa tells from them.
    let link = jsonschema::draft202012::new(&json_schema(Dialect::Link)).unwrap();
    let cloud = jsonschema::draft202012::new(&json_schema(Dialect::Cloud)).unwrap();
    let mut examples = Vec::new();
    files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/spec-examples"), &mut examples);
    for path in examples {
        let Some(doc) = read(&path) else { continue };
        let report = linkwa::lint_bytes(&std::fs::read(&path).unwrap());
        let validator = if report.dialect == Dialect::Cloud { &cloud } else { &link };
        if !validator.is_valid(&doc) {
            rejected += 1;
            if !report.has_errors() && !outside_the_schema(&report) {
                failures.push(format!("{}: rejected", path.display()));
            }
        }
    }
    assert!(rejected >= 11, "only {rejected} rejected");
    assert!(failures.is_empty(), "rejected by the schema, no error from the linter:\n{}", failures.join("\n"));
}

/// Whether the linter warns about a value the schema leaves out on purpose (its description says
/// so): a placeholder (LW508) or an upper-case interactive type (LW526).
fn outside_the_schema(report: &linkwa::Report) -> bool {
    report.diagnostics.iter().any(|d| matches!(d.code, "LW508" | "LW526"))
}

#[test]
fn small_documents() {
    let link = jsonschema::draft202012::new(&json_schema(Dialect::Link)).unwrap();
    let ok = serde_json::json!({"type": "text", "text": {"body": "hi"}, "previewUrl": true});
    assert!(link.is_valid(&ok));
    for bad in [
        serde_json::json!({"type": "text", "text": {"body": 42}}),
        serde_json::json!({"type": "text", "text": {"body": "x".repeat(4097)}}),
        serde_json::json!({"type": "txt", "text": {"body": "hi"}}),
        serde_json::json!({"type": "text", "text": {}}),
        serde_json::json!({"messages": [{"type": "text", "text": {"body": "hi"}}]}),
        serde_json::json!({"type": "template", "template": {"name": "a", "language": {"code": "xx"}, "components": []}}),
    ] {
        assert!(!link.is_valid(&bad), "{bad}");
    }
    let cloud = jsonschema::draft202012::new(&json_schema(Dialect::Cloud)).unwrap();
    let body = serde_json::json!({"messaging_product": "whatsapp", "to": "+16505551234", "type": "text", "text": {"body": "hi", "preview_url": true}});
    assert!(cloud.is_valid(&body));
    // Template definitions, in either dialect's schema.
    let definition = serde_json::json!({"name": "hello", "language": "en_US", "category": "UTILITY",
        "components": [{"type": "BODY", "text": "Hi {{1}}", "example": {"body_text": [["Ada"]]}},
                       {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Stop"}]}]});
    let list = serde_json::json!({"data": [definition.clone()], "paging": {"cursors": {}}});
    for validator in [&link, &cloud] {
        assert!(validator.is_valid(&definition));
        assert!(validator.is_valid(&list));
        let mut unknown = definition.clone();
        unknown["components"][1]["buttons"][0]["txt"] = "Stop".into();
        assert!(!validator.is_valid(&unknown));
        let mut wrong = definition.clone();
        wrong["components"][0]["text"] = 1.into();
        assert!(!validator.is_valid(&wrong));
    }
    // A placeholder language code is a warning in Cloud API JSON (LW508), not an error.
    let placeholder = serde_json::json!({"messaging_product": "whatsapp", "to": "+16505551234", "type": "template",
        "template": {"name": "a", "language": {"code": "{{language}}"}}});
    assert!(cloud.is_valid(&placeholder));
    assert!(!link.is_valid(&body));
}

#[cfg(all(feature = "cli", feature = "lsp"))] // the features the `linkwa` binary requires
#[test]
fn the_cli_prints_the_library_schema() {
    for (name, dialect) in dialects() {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_linkwa"))
            .args(["schema", "--dialect", name])
            .output()
            .unwrap();
        assert!(out.status.success());
        let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(printed, json_schema(dialect));
    }
    let bad =
        std::process::Command::new(env!("CARGO_BIN_EXE_linkwa")).args(["schema", "--dialect", "x"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
