//! Template components: one shape per component `type` (so `"Templat": [...]` in a body gets
//! "did you mean `parameters`?"), the parameters each takes, buttons (sub type, index,
//! uniqueness, counts), and the checks across components (repeats, named parameters, OTP).

use super::carousel;
use super::codes::{
    BUTTON_INDEX_DUPLICATE, BUTTON_INDEX_INVALID, BUTTON_INDEX_NOT_STRING, BUTTON_SUB_TYPE_REPEATED,
    BUTTON_SUB_TYPE_UNKNOWN, BUTTON_TOO_MANY_PARAMETERS, CAROUSEL_CARD_COMPONENT_NOT_ALLOWED,
    CAROUSEL_CARD_TOO_MANY_BUTTONS, COMPONENT_REPEATED, COMPONENT_TYPE_UNKNOWN, HEADER_TOO_MANY_PARAMETERS,
    LTO_COMPONENT_PARAMETER_COUNT, NAMED_PARAMETERS_MIXED, OTP_CODE_MISMATCH, OTP_CODE_TOO_LONG,
    PARAMETER_NAME_DUPLICATE, TOO_MANY_BUTTONS,
};
use super::parameters::{self, Param, Slot, SubType};
use super::values::whole_number;
use crate::diagnostic::text::json_string;
use crate::diagnostic::{Applicability, Dialect};
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, quote};
use crate::rules::intent::Change;
use crate::rules::path::Path;
use crate::rules::shape::{Arr, Obj, Shape, Ty, opt, req};
use crate::rules::structure::NON_CANONICAL_SPELLING;
use crate::rules::suggest::closest;

/// Every component type.
pub(super) const TYPES: &[&str] = &["header", "body", "button", "carousel", "limited_time_offer"];

static HEADER: Shape = Shape {
    cache: Shape::cache(),
    name: "a header component",
    fields: &[req("type", Ty::Str), req("parameters", Ty::Arr)],
};
static BODY: Shape = Shape {
    cache: Shape::cache(),
    name: "a body component",
    fields: &[req("type", Ty::Str), req("parameters", Ty::Arr)],
};
static BUTTON: Shape = Shape {
    cache: Shape::cache(),
    name: "a button component",
    fields: &[
        req("type", Ty::Str),
        req("subType", Ty::Str).aka(&["sub_type"]).cloud("sub_type"),
        req("index", Ty::NumOrStr),
        req("parameters", Ty::Arr),
    ],
};
/// Cloud API JSON: `index` is optional here, and required after the sub type is known for every
/// sub type but `voice_call` (Meta's call button example has no `index`).
static CLOUD_BUTTON: Shape = Shape {
    cache: Shape::cache(),
    name: "a button component",
    fields: &[
        req("type", Ty::Str),
        req("subType", Ty::Str).aka(&["sub_type"]).cloud("sub_type"),
        opt("index", Ty::NumOrStr),
        req("parameters", Ty::Arr),
    ],
};
/// Cloud API JSON: `{"type": "tap_target_configuration", "parameters": [...]}`.
static TAP_TARGET: Shape = Shape {
    cache: Shape::cache(),
    name: "a tap_target_configuration component",
    fields: &[req("type", Ty::Str), req("parameters", Ty::Arr)],
};
static CAROUSEL: Shape = Shape {
    cache: Shape::cache(),
    name: "a carousel component",
    fields: &[req("type", Ty::Str), req("cards", Ty::Arr)],
};
static LTO: Shape = Shape {
    cache: Shape::cache(),
    name: "a limited_time_offer component",
    fields: &[req("type", Ty::Str), req("parameters", Ty::Arr)],
};
/// For a component whose type is missing or unknown: every member of every kind.
pub(crate) static ANY: Shape = Shape {
    cache: Shape::cache(),
    name: "a template component",
    fields: &[
        req("type", Ty::Str),
        opt("subType", Ty::Str).aka(&["sub_type"]).cloud("sub_type"),
        opt("index", Ty::NumOrStr),
        opt("parameters", Ty::Arr),
        opt("cards", Ty::Arr),
    ],
};

/// Where a list of components is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Level {
    /// `template.components`.
    Template,
    /// `cards[].components` of a carousel.
    Card,
}

/// What a list of components held, for the checks across components.
#[derive(Debug, Default)]
pub(super) struct Summary<'v> {
    /// Components that are objects with a known type.
    pub components: usize,
    /// The number of parameters of the header component, when there is one.
    pub header: Option<usize>,
    /// Parameters of body components, and the text parameters among them.
    pub body_params: usize,
    pub body_texts: Vec<Param<'v>>,
    /// Button components, and the text parameters of url buttons.
    pub buttons: Vec<Path<'v>>,
    pub url_texts: Vec<Param<'v>>,
}

