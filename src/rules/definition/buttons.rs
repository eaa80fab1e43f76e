//! The BUTTONS component: types, counts, grouping, labels and each type's members (LW716–LW722,
//! LW732).

use super::Template;
use super::codes::*;
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, Unit, quote};
use crate::rules::shape::{Obj, Shape, Ty, chars, opt, req};
use crate::rules::suggest::closest;
use crate::templates::vars::{self, Piece};

pub(crate) static BUTTON: Shape = Shape {
    cache: Shape::cache(),
    name: "a template definition button",
    fields: &[
        req("type", Ty::Str),
        opt("text", Ty::Str),
        opt("url", Ty::Str),
        opt("phone_number", Ty::Str),
        opt("example", Ty::Any),
        opt("otp_type", Ty::Str),
        opt("autofill_text", Ty::Str),
        opt("package_name", Ty::Str),
        opt("signature_hash", Ty::Str),
        opt("supported_apps", Ty::Arr),
        opt("zero_tap_terms_accepted", Ty::Bool),
        opt("flow_id", Ty::Any),
        opt("flow_name", Ty::Str),
        opt("flow_json", Ty::Str),
        opt("flow_action", Ty::Str),
        opt("navigate_screen", Ty::Str),
        opt("icon", Ty::Str),
    ],
};

/// Button types Meta documents and linkwa checks.
const TYPES: &[&str] = &[
    "QUICK_REPLY",
    "URL",
    "PHONE_NUMBER",
    "COPY_CODE",
    "OTP",
    "FLOW",
    "CATALOG",
    "MPM",
    "SPM",
    "ORDER_DETAILS",
    "VOICE_CALL",
];
/// Button types Meta lists without documenting them: accepted, not checked.
const UNCHECKED: &[&str] = &["APP", "EXTENSION", "POSTBACK", "REMINDER", "SEND_LOCATION", "REQUEST_CONTACT_INFO"];
/// Types whose label is the button's `text`, required.
const LABELLED: &[&str] = &["QUICK_REPLY", "URL", "PHONE_NUMBER", "FLOW", "CATALOG", "MPM"];
const TEXT_MAX: usize = 25;
const PHONE_MAX: usize = 20;
const URL_MAX: usize = 2000;
const CODE_MAX: usize = 20;
/// Per-type maxima.
const MAXIMA: &[(&str, usize)] = &[("QUICK_REPLY", 10), ("URL", 2), ("PHONE_NUMBER", 1), ("COPY_CODE", 1)];
const TOTAL_MAX: usize = 10;

/// Checks the template's BUTTONS component and every carousel card's.
pub(super) fn check(cx: &mut Cx, t: &Template<'_, '_>) {
    for component in t.of("BUTTONS") {
        check_component(cx, component);
    }
    for carousel in t.of("CAROUSEL") {
        for card in super::kinds::card_components(carousel) {
            for (_, component) in card.iter().filter(|(k, _)| k == "BUTTONS") {
                check_component(cx, component);
            }
        }
    }
}

/// The buttons of a BUTTONS component with their upper-case type.
pub(super) fn buttons<'v>(cx: &mut Cx, component: &Obj<'v>) -> Vec<(String, Obj<'v>)> {
    typed(component.objs(cx, "buttons", &BUTTON))
}

/// The buttons [`buttons`] returns, read without checking them ([`Obj::view`]).
pub(super) fn button_views<'v>(component: &Obj<'v>) -> Vec<(String, Obj<'v>)> {
    typed(component.views("buttons", &BUTTON))
}

/// The buttons with a `type`, with it in upper case.
fn typed(buttons: Vec<Obj<'_>>) -> Vec<(String, Obj<'_>)> {
    buttons
        .into_iter()
        .filter_map(|b| {
            let kind = b.str("type")?.0.to_ascii_uppercase();
            Some((kind, b))
        })
        .collect()
}

fn check_component(cx: &mut Cx, component: &Obj<'_>) {
    let list = buttons(cx, component);
    let at = component.path_of("buttons");
    if list.len() > TOTAL_MAX {
        cx.report(
            &DEFINITION_TOO_MANY_BUTTONS,
            at,
            Finding::TooMany { subject: "`buttons`", actual: list.len(), max: TOTAL_MAX },
        );
    }
    for (kind, max) in MAXIMA {
        let count = list.iter().filter(|(k, _)| k == kind).count();
        if count > *max {
            cx.report(
                &DEFINITION_TOO_MANY_BUTTONS,
                at,
                Finding::Other(format!("{count} {kind} buttons; a template has at most {max}")),
            );
        }
    }
    // Quick replies form one contiguous group: the type changes between quick reply and other
    // at most once.
    let changes = list.windows(2).filter(|w| (w[0].0 == "QUICK_REPLY") != (w[1].0 == "QUICK_REPLY")).count();
    if changes > 1
        && let Some((_, split)) = list.iter().skip(1).rev().find(|(k, _)| k == "QUICK_REPLY")
    {
        cx.report(
            &DEFINITION_BUTTONS_NOT_GROUPED,
            split.path,
            Finding::Other("quick reply buttons are split by other buttons; list them together, first or last".into()),
        );
    }
    for (kind, button) in &list {
        check_button(cx, kind, button);
    }
}

