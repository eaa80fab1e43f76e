//! Reading a JavaScript string into WASM memory as UTF-8.
//!
//! wasm-bindgen's own conversion (`JsValue::as_string`) copies a string's ASCII prefix one UTF-16
//! unit at a time in a JavaScript loop before it hands the rest to `TextEncoder.encodeInto`; on
//! payloads, which are ASCII nearly throughout, that loop was about a sixth of `lint`'s time in
//! Node (`node --cpu-prof`). Here `TextEncoder.encodeInto` writes the whole string, natively,
//! straight into a buffer in WASM memory: no JavaScript loop, and no intermediate `Uint8Array`
//! (`TextEncoder.encode` and a copy, which this replaced, were another 8 % of `lint`'s time).

use js_sys::{JsString, Uint8Array};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The WHATWG Encoding Standard's `TextEncoder` (in every browser and in Node since 11).
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    /// `encodeInto(string, destination)`: the string as UTF-8 (a lone surrogate becomes U+FFFD)
    /// written into `destination`; `written` is the number of bytes.
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &TextEncoder, source: &JsString, destination: &Uint8Array) -> EncodeIntoResult;
    type EncodeIntoResult;
    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodeIntoResult) -> u32;
}

thread_local! {
    static ENCODER: TextEncoder = TextEncoder::new();
    /// The buffer strings are written into, kept from call to call (one allocation less per
    /// call); [`KEPT`] bytes at most are kept.
    static BUFFER: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

/// The largest buffer kept for the next call: 1 MiB.
const KEPT: usize = 1 << 20;

/// `f` of the string `value` holds, as UTF-8; `None` when `value` is not a string.
pub(crate) fn with_str<R>(value: &JsValue, f: impl FnOnce(&str) -> R) -> Option<R> {
    let string = value.dyn_ref::<JsString>()?;
    // A UTF-16 unit takes at most three bytes of UTF-8 (a surrogate pair, two units, four).
    let capacity = (string.length() as usize).saturating_mul(3);
    let mut bytes = BUFFER.take();
    bytes.clear();
    bytes.reserve(capacity);
    let written = ENCODER.with(|encoder| {
        // SAFETY: the view covers exactly the vector's spare capacity, `capacity` bytes from its
        // start (its length is 0), and is used only by the call below, before anything can
        // allocate (and so grow, and move, WASM memory).
        let view = unsafe { Uint8Array::view_mut_raw(bytes.as_mut_ptr(), capacity) };
        encoder.encode_into(string, &view).written() as usize
    });
    // SAFETY: `encodeInto` initialised the first `written` bytes, and writes at most the view's
    // length (`min` keeps that true whatever the host returns).
    unsafe { bytes.set_len(written.min(capacity)) };
    // SAFETY: `encodeInto` writes UTF-8 (WHATWG Encoding Standard: the string's scalar values,
    // a lone surrogate as U+FFFD), and only whole characters: when the destination is full it
    // stops before the character that does not fit. wasm-bindgen trusts the host in the same way
    // for every string it passes. (Validating again was 1 % of `lint`'s time in Node.)
    let result = Some(f(unsafe { std::str::from_utf8_unchecked(&bytes) }));
    if bytes.capacity() <= KEPT {
        BUFFER.set(bytes);
    }
    result
}
