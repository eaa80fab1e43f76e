//! Incoming messages in a webhook (`value.messages[]`): `from`, `id`, `timestamp`, `type`, the
//! member named by the type, an optional `context`, and `errors` for unsupported messages.
//!
//! Source: Service4U WhatsApp API (Meta Cloud API), "Receive Notifications for Address
//! Submissions"; Meta Cloud API, Webhooks: messages object.

use super::{check_errors, check_timestamp, check_wa_id, did_you_mean, nfm};
use crate::rules::cloud::codes::{
    WEBHOOK_INTERACTIVE_TYPE_UNKNOWN, WEBHOOK_MESSAGE_MEMBER_IGNORED, WEBHOOK_MESSAGE_TYPE_UNKNOWN,
};
use crate::rules::contacts;
use crate::rules::finding::Finding;
use crate::rules::shape::{Cx, Obj, Shape, Ty, opt, req};
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
    ],
};

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
    ],
};

static BUTTON_REPLY: Shape =
    Shape { cache: Shape::cache(), name: "`button_reply`", fields: &[req("id", Ty::Str), req("title", Ty::Str)] };

static LIST_REPLY: Shape = Shape {
    cache: Shape::cache(),
    name: "`list_reply`",
    fields: &[req("id", Ty::Str), req("title", Ty::Str), opt("description", Ty::Str)],
};

const INTERACTIVE_TYPES: &[&str] = &["button_reply", "list_reply", "nfm_reply"];

/// Checks one incoming message.
pub(super) fn check(cx: &mut Cx, message: &Obj<'_>) {
    if let Some((from, path)) = message.str("from") {
        check_wa_id(cx, from, &path);
    }
    if let Some((timestamp, path)) = message.str("timestamp") {
        check_timestamp(cx, timestamp, &path);
    }
    message.obj(cx, "context", &CONTEXT);
    check_errors(cx, message);
    let Some((kind, kind_path)) = message.str("type") else { return };
    if !TYPES.contains(&kind) {
        let d = cx.report(
            &WEBHOOK_MESSAGE_TYPE_UNKNOWN,
            kind_path,
            Finding::NotOneOf { subject: "incoming message type", actual: kind.to_owned(), allowed: TYPES },
        );
        d.help = did_you_mean(kind, TYPES);
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
        _ => {}
    }
}

fn interactive(cx: &mut Cx, message: &Obj<'_>) {
    let Some(inter) = message.obj(cx, "interactive", &INTERACTIVE) else { return };
    let Some((kind, kind_path)) = inter.str("type") else { return };
    if !INTERACTIVE_TYPES.contains(&kind) {
        let d = cx.report(
            &WEBHOOK_INTERACTIVE_TYPE_UNKNOWN,
            kind_path,
            Finding::NotOneOf {
                subject: "incoming interactive type",
                actual: kind.to_owned(),
                allowed: INTERACTIVE_TYPES,
            },
        );
        // The reply member that is present says which type was meant.
        let present: Vec<&str> = INTERACTIVE_TYPES.iter().copied().filter(|t| inter.has(t)).collect();
        d.help = match present[..] {
            [only] => Some(format!("did you mean `{only}`?")),
            _ => did_you_mean(kind, INTERACTIVE_TYPES),
        };
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
        _ => {
            if let Some(reply) = inter.obj(cx, "nfm_reply", &nfm::NFM_REPLY) {
                nfm::check(cx, &reply);
            }
        }
    }
}