/// Checks `template.components`, then the authentication-template heuristic.
pub(super) fn check_template(cx: &mut Cx, list: &Arr<'_>, name: &str) {
    let summary = check_list(cx, list, Level::Template);
    check_otp(cx, &summary, name);
}

/// Checks a list of components at `level`.
pub(super) fn check_list<'v>(cx: &mut Cx, list: &Arr<'v>, level: Level) -> Summary<'v> {
    let mut summary = Summary::default();
    let mut firsts: [Option<Path>; 4] = Default::default();
    let mut indexes: Vec<(i64, Path)> = Vec::new();
    let mut once: Vec<(SubType, Path)> = Vec::new();
    let cloud = cx.dialect == Dialect::Cloud;
    // Cloud API JSON only: LINK documents 1024 for every body parameter.
    let sole_body = cloud
        && level == Level::Template
        && list.len() == 1
        && list.items.first().and_then(|c| c.get("type")).and_then(Value::as_str) == Some("body");
    for (value, path) in list.iter() {
        let Some(c) = cx.object(value, &path, shape_of(value, cx.dialect)) else { continue };
        let Some((kind, kind_path)) = c.str("type") else { continue };
        if cloud && kind == "tap_target_configuration" && level == Level::Template {
            summary.components += 1;
            parameters(cx, &c, Slot::TapTarget);
            continue;
        }
        let Some(slot) = TYPES.iter().position(|t| *t == kind) else {
            let allowed = if cloud { CLOUD_TYPES } else { TYPES };
            cx.report(
                &COMPONENT_TYPE_UNKNOWN,
                kind_path,
                Finding::NotOneOf { subject: "component type", actual: kind.to_owned(), allowed },
            )
            .help_opt(closest(kind, allowed).map(|s| format!("did you mean `{s}`?")))
            .fix_spelling(kind_path, kind, allowed);
            continue;
        };
        if level == Level::Card && matches!(kind, "carousel" | "limited_time_offer") {
            cx.report(
                &CAROUSEL_CARD_COMPONENT_NOT_ALLOWED,
                kind_path,
                Finding::Other(format!("a carousel card cannot have a `{kind}` component")),
            )
            .help("a card has a header, an optional body and buttons");
            continue;
        }
        summary.components += 1;
        if kind != "button" {
            let first = &mut firsts[if slot > 2 { slot - 1 } else { slot }];
            match first {
                Some(first) => {
                    let first = *first;
                    cx.report(
                        &COMPONENT_REPEATED,
                        kind_path,
                        Finding::Duplicate { subject: "this component type", first },
                    )
                    .help(format!("put every {kind} parameter in one `{kind}` component"));
                }
                None => *first = Some(kind_path),
            }
        }
        match kind {
            "header" => header(cx, &c, level, &mut summary),
            "body" => body(cx, &c, level, sole_body, &mut summary),
            "button" => {
                summary.buttons.push(path);
                button(cx, &c, &mut indexes, &mut once, &mut summary);
            }
            "carousel" => carousel::check(cx, &c),
            _ => limited_time_offer(cx, &c),
        }
    }
    let (max, rule) = match level {
        Level::Template => (10, &TOO_MANY_BUTTONS),
        Level::Card => (2, &CAROUSEL_CARD_TOO_MANY_BUTTONS),
    };
    if summary.buttons.len() > max {
        let subject = if level == Level::Template { "the template" } else { "the card" };
        cx.report(
            rule,
            summary.buttons[max],
            Finding::Other(format!("{subject} has {} button components; the limit is {max}", summary.buttons.len())),
        );
    }
    summary
}

/// The shape of a component, by its `type`.
fn shape_of(value: &Value, dialect: Dialect) -> &'static Shape {
    let cloud = dialect == Dialect::Cloud;
    match value.as_object().and_then(|m| m.get("type")).and_then(Value::as_str) {
        Some("header") => &HEADER,
        Some("body") => &BODY,
        Some("button") if cloud => &CLOUD_BUTTON,
        Some("button") => &BUTTON,
        Some("tap_target_configuration") if cloud => &TAP_TARGET,
        Some("carousel") => &CAROUSEL,
        Some("limited_time_offer") => &LTO,
        _ => &ANY,
    }
}

