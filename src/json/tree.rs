//! The tree the rules read: a JSON value whose strings and member names are borrowed from the
//! linted text (or from a `serde_json` tree), and whose objects are vectors of members in
//! document order.
//!
//! Parsing a text into it costs about half of parsing it into `serde_json::Value` (no `String`
//! per member name or string value without escapes, no `BTreeMap` nodes), and reading a member
//! of a small object is a scan of a few adjacent entries. Its methods are named as
//! `serde_json::Value`'s, so the rules read it the same way. An object never repeats a name: a
//! text with a repeated name takes the lenient path ([`super::parse`]), whose `serde_json` tree
//! keeps the last value, and is then borrowed with [`Value::borrow`].

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
pub(crate) use serde_json::Number;
use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashSet;
use std::fmt;

/// A JSON value (RFC 8259), borrowing from `'a`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value<'a> {
    Null,
    Bool(bool),
    Number(Number),
    /// A string: borrowed unless it had escapes.
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    Object(Map<'a>),
}

/// An object's members, in document order, each name once.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Map<'a> {
    members: Vec<(Cow<'a, str>, Value<'a>)>,
}

static NULL: Value<'static> = Value::Null;

impl<'a> Value<'a> {
    /// The same tree as `value`, borrowing its strings (for `lint_value` and the lenient path).
    pub(crate) fn borrow(value: &'a serde_json::Value) -> Self {
        match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Number(n.clone()),
            serde_json::Value::String(s) => Value::String(Cow::Borrowed(s)),
            serde_json::Value::Array(items) => Value::Array(items.iter().map(Value::borrow).collect()),
            serde_json::Value::Object(map) => Value::Object(Map {
                members: map.iter().map(|(k, v)| (Cow::Borrowed(k.as_str()), Value::borrow(v))).collect(),
            }),
        }
    }

    /// The same tree as a `serde_json::Value`.
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

    pub(crate) fn as_array(&self) -> Option<&Vec<Value<'a>>> {
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

    /// The value at the RFC 6901 JSON Pointer `pointer` (`""` is the value itself).
    pub(crate) fn pointer(&self, pointer: &str) -> Option<&Value<'a>> {
        if pointer.is_empty() {
            return Some(self);
        }
        let rest = pointer.strip_prefix('/')?;
        rest.split('/').try_fold(self, |node, token| {
            let token = token.replace("~1", "/").replace("~0", "~");
            match node {
                Value::Object(map) => map.get(&token),
                Value::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
                _ => None,
            }
        })
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

impl PartialEq<str> for Value<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<bool> for Value<'_> {
    fn eq(&self, other: &bool) -> bool {
        self.as_bool() == Some(*other)
    }
}

impl fmt::Display for Value<'_> {
    /// Compact JSON text, as `serde_json::Value`'s `Display`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_serde().to_string())
    }
}

impl<'a> std::ops::Index<&str> for Map<'a> {
    type Output = Value<'a>;

    /// The member `key`, or `null`.
    fn index(&self, key: &str) -> &Value<'a> {
        self.get(key).unwrap_or(&NULL)
    }
}

impl<'a> Map<'a> {
    /// The member named `key`.
    pub(crate) fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The member named `key`, with its name.
    pub(crate) fn get_key_value(&self, key: &str) -> Option<(&str, &Value<'a>)> {
        self.members.iter().find(|(k, _)| k == key).map(|(k, v)| (&**k, v))
    }

    /// The value of the member at `position` (in document order).
    pub(crate) fn at(&self, position: usize) -> Option<&Value<'a>> {
        self.members.get(position).map(|(_, v)| v)
    }

    pub(crate) fn contains_key(&self, key: &str) -> bool {
        self.members.iter().any(|(k, _)| k == key)
    }

    /// The members, in document order.
    pub(crate) fn iter(&self) -> impl DoubleEndedIterator<Item = (&str, &Value<'a>)> + ExactSizeIterator {
        self.members.iter().map(|(k, v)| (&**k, v))
    }

    pub(crate) fn keys(&self) -> impl DoubleEndedIterator<Item = &str> + ExactSizeIterator {
        self.members.iter().map(|(k, _)| &**k)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}

