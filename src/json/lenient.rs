//! Lenient parsing with `jsonc-parser`: recovers a tree from the JSON mistakes people make by hand,
//! and names each mistake.

use super::syntax::{
    COMMENT_IN_JSON, DUPLICATE_KEY, EMPTY_DOCUMENT, INVALID_JSON, MISSING_COMMA, NON_JSON_TOKEN, TRAILING_COMMA,
};
use super::{LineIndex, positioned, work};
use crate::diagnostic::text::json_string;
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix};
use crate::pointer::JsonPointer;
use jsonc_parser::ast::{self, ObjectPropName};
use jsonc_parser::common::Ranged;
use jsonc_parser::tokens::Token;
use jsonc_parser::{CollectOptions, CommentCollectionStrategy, ParseOptions, ParseResult};
use serde_json::{Map, Number, Value};
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// Parses leniently, collecting the tokens (and comments) that [`syntax_diagnostics`] needs.
pub(super) fn parse(text: &str) -> Result<ParseResult<'_>, jsonc_parser::errors::ParseError> {
    let collect = CollectOptions { comments: CommentCollectionStrategy::AsTokens, tokens: true };
    let options = ParseOptions {
        allow_comments: true,
        allow_loose_object_property_names: true,
        allow_trailing_commas: true,
        allow_missing_commas: true,
        allow_single_quoted_strings: true,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    };
    jsonc_parser::parse_to_ast(text, &collect, &options)
}

fn ends_value(token: &Token<'_>) -> bool {
    matches!(
        token,
        Token::String(_)
            | Token::Word(_)
            | Token::Boolean(_)
            | Token::Number(_)
            | Token::Null
            | Token::CloseBrace
            | Token::CloseBracket
    )
}

fn starts_value(token: &Token<'_>) -> bool {
    matches!(
        token,
        Token::String(_)
            | Token::Word(_)
            | Token::Boolean(_)
            | Token::Number(_)
            | Token::Null
            | Token::OpenBrace
            | Token::OpenBracket
    )
}

/// `d` with a safe fix of `edits`.
fn fixed(mut d: Diagnostic, description: &str, edits: Vec<Edit>) -> Diagnostic {
    d.fix = Some(Fix { description: description.to_owned(), applicability: Applicability::Safe, edits });
    d
}

/// The bytes to remove for the comment at `start..end`: alone on its line, the whole line (no
/// blank line is left); at the end of a line, with the spaces before it; elsewhere, itself.
fn comment_removal(text: &str, start: usize, end: usize) -> Edit {
    let bytes = text.as_bytes();
    let blank = |b: Option<&u8>| matches!(b, Some(b' ' | b'\t'));
    let mut from = start;
    while from > 0 && blank(bytes.get(from - 1)) {
        from -= 1;
    }
    let mut to = end;
    while blank(bytes.get(to)) {
        to += 1;
    }
    let starts_line = from == 0 || bytes.get(from - 1) == Some(&b'\n');
    let newline = match (bytes.get(to), bytes.get(to + 1)) {
        (None, _) => Some(0),
        (Some(b'\n'), _) => Some(1),
        (Some(b'\r'), Some(b'\n')) => Some(2),
        _ => None,
    };
    let (start, end) = match newline {
        Some(n) if starts_line => (from, to + n),
        Some(_) => (from, to),
        None => (start, end),
    };
    Edit::new(start, end, String::new())
}

