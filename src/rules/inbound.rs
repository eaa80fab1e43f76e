//! LW600–LW699: what the gateway sends back: MessageResponse, ErrorResponse, message status
//! notifications (DLRs) and incoming messages.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "HTTP status codes and response body",
//! "Callbacks / Webhooks"; LINK 1.4.2, "alternative receive message".

use super::registry::declare_rules;
use super::shape::Cx;
use serde_json::{Map, Value};

declare_rules! {}

/// True when the object's members say it is something the gateway sends.
pub(crate) fn recognizes(map: &Map<String, Value>) -> bool {
    map.contains_key("resultCode")
}

/// Checks an inbound document.
pub(crate) fn check(_cx: &mut Cx, _value: &Value) {}
