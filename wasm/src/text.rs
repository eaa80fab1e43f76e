//! Reading a JavaScript string into WASM memory as UTF-8.
//!
//! wasm-bindgen's own conversion (`JsValue::as_string`) copies a string's ASCII prefix one UTF-16
//! unit at a time in a JavaScript loop before it hands the rest to `TextEncoder.encodeInto`; on
//! payloads, which are ASCII nearly throughout, that loop was about a sixth of `lint`'s time in
//! Node (`node --cpu-prof`). `TextEncoder.encode` encodes the whole string natively, and
//! `Uint8Array::to_vec` copies the bytes into WASM memory in one call.

use js_sys::{JsString, Uint8Array};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The WHATWG Encoding Standard's `TextEncoder` (in every browser and in Node since 11).
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    /// `encode(string)`: the string as UTF-8 (a lone surrogate becomes U+FFFD, as
    /// `JsValue::as_string` does).
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, source: &JsString) -> Uint8Array;
}

thread_local! {
    static ENCODER: TextEncoder = TextEncoder::new();
}

/// The string `value` holds, as a Rust `String`; `None` when `value` is not a string.
pub(crate) fn string_of(value: &JsValue) -> Option<String> {
    let string = value.dyn_ref::<JsString>()?;
    let bytes = ENCODER.with(|encoder| encoder.encode(string)).to_vec();
    // TextEncoder always produces UTF-8; checked all the same, since nothing here may panic.
    String::from_utf8(bytes).ok()
}
