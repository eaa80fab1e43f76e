//! Message status notifications (DLRs; "event report" in 1.4.2): one callback per message, sent to
//! the event report gates named in the request.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Message Status Notifications", "Resending", "Possible
//! resultCodes in Message Status Notifications"; 1.4.2, "Event report", "Response codes".

use super::common::{check_date, check_enum, check_id, check_id_member, check_key_value};
use super::result_code::{Outcome, ResultCode, Table, meta_code_in, resent_meta_error};
use super::{
    STATUS_ERROR_DETAILS_ON_SUCCESS, STATUS_MESSAGE_INDEX_INVALID, STATUS_META_CODE_RETRIED, STATUS_REDIS_ERROR_CODE,
    STATUS_REQUEST_NOT_FAILED, STATUS_RESULT_CODE_UNKNOWN,
};
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::Finding;
use crate::rules::path::Path;
use crate::rules::shape::{Shape, Ty, opt, req};

/// `messageType`: the message types of a MessageRequest, or `request` when the whole request failed.
const MESSAGE_TYPES: &[&str] = &[
    "template",
    "text",
    "image",
    "location",
    "audio",
    "video",
    "document",
    "sticker",
    "contacts",
    "interactive",
    "request",
];

/// The documented status-notification code `code`: `Some(true)` when it says the message went out
/// (sent, delivered, read, deleted by the recipient), `Some(false)` when it failed (12409 as
/// printed, 112409 as it most likely is); `None` for any other code. From the result-code table
/// of [`crate::inbound::ResultCode`].
fn went_out(code: i64) -> Option<bool> {
    let info = ResultCode(code).info().filter(|i| i.tables.contains(&Table::StatusNotification))?;
    Some(info.outcome != Outcome::Failed)
}

/// True for a code of the 1.4.2 table ("Codes that can be received in response") that 1.6 and
/// 1.6.1 do not list for notifications.
fn legacy_only(code: i64) -> bool {
    went_out(code).is_none() && ResultCode(code).info().is_some_and(|i| i.tables.contains(&Table::Legacy))
}

/// The custom parameters the gateway itself adds to a notification.
const GATEWAY_PARAMETERS: &[&str] = &["metaErrorDetails", "waMessageId", "ott.whatsapp.logMessageContent"];

pub(crate) static STATUS: Shape = Shape {
    cache: Shape::cache(),
    name: "a message status notification",
    fields: &[
        req("messageId", Ty::Str),
        req("refId", Ty::Str),
        req("messageType", Ty::Str),
        req("messageIndex", Ty::Int),
        req("timestamp", Ty::Str),
        req("resultCode", Ty::Int),
        req("resultDescription", Ty::Str),
        opt("gateCustomParameters", Ty::Any),
        opt("customParameters", Ty::Any),
    ],
};

/// Checks a message status notification.
pub(super) fn check(cx: &mut Cx, value: &Value) {
    let Some(dlr) = cx.object(value, &Path::root(), &STATUS) else { return };
    check_id_member(cx, &dlr, "messageId", "`messageId`");
    check_id_member(cx, &dlr, "refId", "`refId`");
    let kind = check_enum(cx, &dlr, "messageType", "`messageType`", MESSAGE_TYPES);
    check_date(cx, &dlr, "timestamp");
    check_key_value(cx, &dlr, "gateCustomParameters", &[]);
    let params = check_key_value(cx, &dlr, "customParameters", GATEWAY_PARAMETERS);
    let code = dlr.get("resultCode").and_then(|(v, p)| Some((v.as_i64()?, p)));

    if let Some((index, path)) = dlr.get("messageIndex").and_then(|(v, p)| Some((v.as_i64()?, p))) {
        if index < -1 {
            cx.report(
                &STATUS_MESSAGE_INDEX_INVALID,
                path,
                Finding::Other(format!("`messageIndex` is {index}; it is 0 or more, or -1 for a failed request")),
            );
        } else if index == -1 && kind.is_some_and(|k| k != "request") {
            cx.report(
                &STATUS_MESSAGE_INDEX_INVALID,
                path,
                Finding::Other(format!(
                    "`messageIndex` -1 means the whole request failed, but `messageType` is `{}`",
                    kind.unwrap_or_default()
                )),
            )
            .help("a failed request has `messageType` \"request\"");
        }
    }

    if let Some((code, path)) = &code {
        check_code(cx, *code, path);
        if kind == Some("request") && went_out(*code) == Some(true) {
            cx.report(
                &STATUS_REQUEST_NOT_FAILED,
                *path,
                Finding::Other(format!(
                    "resultCode {code} says the message went out, but `messageType` \"request\" says nothing was sent"
                )),
            );
        }
    }

    let details = params.as_ref().and_then(|(map, path)| {
        let (key, value) = map.get_key_value("metaErrorDetails")?;
        Some((value.as_str()?, path.key(key)))
    });
    if let (Some((code, _)), Some((_, path))) = (&code, &details)
        && went_out(*code) == Some(true)
    {
        cx.report(
            &STATUS_ERROR_DETAILS_ON_SUCCESS,
            *path,
            Finding::Other(format!("`metaErrorDetails` comes with resultCode {code}, which is not a failure")),
        );
    }
    if let Some((map, path)) = &params
        && let Some((key, Value::String(id))) = map.get_key_value("waMessageId")
    {
        check_id(cx, id, path.key(key), "`waMessageId`");
    }

    let description = dlr.str("resultDescription");
    let meta = description
        .as_ref()
        .and_then(|(s, p)| Some((meta_code_in(s)?, *p)))
        .or_else(|| details.as_ref().and_then(|(s, p)| Some((meta_code_in(s)?, *p))));
    if let Some((meta, path)) = meta
        && resent_meta_error(meta).is_some()
    {
        cx.report(
            &STATUS_META_CODE_RETRIED,
            path,
            Finding::Other(format!(
                "Meta error {meta} is retried by the gateway every 60 seconds, at most 15 times, before this notification is sent"
            )),
        )
        .help("wait at least 15 minutes before submitting the same message again");
    }
}

fn check_code(cx: &mut Cx, code: i64, path: &Path) {
    if code == 12409 || code == 112409 {
        let message = if code == 12409 {
            "resultCode 12409 (Redis error) is printed with five digits; every other code has six, so 112409 may be what is sent"
        } else {
            "resultCode 112409 is not in the table, which prints 12409 (Redis error), most likely a misprint of 112409"
        };
        cx.report(&STATUS_REDIS_ERROR_CODE, *path, Finding::Other(message.into()))
            .help("handle both 12409 and 112409; no more notifications follow for this message");
        return;
    }
    if went_out(code).is_some() {
        return;
    }
    let message = if legacy_only(code) {
        format!("resultCode {code} is in the 1.4.2 response-code table, but not among the status-notification codes")
    } else {
        format!("resultCode {code} is not a documented status-notification code")
    };
    cx.report(&STATUS_RESULT_CODE_UNKNOWN, *path, Finding::Other(message))
        .help("status codes are 112000, 112002, 112003, 112006, 112007, 112008, 112403, 112404, 112406, 112408, 12409");
}