/// Checks a document that is one component on its own (Service4U's location header syntax), as a
/// component of `template.components`.
pub(super) fn check_alone(cx: &mut Cx, value: &Value) {
    let Some(c) = cx.object(value, &Path::root(), shape_of(value, cx.dialect)) else { return };
    let mut summary = Summary::default();
    match c.str("type").map(|(k, _)| k) {
        Some("header") => header(cx, &c, Level::Template, &mut summary),
        Some("body") => body(cx, &c, Level::Template, false, &mut summary),
        Some("button") => button(cx, &c, &mut Vec::new(), &mut Vec::new(), &mut summary),
        Some("carousel") => carousel::check(cx, &c),
        Some("limited_time_offer") => limited_time_offer(cx, &c),
        _ => {}
    }
}

fn parameters<'v>(cx: &mut Cx, c: &Obj<'v>, slot: Slot) -> Vec<Param<'v>> {
    let Some(list) = c.arr("parameters") else { return Vec::new() };
    list.iter().filter_map(|(value, path)| parameters::check(cx, value, &path, slot)).collect()
}

fn header<'v>(cx: &mut Cx, c: &Obj<'v>, level: Level, summary: &mut Summary<'v>) {
    // `parameters` given but no array (a placeholder such as "{...}", or of the wrong type,
    // reported as such) counts as one parameter, not as none.
    let count = c.arr("parameters").map_or(usize::from(c.has("parameters")), |a| a.len());
    if count > 1 {
        cx.report(
            &HEADER_TOO_MANY_PARAMETERS,
            c.path_of("parameters").index(1),
            Finding::TooMany { subject: "the header", actual: count, max: 1 },
        );
    }
    let slot = if level == Level::Card { Slot::CardHeader } else { Slot::Header };
    let params = parameters(cx, c, slot);
    summary.header = Some(count);
    check_names(cx, &params);
}

/// `sole`: the body is the template's only component (its text parameter may be longer).
fn body<'v>(cx: &mut Cx, c: &Obj<'v>, level: Level, sole: bool, summary: &mut Summary<'v>) {
    summary.body_params += c.arr("parameters").map_or(0, |a| a.len());
    let slot = match level {
        Level::Card => Slot::CardBody,
        Level::Template if sole => Slot::SoleBody,
        Level::Template => Slot::Body,
    };
    let params = parameters(cx, c, slot);
    check_names(cx, &params);
    summary.body_texts.extend(params.into_iter().filter(|p| p.kind == "text"));
}

fn limited_time_offer(cx: &mut Cx, c: &Obj<'_>) {
    if let Some(list) = c.arr("parameters") {
        let finding = match list.len() {
            0 => Some(Finding::TooFew { subject: "the limited_time_offer component", actual: 0, min: 1 }),
            1 => None,
            n => Some(Finding::TooMany { subject: "the limited_time_offer component", actual: n, max: 1 }),
        };
        if let Some(finding) = finding {
            cx.report(&LTO_COMPONENT_PARAMETER_COUNT, list.path, finding);
        }
    }
    parameters(cx, c, Slot::LimitedTimeOffer);
}

/// The canonical sub types of each dialect: LINK (`quickReply`) and Cloud API (`quick_reply`).
const SUB_TYPES: &[&str] = &["quickReply", "url", "flow", "catalog", "copy_code", "mpm"];
const CLOUD_SUB_TYPES: &[&str] =
    &["quick_reply", "url", "catalog", "copy_code", "mpm", "flow", "order_details", "voice_call"];
/// Sub types of Cloud API JSON only (Payments order details templates; call buttons).
const CLOUD_ONLY_SUB_TYPES: [(SubType, &str); 2] =
    [(SubType::OrderDetails, "order_details"), (SubType::VoiceCall, "voice_call")];
/// Component types of Cloud API JSON: LINK's and `tap_target_configuration`.
const CLOUD_TYPES: &[&str] =
    &["header", "body", "button", "carousel", "limited_time_offer", "tap_target_configuration"];
const SUB_TYPE_KINDS: [(SubType, &str, &str); 6] = [
    (SubType::QuickReply, "quickReply", "quick_reply"),
    (SubType::Url, "url", "url"),
    (SubType::Flow, "flow", "flow"),
    (SubType::Catalog, "catalog", "catalog"),
    (SubType::CopyCode, "copy_code", "copy_code"),
    (SubType::Mpm, "mpm", "mpm"),
];

