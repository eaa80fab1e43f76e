//! The fast path: strict RFC 8259 parsing with serde_json, noting whether any object repeats a key
//! (serde_json's own `Value` silently keeps the last one).

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::cell::Cell;
use std::fmt;

/// Parses `text` strictly. On success also says whether some object repeats a key.
pub(super) fn parse(text: &str) -> Result<(Value, bool), serde_json::Error> {
    let duplicate = Cell::new(false);
    let mut de = serde_json::Deserializer::from_str(text);
    let value = ValueSeed { duplicate: &duplicate }.deserialize(&mut de)?;
    de.end()?;
    Ok((value, duplicate.get()))
}

#[derive(Clone, Copy)]
struct ValueSeed<'a> {
    duplicate: &'a Cell<bool>,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
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

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut map = Map::new();
        while let Some(key) = access.next_key::<String>()? {
            let value = access.next_value_seed(self)?;
            if map.insert(key, value).is_some() {
                self.duplicate.set(true);
            }
        }
        Ok(Value::Object(map))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn flags_duplicates_and_keeps_the_last() {
        let (v, dup) = super::parse(r#"{"a": 1, "b": {"c": 1, "c": 2}}"#).unwrap();
        assert!(dup);
        assert_eq!(v["b"]["c"], 2);
        let (_, dup) = super::parse(r#"{"a": 1, "b": {"c": 1}}"#).unwrap();
        assert!(!dup);
    }

    #[test]
    fn refuses_trailing_commas_and_deep_nesting() {
        assert!(super::parse(r#"{"a": 1,}"#).is_err());
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert!(super::parse(&deep).is_err());
    }
}
