// Writes a JavaScript string into WASM memory as UTF-8 (src/text.rs): two calls from WASM, one for
// the string's length and one to write it, where wasm-bindgen's bindings made four (is it a
// string, its length, a view of the memory, `encodeInto`), each a crossing of about a tenth of a
// microsecond. The view of the memory is kept from call to call.
//
// This file is an ES module of top-level `export function`s that imports nothing: the nodejs
// build rewrites it as CommonJS (scripts/commonjs-snippets.mjs).

const encoder = new TextEncoder();

/**
 * The state of one WASM instance: its memory and a view of it.
 * @param {WebAssembly.Memory} memory
 */
export function linkwaTextState(memory) {
  return { memory, bytes: new Uint8Array(0) };
}

/**
 * The length of `value` in UTF-16 code units, or -1 when it is not a string.
 * @param {unknown} value
 */
export function linkwaStringLength(value) {
  return typeof value === 'string' ? value.length : -1;
}

/**
 * Writes `string` as UTF-8 (a lone surrogate as U+FFFD) into `capacity` bytes of memory from
 * address `at`; returns the number of bytes written.
 * @param {ReturnType<typeof linkwaTextState>} state
 * @param {string} string
 * @param {number} at
 * @param {number} capacity
 */
export function linkwaEncodeInto(state, string, at, capacity) {
  // A view of memory is detached (length 0) when the memory grows: made again then.
  if (state.bytes.length === 0) state.bytes = new Uint8Array(state.memory.buffer);
  return encoder.encodeInto(string, state.bytes.subarray(at, at + capacity)).written;
}
