//! Typed findings and their wording. Checks say *what* they found ([`Finding`]); this module says it
//! in one sentence, stating the actual length or value and the limit, never echoing message bodies
//! or full phone numbers.

use super::path::Path;
use crate::json::tree::Value;
use crate::pointer::JsonPointer;
use std::fmt::Write;

/// What a length or count is measured in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// Unicode scalar values (Rust `chars()`).
    Chars,
    /// ASCII digits.
    Digits,
    /// Array elements.
    Items,
}

impl Unit {
    fn word(self, n: usize) -> &'static str {
        match (self, n == 1) {
            (Unit::Chars, true) => "character",
            (Unit::Chars, false) => "characters",
            (Unit::Digits, true) => "digit",
            (Unit::Digits, false) => "digits",
            (Unit::Items, true) => "item",
            (Unit::Items, false) => "items",
        }
    }
}

/// The JSON type of a value, as words for messages.
pub(crate) fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "an integer",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// What a check found. `subject` names the thing in words ("reply title", "`text.body`").
#[derive(Debug, Clone)]
pub(crate) enum Finding<'v> {
    /// A required member is absent.
    Missing { member: String },
    /// None of the alternatives is present (e.g. media `id` or `link`).
    MissingOneOf { members: &'static [&'static str] },
    /// The value has the wrong JSON type.
    WrongType { subject: String, expected: &'static str, actual: &'static str },
    /// A member the object does not define.
    UnknownMember { key: String, object: &'static str },
    /// Longer than allowed.
    TooLong { subject: &'static str, actual: usize, max: usize, unit: Unit },
    /// Shorter than allowed (including empty).
    TooShort { subject: &'static str, actual: usize, min: usize, unit: Unit },
    /// More elements than allowed.
    TooMany { subject: &'static str, actual: usize, max: usize },
    /// Fewer elements than required.
    TooFew { subject: &'static str, actual: usize, min: usize },
    /// A number outside its range.
    OutOfRange { subject: &'static str, actual: f64, min: f64, max: f64 },
    /// A value that is not one of the allowed ones.
    NotOneOf { subject: &'static str, actual: String, allowed: &'static [&'static str] },
    /// An accepted spelling that is not the canonical one.
    NonCanonical { subject: &'static str, actual: String, canonical: &'static str },
    /// A value that must be unique repeats an earlier one.
    Duplicate { subject: &'static str, first: Path<'v> },
    /// A value with white space around it.
    Padded { subject: &'static str },
    /// Any other finding, worded by the check as one sentence without a final period.
    Other(String),
}

pub(crate) use crate::diagnostic::text::quote;

impl<'v> Finding<'v> {
    /// The one-sentence message; `pointer` resolves the paths it names.
    pub(crate) fn message(&self, pointer: impl FnOnce(&Path<'v>) -> JsonPointer) -> String {
        match self {
            Finding::Missing { member } => format!("required member `{member}` is missing"),
            Finding::MissingOneOf { members } => {
                let list: Vec<String> = members.iter().map(|m| format!("`{m}`")).collect();
                format!("one of {} is required", list.join(" or "))
            }
            Finding::WrongType { subject, expected, actual } => {
                format!("{subject} must be {expected}; found {actual}")
            }
            Finding::UnknownMember { key, object } => {
                format!("`{}` is not a member of {object}", quote(key))
            }
            Finding::TooLong { subject, actual, max, unit } => {
                format!("{subject} is {actual} {}; the limit is {max}", unit.word(*actual))
            }
            Finding::TooShort { subject, actual, min, unit } => {
                if *actual == 0 {
                    format!("{subject} is empty; at least {min} {} required", unit.word(*min))
                } else {
                    format!("{subject} is {actual} {}; at least {min} required", unit.word(*actual))
                }
            }
            Finding::TooMany { subject, actual, max } => {
                format!("{subject} has {actual} {}; the limit is {max}", Unit::Items.word(*actual))
            }
            Finding::TooFew { subject, actual, min } => {
                format!("{subject} has {actual} {}; at least {min} required", Unit::Items.word(*actual))
            }
            Finding::OutOfRange { subject, actual, min, max } => {
                format!("{subject} is {actual}; it must be between {min} and {max}")
            }
            Finding::NotOneOf { subject, actual, allowed } => {
                let mut s = format!("{subject} `{}` is not one of ", quote(actual));
                for (i, a) in allowed.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    let _ = write!(s, "`{a}`");
                }
                s
            }
            Finding::NonCanonical { subject, actual, canonical } => {
                format!("{subject} `{}` is accepted; the canonical spelling is `{canonical}`", quote(actual))
            }
            Finding::Duplicate { subject, first } => format!("{subject} repeats the one at {}", pointer(first)),
            Finding::Padded { subject } => format!("{subject} has white space around it"),
            Finding::Other(text) => text.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_lengths_and_limits() {
        let f = Finding::TooLong { subject: "reply title", actual: 23, max: 20, unit: Unit::Chars };
        assert_eq!(f.message(|_| JsonPointer::root()), "reply title is 23 characters; the limit is 20");
        let f = Finding::TooFew { subject: "`buttons`", actual: 0, min: 1 };
        assert_eq!(f.message(|_| JsonPointer::root()), "`buttons` has 0 items; at least 1 required");
        let f = Finding::TooShort { subject: "`action.button`", actual: 0, min: 1, unit: Unit::Chars };
        assert_eq!(f.message(|_| JsonPointer::root()), "`action.button` is empty; at least 1 character required");
    }

    #[test]
    fn quotes_are_cut() {
        let long = "x".repeat(100);
        assert_eq!(quote(&long).chars().count(), 41);
        assert_eq!(quote("abc"), "abc");
    }
}
