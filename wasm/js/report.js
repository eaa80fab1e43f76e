// Builds the JavaScript objects of a lint report from the flat form src/report.rs writes: `u32`
// words in WASM memory (read in place, during this call only) and one string (`text`, every
// string of the report end to end). Building the objects here, in one call, is what makes `lint`
// fast: serde-wasm-bindgen crossed from WASM to JavaScript for every property and decoded every
// string on its own, which was a fifth of `lint`'s time in Node.
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
// Diagnostic: rule, path, message (string), line, column (optional number), help (string or
// NULL), then 0, or 1 and the fix: description (string), applicability (static), the number of
// edits, then each edit's start, end, start_utf16, end_utf16 (numbers) and replacement (string).
//
// The properties are made in the order serde gives them (the CLI's `--format json`), so that
// `JSON.stringify` of a report is the same text it was.
//
// This file is an ES module of top-level `export function`s that imports nothing: the nodejs
// build rewrites it as CommonJS (scripts/commonjs-snippets.mjs).

const NULL = 0xffffffff;
const NEW = 0x80000000;

/**
 * The state of one WASM instance: its memory, a view of it, and the tables of what was sent.
 * @param {WebAssembly.Memory} memory
 */
export function linkwaReportState(memory) {
  return { memory, view: new Uint32Array(0), rules: [], statics: [] };
}

// The report being read (module state rather than closures: nothing is allocated per call but
// the report itself).
let words;
let text;
let state;
let i;
let at;

/**
 * @param {ReturnType<typeof linkwaReportState>} instance
 * @param {number} wordsAt the index of the first word in memory, as 32-bit words
 * @param {string | undefined} flatText `undefined` when empty
 */
export function linkwaReport(instance, wordsAt, flatText) {
  // A view of memory is detached (length 0) when the memory grows: made again then.
  if (instance.view.length === 0) instance.view = new Uint32Array(instance.memory.buffer);
  state = instance;
  words = instance.view;
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
  const help = nullable();
  const d = { code: r.code, name: r.name, severity: r.severity, path, message, line, column, source: r.source, help };
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
