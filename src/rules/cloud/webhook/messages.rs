//! Incoming messages in a webhook (`value.messages[]`): `from`, `id`, `timestamp`, `type`, the
//! member named by the type, an optional `context`, and `errors` for unsupported messages.
//! `from` is empty and `from_user_id` set for a user who enabled the username feature;
//! `group_id` marks a group message; media carry `url` since 12 November 2025; `edit`, `revoke`
//! and `call_permission_reply` are documented on Meta's Business app and Calling pages.
//!
//! Source: Service4U WhatsApp API (Meta Cloud API), "Receive Notifications for Address
//! Submissions"; Meta Cloud API, Webhooks: messages object (WB `text.md`, `image.md`,
//! `unsupported.md`, `business-scoped-user-ids.md`, `groups-messaging.md`; KM
//! `embedded-signup/onboarding-business-app-users.mdx`, `calling/user-call-permissions.mdx`).

use super::{EDITION, check_errors, check_timestamp, check_wa_id, did_you_mean, nfm, received_value_unknown};
use crate::rules::cloud::codes::{
    WEBHOOK_INTERACTIVE_TYPE_UNKNOWN, WEBHOOK_MESSAGE_MEMBER_IGNORED, WEBHOOK_MESSAGE_TYPE_UNKNOWN,
};
use crate::rules::contacts;
use crate::rules::cx::Cx;
use crate::rules::finding::Finding;
use crate::rules::shape::{Obj, Shape, Ty, opt, req};
use crate::rules::structure::REQUIRED_MEMBER_MISSING;

/// The message types Meta sends, each with its member (`unsupported` and `unknown` carry
/// `errors` instead).
const TYPES: &[&str] = &[
    "text",
    "image",
    "audio",
    "video",
    "document",
    "sticker",
    "location",
    "contacts",
    "interactive",
    "button",
    "reaction",
    "order",
    "system",
    "referral",
    "edit",
    "revoke",
    "unsupported",
    "unknown",
];

/// The types whose content is in a member of their own name.
const WITH_MEMBER: &[&str] = &[
    "text",
    "image",
    "audio",
    "video",
    "document",
    "sticker",
    "location",
    "contacts",
    "interactive",
    "button",
    "reaction",
    "order",
    "system",
    "edit",
    "revoke",
];

pub(super) static MESSAGE: Shape = Shape {
    cache: Shape::cache(),
    name: "an incoming message",
    fields: &[
        req("from", Ty::Str),
        req("id", Ty::Str),
        req("timestamp", Ty::Str),
        req("type", Ty::Str),
        opt("context", Ty::Obj),
        opt("text", Ty::Obj),
        opt("image", Ty::Obj),
        opt("audio", Ty::Obj),
        opt("video", Ty::Obj),
        opt("document", Ty::Obj),
        opt("sticker", Ty::Obj),
        opt("location", Ty::Obj),
        opt("contacts", Ty::Arr),
        opt("interactive", Ty::Obj),
        opt("button", Ty::Obj),
        opt("reaction", Ty::Obj),
        opt("order", Ty::Obj),
        opt("system", Ty::Obj),
        opt("referral", Ty::Obj),
        opt("identity", Ty::Obj),
        opt("errors", Ty::Arr),
        opt("from_user_id", Ty::Str),
        opt("group_id", Ty::Str),
        opt("edit", Ty::Obj),
        opt("revoke", Ty::Obj),
        opt("unsupported", Ty::Obj),
    ],
};

/// `edit`: "A WhatsApp user edits a previously sent message (text, media with caption)" within 15
/// minutes; `message` is the new content (KM `embedded-signup/onboarding-business-app-users.mdx`,
/// "Edit").
static EDIT: Shape = Shape {
    cache: Shape::cache(),
    name: "an incoming `edit`",
    fields: &[req("original_message_id", Ty::Str), req("message", Ty::Obj)],
};

/// `edit.message`: the edited message's `type`, its member and `context`.
static EDITED: Shape = Shape {
    cache: Shape::cache(),
    name: "an edited message",
    fields: &[
        req("type", Ty::Str),
        opt("context", Ty::Obj),
        opt("text", Ty::Obj),
        opt("image", Ty::Obj),
        opt("audio", Ty::Obj),
        opt("video", Ty::Obj),
        opt("document", Ty::Obj),
        opt("sticker", Ty::Obj),
    ],
};

/// `revoke`: "A WhatsApp user revokes (deletes) a previously sent message" within two days (same
/// page, "Revoke").
static REVOKE: Shape =
    Shape { cache: Shape::cache(), name: "an incoming `revoke`", fields: &[req("original_message_id", Ty::Str)] };

