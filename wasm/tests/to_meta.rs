//! `toMeta` on the wasm target (run by wasm-bindgen-test-runner on Node, with `--features meta`):
//! translation of a request and of a bare message, the lint diagnostics of a payload with errors,
//! and bad input, which gives the diagnostics `lint` and `lintValue` give, never a panic or a thrown
//! error; only misuse of the API (a recipient missing or given where it does not belong, a payload
//! that is no LINK message, a recipient that is not a string) throws.

#![cfg(all(target_arch = "wasm32", feature = "meta"))]

use js_sys::{Array, Function, Object, Reflect, Symbol, Uint8Array};
use linkwa::Translation;
use linkwa_wasm::{lint, lint_value, to_meta};
use serde_json::{Value, json};
use tsify::Ts;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const REQUEST: &str = r#"{
  "platformId": "COMMON_API",
  "platformPartnerId": "12345",
  "priority": "NORMAL",
  "refId": "order-42",
  "source": "+46700000000",
  "destinations": ["+46 70 000 00 01", "+46700000002"],
  "messages": [
    {"type": "text", "text": {"body": "Shipped"}, "previewUrl": false},
    {"type": "image", "image": {"link": "https://example.com/a.png", "caption": "The parcel"}}
  ]
}"#;

/// A bare message with a warning (LW204 text-preview-without-url): translated all the same.
const BARE: &str = r#"{"type": "text", "text": {"body": "Hello"}, "previewUrl": true}"#;
const TO: &str = "+46700000001";

/// A JavaScript value read back through JSON, as a caller would see it serialized.
fn json_of(js: &JsValue) -> Value {
    serde_json::from_str(&js_sys::JSON::stringify(js).unwrap().as_string().unwrap()).unwrap()
}

fn translation(t: Ts<Translation>) -> Value {
    json_of(&t.js_value())
}

fn report(r: linkwa_wasm::JsReport) -> Value {
    json_of(&r)
}

fn parse(text: &str) -> JsValue {
    js_sys::JSON::parse(text).unwrap()
}

fn text(s: &str) -> JsValue {
    JsValue::from_str(s)
}

fn to(s: &str) -> Option<JsValue> {
    Some(JsValue::from_str(s))
}

/// `toMeta(input, to)`, which must not throw.
fn translate(input: JsValue, recipient: Option<JsValue>) -> Value {
    translation(to_meta(input, recipient).unwrap_or_else(|e| panic!("toMeta threw: {:?}", JsValue::from(e))))
}

/// The message of the `Error` `toMeta(input, to)` throws.
fn thrown(input: JsValue, recipient: Option<JsValue>) -> String {
    let error: JsValue = to_meta(input, recipient).expect_err("toMeta should throw").into();
    assert!(error.is_instance_of::<js_sys::Error>());
    Reflect::get(&error, &"message".into()).unwrap().as_string().unwrap()
}

fn codes(diagnostics: &Value) -> Vec<String> {
    diagnostics
        .as_array()
        .unwrap()
        .iter()
        .map(|d| format!("{} {}", d["code"].as_str().unwrap(), d["path"].as_str().unwrap()))
        .collect()
}