/// The button's sub type. LINK JSON accepts either dialect's spelling in any case (reported as
/// non-canonical); Cloud API JSON accepts its own spelling in any case, and LINK's `quickReply`
/// is an unknown sub type there (did you mean `quick_reply`?).
fn sub_type(cx: &mut Cx, c: &Obj<'_>) -> Option<SubType> {
    let (value, path) = c.str("subType")?;
    let cloud = cx.dialect == Dialect::Cloud;
    if cloud && let Some((kind, _)) = CLOUD_ONLY_SUB_TYPES.iter().find(|(_, name)| *name == value) {
        return Some(*kind);
    }
    for (kind, link, cloud_name) in SUB_TYPE_KINDS {
        let canonical = if cloud { cloud_name } else { link };
        if value == canonical {
            return Some(kind);
        }
        if value.eq_ignore_ascii_case(canonical) || (!cloud && value.eq_ignore_ascii_case(cloud_name)) {
            cx.report(
                &NON_CANONICAL_SPELLING,
                path,
                Finding::NonCanonical { subject: "button sub type", actual: value.to_owned(), canonical },
            )
            .help(format!("use `{canonical}`"))
            .fix_string(path, canonical);
            return Some(kind);
        }
    }
    let allowed = if cloud { CLOUD_SUB_TYPES } else { SUB_TYPES };
    let d = cx
        .report(
            &BUTTON_SUB_TYPE_UNKNOWN,
            path,
            Finding::NotOneOf { subject: "button sub type", actual: value.to_owned(), allowed },
        )
        .help_opt(closest(value, allowed).map(|s| format!("did you mean `{s}`?")));
    // LINK's spelling in Cloud API JSON (`quickReply`) has one Cloud API spelling.
    if cloud
        && let Some((_, _, cloud_name)) = SUB_TYPE_KINDS.iter().find(|(_, link, _)| value.eq_ignore_ascii_case(link))
    {
        d.fix_string(path, cloud_name);
    }
    None
}

