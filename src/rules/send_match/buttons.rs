//! Button components against the definition's buttons: index (S9), sub type (S10, 132018),
//! required values (S11, 131008), values on buttons that take none (S12).

use super::codes::*;
use super::{Parts, member, parameters};
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, quote};
use crate::templates::model::Button;

/// How Meta names a button type in its `buttons:` error details.
fn meta_name(kind: &str) -> String {
    match kind {
        "QUICK_REPLY" => "QuickReply".into(),
        "URL" | "OTP" => "Url".into(),
        "COPY_CODE" => "copy_code".into(),
        other => other.to_ascii_lowercase(),
    }
}

/// True when the button needs a value in the send.
fn requires_value(button: &Button) -> bool {
    match button.kind.as_str() {
        "URL" => button.url_has_variable(),
        "COPY_CODE" | "OTP" | "MPM" | "ORDER_DETAILS" => true,
        _ => false,
    }
}

/// True when the button takes no value at all.
fn takes_none(button: &Button) -> bool {
    matches!(button.kind.as_str(), "PHONE_NUMBER" | "SPM") || (button.kind == "URL" && !button.url_has_variable())
}

fn normalized(sub_type: &str) -> String {
    sub_type.chars().filter(|c| *c != '_').flat_map(char::to_lowercase).collect()
}

/// A button component's `index` as a number (a JSON integer or a string of digits).
fn index_of(component: &Value) -> Option<usize> {
    match member(component, &["index"])?.1 {
        Value::Number(n) => n.as_u64().and_then(|n| usize::try_from(n).ok()),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Checks the send's button components (`parts.buttons`) against `defined`, the buttons of the
/// template or of a card (`subject` names them in messages).
pub(super) fn check(cx: &mut Cx, defined: &[Button], parts: &Parts<'_>, subject: &str) {
    let mut filled: Vec<usize> = Vec::new();
    for (component, at) in &parts.buttons {
        let sub_type = member(component, &["sub_type", "subType"]);
        let Some(index) = index_of(component) else { continue };
        let Some(button) = defined.get(index) else {
            let count = defined.len();
            let range = if count == 0 { "none".to_owned() } else { format!("0 to {}", count - 1) };
            cx.report(
                &TEMPLATE_BUTTON_INDEX_UNDEFINED,
                at.key("index"),
                Finding::Other(format!(
                    "{subject}: no button at index {index}; the template defines {count} (indexes {range})"
                )),
            );
            continue;
        };
        if let Some((key, Value::String(given))) = sub_type
            && normalized(given) != normalized(&button.sub_type())
        {
            filled.push(index); // Meta answers the type mismatch first.
            cx.report(
                &TEMPLATE_BUTTON_SUB_TYPE_MISMATCH,
                at.key(key),
                Finding::Other(format!(
                    "buttons: Button at index {index} must be of type {} (Meta: error 132018); the send says `{}`",
                    meta_name(&button.kind),
                    quote(given)
                )),
            )
            .help(format!("use \"{key}\": \"{}\"", button.sub_type()));
            continue;
        }
        let params = parameters(component);
        if !params.is_empty() {
            filled.push(index);
        }
        if takes_none(button) && !params.is_empty() {
            let why = if button.kind == "URL" {
                "a URL button whose URL has no variable"
            } else {
                "a button without variable"
            };
            cx.report(
                &TEMPLATE_PARAMETER_COUNT_MISMATCH,
                at.key("parameters"),
                Finding::Other(format!(
                    "buttons: number of localizable_params ({}) does not match the expected number of params (0) (Meta: error 132000, inferred): the button at index {index} is {} ({why})",
                    params.len(),
                    button.kind
                )),
            )
            .help("remove this button component");
        }
    }
    for (index, button) in defined.iter().enumerate() {
        if !requires_value(button) || filled.contains(&index) {
            continue;
        }
        let at = parts.buttons.iter().find(|(c, _)| index_of(c) == Some(index)).map_or_else(|| parts.path, |(_, p)| *p);
        let what = if button.kind == "COPY_CODE" {
            format!("buttons: Button at index {index} of type copy_code requires a non-empty parameter coupon_code")
        } else {
            format!("buttons: Button at index {index} of type {} requires a parameter", meta_name(&button.kind))
        };
        // The member as the send's dialect spells it.
        let key = if cx.dialect == crate::diagnostic::Dialect::Link { "subType" } else { "sub_type" };
        cx.report(&TEMPLATE_BUTTON_PARAMETER_MISSING, at, Finding::Other(format!("{what} (Meta: error 131008)"))).help(
            format!(
                "add {{\"type\": \"button\", \"{key}\": \"{}\", \"index\": \"{index}\", \"parameters\": [{}]}}",
                button.sub_type(),
                match button.kind.as_str() {
                    "COPY_CODE" => "{\"type\": \"coupon_code\", \"coupon_code\": …}",
                    "MPM" | "ORDER_DETAILS" => "{\"type\": \"action\", \"action\": …}",
                    _ => "{\"type\": \"text\", \"text\": …}",
                }
            ),
        );
    }
}