#[wasm_bindgen_test]
fn a_request_gives_one_body_per_destination_and_message() {
    let t = translate(text(REQUEST), None);
    let messages = t["messages"].as_array().unwrap();
    let summary: Vec<(&str, &str)> =
        messages.iter().map(|m| (m["to"].as_str().unwrap(), m["type"].as_str().unwrap())).collect();
    assert_eq!(
        summary,
        [("+46700000001", "text"), ("+46700000001", "image"), ("+46700000002", "text"), ("+46700000002", "image")],
        "destination-major"
    );
    assert_eq!(
        messages[0],
        json!({"messaging_product": "whatsapp", "recipient_type": "individual", "to": "+46700000001",
               "type": "text", "text": {"body": "Shipped", "preview_url": false}})
    );
    assert_eq!(messages[1]["image"], json!({"link": "https://example.com/a.png", "caption": "The parcel"}));
    assert_eq!(
        codes(&t["diagnostics"]),
        [
            "LW595 /destinations/0",
            "LW590 /platformId",
            "LW590 /platformPartnerId",
            "LW590 /priority",
            "LW590 /refId",
            "LW591 /source"
        ]
    );
    let note = &t["diagnostics"][0];
    assert_eq!(note["severity"], "info");
    assert!(note["line"].is_null() && note["column"].is_null(), "notes point into the request, without positions");
    let with_help = t["diagnostics"].as_array().unwrap().iter().find(|d| d["code"] == "LW591").unwrap();
    assert!(with_help["help"].is_string());
    let without_help = &t["diagnostics"][1];
    assert!(without_help["help"].is_null(), "absent help is null, as in `lint`, not undefined");
}

#[wasm_bindgen_test]
fn bodies_are_plain_objects() {
    let result = to_meta(text(REQUEST), None).unwrap().js_value();
    let messages: Array = Reflect::get(&result, &"messages".into()).unwrap().unchecked_into();
    assert!(Array::is_array(&messages));
    let body = messages.get(0);
    assert_eq!(Object::get_prototype_of(&body), Object::get_prototype_of(&Object::new()), "not a Map");
    let content = Reflect::get(&body, &"text".into()).unwrap();
    assert_eq!(Reflect::get(&content, &"body".into()).unwrap().as_string().as_deref(), Some("Shipped"));
}

#[wasm_bindgen_test]
fn a_bare_message_is_sent_to_the_recipient() {
    let t = translate(text(BARE), to(TO));
    assert_eq!(
        t["messages"],
        json!([{"messaging_product": "whatsapp", "recipient_type": "individual", "to": TO, "type": "text",
                "text": {"body": "Hello", "preview_url": true}}])
    );
    assert_eq!(t["diagnostics"], json!([]), "the translation's notes only; lint warnings are not repeated");
    let rewritten = translate(text(BARE), to("0046 70-000 00 01"));
    assert_eq!(rewritten["messages"][0]["to"], TO);
    assert_eq!(codes(&rewritten["diagnostics"]), ["LW595 "]);
    let message = rewritten["diagnostics"][0]["message"].as_str().unwrap();
    assert!(!message.contains("70"), "the number is not echoed: {message}");
}

#[wasm_bindgen_test]
fn the_recipient_is_for_bare_messages_only() {
    for missing in [None, Some(JsValue::UNDEFINED), Some(JsValue::NULL)] {
        let m = thrown(text(BARE), missing);
        assert!(m.contains("this is a bare message"), "{m}");
    }
    assert!(thrown(parse(BARE), None).contains("this is a bare message"));
    assert!(thrown(text(REQUEST), to(TO)).contains("has its own destinations"));
    for not_a_string in [JsValue::from(46_700_000_001.0), JsValue::TRUE, Object::new().into()] {
        let message = thrown(text(BARE), Some(not_a_string));
        assert!(message.contains("is a string"), "{message}");
    }
    let message = thrown(text(BARE), None);
    assert!(message.starts_with("linkwa: "), "{message}");
}

#[wasm_bindgen_test]
fn what_is_not_a_link_message_throws() {
    let cloud = r#"{"messaging_product": "whatsapp", "to": "46700000001", "type": "text", "text": {"body": "hi"}}"#;
    assert!(thrown(text(cloud), to(TO)).contains("not a LINK MessageRequest or message"));
    // An inbound notification lints clean, and is not something to send.
    let status = include_str!("../../fixtures/link/inbound/valid/status-delivered.json");
    assert_eq!(report(lint(text(status), None).unwrap())["diagnostics"], json!([]));
    assert!(thrown(text(status), to(TO)).contains("not a LINK MessageRequest or message"));
}

