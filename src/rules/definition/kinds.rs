//! Template kinds and categories: limited-time offer, authentication, carousel, components allowed
//! per category, and the time-to-live ranges (LW723–LW726, LW728).

use super::Template;
use super::codes::*;
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, Unit, quote};
use crate::rules::shape::{Obj, Shape, Ty, chars, opt, req};

pub(crate) static CARD: Shape =
    Shape { cache: Shape::cache(), name: "a carousel card", fields: &[req("components", Ty::Arr)] };
pub(crate) static LTO: Shape = Shape {
    cache: Shape::cache(),
    name: "`limited_time_offer`",
    fields: &[req("text", Ty::Str), opt("has_expiration", Ty::Bool)],
};
pub(crate) static SUPPORTED_APP: Shape = Shape {
    cache: Shape::cache(),
    name: "a supported app",
    fields: &[req("package_name", Ty::Str), req("signature_hash", Ty::Str)],
};

const LTO_TEXT_MAX: usize = 16;
const CARDS_MIN: usize = 2;
const CARDS_MAX: usize = 10;
const CARD_BUTTONS_MAX: usize = 2;
const APPS_MAX: usize = 5;
const PACKAGE_MAX: usize = 224;

/// The components of each card of a CAROUSEL component, read without checking them (the
/// carousel's check reports on them).
pub(super) fn card_components<'v>(carousel: &Obj<'v>) -> Vec<Vec<(String, Obj<'v>)>> {
    carousel
        .views("cards", &CARD)
        .iter()
        .filter_map(|card| card.arr("components"))
        .map(|list| super::text::component_views(&list, carousel.dialect()))
        .collect()
}

pub(super) fn check(cx: &mut Cx, t: &Template<'_, '_>) {
    check_category(cx, t);
    check_lto(cx, t);
    check_authentication(cx, t);
    for carousel in t.of("CAROUSEL") {
        check_carousel(cx, carousel);
    }
    check_ttl(cx, t);
}

fn header_format(t: &Template<'_, '_>) -> Option<String> {
    t.first("HEADER").map(|h| h.str("format").map_or_else(|| "TEXT".into(), |(f, _)| f.to_ascii_uppercase()))
}

fn check_category(cx: &mut Cx, t: &Template<'_, '_>) {
    if t.category.is_empty() || !["AUTHENTICATION", "MARKETING", "UTILITY"].contains(&t.category) {
        return;
    }
    let mut wrong = |path, what: &str, allowed: &str| {
        cx.report(
            &DEFINITION_COMPONENT_CATEGORY,
            path,
            Finding::Other(format!("{what} is for {allowed} templates; this one is {}", quote(t.category))),
        );
    };
    let marketing = t.category == "MARKETING";
    for (kind, component) in t.components {
        match kind.as_str() {
            "LIMITED_TIME_OFFER" if !marketing => wrong(component.path, "a limited-time offer", "MARKETING"),
            "CAROUSEL" if !marketing => wrong(component.path, "a carousel", "MARKETING"),
            "CALL_PERMISSION_REQUEST" if t.category == "AUTHENTICATION" => {
                wrong(component.path, "a call permission request", "MARKETING or UTILITY");
            }
            "HEADER" if t.category == "AUTHENTICATION" && header_format(t).as_deref() == Some("LOCATION") => {
                wrong(component.path_of("format"), "a LOCATION header", "MARKETING or UTILITY");
            }
            _ => {}
        }
    }
    if t.category != "AUTHENTICATION" {
        for component in t.of("BUTTONS") {
            for (kind, button) in super::buttons::button_views(component) {
                if kind == "OTP" {
                    wrong(button.path_of("type"), "an OTP button", "AUTHENTICATION");
                }
            }
        }
    }
}

