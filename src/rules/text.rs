//! LW200–LW219: text messages.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Text message".

use super::registry::declare_rules;
use super::shape::{Cx, Obj, Shape, Ty, req};

declare_rules! {}

static TEXT: Shape = Shape { name: "`text`", fields: &[req("body", Ty::Str)] };

/// Checks the `text` member of a text message (and `previewUrl` beside it).
pub(crate) fn check_message(cx: &mut Cx, msg: &Obj<'_>) {
    msg.obj(cx, "text", &TEXT);
}