fn check_button(cx: &mut Cx, kind: &str, b: &Obj<'_>) {
    if !TYPES.contains(&kind) && !UNCHECKED.contains(&kind) {
        if let Some((raw, at)) = b.str("type") {
            cx.report(
                &DEFINITION_BUTTON_TYPE_UNKNOWN,
                at,
                Finding::NotOneOf { subject: "button type", actual: raw.to_owned(), allowed: TYPES },
            )
            .help_opt(closest(raw, TYPES).map(|s| format!("did you mean `{s}`?")));
        }
        return;
    }
    for member in ["text", "autofill_text"] {
        if let Some((text, at)) = b.str(member) {
            let len = chars(text);
            if len == 0 || len > TEXT_MAX {
                cx.report(
                    &DEFINITION_BUTTON_TEXT_TOO_LONG,
                    at,
                    Finding::Other(format!("the button's `{member}` is {len} characters; it must be 1 to {TEXT_MAX}")),
                );
            }
        }
    }
    let mut require = |member: &str| {
        if !b.has(member) {
            cx.report(
                &DEFINITION_BUTTON_INCOMPLETE,
                b.path_of(member),
                Finding::Other(format!("a {kind} button needs `{member}`")),
            );
        }
    };
    if LABELLED.contains(&kind) {
        require("text");
    }
    match kind {
        "URL" => {
            require("url");
            check_url(cx, b);
        }
        "PHONE_NUMBER" => {
            require("phone_number");
            if let Some((phone, at)) = b.str("phone_number")
                && !is_phone_number(phone)
            {
                cx.report(
                    &DEFINITION_BUTTON_VALUE_INVALID,
                    at,
                    Finding::Other(format!("`{}` is not a phone number", quote(phone))),
                )
                .help("write the number with its country code, e.g. `+15550051310`");
            } else if let Some((phone, at)) = b.str("phone_number")
                && chars(phone) > PHONE_MAX
            {
                cx.report(
                    &DEFINITION_BUTTON_INCOMPLETE,
                    at,
                    Finding::TooLong {
                        subject: "the phone number",
                        actual: chars(phone),
                        max: PHONE_MAX,
                        unit: Unit::Chars,
                    },
                );
            }
        }
        "OTP" => require("otp_type"),
        "FLOW" => {
            let given = ["flow_id", "flow_name", "flow_json"].iter().filter(|m| b.has(m)).count();
            if given != 1 {
                cx.report(
                    &DEFINITION_BUTTON_INCOMPLETE,
                    b.path,
                    Finding::Other(format!(
                        "a FLOW button names its flow once, by `flow_id`, `flow_name` or `flow_json`; it has {given}"
                    )),
                );
            }
        }
        "COPY_CODE" => {
            let example = b.get("example").and_then(|(v, at)| Some((v.as_str()?, at)));
            match example {
                None => {
                    cx.report(
                        &DEFINITION_COPY_CODE_EXAMPLE,
                        b.path_of("example"),
                        Finding::Other("a COPY_CODE button needs an example code (a string) in `example`".into()),
                    );
                }
                Some((code, at)) if code.is_empty() || chars(code) > CODE_MAX => {
                    cx.report(
                        &DEFINITION_COPY_CODE_EXAMPLE,
                        at,
                        Finding::Other(format!(
                            "the example code is {} characters; it must be 1 to {CODE_MAX}",
                            chars(code)
                        )),
                    );
                }
                Some(_) => {}
            }
        }
        _ => {}
    }
}

/// Digits with an optional leading `+` and separators (spaces, `-`, `(`, `)`), at least 5 digits.
fn is_phone_number(phone: &str) -> bool {
    let rest = phone.trim().strip_prefix('+').unwrap_or(phone.trim());
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    digits >= 5 && rest.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'))
}

/// An `http://` or `https://` URL with a host (letters, digits, `.`, `-`, a port) before its
/// path; the variable, if any, comes after the host.
fn is_web_url(url: &str) -> bool {
    let url = url.trim();
    let rest = ["https://", "http://"].iter().find_map(|scheme| {
        url.get(..scheme.len()).filter(|p| p.eq_ignore_ascii_case(scheme)).and_then(|_| url.get(scheme.len()..))
    });
    let Some(rest) = rest else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    !host.is_empty()
        && !host.starts_with("{{")
        && host.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ':' | '[' | ']'))
}

fn check_url(cx: &mut Cx, b: &Obj<'_>) {
    let Some((url, at)) = b.str("url") else { return };
    if !is_web_url(url) {
        cx.report(&DEFINITION_BUTTON_VALUE_INVALID, at, Finding::Other(format!("`{}` is not a web URL", quote(url))))
            .help("write the full URL, `https://` and host included");
    }
    let len = chars(url);
    if len > URL_MAX {
        cx.report(
            &DEFINITION_URL_INVALID,
            at,
            Finding::TooLong { subject: "the URL", actual: len, max: URL_MAX, unit: Unit::Chars },
        );
    }
    let pieces = vars::pieces(url.trim_end());
    let count = pieces.iter().filter(|p| !matches!(p, Piece::Text(_))).count();
    if count > 1 {
        cx.report(
            &DEFINITION_URL_INVALID,
            at,
            Finding::TooMany { subject: "the URL's variables", actual: count, max: 1 },
        );
    } else if count == 1 && matches!(pieces.last(), Some(Piece::Text(_))) {
        cx.report(&DEFINITION_URL_INVALID, at, Finding::Other("the URL's variable is not at its end".into()))
            .help("a URL button's variable is appended to the end of the URL");
    }
    let example = b.get("example");
    if count > 0 && example.is_none() {
        cx.report(
            &DEFINITION_URL_INVALID,
            b.path_of("example"),
            Finding::Other("the URL has a variable and no `example` (a full example URL, or the example value)".into()),
        );
    } else if count == 0
        && let Some((_, path)) = example
    {
        cx.report(
            &DEFINITION_URL_INVALID,
            path,
            Finding::Other(format!("the URL `{}` has no variable, so it takes no `example`", quote(url))),
        );
    }
}
