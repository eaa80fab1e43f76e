//! Incoming messages sent from mobile phones (MO; "receive message" in 1.4.2): the standard
//! format, `content.type` WHATSAPP with a `message` whose `contentType` names its member.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Incoming Messages Sent from Mobile Phones" (table and
//! the JSON examples for text, media, interactive button/list, sticker and reaction replies); 1.4.2,
//! "Receive message" (contentType TEXT, BUTTON, MEDIA; `context.messageId`, now `context.id`).

use super::common::{
    check_date, check_enum, check_id_member, check_key_value, check_mime, check_msisdn, check_route, check_url,
};
use super::{
    INCOMING_MEMBER_IGNORED, INCOMING_ORDER_ITEMS_EMPTY, INCOMING_ORDER_QUANTITY_INVALID, INCOMING_REACTION_EMOJI_BLANK,
};
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, quote};
use crate::rules::path::Path;
use crate::rules::shape::{Obj, Shape, Ty, opt, req};
use crate::rules::structure::REQUIRED_MEMBER_MISSING;

pub(crate) static INCOMING: Shape = Shape {
    cache: Shape::cache(),
    name: "an incoming message",
    fields: &[
        req("destination", Ty::Str),
        req("source", Ty::Str),
        req("content", Ty::Obj),
        req("provider", Ty::Str),
        req("timestamp", Ty::Str),
        req("messageId", Ty::Str),
        req("providerTimestamp", Ty::Str),
        req("providerMessageId", Ty::Str),
        opt("route", Ty::Obj),
        opt("gateCustomParameters", Ty::Any),
        opt("customParameters", Ty::Any),
    ],
};

pub(crate) static CONTENT: Shape = Shape {
    cache: Shape::cache(),
    name: "an incoming message's `content`",
    fields: &[req("type", Ty::Str), req("message", Ty::Obj)],
};

pub(crate) static MESSAGE: Shape = Shape {
    cache: Shape::cache(),
    name: "`content.message`",
    fields: &[
        req("contentType", Ty::Str),
        opt("text", Ty::Str),
        opt("button", Ty::Obj),
        opt("media", Ty::Obj),
        opt("context", Ty::Obj),
        opt("interactive", Ty::Obj),
        opt("order", Ty::Obj),
        opt("emoji", Ty::Str),
    ],
};

pub(crate) static BUTTON: Shape = Shape {
    cache: Shape::cache(),
    name: "`content.message.button`",
    fields: &[req("text", Ty::Str), req("payload", Ty::Str)],
};

pub(crate) static MEDIA: Shape = Shape {
    cache: Shape::cache(),
    name: "`content.message.media`",
    fields: &[req("type", Ty::Str), req("source", Ty::Str), opt("caption", Ty::Str)],
};

pub(crate) static CONTEXT: Shape = Shape {
    cache: Shape::cache(),
    name: "`content.message.context`",
    fields: &[opt("source", Ty::Str), req("id", Ty::Str).aka(&["messageId"]), opt("referred_product", Ty::Obj)],
};

pub(crate) static REFERRED_PRODUCT: Shape = Shape {
    cache: Shape::cache(),
    name: "`context.referred_product`",
    fields: &[req("catalog_id", Ty::Str), req("product_retailer_id", Ty::Str)],
};

pub(crate) static INTERACTIVE: Shape = Shape {
    cache: Shape::cache(),
    name: "`content.message.interactive`",
    fields: &[req("type", Ty::Str), opt("list_reply", Ty::Obj), opt("button_reply", Ty::Obj)],
};

pub(crate) static LIST_REPLY: Shape = Shape {
    cache: Shape::cache(),
    name: "`interactive.list_reply`",
    fields: &[req("id", Ty::Str), req("title", Ty::Str), opt("description", Ty::Str)],
};

pub(crate) static BUTTON_REPLY: Shape = Shape {
    cache: Shape::cache(),
    name: "`interactive.button_reply`",
    fields: &[req("id", Ty::Str), req("title", Ty::Str)],
};

pub(crate) static ORDER: Shape = Shape {
    cache: Shape::cache(),
    name: "`content.message.order`",
    fields: &[req("catalog_id", Ty::Str), opt("text", Ty::Str), req("product_items", Ty::Arr)],
};

pub(crate) static PRODUCT_ITEM: Shape = Shape {
    cache: Shape::cache(),
    name: "an order product item",
    fields: &[
        req("product_retailer_id", Ty::Str),
        // LINK 1.6.1, incoming message: both String ("Quantity of item(s)", "Price of item"), as
        // the gateway sends them, unlike Meta's webhook (numbers).
        req("quantity", Ty::Str),
        req("item_price", Ty::Str),
        req("currency", Ty::Str),
    ],
};

const CONTENT_TYPES: &[&str] = &["TEXT", "BUTTON", "MEDIA", "INTERACTIVE", "ORDER", "REACTION"];
/// The member each content type carries its content in, in [`CONTENT_TYPES`] order.
const MEMBERS: &[&str] = &["text", "button", "media", "interactive", "order", "emoji"];
const INTERACTIVE_TYPES: &[&str] = &["list_reply", "button_reply", "cta_url"];
const REPLY_MEMBERS: &[&str] = &["list_reply", "button_reply"];

