//! The 1.4.2 "alternative receive message": an MO format the gateway forwards "if the receiving
//! gateway is configured to forward this kind of messages instead of the standard ones". 1.4.4
//! removed it from the documents.
//!
//! Source: LINK WhatsApp Message API 1.4.2, "Alternative receive message".

use super::LEGACY_ALTERNATIVE_RECEIVE_MESSAGE;
use super::LEGACY_MEDIA_ITEMS_EMPTY;
use super::common::{
    check_date, check_enum, check_id_member, check_key_value, check_mime, check_msisdn, check_route, check_url,
};
use super::incoming::ignored_members;
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::Finding;
use crate::rules::path::Path;
use crate::rules::shape::{Shape, Ty, opt, req};
use crate::rules::structure::REQUIRED_MEMBER_MISSING;

/// The table lists `operatorTimestamp`; both of the document's examples spell it `operatorTimeStamp`,
/// which is reported as an unknown member with a did-you-mean (and then not also as missing).
pub(crate) static ALTERNATIVE: Shape = Shape {
    cache: Shape::cache(),
    name: "an alternative receive message",
    fields: &[
        req("messageId", Ty::Str),
        req("source", Ty::Str),
        req("destination", Ty::Str),
        req("channel", Ty::Str),
        req("timestamp", Ty::Str),
        req("content", Ty::Obj),
        req("operator", Ty::Str),
        req("operatorMessageId", Ty::Str),
        opt("route", Ty::Obj),
        opt("gateCustomParameters", Ty::Any),
        opt("customParameters", Ty::Any),
        opt("operatorTimestamp", Ty::Str),
    ],
};

pub(crate) static CONTENT: Shape = Shape {
    cache: Shape::cache(),
    name: "an alternative receive message's `content`",
    fields: &[req("type", Ty::Str), opt("data", Ty::Str), opt("subject", Ty::Str), opt("items", Ty::Arr)],
};

pub(crate) static ITEM: Shape = Shape {
    cache: Shape::cache(),
    name: "a media item",
    fields: &[req("type", Ty::Str), req("contentId", Ty::Str), req("contentType", Ty::Str), req("url", Ty::Str)],
};

const CONTENT_TYPES: &[&str] = &["TEXT", "MEDIA"];
const MEMBERS: &[&str] = &["data", "subject", "items"];

/// Checks an alternative receive message.
pub(super) fn check(cx: &mut Cx, value: &Value) {
    let root = Path::root();
    cx.report(
        &LEGACY_ALTERNATIVE_RECEIVE_MESSAGE,
        root,
        Finding::Other(
            "this is the 1.4.2 alternative receive message format, removed from the documents in 1.4.4".into(),
        ),
    );
    let Some(mo) = cx.object(value, &root, &ALTERNATIVE) else { return };
    if !mo.has("operatorTimestamp") && !mo.map.contains_key("operatorTimeStamp") {
        cx.report(
            &REQUIRED_MEMBER_MISSING,
            root.key("operatorTimestamp"),
            Finding::Missing { member: "operatorTimestamp".into() },
        );
    }
    check_id_member(cx, &mo, "messageId", "`messageId`");
    check_id_member(cx, &mo, "operatorMessageId", "`operatorMessageId`");
    check_msisdn(cx, &mo, "source");
    check_msisdn(cx, &mo, "destination");
    check_enum(cx, &mo, "channel", "`channel`", &["WHATSAPP"]);
    check_enum(cx, &mo, "operator", "`operator`", &["whatsapp"]);
    check_date(cx, &mo, "timestamp");
    check_date(cx, &mo, "operatorTimestamp");
    check_route(cx, &mo);
    check_key_value(cx, &mo, "gateCustomParameters", &[]);
    check_key_value(cx, &mo, "customParameters", &[]);

    let Some(content) = mo.obj(cx, "content", &CONTENT) else { return };
    let Some(kind) = check_enum(cx, &content, "type", "`content.type`", CONTENT_TYPES) else { return };
    let own: &[&str] = if kind == "TEXT" { &["data"] } else { &["subject", "items"] };
    ignored_members(cx, &content, MEMBERS, own, "content type", kind);
    let needed = if kind == "TEXT" { "data" } else { "items" };
    if !content.has(needed) {
        cx.report(&REQUIRED_MEMBER_MISSING, content.path.key(needed), Finding::Missing { member: needed.into() });
    }
    if kind != "MEDIA" {
        return;
    }
    if let Some(items) = content.arr("items")
        && items.len() == 0
    {
        cx.report(&LEGACY_MEDIA_ITEMS_EMPTY, items.path, Finding::TooFew { subject: "`items`", actual: 0, min: 1 });
    }
    for item in content.objs(cx, "items", &ITEM) {
        check_enum(cx, &item, "type", "item `type`", &["URL"]);
        check_mime(cx, &item, "contentType");
        check_url(cx, &item, "url");
    }
}
