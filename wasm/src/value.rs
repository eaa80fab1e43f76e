//! Reading a JavaScript value as a JSON tree (through serde-wasm-bindgen), for `lintValue` and `toMeta`.
//!
//! `serde_wasm_bindgen::from_value::<serde_json::Value>` would recurse without limit, so an object
//! that contains itself, or one nested a hundred thousand levels deep, would exhaust the WASM
//! stack. This visitor builds the same tree with the text front end's depth limit and, when the
//! value cannot be read, remembers the path where reading stopped so that the failure becomes a
//! diagnostic at that path. `lintValue` lints the tree; `toMeta` translates it.

use linkwa::pointer::Segment;
use linkwa::rules::registry::Rule;
use linkwa::rules::structure::{EMPTY_DOCUMENT, INVALID_JSON, NESTING_LIMIT, NESTING_TOO_DEEP};
use linkwa::{Dialect, JsonPointer, LintOptions, Report};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::cell::RefCell;
use std::fmt;
use wasm_bindgen::JsValue;

/// How many levels arrays and objects may nest: one less than the core's [`NESTING_LIMIT`], the
/// level it refuses in text (so `lint(text)` and `lintValue(JSON.parse(text))` agree).
const MAX_DEPTH: usize = NESTING_LIMIT - 1;

/// Why a JavaScript value could not be read as JSON, and where.
#[derive(Debug)]
pub(crate) enum Unreadable {
    /// Arrays and objects nest deeper than [`MAX_DEPTH`] at this path (or an object contains itself).
    TooDeep(JsonPointer),
    /// The value at this path is not a JSON value (a function, a symbol, a typed array, …).
    NotJson(JsonPointer),
}

/// Lints a JavaScript value; see `lintValue`.
pub(crate) fn lint(js: &JsValue, options: &LintOptions) -> Report {
    match read(js, options.dialect.unwrap_or_default()) {
        Ok(value) => linkwa::lint_value_with(&value, options),
        Err(report) => report,
    }
}

/// The JSON tree of a JavaScript value ([`to_json`]), or, when there is none, the report `lintValue`
/// gives for it: `undefined` is `LW013 empty-document`, a value JSON cannot hold `LW001
/// invalid-json` at its path, nesting too deep (or a cycle) `LW003 nesting-too-deep`. The report's
/// dialect is `dialect` (there is no document to tell it by).
pub(crate) fn read(js: &JsValue, dialect: Dialect) -> Result<Value, Report> {
    let single = |rule, path, message| single(dialect, rule, path, message);
    if js.is_undefined() {
        return Err(single(
            &EMPTY_DOCUMENT,
            JsonPointer::root(),
            "the value is `undefined`: there is no document".into(),
        ));
    }
    to_json(js).map_err(|unreadable| match unreadable {
        Unreadable::TooDeep(path) => single(
            &NESTING_TOO_DEEP,
            path,
            format!("arrays and objects nest deeper than {NESTING_LIMIT} levels (or an object contains itself)"),
        ),
        Unreadable::NotJson(path) => {
            let subject = if path.segments().is_empty() { "the document" } else { "the value" };
            let what = describe(lookup(js, &path).as_ref());
            single(&INVALID_JSON, path, format!("{subject} is {what}, which JSON cannot represent"))
        }
    })
}

/// The JSON tree of a JavaScript value, as serde-wasm-bindgen reads it, and close to what
/// `JSON.stringify` would send: object members whose value is `undefined` are left out; `undefined`
/// in an array, `NaN` and the infinities are `null`; numbers that are safe integers are integers;
/// `Map`s with string keys are objects. Unlike `JSON.stringify`, `toJSON` methods are not called,
/// BigInts within 64 bits are numbers, and functions and symbols fail (at their path) instead of
/// being dropped: they are almost certainly a mistake in a payload.
pub(crate) fn to_json(js: &JsValue) -> Result<Value, Unreadable> {
    let trail = RefCell::new(Trail::default());
    let deserializer = serde_wasm_bindgen::Deserializer::from(js.clone());
    match (Seed { depth: 0, trail: &trail }).deserialize(deserializer) {
        Ok(value) => Ok(value),
        Err(_) => {
            let trail = trail.into_inner();
            let mut path = JsonPointer::root();
            for segment in trail.segments.iter().rev() {
                path = match segment {
                    Segment::Index(i) => path.index(*i),
                    Segment::Key(k) => path.key(k),
                };
            }
            Err(if trail.too_deep { Unreadable::TooDeep(path) } else { Unreadable::NotJson(path) })
        }
    }
}

