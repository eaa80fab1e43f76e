//! Messages and help never echo what a payload carries (bodies, captions, codes, phone numbers):
//! a value is shown as a boolean, a number, an enumeration word, or a quote cut to 40 characters.
//!
//! The oracles: every string of every fixture is replaced by 41 characters of padding followed by
//! a planted secret (a message or help that contains the secret copied more than a cut quote);
//! and, since a cut quote shows a short value whole, every phone field gets a short phone number
//! and every body, caption and text a short text, which no message or help may show at all.

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

/// A phone number and a body short enough that a cut quote would show them whole.
const SHORT_PHONE: &str = "+4790012345";
const SHORT_BODY: &str = "Hi Ada 7431";

/// Members that hold phone numbers, in either dialect (the recipient, the sender, a contact's
/// phone, a webhook's `wa_id`).
const PHONE_FIELDS: &[&str] = &[
    "to",
    "from",
    "source",
    "destination",
    "destinations",
    "recipient",
    "phone",
    "phone_number",
    "phoneNumber",
    "display_phone_number",
    "wa_id",
    "waId",
];

/// Members that hold what a person wrote.
const TEXT_FIELDS: &[&str] = &["body", "caption", "text", "footer", "title", "description"];

/// `value` with every string of a phone field set to [`SHORT_PHONE`] and every string of a text
/// field to [`SHORT_BODY`]; returns how many were planted.
fn plant_short(value: &mut Value) -> usize {
    match value {
        Value::Array(items) => items.iter_mut().map(plant_short).sum(),
        Value::Object(map) => {
            let mut planted = 0;
            for (key, member) in map.iter_mut() {
                let secret = if PHONE_FIELDS.contains(&key.as_str()) {
                    Some(SHORT_PHONE)
                } else if TEXT_FIELDS.contains(&key.as_str()) {
                    Some(SHORT_BODY)
                } else {
                    None
                };
                match (secret, &mut *member) {
                    (Some(secret), Value::String(s)) => {
                        *s = secret.to_owned();
                        planted += 1;
                    }
                    (Some(secret), Value::Array(items)) if items.iter().all(Value::is_string) => {
                        items.iter_mut().for_each(|s| *s = Value::from(secret));
                        planted += items.len();
                    }
                    _ => planted += plant_short(member),
                }
            }
            planted
        }
        _ => 0,
    }
}

#[test]
fn no_message_or_help_shows_a_short_phone_number_or_body() {
    let mut planted = 0;
    for file in common::json_files_below(&common::root()) {
        let Ok(mut value) = serde_json::from_slice::<Value>(&std::fs::read(&file).unwrap()) else { continue };
        planted += plant_short(&mut value);
        let options = common::options_for(&file);
        let text = serde_json::to_string_pretty(&value).unwrap();
        for d in [lint_value_with(&value, &options), lint_str_with(&text, &options)].iter().flat_map(|r| &r.diagnostics)
        {
            for secret in [SHORT_PHONE, SHORT_BODY] {
                let shown = |s: &str| s.contains(secret) || s.contains(&secret[1..]);
                assert!(!shown(&d.message), "{}: {} message shows {secret}: {}", file.display(), d.code, d.message);
                assert!(!d.help.as_deref().is_some_and(shown), "{}: {} help shows {secret}", file.display(), d.code);
            }
        }
    }
    assert!(planted > 1000, "only {planted} values were planted");
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
