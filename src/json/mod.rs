//! Text to JSON tree, with source positions.
//!
//! Strict RFC 8259 parsing (serde_json's reader) into the borrowed tree the rules read
//! ([`tree`]) is the fast path. When it fails, or an object repeats a key,
//! a lenient parse (the `jsonc-parser` crate) recovers the tree where it can: trailing commas,
//! comments, missing commas, unquoted keys and single-quoted strings are each reported at their
//! position and the document is still linted. What even the lenient parser cannot read is reported
//! once, at the position where reading stopped. Either way nesting deeper than 128 levels is
//! reported (`LW003`) and not linted. Positions of diagnostics are found afterwards, all at once,
//! by one walk of the text (or of the lenient syntax tree) along the diagnostics' JSON Pointers
//! ([`Locator`]): no second parse, and linear in the text plus the number of diagnostics.

mod lenient;
mod lines;
mod locate;
mod number;
mod place;
pub(crate) mod syntax;
pub(crate) mod tree;
pub(crate) use crate::diagnostic::work;

use crate::diagnostic::Diagnostic;
use crate::diagnostic::rule::Rule;
use crate::pointer::JsonPointer;
pub(crate) use lines::LineIndex;
pub(crate) use locate::Spans;
pub(crate) use number::decimal;
use serde_json::Value;
use syntax::{EMPTY_DOCUMENT, INVALID_JSON, NESTING_LIMIT, NESTING_TOO_DEEP};

/// The message of `LW003`.
fn too_deep_message() -> String {
    format!("arrays and objects nest deeper than {NESTING_LIMIT} levels")
}

/// The tree of a text: borrowed from the text when it is strict JSON, or recovered by the lenient
/// parse (then a `serde_json` tree that [`tree::Value::borrow`] reads).
#[derive(Debug)]
pub(crate) enum Source<'t> {
    Text(tree::Value<'t>),
    Recovered(Value),
}

impl<'t> Source<'t> {
    /// The tree of strict text, borrowed from it; `None` for a recovered tree.
    pub(crate) fn strict(&self) -> Option<&tree::Value<'t>> {
        match self {
            Source::Text(value) => Some(value),
            Source::Recovered(_) => None,
        }
    }

    /// Calls `f` with the tree.
    pub(crate) fn with_tree<R>(&self, f: impl FnOnce(&tree::Value<'_>) -> R) -> R {
        match self {
            Source::Text(value) => f(value),
            Source::Recovered(value) => tree::with_borrowed(value, f),
        }
    }
}

/// What parsing a text gave: the tree (when one could be recovered) and the syntax diagnostics,
/// already positioned.
pub(crate) struct Parsed<'t> {
    pub value: Option<Source<'t>>,
    pub diagnostics: Vec<Diagnostic>,
    /// What finds the positions of the rules' diagnostics.
    pub locator: Locator<'t>,
}

/// A diagnostic of a syntax rule at a byte offset: its range is the token there.
pub(crate) fn positioned(rule: &'static Rule, lines: &LineIndex<'_>, offset: usize, message: String) -> Diagnostic {
    let (line, column) = lines.position(offset);
    let (start, end) = lines.token_range(offset);
    let mut d = rule.diagnostic(JsonPointer::root(), message);
    (d.line, d.column, d.start, d.end) = (Some(line), Some(column), Some(start), Some(end));
    d
}

