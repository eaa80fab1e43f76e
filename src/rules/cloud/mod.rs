//! LW5xx: Meta Cloud API documents: send bodies (`POST /{phone-number-id}/messages`) with their
//! envelope (`messaging_product`, `recipient_type`, `to`, `type`), replies (`context`) and
//! reactions; mark-as-read and typing-indicator bodies ([`receipt`]); send responses; webhooks
//! (`"object": "whatsapp_business_account"`, or the `value` of one change on its own, as Service4U
//! shows them); and a template component on its own. The content of each message type is checked
//! by the same family modules as LINK messages, in the Cloud API's snake_case spelling.
//!
//! The Cloud API as Meta documents it today (Meta's documentation as of December 2025, and
//! OpenAPI v23): `type` may be omitted on text messages (it defaults to text; 004 and OpenAPI list
//! it as required, Meta's reference and its own examples do not); recipients are individuals
//! (a phone number or a business-scoped user id) or groups ([`recipient`]); groups can be sent
//! `pin` messages ([`pin`]); the Marketing Messages API members; payments ([`commerce`]) and
//! calling ([`calling`]) messages. Where Meta's current documentation differs from 003/004, it
//! decides for Cloud API payloads and the rule's text says so; LINK payloads keep LINK's rules.
//!
//! Documentation placeholders (`<TO>`, `{{recipient_phone}}`, `PHONE_NUMBER`) are reported by
//! [`crate::rules::placeholder`] (LW508) instead of a format error.
//!
//! Source: Service4U WhatsApp API (Meta Cloud API, Graph v15–v17), "Send messages", "Reply to a
//! message", "Send reaction messages", "Address Messages", webhooks; Cloud API field reference
//! (document 004); Meta's Cloud API documentation (December 2025) where both are silent or older
//! (each rule's `source`).

pub(crate) mod calling;
mod codes;
pub(crate) mod commerce;
mod pin;
pub(crate) mod reaction;
mod receipt;
mod recipient;
mod response;
#[cfg(test)]
mod tests;
mod webhook;

use codes::*;
pub(crate) use codes::{
    FLOW_ID_AND_NAME, HEADER_TYPE_MISSING, INTERACTIVE_TYPE_CASE, ORDER_DETAILS_NESTED, PARAMETER_TYPE_CASE,
    PAYMENT_LINK_PREVIEW_MISPLACED, QUICK_REPLY_TEXT_PARAMETER, RULES, TAP_TARGET_INVALID,
};

use super::cx::Cx;
use super::envelope::{MSISDN_WITHOUT_COUNTRY_CODE, check_msisdn};
use super::finding::{Finding, Unit, quote};
use super::message::{MESSAGE_TYPE_UNKNOWN, check_content};
use super::shape::{Obj, Shape, Ty, chars, opt, req};
use super::structure::REQUIRED_MEMBER_MISSING;
use super::suggest::closest;
use crate::diagnostic::text::json_string;
use crate::diagnostic::{Applicability, Severity};
use crate::json::tree::{Map, Value};
use crate::rules::intent::Change;
use crate::rules::path::Path;

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
    "pin",
];

pub(crate) static SEND_BODY: Shape = Shape {
    cache: Shape::cache(),
    name: "a Cloud API message",
    fields: &[
        req("messaging_product", Ty::Str),
        opt("recipient_type", Ty::Str),
        // A string; a JSON integer of digits is accepted by Meta's live API (LW531, [`recipient`]).
        req("to", Ty::NumOrStr),
        // "Optional … If omitted, defaults to text" (Meta's reference; 004 and OpenAPI v23 list
        // it as required, but Meta's own examples omit it).
        opt("type", Ty::Str),
        // An object; `null` is LW532, other types LW006 ([`check_context`]).
        opt("context", Ty::Any),
        opt("biz_opaque_callback_data", Ty::Str),
        opt("recipient_identity_key_hash", Ty::Str),
        // Marketing Messages API (`/marketing_messages`).
        opt("product_policy", Ty::Str),
        opt("message_activity_sharing", Ty::Bool),
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
        opt("pin", Ty::Obj),
        // Not members of a Cloud API send body: declared so that LW505, not the generic
        // unknown-member rule, reports them with the place they belong.
        opt("preview_url", Ty::Any),
        opt("previewUrl", Ty::Any),
    ],
};

