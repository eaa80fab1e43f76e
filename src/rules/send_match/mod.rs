//! LW750–LW769: a template send checked against the definition it names, when the linter is
//! given definitions (`LintOptions::templates`).
//!
//! Every template message is checked — a LINK bare message or the messages of a MessageRequest,
//! a Cloud API send body — in either spelling (`sub_type`/`subType`, `parameter_name`/
//! `parameterName`, `card_index`, `fallback_value`/`fallbackValue`): the spelling itself is the
//! 3xx rules' business. The definition is the one with the same `name` and exactly the same
//! `language.code`. Messages give Meta's answer in Meta's words and name the component and the
//! variable. Source: Meta, Cloud API error codes (132000, 132012,
//! 132018) and Message templates, and peers' send checks (the traps: a quick-reply payload
//! and a catalog thumbnail are optional, a product-card carousel may send more cards than it
//! defines, a `voice_call` button has no `index`, the OTP button is stored as URL).

mod buttons;
mod codes;
mod texts;

#[cfg(test)]
mod tests;

pub(crate) use codes::RULES;

use crate::json::tree::Value;
use crate::options::templates::TemplateSet;
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, quote};
use crate::rules::path::Path;
pub(crate) use crate::templates::hydrate::member;
use crate::templates::model::{Card, Template};
use codes::*;

/// A send's components, split by type, with their paths.
#[derive(Default)]
pub(crate) struct Parts<'v> {
    /// The `components` array's path, or its owner's when it has none (where a missing
    /// component is reported).
    pub path: Path<'v>,
    pub header: Option<(&'v Value<'v>, Path<'v>)>,
    pub body: Option<(&'v Value<'v>, Path<'v>)>,
    pub buttons: Vec<(&'v Value<'v>, Path<'v>)>,
    pub carousel: Option<(&'v Value<'v>, Path<'v>)>,
    pub lto: Option<(&'v Value<'v>, Path<'v>)>,
}

/// Splits the `components` of `owner` (a template or a card) at `path`.
pub(crate) fn parts<'v>(owner: &'v Value<'v>, path: &Path<'v>) -> Parts<'v> {
    let Some(list) = owner.get("components").and_then(Value::as_array) else {
        return Parts { path: *path, ..Parts::default() };
    };
    let mut parts = Parts { path: owner.get("components").map_or(*path, Path::at), ..Parts::default() };
    for component in list {
        let at = Path::at(component);
        match component.get("type").and_then(Value::as_str).map(str::to_ascii_lowercase).as_deref() {
            Some("header") if parts.header.is_none() => parts.header = Some((component, at)),
            Some("body") if parts.body.is_none() => parts.body = Some((component, at)),
            Some("button") => parts.buttons.push((component, at)),
            Some("carousel") if parts.carousel.is_none() => parts.carousel = Some((component, at)),
            Some("limited_time_offer") if parts.lto.is_none() => parts.lto = Some((component, at)),
            _ => {}
        }
    }
    parts
}

/// The `parameters` of a component with their paths.
pub(crate) fn parameters<'v>(component: &'v Value<'v>) -> Vec<(&'v Value<'v>, Path<'v>)> {
    component
        .get("parameters")
        .and_then(Value::as_array)
        .map(|list| list.iter().map(|p| (p, Path::at(p))).collect())
        .unwrap_or_default()
}

/// Checks every template message of `value` against `set`.
pub(crate) fn check(cx: &mut Cx, value: &Value, set: &TemplateSet) {
    if let Some(messages) = value.get("messages").and_then(Value::as_array) {
        for message in messages {
            if let Some(template) = message.get("template") {
                check_template(cx, template, &Path::at(template), set);
            }
        }
    } else if let Some(template) = value.get("template") {
        check_template(cx, template, &Path::at(template), set);
    }
}

fn check_template(cx: &mut Cx, send: &Value, path: &Path<'_>, set: &TemplateSet) {
    let Some(name) = send.get("name").and_then(Value::as_str) else { return };
    let Some(language) = send.get("language").and_then(|l| l.get("code")).and_then(Value::as_str) else { return };
    let Some(template) = find(cx, set, name, language, path) else { return };
    if let Some(status) = template.status.as_deref()
        && status != "APPROVED"
    {
        let code = match status {
            "PAUSED" => "132015 (Template is Paused)",
            "DISABLED" => "132016 (Template is Disabled)",
            _ => "132001 (Template does not exist: the template has not been approved)",
        };
        cx.report(
            &TEMPLATE_NOT_APPROVED,
            path.key("name"),
            Finding::Other(format!("the template `{}` is {status}; Meta answers {code}", quote(name))),
        );
    }
    let parts = parts(send, path);
    texts::check(cx, template, &parts, Limits { body: body_max(template), card: false });
    buttons::check(cx, &template.buttons, &parts, "buttons");
    texts::check_otp(cx, template, &parts);
    check_lto(cx, template, &parts);
    check_carousel(cx, template, &parts);
}

/// The body limit of a template: 600 with a limited-time offer, 1024 otherwise.
fn body_max(template: &Template) -> usize {
    if template.lto.is_some() { 600 } else { 1024 }
}

/// The text limits in force.
#[derive(Clone, Copy)]
pub(crate) struct Limits {
    pub body: usize,
    /// True inside a carousel card.
    pub card: bool,
}

/// The definition `name` in `language`, or a report (S1, S2).
fn find<'s>(cx: &mut Cx, set: &'s TemplateSet, name: &str, language: &str, path: &Path<'_>) -> Option<&'s Template> {
    if let Some(t) = set.find(name, language) {
        return Some(t);
    }
    let languages: Vec<&str> = set.templates().iter().filter(|t| t.name == name).map(|t| t.language.as_str()).collect();
    if languages.is_empty() {
        let names: Vec<&str> = set.templates().iter().map(|t| t.name.as_str()).collect();
        cx.report(
            &TEMPLATE_NOT_FOUND,
            path.key("name"),
            Finding::Other(format!(
                "template name ({}) does not exist in {} among the {} given definitions (Meta: error 132001)",
                quote(name),
                quote(language),
                set.templates().len()
            )),
        )
        .help_opt(
            names
                .iter()
                .find(|n| crate::rules::suggest::similarity(n, name, 0.7).is_some())
                .map(|s| format!("did you mean `{s}`?")),
        );
    } else {
        cx.report(
            &TEMPLATE_LANGUAGE_NOT_FOUND,
            path.key("language").key("code"),
            Finding::Other(format!(
                "template name ({}) does not exist in {} (Meta: error 132001); it is defined in {}",
                quote(name),
                quote(language),
                languages.iter().map(|l| format!("`{l}`")).collect::<Vec<_>>().join(", ")
            )),
        )
        .help(match closest_language(language, &languages) {
            Some(l) => format!("use `{l}`"),
            None => "the code must be exactly the definition's language".into(),
        });
    }
    None
}

fn closest_language<'a>(code: &str, languages: &[&'a str]) -> Option<&'a str> {
    let base = code.split(['_', '-']).next().unwrap_or(code);
    languages.iter().copied().find(|l| l.split('_').next() == Some(base)).or_else(|| languages.first().copied())
}

