// The JavaScript half of what crosses between JavaScript and the WASM module, in as few calls as
// possible (each crossing costs about a tenth of a microsecond):
//
// - text in (src/text.rs): a string written into WASM memory as UTF-8, in two calls from WASM
//   (the string's length, then `encodeInto`), where bindings to each JavaScript method made five
//   (is it a string, its length, a view of the memory, `encodeInto`, `written`);
// - reports out (src/report.rs): a lint report's objects built from the flat form Rust writes,
//   in one call, where serde-wasm-bindgen crossed for every property and decoded every string on
//   its own (a fifth of `lint`'s time in Node).
//
// Both use the state of the WASM instance (`linkwaState`, held by src/bridge.rs): its memory, views
// of it kept from call to call, and the tables of what reports have sent.
//
// This file is an ES module of top-level `export function`s that imports nothing: the nodejs
// build rewrites it as CommonJS (scripts/commonjs-snippets.mjs).

/**
 * The state of one WASM instance: its memory, views of it, and the tables of what was sent.
 * @param {WebAssembly.Memory} memory
 */
export function linkwaState(memory) {
  return { memory, bytes: new Uint8Array(0), words: new Uint32Array(0), rules: [], statics: [] };
}

/**
 * Makes the state's views of memory again when they are detached (length 0), which they are
 * from the start and whenever the memory has grown.
 * @param {ReturnType<typeof linkwaState>} state
 */
function views(state) {
  if (state.bytes.length === 0) {
    state.bytes = new Uint8Array(state.memory.buffer);
    state.words = new Uint32Array(state.memory.buffer);
  }
}

// Text in.

const encoder = new TextEncoder();

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
 * @param {ReturnType<typeof linkwaState>} state
 * @param {string} string
 * @param {number} at
 * @param {number} capacity
 */
export function linkwaEncodeInto(state, string, at, capacity) {
  views(state);
  return encoder.encodeInto(string, state.bytes.subarray(at, at + capacity)).written;
}

// Reports out.
//
// A lint report's flat form: `u32` words in WASM memory (read in place, during the call only)
// and one string (`text`, every string of the report end to end).
//
// The form (src/report.rs is its writer):
// - a string is the word of its end in `text`, in UTF-16 code units; it starts where the
//   previous string ended. NULL (0xFFFFFFFF) is `null` and takes no text;
// - a rule (code, name, severity and source) is its id in the state's `rules`, or, the first
//   time it is sent, its id with the high bit set followed by its four strings (then it is stored
//   there); a static string (dialect, applicability) is the same with one string and `statics`;
// - a number is its word; an optional number is NULL for `null`.
//
// Report: dialect (static), the diagnostics (a count, then each), then 0, or 1 and the
// `templates` diagnostics (a count, then each).
// Diagnostic: rule, path, message (string), line, column, start, end, start_utf16, end_utf16
// (optional numbers), help (string or NULL), then 0, or 1 and the fix: description (string), applicability (static), the number of
// edits, then each edit's start, end, start_utf16, end_utf16 (numbers) and replacement (string).
//
// The properties are made in the order serde gives them (the CLI's `--format json`), so that
// `JSON.stringify` of a report is the same text it was.

const NULL = 0xffffffff;
const NEW = 0x80000000;

// The report being read (module state rather than closures: nothing is allocated per call but
// the report itself).
let words;
let text;
let state;
let i;
let at;

/**
 * The report's objects.
 * @param {ReturnType<typeof linkwaState>} instance
 * @param {number} wordsAt the index of the first word in memory, as 32-bit words
 * @param {string | undefined} flatText `undefined` when empty
 */
export function linkwaReport(instance, wordsAt, flatText) {
  views(instance);
  state = instance;
  words = instance.words;
  text = flatText ?? '';
  i = wordsAt;
  at = 0;
  const dialect = interned();
  const diagnostics = list();
  const report = words[i++] === 1 ? { dialect, diagnostics, templates: list() } : { dialect, diagnostics };
  words = undefined;
  state = undefined;
  return report;
}

function string() {
  const end = words[i++];
  const s = text.substring(at, end);
  at = end;
  return s;
}

function nullable() {
  if (words[i] !== NULL) return string();
  i++;
  return null;
}

function number() {
  const w = words[i++];
  return w === NULL ? null : w;
}

function interned() {
  const w = words[i++];
  if (w < NEW) return state.statics[w];
  const s = string();
  state.statics[w - NEW] = s;
  return s;
}

function rule() {
  const w = words[i++];
  if (w < NEW) return state.rules[w];
  const r = { code: string(), name: string(), severity: string(), source: string() };
  state.rules[w - NEW] = r;
  return r;
}

function list() {
  const all = [];
  for (let k = words[i++]; k > 0; k--) all.push(diagnostic());
  return all;
}

function diagnostic() {
  const r = rule();
  const path = string();
  const message = string();
  const line = number();
  const column = number();
  const start = number();
  const end = number();
  const start_utf16 = number();
  const end_utf16 = number();
  const help = nullable();
  const d = {
    code: r.code,
    name: r.name,
    severity: r.severity,
    path,
    message,
    line,
    column,
    start,
    end,
    start_utf16,
    end_utf16,
    source: r.source,
    help,
  };
  if (words[i++] === 1) {
    const description = string();
    const applicability = interned();
    const edits = [];
    for (let e = words[i++]; e > 0; e--) edits.push(edit());
    d.fix = { description, applicability, edits };
  }
  return d;
}

function edit() {
  const start = words[i++];
  const end = words[i++];
  const start_utf16 = words[i++];
  const end_utf16 = words[i++];
  return { start, end, start_utf16, end_utf16, replacement: string() };
}