pub(crate) static CONTEXT: Shape =
    Shape { cache: Shape::cache(), name: "`context`", fields: &[req("message_id", Ty::Str)] };

/// Template component types, for recognizing a component on its own.
const COMPONENT_TYPES: &[&str] = &["header", "body", "button", "carousel", "limited_time_offer"];

/// True when the object's members say it is a Cloud API document:
/// - a send body or response: it has `messaging_product` (or `recipient_type`);
/// - a webhook: it has `object` and `entry`;
/// - the `value` of a webhook change on its own (as Service4U shows them): `statuses`, or
///   `messages` whose first element has `from` (a LINK request's messages never do), and no member
///   but those of a value;
/// - a template component on its own: `type` header/body/button/… with `parameters` (or `cards`)
///   and nothing a message would have.
///
/// A LINK message with a stray `to` stays LINK, where `to` is unknown.
pub(crate) fn recognizes(map: &Map<'_>) -> bool {
    ["messaging_product", "recipient_type"].iter().any(|k| map.contains_key(k))
        || webhook::recognizes(map)
        || is_component(map)
}

/// True for a Cloud API webhook, or the `value` of one change on its own.
pub(crate) fn is_webhook(map: &Map<'_>) -> bool {
    webhook::recognizes(map)
}

fn is_component(map: &Map<'_>) -> bool {
    let kind = map.get("type").and_then(Value::as_str);
    kind.is_some_and(|k| COMPONENT_TYPES.contains(&k))
        && (map.contains_key("parameters") || map.contains_key("cards"))
        && map.keys().all(|k| ["type", "sub_type", "index", "parameters", "cards"].contains(&k))
}

/// Checks one Cloud API document: a webhook, a send response, a template component, or a send
/// body.
pub(crate) fn check(cx: &mut Cx, value: &Value) {
    if let Some(map) = value.as_object() {
        if webhook::recognizes(map) {
            webhook::check(cx, value);
            return;
        }
        if response::recognizes(map) {
            response::check(cx, value);
            return;
        }
        if receipt::recognizes(map) {
            receipt::check(cx, value);
            return;
        }
        if is_component(map) {
            cx.report(
                &TEMPLATE_COMPONENT_FRAGMENT,
                Path::root(),
                Finding::Other("the document is a template component on its own, not a message".into()),
            )
            .help("send it inside `template.components` of a template message");
            super::template::check_component(cx, value);
            return;
        }
    }
    check_send_body(cx, value);
}

fn check_send_body(cx: &mut Cx, value: &Value) {
    let Some(body) = cx.object(value, &Path::root(), &SEND_BODY) else { return };
    if let Some((product, path)) = body.str("messaging_product") {
        check_messaging_product(cx, product, path);
    }
    recipient::check(cx, &body);
    if let Some((data, path)) = body.str("biz_opaque_callback_data") {
        let len = chars(data);
        if len > CALLBACK_DATA_MAX {
            cx.report(
                &BIZ_OPAQUE_CALLBACK_DATA_TOO_LONG,
                path,
                Finding::TooLong {
                    subject: "`biz_opaque_callback_data`",
                    actual: len,
                    max: CALLBACK_DATA_MAX,
                    unit: Unit::Chars,
                },
            );
        }
    }
    check_preview_url(cx, &body);
    let kind = match body.str("type") {
        Some((k, p)) => Some((k.to_owned(), p)),
        None if body.has("type") => None,
        // Without `type` the message is a text message.
        None if body.has("text") => Some(("text".to_owned(), body.path_of("type"))),
        None => {
            let d = cx
                .report(&REQUIRED_MEMBER_MISSING, body.path.key("type"), Finding::Missing { member: "type".into() })
                .help("`type` may be omitted on text messages only (it defaults to `text`)");
            if let Some(kind) = crate::rules::message::implied_type(body.map, TYPES) {
                d.fix_insert(body.path, "type", &json_string(kind), Applicability::Unsafe);
            }
            None
        }
    };
    check_marketing(cx, &body, kind.as_ref().map(|(k, _)| k.as_str()));
    check_context(cx, &body);
    let Some((kind, kind_path)) = kind else { return };
    if !TYPES.contains(&kind.as_str()) {
        cx.report(
            &MESSAGE_TYPE_UNKNOWN,
            kind_path,
            Finding::NotOneOf { subject: "message type", actual: kind.clone(), allowed: TYPES },
        )
        .help_opt(closest(&kind, TYPES).map(|s| format!("did you mean `{s}`?")))
        .fix_spelling(kind_path, &kind, TYPES);
        return;
    }
    check_content(cx, &body, &kind, TYPES);
    match kind.as_str() {
        "reaction" => reaction::check(cx, &body),
        "pin" => pin::check(cx, &body),
        "interactive" => {
            if let Some((to, _)) = body.str("to") {
                check_address_country(cx, &body, to);
            }
        }
        _ => {}
    }
}

