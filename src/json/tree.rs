//! The tree the rules read: a JSON value whose strings and member names are borrowed from the
//! linted text (or from a `serde_json` tree), whose arrays and objects are slices (objects: their
//! members in document order), all in one arena ([`Bump`]) freed at once.
//!
//! Parsing a text into it costs about half of parsing it into `serde_json::Value` (no `String`
//! per member name or string value without escapes, no `BTreeMap` nodes, no allocation or free
//! per array or object), and reading a member of a small object is a scan of a few adjacent
//! entries. Its methods are named as `serde_json::Value`'s, so the rules read it the same way.
//! An object never repeats a name: a text with a repeated name takes the lenient path
//! ([`super::parse`]), whose `serde_json` tree keeps the last value, and is then borrowed with
//! [`Value::borrow`].

pub(crate) use bumpalo::Bump;
use bumpalo::collections::Vec as BumpVec;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
pub(crate) use serde_json::Number;
use std::cell::Cell;
use std::fmt;

/// A JSON value (RFC 8259), borrowing from `'a`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value<'a> {
    Null,
    Bool(bool),
    Number(Number),
    /// A string: borrowed from the text unless it had escapes (then in the arena).
    String(&'a str),
    Array(&'a [Value<'a>]),
    Object(Map<'a>),
}

/// An object's members, each name once: in document order when there are at most [`SCAN`]
/// (found by comparing each), sorted by name when there are more (found by bisection, so that a
/// lookup per member of a 20 000-member object stays far from quadratic). A `serde_json` map
/// is sorted by name whatever its size. 16 bytes, like the other values' payloads.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Map<'a> {
    members: &'a [(&'a str, Value<'a>)],
}

static NULL: Value<'static> = Value::Null;

/// An arena for the tree of `text`, allocated once for most texts: the tree of a JSON text
/// takes up to about twice its size (a value is 32 bytes; the text spends at least a few bytes
/// on each). A larger tree gets more chunks.
pub(crate) fn arena_for(text: &str) -> Bump {
    Bump::with_capacity(text.len().saturating_mul(2))
}

/// Calls `f` with the tree of `value` (borrowed, in an arena of its own).
pub(crate) fn with_borrowed<R>(value: &serde_json::Value, f: impl FnOnce(&Value<'_>) -> R) -> R {
    let arena = Bump::new();
    f(&Value::borrow(value, &arena))
}

impl<'a> Value<'a> {
    /// The same tree as `value`, borrowing its strings, its arrays and objects in `arena` (for
    /// `lint_value` and the lenient path).
    pub(crate) fn borrow(value: &'a serde_json::Value, arena: &'a Bump) -> Self {
        match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Number(n.clone()),
            serde_json::Value::String(s) => Value::String(s),
            serde_json::Value::Array(items) => {
                Value::Array(arena.alloc_slice_fill_iter(items.iter().map(|v| Value::borrow(v, arena))))
            }
            serde_json::Value::Object(map) => Value::Object(Map {
                // A `serde_json::Map` (a `BTreeMap`) iterates in name order.
                members: arena.alloc_slice_fill_iter(map.iter().map(|(k, v)| (k.as_str(), Value::borrow(v, arena)))),
            }),
        }
    }

    /// The same tree as a `serde_json::Value` (for tests, to compare with).
    #[cfg(test)]
    pub(crate) fn to_serde(&self) -> serde_json::Value {
        match self {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(n) => serde_json::Value::Number(n.clone()),
            Value::String(s) => serde_json::Value::String(s.to_string()),
            Value::Array(items) => serde_json::Value::Array(items.iter().map(Value::to_serde).collect()),
            Value::Object(map) => {
                serde_json::Value::Object(map.iter().map(|(k, v)| (k.to_owned(), v.to_serde())).collect())
            }
        }
    }

    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn as_object(&self) -> Option<&Map<'a>> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    pub(crate) fn as_array(&self) -> Option<&'a [Value<'a>]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub(crate) fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub(crate) fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => n.as_f64(),
            _ => None,
        }
    }

    pub(crate) fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) => n.as_i64(),
            _ => None,
        }
    }

    pub(crate) fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    pub(crate) fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub(crate) fn is_boolean(&self) -> bool {
        matches!(self, Value::Bool(_))
    }

    pub(crate) fn is_number(&self) -> bool {
        matches!(self, Value::Number(_))
    }

    pub(crate) fn is_i64(&self) -> bool {
        matches!(self, Value::Number(n) if n.is_i64())
    }

    pub(crate) fn is_u64(&self) -> bool {
        matches!(self, Value::Number(n) if n.is_u64())
    }

    pub(crate) fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }

    pub(crate) fn is_array(&self) -> bool {
        matches!(self, Value::Array(_))
    }

    pub(crate) fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    /// The member `key` of an object.
    pub(crate) fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.as_object()?.get(key)
    }
}

