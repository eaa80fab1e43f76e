//! Calling: the call button, as an interactive `voice_call` message (`parameters.display_text`,
//! `ttl_minutes`, `payload`) and as a template button of sub type `voice_call` (parameters of
//! type `ttl_minutes` and `payload`; Meta's example gives no `index`).
//!
//! Source: Meta, Calling API: "Call button messages and deep links"; "User call permissions"
//! (`call_permission_request`) (Meta's documentation as of December 2025).

use super::codes::VOICE_CALL_PARAMETER_INVALID;
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, Unit};
use crate::rules::path::Path;
use crate::rules::shape::{Shape, Ty, chars, opt};

/// Longest call button label ("Call Now" by default), in characters.
pub(crate) const DISPLAY_TEXT_MAX: usize = 20;
/// Time to live of a call button: 1 minute to 30 days.
const TTL_MAX: u64 = 43_200;
/// Longest tracking payload, in characters.
pub(crate) const PAYLOAD_MAX: usize = 512;

pub(crate) static VOICE_CALL_PARAMETERS: Shape = Shape {
    cache: Shape::cache(),
    name: "voice_call `parameters`",
    fields: &[opt("display_text", Ty::Str), opt("ttl_minutes", Ty::Int), opt("payload", Ty::Str)],
};

/// Checks `action.parameters` of an interactive voice_call message.
pub(crate) fn check_parameters(cx: &mut Cx, value: &Value, path: &Path<'_>) {
    let Some(params) = cx.object(value, path, &VOICE_CALL_PARAMETERS) else { return };
    if let Some((text, p)) = params.str("display_text") {
        check_length(cx, text, p, "`display_text`", DISPLAY_TEXT_MAX);
    }
    if let Some((ttl, p)) = params.get("ttl_minutes") {
        check_ttl(cx, ttl, p);
    }
    if let Some((payload, p)) = params.str("payload") {
        check_length(cx, payload, p, "the call button payload", PAYLOAD_MAX);
    }
}

/// `ttl_minutes` is a whole number from 1 to 43200.
pub(crate) fn check_ttl(cx: &mut Cx, value: &Value, path: Path<'_>) {
    if !value.as_u64().is_some_and(|m| (1..=TTL_MAX).contains(&m)) {
        cx.report(
            &VOICE_CALL_PARAMETER_INVALID,
            path,
            Finding::Other(format!("`ttl_minutes` is {value}; it is a whole number of minutes from 1 to {TTL_MAX}")),
        )
        .help("leave it out for the default of 10080 minutes (7 days)");
    }
}

/// A string of at most `max` characters.
pub(crate) fn check_length(cx: &mut Cx, text: &str, path: Path<'_>, subject: &'static str, max: usize) {
    let len = chars(text);
    if len > max {
        cx.report(
            &VOICE_CALL_PARAMETER_INVALID,
            path,
            Finding::TooLong { subject, actual: len, max, unit: Unit::Chars },
        );
    }
}
