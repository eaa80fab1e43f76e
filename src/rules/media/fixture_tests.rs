//! The fixtures of the LW2xx families (`fixtures/link/{text,media,location,contacts}/`): every
//! valid payload lints without a diagnostic, every invalid one reports the rule its file is named
//! after (`<rule-name>.json` or `<rule-name>--<variant>.json`), and every rule of these families
//! has its `invalid/<rule-name>.json`.
//!
//! Media in template and interactive headers are checked by those families, which call
//! [`check_media`]; so that these fixtures are meaningful whatever those families do, the header
//! media are also checked here directly.

use super::{MediaContext, check_media};
use crate::pointer::JsonPointer;
use crate::rules::registry::{self, Rule};
use crate::rules::shape::Cx;
use crate::rules::{contacts, location, text};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn families() -> [(&'static str, &'static [&'static Rule]); 4] {
    [("text", text::RULES), ("media", super::RULES), ("location", location::RULES), ("contacts", contacts::RULES)]
}

fn dir(family: &str, kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/link").join(family).join(kind)
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// Codes of the media in a template's header parameters or an interactive message's header.
fn header_media_codes(value: &Value) -> Vec<&'static str> {
    let mut cx = Cx::default();
    let root = JsonPointer::root();
    match value["type"].as_str() {
        Some("interactive") => {
            let header = &value["interactive"]["header"];
            if let Some(kind) = header["type"].as_str()
                && let Some(media) = header.get(kind)
            {
                let path = root.key("interactive").key("header").key(kind);
                check_media(&mut cx, media, &path, kind, MediaContext::InteractiveHeader);
            }
        }
        Some("template") => {
            let components = value["template"]["components"].as_array().into_iter().flatten();
            for (i, component) in components.enumerate().filter(|(_, c)| c["type"] == "header") {
                for (j, param) in component["parameters"].as_array().into_iter().flatten().enumerate() {
                    if let Some(kind) = param["type"].as_str()
                        && let Some(media) = param.get(kind)
                    {
                        let path = root.key("template").key("components").index(i).key("parameters").index(j).key(kind);
                        check_media(&mut cx, media, &path, kind, MediaContext::TemplateHeader);
                    }
                }
            }
        }
        _ => {}
    }
    cx.diagnostics.iter().map(|d| d.code).collect()
}

#[test]
fn valid_fixtures_have_no_diagnostic() {
    for (family, _) in families() {
        for file in json_files(&dir(family, "valid")) {
            let text = std::fs::read_to_string(&file).unwrap();
            let report = crate::lint_str(&text);
            let value: Value = serde_json::from_str(&text).unwrap();
            let rendered: Vec<String> = report.diagnostics.iter().map(|d| d.to_string()).collect();
            assert!(rendered.is_empty(), "{}:\n{}", file.display(), rendered.join("\n"));
            assert!(header_media_codes(&value).is_empty(), "{}", file.display());
        }
    }
}

#[test]
fn invalid_fixtures_report_their_rule() {
    for (family, _) in families() {
        for file in json_files(&dir(family, "invalid")) {
            let stem = file.file_stem().unwrap().to_str().unwrap();
            let name = stem.split("--").next().unwrap();
            let rule = registry::find(name).unwrap_or_else(|| panic!("{}: no rule named {name}", file.display()));
            let text = std::fs::read_to_string(&file).unwrap();
            let mut codes: Vec<&str> = crate::lint_str(&text).diagnostics.iter().map(|d| d.code).collect();
            codes.extend(header_media_codes(&serde_json::from_str(&text).unwrap()));
            assert!(codes.contains(&rule.code), "{}: expected {}, got {codes:?}", file.display(), rule.code);
        }
    }
}

#[test]
fn every_rule_has_an_invalid_fixture() {
    for (family, rules) in families() {
        for rule in rules {
            let file = dir(family, "invalid").join(format!("{}.json", rule.name));
            assert!(file.is_file(), "{} {} has no fixture {}", rule.code, rule.name, file.display());
        }
    }
}