/// `context`: LW532 for `null`, LW006 for another type than an object, and its `message_id`.
fn check_context(cx: &mut Cx, body: &Obj<'_>) {
    let Some((value, path)) = body.get("context") else { return };
    if value.is_null() {
        cx.report(
            &CONTEXT_NULL,
            path,
            Finding::Other("`context` is null; a message that replies to nothing has no `context`".into()),
        )
        .help("remove `context`")
        .fix(Applicability::Safe, "remove `context`".into(), [Change::Remove(path)]);
        return;
    }
    if let Some(context) = body.obj(cx, "context", &CONTEXT)
        && let Some((id, path)) = context.str("message_id")
    {
        check_wamid(cx, id, path);
    }
}

/// LW527: an empty interactive footer text (Cloud API JSON), a warning; true when reported.
pub(crate) fn footer_empty(cx: &mut Cx, text: &str, path: Path<'_>) -> bool {
    if !text.is_empty() {
        return false;
    }
    cx.report(&FOOTER_TEXT_EMPTY, path, Finding::Other("the footer text is empty; the footer shows nothing".into()))
        .help("remove `footer`");
    true
}

/// LW515, LW516: the Marketing Messages API members.
fn check_marketing(cx: &mut Cx, body: &Obj<'_>, kind: Option<&str>) {
    const POLICIES: &[&str] = &["CLOUD_API_FALLBACK", "STRICT"];
    if let Some((policy, path)) = body.str("product_policy")
        && !POLICIES.contains(&policy)
    {
        cx.report(
            &PRODUCT_POLICY_INVALID,
            path,
            Finding::NotOneOf { subject: "`product_policy`", actual: policy.to_owned(), allowed: POLICIES },
        );
    }
    if kind.is_some_and(|k| k != "template") {
        for member in ["product_policy", "message_activity_sharing"] {
            if body.has(member) {
                cx.report(
                    &MARKETING_MEMBER_NOT_TEMPLATE,
                    body.path_of(member),
                    Finding::Other(format!("`{member}` belongs to marketing template messages")),
                )
                .help("remove it, or send a marketing template to `/marketing_messages`");
            }
        }
    }
}

/// `to`: the shared MSISDN checks (LW106–LW108). Service4U's phone number formats: `+`, `-`,
/// `(`, `)` and spaces are accepted, and without `+` the business number's country code is
/// prepended, so the LINK gateway's `00` international prefix does not make a number
/// international here (LW108). LW108 is `info` in Cloud API JSON.
fn check_to(cx: &mut Cx, to: &str, path: &Path) {
    // Meta: the plus sign is optional and its own examples write numbers as `16505551234`; in
    // Cloud API JSON LW108 is a note, not a warning (see its `why`).
    let reported = check_msisdn(cx, to, *path, Some(Severity::Info));
    if !reported && to.trim().starts_with("00") {
        cx.report(
            &MSISDN_WITHOUT_COUNTRY_CODE,
            *path,
            Finding::Other(
                "the number starts with `00`, which the Cloud API does not read as an international prefix; without `+` the business number's country code is prepended".into(),
            ),
        )
        .help("write it as +<country code><number>")
        .severity(Severity::Info);
    }
}

