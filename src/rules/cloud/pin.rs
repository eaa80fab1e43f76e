//! Group pin and unpin: `"type": "pin", "pin": {"type": "pin" | "unpin", "message_id": "wamid.…",
//! "expiration_days": 1–30}`, sent to a group only.
//!
//! Source: Meta Cloud API, Groups API: "Pin and unpin group message" (Meta's documentation as of
//! December 2025). The table types `expiration_days` as Integer, its example writes it as a
//! quoted placeholder: a string of digits is accepted.

use super::codes::{PIN_INVALID, PIN_NOT_GROUP};
use crate::rules::cx::Cx;
use crate::rules::finding::Finding;
use crate::rules::shape::{Obj, Shape, Ty, opt, req};

static PIN: Shape = Shape {
    cache: Shape::cache(),
    name: "`pin`",
    fields: &[req("type", Ty::Str), req("message_id", Ty::Str), opt("expiration_days", Ty::NumOrStr)],
};

const OPERATIONS: &[&str] = &["pin", "unpin"];

/// Checks the `pin` member of a message of type `pin`, and that it goes to a group.
pub(super) fn check(cx: &mut Cx, body: &Obj<'_>) {
    if !super::recipient::is_group(body) {
        cx.report(
            &PIN_NOT_GROUP,
            body.path_of("type"),
            Finding::Other("a `pin` message is sent to a group, but `recipient_type` is not `group`".into()),
        )
        .help("set `\"recipient_type\": \"group\"` and a group id in `to`");
    }
    let Some(pin) = body.obj(cx, "pin", &PIN) else { return };
    let operation = pin.str("type");
    if let Some((op, path)) = operation
        && !OPERATIONS.contains(&op)
    {
        cx.report(
            &PIN_INVALID,
            path,
            Finding::NotOneOf { subject: "pin operation", actual: op.to_owned(), allowed: OPERATIONS },
        );
    }
    if let Some((id, path)) = pin.str("message_id") {
        super::check_wamid(cx, id, path);
    }
    match pin.get("expiration_days") {
        Some((value, path)) => {
            let days = value.as_u64().or_else(|| value.as_str().and_then(|s| s.trim().parse().ok()));
            if !days.is_some_and(|d| (1..=30).contains(&d)) {
                cx.report(
                    &PIN_INVALID,
                    path,
                    Finding::Other("`expiration_days` is a whole number of days from 1 to 30".into()),
                );
            }
        }
        None if operation.is_some_and(|(op, _)| op == "pin") => {
            cx.report(
                &PIN_INVALID,
                pin.path.key("expiration_days"),
                Finding::Other("a `pin` operation needs `expiration_days` (1 to 30)".into()),
            );
        }
        None => {}
    }
}
