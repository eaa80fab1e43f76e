//! LW0xx: JSON syntax and document structure. These rules are emitted by the JSON front end
//! (`crate::json`) and by the shape checks (`super::shape`); no family module emits them directly.
//! Public, so that the edges (the WASM package's reading of JavaScript values) report these
//! rules, and refuse nesting at the same depth, without repeating codes or limits.

use super::registry::declare_rules;

const JSON: &str = "RFC 8259, The JavaScript Object Notation (JSON) Data Interchange Format";
const LINK: &str = "LINK WhatsApp Message API 1.6.1, MessageRequest and Messages";

/// The nesting depth refused: a document whose arrays and objects nest this many levels deep is
/// `LW003 nesting-too-deep` and not linted (serde_json's recursion limit, which the lenient parse
/// applies too); 127 levels are read.
pub const NESTING_LIMIT: usize = 128;

declare_rules! {
    INTERNAL_ERROR = LW000 "internal-error" Error,
        "linkwa itself failed on this document (a bug in linkwa, not in the payload); the document was not linted. Reported by the CLI and the WASM package, which go on with the next document.",
        "A linter that dies on one file hides every other file's problems; this names the file, so that it can go with a bug report to linkwa's issue tracker.",
        "linkwa";
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
    UNKNOWN_MEMBER = LW005 "unknown-member" Error fix Unsafe,
        "An object has a member its section does not define (often a misspelling).",
        "Meta rejects unknown parameters (error 100, Invalid parameter); a misspelt member also leaves the intended one unset.",
        LINK;
    WRONG_TYPE = LW006 "wrong-type" Error,
        "A member has the wrong JSON type (e.g. a number where the document says String).",
        "The gateway cannot map the value and rejects the request (112402 Bad request).",
        LINK;
    REQUIRED_MEMBER_MISSING = LW007 "required-member-missing" Error fix Unsafe,
        "A member the document marks as required is absent.",
        "The gateway or Meta rejects the message (Bad request; Meta error 131008, Required parameter is missing).",
        LINK;
    NON_CANONICAL_SPELLING = LW008 "non-canonical-spelling" Info fix Safe,
        "A member name or value uses an accepted spelling other than the canonical one (`sub_type` for `subType`).",
        "The documents show both spellings; one spelling per code base keeps payloads easy to compare.",
        LINK;
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
    DOCUMENT_NOT_OBJECT = LW014 "document-not-object" Error,
        "The document is a JSON scalar or array, not an object.",
        "Every LINK request, message and notification is a JSON object.",
        LINK;
    UNKNOWN_DOCUMENT_KIND = LW015 "unknown-document-kind" Warning fix Unsafe,
        "The object is neither a MessageRequest, a message, a response nor an inbound notification.",
        "linkwa cannot tell what the document is for, so it checked nothing in it (a fragment, such as a KeyValue example, or a request whose every key is misspelt).",
        LINK;
    RECEIVED_MEMBER_UNKNOWN = LW016 "received-member-unknown" Warning,
        "A document received from Meta or the gateway (a Cloud API webhook or send response; a LINK status notification, incoming message or response) has a member linkwa's edition does not know: Meta's Cloud API as documented in December 2025, LINK WhatsApp Message API 1.6.1.",
        "Strict on what a user sends, tolerant on what a user receives: Meta adds webhook members without notice (its pages mark them \"New property\"; media `url` arrived on 12 November 2025, business-scoped user ids and their parent ids in 2026), and the receiver can neither prevent nor fix them. An error would make `parse_inbound` drop a real customer message, so it is a warning, and decoding keeps the member (`extra`). A misspelt member in a hand-written fixture still shows here, with a did-you-mean.",
        "Meta Cloud API, Webhooks (messages field), Business-scoped user IDs (\"New property\"); LINK WhatsApp Message API 1.6.1, Message Status Notifications, Incoming Messages Sent from Mobile Phones";
}
