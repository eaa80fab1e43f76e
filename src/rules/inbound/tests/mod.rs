//! Tests of the inbound rules: one module per kind, each case a valid fixture changed in one place;
//! then the spec examples and the fixture folders.

mod incoming;
mod kinds;
mod legacy;
mod response;
mod status;

use serde_json::Value;

pub(super) const MESSAGE_RESPONSE: &str = include_str!("../../../../fixtures/link/inbound/valid/message-response.json");
pub(super) const ERROR_RESPONSE: &str = include_str!("../../../../fixtures/link/inbound/valid/error-response.json");
pub(super) const DLR: &str = include_str!("../../../../fixtures/link/inbound/valid/status-delivered.json");
pub(super) const MO_TEXT: &str = include_str!("../../../../fixtures/link/inbound/valid/incoming-text.json");
pub(super) const ALTERNATIVE_MEDIA: &str =
    include_str!("../../../../fixtures/link/inbound/valid/alternative-media.json");

/// `base` with the member at `pointer` (RFC 6901, no escapes) set to the JSON text `value`.
pub(super) fn set(base: &str, pointer: &str, value: &str) -> String {
    edit(base, pointer, Some(value))
}

/// `base` without the member at `pointer`.
pub(super) fn without(base: &str, pointer: &str) -> String {
    edit(base, pointer, None)
}

fn edit(base: &str, pointer: &str, value: Option<&str>) -> String {
    let mut doc: Value = serde_json::from_str(base).expect("base is JSON");
    let (parent, last) = pointer.rsplit_once('/').expect("a pointer below the root");
    let parent = doc.pointer_mut(parent).unwrap_or_else(|| panic!("no {parent} in the base"));
    match (parent, value) {
        (Value::Object(map), Some(v)) => {
            map.insert(last.to_owned(), serde_json::from_str(v).expect("value is JSON"));
        }
        (Value::Object(map), None) => {
            map.remove(last);
        }
        (Value::Array(items), Some(v)) => items[last.parse::<usize>().unwrap()] = serde_json::from_str(v).unwrap(),
        (Value::Array(items), None) => {
            items.remove(last.parse::<usize>().unwrap());
        }
        _ => panic!("{pointer}: parent is not a container"),
    }
    doc.to_string()
}
