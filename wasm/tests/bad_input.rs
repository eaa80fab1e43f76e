//! Bad input through the exported functions, on the wasm target (run by wasm-bindgen-test-runner
//! on Node): every payload gives diagnostics, never a panic or a thrown error; only misuse of the
//! API (bad options, a `lint` argument that is not text) throws.

#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Function, Object, Reflect, Symbol, Uint8Array};
use linkwa_wasm::JsReport;
use linkwa_wasm::{lint, lint_value, version};
use tsify::Ts;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// The report as JavaScript sees it, read back through JSON.
fn json(report: JsReport) -> serde_json::Value {
    let text = js_sys::JSON::stringify(&report).unwrap().as_string().unwrap();
    serde_json::from_str(&text).unwrap()
}

/// `code path` of every diagnostic.
fn codes(report: JsReport) -> Vec<String> {
    json(report)["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| format!("{} {}", d["code"].as_str().unwrap(), d["path"].as_str().unwrap()))
        .collect()
}

fn lint_text(text: &str) -> Vec<String> {
    codes(lint(JsValue::from_str(text), None).unwrap())
}

fn lint_js(value: &JsValue) -> Vec<String> {
    codes(lint_value(value.clone(), None).unwrap())
}

fn parse(text: &str) -> JsValue {
    js_sys::JSON::parse(text).unwrap()
}

fn options(text: &str) -> Option<Ts<linkwa_wasm::LintOptions>> {
    Some(Ts::new_unchecked(parse(text)))
}

#[wasm_bindgen_test]
fn non_json_text_is_a_diagnostic() {
    for text in ["not json", "{", "}", "{\"a\": \"unterminated", "\u{feff}{}", "{\"type\": \"text\"} {}", "[,"] {
        let found = lint_text(text);
        assert!(!found.is_empty(), "{text:?}");
    }
    assert_eq!(lint_text(""), ["LW013 "]);
    assert_eq!(lint_text(" \n\t "), ["LW013 "]);
    assert_eq!(lint_text("{\"type\": \"text\", \"text\": {\"body\": 42},}"), ["LW009 ", "LW006 /text/body"]);
}

#[wasm_bindgen_test]
fn a_diagnostic_has_every_field_of_the_cli_json() {
    let report =
        json(lint(JsValue::from_str("{\n  \"type\": \"text\",\n  \"text\": {\"body\": 42}\n}"), None).unwrap());
    let d = &report["diagnostics"][0];
    let mut keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "code",
            "column",
            "end",
            "end_utf16",
            "help",
            "line",
            "message",
            "name",
            "path",
            "severity",
            "source",
            "start",
            "start_utf16"
        ]
    );
    assert_eq!((d["start"].as_u64(), d["end"].as_u64(), d["end_utf16"].as_u64()), (Some(39), Some(41), Some(41)));
    assert_eq!((d["code"].as_str(), d["severity"].as_str()), (Some("LW006"), Some("error")));
    assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(3), Some(20)));
    assert!(d["help"].is_null(), "absent help is null, as in the CLI's JSON, not undefined");
}

