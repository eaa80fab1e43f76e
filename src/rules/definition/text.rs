//! Components and their texts: component types and counts, header formats, lengths, variables and
//! their examples (LW703–LW715, LW727, LW730, LW731). Carousel cards' texts are checked here too.

use super::Template;
use super::codes::*;
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, Unit, quote};
use crate::rules::path::Path;
use crate::rules::shape::{Arr, Obj, Shape, Ty, chars, opt, req};
use crate::rules::suggest::closest;
use crate::templates::vars::{self, Piece, VarKind};

pub(crate) static COMPONENT: Shape = Shape {
    cache: Shape::cache(),
    name: "a template definition component",
    fields: &[
        req("type", Ty::Str),
        opt("format", Ty::Str),
        opt("text", Ty::Str),
        opt("example", Ty::Obj),
        opt("buttons", Ty::Arr),
        opt("cards", Ty::Arr),
        opt("limited_time_offer", Ty::Obj),
        opt("add_security_recommendation", Ty::Bool),
        opt("code_expiration_minutes", Ty::Int),
    ],
};

pub(crate) static EXAMPLE: Shape = Shape {
    cache: Shape::cache(),
    name: "a component `example`",
    fields: &[
        opt("header_text", Ty::Arr),
        opt("header_text_named_params", Ty::Arr),
        opt("body_text", Ty::Any),
        opt("body_text_named_params", Ty::Arr),
        opt("header_handle", Ty::Arr),
    ],
};

pub(super) const TYPES: &[&str] =
    &["HEADER", "BODY", "FOOTER", "BUTTONS", "CAROUSEL", "LIMITED_TIME_OFFER", "CALL_PERMISSION_REQUEST"];
const FORMATS: &[&str] = &["TEXT", "IMAGE", "VIDEO", "GIF", "DOCUMENT", "LOCATION", "PRODUCT"];
const MEDIA: &[&str] = &["IMAGE", "VIDEO", "GIF", "DOCUMENT"];
const HEADER_MAX: usize = 60;
const FOOTER_MAX: usize = 60;

/// Checks the components of `list` (a template's or a card's): shape, known type, at most one
/// of each; returns them with their upper-case type. (A card's body is optional; the template's
/// is checked by the caller.)
pub(super) fn components<'v>(cx: &mut Cx, list: &Arr<'v>) -> Vec<(String, Obj<'v>)> {
    let checked = cx.objects(list, &COMPONENT);
    select(checked, |skipped, kind, at| match skipped {
        Skipped::UnknownType => {
            cx.report(
                &DEFINITION_COMPONENT_TYPE_UNKNOWN,
                at,
                Finding::NotOneOf { subject: "component type", actual: kind.to_owned(), allowed: TYPES },
            )
            .help_opt(closest(kind, TYPES).map(|s| format!("did you mean `{s}`?")));
        }
        Skipped::Repeated => {
            cx.report(
                &DEFINITION_COMPONENT_COUNT,
                at,
                Finding::Other(format!(
                    "a second {} component; a template has at most one",
                    quote(&kind.to_ascii_uppercase())
                )),
            );
        }
    })
}

/// The components [`components`] returns, read without checking them ([`Obj::view`]).
pub(super) fn component_views<'v>(list: &Arr<'v>, dialect: crate::diagnostic::Dialect) -> Vec<(String, Obj<'v>)> {
    let views = list.iter().filter_map(|(value, path)| Obj::view(value, path, &COMPONENT, dialect));
    select(views, |_, _, _| {})
}

/// Why a component is left out of a list's components.
enum Skipped {
    /// Its type is not one a definition has.
    UnknownType,
    /// A component of its type came before.
    Repeated,
}

/// The components with a known type, the first of each type, with their upper-case type;
/// `skipped` is told of each other one with a type (its `type` and the path of that).
fn select<'v>(
    components: impl IntoIterator<Item = Obj<'v>>,
    mut skipped: impl FnMut(Skipped, &str, Path<'v>),
) -> Vec<(String, Obj<'v>)> {
    let mut out: Vec<(String, Obj<'v>)> = Vec::new();
    for component in components {
        let Some((kind, at)) = component.str("type") else { continue };
        let upper = kind.to_ascii_uppercase();
        if !TYPES.contains(&upper.as_str()) {
            skipped(Skipped::UnknownType, kind, at);
        } else if out.iter().any(|(k, _)| *k == upper) {
            skipped(Skipped::Repeated, kind, at);
        } else {
            out.push((upper, component));
        }
    }
    out
}

/// What the texts of one component list are checked against.
struct Texts<'a> {
    /// Upper-case `parameter_format`, `POSITIONAL` when absent.
    format: &'a str,
    body_max: usize,
    authentication: bool,
}

