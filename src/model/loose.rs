//! [`NumberOrString`]: the values the documents type loosely, kept as written so both documented
//! forms round-trip.

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Number;
use std::fmt;

/// A JSON number or a string, kept in the form it was written.
///
/// The documents type some values one way and show them the other: a template button `index` is
/// documented as String and shown as `0` and as `"0"`; `amount1000` is documented as String and
/// shown as `"100990"`; the DateTime members (`dayOfWeek` … `minute`, `timestamp`) are documented
/// as String and shown as numbers; a location's `latitude` and `longitude` are documented as Double
/// and shown as numeric strings by the Cloud API documents. A number keeps its integer or decimal
/// form (a [`serde_json::Number`]), so `59` stays `59` and `59.0` stays `59.0`.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Component" (index), "Currency", "DateTime",
/// "Location message"; Service4U WhatsApp API, location header parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberOrString {
    /// A JSON number, as written (integer or decimal).
    Number(Number),
    /// A JSON string, e.g. `"0"` or `"100990"`.
    String(String),
}

impl NumberOrString {
    /// The value as a float: the number, or the string (surrounding whitespace trimmed) read as a
    /// finite decimal number in the forms `str::parse::<f64>` reads (`None` when it is not one,
    /// including `inf` and `NaN`).
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            NumberOrString::Number(n) => n.as_f64(),
            NumberOrString::String(s) => crate::json::decimal(s.trim()),
        }
    }

    /// The value as a non-negative integer: an integral number, or a string of ASCII digits.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            NumberOrString::Number(n) => n.as_u64(),
            NumberOrString::String(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => s.parse().ok(),
            NumberOrString::String(_) => None,
        }
    }

    /// A decimal number; `None` for NaN and infinities, which JSON cannot hold.
    pub fn from_f64(value: f64) -> Option<Self> {
        Number::from_f64(value).map(NumberOrString::Number)
    }
}

impl From<i32> for NumberOrString {
    fn from(value: i32) -> Self {
        NumberOrString::Number(value.into())
    }
}

impl From<u32> for NumberOrString {
    fn from(value: u32) -> Self {
        NumberOrString::Number(value.into())
    }
}

impl From<u64> for NumberOrString {
    fn from(value: u64) -> Self {
        NumberOrString::Number(value.into())
    }
}

impl From<i64> for NumberOrString {
    fn from(value: i64) -> Self {
        NumberOrString::Number(value.into())
    }
}

impl From<&str> for NumberOrString {
    fn from(value: &str) -> Self {
        NumberOrString::String(value.to_owned())
    }
}

impl From<String> for NumberOrString {
    fn from(value: String) -> Self {
        NumberOrString::String(value)
    }
}

impl fmt::Display for NumberOrString {
    /// The number as JSON writes it, or the string without quotes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NumberOrString::Number(n) => write!(f, "{n}"),
            NumberOrString::String(s) => f.write_str(s),
        }
    }
}

impl Serialize for NumberOrString {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            NumberOrString::Number(n) => n.serialize(serializer),
            NumberOrString::String(s) => serializer.serialize_str(s),
        }
    }
}

impl<'de> Deserialize<'de> for NumberOrString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NumberOrStringVisitor)
    }
}

struct NumberOrStringVisitor;

impl Visitor<'_> for NumberOrStringVisitor {
    type Value = NumberOrString;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number or a string")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(v.into())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(v.into())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        NumberOrString::from_f64(v).ok_or_else(|| E::invalid_value(de::Unexpected::Float(v), &self))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(v.into())
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(v.into())
    }
}