/// Where reading failed: filled in while the error travels up, innermost segment first.
#[derive(Default)]
struct Trail {
    too_deep: bool,
    segments: Vec<Segment>,
}

#[derive(Clone, Copy)]
struct Seed<'t> {
    /// How many arrays and objects enclose the value.
    depth: usize,
    trail: &'t RefCell<Trail>,
}

impl Seed<'_> {
    /// The seed for the members of an array or object at this depth; an error past the limit.
    fn enter<E: de::Error>(self) -> Result<Self, E> {
        if self.depth >= MAX_DEPTH {
            self.trail.borrow_mut().too_deep = true;
            return Err(E::custom("nesting too deep"));
        }
        Ok(Seed { depth: self.depth + 1, trail: self.trail })
    }

    fn failed_at(&self, segment: Segment) {
        self.trail.borrow_mut().segments.push(segment);
    }
}

impl<'de> DeserializeSeed<'de> for Seed<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let inner = self.enter()?;
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        loop {
            match seq.next_element_seed(inner) {
                Ok(Some(item)) => items.push(item),
                Ok(None) => return Ok(Value::Array(items)),
                Err(e) => {
                    self.failed_at(Segment::Index(items.len()));
                    return Err(e);
                }
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let inner = self.enter()?;
        let mut members = Map::new();
        // A key that is not a string (in a `Map`) fails here, and is reported at the map's path.
        while let Some(key) = map.next_key::<String>()? {
            // serde-wasm-bindgen reads `undefined` as it reads `null`; take the member's JavaScript
            // value as it is to leave `undefined` members out, as `JSON.stringify` does.
            let js = map.next_value_seed(Preserve)?;
            if js.is_undefined() {
                continue;
            }
            match inner.deserialize(serde_wasm_bindgen::Deserializer::from(js)) {
                Ok(value) => {
                    members.insert(key, value);
                }
                Err(e) => {
                    self.failed_at(Segment::Key(key.into()));
                    return Err(de::Error::custom(e));
                }
            }
        }
        Ok(Value::Object(members))
    }
}

/// The JavaScript value itself, unconverted (`serde_wasm_bindgen::preserve`).
struct Preserve;

impl<'de> DeserializeSeed<'de> for Preserve {
    type Value = JsValue;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<JsValue, D::Error> {
        serde_wasm_bindgen::preserve::deserialize(deserializer)
    }
}

/// The JavaScript value at `path` (object members and array elements only), when it can be reached.
fn lookup(root: &JsValue, path: &JsonPointer) -> Option<JsValue> {
    let mut current = root.clone();
    for segment in path.segments() {
        let key = match segment {
            Segment::Index(i) => JsValue::from(*i as f64),
            Segment::Key(k) => JsValue::from_str(k),
        };
        current = js_sys::Reflect::get(&current, &key).ok()?;
    }
    Some(current)
}

/// "a function", "a symbol", …: what a value JSON cannot hold is, without showing the value.
fn describe(value: Option<&JsValue>) -> &'static str {
    let kind = value.and_then(|v| v.js_typeof().as_string());
    match kind.as_deref() {
        Some("function") => "a function",
        Some("symbol") => "a symbol",
        Some("bigint") => "a BigInt outside the 64-bit range",
        Some("object") => {
            "an object JSON has no form for (a typed array, a Set, an iterable, a Map with non-string keys)"
        }
        _ => "a value",
    }
}

/// A report of one diagnostic of `rule`, in the dialect asked for (LINK when `auto`: the value
/// could not be read, so there is nothing to tell the dialect by; the core reports unreadable
/// text the same way).
fn single(dialect: Dialect, rule: &'static Rule, path: JsonPointer, message: String) -> Report {
    Report { dialect, diagnostics: vec![rule.diagnostic(path, message)] }
}
