//! Text to JSON tree, with source positions.
//!
//! Strict RFC 8259 parsing (serde_json) is the fast path. When it fails, or an object repeats a key,
//! a lenient parse (the `jsonc-parser` crate) recovers the tree where it can: trailing commas,
//! comments, missing commas, unquoted keys and single-quoted strings are each reported at their
//! position and the document is still linted. What even the lenient parser cannot read is reported
//! once, at the position where reading stopped. Positions of diagnostics are found afterwards by
//! walking the syntax tree along each diagnostic's JSON Pointer ([`Locator`]).

mod lenient;
mod lines;
mod strict;

use crate::diagnostic::Diagnostic;
use crate::pointer::JsonPointer;
use crate::rules::registry::Rule;
use crate::rules::structure::{EMPTY_DOCUMENT, INVALID_JSON, NESTING_TOO_DEEP};
pub(crate) use lines::LineIndex;
use serde_json::Value;

/// What parsing a text gave: the tree (when one could be recovered) and the syntax diagnostics,
/// already positioned.
pub(crate) struct Parsed<'t> {
    pub value: Option<Value>,
    pub diagnostics: Vec<Diagnostic>,
    /// The lenient syntax tree, when parsing needed it; built on demand otherwise.
    pub locator: Option<Locator<'t>>,
}

/// A diagnostic of a syntax rule at a byte offset.
pub(crate) fn positioned(rule: &'static Rule, lines: &LineIndex<'_>, offset: usize, message: String) -> Diagnostic {
    let (line, column) = lines.position(offset);
    Diagnostic {
        code: rule.code,
        name: rule.name,
        severity: rule.severity,
        path: JsonPointer::root(),
        message,
        line: Some(line),
        column: Some(column),
        source: rule.source,
        help: None,
    }
}

/// Parses `text`, recovering what can be recovered.
pub(crate) fn parse(text: &str) -> Parsed<'_> {
    if text.trim().is_empty() {
        let d = Diagnostic {
            line: Some(1),
            column: Some(1),
            ..positioned(&EMPTY_DOCUMENT, &LineIndex::new(""), 0, String::new())
        };
        return Parsed {
            value: None,
            diagnostics: vec![Diagnostic { message: "the document is empty".into(), ..d }],
            locator: None,
        };
    }
    let strict_error = match strict::parse(text) {
        Ok((value, false)) => return Parsed { value: Some(value), diagnostics: Vec::new(), locator: None },
        Ok((_, true)) => None,
        Err(e) => Some(e),
    };
    let lines = LineIndex::new(text);
    if let Some(e) = &strict_error
        && e.to_string().starts_with("recursion limit exceeded")
    {
        let offset = lines.offset_of_byte_column(e.line(), e.column());
        let d = positioned(&NESTING_TOO_DEEP, &lines, offset, "arrays and objects nest deeper than 128 levels".into());
        return Parsed { value: None, diagnostics: vec![d], locator: None };
    }
    match lenient::parse(text, true) {
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
            let locator = Locator { lines, tree: tree.value };
            Parsed { value, diagnostics, locator: Some(locator) }
        }
        Err(fatal) => {
            let mut diagnostics = Vec::new();
            if matches!(fatal.kind(), jsonc_parser::errors::ParseErrorKind::NestingDepthExceeded) {
                let m = "arrays and objects nest deeper than the parser's limit".to_owned();
                diagnostics.push(positioned(&NESTING_TOO_DEEP, &lines, fatal.range().start, m));
                return Parsed { value: None, diagnostics, locator: None };
            }
            let fatal_offset = fatal.range().start;
            if let Some(e) = &strict_error {
                let offset = lines.offset_of_byte_column(e.line(), e.column());
                if lines.position(offset).0 < lines.position(fatal_offset).0 {
                    diagnostics.push(positioned(&INVALID_JSON, &lines, offset, strict_message(e)));
                }
            }
            let message = format!("{}; reading stops here", lowercase_first(&fatal.kind().to_string()));
            diagnostics.push(positioned(&INVALID_JSON, &lines, fatal_offset, message));
            Parsed { value: None, diagnostics, locator: None }
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

/// Finds the line and column of JSON Pointers in a text.
pub(crate) struct Locator<'t> {
    lines: LineIndex<'t>,
    tree: Option<jsonc_parser::ast::Value<'t>>,
}

impl<'t> Locator<'t> {
    /// Parses `text` for locating; `None` when even the lenient parser cannot read it.
    pub(crate) fn new(text: &'t str) -> Option<Self> {
        let tree = lenient::parse(text, false).ok()?;
        Some(Self { lines: LineIndex::new(text), tree: tree.value })
    }

    /// 1-based line and column of the value at `pointer`; for a member that is absent, of the key
    /// of the object that should hold it (or of the object itself when it has no key).
    pub(crate) fn locate(&self, pointer: &JsonPointer) -> Option<(u32, u32)> {
        lenient::locate(self.tree.as_ref()?, pointer).map(|offset| self.lines.position(offset))
    }
}

#[cfg(test)]
mod tests;