/// Parses `text`, recovering what can be recovered; a strict text's tree is in `arena`.
pub(crate) fn parse<'t>(text: &'t str, arena: &'t tree::Bump) -> Parsed<'t> {
    if text.trim().is_empty() {
        // The whole (blank) text is what is reported.
        let d = Diagnostic {
            line: Some(1),
            column: Some(1),
            start: Some(0),
            end: Some(text.len()),
            ..positioned(&EMPTY_DOCUMENT, &LineIndex::new(""), 0, String::new())
        };
        return Parsed {
            value: None,
            diagnostics: vec![Diagnostic { message: "the document is empty".into(), ..d }],
            locator: Locator::text(text),
        };
    }
    let strict_error = match tree::parse(text, arena) {
        Ok((value, false)) => {
            return Parsed { value: Some(Source::Text(value)), diagnostics: Vec::new(), locator: Locator::text(text) };
        }
        Ok((_, true)) => None,
        Err(e) => Some(e),
    };
    let lines = LineIndex::new(text);
    if let Some(e) = &strict_error
        && e.to_string().starts_with("recursion limit exceeded")
    {
        let offset = lines.offset_of_byte_column(e.line(), e.column());
        let d = positioned(&NESTING_TOO_DEEP, &lines, offset, too_deep_message());
        return Parsed { value: None, diagnostics: vec![d], locator: Locator::text(text) };
    }
    // Too deep for the strict parser is too deep, whatever else is wrong: the same report either way.
    if let Some(offset) = locate::too_deep(text, NESTING_LIMIT) {
        let d = positioned(&NESTING_TOO_DEEP, &lines, offset, too_deep_message());
        return Parsed { value: None, diagnostics: vec![d], locator: Locator::text(text) };
    }
    match lenient::parse(text) {
        Ok(tree) => {
            let mut diagnostics = lenient::syntax_diagnostics(&tree, text, &lines);
            // Strict parsing failed, but nothing the lenient parse recovered from explains why:
            // never let that pass silently.
            if let Some(e) = &strict_error
                && diagnostics.is_empty()
            {
                let offset = lines.offset_of_byte_column(e.line(), e.column());
                diagnostics.push(positioned(&INVALID_JSON, &lines, offset, strict_message(e)));
            }
            let (value, duplicates) = lenient::to_value(tree.value.as_ref(), &lines);
            diagnostics.extend(duplicates);
            let locator = Locator { text, tree: Some(tree.value) };
            Parsed { value: value.map(Source::Recovered), diagnostics, locator }
        }
        Err(fatal) => {
            let mut diagnostics = Vec::new();
            let fatal_offset = fatal.range().start;
            if let Some(e) = &strict_error {
                let offset = lines.offset_of_byte_column(e.line(), e.column());
                if lines.line(offset) < lines.line(fatal_offset) {
                    diagnostics.push(positioned(&INVALID_JSON, &lines, offset, strict_message(e)));
                }
            }
            let message = format!("{}; reading stops here", lowercase_first(&fatal.kind().to_string()));
            diagnostics.push(positioned(&INVALID_JSON, &lines, fatal_offset, message));
            Parsed { value: None, diagnostics, locator: Locator::text(text) }
        }
    }
}

/// serde_json's message without its " at line L column C" tail (the diagnostic carries those).
fn strict_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Finds the lines and columns of JSON Pointers in a text.
pub(crate) struct Locator<'t> {
    text: &'t str,
    /// The lenient syntax tree, when the text is not strict JSON (`Some(None)`: nothing recovered).
    tree: Option<Option<jsonc_parser::ast::Value<'t>>>,
}

impl<'t> Locator<'t> {
    /// Walks the document once for `trie`'s pointers: the text when it is strict JSON, else the
    /// lenient tree. False when nothing was recovered to walk.
    fn walk(&self, trie: &mut locate::Trie<'_>) -> bool {
        match &self.tree {
            None => trie.walk_text(self.text),
            Some(Some(tree)) => trie.walk_tree(tree),
            Some(None) => return false,
        }
        true
    }

    /// A locator for text that serde_json parsed strictly.
    fn text(text: &'t str) -> Self {
        Self { text, tree: None }
    }

