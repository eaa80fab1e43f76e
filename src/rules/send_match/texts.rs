//! Header and body parameters against the definition's texts: counts (132000), media header
//! formats (132012), named parameters (100), hydrated length (132005), the authentication code.

use super::codes::*;
use super::member;
use super::{Limits, Parts, parameters};
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, quote};
use crate::rules::path::Path;
use crate::rules::shape::chars;
use crate::templates::hydrate::{fill, name_of, shown};
use crate::templates::model::Template;
use crate::templates::vars;

const HEADER_MAX: usize = 60;

/// Checks the header and body of a send (or of a carousel card) against `template`.
pub(super) fn check(cx: &mut Cx, template: &Template, parts: &Parts<'_>, limits: Limits) {
    let components_at = parts.path;
    check_header(cx, template, parts, &components_at);
    let body_text = template.body.as_deref().unwrap_or_default();
    let mut names = vars::names(body_text);
    if template.is_authentication() && names.is_empty() && !limits.card {
        // The create form of an authentication body has no text: its one variable is the code.
        names.push("1");
    }
    let component = parts.body.as_ref().map(|(c, p)| (*c, *p));
    let subject = if limits.card { "card body" } else { "body" };
    check_text(cx, template, "body", subject, &names, component.as_ref(), &components_at);
    if let Some((body, at)) = &component
        && !body_text.is_empty()
    {
        let params: Vec<&Value> = parameters(body).into_iter().map(|(p, _)| p).collect();
        let hydrated = chars(&fill(body_text, &params, template.named));
        if hydrated > limits.body {
            cx.report(
                &TEMPLATE_HYDRATED_TEXT_TOO_LONG,
                at.key("parameters"),
                Finding::Other(format!(
                    "the {subject} with its values filled in is {hydrated} characters; the limit is {} (Meta: error 132005, Template Hydrated Text Too Long)",
                    limits.body
                )),
            );
        }
    }
}

fn check_header(cx: &mut Cx, template: &Template, parts: &Parts<'_>, components_at: &Path<'_>) {
    let header = template.header.as_ref();
    let format = header.map_or("TEXT", |h| h.format.as_str());
    let component = parts.header.as_ref().map(|(c, p)| (*c, *p));
    if format == "TEXT" {
        let text = header.and_then(|h| h.text.as_deref()).unwrap_or_default();
        let names = vars::names(text);
        check_text(cx, template, "header", "header", &names, component.as_ref(), components_at);
        if !names.is_empty()
            && let Some((c, _)) = &component
        {
            for (param, at) in parameters(c) {
                let kind = param.get("type").and_then(Value::as_str).unwrap_or("text");
                if !kind.eq_ignore_ascii_case("text") {
                    cx.report(
                        &TEMPLATE_HEADER_FORMAT_MISMATCH,
                        at.key("type"),
                        Finding::Other(format!(
                            "header: Format mismatch, expected TEXT, received {} (Meta: error 132012): the template's header is text with a variable",
                            quote(&kind.to_ascii_uppercase())
                        )),
                    )
                    .help("send the header's value as {\"type\": \"text\", \"text\": …}");
                }
            }
        }
        if let Some((c, at)) = &component {
            let params: Vec<&Value> = parameters(c).into_iter().map(|(p, _)| p).collect();
            let hydrated = chars(&fill(text, &params, template.named));
            if !names.is_empty() && hydrated > HEADER_MAX {
                cx.report(
                    &TEMPLATE_HYDRATED_TEXT_TOO_LONG,
                    at.key("parameters"),
                    Finding::Other(format!(
                        "the header with its value filled in is {hydrated} characters; the limit is {HEADER_MAX} (Meta: error 132005)"
                    )),
                );
            }
        }
        return;
    }
    let expected = format.to_ascii_lowercase();
    let accepted: &[&str] = if format == "GIF" { &["gif", "video"] } else { &[expected.as_str()] };
    let first = component.as_ref().and_then(|(c, _)| parameters(c).into_iter().next());
    match first {
        None => {
            let at = component.as_ref().map_or_else(|| *components_at, |(_, p)| *p);
            cx.report(
                &TEMPLATE_HEADER_FORMAT_MISMATCH,
                at,
                Finding::Other(format!(
                    "header: Format mismatch, expected {format}, received UNKNOWN (Meta: error 132012): the template's header is {format} and the send gives no header parameter"
                )),
            )
            .help(format!("add {{\"type\": \"header\", \"parameters\": [{{\"type\": \"{expected}\", …}}]}}"));
        }
        Some((param, at)) => {
            let kind = param.get("type").and_then(Value::as_str).unwrap_or_default();
            if !accepted.contains(&kind.to_ascii_lowercase().as_str()) {
                cx.report(
                    &TEMPLATE_HEADER_FORMAT_MISMATCH,
                    at.key("type"),
                    Finding::Other(format!(
                        "header: Format mismatch, expected {format}, received {} (Meta: error 132012)",
                        quote(&kind.to_ascii_uppercase())
                    )),
                );
            }
        }
    }
}