impl<'m, 'a> IntoIterator for &'m Map<'a> {
    type Item = (&'m str, &'m Value<'a>);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'m, (Cow<'a, str>, Value<'a>)>,
        fn(&'m (Cow<'a, str>, Value<'a>)) -> (&'m str, &'m Value<'a>),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.members.iter().map(|(k, v)| (&**k, v))
    }
}

/// Parses `text` strictly (RFC 8259, serde_json's reader and its 128-level limit) into a tree
/// borrowing from it. On success also says whether some object repeats a name (the tree then
/// keeps the first; [`super::parse`] takes the lenient path instead).
pub(crate) fn parse(text: &str) -> Result<(Value<'_>, bool), serde_json::Error> {
    let duplicate = Cell::new(false);
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Seed { duplicate: &duplicate }.deserialize(&mut de)?;
    de.end()?;
    Ok((value, duplicate.get()))
}

#[derive(Clone, Copy)]
struct Seed<'d> {
    duplicate: &'d Cell<bool>,
}

impl<'de> DeserializeSeed<'de> for Seed<'_> {
    type Value = Value<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value<'de>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

/// The room an array or object starts with (serde_json cannot say how many items follow): most
/// have a few, and growing a vector from nothing reallocates it at 4 and 8.
const FIRST: usize = 4;

/// Objects with more members than this check repeated names with a set, not by scanning.
const SCAN: usize = 16;

impl<'de> Visitor<'de> for Seed<'_> {
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
        Ok(Value::String(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value<'de>, E> {
        Ok(Value::String(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Value<'de>, E> {
        Ok(Value::String(Cow::Owned(v)))
    }

    fn visit_unit<E>(self) -> Result<Value<'de>, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(FIRST));
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value<'de>, A::Error> {
        let mut members: Vec<(Cow<'de, str>, Value<'de>)> = Vec::with_capacity(FIRST);
        let mut names: Option<HashSet<Cow<'de, str>>> = None;
        while let Some(Key(key)) = access.next_key()? {
            let value = access.next_value_seed(self)?;
            let repeated = match &mut names {
                Some(names) => !names.insert(key.clone()),
                None if members.len() < SCAN => members.iter().any(|(k, _)| *k == key),
                None => {
                    let mut set: HashSet<Cow<'de, str>> = members.iter().map(|(k, _)| k.clone()).collect();
                    let repeated = !set.insert(key.clone());
                    names = Some(set);
                    repeated
                }
            };
            if repeated {
                self.duplicate.set(true);
            } else {
                members.push((key, value));
            }
        }
        Ok(Value::Object(Map { members }))
    }
}

/// A member name, borrowed when it has no escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_borrowing_and_flags_repeated_names() {
        let text = r#"{"a": "x", "b\u0041": ["y", 1, 2.5, true, null], "c": {"d": 1, "d": 2}}"#;
        let (v, repeated) = parse(text).unwrap();
        assert!(repeated);
        assert!(matches!(&v["a"], Value::String(Cow::Borrowed("x"))));
        assert_eq!(v["bA"][0], "y");
        assert_eq!(v["bA"][1].as_u64(), Some(1));
        assert_eq!(v.pointer("/bA/2").and_then(Value::as_f64), Some(2.5));
        assert_eq!(v.as_object().unwrap().keys().collect::<Vec<_>>(), ["a", "bA", "c"]);
        assert!(!parse(r#"{"a": 1, "b": {"a": 1}}"#).unwrap().1);
    }

    #[test]
    fn repeated_names_in_large_objects_are_found() {
        let members: Vec<String> = (0..40).map(|i| format!("\"k{i}\": {i}")).collect();
        let text = format!("{{{}, \"k3\": 0}}", members.join(", "));
        assert!(parse(&text).unwrap().1);
        let text = format!("{{{}}}", members.join(", "));
        assert!(!parse(&text).unwrap().1);
    }

    #[test]
    fn borrows_a_serde_tree_and_gives_it_back() {
        let serde: serde_json::Value = serde_json::from_str(r#"{"b": [1, {"c": "~/"}], "a": null}"#).unwrap();
        let v = Value::borrow(&serde);
        assert_eq!(v.pointer("/b/1/c"), Some(&Value::String("~/".into())));
        assert_eq!(v.to_serde(), serde);
        assert_eq!(v.to_string(), serde.to_string());
    }
}
