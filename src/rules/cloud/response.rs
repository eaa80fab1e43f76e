//! The Cloud API's answer to a send request: `{"messaging_product": "whatsapp", "contacts":
//! [{"input", "wa_id"}], "messages": [{"id"}]}`.
//!
//! Source: Service4U WhatsApp API (Meta Cloud API), "Send messages: Response Syntax" and the
//! response of every example.

use super::check_messaging_product;
use super::codes::RESPONSE_MESSAGE_ID_NOT_WAMID;
use crate::json::tree::{Map, Value};
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, quote};
use crate::rules::path::Path;
use crate::rules::shape::{Shape, Ty, opt, req};

static RESPONSE: Shape = Shape {
    cache: Shape::cache(),
    name: "a Cloud API send response",
    fields: &[req("messaging_product", Ty::Str), opt("contacts", Ty::Arr), req("messages", Ty::Arr)],
};

/// `contacts[]`: the number sent to (`input`) and the WhatsApp id it resolved to (`wa_id`).
static CONTACT: Shape = Shape {
    cache: Shape::cache(),
    name: "a response contact",
    fields: &[req("input", Ty::Str), req("wa_id", Ty::Str)],
};

/// `messages[]`: the new message's id, and (for marketing messages) its status.
static MESSAGE: Shape = Shape {
    cache: Shape::cache(),
    name: "a response message",
    fields: &[req("id", Ty::Str), opt("message_status", Ty::Str)],
};

/// True for a send response: `messaging_product` and `messages`, and nothing a send body has.
pub(super) fn recognizes(map: &Map<'_>) -> bool {
    map.contains_key("messaging_product")
        && map.contains_key("messages")
        && !["to", "type", "recipient_type"].iter().any(|k| map.contains_key(k))
}

/// Checks a send response.
pub(super) fn check(cx: &mut Cx, value: &Value) {
    cx.received = true; // what Meta answers: a member it added since is a warning (LW016)
    let Some(response) = cx.object(value, &Path::root(), &RESPONSE) else { return };
    if let Some((product, path)) = response.str("messaging_product") {
        check_messaging_product(cx, product, path);
    }
    response.objs(cx, "contacts", &CONTACT);
    for message in response.objs(cx, "messages", &MESSAGE) {
        let Some((id, path)) = message.str("id") else { continue };
        if id.starts_with("wamid.") {
            continue;
        }
        cx.report(
            &RESPONSE_MESSAGE_ID_NOT_WAMID,
            path,
            Finding::Other(format!("`{}` is not a WhatsApp message id", quote(id))),
        )
        .help("the Cloud API answers with ids prefixed `wamid.`");
    }
}