fn button<'v>(
    cx: &mut Cx,
    c: &Obj<'v>,
    indexes: &mut Vec<(i64, Path<'v>)>,
    once: &mut Vec<(SubType, Path<'v>)>,
    summary: &mut Summary<'v>,
) {
    let sub = sub_type(cx, c);
    if let Some(kind @ (SubType::CopyCode | SubType::Mpm)) = sub {
        let path = c.path_of("subType");
        match once.iter().find(|(k, _)| *k == kind) {
            Some((_, first)) => {
                let first = *first;
                cx.report(
                    &BUTTON_SUB_TYPE_REPEATED,
                    path,
                    Finding::Duplicate { subject: "this button sub type", first },
                );
            }
            None => once.push((kind, path)),
        }
    }
    if let Some((value, path)) = c.get("index") {
        if cx.dialect == Dialect::Cloud
            && let Some(n) = value.as_i64()
            && (0..=INDEX_MAX).contains(&n)
        {
            cx.report(
                &BUTTON_INDEX_NOT_STRING,
                path,
                Finding::Other(format!(
                    "the button index is the number {n}; the Cloud API examples write it as a string"
                )),
            )
            .help(format!("write `\"index\": \"{n}\"`"))
            .fix(
                Applicability::Safe,
                format!("write the index as the string \"{n}\""),
                [Change::Replace(path, json_string(&n.to_string()))],
            );
        }
        check_index(cx, value, path, indexes);
    }
    if cx.dialect == Dialect::Cloud && sub.is_some_and(|s| s != SubType::VoiceCall) && !c.has("index") {
        cx.report(
            &crate::rules::structure::REQUIRED_MEMBER_MISSING,
            c.path.key("index"),
            Finding::Missing { member: "index".into() },
        )
        .help("buttons are numbered from 0 in the template's order; only voice_call buttons need no `index`");
    }
    // A voice_call button takes a `ttl_minutes` and a `payload` parameter.
    let max = if sub == Some(SubType::VoiceCall) { 2 } else { 1 };
    if let Some(list) = c.arr("parameters")
        && list.len() > max
    {
        cx.report(
            &BUTTON_TOO_MANY_PARAMETERS,
            list.path.index(max),
            Finding::TooMany { subject: "the button", actual: list.len(), max },
        );
    }
    let params = parameters(cx, c, Slot::Button(sub));
    if sub == Some(SubType::Url) {
        summary.url_texts.extend(params.into_iter().filter(|p| p.kind == "text"));
    }
}

/// Highest button index: a template has at most 10 buttons.
const INDEX_MAX: i64 = 9;

fn check_index<'v>(cx: &mut Cx, value: &Value, path: Path<'v>, seen: &mut Vec<(i64, Path<'v>)>) {
    match whole_number(value) {
        Some(n) if (0..=INDEX_MAX).contains(&n) => {
            if let Some((_, first)) = seen.iter().find(|(i, _)| *i == n) {
                let first = *first;
                cx.report(&BUTTON_INDEX_DUPLICATE, path, Finding::Duplicate { subject: "this button index", first });
            } else {
                seen.push((n, path));
            }
        }
        Some(n) => {
            cx.report(
                &BUTTON_INDEX_INVALID,
                path,
                Finding::OutOfRange { subject: "the button index", actual: n as f64, min: 0.0, max: INDEX_MAX as f64 },
            )
            .help("indexes are 0-based: the first button is 0");
        }
        None => {
            let shown = match value {
                Value::String(s) => format!("`{}`", quote(s)),
                other => other.to_string(),
            };
            cx.report(
                &BUTTON_INDEX_INVALID,
                path,
                Finding::Other(format!("the button index {shown} is not a whole number")),
            )
            .help("indexes are 0-based whole numbers: 0, 1, … (or \"0\", \"1\", …)");
        }
    }
}

/// Named and positional text parameters are not mixed, and names are unique.
fn check_names(cx: &mut Cx, params: &[Param<'_>]) {
    let texts: Vec<&Param<'_>> = params.iter().filter(|p| p.kind == "text").collect();
    let named = texts.iter().filter(|p| p.name.is_some()).count();
    let member = if cx.dialect == Dialect::Cloud { "parameter_name" } else { "parameterName" };
    if named > 0 && named < texts.len() {
        for p in texts.iter().filter(|p| p.name.is_none()) {
            cx.report(
                &NAMED_PARAMETERS_MIXED,
                p.path,
                Finding::Other(format!(
                    "{named} of the {} text parameters have `{member}`; this one has none",
                    texts.len()
                )),
            )
            .help(format!("give every text parameter of a named-parameter template its `{member}`"));
        }
    }
    let mut seen: Vec<(&str, &Path)> = Vec::new();
    for (name, path) in texts.iter().filter_map(|p| p.name.as_ref()) {
        match seen.iter().find(|(n, _)| n == name) {
            Some((_, first)) => {
                let first = *(*first);
                cx.report(
                    &PARAMETER_NAME_DUPLICATE,
                    *path,
                    Finding::Duplicate { subject: "this parameter name", first },
                );
            }
            None => seen.push((name, path)),
        }
    }
}

/// Names that suggest an authentication template.
const OTP_HINTS: &[&str] = &["otp", "verif", "auth", "code", "passcode", "2fa", "login", "one_time"];

/// An authentication template with a one-time password button repeats the code in the body and in
/// the url button. Without the template definition this is recognized by its shape (one body text
/// parameter, one url button with one text parameter, nothing else) and a name that suggests it.
fn check_otp(cx: &mut Cx, summary: &Summary<'_>, name: &str) {
    let lower = name.to_ascii_lowercase();
    if summary.components != 2
        || summary.buttons.len() != 1
        || summary.body_params != 1
        || summary.body_texts.len() != 1
        || summary.url_texts.len() != 1
        || !OTP_HINTS.iter().any(|h| lower.contains(h))
    {
        return;
    }
    let (Some((body, body_at)), Some((button, path))) = (&summary.body_texts[0].text, &summary.url_texts[0].text)
    else {
        return;
    };
    if body == button {
        check_otp_length(cx, body, *body_at);
    } else {
        cx.otp.mismatch_guessed = true;
        cx.report(
            &OTP_CODE_MISMATCH,
            *path,
            Finding::Other(format!(
                "the url button's code ({} characters) differs from the body's code ({} characters)",
                button.chars().count(),
                body.chars().count()
            )),
        )
        .help("an authentication template sends the same one-time password in the body and the button");
    }
}

/// The longest one-time password of an authentication template, in characters.
const OTP_MAX: usize = 15;

/// LW770: the one-time password at `path` is at most 15 characters.
pub(crate) fn check_otp_length(cx: &mut Cx, code: &str, path: Path<'_>) {
    let len = code.chars().count();
    if len > OTP_MAX && !cx.otp.too_long {
        cx.otp.too_long = true;
        cx.report(
            &OTP_CODE_TOO_LONG,
            path,
            Finding::TooLong {
                subject: "the one-time password",
                actual: len,
                max: OTP_MAX,
                unit: crate::rules::finding::Unit::Chars,
            },
        );
    }
}
