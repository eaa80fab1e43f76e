//! Template definitions given to the linter (`LintOptions::templates`): the definitions the
//! fixtures use are themselves clean, and a set built from them is what the harness lints with.
//! (Cargo feature `templates`.)

#![cfg(feature = "templates")]

use linkwa::options::templates::TemplateSet;
use linkwa::{Dialect, LintOptions, Severity, lint_value_with};
use serde_json::{Value, json};
use std::fs;
use std::sync::Arc;

mod common;
use common::*;

#[test]
fn fixture_definitions_lint_clean_and_are_read() {
    let mut checked = 0;
    for family in families() {
        for file in json_files(&family.join("templates")) {
            let mut set = TemplateSet::new();
            let source = set.add_json(file.display().to_string(), &fs::read_to_string(&file).unwrap());
            assert!(!source.report.has_errors(), "{}: {:#?}", file.display(), source.report.diagnostics);
            assert!(source.added > 0, "{} adds no definition", file.display());
            checked += 1;
        }
    }
    assert!(checked >= 4, "only {checked} definition files");
}

#[test]
fn the_preview_fills_the_definition_with_the_send() {
    let root = root().join("cloud/definition-match");
    let mut set = TemplateSet::new();
    for file in json_files(&root.join("templates")) {
        set.add_json(file.display().to_string(), &fs::read_to_string(&file).unwrap());
    }
    let send: Value =
        serde_json::from_str(&fs::read_to_string(root.join("valid/limited-time-offer-send.json")).unwrap()).unwrap();
    let previews = set.preview(&send).unwrap();
    assert_eq!(
        previews[0].body,
        "Good news, Pablo! Use code CARIBE25 to get 25% off all Caribbean Destination packages!"
    );
    assert_eq!(previews[0].buttons[1].value.as_deref(), Some("https://awesomedestinations.com/offers?code=n3mtql"));
    let mut other = send.clone();
    other["template"]["language"]["code"] = "en".into();
    assert!(set.preview(&other).unwrap_err().to_string().contains("no definition"));
}

/// A Cloud API send of `definition` built from its own examples: what a template editor would
/// send to test it.
fn send_from(definition: &Value) -> Value {
    let upper = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or_default().to_ascii_uppercase();
    let named = upper(definition, "parameter_format") == "NAMED";
    let authentication = upper(definition, "category") == "AUTHENTICATION";
    let components = definition["components"].as_array().cloned().unwrap_or_default();
    let mut send = components_from(&components, named, authentication);
    for component in &components {
        if upper(component, "type") == "CAROUSEL" {
            let cards: Vec<Value> = component["cards"]
                .as_array()
                .into_iter()
                .flatten()
                .enumerate()
                .map(|(i, card)| {
                    let inner = card["components"].as_array().cloned().unwrap_or_default();
                    json!({"card_index": i, "components": components_from(&inner, named, false)})
                })
                .collect();
            send.push(json!({"type": "carousel", "cards": cards}));
        }
    }
    json!({"messaging_product": "whatsapp", "to": "+16505551234", "type": "template",
           "template": {"name": definition["name"], "language": {"code": definition["language"]}, "components": send}})
}

fn text_params(example: &Value, positional: &str, named: &str, use_names: bool) -> Vec<Value> {
    if use_names {
        return example[named]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| json!({"type": "text", "parameter_name": p["param_name"], "text": p["example"]}))
            .collect();
    }
    let values: Vec<Value> = match &example[positional] {
        Value::String(s) => vec![Value::String(s.clone())],
        Value::Array(items) => match items.first() {
            Some(Value::Array(inner)) => inner.clone(),
            _ => items.clone(),
        },
        _ => Vec::new(),
    };
    values.into_iter().map(|v| json!({"type": "text", "text": v})).collect()
}

