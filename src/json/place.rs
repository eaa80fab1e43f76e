//! Byte offsets of JSON Pointers read off the strict tree, without a walk of the text.
//!
//! In the tree of strict text ([`super::tree`]) member names and strings without escapes are
//! borrowed from the text, so their offsets are their addresses less the text's. A member's value
//! starts after its name, the colon and whitespace; a string after its quote; an object or array
//! written with a first member or element, at the bracket before it. What the tree cannot tell
//! (names and strings with escapes, numbers, literals and empty containers as array elements,
//! objects of over 16 members, whose order is not kept) is left to the walk of
//! [`super::locate::Trie`], and so is everything when the text is not strict. Each offset found
//! is checked against the text (quotes, colon, bracket where they must be).

use super::locate::{Span, Spans, value_end};
use super::tree::Value;
use crate::pointer::{JsonPointer, Segment};

/// How a value of the tree was reached.
#[derive(Clone, Copy)]
enum By<'k> {
    /// It is the document.
    Root,
    /// As an array element.
    Element,
    /// As the object member of this name (borrowed from the tree).
    Member(&'k str),
}

/// The value at `pointer` in the strict tree `root`, how it was reached, and whether it is there:
/// `Err` with the deepest value on the way (and how that was reached) when it is absent.
fn find<'v, 'k>(
    root: &'v Value<'k>,
    pointer: &JsonPointer,
) -> Result<(&'v Value<'k>, By<'v>), (&'v Value<'k>, By<'v>)> {
    let mut node = root;
    let mut by = By::Root;
    for segment in pointer.segments() {
        let child = match (node, segment) {
            (Value::Object(map), Segment::Key(key)) => map.get_key_value(key).map(|(k, v)| (By::Member(k), v)),
            // A pointer's index also names the member of that name, as in RFC 6901.
            (Value::Object(map), Segment::Index(i)) => {
                map.get_key_value(&i.to_string()).map(|(k, v)| (By::Member(k), v))
            }
            (Value::Array(items), Segment::Index(i)) => items.get(*i).map(|v| (By::Element, v)),
            _ => None,
        };
        let Some((reached, child)) = child else { return Err((node, by)) };
        node = child;
        by = reached;
    }
    Ok((node, by))
}

/// Where `pointer` is placed in `text`, whose strict tree is `root`, as the walk places it: the
/// range of its value; for an absent member, of the name of the deepest object member on the way
/// (with its quotes), or of that value when it is the root or an array element. The end is `None`
/// when only a scan of the value can tell it (a number, a literal, an object or array; a string
/// with escapes); the whole is `None` when the tree cannot tell the start.
pub(super) fn span(text: &str, root: &Value<'_>, pointer: &JsonPointer) -> Option<(usize, Option<usize>)> {
    match find(root, pointer) {
        Ok((node, by)) | Err((node, by @ (By::Root | By::Element))) => {
            let start = value_start(text, node, by)?;
            let end = match node {
                // Borrowed from the text where it starts: no escapes, so as long there as in the tree.
                Value::String(s) if within(text, s) == Some(start + 1) => Some(start + s.len() + 2),
                _ => None,
            };
            Some((start, end))
        }
        Err((_, By::Member(key))) => name_start(text, key).map(|start| (start, Some(start + key.len() + 2))),
    }
}

/// The spans of the value at `pointer` in `text`, whose strict tree is `root`, as the walk finds
/// them: `Some(None)` when the document has no such value, `None` when the tree cannot tell.
pub(super) fn spans(text: &str, root: &Value<'_>, pointer: &JsonPointer) -> Option<Option<Spans>> {
    let Ok((node, by)) = find(root, pointer) else { return Some(None) };
    let start = value_start(text, node, by)?;
    let end = match node {
        // Borrowed from the text where it starts: no escapes, so as long there as in the tree.
        Value::String(s) if within(text, s) == Some(start + 1) => start + s.len() + 2,
        _ => value_end(text, start),
    };
    let key = match by {
        By::Member(key) => {
            let start = name_start(text, key)?;
            Some(Span { start, end: start + key.len() + 2 })
        }
        By::Root | By::Element => None,
    };
    let empty_object = matches!(node, Value::Object(map) if map.is_empty());
    Some(Some(Spans { value: Span { start, end }, key, empty_object }))
}

/// The offset of `s` in `text` when `s` is borrowed from it.
fn within(text: &str, s: &str) -> Option<usize> {
    let offset = (s.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    (offset.checked_add(s.len())? <= text.len()).then_some(offset)
}

/// The opening quote of the member name `key`, checked: quotes on both sides.
fn name_start(text: &str, key: &str) -> Option<usize> {
    let start = within(text, key)?.checked_sub(1)?;
    let bytes = text.as_bytes();
    (bytes.get(start) == Some(&b'"') && bytes.get(start + 1 + key.len()) == Some(&b'"')).then_some(start)
}

/// Where `value`, reached `by`, starts.
fn value_start(text: &str, value: &Value<'_>, by: By<'_>) -> Option<usize> {
    let bytes = text.as_bytes();
    match by {
        By::Root => Some(skip_ws(bytes, 0)),
        By::Member(key) => {
            let colon = skip_ws(bytes, name_start(text, key)? + key.len() + 2);
            (bytes.get(colon) == Some(&b':')).then(|| skip_ws(bytes, colon + 1))
        }
        By::Element => match value {
            Value::String(s) => within(text, s)?.checked_sub(1).filter(|&q| bytes.get(q) == Some(&b'"')),
            Value::Object(map) => opening(bytes, name_start(text, map.first_written()?.0)?, b'{'),
            Value::Array(items) => opening(bytes, value_start(text, items.first()?, By::Element)?, b'['),
            _ => None,
        },
    }
}

/// The first offset from `i` on that is not JSON whitespace.
fn skip_ws(bytes: &[u8], mut i: usize) -> usize {
    while matches!(bytes.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// The offset of `bracket` before `first` (the start of a container's first member or element),
/// past whitespace; `None` when something else is there.
fn opening(bytes: &[u8], first: usize, bracket: u8) -> Option<usize> {
    let mut i = first.checked_sub(1)?;
    while matches!(bytes.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i = i.checked_sub(1)?;
    }
    (bytes.get(i) == Some(&bracket)).then_some(i)
}