/// Checks the texts of the template and of its carousel cards.
pub(super) fn check(cx: &mut Cx, t: &Template<'_, '_>) {
    let format = t.def.str("parameter_format").map(|(f, _)| f.to_ascii_uppercase());
    if let Some((raw, at)) = t.def.str("parameter_format")
        && !["NAMED", "POSITIONAL"].contains(&format.as_deref().unwrap_or_default())
    {
        cx.report(
            &DEFINITION_PARAMETER_FORMAT_MISMATCH,
            at,
            Finding::NotOneOf {
                subject: "`parameter_format`",
                actual: raw.to_owned(),
                allowed: &["named", "positional"],
            },
        );
    }
    let format = format.unwrap_or_else(|| "POSITIONAL".into());
    let header_format = t.first("HEADER").and_then(|h| h.str("format")).map(|(f, _)| f.to_ascii_uppercase());
    let body_max = if t.first("LIMITED_TIME_OFFER").is_some() {
        600
    } else if header_format.as_deref() == Some("PRODUCT") {
        160
    } else {
        1024
    };
    let texts = Texts { format: &format, body_max, authentication: t.category == "AUTHENTICATION" };
    check_list(cx, t.components, &texts);
    for carousel in t.of("CAROUSEL") {
        for card in super::kinds::card_components(carousel) {
            check_list(cx, &card, &Texts { body_max: 160, ..texts });
        }
    }
}