/// Count and names of the parameters of one text component (`which`: "header" or "body").
fn check_text(
    cx: &mut Cx,
    template: &Template,
    which: &str,
    subject: &str,
    names: &[&str],
    component: Option<&(&Value, Path<'_>)>,
    components_at: &Path<'_>,
) {
    let params = component.map(|(c, _)| parameters(c)).unwrap_or_default();
    let at = component
        .map_or_else(|| *components_at, |(c, p)| if c.get("parameters").is_some() { p.key("parameters") } else { *p });
    let given: Vec<Option<&str>> = params.iter().map(|(p, _)| name_of(p)).collect();
    if params.len() != names.len() {
        let mut detail = String::new();
        if template.named {
            let missing: Vec<String> =
                names.iter().filter(|n| !given.contains(&Some(**n))).map(|n| format!("{{{{{}}}}}", quote(n))).collect();
            if !missing.is_empty() {
                detail = format!("; no value for {}", missing.join(", "));
            }
        } else if !names.is_empty() {
            detail = format!(
                "; the {which} has {}",
                names.iter().map(|n| format!("{{{{{}}}}}", quote(n))).collect::<Vec<_>>().join(", ")
            );
        }
        cx.report(
            &TEMPLATE_PARAMETER_COUNT_MISMATCH,
            at,
            Finding::Other(format!(
                "{which}: number of localizable_params ({}) does not match the expected number of params ({}) (Meta: error 132000){detail}",
                params.len(),
                names.len()
            )),
        )
        .help(if names.is_empty() {
            format!("the template's {subject} has no variables: send no {which} parameters")
        } else {
            format!("send one parameter per variable of the {subject}")
        });
    }
    for (param, at) in &params {
        let name = member(param, &["parameter_name", "parameterName"]);
        if template.named {
            match name {
                None => {
                    let member =
                        if cx.dialect == crate::diagnostic::Dialect::Link { "parameterName" } else { "parameter_name" };
                    cx.report(
                        &TEMPLATE_PARAMETER_NAME_MISSING,
                        *at,
                        Finding::Other(format!(
                            "Parameter name is missing or empty (Meta: (#100) Invalid parameter): the template's {subject} has named variables"
                        )),
                    )
                    .help(format!("add `{member}`, one of {}", list(names)));
                }
                Some((key, v)) if params.len() == names.len() && !names.contains(&v.as_str().unwrap_or_default()) => {
                    cx.report(
                        &TEMPLATE_PARAMETER_NAME_UNKNOWN,
                        at.key(key),
                        Finding::Other(format!(
                            "the template's {subject} has no variable `{{{{{}}}}}`; its variables are {}",
                            quote(v.as_str().unwrap_or_default()),
                            list(names)
                        )),
                    );
                }
                Some(_) => {}
            }
        } else if let Some((key, _)) = name
            && !names.is_empty()
        {
            cx.report(
                &TEMPLATE_PARAMETER_NAME_UNEXPECTED,
                at.key(key),
                Finding::Other(format!(
                    "the template's {subject} has positional variables ({}); values are matched by order",
                    list(names)
                )),
            );
        }
    }
}

fn list(names: &[&str]) -> String {
    names.iter().map(|n| format!("`{{{{{}}}}}`", quote(n))).collect::<Vec<_>>().join(", ")
}

/// Authentication templates: the code is at most 15 characters (LW770) and the OTP button's value
/// repeats the body's code.
pub(super) fn check_otp(cx: &mut Cx, template: &Template, parts: &Parts<'_>) {
    // LW342 guesses the same from the template's name; with the definition known, say it once.
    if !template.is_authentication() || cx.otp.mismatch_guessed {
        return;
    }
    let Some((body, _)) = &parts.body else { return };
    let first = parameters(body).into_iter().next();
    if let Some((param, at)) = first
        && let Some(code) = shown(param)
    {
        crate::rules::template::components::check_otp_length(cx, code, at.key("text"));
    }
    let code = first.and_then(|(p, _)| shown(p));
    for (button, _) in &parts.buttons {
        let value = parameters(button).into_iter().next();
        if let (Some(code), Some((param, param_at))) = (code, value)
            && let Some(button_code) = shown(param)
            && button_code != code
        {
            cx.report(
                &TEMPLATE_OTP_CODE_MISMATCH,
                param_at.key("text"),
                Finding::Other(
                    "the OTP button's code differs from the body's; Meta expects the same code in both".into(),
                ),
            );
        }
    }
}
