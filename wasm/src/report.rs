//! Lint reports handed to JavaScript in one call.
//!
//! serde-wasm-bindgen builds a report by crossing from WASM to JavaScript for every object and
//! property it makes and by decoding every string on its own: about 3 µs per diagnostic, a fifth
//! of `lint`'s time in Node on the fixture corpus. Here the report is written flat, into `u32`
//! words in WASM memory and one string holding all of its strings end to end, and `js/bridge.js`
//! builds the same objects from them in one call (one `TextDecoder` call for the strings, which
//! are then `substring`s of it; the words read in place, through a view of the memory kept from
//! call to call).
//!
//! The form is described in `js/bridge.js`, which reads it; [`Flat`] writes it. What is static
//! (a rule's code, name, severity and source; the dialect; a fix's applicability) is sent once
//! per instance and then named by an id: the ids are kept here ([`Kept`]), the JavaScript tables
//! in the instance's state (`bridge.rs`), so a module that is re-instantiated after a trap
//! (`scripts/guard.mjs`) starts with empty tables on both sides.
//!
//! The objects are those serde makes of [`linkwa::Report`] (with `missing_as_null`: `line`,
//! `column`, the offsets `start`, `end`, `start_utf16`, `end_utf16` and `help` are `null` when
//! unknown, `fix` is absent when there is none), property
//! for property and in the same order; `test/fixtures.test.mjs` compares every fixture's report
//! with the CLI's `--format json`.

use crate::bridge::{KEPT, with_state};
use linkwa::{Diagnostic, Report, Severity};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/bridge.js")]
extern "C" {
    /// Builds the report's objects from its flat form: the words from word `at` of the memory
    /// (read during the call only) and `text` (`None` when empty, which saves decoding nothing).
    #[wasm_bindgen(js_name = linkwaReport)]
    fn build(state: &JsValue, at: u32, text: Option<&str>) -> JsValue;
}

/// A word that stands for `null`.
const NULL: u32 = u32::MAX;
/// The bit of an id that says the static strings it names follow.
const NEW: u32 = 1 << 31;

/// Ids of what was sent, by the addresses and lengths of its static strings (hashed by rustc's
/// fast hash: no need of SipHash's defences, the keys are the program's own constants).
type Ids<K> = FxHashMap<K, u32>;

/// A static string's address and length.
type Static = (usize, usize);

/// What is kept from call to call: the ids of the rules and of the other static strings sent so
/// far (their tables are in the JavaScript state, `bridge.rs`), and the buffers of the flat form
/// (one allocation less per call each; at most [`KEPT`] bytes of them are kept).
#[derive(Default)]
struct Kept {
    rules: Ids<([Static; 3], Severity)>,
    statics: Ids<Static>,
    words: Vec<u32>,
    text: String,
}

thread_local! {
    static KEPT_STATE: RefCell<Kept> = RefCell::new(Kept::default());
}

/// The JavaScript value of `report` and, when given, the diagnostics of the template definitions
/// (the `templates` member of a `LintReport`).
pub(crate) fn to_js(report: &Report, templates: Option<&[Diagnostic]>) -> JsValue {
    KEPT_STATE.with(|kept| {
        let kept = &mut *kept.borrow_mut();
        kept.words.clear();
        kept.text.clear();
        let mut flat = Flat {
            words: &mut kept.words,
            text: &mut kept.text,
            utf16: 0,
            rules: &mut kept.rules,
            statics: &mut kept.statics,
        };
        flat.statik(report.dialect.as_str());
        flat.diagnostics(&report.diagnostics);
        match templates {
            Some(templates) => {
                flat.words.push(1);
                flat.diagnostics(templates);
            }
            None => flat.words.push(0),
        }
        // The words' index in memory as 32-bit words (WASM addresses are 32 bits; a `Vec<u32>`
        // is aligned to 4).
        let at = u32::try_from(kept.words.as_ptr() as usize / 4).unwrap_or(0);
        let text = Some(kept.text.as_str()).filter(|t| !t.is_empty());
        // Nothing allocates between here and the end of `build`, so the words stay where they
        // are while JavaScript reads them.
        let report = with_state(|state| build(state, at, text));
        if kept.words.capacity() * 4 > KEPT {
            kept.words = Vec::new();
        }
        if kept.text.capacity() > KEPT {
            kept.text = String::new();
        }
        report
    })
}

