//! Cloud API webhooks for the `messages` field: `{"object": "whatsapp_business_account",
//! "entry": [{"id", "changes": [{"field": "messages", "value": {…}}]}]}`, where a `value` has
//! `metadata`, `contacts`, incoming `messages`, `statuses` of sent messages and `errors`.
//! Service4U shows only the `value` part (`{"messages": […]}`, `{"statuses": […]}`); such a
//! document is recognized and checked as a value on its own.
//!
//! Source: Service4U WhatsApp API (Meta Cloud API), "Address Messages: Receive Notifications for
//! Address Submissions", "Feature Not Supported"; Meta Cloud API, Webhooks (messages field), for
//! the envelope and the members Service4U does not show.

mod messages;
mod nfm;
mod statuses;

use super::check_messaging_product;
use super::codes::{
    WEBHOOK_FIELD_NOT_CHECKED, WEBHOOK_LIST_EMPTY, WEBHOOK_OBJECT_INVALID, WEBHOOK_TIMESTAMP_INVALID,
    WEBHOOK_VALUE_EMPTY, WEBHOOK_WA_ID_INVALID,
};
use crate::json::tree::{Map, Value};
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, quote};
use crate::rules::inbound::RECEIVED_VALUE_UNKNOWN;
use crate::rules::path::Path;
use crate::rules::shape::{Arr, Obj, Shape, Ty, opt, req};
use crate::rules::suggest::closest;

static WEBHOOK: Shape = Shape {
    cache: Shape::cache(),
    name: "a Cloud API webhook",
    fields: &[req("object", Ty::Str), req("entry", Ty::Arr)],
};

static ENTRY: Shape =
    Shape { cache: Shape::cache(), name: "a webhook entry", fields: &[req("id", Ty::Str), req("changes", Ty::Arr)] };

static CHANGE: Shape =
    Shape { cache: Shape::cache(), name: "a webhook change", fields: &[req("value", Ty::Obj), req("field", Ty::Str)] };

/// The members of a change's `value`. `messaging_product` and `metadata` are always sent by Meta
/// but absent from Service4U's examples, so they are optional.
static VALUE: Shape = Shape {
    cache: Shape::cache(),
    name: "a webhook value",
    fields: &[
        opt("messaging_product", Ty::Str),
        opt("metadata", Ty::Obj),
        opt("contacts", Ty::Arr),
        opt("messages", Ty::Arr),
        opt("statuses", Ty::Arr),
        opt("errors", Ty::Arr),
    ],
};

static METADATA: Shape = Shape {
    cache: Shape::cache(),
    name: "webhook `metadata`",
    fields: &[req("display_phone_number", Ty::Str), req("phone_number_id", Ty::Str)],
};

/// A sender in `contacts`. `wa_id` is empty for a user who enabled the username feature;
/// `user_id` is the business-scoped user id (BSUID); `identity_key_hash` only comes with the
/// identity change check (WB `business-scoped-user-ids.md`, `location.md` and the other message
/// pages, "Syntax").
static CONTACT: Shape = Shape {
    cache: Shape::cache(),
    name: "a webhook contact",
    fields: &[
        opt("profile", Ty::Obj),
        req("wa_id", Ty::Str),
        opt("user_id", Ty::Str),
        opt("identity_key_hash", Ty::Str),
    ],
};

/// A contact's `profile`: `username` and `country_code` are "New property" on WB
/// `business-scoped-user-ids.md`.
static PROFILE: Shape = Shape {
    cache: Shape::cache(),
    name: "a contact `profile`",
    fields: &[opt("name", Ty::Str), opt("username", Ty::Str), opt("country_code", Ty::Str)],
};

/// An error object, in `value.errors`, `messages[].errors` and `statuses[].errors`. Meta's
/// payloads of 2022 put `details` on the error itself; today's put it in `error_data` (WB
/// `status.md`).
static ERROR: Shape = Shape {
    cache: Shape::cache(),
    name: "a webhook error",
    fields: &[
        req("code", Ty::Int),
        opt("title", Ty::Str),
        opt("message", Ty::Str),
        opt("error_data", Ty::Obj),
        opt("href", Ty::Str),
        opt("details", Ty::Str),
    ],
};

