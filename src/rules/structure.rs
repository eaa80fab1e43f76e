//! LW005-008, LW014-016: document structure, emitted by the shape checks (`super::shape`); no
//! family module emits them directly. The syntax rules (LW001-004, LW009-013) are the JSON front
//! end's (`crate::json::syntax`) and LW000 the contract's; all are named here too. Public, so that
//! the edges (the WASM package's reading of JavaScript values) report these rules, and refuse
//! nesting at the same depth, without repeating codes or limits.

use super::registry::declare_rules;
pub use crate::diagnostic::rule::INTERNAL_ERROR;
pub use crate::json::syntax::{
    COMMENT_IN_JSON, DUPLICATE_KEY, EMPTY_DOCUMENT, INVALID_JSON, INVALID_UTF8, MISSING_COMMA, NESTING_LIMIT,
    NESTING_TOO_DEEP, NON_JSON_TOKEN, TRAILING_COMMA,
};

const LINK: &str = "LINK WhatsApp Message API 1.6.1, MessageRequest and Messages";

declare_rules! {
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