#[wasm_bindgen_test]
fn deep_nesting_in_text() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    assert_eq!(lint_text(&deep), ["LW003 "]);
    assert_eq!(lint_text(&"[".repeat(100_000)), ["LW003 "]);
    assert_eq!(lint_text(&r#"{"a":"#.repeat(100_000)), ["LW003 "]);
    // Past serde_json's limit and up to the lenient parser's (512): the recovering path.
    let lenient = "[".repeat(500) + "1," + &"]".repeat(500);
    assert!(!lint_text(&lenient).is_empty());
    let after_error = "[,".to_owned() + &"[".repeat(100_000);
    assert!(!lint_text(&after_error).is_empty());
}

#[wasm_bindgen_test]
fn invalid_utf8_bytes() {
    let bytes = Uint8Array::from(&b"{\"type\": \"text\",\n \"text\": {\"body\": \"caf\xe9\"}}"[..]);
    assert_eq!(codes(lint(bytes.into(), None).unwrap()), ["LW002 "]);
    let valid = Uint8Array::from(&b"{\"type\": \"text\", \"text\": {\"body\": 42}}"[..]);
    assert_eq!(codes(lint(valid.into(), None).unwrap()), ["LW006 /text/body"]);
}

#[wasm_bindgen_test]
fn lint_of_something_else_than_text_throws() {
    for value in [JsValue::UNDEFINED, JsValue::NULL, JsValue::from(42), Object::new().into()] {
        assert!(lint(value, None).is_err());
    }
}

#[wasm_bindgen_test]
fn undefined_is_an_empty_document() {
    assert_eq!(lint_js(&JsValue::UNDEFINED), ["LW013 "]);
}

#[wasm_bindgen_test]
fn scalars_and_arrays_are_not_documents() {
    for value in [
        JsValue::NULL,
        JsValue::from(42),
        JsValue::from(-0.5),
        JsValue::from(f64::NAN),
        JsValue::from(f64::INFINITY),
        JsValue::from_str("{\"type\": \"text\"}"),
        JsValue::TRUE,
        Array::new().into(),
        JsValue::from(js_sys::BigInt::from(7)),
    ] {
        assert_eq!(lint_js(&value), ["LW014 "], "{value:?}");
    }
}

#[wasm_bindgen_test]
fn functions_symbols_and_binary_are_not_json() {
    let function = Function::new_no_args("return 1");
    assert_eq!(lint_js(&function), ["LW001 "]);
    assert_eq!(lint_js(&Symbol::for_("x").into()), ["LW001 "]);
    let nested = parse(r#"{"type": "text", "text": {"body": "hi"}, "messages": [1, {"a": 2}]}"#);
    let inner = Reflect::get(&Reflect::get(&nested, &"messages".into()).unwrap(), &1.into()).unwrap();
    Reflect::set(&inner, &"a/b~".into(), &function).unwrap();
    let report = json(lint_value(nested, None).unwrap());
    let d = &report["diagnostics"][0];
    assert_eq!(report["diagnostics"].as_array().unwrap().len(), 1);
    assert_eq!(d["code"], "LW001");
    assert_eq!(d["path"], "/messages/1/a~1b~0", "path of the function, escaped per RFC 6901");
    assert_eq!(d["message"], "the value is a function, which JSON cannot represent");
    assert!(d["line"].is_null() && d["column"].is_null());
    let bytes = parse(r#"{"type": "text"}"#);
    Reflect::set(&bytes, &"text".into(), &Uint8Array::new_with_length(3)).unwrap();
    assert_eq!(lint_js(&bytes), ["LW001 /text"]);
    let huge = js_sys::BigInt::from(u64::MAX) * js_sys::BigInt::from(4);
    let big = parse(r#"{"type": "text", "text": {}}"#);
    Reflect::set(&Reflect::get(&big, &"text".into()).unwrap(), &"body".into(), &huge).unwrap();
    assert_eq!(lint_js(&big), ["LW001 /text/body"]);
}

#[wasm_bindgen_test]
fn an_object_that_contains_itself() {
    let cyclic = parse(r#"{"type": "text", "text": {}}"#);
    let text = Reflect::get(&cyclic, &"text".into()).unwrap();
    Reflect::set(&text, &"body".into(), &cyclic).unwrap();
    let found = lint_js(&cyclic);
    assert_eq!(found.len(), 1);
    assert!(found[0].starts_with("LW003 /text/body/text/body/"), "{found:?}");
    // The instance is still usable afterwards.
    assert_eq!(lint_js(&parse(r#"{"type": "text", "text": {"body": 42}}"#)), ["LW006 /text/body"]);
}

#[wasm_bindgen_test]
fn nesting_limit_is_the_text_limit() {
    for depth in [126, 127, 128, 129, 100_000] {
        let text = r#"{"a":"#.repeat(depth) + "1" + &"}".repeat(depth);
        let from_text = lint_text(&text).into_iter().map(|c| c[..5].to_owned()).collect::<Vec<_>>();
        // JSON.parse itself overflows the JS stack long before 100 000 levels: build it in code.
        let mut value = JsValue::from(1);
        for _ in 0..depth {
            let object = Object::new();
            Reflect::set(&object, &"a".into(), &value).unwrap();
            value = object.into();
        }
        let from_value = lint_js(&value).into_iter().map(|c| c[..5].to_owned()).collect::<Vec<_>>();
        assert_eq!(from_text, from_value, "depth {depth}");
    }
}

#[wasm_bindgen_test]
fn undefined_members_are_left_out_as_json_stringify_does() {
    let value = parse(r#"{"type": "text", "text": {"body": "hi"}}"#);
    assert!(lint_js(&value).is_empty());
    Reflect::set(&value, &"previewUrl".into(), &JsValue::UNDEFINED).unwrap();
    assert!(lint_js(&value).is_empty(), "an undefined member is not sent");
    Reflect::set(&value, &"previewUrl".into(), &JsValue::NULL).unwrap();
    assert_eq!(lint_js(&value), ["LW006 /previewUrl"], "null is");
    // In an array, undefined is null (JSON.stringify writes null), and so are NaN and Infinity.
    let array = parse(r#"{"messages": [], "destinations": []}"#);
    let messages: Array = Reflect::get(&array, &"messages".into()).unwrap().unchecked_into();
    messages.push(&JsValue::UNDEFINED);
    messages.push(&JsValue::from(f64::NAN));
    let nulls = parse(r#"{"messages": [null, null], "destinations": []}"#);
    let found = json(lint_value(array, None).unwrap());
    assert_eq!(found, json(lint_value(nulls, None).unwrap()));
    assert!(found["diagnostics"].to_string().contains("found null"), "{found}");
}

#[wasm_bindgen_test]
fn lint_value_agrees_with_lint_on_parsed_text() {
    let text = r#"{"type": "text", "text": {"body": 42, "previewUrl": "yes"}, "unknown": 1}"#;
    assert_eq!(lint_js(&parse(text)), lint_text(text));
}

#[wasm_bindgen_test]
fn lint_options() {
    let text = || JsValue::from_str(r#"{"type": "text", "text": {"body": "hi"}}"#);
    for good in [
        r#"{}"#,
        r#"{"dialect": "auto"}"#,
        r#"{"dialect": "link"}"#,
        r#"{"dialect": "cloud"}"#,
        r#"{"media": "any"}"#,
        r#"{"dialect": "link", "media": "link-only"}"#,
    ] {
        assert!(lint(text(), options(good)).is_ok(), "{good}");
        assert!(lint_value(parse("{}"), options(good)).is_ok(), "{good}");
    }
    assert!(lint(text(), Some(Ts::new_unchecked(JsValue::NULL))).is_ok(), "null is the defaults");
    for bad in [
        r#"{"dialect": "meta"}"#,
        r#"{"dialect": 1}"#,
        r#"{"dialekt": "link"}"#,
        r#"{"media": "ids"}"#,
        r#"{"media": "link_only"}"#,
        r#""link""#,
        "[]",
    ] {
        assert!(lint(text(), options(bad)).is_err(), "{bad}");
        assert!(lint_value(parse("{}"), options(bad)).is_err(), "{bad}");
    }
    let error = lint(text(), options(r#"{"dialect": "meta"}"#)).err().unwrap();
    let error: JsValue = error.into();
    let message = Reflect::get(&error, &"message".into()).unwrap().as_string().unwrap();
    assert!(message.contains("unknown variant `meta`"), "{message}");
    assert!(error.is_instance_of::<js_sys::Error>());
}

#[wasm_bindgen_test]
fn options_reach_the_core() {
    let media = r#"{"type": "image", "image": {"id": "1234"}}"#;
    let any = lint_text(media);
    let link_only = codes(lint(JsValue::from_str(media), options(r#"{"media": "link-only"}"#)).unwrap());
    assert_ne!(any, link_only, "link-only refuses media ids");
    let cloud = r#"{"messaging_product": "whatsapp", "to": "46700000001", "type": "text", "text": {"body": "hi"}}"#;
    for report in [lint(JsValue::from_str(cloud), None).unwrap(), lint_value(parse(cloud), None).unwrap()] {
        assert_eq!(json(report)["dialect"], "cloud", "auto tells the Cloud API by messaging_product");
    }
    let forced = json(lint(JsValue::from_str(cloud), options(r#"{"dialect": "link"}"#)).unwrap());
    assert_eq!(forced["dialect"], "link");
    let unreadable = json(lint_value(JsValue::UNDEFINED, options(r#"{"dialect": "cloud"}"#)).unwrap());
    assert_eq!(unreadable["dialect"], "cloud", "the dialect asked for, as for unreadable text");
}

#[wasm_bindgen_test]
fn version_and_registered_codes() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
    // The codes the adapter reports itself are registered.
    for code in ["LW001", "LW003", "LW013"] {
        assert!(linkwa::rules::registry::find(code).is_some(), "{code}");
    }
}

#[wasm_bindgen_test]
fn a_fifty_megabyte_string_and_ten_thousand_messages() {
    let body = "a".repeat(50 * 1024 * 1024);
    let report =
        json(lint(JsValue::from_str(&format!(r#"{{"type": "text", "text": {{"body": "{body}"}}}}"#)), None).unwrap());
    let diagnostics = report["diagnostics"].as_array().unwrap();
    assert!(diagnostics.iter().all(|d| d["message"].as_str().unwrap().len() < 200), "messages do not echo the body");
    let message = r#"{"type": "template", "template": {"name": "t", "language": {"code": "en"}, "components": []}}"#;
    let messages = vec![message; 10_000].join(",").replace(r#""type": "template""#, r#""type": "templates""#);
    let text = format!(
        r#"{{"platformId": "p", "platformPartnerId": "pp", "refId": "r", "priority": "NORMAL",
        "source": "+46700000000", "destinations": ["+46700000001"], "messages": [{messages}]}}"#
    );
    assert_eq!(lint_text(&text).len(), 10_000);
    assert_eq!(lint_js(&parse(&text)).len(), 10_000);
}

#[wasm_bindgen_test]
fn text_before_a_url_scheme_does_not_trap() {
    // Issue 13, D1: any non-ASCII character right before `://` panicked (a trap in WASM).
    for body in ["詳細はhttps://example.jp/sale", "Deals 👉https://shop.example.com/offers", "é://x"] {
        let text = serde_json::json!({"type": "text", "text": {"body": body}}).to_string();
        assert_eq!(lint_text(&text), Vec::<String>::new(), "{body}");
    }
}
