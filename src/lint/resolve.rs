//! Located intents to byte edits: each change touches only the bytes it must (a key, a value, a
//! member and one comma, or an insertion after an object's `{`).

use crate::diagnostic::text::json_string;
use crate::diagnostic::{Edit, Fix};
use crate::json::{Locator, Spans};
use crate::pointer::JsonPointer;
use crate::rules::intent::{Change, Found, Intent};

/// Gives every diagnostic whose intent can be placed in the text its [`Fix`] (the intents are
/// taken from the found); `strict` is the text's tree when it is strict JSON. A fix whose change cannot be
/// placed exactly (a pointer the text does not have, a member between comments) is dropped: no
/// fix rather than a wrong one.
pub(crate) fn resolve(locator: &Locator<'_>, strict: Option<&crate::json::tree::Value<'_>>, found: &mut [Found]) {
    // The intents, taken from their diagnostics (few diagnostics have one), by index.
    let intents: Vec<(usize, Box<Intent>)> =
        found.iter_mut().enumerate().filter_map(|(i, f)| Some((i, f.intent.take()?))).collect();
    let mut pointers: Vec<&JsonPointer> = intents.iter().flat_map(|(_, intent)| intent.pointers()).collect();
    if pointers.is_empty() {
        return;
    }
    pointers.sort();
    pointers.dedup();
    let spans = locator.spans(&pointers, strict);
    let text = locator.source();
    let span_of = |p: &JsonPointer| pointers.binary_search(&p).ok().and_then(|i| spans.get(i).copied().flatten());
    for (i, intent) in &intents {
        let edits: Option<Vec<Edit>> = intent.changes.iter().map(|c| edit(text, c, span_of(c.at())?)).collect();
        let Some(mut edits) = edits else { continue };
        edits.sort_by_key(|e| (e.start, e.end));
        if edits.windows(2).any(|w| w[0].end > w[1].start) {
            continue;
        }
        if let Some(f) = found.get_mut(*i) {
            let (description, applicability) = (intent.description.clone(), intent.applicability);
            f.diagnostic.fix = Some(Fix { description, applicability, edits });
        }
    }
}

fn edit(text: &str, change: &Change<JsonPointer>, spans: Spans) -> Option<Edit> {
    let replace = |start, end, replacement: String| Some(Edit::new(start, end, replacement));
    match change {
        Change::RenameKey(_, to) => {
            let key = spans.key?;
            replace(key.start, key.end, json_string(to))
        }
        Change::Replace(_, json) => replace(spans.value.start, spans.value.end, json.clone()),
        Change::Remove(_) => remove(text, spans),
        Change::Insert(_, key, json) => {
            let open = spans.value.start;
            if text.as_bytes().get(open) != Some(&b'{') {
                return None;
            }
            let member = format!("{}: {json}", json_string(key));
            if spans.empty_object {
                return replace(open + 1, open + 1, member);
            }
            // The first member's indentation, copied: `{\n  "a"` gets `\n  "type": …,` after `{`.
            let rest = text.get(open + 1..)?;
            let ws = &rest[..rest.len() - rest.trim_start_matches([' ', '\t', '\n', '\r']).len()];
            if ws.is_empty() {
                return replace(open + 1, open + 1, format!("{member}, "));
            }
            replace(open + 1, open + 1, format!("{ws}{member},"))
        }
    }
}

fn skip_ws(bytes: &[u8], mut i: usize) -> usize {
    while matches!(bytes.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// The index one past the last non-white-space byte before `i`.
fn skip_ws_back(bytes: &[u8], mut i: usize) -> usize {
    while i > 0 && matches!(bytes.get(i - 1), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i -= 1;
    }
    i
}

/// Removes a member with one separating comma: the comma after it and the white space up to the
/// next member (so the next member takes its place and indentation), or, for the last member, the
/// comma before it; for the only member, everything between the braces.
fn remove(text: &str, spans: Spans) -> Option<Edit> {
    let bytes = text.as_bytes();
    let key = spans.key?;
    let end = spans.value.end;
    let after = skip_ws(bytes, end);
    let edit = |start, end| Some(Edit::new(start, end, String::new()));
    if bytes.get(after) == Some(&b',') {
        return edit(key.start, skip_ws(bytes, after + 1));
    }
    let before = skip_ws_back(bytes, key.start);
    match bytes.get(before.checked_sub(1)?) {
        Some(b',') => edit(before - 1, end),
        Some(b'{') if bytes.get(after) == Some(&b'}') => edit(before, after),
        _ => None,
    }
}
