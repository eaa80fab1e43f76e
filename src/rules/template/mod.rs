//! LW300–LW399: template messages, in LINK gateway JSON and in Cloud API JSON.
//!
//! A template message names an approved template (`name`, `language.code`) and fills its variables
//! with `components`: header, body, button, carousel and limited_time_offer components, each with
//! `parameters` (text, payload, currency, dateTime, image, document, video, location, action,
//! coupon_code, limited_time_offer).
//!
//! The same checks run on Cloud API JSON, in its snake_case spelling: `sub_type` (LINK `subType`),
//! `parameter_name` (`parameterName`), the parameter type and member `date_time` (`dateTime`),
//! `fallback_value` and `amount_1000` (`fallbackValue`, `amount1000`), button sub type
//! `quick_reply` (`quickReply`). In each dialect the other's spelling is an unknown member or
//! value with a did-you-mean. Where the Cloud API differs the checks ask `cx.dialect`:
//! `components` is optional (a template without variables has none), `language.policy`
//! ("deterministic") is allowed (LW347), `amount_1000` is a JSON integer, a `date_time` is shown
//! as its `fallback_value` only (LW348), and `index` is a string (LW346 notes a number).
//!
//! What cannot be decided without the template's definition is left out: whether the number and
//! kinds of parameters match the approved template, whether a header is text or media, whether the
//! template is an authentication template (LW342 guesses from its name and shape).
//!
//! Source: LINK WhatsApp Message API 1.6.1 (000, decides), "Template", "Component", "Parameter",
//! "Language", "Currency", "DateTime", "Supported languages"; 1.6 (001); 1.4.2 (002) for
//! `namespace`; Service4U WhatsApp API (003) for location headers, authentication OTP buttons and
//! multi-product (`mpm`) buttons; Meta's template documentation for limits the LINK documents do
//! not state (each rule's `source` says which).

pub(crate) mod action;
pub(crate) mod carousel;
pub(crate) mod cloud;
pub(crate) mod codes;
pub(crate) use codes::CAROUSEL_CARDS_COUNT;
pub(crate) mod components;
mod currencies;
pub(crate) mod languages;
pub(crate) mod parameters;
pub(crate) mod values;

#[cfg(test)]
mod tests;

pub(crate) use codes::RULES;
pub(crate) use languages::LANGUAGES;

use crate::diagnostic::Dialect;
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, Unit};
use crate::rules::path::Path;
use crate::rules::shape::{Obj, Shape, Ty, chars, opt, req};
use codes::{TEMPLATE_NAME_EMPTY, TEMPLATE_NAME_FORMAT, TEMPLATE_NAMESPACE_IGNORED};

/// `template`: `name`, `language` and `components` are required (the 1.6.1 table marks
/// `components` required); `namespace` was required in 1.4.2 and is accepted with a warning.
pub(crate) static TEMPLATE: Shape = Shape {
    cache: Shape::cache(),
    name: "`template`",
    fields: &[req("name", Ty::Str), req("language", Ty::Obj), req("components", Ty::Arr), opt("namespace", Ty::Str)],
};

/// `template` in Cloud API JSON: `components` is optional (Meta: "Optional"; a template without
/// variables, such as `hello_world`, is sent without it), and `namespace` is On-Premises only.
pub(crate) static CLOUD_TEMPLATE: Shape = Shape {
    cache: Shape::cache(),
    name: "`template`",
    fields: &[req("name", Ty::Str), req("language", Ty::Obj), opt("components", Ty::Arr), opt("namespace", Ty::Str)],
};

/// Meta's longest template name, in characters.
const NAME_MAX: usize = 512;

/// Checks the `template` member of a template message.
pub(crate) fn check_message(cx: &mut Cx, msg: &Obj<'_>) {
    let shape = if cx.dialect == Dialect::Cloud { &CLOUD_TEMPLATE } else { &TEMPLATE };
    let Some(template) = msg.obj(cx, "template", shape) else { return };
    if template.has("namespace") {
        let message = match cx.dialect {
            Dialect::Link => "`namespace` was removed from template messages after API 1.4.2 and is ignored",
            Dialect::Cloud => "`namespace` is used only by the On-Premises API; the Cloud API ignores it",
        };
        cx.report(&TEMPLATE_NAMESPACE_IGNORED, template.path_of("namespace"), Finding::Other(message.into()))
            .help("remove `namespace`");
    }
    let name = template.str("name");
    if let Some((name, path)) = &name {
        check_name(cx, name, *path);
    }
    languages::check(cx, &template);
    if let Some(list) = template.arr("components") {
        components::check_template(cx, &list, name.map(|(n, _)| n).unwrap_or_default());
    }
}

/// Checks a document that is one template component on its own (a Cloud API documentation
/// fragment such as Service4U's location header syntax).
pub(crate) fn check_component(cx: &mut Cx, value: &crate::json::tree::Value) {
    components::check_alone(cx, value);
}

fn check_name(cx: &mut Cx, name: &str, path: Path) {
    if name.trim().is_empty() {
        cx.report(
            &TEMPLATE_NAME_EMPTY,
            path,
            Finding::TooShort { subject: "`name`", actual: 0, min: 1, unit: Unit::Chars },
        );
        return;
    }
    let len = chars(name);
    if len > NAME_MAX {
        cx.report(
            &TEMPLATE_NAME_FORMAT,
            path,
            Finding::TooLong { subject: "the template name", actual: len, max: NAME_MAX, unit: Unit::Chars },
        );
    } else if let Some(bad) = name.chars().find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')) {
        let what = if bad.is_uppercase() { "an uppercase letter" } else { "a character other than a-z, 0-9 and `_`" };
        let fixable = name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        cx.report(
            &TEMPLATE_NAME_FORMAT,
            path,
            Finding::Other(format!(
                "the template name has {what}; Meta template names are lowercase letters, digits and `_`"
            )),
        )
        .help_opt(
            fixable.then(|| format!("approved names look like `{}`", crate::rules::finding::quote(&snake_case(name)))),
        );
    }
}

/// `yourTemplate` → `your_template`; other characters than letters and digits become `_`.
fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let mut prev_lower = false;
    for c in name.chars() {
        if c.is_ascii_uppercase() && prev_lower {
            out.push('_');
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        out.push(if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' });
    }
    out
}