/// The flat form being written.
struct Flat<'k> {
    words: &'k mut Vec<u32>,
    text: &'k mut String,
    /// The length of `text` in UTF-16 code units.
    utf16: u32,
    rules: &'k mut Ids<([Static; 3], Severity)>,
    statics: &'k mut Ids<Static>,
}

impl Flat<'_> {
    fn diagnostics(&mut self, diagnostics: &[Diagnostic]) {
        self.number(diagnostics.len());
        for d in diagnostics {
            self.rule(d);
            self.pointer(&d.path);
            self.string(&d.message);
            self.optional(d.line);
            self.optional(d.column);
            for offset in [d.start, d.end, d.start_utf16, d.end_utf16] {
                self.optional(offset.map(|n| u32::try_from(n).unwrap_or(NULL - 1)));
            }
            match &d.help {
                Some(help) => self.string(help),
                None => self.words.push(NULL),
            }
            match &d.fix {
                Some(fix) => {
                    self.words.push(1);
                    self.string(&fix.description);
                    self.statik(fix.applicability.as_str());
                    self.number(fix.edits.len());
                    for edit in &fix.edits {
                        self.number(edit.start);
                        self.number(edit.end);
                        self.number(edit.start_utf16);
                        self.number(edit.end_utf16);
                        self.string(&edit.replacement);
                    }
                }
                None => self.words.push(0),
            }
        }
    }

    /// `s` appended to the text, and its end.
    fn string(&mut self, s: &str) {
        self.text.push_str(s);
        self.advance(utf16_len(s));
    }

    /// A JSON Pointer written into the text as its string (RFC 6901), and its end.
    fn pointer(&mut self, pointer: &linkwa::JsonPointer) {
        let start = self.text.len();
        // Writing into a `String` cannot fail.
        let _ = pointer.write_to(self.text);
        self.advance(utf16_len(self.text.get(start..).unwrap_or_default()));
    }

    /// The end of a string of `units` UTF-16 code units just appended to the text.
    fn advance(&mut self, units: usize) {
        // A report is far smaller than 4 GiB; saturating keeps this total all the same.
        self.utf16 = self.utf16.saturating_add(u32::try_from(units).unwrap_or(u32::MAX));
        self.words.push(self.utf16);
    }

    /// The rule of `d` (its code, name, severity and source): its id, or, the first time, its
    /// new id and the four strings.
    fn rule(&mut self, d: &Diagnostic) {
        let key = ([d.code, d.name, d.source].map(address), d.severity);
        let id = id_of(self.rules, key);
        self.send(id, &[d.code, d.name, d.severity.as_str(), d.source]);
    }

    /// A static string: its id, or, the first time, its new id and its text.
    fn statik(&mut self, s: &'static str) {
        let id = id_of(self.statics, address(s));
        self.send(id, &[s]);
    }

    /// An id from [`id_of`]: the id, or, when new, the id with [`NEW`] and `strings`.
    fn send(&mut self, (id, new): (u32, bool), strings: &[&str]) {
        if new {
            self.words.push(NEW | id);
            for s in strings {
                self.string(s);
            }
        } else {
            self.words.push(id);
        }
    }

    /// A count or an offset (WASM's `usize` is 32 bits; natively one past `u32::MAX - 1` cannot
    /// be held and is written as the largest that can).
    fn number(&mut self, n: usize) {
        self.words.push(u32::try_from(n).unwrap_or(NULL - 1));
    }

    fn optional(&mut self, n: Option<u32>) {
        self.words.push(n.map_or(NULL, |n| n.min(NULL - 1)));
    }
}

/// The address and length of a static string.
fn address(s: &'static str) -> Static {
    (s.as_ptr() as usize, s.len())
}

/// The id of `key` in `ids` (the next one when it is not there yet), and whether it is new.
fn id_of<K: Eq + std::hash::Hash>(ids: &mut Ids<K>, key: K) -> (u32, bool) {
    let next = u32::try_from(ids.len()).unwrap_or(NULL);
    let id = *ids.entry(key).or_insert(next);
    (id, id == next)
}

/// The length of `s` in UTF-16 code units, what JavaScript's `substring` counts.
fn utf16_len(s: &str) -> usize {
    if s.is_ascii() { s.len() } else { s.chars().map(char::len_utf16).sum() }
}
