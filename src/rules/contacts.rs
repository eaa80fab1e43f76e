//! LW260–LW279: contacts messages.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Contacts message", "Address", "Email", "Name", "Org",
//! "Phone", "Url".

use super::registry::declare_rules;
use super::shape::{Cx, Obj};

declare_rules! {}

/// Checks the `contacts` member of a contacts message.
pub(crate) fn check_message(_cx: &mut Cx, _msg: &Obj<'_>) {}