#[wasm_bindgen_test]
fn a_payload_with_errors_is_not_translated() {
    let broken = REQUEST.replace(r#""body": "Shipped""#, r#""body": 42"#).replace("\"NORMAL\"", "\"URGENT\"");
    for recipient in [None, to(TO)] {
        // The lint runs first: with errors, the recipient is not even looked at.
        let t = translate(text(&broken), recipient);
        assert_eq!(t["messages"], json!([]));
        assert_eq!(t["diagnostics"], report(lint(text(&broken), None).unwrap())["diagnostics"]);
        let errors: Vec<&Value> =
            t["diagnostics"].as_array().unwrap().iter().filter(|d| d["severity"] == "error").collect();
        assert_eq!(codes(&json!(errors)), ["LW006 /messages/0/text/body", "LW101 /priority"]);
        assert!(t["diagnostics"][0]["line"].is_u64(), "text keeps positions");
    }
    let bare = r#"{"type": "text", "text": {"body": "Hello", "previewUrl": true}}"#;
    let t = translate(text(bare), to(TO));
    assert_eq!((t["messages"].clone(), codes(&t["diagnostics"])), (json!([]), vec!["LW202 /text/previewUrl".into()]));
}

#[wasm_bindgen_test]
fn a_value_is_translated_as_its_text() {
    for (input, recipient) in [(REQUEST, None), (BARE, to(TO))] {
        assert_eq!(translate(parse(input), recipient.clone()), translate(text(input), recipient));
    }
    // With errors: the diagnostics of lintValue, without positions.
    let broken = REQUEST.replace(r#""body": "Shipped""#, r#""body": 42"#);
    let t = translate(parse(&broken), None);
    assert_eq!(t["messages"], json!([]));
    assert_eq!(t["diagnostics"], report(lint_value(parse(&broken), None).unwrap())["diagnostics"]);
    assert!(t["diagnostics"][0]["line"].is_null() && t["diagnostics"][0]["column"].is_null());
    // Members whose value is undefined are left out, as JSON.stringify leaves them out.
    let value = parse(BARE);
    Reflect::set(&value, &"unknown".into(), &JsValue::UNDEFINED).unwrap();
    assert_eq!(translate(value, to(TO)), translate(text(BARE), to(TO)));
}

#[wasm_bindgen_test]
fn bytes_are_read_as_utf8_text() {
    let bytes = Uint8Array::from(BARE.as_bytes());
    assert_eq!(translate(bytes.into(), to(TO)), translate(text(BARE), to(TO)));
    let latin1 = Uint8Array::from(&b"{\"type\": \"text\", \"text\": {\"body\": \"caf\xe9\"}}"[..]);
    let t = translate(latin1.clone().into(), to(TO));
    assert_eq!(t["messages"], json!([]));
    assert_eq!(t["diagnostics"], report(lint(latin1.into(), None).unwrap())["diagnostics"]);
    assert_eq!(codes(&t["diagnostics"]), ["LW002 "]);
}

#[wasm_bindgen_test]
fn bad_text_gives_the_diagnostics_of_lint() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    for bad in ["", " \n", "not json", "{", "}", "[,", "\u{feff}{}", "42", "null", "[]", "\"text\"", &deep] {
        for recipient in [None, to(TO)] {
            let t = translate(text(bad), recipient);
            assert_eq!(t["messages"], json!([]), "{bad:?}");
            let expected = report(lint(text(bad), None).unwrap())["diagnostics"].clone();
            assert!(!expected.as_array().unwrap().is_empty(), "{bad:?}");
            assert_eq!(t["diagnostics"], expected, "{bad:?}");
        }
    }
    let trailing = BARE.replace("true}", "true,}");
    assert_eq!(codes(&translate(text(&trailing), to(TO))["diagnostics"]), ["LW009 ", "LW204 /previewUrl"]);
}

#[wasm_bindgen_test]
fn bad_values_give_the_diagnostics_of_lint_value() {
    let function: JsValue = Function::new_no_args("return 1").into();
    let cyclic = parse(r#"{"type": "text", "text": {}}"#);
    Reflect::set(&Reflect::get(&cyclic, &"text".into()).unwrap(), &"body".into(), &cyclic).unwrap();
    let with_function = parse(REQUEST);
    let messages = Reflect::get(&with_function, &"messages".into()).unwrap();
    Reflect::set(&Reflect::get(&messages, &1.into()).unwrap(), &"image".into(), &function).unwrap();
    let with_symbol = parse(BARE);
    Reflect::set(&with_symbol, &"previewUrl".into(), &Symbol::for_("x").into()).unwrap();
    let mut deep = JsValue::from(1);
    for _ in 0..100_000 {
        let object = Object::new();
        Reflect::set(&object, &"a".into(), &deep).unwrap();
        deep = object.into();
    }
    let huge = js_sys::BigInt::from(u64::MAX) * js_sys::BigInt::from(4);
    for (what, value, expected) in [
        ("undefined", JsValue::UNDEFINED, vec!["LW013 "]),
        ("null", JsValue::NULL, vec!["LW014 "]),
        ("a number", JsValue::from(42), vec!["LW014 "]),
        ("NaN", JsValue::from(f64::NAN), vec!["LW014 "]),
        ("an array", Array::new().into(), vec!["LW014 "]),
        ("a boolean", JsValue::FALSE, vec!["LW014 "]),
        ("a BigInt", JsValue::from(huge), vec!["LW001 "]),
        ("a function", function.clone(), vec!["LW001 "]),
        ("a symbol", Symbol::for_("x").into(), vec!["LW001 "]),
        ("a function inside", with_function, vec!["LW001 /messages/1/image"]),
        ("a symbol inside", with_symbol, vec!["LW001 /previewUrl"]),
        ("a cycle", cyclic, vec!["LW003 /text/body/text/body/"]),
        ("100 000 levels", deep, vec!["LW003 /a/a"]),
    ] {
        for recipient in [None, to(TO)] {
            let t = translate(value.clone(), recipient);
            assert_eq!(t["messages"], json!([]), "{what}");
            let expected_report = report(lint_value(value.clone(), None).unwrap());
            assert_eq!(t["diagnostics"], expected_report["diagnostics"], "{what}");
            let found = codes(&t["diagnostics"]);
            assert_eq!(found.len(), 1, "{what}: {found:?}");
            for prefix in &expected {
                assert!(found[0].starts_with(prefix), "{what}: {found:?}");
            }
        }
    }
    // The instance is still usable afterwards.
    assert_eq!(translate(text(BARE), to(TO))["messages"][0]["type"], "text");
}

#[wasm_bindgen_test]
fn large_requests() {
    let body = "a".repeat(5 * 1024 * 1024);
    let t = translate(text(&BARE.replace("Hello", &body)), to(TO));
    assert_eq!(t["messages"], json!([]), "over the length limit of a text body");
    assert!(t["diagnostics"].as_array().unwrap().iter().all(|d| d["message"].as_str().unwrap().len() < 200));
    let destinations = (0..100).map(|i| format!("\"+467000{i:05}\"")).collect::<Vec<_>>().join(", ");
    let messages = vec![r#"{"type": "text", "text": {"body": "hi"}}"#; 100].join(", ");
    let request = REQUEST.replace(r#"["+46 70 000 00 01", "+46700000002"]"#, &format!("[{destinations}]")).replace(
        &REQUEST[REQUEST.find("[\n    {").unwrap()..REQUEST.rfind(']').unwrap() + 1],
        &format!("[{messages}]"),
    );
    let t = translate(text(&request), None);
    assert_eq!(t["messages"].as_array().unwrap().len(), 100 * 100);
    assert_eq!(t["messages"][100]["to"], "+46700000001");
}
