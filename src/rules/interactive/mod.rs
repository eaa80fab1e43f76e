//! LW400–LW499: interactive messages.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Interactive message".

use super::registry::declare_rules;
use super::shape::{Cx, Obj};

declare_rules! {}

/// Checks the `interactive` member of an interactive message.
pub(crate) fn check_message(_cx: &mut Cx, _msg: &Obj<'_>) {}
