//! Statuses of sent messages in a webhook (`value.statuses[]`): `id`, `status`, `timestamp`,
//! `recipient_id`, `conversation`, `pricing`, `errors`; Service4U's example also carries the
//! On-Premises `message.recipient_id` and `type: "message"`, which are accepted.
//!
//! Statuses of messages sent to a group carry `recipient_type: "group"` and
//! `recipient_participant_id` (Meta's groups page spells it `participant_recipient_id`; the
//! status reference, which this follows, `recipient_participant_id`: the other is accepted as a
//! non-canonical spelling); statuses of messages sent to a business-scoped user id carry
//! `recipient_user_id`.
//!
//! Source: Service4U WhatsApp API (Meta Cloud API), "Address Messages: Feature Not Supported";
//! Meta Cloud API, Webhooks: statuses object (WB `status.md`, `webhooks.md` "Group message
//! delivered", `business-scoped-user-ids.md`).

use super::{EDITION, check_errors, check_timestamp, check_wa_id, did_you_mean, received_value_unknown};
use crate::rules::cloud::codes::{WEBHOOK_RECEIVER_INCAPABLE, WEBHOOK_STATUS_ERRORS_MISMATCH, WEBHOOK_STATUS_UNKNOWN};
use crate::rules::cx::Cx;
use crate::rules::finding::Finding;
use crate::rules::shape::{Obj, Shape, Ty, opt, req};

pub(super) static STATUS: Shape = Shape {
    cache: Shape::cache(),
    name: "a message status",
    fields: &[
        req("id", Ty::Str),
        req("status", Ty::Str),
        req("timestamp", Ty::Str),
        req("recipient_id", Ty::Str),
        opt("conversation", Ty::Obj),
        opt("pricing", Ty::Obj),
        opt("errors", Ty::Arr),
        opt("biz_opaque_callback_data", Ty::Str),
        opt("message", Ty::Obj),
        opt("type", Ty::Str),
        opt("recipient_user_id", Ty::Str),
        opt("recipient_type", Ty::Str),
        opt("recipient_participant_id", Ty::Str).aka(&["participant_recipient_id"]),
        opt("recipient_identity_key_hash", Ty::Str),
    ],
};

static CONVERSATION: Shape = Shape {
    cache: Shape::cache(),
    name: "a status `conversation`",
    fields: &[opt("id", Ty::Str), opt("origin", Ty::Obj), opt("expiration_timestamp", Ty::Str)],
};

static ORIGIN: Shape =
    Shape { cache: Shape::cache(), name: "a conversation `origin`", fields: &[req("type", Ty::Str)] };

static PRICING: Shape = Shape {
    cache: Shape::cache(),
    name: "a status `pricing`",
    fields: &[opt("billable", Ty::Bool), opt("pricing_model", Ty::Str), opt("category", Ty::Str), opt("type", Ty::Str)],
};

/// The On-Premises `message` of Service4U's example.
static MESSAGE: Shape =
    Shape { cache: Shape::cache(), name: "a status `message`", fields: &[opt("recipient_id", Ty::Str)] };

const STATUSES: &[&str] = &["sent", "delivered", "read", "failed", "deleted", "warning"];

/// `recipient_type`: "Property only included if message was sent to a group" (WB `status.md`);
/// send bodies name the other value `individual`.
const RECIPIENT_TYPES: &[&str] = &["individual", "group"];

/// Error 1026, Receiver Incapable.
const RECEIVER_INCAPABLE: i64 = 1026;

/// Checks one status.
pub(super) fn check(cx: &mut Cx, status: &Obj<'_>) {
    if let Some((timestamp, path)) = status.str("timestamp") {
        check_timestamp(cx, timestamp, &path);
    }
    let recipient_type = status.str("recipient_type");
    if let Some((kind, path)) = recipient_type
        && !RECIPIENT_TYPES.contains(&kind)
    {
        received_value_unknown(cx, path, "status `recipient_type`", kind, RECIPIENT_TYPES);
    }
    // A group's status names the group in `recipient_id` and the member in
    // `recipient_participant_id`; of another type, nothing is known about either.
    let recipient = match recipient_type.map(|(kind, _)| kind) {
        None | Some("individual") => Some("recipient_id"),
        Some("group") => Some("recipient_participant_id"),
        Some(_) => None,
    };
    if let Some((id, path)) = recipient.and_then(|r| status.str(r)) {
        check_wa_id(cx, id, &path);
    }
    if let Some(message) = status.obj(cx, "message", &MESSAGE)
        && let Some((id, path)) = message.str("recipient_id")
    {
        check_wa_id(cx, id, &path);
    }
    if let Some(conversation) = status.obj(cx, "conversation", &CONVERSATION) {
        conversation.obj(cx, "origin", &ORIGIN);
    }
    status.obj(cx, "pricing", &PRICING);
    let codes = check_errors(cx, status);
    for (_, path) in codes.iter().filter(|(c, _)| *c == RECEIVER_INCAPABLE) {
        cx.report(
            &WEBHOOK_RECEIVER_INCAPABLE,
            *path,
            Finding::Other(
                "error 1026: the recipient's WhatsApp cannot show this message (e.g. an address message)".into(),
            ),
        )
        .help("the message was dropped; reach the customer another way");
    }
    let Some((value, path)) = status.str("status") else { return };
    if !STATUSES.contains(&value) {
        cx.report(
            &WEBHOOK_STATUS_UNKNOWN,
            path,
            Finding::NotOneOf { subject: "status", actual: value.to_owned(), allowed: STATUSES },
        )
        .help_opt(did_you_mean(value, STATUSES).or_else(|| Some(EDITION.to_owned())));
        return;
    }
    let has_errors = status.arr("errors").is_some_and(|e| e.len() > 0);
    match (value, has_errors) {
        ("failed", false) => {
            cx.report(
                &WEBHOOK_STATUS_ERRORS_MISMATCH,
                status.path_of("errors"),
                Finding::Other("a failed status carries no `errors` to say why".into()),
            );
        }
        ("sent" | "delivered" | "read" | "deleted", true) => {
            cx.report(
                &WEBHOOK_STATUS_ERRORS_MISMATCH,
                status.path_of("errors"),
                Finding::Other(format!("a `{value}` status carries `errors`")),
            );
        }
        _ => {}
    }
}