    /// Sets the byte range, line and column of every diagnostic from its path: the value's range;
    /// for a member that is absent, the name of the object member that should hold it (or the
    /// object itself when it has no name). `strict` is the text's tree when it is strict JSON:
    /// what it can tell is read off it ([`place`]); the rest is found by one walk of the document
    /// for all of them. The diagnostics must be sorted by path (as [`crate::Report::new`] sorts
    /// them). `T` is a diagnostic, or something that carries one.
    pub(crate) fn locate<T: AsRef<Diagnostic> + AsMut<Diagnostic>>(
        &self,
        diagnostics: &mut [T],
        strict: Option<&tree::Value<'_>>,
    ) {
        if diagnostics.is_empty() {
            return;
        }
        // (start, end when known, diagnostic), then positions in the order of the text: each
        // character counted once.
        let mut placed: Vec<(usize, Option<usize>, usize)> = Vec::with_capacity(diagnostics.len());
        let mut rest: Vec<usize> = Vec::new();
        match (strict, &self.tree) {
            (Some(root), None) => {
                for (i, d) in diagnostics.iter().enumerate() {
                    match place::span(self.text, root, &d.as_ref().path) {
                        Some((start, end)) => placed.push((start, end, i)),
                        None => rest.push(i),
                    }
                }
            }
            _ => rest.extend(0..diagnostics.len()),
        }
        if !rest.is_empty() {
            // Still sorted by path: `rest` is in the diagnostics' order.
            let paths: Vec<&JsonPointer> =
                rest.iter().filter_map(|&i| diagnostics.get(i)).map(|d| &d.as_ref().path).collect();
            let mut trie = locate::Trie::new(&paths);
            let walked = self.walk(&mut trie);
            if walked {
                for (i, span) in rest.into_iter().zip(trie.places(paths.into_iter())) {
                    if let Some((start, end)) = span {
                        placed.push((start, end, i));
                    }
                }
            }
        }
        placed.sort_unstable();
        let mut cursor = lines::Cursor::new(self.text);
        // The end of the last value that was not found with its start (in strict text), scanned
        // once for all the diagnostics placed there (they are adjacent).
        let mut scanned: Option<(usize, usize)> = None;
        for (start, end, i) in placed {
            let end = match (end, scanned) {
                (Some(end), _) => end,
                (None, Some((at, end))) if at == start => end,
                (None, _) => {
                    // The document's value ends where its trailing white space starts (strict
                    // text: nothing else may follow it); any other value is scanned.
                    let ws: &[char] = &[' ', '\t', '\n', '\r'];
                    let end = if start == self.text.len() - self.text.trim_start_matches(ws).len() {
                        self.text.trim_end_matches(ws).len()
                    } else {
                        locate::value_end(self.text, start)
                    };
                    scanned = Some((start, end));
                    end
                }
            };
            if let Some(d) = diagnostics.get_mut(i).map(AsMut::as_mut) {
                let (line, column) = cursor.position(start);
                (d.line, d.column) = (Some(line), Some(column));
                (d.start, d.end) = (Some(start), Some(end.max(start)));
            }
        }
    }

    /// The linted text.
    pub(crate) fn source(&self) -> &'t str {
        self.text
    }

    /// The spans of the values at `pointers` (sorted, no repeats), with their keys. `strict` is the
    /// text's tree when it is strict JSON: what it can tell is read off it ([`place`]); the rest is
    /// found by one complete walk of the document. `None` for a pointer the document does not have.
    pub(crate) fn spans(&self, pointers: &[&JsonPointer], strict: Option<&tree::Value<'_>>) -> Vec<Option<Spans>> {
        let mut spans: Vec<Option<Option<Spans>>> = match (strict, &self.tree) {
            (Some(root), None) => pointers.iter().map(|p| place::spans(self.text, root, p)).collect(),
            _ => vec![None; pointers.len()],
        };
        let rest: Vec<&JsonPointer> =
            pointers.iter().zip(&spans).filter(|(_, s)| s.is_none()).map(|(p, _)| *p).collect();
        if !rest.is_empty() {
            let mut trie = locate::Trie::new(&rest).complete();
            let walked = self.walk(&mut trie);
            for (slot, pointer) in spans.iter_mut().filter(|s| s.is_none()).zip(rest) {
                *slot = Some(if walked { trie.spans(pointer) } else { None });
            }
        }
        spans.into_iter().map(Option::flatten).collect()
    }
}

#[cfg(test)]
mod tests;
