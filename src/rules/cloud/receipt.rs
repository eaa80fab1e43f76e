//! Mark-as-read and typing-indicator bodies: `{"messaging_product": "whatsapp", "status":
//! "read", "message_id": "wamid.…"}`, optionally with `"typing_indicator": {"type": "text"}`,
//! sent to the same `POST /{phone-number-id}/messages` endpoint as messages and answered with
//! `{"success": true}`. A document kind of its own, told by `status` with `message_id`.
//!
//! Meta's live API also accepts `recipient_type` on it (LW533, a warning) and rejects a
//! `message_id` that is not a wamid with error 100 (LW534).
//!
//! Sources: Meta Cloud API, "Mark messages as read" and "Typing indicators" (Meta's
//! documentation as of December 2025); OpenAPI v23 `MarkMessageRequestPayload` and its example
//! "Send typing indicator and read receipt"; recorded requests to Meta's live API with its
//! answers (Meta, Cloud API Webhooks, messages field).

use super::codes::{
    MARK_READ_MEMBER_UNDOCUMENTED, MARK_READ_MESSAGE_ID_INVALID, MARK_READ_STATUS_INVALID,
    TYPING_INDICATOR_TYPE_INVALID,
};
use crate::diagnostic::Applicability;
use crate::json::tree::{Map, Value};
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, quote};
use crate::rules::intent::Change;
use crate::rules::path::Path;
use crate::rules::shape::{Shape, Ty, opt, req};

static RECEIPT: Shape = Shape {
    cache: Shape::cache(),
    name: "a mark-as-read body",
    fields: &[
        req("messaging_product", Ty::Str),
        req("status", Ty::Str),
        req("message_id", Ty::Str),
        opt("typing_indicator", Ty::Obj),
        // Not in Meta's documentation, accepted by its live API: LW533.
        opt("recipient_type", Ty::Any),
    ],
};

static TYPING: Shape = Shape { cache: Shape::cache(), name: "`typing_indicator`", fields: &[req("type", Ty::Str)] };

/// True for a mark-as-read (or typing-indicator) body: `status` and `message_id`, and no `to`.
pub(super) fn recognizes(map: &Map<'_>) -> bool {
    map.contains_key("status") && map.contains_key("message_id") && !map.contains_key("to")
}

/// Checks a mark-as-read body.
pub(super) fn check(cx: &mut Cx, value: &Value) {
    let Some(body) = cx.object(value, &Path::root(), &RECEIPT) else { return };
    if let Some((product, path)) = body.str("messaging_product") {
        super::check_messaging_product(cx, product, path);
    }
    if let Some((status, path)) = body.str("status")
        && status != "read"
    {
        cx.report(
            &MARK_READ_STATUS_INVALID,
            path,
            Finding::NotOneOf { subject: "`status`", actual: status.to_owned(), allowed: &["read"] },
        )
        .help("a business marks a message as read; other statuses come from webhooks");
    }
    if let Some((id, path)) = body.str("message_id")
        && !id.starts_with("wamid.")
    {
        cx.report(
            &MARK_READ_MESSAGE_ID_INVALID,
            path,
            Finding::Other(format!(
                "`{}` is not a WhatsApp message id; Meta answers error 100, \"Please check the message ID you have provided\"",
                quote(id)
            )),
        )
        .help("use the `wamid.…` id of the message received (the webhook's `messages[].id`)");
    }
    if let Some((_, path)) = body.get("recipient_type") {
        cx.report(
            &MARK_READ_MEMBER_UNDOCUMENTED,
            path,
            Finding::Other(
                "`recipient_type` is not a member of a mark-as-read body in Meta's documentation; its live API accepts it".into(),
            ),
        )
        .help("remove it").fix(Applicability::Safe, "remove `recipient_type`".into(), [Change::Remove(path)]);
    }
    if let Some(typing) = body.obj(cx, "typing_indicator", &TYPING)
        && let Some((kind, path)) = typing.str("type")
        && kind != "text"
    {
        cx.report(
            &TYPING_INDICATOR_TYPE_INVALID,
            path,
            Finding::NotOneOf { subject: "typing indicator type", actual: kind.to_owned(), allowed: &["text"] },
        );
    }
}
