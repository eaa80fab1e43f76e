//! LW300–LW399: template messages.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Template", "Component", "Parameter", "Language",
//! "Currency", "DateTime", "Supported languages".

use super::registry::declare_rules;
use super::shape::{Cx, Obj};

declare_rules! {}

/// Checks the `template` member of a template message.
pub(crate) fn check_message(_cx: &mut Cx, _msg: &Obj<'_>) {}