static ERROR_DATA: Shape = Shape { cache: Shape::cache(), name: "`error_data`", fields: &[opt("details", Ty::Str)] };

/// True for a webhook (`object` and `entry`) or the `value` of one change on its own: `statuses`,
/// `metadata` with `phone_number_id`, or incoming `messages` (whose first element has `from`,
/// `id` and `timestamp`), whatever other members it has; or only value members with `metadata`
/// or incoming `messages` whose first element has `from`.
pub(super) fn recognizes(map: &Map<'_>) -> bool {
    if map.contains_key("object") && map.contains_key("entry") {
        return true;
    }
    let only_value = !map.is_empty() && map.keys().all(|k| VALUE.fields.iter().any(|f| f.key == k));
    let first_message =
        map.get("messages").and_then(Value::as_array).and_then(|m| m.first()).and_then(Value::as_object);
    let incoming = first_message.is_some_and(|m| m.contains_key("from"));
    // A member Meta added since must not turn a value into something else: `statuses`,
    // `metadata` or a message with `from`, `id` and `timestamp` say "webhook value" on their own.
    let surely_incoming = first_message.is_some_and(|m| ["from", "id", "timestamp"].iter().all(|k| m.contains_key(k)));
    let metadata = map.get("metadata").and_then(Value::as_object).is_some_and(|m| m.contains_key("phone_number_id"));
    let surely = surely_incoming || metadata || map.contains_key("statuses");
    surely || (only_value && (incoming || map.contains_key("metadata")))
}

/// Checks a webhook, or a change value on its own.
pub(super) fn check(cx: &mut Cx, value: &Value) {
    cx.received = true;
    let root = Path::root();
    let is_envelope = value.as_object().is_some_and(|m| m.contains_key("object") || m.contains_key("entry"));
    if !is_envelope {
        check_value(cx, value, &root);
        return;
    }
    let Some(webhook) = cx.object(value, &root, &WEBHOOK) else { return };
    if let Some((object, path)) = webhook.str("object")
        && object != "whatsapp_business_account"
    {
        cx.report(
            &WEBHOOK_OBJECT_INVALID,
            path,
            Finding::NotOneOf {
                subject: "webhook `object`",
                actual: object.to_owned(),
                allowed: &["whatsapp_business_account"],
            },
        );
    }
    let Some(entries) = webhook.arr("entry") else { return };
    not_empty(cx, &entries, "`entry`");
    for entry in cx.objects(&entries, &ENTRY) {
        let Some(changes) = entry.arr("changes") else { continue };
        not_empty(cx, &changes, "`changes`");
        for change in cx.objects(&changes, &CHANGE) {
            if let Some((field, path)) = change.str("field")
                && field != "messages"
            {
                cx.report(
                    &WEBHOOK_FIELD_NOT_CHECKED,
                    path,
                    Finding::Other(format!("the `{}` field's value is not checked", quote(field))),
                );
                continue;
            }
            if let Some((value, path)) = change.get("value") {
                check_value(cx, value, &path);
            }
        }
    }
}

/// The allowed value `value` most likely means: the closest one, or else the one that starts
/// with it (`nfm` → `nfm_reply`).
fn did_you_mean(value: &str, allowed: &[&'static str]) -> Option<String> {
    let lower = value.to_ascii_lowercase();
    closest(value, allowed)
        .or_else(|| allowed.iter().copied().find(|a| !lower.is_empty() && a.starts_with(&lower)))
        .map(|s| format!("did you mean `{s}`?"))
}

/// What linkwa's edition of the Cloud API is, for the help of an unknown value in a webhook.
pub(super) const EDITION: &str =
    "linkwa's edition is Meta's Cloud API as documented in December 2025; Meta may have added this value since";

/// LW606: `value` at `path` is not one of `allowed` (the `subject`'s documented values).
fn received_value_unknown(
    cx: &mut Cx,
    path: Path<'_>,
    subject: &'static str,
    value: &str,
    allowed: &'static [&'static str],
) {
    cx.report(&RECEIVED_VALUE_UNKNOWN, path, Finding::NotOneOf { subject, actual: value.to_owned(), allowed })
        .help(did_you_mean(value, allowed).unwrap_or_else(|| EDITION.to_owned()));
}