fn check_list(cx: &mut Cx, components: &[(String, Obj<'_>)], texts: &Texts<'_>) {
    for (kind, component) in components {
        match kind.as_str() {
            "HEADER" => check_header(cx, component, texts),
            "BODY" => {
                if let Some((text, at)) = component.str("text") {
                    check_text(cx, text, at, "the body", texts.body_max, texts);
                    check_example_members(cx, component, "BODY", !vars::names(text).is_empty());
                    if !texts.authentication {
                        check_body_layout(cx, text, at);
                        check_examples(cx, component, text, "body");
                    }
                }
            }
            "FOOTER" => {
                if let Some((text, at)) = component.str("text") {
                    check_text(cx, text, at, "the footer", FOOTER_MAX, texts);
                    if !vars::names(text).is_empty() {
                        cx.report(
                            &DEFINITION_FOOTER_VARIABLE,
                            at,
                            Finding::Other("the footer has a variable; a send cannot fill footer variables".into()),
                        );
                    }
                }
            }
            _ => {}
        }
    }
}

fn check_header(cx: &mut Cx, header: &Obj<'_>, texts: &Texts<'_>) {
    let format = header.str("format").map(|(f, _)| f.to_ascii_uppercase()).unwrap_or_else(|| "TEXT".into());
    if let Some((raw, at)) = header.str("format")
        && !FORMATS.contains(&format.as_str())
    {
        cx.report(
            &DEFINITION_HEADER_FORMAT_INVALID,
            at,
            Finding::NotOneOf { subject: "header format", actual: raw.to_owned(), allowed: FORMATS },
        )
        .help_opt(closest(raw, FORMATS).map(|s| format!("did you mean `{s}`?")));
        return;
    }
    let variables = header.str("text").is_some_and(|(text, _)| !vars::names(text).is_empty());
    check_example_members(cx, header, &format, variables);
    if MEDIA.contains(&format.as_str()) {
        let example = header.get("example").and_then(|(e, _)| e.get("header_handle")).and_then(Value::as_array);
        if example.is_none_or(|handles| handles.is_empty()) {
            cx.report(
                &DEFINITION_MEDIA_EXAMPLE_MISSING,
                header.path_of("example"),
                Finding::Other(format!("an {} header needs a sample media in `example.header_handle`", quote(&format))),
            );
        }
    }
    if format != "TEXT" {
        return;
    }
    let Some((text, at)) = header.str("text") else {
        cx.report(
            &DEFINITION_HEADER_FORMAT_INVALID,
            header.path_of("text"),
            Finding::Missing { member: "text".into() },
        )
        .help("a TEXT header needs its `text`");
        return;
    };
    check_text(cx, text, at, "the header", HEADER_MAX, texts);
    let names = vars::names(text);
    if names.len() > 1 {
        cx.report(
            &DEFINITION_HEADER_TOO_MANY_VARIABLES,
            at,
            Finding::Other(format!("the header has {} variables; a header has at most 1", names.len())),
        );
    }
    check_examples(cx, header, text, "header");
}

/// Length, malformed placeholders, numbering, kinds and adjacency of one text.
fn check_text(cx: &mut Cx, text: &str, at: Path<'_>, subject: &'static str, max: usize, texts: &Texts<'_>) {
    let len = chars(text);
    if len > max {
        cx.report(&DEFINITION_TEXT_TOO_LONG, at, Finding::TooLong { subject, actual: len, max, unit: Unit::Chars });
    }
    let pieces = vars::pieces(text);
    for pair in pieces.windows(2) {
        if let [Piece::Var(a), Piece::Var(b)] = pair {
            cx.report(
                &DEFINITION_ADJACENT_VARIABLES,
                at,
                Finding::Other(format!(
                    "{subject} has `{{{{{}}}}}{{{{{}}}}}` with nothing between the variables",
                    quote(a),
                    quote(b)
                )),
            )
            .help("put text or punctuation between them");
        }
    }
    for piece in &pieces {
        match piece {
            Piece::Bad(inner) => {
                cx.report(
                    &DEFINITION_VARIABLE_MALFORMED,
                    at,
                    Finding::Other(format!("{subject} has `{{{{{}}}}}`, which is no variable name", quote(inner))),
                )
                .help("write `{{1}}` or a lowercase name such as `{{first_name}}`");
            }
            Piece::Unclosed(_) => {
                cx.report(
                    &DEFINITION_VARIABLE_MALFORMED,
                    at,
                    Finding::Other(format!("{subject} has a `{{{{` that is never closed")),
                );
            }
            _ => {}
        }
    }
    let names = vars::names(text);
    let declared = if texts.format == "NAMED" { VarKind::Named } else { VarKind::Positional };
    if let Some(other) = names.iter().find(|n| vars::kind_of(n) != Some(declared)) {
        let (is, should) = if declared == VarKind::Named { ("positional", "named") } else { ("named", "positional") };
        cx.report(
            &DEFINITION_PARAMETER_FORMAT_MISMATCH,
            at,
            Finding::Other(format!(
                "{subject} has the {is} variable `{{{{{}}}}}`, but the template's parameter_format is {should}{}",
                quote(other),
                if texts.format == "POSITIONAL" && declared == VarKind::Positional { " (the default)" } else { "" }
            )),
        )
        .help(if is == "named" {
            "set \"parameter_format\": \"named\" (and use named variables only)"
        } else {
            "use named variables only, or \"parameter_format\": \"positional\""
        });
        return;
    }
    if declared == VarKind::Positional {
        let mut numbers: Vec<u64> = names.iter().filter_map(|n| n.parse().ok()).collect();
        numbers.sort_unstable();
        if numbers.iter().enumerate().any(|(i, n)| *n != i as u64 + 1) {
            let list: Vec<String> = numbers.iter().map(|n| format!("{{{{{n}}}}}")).collect();
            cx.report(
                &DEFINITION_VARIABLES_NOT_SEQUENTIAL,
                at,
                Finding::Other(format!(
                    "{subject} numbers its variables {}; they must be 1 to {}",
                    list.join(", "),
                    numbers.len()
                )),
            );
        }
    }
}

/// A body must not start or end with a variable, and needs enough words of its own.
fn check_body_layout(cx: &mut Cx, text: &str, at: Path<'_>) {
    let pieces = vars::pieces(text.trim());
    let dangling = |p: Option<&Piece<'_>>| matches!(p, Some(Piece::Var(_)));
    if dangling(pieces.first()) || dangling(pieces.last()) {
        let end = if dangling(pieces.first()) { "starts" } else { "ends" };
        cx.report(&DEFINITION_DANGLING_VARIABLE, at, Finding::Other(format!("the body {end} with a variable")))
            .help("add text (or punctuation) before the first and after the last variable");
    }
    let occurrences = pieces.iter().filter(|p| matches!(p, Piece::Var(_))).count();
    let words: usize =
        pieces.iter().map(|p| if let Piece::Text(t) = p { t.split_whitespace().count() } else { 0 }).sum();
    if occurrences > 0 && words < 2 * occurrences + 1 {
        cx.report(
            &DEFINITION_TOO_MANY_VARIABLES,
            at,
            Finding::Other(format!(
                "the body has {occurrences} variables and {words} words of its own text; Meta expects about {} or more",
                2 * occurrences + 1
            )),
        );
    }
}

/// The example members each component takes: a media header `header_handle`, a TEXT header
/// `header_text…`, a body `body_text…`.
const EXAMPLE_MEMBERS: &[(&str, &[&str])] = &[
    ("BODY", &["body_text", "body_text_named_params"]),
    ("TEXT", &["header_text", "header_text_named_params"]),
    ("IMAGE", &["header_handle"]),
    ("VIDEO", &["header_handle"]),
    ("GIF", &["header_handle"]),
    ("DOCUMENT", &["header_handle"]),
];

/// LW730, LW731: the members of `component`'s `example` against the component (`kind` is
/// `BODY` or the header's upper-case format) and its text (`variables`: it has some).
fn check_example_members(cx: &mut Cx, component: &Obj<'_>, kind: &str, variables: bool) {
    let Some((example, _)) = component.get("example") else { return };
    let Some(members) = example.as_object() else { return };
    let Some((_, allowed)) = EXAMPLE_MEMBERS.iter().find(|(k, _)| *k == kind) else { return };
    let what = if kind == "BODY" { "a body".to_owned() } else { format!("a {} header", quote(kind)) };
    for (key, value) in members.iter() {
        let at = Path::at(value);
        if !allowed.contains(&key) {
            if EXAMPLE.fields.iter().any(|f| f.key == key) {
                cx.report(&DEFINITION_EXAMPLE_MISMATCH, at, Finding::Other(format!("`{key}` is no example of {what}")))
                    .help(match allowed {
                        [one] => format!("{what} takes its example in `{one}`"),
                        _ if variables => format!("{what} takes its examples in `{}`", allowed[0]),
                        _ => format!("remove it: {what} without variables takes no example"),
                    });
            }
            continue;
        }
        if kind == "BODY" || kind == "TEXT" {
            if !variables {
                cx.report(
                    &DEFINITION_EXAMPLE_FORM,
                    at,
                    Finding::Other(format!("`{key}` gives examples, but the text of {what} has no variable")),
                )
                .help("remove it, or add the variable to the text");
            } else if key == "body_text"
                && let Some(items) = value.as_array()
                && items.first().is_some_and(Value::is_string)
            {
                cx.report(
                    &DEFINITION_EXAMPLE_FORM,
                    at,
                    Finding::Other(
                        "`body_text` is a flat list of values; Meta's examples nest them in one list".into(),
                    ),
                )
                .help("write `[[\"value 1\", \"value 2\"]]`");
            }
        }
    }
}

/// The examples of a header (`which` = "header") or body text.
fn check_examples(cx: &mut Cx, component: &Obj<'_>, text: &str, which: &str) {
    let names = vars::names(text);
    if names.is_empty() || names.iter().any(|n| vars::kind_of(n).is_none()) {
        return;
    }
    let example = component.obj(cx, "example", &EXAMPLE);
    let named = vars::kind_of(names[0]) == Some(VarKind::Named);
    let member = match (which, named) {
        ("header", false) => "header_text",
        ("header", true) => "header_text_named_params",
        (_, false) => "body_text",
        (_, true) => "body_text_named_params",
    };
    let value = example.as_ref().and_then(|e| e.get(member));
    let Some((value, at)) = value else {
        let at = example.as_ref().map_or_else(|| component.path_of("example"), |e| e.path_of(member));
        cx.report(
            &DEFINITION_EXAMPLE_MISSING,
            at,
            Finding::Other(format!("the {which} has {} variables and no `example.{member}`", names.len())),
        );
        return;
    };
    if named {
        let given: Vec<&str> = value
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| p.get("param_name").and_then(Value::as_str))
            .collect();
        if let Some(missing) = names.iter().find(|n| !given.contains(n)) {
            cx.report(
                &DEFINITION_EXAMPLE_MISSING,
                at,
                Finding::Other(format!("`{member}` has no example for `{{{{{}}}}}`", quote(missing))),
            );
        }
        return;
    }
    let count = match value {
        Value::String(_) => 1,
        Value::Array(items) if which == "body" => match items.first() {
            Some(Value::Array(inner)) => inner.len(),
            Some(Value::String(_)) => items.len(),
            _ => 0,
        },
        Value::Array(items) => items.len(),
        _ => 0,
    };
    if count != names.len() {
        cx.report(
            &DEFINITION_EXAMPLE_MISSING,
            at,
            Finding::Other(format!("`{member}` has {count} example values for {} variables", names.len())),
        );
    }
}
