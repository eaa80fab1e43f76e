//! Who a Cloud API send body goes to: `recipient_type` (`individual` or `group`) and `to` (a
//! phone number, a business-scoped user id, or a group id), and `recipient_identity_key_hash`.
//!
//! Sources: Meta Cloud API reference, Messages (`recipient_type`, `to`); Groups API, "Send group
//! messages"; "Business-scoped user IDs"; Phone numbers, "Identity change check" (Meta's
//! documentation as of December 2025).

use super::codes::{BSUID_INVALID, GROUP_ID_INVALID, IDENTITY_KEY_HASH_INVALID, RECIPIENT_TYPE_INVALID, TO_INTEGER};
use crate::diagnostic::Applicability;
use crate::diagnostic::text::json_string;
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, Unit, json_type, quote};
use crate::rules::intent::Change;
use crate::rules::path::Path;
use crate::rules::shape::{Obj, chars};
use crate::rules::structure::WRONG_TYPE;

/// The values of `recipient_type`.
const RECIPIENT_TYPES: &[&str] = &["individual", "group"];

/// The longest business-scoped user id: "up to 256 alphanumeric characters".
const BSUID_MAX: usize = 256;

/// True when `recipient_type` is `group`.
pub(super) fn is_group(body: &Obj<'_>) -> bool {
    body.str("recipient_type").is_some_and(|(t, _)| t == "group")
}

/// Checks `recipient_type`, `to` and `recipient_identity_key_hash`.
pub(super) fn check(cx: &mut Cx, body: &Obj<'_>) {
    if let Some((recipient, path)) = body.str("recipient_type")
        && !RECIPIENT_TYPES.contains(&recipient)
    {
        cx.report(
            &RECIPIENT_TYPE_INVALID,
            path,
            Finding::NotOneOf { subject: "`recipient_type`", actual: recipient.to_owned(), allowed: RECIPIENT_TYPES },
        )
        .fix_spelling(path, recipient, RECIPIENT_TYPES);
    }
    if let Some((to, path)) = body.get("to")
        && to.is_number()
    {
        check_number_to(cx, to, path);
    }
    // A placeholder `to` is reported once by the shape check (LW508) and never gets here.
    if let Some((to, path)) = body.str("to") {
        if is_group(body) {
            check_group_id(cx, to, path);
        } else if let Some(prefix) = bsuid_prefix(to) {
            check_bsuid(cx, to, prefix, path);
        } else if looks_like_group_id(to) {
            cx.report(
                &GROUP_ID_INVALID,
                path,
                Finding::Other(format!("`{}` looks like a group id, but `recipient_type` is not `group`", quote(to))),
            )
            .help("set `\"recipient_type\": \"group\"` to message a group");
        } else {
            super::check_to(cx, to, &path);
        }
    }
    if let Some((hash, path)) = body.str("recipient_identity_key_hash") {
        let base64 = |c: char| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=' | '-' | '_');
        if hash.trim().is_empty() || !hash.chars().all(base64) {
            cx.report(
                &IDENTITY_KEY_HASH_INVALID,
                path,
                Finding::Other(format!("`{}` is not an identity key hash", quote(hash))),
            )
            .help("use the `identity_key_hash` of the user's last incoming message webhook");
        }
    }
}

/// LW531: `to` as a JSON integer of digits (accepted by Meta's live API), with a safe fix to the
/// same digits as a string; LW006 for any other number.
fn check_number_to(cx: &mut Cx, to: &Value, path: Path<'_>) {
    match to.as_u64() {
        Some(number) => {
            let digits = number.to_string();
            cx.report(
                &TO_INTEGER,
                path,
                Finding::Other(
                    "`to` is a JSON number; Meta documents a string, and its live API accepts the digits as a number too".into(),
                ),
            )
            .help("write the number as a string")
            .fix(Applicability::Safe, "write it as a string".into(), [Change::Replace(path, json_string(&digits))]);
        }
        None => {
            cx.report(
                &WRONG_TYPE,
                path,
                Finding::WrongType { subject: "`to`".into(), expected: "a string", actual: json_type(to) },
            );
        }
    }
}

/// The prefix of a business-scoped user id (`user.` or a two-letter country code and `.`), or
/// `None` when `to` is not shaped like one.
fn bsuid_prefix(to: &str) -> Option<&str> {
    let (prefix, _) = to.split_once('.')?;
    let country = prefix.len() == 2 && prefix.bytes().all(|b| b.is_ascii_uppercase());
    (prefix == "user" || country).then_some(prefix)
}

/// LW514: at most 256 characters, letters and digits after the prefix.
fn check_bsuid(cx: &mut Cx, to: &str, prefix: &str, path: Path<'_>) {
    let id = to.get(prefix.len() + 1..).unwrap_or_default();
    let len = chars(to);
    if len > BSUID_MAX {
        cx.report(
            &BSUID_INVALID,
            path,
            Finding::TooLong { subject: "business-scoped user id", actual: len, max: BSUID_MAX, unit: Unit::Chars },
        );
    } else if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric()) {
        cx.report(
            &BSUID_INVALID,
            path,
            Finding::Other(format!(
                "`{}` is not a business-scoped user id: after `{prefix}.` come letters and digits only",
                quote(to)
            )),
        )
        .help("use the `user_id` of the user's incoming message webhook");
    }
}

/// A group id as Meta shows them: base64-like, at least 16 characters, with letters.
fn looks_like_group_id(to: &str) -> bool {
    chars(to) >= 16
        && to.chars().any(|c| c.is_ascii_alphabetic())
        && to.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=' | '_' | '-'))
}

/// LW511: the `to` of a group message is a group id, not a phone number.
fn check_group_id(cx: &mut Cx, to: &str, path: Path<'_>) {
    if looks_like_group_id(to) {
        return;
    }
    let phone = to.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c));
    let message = if phone {
        // Not quoted: messages never echo a phone number, and this one is whole (a cut quote
        // of at most 40 characters shows all of it).
        "`to` is a phone number; a group message goes to a group id".to_owned()
    } else {
        format!("`{}` is not a group id", quote(to))
    };
    cx.report(&GROUP_ID_INVALID, path, Finding::Other(message))
        .help("use the group id from the Groups API (`Y2FwaV9ncm91cDox…`), or `recipient_type: individual`");
}
