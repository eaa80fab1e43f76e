//! Flow messages: `action.name: flow` and `action.parameters`.
//!
//! `flow_expires`, which the 1.6 "Flow type – with extra fields" example carries, is not a known
//! member: neither the 1.6 nor the 1.6.1 action parameters table lists it, the 1.6.1 example
//! dropped it, and Meta's flow message parameters (mode, flow_message_version, flow_token,
//! flow_id, flow_cta, flow_action, flow_action_payload) have no such field. It is reported as an
//! unknown member (LW005).
//!
//! The table says `flow_action_payload` is "Required if flow_action field is equal to value
//! navigate", yet the minimal example (navigate by default) has none, and Meta documents it as
//! optional; linkwa does not require it.
//!
//! In Cloud API JSON the flow is named by `flow_id` or `flow_name` (exactly one), and `flow_cta`
//! may have 30 characters (LW451); LINK keeps `flow_id` required and 20 characters.
//!
//! Sources: LINK WhatsApp Message API 1.6.1, "Interactive action", "Interactive action
//! parameters"; Meta, Flows: "Sending a Flow" (December 2025) and OpenAPI v23 for Cloud API JSON.

use super::text;
use super::{
    FLOW_ACTION_INVALID, FLOW_ACTION_PAYLOAD_DATA_EMPTY, FLOW_ACTION_PAYLOAD_NOT_ALLOWED, FLOW_CTA_TOO_LONG,
    FLOW_MESSAGE_VERSION_INVALID, FLOW_MODE_INVALID, FLOW_TOKEN_MISPLACED, action_name,
};
use crate::diagnostic::Dialect;
use crate::json::tree::Value;
use crate::rules::cloud::FLOW_ID_AND_NAME;
use crate::rules::cx::Cx;
use crate::rules::finding::Finding;
use crate::rules::path::Path;
use crate::rules::shape::{Obj, Shape, Ty, opt, req};

pub(crate) static FLOW_ACTION: Shape = Shape {
    cache: Shape::cache(),
    name: "the `action` of a flow message",
    fields: &[req("name", Ty::Str), req("parameters", Ty::Obj), opt("flowToken", Ty::Str)],
};

pub(crate) static FLOW_PARAMETERS: Shape = Shape {
    cache: Shape::cache(),
    name: "flow `parameters`",
    fields: &[
        req("flow_message_version", Ty::Str),
        req("flow_id", Ty::Str),
        req("flow_cta", Ty::Str),
        opt("mode", Ty::Str),
        opt("flow_token", Ty::Str),
        opt("flow_action", Ty::Str),
        opt("flow_action_payload", Ty::Obj),
    ],
};

/// The Cloud API's flow parameters: the flow is named by `flow_id` or by `flow_name`, exactly
/// one of them (Meta: "Cannot be used with the flow_id parameter. Only one of these parameters is
/// required."; OpenAPI v23 `oneOf`).
pub(crate) static CLOUD_FLOW_PARAMETERS: Shape = Shape {
    cache: Shape::cache(),
    name: "flow `parameters`",
    fields: &[
        req("flow_message_version", Ty::Str),
        opt("flow_id", Ty::Str),
        opt("flow_name", Ty::Str),
        req("flow_cta", Ty::Str),
        opt("mode", Ty::Str),
        opt("flow_token", Ty::Str),
        opt("flow_action", Ty::Str),
        opt("flow_action_payload", Ty::Obj),
    ],
};

pub(crate) static FLOW_PAYLOAD: Shape = Shape {
    cache: Shape::cache(),
    name: "`flow_action_payload`",
    fields: &[opt("screen", Ty::Str), opt("data", Ty::Obj)],
};

const MODES: &[&str] = &["draft", "published"];
const FLOW_ACTIONS: &[&str] = &["navigate", "data_exchange"];

