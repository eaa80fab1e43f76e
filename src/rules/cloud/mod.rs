//! LW5xx: Meta Cloud API send bodies (`POST /{phone-number-id}/messages`): the envelope
//! (`messaging_product`, `recipient_type`, `to`, `type`), replies (`context`) and reactions. The
//! content of each message type is checked by the same family modules as LINK messages, in the
//! Cloud API's snake_case spelling.
//!
//! Source: Service4U WhatsApp API (Meta Cloud API, Graph v15–v17), "Send messages", "Reply to a
//! message", "Send reaction messages"; Cloud API field reference (document 004).

mod reaction;
#[cfg(test)]
mod tests;

use super::envelope::check_msisdn;
use super::finding::{Finding, quote};
use super::message::{MESSAGE_TYPE_UNKNOWN, check_content};
use super::registry::declare_rules;
use super::shape::{Cx, Obj, Shape, Ty, closest, opt, req};
use crate::pointer::JsonPointer;
use serde_json::Value;

const SEND: &str = "Service4U WhatsApp API (Meta Cloud API), Send messages";

declare_rules! {
    MESSAGING_PRODUCT_INVALID = LW500 "messaging-product-invalid" Error,
        "`messaging_product` is \"whatsapp\".",
        "The Cloud API serves several products from one endpoint; any other value is rejected (error 100, Invalid parameter).",
        SEND;
    RECIPIENT_TYPE_INVALID = LW501 "recipient-type-invalid" Error,
        "`recipient_type` is \"individual\" (its default).",
        "Only individual recipients are documented; other values are rejected.",
        SEND;
    REACTION_EMOJI_INVALID = LW502 "reaction-emoji-invalid" Error,
        "A reaction's `emoji` is one emoji, or \"\" to remove the reaction.",
        "Meta rejects reactions with text or several emoji (error 131009, Parameter value is not valid).",
        "Service4U WhatsApp API (Meta Cloud API), Send reaction messages";
    REACTION_NOT_REPLY = LW503 "reaction-not-reply" Error,
        "A reaction carries no `context`: reactions cannot be replies.",
        "The message reacted to is named by `reaction.message_id`; a `context` on a reaction is rejected.",
        "Service4U WhatsApp API (Meta Cloud API), Send reaction messages";
    WAMID_INVALID = LW504 "wamid-invalid" Warning,
        "`context.message_id` and `reaction.message_id` are WhatsApp message ids (`wamid.…`).",
        "Meta answers an unknown id with error 131009 or delivers the message without the reply; ids from the LINK gateway (messageIds) are not wamids.",
        "Service4U WhatsApp API (Meta Cloud API), Reply to a message";
}

/// Message types a Cloud API send body can have.
pub(crate) const TYPES: &[&str] = &[
    "text",
    "image",
    "audio",
    "video",
    "document",
    "sticker",
    "location",
    "contacts",
    "interactive",
    "template",
    "reaction",
];

static SEND_BODY: Shape = Shape {
    name: "a Cloud API message",
    fields: &[
        req("messaging_product", Ty::Str),
        opt("recipient_type", Ty::Str),
        req("to", Ty::Str),
        req("type", Ty::Str),
        opt("context", Ty::Obj),
        opt("biz_opaque_callback_data", Ty::Str),
        opt("text", Ty::Obj),
        opt("image", Ty::Obj),
        opt("audio", Ty::Obj),
        opt("video", Ty::Obj),
        opt("document", Ty::Obj),
        opt("sticker", Ty::Obj),
        opt("location", Ty::Obj),
        opt("contacts", Ty::Arr),
        opt("interactive", Ty::Obj),
        opt("template", Ty::Obj),
        opt("reaction", Ty::Obj),
    ],
};

static CONTEXT: Shape = Shape { name: "`context`", fields: &[req("message_id", Ty::Str)] };

/// True when the object's members say it is a Cloud API send body: it has `messaging_product` (or
/// `recipient_type`). A LINK message with a stray `to` stays LINK, where `to` is unknown.
pub(crate) fn recognizes(map: &serde_json::Map<String, Value>) -> bool {
    ["messaging_product", "recipient_type"].iter().any(|k| map.contains_key(*k))
}

/// Checks one Cloud API send body.
pub(crate) fn check(cx: &mut Cx, value: &Value) {
    let Some(body) = cx.object(value, &JsonPointer::root(), &SEND_BODY) else { return };
    if let Some((product, path)) = body.str("messaging_product")
        && product != "whatsapp"
    {
        let d = cx.report(
            &MESSAGING_PRODUCT_INVALID,
            path,
            Finding::NotOneOf { subject: "`messaging_product`", actual: product.to_owned(), allowed: &["whatsapp"] },
        );
        d.help = Some("use \"whatsapp\"".into());
    }
    if let Some((recipient, path)) = body.str("recipient_type")
        && recipient != "individual"
    {
        cx.report(
            &RECIPIENT_TYPE_INVALID,
            path,
            Finding::NotOneOf { subject: "`recipient_type`", actual: recipient.to_owned(), allowed: &["individual"] },
        );
    }
    if let Some((to, path)) = body.str("to") {
        check_msisdn(cx, to, path, true);
    }
    let kind = body.str("type").map(|(k, p)| (k.to_owned(), p));
    if let Some(context) = body.obj(cx, "context", &CONTEXT)
        && let Some((id, path)) = context.str("message_id")
    {
        check_wamid(cx, id, path);
    }
    let Some((kind, kind_path)) = kind else { return };
    if !TYPES.contains(&kind.as_str()) {
        let d = cx.report(
            &MESSAGE_TYPE_UNKNOWN,
            kind_path,
            Finding::NotOneOf { subject: "message type", actual: kind.clone(), allowed: TYPES },
        );
        d.help = closest(&kind, TYPES).map(|s| format!("did you mean `{s}`?"));
        return;
    }
    check_content(cx, &body, &kind, TYPES);
    if kind == "reaction" {
        reaction::check(cx, &body);
    }
}

/// Warns when a message id is not a `wamid.` id.
fn check_wamid(cx: &mut Cx, id: &str, path: JsonPointer) {
    if !id.starts_with("wamid.") {
        cx.report(&WAMID_INVALID, path, Finding::Other(format!("`{}` is not a WhatsApp message id", quote(id)))).help =
            Some("use the `wamid.…` id from the webhook or the send response".into());
    }
}

/// The `context` member of `body`, if any: used by the reaction check.
fn has_context(body: &Obj<'_>) -> bool {
    body.has("context")
}