/// Checks an incoming message in the standard format.
pub(super) fn check(cx: &mut Cx, value: &Value) {
    let Some(mo) = cx.object(value, &Path::root(), &INCOMING) else { return };
    check_msisdn(cx, &mo, "destination");
    check_msisdn(cx, &mo, "source");
    check_enum(cx, &mo, "provider", "`provider`", &["whatsapp"]);
    check_date(cx, &mo, "timestamp");
    check_date(cx, &mo, "providerTimestamp");
    check_id_member(cx, &mo, "messageId", "`messageId`");
    check_id_member(cx, &mo, "providerMessageId", "`providerMessageId`");
    check_route(cx, &mo);
    check_key_value(cx, &mo, "gateCustomParameters", &[]);
    check_key_value(cx, &mo, "customParameters", &[]);
    let Some(content) = mo.obj(cx, "content", &CONTENT) else { return };
    check_enum(cx, &content, "type", "`content.type`", &["WHATSAPP"]);
    if let Some(message) = content.obj(cx, "message", &MESSAGE) {
        check_message(cx, &message);
    }
}

fn check_message(cx: &mut Cx, message: &Obj<'_>) {
    if let Some(context) = message.obj(cx, "context", &CONTEXT) {
        context.obj(cx, "referred_product", &REFERRED_PRODUCT);
    }
    let Some(kind) = check_enum(cx, message, "contentType", "`contentType`", CONTENT_TYPES) else { return };
    let own = CONTENT_TYPES.iter().position(|t| *t == kind).map_or("", |i| MEMBERS[i]);
    ignored_members(cx, message, MEMBERS, &[own], "contentType", kind);
    // REACTION: an absent emoji is a removed reaction; the reacted-to message is in `context.id`.
    let needed = if kind == "REACTION" { "context" } else { own };
    if !message.has(needed) {
        cx.report(&REQUIRED_MEMBER_MISSING, message.path.key(needed), Finding::Missing { member: needed.to_owned() })
            .help(match kind {
                "REACTION" => "a reaction names the message it reacts to in `context.id`".into(),
                _ => format!("a message of contentType {kind} carries its content in `{own}`"),
            });
    }
    match kind {
        "BUTTON" => {
            message.obj(cx, "button", &BUTTON);
        }
        "MEDIA" => {
            if let Some(media) = message.obj(cx, "media", &MEDIA) {
                check_mime(cx, &media, "type");
                check_url(cx, &media, "source");
            }
        }
        "INTERACTIVE" => {
            if let Some(interactive) = message.obj(cx, "interactive", &INTERACTIVE) {
                check_interactive(cx, &interactive);
            }
        }
        "ORDER" => {
            if let Some(order) = message.obj(cx, "order", &ORDER) {
                check_order(cx, &order);
            }
        }
        "REACTION" => {
            if let Some((emoji, path)) = message.str("emoji")
                && !emoji.is_empty()
                && emoji.trim().is_empty()
            {
                cx.report(
                    &INCOMING_REACTION_EMOJI_BLANK,
                    path,
                    Finding::Other(format!("`emoji` is {} white-space characters and no emoji", emoji.chars().count())),
                )
                .help("a removed reaction has no `emoji`");
            }
        }
        _ => {}
    }
}

/// Reports each member of `members` that is present and not one of `own`, the members populated
/// for `what` `kind` (e.g. "contentType" "TEXT").
pub(super) fn ignored_members(cx: &mut Cx, obj: &Obj<'_>, members: &[&str], own: &[&str], what: &str, kind: &str) {
    for other in members.iter().filter(|m| !own.contains(m)) {
        if obj.has(other) {
            cx.report(
                &INCOMING_MEMBER_IGNORED,
                obj.path_of(other),
                Finding::Other(format!("`{other}` is not populated for {what} {kind}")),
            );
        }
    }
}

fn check_interactive(cx: &mut Cx, interactive: &Obj<'_>) {
    let Some(kind) = check_enum(cx, interactive, "type", "`interactive.type`", INTERACTIVE_TYPES) else { return };
    let own = if kind == "cta_url" { "" } else { kind };
    ignored_members(cx, interactive, REPLY_MEMBERS, &[own], "interactive type", kind);
    match kind {
        "list_reply" | "button_reply" if !interactive.has(kind) => {
            cx.report(
                &REQUIRED_MEMBER_MISSING,
                interactive.path.key(kind),
                Finding::Missing { member: kind.to_owned() },
            );
        }
        "list_reply" => {
            interactive.obj(cx, kind, &LIST_REPLY);
        }
        "button_reply" => {
            interactive.obj(cx, kind, &BUTTON_REPLY);
        }
        _ => {}
    }
}

fn check_order(cx: &mut Cx, order: &Obj<'_>) {
    if let Some(items) = order.arr("product_items")
        && items.len() == 0
    {
        cx.report(
            &INCOMING_ORDER_ITEMS_EMPTY,
            items.path,
            Finding::TooFew { subject: "`product_items`", actual: 0, min: 1 },
        );
    }
    for item in order.objs(cx, "product_items", &PRODUCT_ITEM) {
        let Some((quantity, path)) = item.str("quantity") else { continue };
        let ok =
            !quantity.is_empty() && quantity.bytes().all(|b| b.is_ascii_digit()) && quantity.bytes().any(|b| b != b'0');
        if !ok {
            cx.report(
                &INCOMING_ORDER_QUANTITY_INVALID,
                path,
                Finding::Other(format!("`quantity` \"{}\" is not a positive whole number", quote(quantity))),
            );
        }
    }
}