fn check_lto(cx: &mut Cx, t: &Template<'_, '_>) {
    let Some(lto) = t.first("LIMITED_TIME_OFFER") else { return };
    if let Some(footer) = t.first("FOOTER") {
        cx.report(
            &DEFINITION_LTO_INVALID,
            footer.path,
            Finding::Other("a limited-time offer template has no footer".into()),
        )
        .help("remove the FOOTER component");
    }
    if let Some(format) = header_format(t)
        && !["IMAGE", "VIDEO"].contains(&format.as_str())
        && let Some(header) = t.first("HEADER")
    {
        cx.report(
            &DEFINITION_LTO_INVALID,
            header.path_of("format"),
            Finding::Other(format!("a limited-time offer template's header is IMAGE or VIDEO, not {}", quote(&format))),
        );
    }
    match lto.obj(cx, "limited_time_offer", &LTO) {
        None if !lto.has("limited_time_offer") => {
            cx.report(
                &DEFINITION_LTO_INVALID,
                lto.path_of("limited_time_offer"),
                Finding::Missing { member: "limited_time_offer".into() },
            );
        }
        Some(offer) => {
            if let Some((text, at)) = offer.str("text") {
                let len = chars(text);
                if len == 0 || len > LTO_TEXT_MAX {
                    cx.report(
                        &DEFINITION_LTO_INVALID,
                        at,
                        Finding::TooLong {
                            subject: "the offer text",
                            actual: len,
                            max: LTO_TEXT_MAX,
                            unit: Unit::Chars,
                        },
                    );
                }
            }
        }
        None => {}
    }
}

fn check_authentication(cx: &mut Cx, t: &Template<'_, '_>) {
    if t.category != "AUTHENTICATION" {
        return;
    }
    if let Some(footer) = t.first("FOOTER")
        && let Some((minutes, at)) = footer.num("code_expiration_minutes")
        && !(1.0..=90.0).contains(&minutes)
    {
        cx.report(
            &DEFINITION_AUTHENTICATION_INVALID,
            at,
            Finding::OutOfRange { subject: "`code_expiration_minutes`", actual: minutes, min: 1.0, max: 90.0 },
        );
    }
    let mut has_otp = false;
    for component in t.of("BUTTONS") {
        for (kind, button) in super::buttons::button_views(component) {
            has_otp |= kind == "OTP" || kind == "URL";
            check_apps(cx, &button);
        }
    }
    if !has_otp {
        let at = t.first("BUTTONS").map_or_else(|| t.def.path_of("components"), |b| b.path_of("buttons"));
        cx.report(
            &DEFINITION_AUTHENTICATION_INVALID,
            at,
            Finding::Other("an AUTHENTICATION template needs an OTP button (copy code, one-tap or zero-tap)".into()),
        );
    }
}

fn check_apps(cx: &mut Cx, button: &Obj<'_>) {
    let mut apps: Vec<(Option<_>, Option<_>)> = vec![(button.str("package_name"), button.str("signature_hash"))];
    if let Some(list) = button.arr("supported_apps") {
        if list.len() > APPS_MAX {
            cx.report(
                &DEFINITION_AUTHENTICATION_INVALID,
                list.path,
                Finding::TooMany { subject: "`supported_apps`", actual: list.len(), max: APPS_MAX },
            );
        }
        for app in cx.objects(&list, &SUPPORTED_APP) {
            apps.push((app.str("package_name"), app.str("signature_hash")));
        }
    }
    for (package, hash) in apps {
        if let Some((package, at)) = package
            && !package_ok(package)
        {
            cx.report(
                &DEFINITION_AUTHENTICATION_INVALID,
                at,
                Finding::Other(format!(
                    "`package_name` must be at most {PACKAGE_MAX} characters of letters, digits and `_` in two or more dot-separated segments, each starting with a letter"
                )),
            );
        }
        if let Some((hash, at)) = hash
            && !(chars(hash) == 11 && hash.chars().all(|c| c.is_ascii_alphanumeric() || "+/=".contains(c)))
        {
            cx.report(
                &DEFINITION_AUTHENTICATION_INVALID,
                at,
                Finding::Other(
                    "`signature_hash` must be exactly 11 characters of letters, digits, `+`, `/` and `=`".into(),
                ),
            );
        }
    }
}

