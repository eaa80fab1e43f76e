//! The state the JavaScript half of the bindings (`js/bridge.js`) keeps for this instance: its
//! WASM memory, views of that memory kept from call to call, and the tables of what reports have
//! sent (see `report.rs`). `text.rs` and `report.rs` pass it to their calls. A module that is
//! re-instantiated after a trap (`scripts/guard.mjs`) makes a state of its own.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/bridge.js")]
extern "C" {
    /// A state object for `memory`, this instance's WASM memory.
    #[wasm_bindgen(js_name = linkwaState)]
    fn state(memory: &JsValue) -> JsValue;
}

thread_local! {
    static STATE: JsValue = state(&wasm_bindgen::memory());
}

/// `f` of this instance's state object.
pub(crate) fn with_state<R>(f: impl FnOnce(&JsValue) -> R) -> R {
    STATE.with(f)
}

/// The most bytes a buffer kept from call to call for the next one may hold: 1 MiB (a larger one,
/// made for a large document, is dropped after the call).
pub(crate) const KEPT: usize = 1 << 20;
