//! LW508 `placeholder` from the command line: a warning by default, made an error or turned off in
//! `linkwa.toml` by code, name or former name (`placeholder-value`), and explained under either name.

use crate::common;
use common::{linkwa_in, write};

use serde_json::Value;
use std::process::Output;

/// A LINK message and a Cloud API send body, each with one placeholder and nothing else to report.
const LINK: &str = r#"{"type": "image", "image": {"link": "https://image-url"}}"#;
const CLOUD: &str =
    r#"{"messaging_product": "whatsapp", "to": "{{ $json.phone }}", "type": "text", "text": {"body": "Hi {{1}}"}}"#;

fn run(config: Option<&str>, name: &str) -> Output {
    let dir = common::scratch("placeholder", name);
    if let Some(config) = config {
        write(&dir, "linkwa.toml", config);
    }
    write(&dir, "link.json", LINK);
    write(&dir, "cloud.json", CLOUD);
    linkwa_in(&dir, &["lint", "--format", "json", "link.json", "cloud.json"])
}

/// `(file, code, name, severity)` of every diagnostic of a `--format json` run.
fn diagnostics(o: &Output) -> Vec<(String, String, String, String)> {
    let v: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {o:?}"));
    let field = |d: &Value, k: &str| d[k].as_str().unwrap().to_owned();
    v.as_array()
        .unwrap()
        .iter()
        .map(|d| (field(d, "file"), field(d, "code"), field(d, "name"), field(d, "severity")))
        .collect()
}

#[test]
fn a_warning_by_default_in_both_dialects() {
    let o = run(Some(""), "default");
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    let found = diagnostics(&o);
    let expected = |file: &str| (file.to_owned(), "LW508".to_owned(), "placeholder".to_owned(), "warning".to_owned());
    assert_eq!(found, vec![expected("link.json"), expected("cloud.json")], "in the order the files are named");
}

#[test]
fn linkwa_toml_makes_it_an_error_or_turns_it_off_under_any_of_its_names() {
    for key in ["placeholder", "LW508", "placeholder-value"] {
        let o = run(Some(&format!("[rules]\n{key} = \"error\"\n")), "error");
        assert_eq!(o.status.code(), Some(1), "{key}: {o:?}");
        assert!(diagnostics(&o).iter().all(|d| d.1 == "LW508" && d.3 == "error"), "{key}");
        let o = run(Some(&format!("[rules]\n\"{key}\" = \"off\"\n")), "off");
        assert_eq!(o.status.code(), Some(0), "{key}: {o:?}");
        assert_eq!(diagnostics(&o), vec![], "{key}");
    }
}

#[test]
fn explain_knows_the_former_name() {
    let new = linkwa_in(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), &["explain", "placeholder"]);
    let old = linkwa_in(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), &["explain", "placeholder-value"]);
    assert_eq!(new.status.code(), Some(0));
    assert_eq!(new.stdout, old.stdout);
    assert!(String::from_utf8_lossy(&new.stdout).starts_with("LW508 placeholder (warning)"));
}