fn components_from(components: &[Value], named: bool, authentication: bool) -> Vec<Value> {
    let upper = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or_default().to_ascii_uppercase();
    let mut out = Vec::new();
    for component in components {
        match upper(component, "type").as_str() {
            "HEADER" => match upper(component, "format").as_str() {
                "" | "TEXT" => {
                    let params = text_params(&component["example"], "header_text", "header_text_named_params", named);
                    if !params.is_empty() {
                        out.push(json!({"type": "header", "parameters": params}));
                    }
                }
                "LOCATION" => out.push(json!({"type": "header", "parameters": [{"type": "location",
                    "location": {"latitude": "37.48", "longitude": "-122.15", "name": "Lucky Shrub", "address": "1 Hacker Way"}}]})),
                "PRODUCT" => {}
                media => {
                    let kind = media.to_ascii_lowercase();
                    out.push(json!({"type": "header", "parameters": [{"type": kind, kind.clone(): {"link": "https://example.com/media"}}]}));
                }
            },
            "BODY" => {
                let mut params = text_params(&component["example"], "body_text", "body_text_named_params", named);
                if authentication && params.is_empty() {
                    params.push(json!({"type": "text", "text": "123456"}));
                }
                if !params.is_empty() {
                    out.push(json!({"type": "body", "parameters": params}));
                }
            }
            "LIMITED_TIME_OFFER" => out.push(json!({"type": "limited_time_offer", "parameters": [
                {"type": "limited_time_offer", "limited_time_offer": {"expiration_time_ms": 1698562800000_u64}}]})),
            "BUTTONS" => {
                for (i, button) in component["buttons"].as_array().into_iter().flatten().enumerate() {
                    let index = i.to_string();
                    let url_variable = button["url"].as_str().is_some_and(|u| u.contains("{{"));
                    match upper(button, "type").as_str() {
                        "URL" if url_variable && authentication => out.push(json!({"type": "button", "sub_type": "url", "index": index,
                            "parameters": [{"type": "text", "text": "123456"}]})),
                        "URL" if url_variable => out.push(json!({"type": "button", "sub_type": "url", "index": index,
                            "parameters": [{"type": "text", "text": "x1"}]})),
                        "OTP" => out.push(json!({"type": "button", "sub_type": "url", "index": index,
                            "parameters": [{"type": "text", "text": "123456"}]})),
                        "COPY_CODE" => out.push(json!({"type": "button", "sub_type": "copy_code", "index": index,
                            "parameters": [{"type": "coupon_code", "coupon_code": button["example"]}]})),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn a_send_built_from_a_definitions_own_examples_lints_clean_against_it() {
    let mut files = json_files(&root().join("cloud/definition/valid"));
    files.extend(json_files(&root().join("cloud/definition/fixed")));
    files.extend(json_files(&root().join("cloud/definition-match/templates")));
    let mut checked = 0;
    let mut failures = String::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let document: Value = serde_json::from_str(&text).unwrap();
        let definitions: Vec<Value> = match document.get("data") {
            Some(Value::Array(items)) => items.clone(),
            _ => vec![document.clone()],
        };
        for definition in definitions {
            if definition.get("status").and_then(Value::as_str).is_some_and(|s| s != "APPROVED") {
                continue;
            }
            // Edit bodies name no template; stored templates come without examples (Meta returns
            // none) and give no values to build a send from.
            let text = definition.to_string();
            if !definition["name"].is_string() || (text.contains("{{") && !text.contains("\"example\"")) {
                continue;
            }
            let set = Arc::new(TemplateSet::from_json(&definition.to_string()));
            let send = send_from(&definition);
            let options = LintOptions { dialect: Some(Dialect::Cloud), templates: Some(set), ..Default::default() };
            let report = lint_value_with(&send, &options);
            for d in report.diagnostics.iter().filter(|d| d.severity == Severity::Error) {
                failures.push_str(&format!("{} ({}): {d}\n", file.display(), definition["name"]));
            }
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} definitions");
    assert!(failures.is_empty(), "{failures}");
}

#[test]
fn a_definition_text_is_linted_and_read_from_one_parse() {
    let definition = r#"{"name": "order_update", "language": "en_US", "category": "UTILITY",
      "components": [{"type": "BODY", "text": "Hi {{1}}, welcome.", "example": {"body_text": [["Ana"]]}}]}"#;
    let mut set = TemplateSet::new();
    let source = set.add_json("defs.json", definition);
    assert_eq!((source.added, source.report.has_errors()), (1, false), "{:?}", source.report.diagnostics);
    // A syntax error: reported at its line, and nothing is added from the recovered tree.
    let broken = definition.replace("\"UTILITY\",", "\"UTILITY\",,");
    let source = set.add_json("broken.json", &broken);
    assert_eq!(source.added, 0);
    assert!(source.report.diagnostics.iter().any(|d| d.severity == Severity::Error && d.line == Some(1)));
    assert_eq!(set.len(), 1);
}

#[test]
fn a_definition_an_earlier_source_gave_is_the_sets_diagnostic() {
    let definition = r#"{"name": "order_update", "language": "en_US", "category": "UTILITY",
      "components": [{"type": "BODY", "text": "Hi {{1}}, welcome."}]}"#;
    let mut set = TemplateSet::new();
    let first = set.add_json("a.json", definition);
    assert!(first.set_diagnostics().is_empty());
    let own = first.report.diagnostics.len();
    assert!(own > 0, "the definition lacks its example: its own lint says so");
    let again = set.add_json("b.json", definition);
    assert_eq!(again.added, 0);
    let set_codes: Vec<&str> = again.set_diagnostics().iter().map(|d| d.code).collect();
    assert_eq!(set_codes, [linkwa::rules::registry::find("definition-duplicate").unwrap().code]);
    assert_eq!(again.report.diagnostics.len(), own + 1, "its own lint, then the set's");
    // Not a definition: only LW015, which is the source's own.
    let other = set.add_json("c.json", r#"{"data": 1}"#);
    assert!(other.set_diagnostics().is_empty());
}

#[test]
fn the_preview_of_a_text() {
    let set = TemplateSet::from_json(
        r#"{"name": "hi", "language": "en", "category": "UTILITY", "components": [{"type": "BODY", "text": "Hi {{1}}", "example": {"body_text": [["Ana"]]}}]}"#,
    );
    let send = r#"{"type": "template", "template": {"name": "hi", "language": {"code": "en"},
      "components": [{"type": "body", "parameters": [{"type": "text", "text": "Bo"}]}]}}"#;
    assert_eq!(set.preview_str(send).unwrap()[0].body, "Hi Bo");
    assert_eq!(set.preview_str("{\"template\": ").unwrap_err(), linkwa::options::templates::PreviewError::NotJson);
    assert_eq!(set.preview_str("").unwrap_err(), linkwa::options::templates::PreviewError::NotJson);
}

/// Meta's own sample templates exactly as its API returns them (no `example`, bodies ending with
/// a variable): no error, every creation finding an `info`; the same templates as create bodies
/// (without `id`, `status`, `previous_category`) get those findings at their own severity.
#[test]
fn stored_templates_get_creation_findings_as_info_and_create_bodies_as_errors() {
    let path = root().join("cloud/definition/valid/meta-sample-templates-stored.json");
    let list: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    let stored = linkwa::lint_value(&list);
    assert!(!stored.has_errors(), "{:#?}", stored.diagnostics);
    assert!(stored.diagnostics.iter().all(|d| d.severity == Severity::Info), "{:#?}", stored.diagnostics);
    let creation: Vec<&str> = stored.diagnostics.iter().map(|d| d.code).collect();
    for code in ["LW709", "LW713", "LW727"] {
        assert!(creation.contains(&code), "the stored samples get {code} as info: {creation:?}");
    }
    let mut errors = 0;
    for item in list["data"].as_array().unwrap() {
        let mut create = item.clone();
        for member in ["id", "status", "previous_category"] {
            create.as_object_mut().unwrap().remove(member);
        }
        let one = linkwa::lint_value(&create);
        let as_stored = linkwa::lint_value(item);
        let codes = |r: &linkwa::Report| r.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>();
        assert_eq!(codes(&one), codes(&as_stored), "the same findings for {}", item["name"]);
        assert!(one.diagnostics.iter().all(|d| d.severity > Severity::Info), "{:#?}", one.diagnostics);
        errors += one.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    }
    assert!(errors >= 8, "the samples as create bodies get their creation errors ({errors})");
}

/// A template edit body (`POST /<TEMPLATE_ID>`) is a definition document of its own: linted with
/// the definition rules (Meta's own example is clean), not as a message.
#[test]
fn an_edit_body_is_linted_as_a_definition() {
    let edit = json!({"components": [{"type": "BODY", "text": "Shop now through {{1}} and save."}]});
    let report = linkwa::lint_value(&edit);
    let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["LW709"], "{:#?}", report.diagnostics);
    assert_eq!(report.dialect, Dialect::Cloud);
    let ttl = linkwa::lint_value(&json!({"message_send_ttl_seconds": 600}));
    assert!(ttl.diagnostics.is_empty(), "{:#?}", ttl.diagnostics);
    let category = linkwa::lint_value(&json!({"category": "MARKETING"}));
    assert!(category.diagnostics.is_empty(), "{:#?}", category.diagnostics);
}
