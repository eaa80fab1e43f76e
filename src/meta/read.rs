//! The from_meta side's helper: [`Obj`] reads one JSON object member by member, each read at its
//! JSON Pointer, and [`Obj::finish`] rejects the members nobody read.

use super::FromMetaError;
use crate::pointer::JsonPointer;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

pub(super) type Result<T> = std::result::Result<T, FromMetaError>;

/// A JSON object being read; remembers which members were read.
pub(super) struct Obj<'a> {
    map: &'a Map<String, Value>,
    /// The object's own pointer.
    pub(super) path: JsonPointer,
    read: Vec<&'static str>,
}

impl<'a> Obj<'a> {
    /// `value` as an object, or an [`FromMetaError::Invalid`] at `path`.
    pub(super) fn of(value: &'a Value, path: JsonPointer) -> Result<Self> {
        match value.as_object() {
            Some(map) => Ok(Self { map, path, read: Vec::new() }),
            None => Err(invalid(&path, format!("expected an object, found {}", json_type(value)))),
        }
    }

    /// True when the object has `key` (does not count as reading it).
    pub(super) fn has(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }

    fn take(&mut self, key: &'static str) -> Option<(&'a Value, JsonPointer)> {
        self.read.push(key);
        self.map.get(key).map(|v| (v, self.path.key(key)))
    }

    /// A required member, decoded with serde (strings, booleans, numbers, enums, objects of scalars).
    pub(super) fn req<T: DeserializeOwned>(&mut self, key: &'static str) -> Result<T> {
        match self.take(key) {
            Some((value, path)) => leaf(value, &path),
            None => Err(FromMetaError::Missing { path: self.path.key(key) }),
        }
    }

    /// An optional member, decoded with serde.
    pub(super) fn opt<T: DeserializeOwned>(&mut self, key: &'static str) -> Result<Option<T>> {
        self.take(key).map(|(value, path)| leaf(value, &path)).transpose()
    }

    /// A required object member.
    pub(super) fn req_obj(&mut self, key: &'static str) -> Result<Obj<'a>> {
        match self.take(key) {
            Some((value, path)) => Obj::of(value, path),
            None => Err(FromMetaError::Missing { path: self.path.key(key) }),
        }
    }

    /// An optional object member.
    pub(super) fn opt_obj(&mut self, key: &'static str) -> Result<Option<Obj<'a>>> {
        self.take(key).map(|(value, path)| Obj::of(value, path)).transpose()
    }

    /// A required array member, each element read by `f` at its own pointer.
    pub(super) fn req_list<T>(
        &mut self,
        key: &'static str,
        f: impl FnMut(&'a Value, JsonPointer) -> Result<T>,
    ) -> Result<Vec<T>> {
        match self.opt_list(key, f)? {
            Some(list) => Ok(list),
            None => Err(FromMetaError::Missing { path: self.path.key(key) }),
        }
    }

    /// An optional array member, each element read by `f` at its own pointer.
    pub(super) fn opt_list<T>(
        &mut self,
        key: &'static str,
        mut f: impl FnMut(&'a Value, JsonPointer) -> Result<T>,
    ) -> Result<Option<Vec<T>>> {
        let Some((value, path)) = self.take(key) else { return Ok(None) };
        let Some(items) = value.as_array() else {
            return Err(invalid(&path, format!("expected an array, found {}", json_type(value))));
        };
        items.iter().enumerate().map(|(i, item)| f(item, path.index(i))).collect::<Result<Vec<T>>>().map(Some)
    }

    /// Ends the read: the first member (in key order) that was not read is an
    /// [`FromMetaError::Unknown`].
    pub(super) fn finish(self) -> Result<()> {
        match self.map.keys().find(|k| !self.read.contains(&k.as_str())) {
            Some(key) => Err(FromMetaError::Unknown { path: self.path.key(key) }),
            None => Ok(()),
        }
    }
}

/// `value` decoded with serde; a failure is an [`FromMetaError::Invalid`] at `path` with serde's
/// message ("invalid type: integer `5`, expected a string").
pub(super) fn leaf<T: DeserializeOwned>(value: &Value, path: &JsonPointer) -> Result<T> {
    T::deserialize(value).map_err(|e| invalid(path, e.to_string()))
}

pub(super) fn invalid(path: &JsonPointer, reason: String) -> FromMetaError {
    FromMetaError::Invalid { path: path.clone(), reason }
}

pub(super) fn unsupported(path: JsonPointer, what: &str) -> FromMetaError {
    FromMetaError::Unsupported { path, what: what.to_owned() }
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