/// Every recovered departure from strict JSON, positioned, each with its safe fix: a trailing
/// comma or a comment removed, a missing comma inserted, a key or a single-quoted string put in
/// double quotes.
pub(super) fn syntax_diagnostics(tree: &ParseResult<'_>, text: &str, lines: &LineIndex<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Some(tokens) = &tree.tokens else { return out };
    let code: Vec<_> =
        tokens.iter().filter(|t| !matches!(t.token, Token::CommentLine(_) | Token::CommentBlock(_))).collect();
    for t in tokens {
        if matches!(t.token, Token::CommentLine(_) | Token::CommentBlock(_)) {
            let d = positioned(&COMMENT_IN_JSON, lines, t.range.start, "JSON does not allow comments".into());
            out.push(fixed(d, "remove the comment", vec![comment_removal(text, t.range.start, t.range.end)]));
        }
    }
    out.extend(foreign_white_space(text, tokens, lines));
    // Only comments: there is no document, whatever removing them gives.
    if tree.value.is_none() {
        out.push(positioned(&EMPTY_DOCUMENT, lines, 0, "the document holds only comments".into()));
    }
    for (i, t) in code.iter().enumerate() {
        let next = code.get(i + 1).map(|n| &n.token);
        let quoted = |value: &str| vec![Edit::new(t.range.start, t.range.end, json_string(value))];
        match &t.token {
            Token::Comma if matches!(next, Some(Token::CloseBrace | Token::CloseBracket)) => {
                let what =
                    if matches!(next, Some(Token::CloseBrace)) { "member of an object" } else { "element of an array" };
                let d = positioned(&TRAILING_COMMA, lines, t.range.start, format!("a comma follows the last {what}"));
                let edit = Edit::new(t.range.start, t.range.end, String::new());
                out.push(fixed(d, "remove the comma", vec![edit]));
            }
            Token::Word(word) if matches!(next, Some(Token::Colon)) => {
                let d =
                    positioned(&NON_JSON_TOKEN, lines, t.range.start, "object keys must be in double quotes".into());
                out.push(fixed(d, "put the key in double quotes", quoted(word)));
            }
            // `true`, `false`, `null` or a number written as a key: the lenient parser takes it as
            // the key's name, as it takes a word.
            Token::Boolean(_) | Token::Null | Token::Number(_)
                if matches!(next, Some(Token::Colon))
                    && matches!(
                        i.checked_sub(1).and_then(|p| code.get(p)).map(|p| &p.token),
                        Some(Token::OpenBrace | Token::Comma)
                    ) =>
            {
                let d =
                    positioned(&NON_JSON_TOKEN, lines, t.range.start, "object keys must be in double quotes".into());
                let written = text.get(t.range.start..t.range.end).unwrap_or_default();
                out.push(fixed(d, "put the key in double quotes", quoted(written)));
            }
            Token::String(value) if text[t.range.start..].starts_with('\'') => {
                let m = "strings must be in double quotes, not single".into();
                let d = positioned(&NON_JSON_TOKEN, lines, t.range.start, m);
                out.push(fixed(d, "put the string in double quotes", quoted(value)));
            }
            Token::String(_) => {
                if let Some(i) = text[t.range.start..t.range.end].find(|c: char| c < ' ') {
                    let at = t.range.start + i;
                    let what = if text[at..].starts_with(['\n', '\r']) { "line break" } else { "control character" };
                    let m = format!("a string holds a raw {what}; write it escaped (\\n, \\t, \\u0000)");
                    out.push(positioned(&INVALID_JSON, lines, at, m));
                }
            }
            _ => {}
        }
        if let Some(n) = code.get(i + 1)
            && ends_value(&t.token)
            && starts_value(&n.token)
        {
            let d = positioned(&MISSING_COMMA, lines, n.range.start, "a comma is missing before this value".into());
            let edit = Edit::new(t.range.end, t.range.end, ",");
            out.push(fixed(d, "insert a comma", vec![edit]));
        }
    }
    out
}