/// `unsupported`: "Contains the type of message that is unsupported" (WB `unsupported.md`).
static UNSUPPORTED: Shape =
    Shape { cache: Shape::cache(), name: "an incoming `unsupported`", fields: &[opt("type", Ty::Str)] };

static CONTEXT: Shape = Shape {
    cache: Shape::cache(),
    name: "an incoming message's `context`",
    fields: &[
        opt("from", Ty::Str),
        opt("id", Ty::Str),
        opt("forwarded", Ty::Bool),
        opt("frequently_forwarded", Ty::Bool),
        opt("referred_product", Ty::Obj),
    ],
};

static TEXT: Shape = Shape { cache: Shape::cache(), name: "an incoming `text`", fields: &[req("body", Ty::Str)] };

static MEDIA: Shape = Shape {
    cache: Shape::cache(),
    name: "incoming media",
    fields: &[
        req("id", Ty::Str),
        opt("mime_type", Ty::Str),
        opt("sha256", Ty::Str),
        opt("caption", Ty::Str),
        opt("filename", Ty::Str),
        opt("voice", Ty::Bool),
        opt("animated", Ty::Bool),
        opt("url", Ty::Str),
    ],
};

static LOCATION: Shape = Shape {
    cache: Shape::cache(),
    name: "an incoming `location`",
    fields: &[
        req("latitude", Ty::Num),
        req("longitude", Ty::Num),
        opt("name", Ty::Str),
        opt("address", Ty::Str),
        opt("url", Ty::Str),
    ],
};

static BUTTON: Shape = Shape {
    cache: Shape::cache(),
    name: "an incoming `button`",
    fields: &[opt("payload", Ty::Str), req("text", Ty::Str)],
};

static REACTION: Shape = Shape {
    cache: Shape::cache(),
    name: "an incoming `reaction`",
    fields: &[req("message_id", Ty::Str), opt("emoji", Ty::Str)],
};

static ORDER: Shape = Shape {
    cache: Shape::cache(),
    name: "an incoming `order`",
    fields: &[req("catalog_id", Ty::Str), opt("text", Ty::Str), req("product_items", Ty::Arr)],
};

static ORDER_ITEM: Shape = Shape {
    cache: Shape::cache(),
    name: "an order item",
    fields: &[
        req("product_retailer_id", Ty::Str),
        req("quantity", Ty::Int),
        req("item_price", Ty::Num),
        req("currency", Ty::Str),
    ],
};

static INTERACTIVE: Shape = Shape {
    cache: Shape::cache(),
    name: "an incoming `interactive`",
    fields: &[
        req("type", Ty::Str),
        opt("button_reply", Ty::Obj),
        opt("list_reply", Ty::Obj),
        opt("nfm_reply", Ty::Obj),
        opt("call_permission_reply", Ty::Obj),
    ],
};

/// `call_permission_reply`: the user's answer to a call permission request (KM
/// `calling/user-call-permissions.mdx`, "User calling permission request webhook"):
/// `expiration_timestamp` is typed Integer there and shown as a string placeholder, so both are
/// accepted.
static CALL_PERMISSION_REPLY: Shape = Shape {
    cache: Shape::cache(),
    name: "`call_permission_reply`",
    fields: &[
        req("response", Ty::Str),
        opt("is_permanent", Ty::Bool),
        opt("expiration_timestamp", Ty::NumOrStr),
        opt("response_source", Ty::Str),
    ],
};

const PERMISSION_RESPONSES: &[&str] = &["accept", "reject"];
const PERMISSION_SOURCES: &[&str] = &["user_action", "automatic"];

static BUTTON_REPLY: Shape =
    Shape { cache: Shape::cache(), name: "`button_reply`", fields: &[req("id", Ty::Str), req("title", Ty::Str)] };

static LIST_REPLY: Shape = Shape {
    cache: Shape::cache(),
    name: "`list_reply`",
    fields: &[req("id", Ty::Str), req("title", Ty::Str), opt("description", Ty::Str)],
};

const INTERACTIVE_TYPES: &[&str] = &["button_reply", "list_reply", "nfm_reply", "call_permission_reply"];