fn not_empty(cx: &mut Cx, list: &Arr<'_>, subject: &'static str) {
    if list.len() == 0 {
        cx.report(&WEBHOOK_LIST_EMPTY, list.path, Finding::TooFew { subject, actual: 0, min: 1 });
    }
}

/// Checks the `value` of a `messages` change at `path`.
fn check_value(cx: &mut Cx, value: &Value, path: &Path) {
    let Some(value) = cx.object(value, path, &VALUE) else { return };
    if let Some((product, path)) = value.str("messaging_product") {
        check_messaging_product(cx, product, path);
    }
    value.obj(cx, "metadata", &METADATA);
    for contact in value.objs(cx, "contacts", &CONTACT) {
        contact.obj(cx, "profile", &PROFILE);
        if let Some((id, path)) = contact.str("wa_id") {
            check_wa_id(cx, id, &path);
        }
    }
    if !["messages", "statuses", "errors"].iter().any(|k| value.has(k)) {
        cx.report(
            &WEBHOOK_VALUE_EMPTY,
            value.path,
            Finding::Other("the value has no `messages`, `statuses` or `errors`".into()),
        );
    }
    for message in value.objs(cx, "messages", &messages::MESSAGE) {
        messages::check(cx, &message);
    }
    for status in value.objs(cx, "statuses", &statuses::STATUS) {
        statuses::check(cx, &status);
    }
    check_errors(cx, &value);
}

/// Checks the `errors` member of `obj` (a value, a message or a status); returns the codes.
fn check_errors<'v>(cx: &mut Cx, obj: &Obj<'v>) -> Vec<(i64, Path<'v>)> {
    let mut codes = Vec::new();
    for error in obj.objs(cx, "errors", &ERROR) {
        error.obj(cx, "error_data", &ERROR_DATA);
        if let Some((code, path)) = error.get("code").and_then(|(v, p)| Some((v.as_i64()?, p))) {
            codes.push((code, path));
        }
    }
    codes
}

/// LW564: a timestamp is a string of UNIX seconds.
fn check_timestamp(cx: &mut Cx, timestamp: &str, path: &Path) {
    let digits = !timestamp.is_empty() && timestamp.bytes().all(|b| b.is_ascii_digit());
    let message = if !digits {
        "the timestamp is not a UNIX time in seconds (a string of digits)".to_owned()
    } else if timestamp.len() > 11 {
        format!("the timestamp has {} digits; UNIX seconds have 10 (this looks like milliseconds)", timestamp.len())
    } else {
        return;
    };
    cx.report(&WEBHOOK_TIMESTAMP_INVALID, *path, Finding::Other(message))
        .help("Meta sends seconds since 1970 as a string, e.g. \"1670394125\"");
}

/// LW565: a WhatsApp id (`wa_id`, `from`, `recipient_id`) is digits only, at most 15, or empty:
/// "Will be empty if the user has enabled the username feature" (WB
/// `business-scoped-user-ids.md`).
fn check_wa_id(cx: &mut Cx, id: &str, path: &Path) {
    let digits = id.bytes().filter(u8::is_ascii_digit).count();
    if digits == id.len() && digits <= 15 {
        return;
    }
    let message = if digits > 15 {
        format!("the WhatsApp id has {digits} digits; at most 15")
    } else {
        "the WhatsApp id has characters other than digits".to_owned()
    };
    cx.report(&WEBHOOK_WA_ID_INVALID, *path, Finding::Other(message)).help(
        "WhatsApp ids are the international number as digits only, without `+`; empty for a user with a username",
    );
}

#[cfg(test)]
mod tests;