impl<'a> std::ops::Index<&str> for Value<'a> {
    type Output = Value<'a>;

    /// The member `key`, or `null` (as `serde_json::Value`'s index).
    fn index(&self, key: &str) -> &Value<'a> {
        self.get(key).unwrap_or(&NULL)
    }
}

impl<'a> std::ops::Index<usize> for Value<'a> {
    type Output = Value<'a>;

    /// The element `i`, or `null`.
    fn index(&self, i: usize) -> &Value<'a> {
        self.as_array().and_then(|items| items.get(i)).unwrap_or(&NULL)
    }
}

impl PartialEq<&str> for Value<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl<'a> std::ops::Index<&str> for Map<'a> {
    type Output = Value<'a>;

    /// The member `key`, or `null`.
    fn index(&self, key: &str) -> &Value<'a> {
        self.get(key).unwrap_or(&NULL)
    }
}

impl fmt::Display for Value<'_> {
    /// Compact JSON text, as `serde_json::Value`'s `Display` writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Number(n) => write!(f, "{n}"),
            Value::String(s) => f.write_str(&crate::diagnostic::text::json_string(s)),
            Value::Array(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
            Value::Object(map) => {
                // Members by name, as `serde_json` writes its (sorted) maps.
                let mut members: Vec<(&str, &Value<'_>)> = map.iter().collect();
                members.sort_unstable_by_key(|m| m.0);
                f.write_str("{")?;
                for (i, (key, value)) in members.into_iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{}:{value}", crate::diagnostic::text::json_string(key))?;
                }
                f.write_str("}")
            }
        }
    }
}

/// Whether the member names `a` and `b` are equal: lengths first, then eight bytes at a time
/// (the last eight overlapping), with no call. Equal to `a == b`; written out because names are
/// compared on every member lookup and, in WASM, `==` on strings calls `memcmp`, a loop over
/// single bytes there (the measurement: docs/performance.md, "Smaller measured choices").
#[inline]
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let word = |s: &[u8], i: usize| s.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()).map(u64::from_ne_bytes);
    if n < 8 {
        let mut i = 0;
        while i < n {
            if a.get(i) != b.get(i) {
                return false;
            }
            i += 1;
        }
        return true;
    }
    let mut i = 0;
    while i + 8 < n {
        if word(a, i) != word(b, i) {
            return false;
        }
        i += 8;
    }
    word(a, n - 8) == word(b, n - 8)
}

impl<'a> Map<'a> {
    /// The position of the member named `key`.
    fn find(&self, key: &str) -> Option<usize> {
        if self.members.len() <= SCAN {
            self.members.iter().position(|(k, _)| same_name(k, key))
        } else {
            self.members.binary_search_by(|(k, _)| (*k).cmp(key)).ok()
        }
    }