/// White space between tokens that JSON does not allow. RFC 8259 §2 allows space, horizontal
/// tab, line feed and carriage return only; the lenient parser also skips U+000B, U+000C and
/// Unicode's other spaces (U+00A0, U+2028, …), which a strict parser rejects. Each is LW001
/// (the document does not parse) with a safe fix that writes a space instead, so that no fix is
/// offered whose result does not parse once the others are applied. Linear: each byte between
/// tokens is looked at once.
fn foreign_white_space(
    text: &str,
    tokens: &[jsonc_parser::tokens::TokenAndRange<'_>],
    lines: &LineIndex<'_>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut at = 0;
    let gaps = tokens.iter().map(|t| (t.range.start, t.range.end)).chain([(text.len(), text.len())]);
    for (start, end) in gaps {
        if let Some(gap) = text.get(at..start) {
            for (i, c) in gap.char_indices().filter(|&(_, c)| !matches!(c, ' ' | '\t' | '\n' | '\r')) {
                let offset = at + i;
                let m = format!(
                    "U+{:04X} is not JSON white space (only space, tab, line feed and carriage return are)",
                    c as u32
                );
                let edit = Edit::new(offset, offset + c.len_utf8(), " ");
                out.push(fixed(positioned(&INVALID_JSON, lines, offset, m), "write a space instead", vec![edit]));
            }
        }
        at = at.max(end);
    }
    out
}

fn prop_name<'a>(name: &'a ObjectPropName<'_>) -> &'a str {
    match name {
        ObjectPropName::String(s) => &s.value,
        ObjectPropName::Word(w) => w.value,
    }
}

/// Where the conversion is: a chain of borrowed segments, turned into a [`JsonPointer`] only for
/// a duplicate key.
struct Trail<'a> {
    up: Option<(&'a Trail<'a>, Step<'a>)>,
}

#[derive(Clone, Copy)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

impl Trail<'_> {
    fn pointer(&self) -> JsonPointer {
        let mut steps = Vec::new();
        let mut at = self;
        while let Some((up, step)) = at.up {
            steps.push(step);
            at = up;
        }
        steps.iter().rev().fold(JsonPointer::root(), |p, step| match step {
            Step::Key(k) => p.key(k),
            Step::Index(i) => p.index(*i),
        })
    }
}

/// Objects with more members than this find repeated keys with a hash set, not by comparing.
const LINEAR_MEMBERS: usize = 8;

/// The tree as a serde_json value (the last of repeated keys wins, as in serde_json), and a
/// diagnostic for every repeated key.
pub(super) fn to_value(tree: Option<&ast::Value<'_>>, lines: &LineIndex<'_>) -> (Option<Value>, Vec<Diagnostic>) {
    let mut duplicates = Vec::new();
    let value = tree.map(|t| convert(t, &Trail { up: None }, lines, &mut duplicates));
    (value, duplicates)
}

fn convert(node: &ast::Value<'_>, trail: &Trail<'_>, lines: &LineIndex<'_>, duplicates: &mut Vec<Diagnostic>) -> Value {
    match node {
        ast::Value::StringLit(s) => Value::String(s.value.to_string()),
        ast::Value::NumberLit(n) => n.value.parse::<Number>().map_or(Value::Null, Value::Number),
        ast::Value::BooleanLit(b) => Value::Bool(b.value),
        ast::Value::NullKeyword(_) => Value::Null,
        ast::Value::Array(a) => Value::Array(
            a.elements
                .iter()
                .enumerate()
                .map(|(i, e)| convert(e, &Trail { up: Some((trail, Step::Index(i))) }, lines, duplicates))
                .collect(),
        ),
        ast::Value::Object(o) => {
            let mut map = Map::new();
            let hashed = o.properties.len() > LINEAR_MEMBERS;
            let mut first_at: Vec<(&str, usize)> = Vec::new();
            let mut first_of: HashMap<&str, usize> = HashMap::new();
            let mut compared = 0;
            for prop in &o.properties {
                let name = prop_name(&prop.name);
                let child = Trail { up: Some((trail, Step::Key(name))) };
                let first = if hashed {
                    compared += 1;
                    match first_of.entry(name) {
                        Entry::Occupied(e) => Some(*e.get()),
                        Entry::Vacant(e) => {
                            e.insert(prop.name.start());
                            None
                        }
                    }
                } else {
                    compared += first_at.len() as u64;
                    let found = first_at.iter().find(|(n, _)| *n == name).map(|(_, at)| *at);
                    if found.is_none() {
                        first_at.push((name, prop.name.start()));
                    }
                    found
                };
                if let Some(first) = first {
                    let mut d = positioned(
                        &DUPLICATE_KEY,
                        lines,
                        prop.name.start(),
                        format!("`{}` is defined twice in this object", crate::diagnostic::text::quote(name)),
                    );
                    d.path = child.pointer();
                    d.help = Some(format!("the first is on line {}; the last one wins, remove one", lines.line(first)));
                    duplicates.push(d);
                }
                map.insert(name.to_owned(), convert(&prop.value, &child, lines, duplicates));
            }
            work::add(compared);
            Value::Object(map)
        }
    }
}