/// Checks the `action` of a flow message at `path`.
pub(super) fn check(cx: &mut Cx, value: &Value, path: &Path) {
    let Some(action) = cx.object(value, path, &FLOW_ACTION) else { return };
    action_name(cx, &action, &["flow"]);
    if let Some((_, p)) = action.str("flowToken") {
        cx.report(
            &FLOW_TOKEN_MISPLACED,
            p,
            Finding::Other(
                "`flowToken` is documented for Flow templates; an interactive flow message does not pass it on".into(),
            ),
        )
        .help("move the token to `action.parameters.flow_token`");
    }
    let cloud = cx.dialect == Dialect::Cloud;
    let shape = if cloud { &CLOUD_FLOW_PARAMETERS } else { &FLOW_PARAMETERS };
    let Some(params) = action.obj(cx, "parameters", shape) else { return };
    if cloud {
        check_flow_reference(cx, &params);
    }
    if let Some((version, p)) = params.str("flow_message_version")
        && version != "3"
    {
        cx.report(
            &FLOW_MESSAGE_VERSION_INVALID,
            p,
            Finding::NotOneOf { subject: "flow message version", actual: version.to_owned(), allowed: &["3"] },
        )
        .help("use \"3\"");
    }
    if let Some((id, p)) = params.str("flow_id") {
        text::empty(cx, id, &p, "`flow_id`");
    }
    if let Some((cta, p)) = params.str("flow_cta")
        && !text::empty(cx, cta, &p, "flow CTA")
    {
        text::too_long(cx, &FLOW_CTA_TOO_LONG, cta, &p, "flow CTA", if cloud { 30 } else { 20 });
        text::plain_label(cx, cta, &p, "flow CTA", true, false);
    }
    if let Some((mode, p)) = params.str("mode") {
        text::one_of(cx, &FLOW_MODE_INVALID, mode, p, "flow mode", MODES);
    }
    let flow_action = params.str("flow_action");
    if let Some((a, p)) = &flow_action {
        text::one_of(cx, &FLOW_ACTION_INVALID, a, *p, "flow action", FLOW_ACTIONS);
    }
    let Some(payload) = params.obj(cx, "flow_action_payload", &FLOW_PAYLOAD) else { return };
    if flow_action.as_ref().is_some_and(|(a, _)| *a == "data_exchange") {
        cx.report(
            &FLOW_ACTION_PAYLOAD_NOT_ALLOWED,
            payload.path,
            Finding::Other(
                "`flow_action_payload` is given with `flow_action: data_exchange`; it belongs to navigate".into(),
            ),
        )
        .help("remove `flow_action_payload`, or use `flow_action: navigate`");
    }
    if let Some((screen, p)) = payload.str("screen") {
        text::empty(cx, screen, &p, "`screen`");
    }
    if let Some((data, p)) = payload.get("data")
        && data.as_object().is_some_and(|m| m.is_empty())
    {
        cx.report(
            &FLOW_ACTION_PAYLOAD_DATA_EMPTY,
            p,
            Finding::Other("`data` is an empty object; when given it must have at least one member".into()),
        )
        .help("remove `data`, or give the first screen's input");
    }
}

/// Cloud API JSON: exactly one of `flow_id` and `flow_name` (LW520 when both, LW007 when
/// neither); `flow_name` is not empty.
fn check_flow_reference(cx: &mut Cx, params: &Obj<'_>) {
    if let Some((name, p)) = params.str("flow_name") {
        text::empty(cx, name, &p, "`flow_name`");
    }
    match (params.has("flow_id"), params.has("flow_name")) {
        (true, true) => {
            cx.report(
                &FLOW_ID_AND_NAME,
                params.path_of("flow_name"),
                Finding::Other("`flow_id` and `flow_name` are mutually exclusive; give one of them".into()),
            )
            .help("remove `flow_name` (or `flow_id`)");
        }
        (false, false) => {
            cx.report(
                &crate::rules::structure::REQUIRED_MEMBER_MISSING,
                params.path.key("flow_id"),
                Finding::Missing { member: "flow_id".into() },
            )
            .help("name the flow by `flow_id` or by `flow_name`");
        }
        _ => {}
    }
}
