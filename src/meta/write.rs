//! The to_meta side's helpers: [`Notes`] collects the Translation's diagnostics, [`Object`] builds
//! a Cloud API object member by member, and [`loose`] writes a [`NumberOrString`] as JSON.

use crate::diagnostic::Diagnostic;
use crate::model::NumberOrString;
use crate::pointer::JsonPointer;
use crate::rules::registry::Rule;
use serde_json::{Map, Value};

/// The diagnostics of one translation, in the order found (sorted when the Translation is built).
#[derive(Debug, Default)]
pub(super) struct Notes(pub(super) Vec<Diagnostic>);

impl Notes {
    /// Records a finding of `rule` at `path` (a JSON Pointer into the LINK request).
    pub(super) fn add(&mut self, rule: &'static Rule, path: JsonPointer, message: String, help: Option<&str>) {
        let mut d = rule.diagnostic(path, message);
        d.help = help.map(str::to_owned);
        self.0.push(d);
    }
}

/// A Cloud API object under construction; optional members are left out when `None`.
#[derive(Debug, Default)]
pub(super) struct Object(Map<String, Value>);

impl Object {
    pub(super) fn new() -> Self {
        Self::default()
    }

    /// Sets `key` to `value`.
    pub(super) fn put(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.0.insert(key.to_owned(), value.into());
        self
    }

    /// Sets `key` to `value` when there is one.
    pub(super) fn opt(self, key: &str, value: Option<impl Into<Value>>) -> Self {
        match value {
            Some(value) => self.put(key, value),
            None => self,
        }
    }

    pub(super) fn build(self) -> Value {
        Value::Object(self.0)
    }
}

/// A loosely typed value as written: a JSON number or a JSON string.
pub(super) fn loose(value: &NumberOrString) -> Value {
    match value {
        NumberOrString::Number(n) => Value::Number(n.clone()),
        NumberOrString::String(s) => Value::String(s.clone()),
    }
}

/// The JSON form of a model value whose serialization is already the Cloud API spelling.
pub(super) fn same<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("the model serializes to JSON: string keys, finite numbers")
}

/// Maps `items` with `f`, giving each its JSON Pointer (`path/<index>`).
pub(super) fn each<T>(items: &[T], path: &JsonPointer, mut f: impl FnMut(&T, JsonPointer) -> Value) -> Value {
    Value::Array(items.iter().enumerate().map(|(i, item)| f(item, path.index(i))).collect())
}
