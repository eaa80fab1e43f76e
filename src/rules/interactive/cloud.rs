//! The interactive types and forms of Cloud API JSON only: Meta's payments (`order_details`,
//! `order_status`) and calling (`voice_call`, `call_permission_request`) types, and the nested
//! `interactive.order_details` form of Meta's Postman collection (LW529). Their members' limits
//! are checked by [`crate::rules::cloud::commerce`] and [`crate::rules::cloud::calling`].
//!
//! Sources: Meta, Payments API (India, Singapore, Brazil); Calling API: call button messages,
//! user call permissions; OpenAPI v23 `InteractiveObject.type` (Meta's documentation as of
//! December 2025).

use super::{Kind, action_name};
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::Finding;
use crate::rules::path::Path;
use crate::rules::shape::{Shape, Ty, opt, req};

/// The interactive types of Cloud API JSON: LINK's and Meta's payments and calling types.
pub(crate) const CLOUD_TYPES: &[&str] = super::ALL_TYPES;

/// The Cloud API's interactive object: `action` is checked for presence after the nested
/// `order_details` form (Payments SG in Meta's Postman collection, LW529) is ruled out.
pub(crate) static CLOUD_INTERACTIVE: Shape = Shape {
    cache: Shape::cache(),
    name: "`interactive`",
    fields: &[
        req("type", Ty::Str).with(&super::TYPE),
        opt("header", Ty::Obj),
        opt("body", Ty::Obj),
        opt("footer", Ty::Obj),
        opt("action", Ty::Obj),
        opt("order_details", Ty::Obj),
    ],
};

/// `interactive.order_details` in the nested form: the members the pages put on `interactive`.
static NESTED_ORDER_DETAILS: Shape = Shape {
    cache: Shape::cache(),
    name: "`interactive.order_details`",
    fields: &[opt("header", Ty::Obj), opt("body", Ty::Obj), opt("footer", Ty::Obj), req("action", Ty::Obj)],
};

/// `action` of a call_permission_request: `{ "name": "call_permission_request" }`.
pub(crate) static CALL_PERMISSION_ACTION: Shape =
    Shape { cache: Shape::cache(), name: "the `action` of a call_permission_request", fields: &[req("name", Ty::Str)] };
/// `action` of an order_details or order_status message: `name` and `parameters`.
pub(crate) static ORDER_ACTION: Shape = Shape {
    cache: Shape::cache(),
    name: "the `action` of an order message",
    fields: &[req("name", Ty::Str), req("parameters", Ty::Any)],
};
/// `action` of a voice_call message: `name` and optional `parameters`.
pub(crate) static VOICE_CALL_ACTION: Shape = Shape {
    cache: Shape::cache(),
    name: "the `action` of a voice_call message",
    fields: &[req("name", Ty::Str), opt("parameters", Ty::Obj)],
};

/// The `action` of an order_details (`details`) or order_status message.
pub(super) fn order_action(cx: &mut Cx, action: &Value, path: &Path<'_>, details: bool) {
    let Some(action) = cx.object(action, path, &ORDER_ACTION) else { return };
    action_name(cx, &action, if details { &["review_and_pay"] } else { &["review_order"] });
    if let Some((params, p)) = action.get("parameters") {
        if details {
            crate::rules::cloud::commerce::check_order_details(cx, params, &p);
        } else {
            crate::rules::cloud::commerce::check_order_status(cx, params, &p);
        }
    }
}

/// LW529: header, body, footer and action nested in `interactive.order_details` (Meta's Postman
/// collection, Payments SG) instead of on the interactive object (Meta's SG and India pages). A
/// warning; the nested action is checked as an order_details action.
pub(super) fn nested_order_details(cx: &mut Cx, nested: &Value, path: &Path<'_>, kind: Option<Kind>) {
    cx.report(
        &crate::rules::cloud::ORDER_DETAILS_NESTED,
        *path,
        Finding::Other(
            "`header`, `body`, `footer` and `action` are nested in `order_details`; Meta's pages put them on the interactive object".into(),
        ),
    )
    .help("move the members of `order_details` up into `interactive`");
    let Some(inner) = cx.object(nested, path, &NESTED_ORDER_DETAILS) else { return };
    if kind == Some(Kind::OrderDetails)
        && let Some((action, p)) = inner.get("action")
    {
        order_action(cx, action, &p, true);
    }
}

/// The `action` of a voice_call message: `name` and the call button's `parameters`.
pub(super) fn voice_call_action(cx: &mut Cx, action: &Value, path: &Path<'_>) {
    let Some(action) = cx.object(action, path, &VOICE_CALL_ACTION) else { return };
    action_name(cx, &action, &["voice_call"]);
    if let Some((params, p)) = action.get("parameters") {
        crate::rules::cloud::calling::check_parameters(cx, params, &p);
    }
}

/// The `action` of a call_permission_request: its `name` only.
pub(super) fn call_permission_action(cx: &mut Cx, action: &Value, path: &Path<'_>) {
    if let Some(action) = cx.object(action, path, &CALL_PERMISSION_ACTION) {
        action_name(cx, &action, &["call_permission_request"]);
    }
}