    /// The member named `key`.
    pub(crate) fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.find(key).and_then(|i| self.at(i))
    }

    /// The member named `key`, with its name.
    pub(crate) fn get_key_value(&self, key: &str) -> Option<(&str, &Value<'a>)> {
        self.find(key).and_then(|i| self.members.get(i)).map(|(k, v)| (*k, v))
    }

    /// The value of the member at `position` (in document order).
    pub(crate) fn at(&self, position: usize) -> Option<&Value<'a>> {
        self.members.get(position).map(|(_, v)| v)
    }

    /// The member written first in the text; `None` for an empty object, and for one of more than
    /// [`SCAN`] members, which is kept sorted by name.
    pub(crate) fn first_written(&self) -> Option<(&str, &Value<'a>)> {
        self.members.first().filter(|_| self.members.len() <= SCAN).map(|(k, v)| (*k, v))
    }

    pub(crate) fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_some()
    }

    /// The members, in document order.
    pub(crate) fn iter(&self) -> impl DoubleEndedIterator<Item = (&str, &Value<'a>)> + ExactSizeIterator {
        self.members.iter().map(|(k, v)| (*k, v))
    }

    pub(crate) fn keys(&self) -> impl DoubleEndedIterator<Item = &str> + ExactSizeIterator {
        self.members.iter().map(|(k, _)| *k)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}

impl<'m, 'a> IntoIterator for &'m Map<'a> {
    type Item = (&'m str, &'m Value<'a>);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'m, (&'a str, Value<'a>)>,
        fn(&'m (&'a str, Value<'a>)) -> (&'m str, &'m Value<'a>),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.members.iter().map(|(k, v)| (&**k, v))
    }
}

/// Parses `text` strictly (RFC 8259, serde_json's reader and its 128-level limit) into a tree
/// borrowing from it, its arrays and objects in `arena`. On success also says whether some
/// object repeats a name (the tree then keeps the first; [`super::parse`] takes the lenient path
/// instead).
pub(crate) fn parse<'a>(text: &'a str, arena: &'a Bump) -> Result<(Value<'a>, bool), serde_json::Error> {
    let duplicate = Cell::new(false);
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Seed { duplicate: &duplicate, arena }.deserialize(&mut de)?;
    de.end()?;
    Ok((value, duplicate.get()))
}

#[derive(Clone, Copy)]
struct Seed<'d, 'a> {
    duplicate: &'d Cell<bool>,
    arena: &'a Bump,
}

