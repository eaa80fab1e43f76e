//! Messages and help never echo what a payload carries (bodies, captions, codes, phone numbers):
//! a value is shown as a boolean, a number, an enumeration word, or a quote cut to 40 characters.
//!
//! The oracle: every string of every fixture is replaced by 41 characters of padding followed by
//! a planted secret. A message or help that contains the secret copied more than a cut quote.

mod common;

use linkwa::{lint_str_with, lint_value_with};
use serde_json::Value;

const SECRET: &str = "SECRET-482913-+4790012345";

fn planted() -> String {
    format!("{}{SECRET}", "p".repeat(41))
}

/// `value` with every string (members' values and array elements, not member names) planted.
fn plant(value: &mut Value) {
    match value {
        Value::String(s) => *s = planted(),
        Value::Array(items) => items.iter_mut().for_each(plant),
        Value::Object(map) => map.values_mut().for_each(plant),
        _ => {}
    }
}

/// `value` with every member name planted (a second copy of each object's members, renamed).
fn plant_keys(value: &mut Value) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(plant_keys),
        Value::Object(map) => {
            map.values_mut().for_each(plant_keys);
            let renamed: Vec<(String, Value)> =
                map.iter().map(|(k, v)| (format!("{}{k}{SECRET}", "k".repeat(41)), v.clone())).collect();
            map.extend(renamed);
        }
        _ => {}
    }
}

fn assert_no_secret(file: &std::path::Path, value: &Value) {
    let options = common::options_for(file);
    let text = serde_json::to_string_pretty(value).unwrap();
    let reports = [lint_value_with(value, &options), lint_str_with(&text, &options)];
    for d in reports.iter().flat_map(|r| &r.diagnostics) {
        assert!(!d.message.contains(SECRET), "{}: {} message echoes the value: {}", file.display(), d.code, d.message);
        if let Some(help) = &d.help {
            assert!(!help.contains(SECRET), "{}: {} help echoes the value: {help}", file.display(), d.code);
        }
    }
}

#[test]
fn no_message_or_help_echoes_a_planted_value() {
    let mut checked = 0;
    for file in common::json_files_below(&common::root()) {
        let Ok(original) = serde_json::from_slice::<Value>(&std::fs::read(&file).unwrap()) else { continue };
        let mut values = original.clone();
        plant(&mut values);
        assert_no_secret(&file, &values);
        let mut keys = original;
        plant_keys(&mut keys);
        assert_no_secret(&file, &keys);
        checked += 1;
    }
    assert!(checked > 500, "only {checked} fixtures were read");
}
