//! LW001-004, LW009-013: JSON syntax, emitted by the JSON front end (this module's parsers) and by
//! nothing else. `crate::rules::structure` names them too (a public path).

use crate::diagnostic::rule::declare_rules;

const JSON: &str = "RFC 8259, The JavaScript Object Notation (JSON) Data Interchange Format";

/// The nesting depth refused: a document whose arrays and objects nest this many levels deep is
/// `LW003 nesting-too-deep` and not linted (serde_json's recursion limit, which the lenient parse
/// applies too); 127 levels are read.
pub const NESTING_LIMIT: usize = 128;

declare_rules! {
    INVALID_JSON = LW001 "invalid-json" Error,
        "The document is not JSON: the parser stops at the position given, or a string holds a raw control character.",
        "The gateway answers 400 Bad Request (resultCode 112402) without saying where.",
        JSON;
    INVALID_UTF8 = LW002 "invalid-utf8" Error,
        "The document's bytes are not valid UTF-8.",
        "JSON exchanged between systems must be UTF-8; the gateway cannot read other encodings.",
        "RFC 8259 §8.1, Character Encoding";
    NESTING_TOO_DEEP = LW003 "nesting-too-deep" Error,
        "Arrays and objects nest deeper than 128 levels.",
        "No WhatsApp payload nests that deep; such input is an attack or a generator bug, and parsers refuse it.",
        JSON;
    DUPLICATE_KEY = LW004 "duplicate-key" Error,
        "An object names the same member twice.",
        "Parsers disagree on which value wins (most keep the last), so what is sent is not what was read.",
        "RFC 8259 §4, Objects: the names within an object SHOULD be unique";
    TRAILING_COMMA = LW009 "trailing-comma" Error fix Safe,
        "A comma follows the last member of an object or the last element of an array.",
        "Strict JSON parsers, the gateway's among them, reject the document.",
        JSON;
    COMMENT_IN_JSON = LW010 "comment-in-json" Error fix Safe,
        "The document contains a `//`, `/* */` or `#` comment.",
        "JSON has no comments; the document is rejected.",
        JSON;
    MISSING_COMMA = LW011 "missing-comma" Error fix Safe,
        "Two members or elements follow each other without a comma.",
        "Strict JSON parsers reject the document.",
        JSON;
    NON_JSON_TOKEN = LW012 "non-json-token" Error fix Safe,
        "A key without double quotes, or a single-quoted string.",
        "Strict JSON parsers reject the document.",
        JSON;
    EMPTY_DOCUMENT = LW013 "empty-document" Error,
        "The document is empty or only white space.",
        "There is nothing to send.",
        JSON;
}