/// Checks one incoming message.
pub(super) fn check(cx: &mut Cx, message: &Obj<'_>) {
    if let Some((from, path)) = message.str("from") {
        check_wa_id(cx, from, &path);
    }
    if let Some((timestamp, path)) = message.str("timestamp") {
        check_timestamp(cx, timestamp, &path);
    }
    if let Some(context) = message.obj(cx, "context", &CONTEXT)
        && let Some((from, path)) = context.str("from")
    {
        check_wa_id(cx, from, &path);
    }
    check_errors(cx, message);
    let Some((kind, kind_path)) = message.str("type") else { return };
    if !TYPES.contains(&kind) {
        cx.report(
            &WEBHOOK_MESSAGE_TYPE_UNKNOWN,
            kind_path,
            Finding::NotOneOf { subject: "incoming message type", actual: kind.to_owned(), allowed: TYPES },
        )
        .help_opt(did_you_mean(kind, TYPES).or_else(|| Some(EDITION.to_owned())));
        return;
    }
    for other in WITH_MEMBER.iter().filter(|t| **t != kind) {
        if message.has(other) {
            cx.report(
                &WEBHOOK_MESSAGE_MEMBER_IGNORED,
                message.path_of(other),
                Finding::Other(format!("`{other}` does not belong to an incoming message of type `{kind}`")),
            );
        }
    }
    if WITH_MEMBER.contains(&kind) && !message.has(kind) {
        cx.report(&REQUIRED_MEMBER_MISSING, message.path.key(kind), Finding::Missing { member: kind.to_owned() });
    }
    match kind {
        "text" => {
            message.obj(cx, "text", &TEXT);
        }
        "image" | "audio" | "video" | "document" | "sticker" => {
            message.obj(cx, kind, &MEDIA);
        }
        "location" => {
            message.obj(cx, "location", &LOCATION);
        }
        "contacts" => contacts::check_message(cx, message),
        "button" => {
            message.obj(cx, "button", &BUTTON);
        }
        "reaction" => {
            message.obj(cx, "reaction", &REACTION);
        }
        "order" => {
            if let Some(order) = message.obj(cx, "order", &ORDER) {
                order.objs(cx, "product_items", &ORDER_ITEM);
            }
        }
        "interactive" => interactive(cx, message),
        "edit" => {
            if let Some(edit) = message.obj(cx, "edit", &EDIT)
                && let Some(edited) = edit.obj(cx, "message", &EDITED)
            {
                edited.obj(cx, "context", &CONTEXT);
                edited.obj(cx, "text", &TEXT);
                for media in ["image", "audio", "video", "document", "sticker"] {
                    edited.obj(cx, media, &MEDIA);
                }
            }
        }
        "revoke" => {
            message.obj(cx, "revoke", &REVOKE);
        }
        "unsupported" => {
            message.obj(cx, "unsupported", &UNSUPPORTED);
        }
        _ => {}
    }
}

fn interactive(cx: &mut Cx, message: &Obj<'_>) {
    let Some(inter) = message.obj(cx, "interactive", &INTERACTIVE) else { return };
    let Some((kind, kind_path)) = inter.str("type") else { return };
    if !INTERACTIVE_TYPES.contains(&kind) {
        // The reply member that is present says which type was meant.
        let present: Vec<&str> = INTERACTIVE_TYPES.iter().copied().filter(|t| inter.has(t)).collect();
        let help = match present[..] {
            [only] => Some(format!("did you mean `{only}`?")),
            _ => did_you_mean(kind, INTERACTIVE_TYPES).or_else(|| Some(EDITION.to_owned())),
        };
        cx.report(
            &WEBHOOK_INTERACTIVE_TYPE_UNKNOWN,
            kind_path,
            Finding::NotOneOf {
                subject: "incoming interactive type",
                actual: kind.to_owned(),
                allowed: INTERACTIVE_TYPES,
            },
        )
        .help_opt(help);
        return;
    }
    if !inter.has(kind) {
        cx.report(&REQUIRED_MEMBER_MISSING, inter.path.key(kind), Finding::Missing { member: kind.to_owned() });
    }
    match kind {
        "button_reply" => {
            inter.obj(cx, "button_reply", &BUTTON_REPLY);
        }
        "list_reply" => {
            inter.obj(cx, "list_reply", &LIST_REPLY);
        }
        "call_permission_reply" => {
            let Some(reply) = inter.obj(cx, "call_permission_reply", &CALL_PERMISSION_REPLY) else { return };
            for (key, subject, allowed) in [
                ("response", "call permission `response`", PERMISSION_RESPONSES),
                ("response_source", "call permission `response_source`", PERMISSION_SOURCES),
            ] {
                if let Some((value, path)) = reply.str(key)
                    && !allowed.contains(&value)
                {
                    received_value_unknown(cx, path, subject, value, allowed);
                }
            }
        }
        _ => {
            if let Some(reply) = inter.obj(cx, "nfm_reply", &nfm::NFM_REPLY) {
                nfm::check(cx, &reply);
            }
        }
    }
}
