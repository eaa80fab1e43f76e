//! LW250–LW259: location messages.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Location message".

use super::registry::declare_rules;
use super::shape::{Cx, Obj, Shape, Ty, opt, req};

declare_rules! {}

static LOCATION: Shape = Shape {
    name: "`location`",
    fields: &[req("longitude", Ty::Num), req("latitude", Ty::Num), opt("name", Ty::Str), opt("address", Ty::Str)],
};

/// Checks the `location` member of a location message.
pub(crate) fn check_message(cx: &mut Cx, msg: &Obj<'_>) {
    msg.obj(cx, "location", &LOCATION);
}
