//! Reading a JavaScript string into WASM memory as UTF-8.
//!
//! wasm-bindgen's own conversion (`JsValue::as_string`) copies a string's ASCII prefix one UTF-16
//! unit at a time in a JavaScript loop before it hands the rest to `TextEncoder.encodeInto`; on
//! payloads, which are ASCII nearly throughout, that loop was about a sixth of `lint`'s time in
//! Node (`node --cpu-prof`). Here `TextEncoder.encodeInto` writes the whole string, natively,
//! straight into a buffer in WASM memory: no JavaScript loop, and no intermediate `Uint8Array`
//! (`TextEncoder.encode` and a copy, which this replaced, were another 8 % of `lint`'s time).
//! `js/bridge.js` does it in two calls from WASM (the length, then the writing), where bindings
//! to each JavaScript method made five.

use crate::bridge::{KEPT, with_state};
use std::cell::Cell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/bridge.js")]
extern "C" {
    /// The length of `value` in UTF-16 code units, or -1 when it is not a string.
    #[wasm_bindgen(js_name = linkwaStringLength)]
    fn string_length(value: &JsValue) -> f64;
    /// Writes the string `string` as UTF-8 (the WHATWG Encoding Standard's
    /// `TextEncoder.encodeInto`: a lone surrogate becomes U+FFFD) into `capacity` bytes of memory
    /// from address `at`; the number of bytes written.
    #[wasm_bindgen(js_name = linkwaEncodeInto)]
    fn encode_into(state: &JsValue, string: &JsValue, at: u32, capacity: u32) -> u32;
}

thread_local! {
    /// The buffer strings are written into, kept from call to call (one allocation less per
    /// call); [`KEPT`] bytes at most are kept.
    static BUFFER: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
}

/// `f` of the string `value` holds, as UTF-8; `None` when `value` is not a string.
pub(crate) fn with_str<R>(value: &JsValue, f: impl FnOnce(&str) -> R) -> Option<R> {
    let length = string_length(value);
    if length < 0.0 {
        return None;
    }
    // A UTF-16 unit takes at most three bytes of UTF-8 (a surrogate pair, two units, four). A
    // string longer than WASM memory could hold cannot be written: it is no string here either
    // (JavaScript strings are at most 2^29 - 24 units in V8, which fits).
    let capacity = u32::try_from(length as u64 * 3).ok()?;
    let mut bytes = BUFFER.take();
    bytes.clear();
    bytes.reserve(capacity as usize);
    let at = u32::try_from(bytes.as_mut_ptr() as usize).unwrap_or(0);
    // Nothing allocates between `reserve` and the end of the call, so the buffer stays where it
    // is while JavaScript writes into it, within its capacity.
    let written = with_state(|state| encode_into(state, value, at, capacity));
    // SAFETY: `encodeInto` initialised the first `written` bytes of the buffer's capacity, and
    // writes at most `capacity` bytes (`min` keeps that true whatever the host returns).
    unsafe { bytes.set_len((written as usize).min(capacity as usize)) };
    // SAFETY: `encodeInto` writes UTF-8 (WHATWG Encoding Standard: the string's scalar values,
    // a lone surrogate as U+FFFD), and only whole characters: when the destination is full it
    // stops before the character that does not fit. wasm-bindgen trusts the host in the same way
    // for every string it passes. (Validating again was 1 % of `lint`'s time in Node.)
    let result = f(unsafe { std::str::from_utf8_unchecked(&bytes) });
    if bytes.capacity() <= KEPT {
        BUFFER.set(bytes);
    }
    Some(result)
}