/// Meta's longest `biz_opaque_callback_data`, in characters.
const CALLBACK_DATA_MAX: usize = 512;

/// LW500: `messaging_product` is "whatsapp".
fn check_messaging_product(cx: &mut Cx, product: &str, path: Path) {
    if product != "whatsapp" {
        cx.report(
            &MESSAGING_PRODUCT_INVALID,
            path,
            Finding::NotOneOf { subject: "`messaging_product`", actual: product.to_owned(), allowed: &["whatsapp"] },
        )
        .help("use \"whatsapp\"");
    }
}

/// LW505: a top-level `preview_url` (On-Premises) or `previewUrl` (LINK) instead of
/// `text.preview_url`.
fn check_preview_url(cx: &mut Cx, body: &Obj<'_>) {
    for key in ["preview_url", "previewUrl"] {
        let Some((value, path)) = body.get(key) else { continue };
        let text = body.str("type").is_some_and(|(t, _)| t == "text");
        let d = cx
            .report(
                &PREVIEW_URL_MISPLACED,
                path,
                Finding::Other(if key == "previewUrl" {
                    "`previewUrl` is LINK's spelling; a Cloud API send body sets `text.preview_url`".into()
                } else {
                    "a top-level `preview_url` is the On-Premises API's; the Cloud API sets `text.preview_url`".into()
                }),
            )
            .help(if text {
                match value.as_bool() {
                    Some(b) => format!("move it into `text` as `\"preview_url\": {b}`"),
                    None => "move it into `text` as a boolean `preview_url`".into(),
                }
            } else {
                "remove it; only text messages have a link preview".into()
            });
        // Moved into `text` when that is certain: a boolean, a text message whose `text` does not
        // set it already.
        if let (true, Some(b), Some((inner, inner_path))) = (text, value.as_bool(), body.get("text"))
            && inner.get("preview_url").is_none()
        {
            let changes = [Change::Remove(path), Change::Insert(inner_path, "preview_url".into(), b.to_string())];
            d.fix(Applicability::Safe, "move it into `text` as `preview_url`".into(), changes);
        }
    }
}

/// Warns when a message id is not a `wamid.` id (a placeholder never gets here: see
/// [`crate::rules::placeholder`]).
fn check_wamid(cx: &mut Cx, id: &str, path: Path) {
    if !id.starts_with("wamid.") {
        cx.report(&WAMID_INVALID, path, Finding::Other(format!("`{}` is not a WhatsApp message id", quote(id))))
            .help("use the `wamid.…` id from the webhook or the send response");
    }
}

/// The `context` member of `body`, if any: used by the reaction check.
fn has_context(body: &Obj<'_>) -> bool {
    body.has("context")
}

/// The country calling codes of the address message countries.
const CALLING_CODES: &[(&str, &str)] = &[("IN", "91"), ("SG", "65")];

/// LW507: an address message asks for an address in the country of the recipient's number.
fn check_address_country(cx: &mut Cx, body: &Obj<'_>, to: &str) {
    let Some(inter) = body.map.get("interactive").and_then(Value::as_object) else { return };
    if inter.get("type").and_then(Value::as_str) != Some("address_message") {
        return;
    }
    let params = inter.get("action").and_then(|a| a.get("parameters"));
    let Some(country) = params.and_then(|p| p.get("country")).and_then(Value::as_str) else { return };
    let Some((_, code)) = CALLING_CODES.iter().find(|(c, _)| *c == country) else { return };
    let digits: String = to.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.starts_with(code) {
        return;
    }
    let path = body.path.key("interactive").key("action").key("parameters").key("country");
    cx.report(
        &ADDRESS_COUNTRY_PHONE_MISMATCH,
        path,
        Finding::Other(format!(
            "`country` is {country}, but `to` does not start with its calling code +{code}; the recipient cannot be asked for an address there"
        )),
    )
    .help(format!("send address messages for {country} to +{code} numbers"));
}