fn check_lto(cx: &mut Cx, template: &Template, parts: &Parts<'_>) {
    if template.lto != Some(true) {
        return;
    }
    let has = parts.lto.as_ref().is_some_and(|(c, _)| {
        c.get("parameters").and_then(Value::as_array).into_iter().flatten().any(|p| {
            p.get("limited_time_offer").and_then(|o| o.get("expiration_time_ms")).is_some()
                || p.get("expiration_time_ms").is_some()
        })
    });
    if !has {
        let at = parts.lto.as_ref().map_or_else(|| parts.path, |(_, p)| *p);
        cx.report(
            &TEMPLATE_LTO_EXPIRATION_MISSING,
            at,
            Finding::Other("the offer has an expiration, and the send gives no limited_time_offer `expiration_time_ms`".into()),
        )
        .help("add {\"type\": \"limited_time_offer\", \"parameters\": [{\"type\": \"limited_time_offer\", \"limited_time_offer\": {\"expiration_time_ms\": …}}]}");
    }
}

fn check_carousel(cx: &mut Cx, template: &Template, parts: &Parts<'_>) {
    let defined = template.cards.len();
    let Some((carousel, at)) = &parts.carousel else {
        if defined > 0 {
            cx.report(
                &TEMPLATE_CAROUSEL_CARD_COUNT,
                parts.path,
                Finding::Other(format!(
                    "the template has a carousel of {defined} cards; the send has no carousel component"
                )),
            );
        }
        return;
    };
    let cards = carousel.get("cards").and_then(Value::as_array).unwrap_or(&[]);
    let cards_at = at.key("cards");
    let product = template.is_product_carousel();
    if defined == 0 {
        cx.report(&TEMPLATE_CAROUSEL_CARD_COUNT, *at, Finding::Other("the template has no carousel".into()));
        return;
    }
    if !product && cards.len() != defined {
        cx.report(
            &TEMPLATE_CAROUSEL_CARD_COUNT,
            cards_at,
            Finding::Other(format!(
                "the send has {} cards; the template defines {defined}, and a media card carousel is sent with exactly as many",
                cards.len()
            )),
        );
    }
    for (i, card) in cards.iter().enumerate() {
        let card_at = cards_at.index(i);
        let index = member(card, &["card_index", "cardIndex"]).and_then(|(_, v)| v.as_u64().map(|n| n as usize));
        let Some(index) = index else { continue };
        let def: Option<&Card> =
            if product { template.cards.get(index.min(defined - 1)) } else { template.cards.get(index) };
        let Some(def) = def else {
            cx.report(
                &TEMPLATE_CAROUSEL_CARD_COUNT,
                card_at.key("card_index"),
                Finding::Other(format!(
                    "`card_index` {index} names no card; the template defines {defined} (0 to {})",
                    defined - 1
                )),
            );
            continue;
        };
        let card_parts = self::parts(card, &card_at);
        let card_template = Template {
            header: def.header.clone(),
            body: def.body.clone(),
            buttons: Vec::new(),
            cards: Vec::new(),
            lto: None,
            ..template.clone()
        };
        texts::check(cx, &card_template, &card_parts, Limits { body: 160, card: true });
        buttons::check(cx, &def.buttons, &card_parts, "card buttons");
    }
}