impl<'de> DeserializeSeed<'de> for Seed<'_, 'de> {
    type Value = Value<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value<'de>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

/// The room an array or object starts with (serde_json cannot say how many items follow): most
/// have a few, and growing a vector from nothing reallocates it at 4 and 8.
const FIRST: usize = 4;

/// Objects with more members than this are searched by bisection, not scanned.
const SCAN: usize = 16;

impl<'de> Visitor<'de> for Seed<'_, 'de> {
    type Value = Value<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value<'de>, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value<'de>, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value<'de>, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value<'de>, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Value<'de>, E> {
        Ok(Value::String(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value<'de>, E> {
        Ok(Value::String(self.arena.alloc_str(v)))
    }

    fn visit_unit<E>(self) -> Result<Value<'de>, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value<'de>, A::Error> {
        let mut items = BumpVec::with_capacity_in(seq.size_hint().unwrap_or(FIRST), self.arena);
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(Value::Array(items.into_bump_slice()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value<'de>, A::Error> {
        let mut members: BumpVec<(&'de str, Value<'de>)> = BumpVec::with_capacity_in(FIRST, self.arena);
        while let Some(key) = access.next_key_seed(KeySeed(self.arena))? {
            let value = access.next_value_seed(self)?;
            // Small objects are checked for a repeated name as they are read, large ones once
            // their index is sorted.
            if members.len() < SCAN && members.iter().any(|(k, _)| *k == key) {
                self.duplicate.set(true);
            } else {
                members.push((key, value));
            }
        }
        let members = members.into_bump_slice_mut();
        if members.len() > SCAN {
            members.sort_unstable_by(|a, b| a.0.cmp(b.0));
            if members.windows(2).any(|w| w[0].0 == w[1].0) {
                self.duplicate.set(true);
            }
        }
        Ok(Value::Object(Map { members }))
    }
}

/// Reads a member name: borrowed from the text, or in the arena when it has escapes.
struct KeySeed<'a>(&'a Bump);

impl<'de> DeserializeSeed<'de> for KeySeed<'de> {
    type Value = &'de str;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<&'de str, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'de> {
    type Value = &'de str;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<&'de str, E> {
        Ok(v)
    }

    fn visit_str<E>(self, v: &str) -> Result<&'de str, E> {
        Ok(self.0.alloc_str(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_name_is_string_equality() {
        let names = [
            "",
            "a",
            "ab",
            "type",
            "1234567",
            "12345678",
            "123456789",
            "recipient_type",
            "recipient_typf",
            "xecipient_type",
            "préview_url",
            "0123456789abcdef",
            "0123456789abcdeF",
            "0123456789abcdef0",
        ];
        for a in names {
            for b in names {
                assert_eq!(same_name(a, b), a == b, "{a:?} {b:?}");
            }
        }
        // Every single-byte change at every position, at every length up to 20.
        let long = "abcdefghijklmnopqrst";
        for n in 0..=long.len() {
            let a = &long[..n];
            for i in 0..n {
                let mut b = a.as_bytes().to_vec();
                b[i] ^= 0x20;
                assert!(!same_name(a, std::str::from_utf8(&b).unwrap()), "{a:?} at {i}");
            }
            assert!(same_name(a, String::from(a).as_str()));
        }
    }

    #[test]
    fn parses_borrowing_and_flags_repeated_names() {
        let text = r#"{"a": "x", "b\u0041": ["y", 1, 2.5, true, null], "c": {"d": 1, "d": 2}}"#;
        let arena = Bump::new();
        let (v, repeated) = parse(text, &arena).unwrap();
        assert!(repeated);
        assert!(matches!(v["a"], Value::String("x")));
        assert_eq!(v["bA"][0], "y");
        assert_eq!(v["bA"][1].as_u64(), Some(1));
        assert_eq!(v["bA"][2].as_f64(), Some(2.5));
        assert_eq!(v.as_object().unwrap().keys().collect::<Vec<_>>(), ["a", "bA", "c"]);
        assert!(!parse(r#"{"a": 1, "b": {"a": 1}}"#, &arena).unwrap().1);
    }

    #[test]
    fn repeated_names_in_large_objects_are_found() {
        let members: Vec<String> = (0..40).map(|i| format!("\"k{i}\": {i}")).collect();
        let text = format!("{{{}, \"k3\": 0}}", members.join(", "));
        let arena = Bump::new();
        assert!(parse(&text, &arena).unwrap().1);
        let text = format!("{{{}}}", members.join(", "));
        assert!(!parse(&text, &arena).unwrap().1);
    }

    #[test]
    fn large_objects_are_searched_in_either_order() {
        let members: Vec<String> = (0..40).rev().map(|i| format!("\"k{i}\": {i}")).collect();
        let text = format!("{{{}}}", members.join(", "));
        let arena = Bump::new();
        let (parsed, _) = parse(&text, &arena).unwrap();
        let serde: serde_json::Value = serde_json::from_str(&text).unwrap();
        let borrowed = Value::borrow(&serde, &arena);
        for v in [&parsed, &borrowed] {
            let map = v.as_object().unwrap();
            for i in 0..40 {
                assert_eq!(map.get(&format!("k{i}")).and_then(Value::as_u64), Some(i));
            }
            assert!(!map.contains_key("k40") && !map.contains_key(""));
        }
        assert_eq!(parsed.as_object().unwrap().keys().next(), Some("k0"), "sorted by name");
        let (small, _) = parse(r#"{"b": 1, "a": 2}"#, &arena).unwrap();
        assert_eq!(small.as_object().unwrap().keys().collect::<Vec<_>>(), ["b", "a"], "document order");
    }

    #[test]
    fn borrows_a_serde_tree_and_gives_it_back() {
        let serde: serde_json::Value = serde_json::from_str(r#"{"b": [1, {"c": "~/"}], "a": null}"#).unwrap();
        let arena = Bump::new();
        let v = Value::borrow(&serde, &arena);
        assert_eq!(v["b"][1]["c"], Value::String("~/"));
        assert_eq!(v.to_serde(), serde);
        assert_eq!(v.to_string(), serde.to_string());
    }
}
