//! `linkwa lint --templates PATH` (a definition, a list response or a folder; repeatable) and
//! `templates = [globs]` in linkwa.toml: sends are checked against the definitions, and the
//! definition files are linted as definitions.

use crate::common;
use common::{linkwa_in, write};

use serde_json::Value;
use std::path::PathBuf;
use std::process::Output;

const DEFINITION: &str = r#"{"name": "order_update", "language": "en_US", "category": "UTILITY", "status": "APPROVED",
  "components": [{"type": "BODY", "text": "Hello {{1}}, your order has shipped.", "example": {"body_text": [["Ada"]]}}]}"#;
const SEND: &str = r#"{"messaging_product": "whatsapp", "to": "+16505551234", "type": "template",
  "template": {"name": "order_update", "language": {"code": "en_US"}, "components": [{"type": "body", "parameters": [{"type": "text", "text": "Ada"}]}]}}"#;

fn scratch(name: &str) -> PathBuf {
    common::scratch("templates", name)
}

/// `(file, code)` of every diagnostic of a `--format json` run.
fn found(o: &Output) -> Vec<(String, String)> {
    let value: Value = serde_json::from_slice(&o.stdout).unwrap();
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["file"].as_str().unwrap().to_owned(), d["code"].as_str().unwrap().to_owned()))
        .collect()
}

#[test]
fn a_matching_send_is_clean_and_a_mismatch_names_metas_code() {
    let dir = scratch("file");
    write(&dir, "defs/order_update.json", DEFINITION);
    write(&dir, "send.json", SEND);
    write(&dir, "bad.json", &SEND.replace(r#"[{"type": "text", "text": "Ada"}]"#, "[]"));
    let o = linkwa_in(
        &dir,
        &["lint", "--no-config", "--format", "json", "--templates", "defs/order_update.json", "send.json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stdout));
    assert!(found(&o).is_empty());
    let o = linkwa_in(&dir, &["lint", "--no-config", "--format", "json", "--templates", "defs", "bad.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(found(&o), vec![("bad.json".to_owned(), "LW753".to_owned())]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("132000"));
}

#[test]
fn definition_files_are_linted_and_the_configuration_names_them() {
    let dir = scratch("config");
    write(&dir, "defs/a.json", &DEFINITION.replace("order_update", "Order_Update"));
    write(&dir, "send.json", SEND);
    write(&dir, "linkwa.toml", "templates = [\"defs/**\"]\n");
    let o = linkwa_in(&dir, &["lint", "--format", "json", "send.json"]);
    let codes = found(&o);
    assert!(codes.iter().any(|(f, c)| f.ends_with("a.json") && c == "LW700"), "{codes:?}");
    assert!(codes.iter().any(|(f, c)| f == "send.json" && c == "LW750"), "{codes:?}");
}

#[test]
fn an_unreadable_templates_path_exits_2() {
    let dir = scratch("missing");
    write(&dir, "send.json", SEND);
    let o = linkwa_in(&dir, &["lint", "--no-config", "--templates", "nowhere.json", "send.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("nowhere.json"));
}

#[test]
fn preview_prints_the_filled_message() {
    let dir = scratch("preview");
    write(&dir, "defs.json", DEFINITION);
    write(&dir, "send.json", SEND);
    let o = linkwa_in(&dir, &["preview", "--templates", "defs.json", "send.json"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).contains("Hello Ada, your order has shipped."));
    let o = linkwa_in(&dir, &["preview", "--templates", "defs.json", "--json", "send.json"]);
    let value: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(value[0]["body"], "Hello Ada, your order has shipped.");
    write(&dir, "other.json", &SEND.replace("en_US", "en"));
    assert_eq!(linkwa_in(&dir, &["preview", "--templates", "defs.json", "other.json"]).status.code(), Some(2));
}

#[test]
fn preview_reads_the_templates_of_linkwa_toml_without_templates() {
    let dir = scratch("preview-config");
    write(&dir, "defs/order.json", DEFINITION);
    write(&dir, "send.json", SEND);
    // No definitions at all: a usage error that says where definitions come from.
    let o = linkwa_in(&dir, &["preview", "send.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("linkwa.toml"));
    write(&dir, "linkwa.toml", "templates = [\"defs/**\"]\n");
    let o = linkwa_in(&dir, &["preview", "--json", "send.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let value: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(value[0]["body"], "Hello Ada, your order has shipped.");
    // `--no-config` ignores it; `--config` names another file.
    assert_eq!(linkwa_in(&dir, &["preview", "--no-config", "send.json"]).status.code(), Some(2));
    write(&dir, "other/linkwa.toml", "templates = [\"none/**\"]\n");
    assert_eq!(linkwa_in(&dir, &["preview", "--config", "other/linkwa.toml", "send.json"]).status.code(), Some(2));
    // `--templates` wins over the configuration: a set without the send's template.
    write(&dir, "elsewhere.json", &DEFINITION.replace("order_update", "other_template"));
    assert_eq!(linkwa_in(&dir, &["preview", "--templates", "elsewhere.json", "send.json"]).status.code(), Some(2));
    // A configuration that is not valid is reported, exit status 2.
    write(&dir, "linkwa.toml", "templates = 3\n");
    let o = linkwa_in(&dir, &["preview", "send.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("invalid configuration"));
}