fn package_ok(package: &str) -> bool {
    let segments: Vec<&str> = package.split('.').collect();
    chars(package) <= PACKAGE_MAX
        && segments.len() >= 2
        && segments.iter().all(|s| {
            s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
}

fn check_carousel(cx: &mut Cx, carousel: &Obj<'_>) {
    let cards = carousel.objs(cx, "cards", &CARD);
    if let Some(list) = carousel.arr("cards")
        && !(CARDS_MIN..=CARDS_MAX).contains(&list.len())
    {
        cx.report(
            &DEFINITION_CAROUSEL_INVALID,
            list.path,
            Finding::Other(format!("the carousel has {} cards; it must have {CARDS_MIN} to {CARDS_MAX}", list.len())),
        );
    }
    let mut first: Option<Vec<String>> = None;
    for card in &cards {
        let Some(list) = card.arr("components") else { continue };
        let components = super::text::components(cx, &list);
        let mut signature: Vec<String> = Vec::new();
        for (kind, component) in &components {
            signature.push(kind.clone());
            match kind.as_str() {
                "HEADER" => {
                    let format = component.str("format").map(|(f, _)| f.to_ascii_uppercase()).unwrap_or_default();
                    if !["IMAGE", "VIDEO", "PRODUCT"].contains(&format.as_str()) {
                        cx.report(
                            &DEFINITION_CAROUSEL_INVALID,
                            component.path_of("format"),
                            Finding::Other(format!(
                                "a card's header is IMAGE, VIDEO or PRODUCT, not `{}`",
                                quote(&format)
                            )),
                        );
                    }
                }
                "BUTTONS" => {
                    let buttons = super::buttons::button_views(component);
                    if buttons.len() > CARD_BUTTONS_MAX {
                        cx.report(
                            &DEFINITION_CAROUSEL_INVALID,
                            component.path_of("buttons"),
                            Finding::TooMany {
                                subject: "a card's `buttons`",
                                actual: buttons.len(),
                                max: CARD_BUTTONS_MAX,
                            },
                        );
                    }
                    signature.extend(buttons.into_iter().map(|(k, _)| k));
                }
                _ => {}
            }
        }
        if !components.iter().any(|(k, _)| k == "HEADER") {
            cx.report(&DEFINITION_CAROUSEL_INVALID, list.path, Finding::Other("a card has no HEADER component".into()));
        }
        match &first {
            None => first = Some(signature),
            Some(expected) if *expected != signature => {
                cx.report(
                    &DEFINITION_CAROUSEL_INVALID,
                    list.path,
                    Finding::Other(format!(
                        "this card has {}; the first card has {}: all cards have the same components and buttons",
                        shown(&signature),
                        shown(expected)
                    )),
                );
            }
            Some(_) => {}
        }
    }
}

/// A card's component and button types for a message, each cut as [`quote`] cuts values (they
/// are the document's own strings).
fn shown(signature: &[String]) -> String {
    signature.iter().map(|k| quote(k)).collect::<Vec<_>>().join(", ")
}

fn check_ttl(cx: &mut Cx, t: &Template<'_, '_>) {
    let Some((ttl, at)) = t.def.num("message_send_ttl_seconds") else { return };
    let (min, max, forever) = match t.category {
        "AUTHENTICATION" => (30.0, 900.0, true),
        "UTILITY" => (30.0, 43_200.0, true),
        "MARKETING" => (43_200.0, 2_592_000.0, false),
        _ => return,
    };
    if !((min..=max).contains(&ttl) || (forever && ttl == -1.0)) {
        cx.report(
            &DEFINITION_TTL_OUT_OF_RANGE,
            at,
            Finding::OutOfRange { subject: "`message_send_ttl_seconds`", actual: ttl, min, max },
        )
        .help(format!("{} templates live {min} to {max} seconds", quote(t.category)));
    }
}
