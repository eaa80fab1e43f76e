//! `parseInbound` on the wasm target (wasm-bindgen-test-runner on Node, with `--features
//! inbound`): one fixture of every kind decodes to what `linkwa::parse_inbound` decodes (the
//! same `{kind, document}` JSON); a text with errors gives `lint`'s diagnostics; bytes work as
//! text does, and bytes that are not UTF-8 give `LW002`; a message to send, and an argument that
//! is not text, throw. Every fixture is compared with the native build by
//! `test/parse-inbound.test.mjs`.

#![cfg(all(target_arch = "wasm32", feature = "inbound"))]

use js_sys::{Reflect, Uint8Array};
use linkwa_wasm::{InboundResult, parse_inbound};
use serde_json::Value;
use tsify::Ts;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// One fixture of every kind the gateway or Meta sends.
const RECEIVED: &[(&str, &str)] = &[
    ("messageResponse", include_str!("../../fixtures/link/inbound/valid/message-response.json")),
    ("errorResponse", include_str!("../../fixtures/link/inbound/valid/error-response.json")),
    ("status", include_str!("../../fixtures/link/inbound/valid/status-failed-meta.json")),
    ("incoming", include_str!("../../fixtures/link/inbound/valid/incoming-order.json")),
    ("incoming", include_str!("../../fixtures/link/inbound/valid/incoming-reaction-removed.json")),
    ("alternative", include_str!("../../fixtures/link/inbound/valid/alternative-media.json")),
    ("webhook", include_str!("../../fixtures/cloud/webhook/valid/address-submission.json")),
    ("webhook", include_str!("../../fixtures/cloud/webhook/valid/statuses-value.json")),
];

const INVALID: &str = include_str!("../../fixtures/link/inbound/invalid/status-message-index-invalid.json");

/// A result as JavaScript sees it, read back through JSON.
fn json_of(result: Ts<InboundResult>) -> Value {
    let text = js_sys::JSON::stringify(&result.js_value()).unwrap().as_string().unwrap();
    serde_json::from_str(&text).unwrap()
}

fn parse(input: JsValue) -> Value {
    json_of(parse_inbound(input).unwrap_or_else(|e| panic!("parseInbound threw: {:?}", JsValue::from(e))))
}

fn thrown(input: JsValue) -> String {
    let error: JsValue = parse_inbound(input).expect_err("parseInbound should throw").into();
    Reflect::get(&error, &"message".into()).unwrap().as_string().unwrap()
}

fn bytes(text: &[u8]) -> JsValue {
    Uint8Array::from(text).unchecked_into()
}

#[wasm_bindgen_test]
fn every_kind_decodes_as_the_native_decoder_decodes_it() {
    for (kind, text) in RECEIVED {
        let native = linkwa::parse_inbound(text).unwrap_or_else(|e| panic!("{kind}: {e}"));
        let expected = serde_json::to_value(&native).unwrap();
        let result = parse(JsValue::from_str(text));
        assert_eq!(result, expected, "{kind}");
        assert_eq!(result["kind"], *kind);
        assert_eq!(
            result["document"],
            serde_json::from_str::<Value>(text).unwrap(),
            "{kind}: the document as received"
        );
        assert_eq!(parse(bytes(text.as_bytes())), expected, "{kind}: from bytes");
    }
}

#[wasm_bindgen_test]
fn a_text_with_errors_gives_the_diagnostics_of_lint() {
    let result = parse(JsValue::from_str(INVALID));
    assert_eq!(result["kind"], "invalid");
    let expected = serde_json::to_value(linkwa::lint_str(INVALID).diagnostics).unwrap();
    assert_eq!(result["diagnostics"], expected);
    assert!(
        result["diagnostics"].as_array().unwrap().iter().any(|d| d["severity"] == "error" && d["line"].is_number())
    );
    let not_utf8 = parse(bytes(b"{\"resultCode\": \xff}"));
    assert_eq!(not_utf8["kind"], "invalid");
    assert_eq!(not_utf8["diagnostics"][0]["code"], "LW002");
    for broken in ["", "{", "[]", "null", "{\"resultCode\": 1e999}"] {
        assert_eq!(parse(JsValue::from_str(broken))["kind"], "invalid", "{broken:?}");
    }
}

#[wasm_bindgen_test]
fn a_message_to_send_and_a_value_that_is_not_text_throw() {
    let message = r#"{"type": "text", "text": {"body": "Hi"}}"#;
    assert_eq!(
        thrown(JsValue::from_str(message)),
        "linkwa: the document is not a response, a status notification, an incoming message or a Cloud API webhook"
    );
    assert_eq!(thrown(JsValue::from_f64(1.0)), "linkwa: parseInbound() takes a string or a Uint8Array");
    assert_eq!(thrown(JsValue::UNDEFINED), "linkwa: parseInbound() takes a string or a Uint8Array");
}
