//! The body of the answer to POST /messages: a MessageResponse (200 OK) or an ErrorResponse (400,
//! 401, 403, 500).
//!
//! Source: LINK WhatsApp Message API 1.6.1, "HTTP status codes and response body",
//! "MessageResponse", "ErrorResponse" and their "Possible resultCodes" tables; 1.4.2, "Response codes".

use super::common::{check_id, check_str_or_null};
use super::{MESSAGE_ID_REPEATED, MESSAGE_IDS_EMPTY, RESPONSE_RESULT_CODE_UNKNOWN};
use crate::json::tree::{Map, Value};
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, json_type};
use crate::rules::path::Path;
use crate::rules::placeholder;
use crate::rules::shape::{Obj, Shape, Ty, opt, req};
use crate::rules::structure::WRONG_TYPE;

/// The only MessageResponse code: 112001 Queued.
const QUEUED: i64 = 112001;

/// ErrorResponse codes: 1.6.1's table (112505 and 112506 are new in 1.6.1), then the two codes of
/// the 1.4.2 table that can only be request errors.
const ERROR_CODES: &[(i64, &str)] = &[
    (112400, "Unauthorized"),
    (112401, "No access"),
    (112402, "Bad request"),
    (112500, "Server error"),
    (112505, "Invalid Payload"),
    (112506, "Validation error"),
    (112000, "Unknown error (1.4.2)"),
    (112405, "Failed authentication (1.4.2)"),
];

/// Codes documented elsewhere: status-notification codes, and the 1.4.2 table's others.
const OTHER_CODES: &[i64] =
    &[112002, 112003, 112004, 112005, 112006, 112007, 112008, 112403, 112404, 112406, 112408, 12409, 112409];

pub(crate) static MESSAGE_RESPONSE: Shape = Shape {
    cache: Shape::cache(),
    name: "a MessageResponse",
    fields: &[req("resultCode", Ty::Int), req("description", Ty::Str), req("messageIds", Ty::Arr)],
};

pub(crate) static ERROR_RESPONSE: Shape = Shape {
    cache: Shape::cache(),
    name: "an ErrorResponse",
    fields: &[req("resultCode", Ty::Int), req("description", Ty::Str), opt("translatedDescription", Ty::Any)],
};

/// True for a MessageResponse, told apart by the documented members: a MessageResponse has
/// `messageIds`, an ErrorResponse does not (so `{"resultCode": 112001, "description": …}` is an
/// ErrorResponse with a code that is not one of its own, not a MessageResponse missing its ids).
pub(super) fn is_message_response(map: &Map<'_>) -> bool {
    map.contains_key("messageIds")
}

/// Checks a MessageResponse.
pub(super) fn check_message_response(cx: &mut Cx, value: &Value) {
    if let Some(obj) = cx.object(value, &Path::root(), &MESSAGE_RESPONSE) {
        check_message_response_members(cx, &obj);
    }
}

/// Checks an ErrorResponse.
pub(super) fn check_error_response(cx: &mut Cx, value: &Value) {
    let Some(obj) = cx.object(value, &Path::root(), &ERROR_RESPONSE) else { return };
    check_str_or_null(cx, &obj, "translatedDescription");
    if let Some((code, path)) = result_code(&obj)
        && !ERROR_CODES.iter().any(|(c, _)| *c == code)
    {
        let known = if code == QUEUED || OTHER_CODES.contains(&code) {
            "is documented, but not as an ErrorResponse code"
        } else {
            "is not a documented gateway code"
        };
        cx.report(
            &RESPONSE_RESULT_CODE_UNKNOWN,
            path,
            Finding::Other(format!(
                "resultCode {code} {known}; an ErrorResponse has 112400, 112401, 112402, 112500, 112505 or 112506"
            )),
        );
    }
}

fn result_code<'v>(obj: &Obj<'v>) -> Option<(i64, Path<'v>)> {
    obj.get("resultCode").and_then(|(v, p)| Some((v.as_i64()?, p)))
}

fn check_message_response_members(cx: &mut Cx, obj: &Obj<'_>) {
    if let Some((code, path)) = result_code(obj)
        && code != QUEUED
    {
        let what = match ERROR_CODES.iter().find(|(c, _)| *c == code) {
            Some((_, name)) => format!("is an ErrorResponse code ({name})"),
            None => "is not the MessageResponse code".to_owned(),
        };
        cx.report(
            &RESPONSE_RESULT_CODE_UNKNOWN,
            path,
            Finding::Other(format!("resultCode {code} {what}; a MessageResponse has 112001 (Queued)")),
        );
    }
    let Some(ids) = obj.arr("messageIds") else { return };
    if ids.len() == 0 {
        cx.report(&MESSAGE_IDS_EMPTY, ids.path, Finding::TooFew { subject: "`messageIds`", actual: 0, min: 1 });
    }
    let mut seen: Vec<(&str, usize)> = Vec::with_capacity(ids.len());
    for (i, (item, path)) in ids.iter().enumerate() {
        let Some(id) = item.as_str() else {
            cx.report(
                &WRONG_TYPE,
                path,
                Finding::WrongType { subject: "a message id".into(), expected: "a string", actual: json_type(item) },
            );
            continue;
        };
        if placeholder::check(cx, id, path, placeholder::slots::MESSAGE_ID, "messageIds") {
            continue; // reported once (LW508), never a repeat
        }
        check_id(cx, id, path, "the message id");
        if !id.is_empty() {
            seen.push((id, i));
        }
    }
    // Sorting by (id, index) puts repeats next to their first occurrence: O(n log n) for long lists.
    seen.sort_unstable();
    let mut first = 0;
    for k in 1..seen.len() {
        if seen[k].0 == seen[first].0 {
            cx.report(
                &MESSAGE_ID_REPEATED,
                ids.path.index(seen[k].1),
                Finding::Duplicate { subject: "this message id", first: ids.path.index(seen[first].1) },
            );
        } else {
            first = k;
        }
    }
}
