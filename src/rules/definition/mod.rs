//! LW700–LW729: template definitions, as template editors create them (`POST
//! /<WABA_ID>/message_templates`) and as the Business Management API returns them (`GET`, one
//! object or a list response `{"data": [...], "paging": {...}}`), against Meta's creation rules.
//!
//! Component, format, button and category values are compared case-insensitively (the create
//! call takes `header`/`image`/`marketing`; GET returns upper case). Where Meta's pages disagree,
//! each rule's `why` says what linkwa decided. Source: `shared/spec/templates.md` §1–§2.

pub(crate) mod buttons;
mod codes;
#[cfg(feature = "templates")]
pub(crate) mod hydrate;
pub(crate) mod kinds;
#[cfg(feature = "templates")]
pub(crate) mod model;
pub(crate) mod text;
pub(crate) mod vars;

#[cfg(feature = "templates")]
pub(crate) use codes::DEFINITION_DUPLICATE;
pub(crate) use codes::RULES;

use crate::json::tree::{Map, Value};
use crate::rules::finding::{Finding, quote};
use crate::rules::shape::Path;
use crate::rules::shape::{Cx, Obj, Shape, Ty, chars, closest, opt, req};
use codes::*;

/// A list response of `GET /<WABA_ID>/message_templates`.
pub(crate) static LIST: Shape = Shape {
    cache: Shape::cache(),
    name: "a template list response",
    fields: &[req("data", Ty::Arr), opt("paging", Ty::Obj), opt("summary", Ty::Obj)],
};

/// A template definition: the create body's members and those GET adds.
pub(crate) static DEFINITION: Shape = Shape {
    cache: Shape::cache(),
    name: "a template definition",
    fields: &[
        req("name", Ty::Str),
        req("language", Ty::Str),
        req("category", Ty::Str),
        req("components", Ty::Arr),
        opt("parameter_format", Ty::Str),
        opt("message_send_ttl_seconds", Ty::Int),
        opt("display_format", Ty::Str),
        opt("allow_category_change", Ty::Bool),
        opt("id", Ty::Str),
        opt("status", Ty::Str),
        opt("sub_category", Ty::Str),
        opt("previous_category", Ty::Str),
        opt("correct_category", Ty::Str),
        opt("rejected_reason", Ty::Str),
        opt("quality_score", Ty::Obj),
        opt("library_template_name", Ty::Str),
        opt("cta_url_link_tracking_opted_out", Ty::Bool),
        opt("degrees_of_freedom_spec", Ty::Any),
    ],
};

const CATEGORIES: &[&str] = &["AUTHENTICATION", "MARKETING", "UTILITY"];
const NAME_MAX: usize = 512;

/// True when a document is a template definition or a list response of them: `components` (an
/// array) with a string `name` and a string `language` or a `category`; or `data` whose first
/// element is such an object.
pub(crate) fn recognizes(map: &Map<'_>) -> bool {
    let definition = |m: &Map<'_>| {
        m.get("components").is_some_and(Value::is_array)
            && m.get("name").is_some_and(Value::is_string)
            && (m.get("language").is_some_and(Value::is_string) || m.contains_key("category"))
            && !m.contains_key("type")
            && !m.contains_key("messaging_product")
    };
    definition(map)
        || map
            .get("data")
            .and_then(Value::as_array)
            .and_then(|items| items.first())
            .and_then(Value::as_object)
            .is_some_and(definition)
}

/// Checks a definition document or a list response.
pub(crate) fn check(cx: &mut Cx, value: &Value) {
    let root = Path::root();
    if value.get("data").is_some() {
        if let Some(list) = cx.object(value, &root, &LIST)
            && let Some(items) = list.arr("data")
        {
            // A set: 100 000 definitions in one list were quadratic with a list of those seen.
            let mut seen: std::collections::HashSet<(&str, &str)> = std::collections::HashSet::new();
            for (item, path) in items.iter() {
                check_one(cx, item, &path);
                let key = |k: &str| item.get(k).and_then(Value::as_str);
                if let (Some(name), Some(language)) = (key("name"), key("language")) {
                    if !seen.insert((name, language)) {
                        report_duplicate(cx, path.key("name"), name, language);
                    }
                }
            }
        }
    } else {
        check_one(cx, value, &root);
    }
}

/// Checks one definition at `path`.
pub(crate) fn check_one(cx: &mut Cx, value: &Value, path: &Path<'_>) {
    let Some(def) = cx.object(value, path, &DEFINITION) else { return };
    check_name(cx, &def);
    if let Some((language, at)) = def.str("language")
        && !crate::rules::template::LANGUAGES.contains(&language)
    {
        let d = cx.report(
            &DEFINITION_LANGUAGE_UNSUPPORTED,
            at,
            Finding::Other(format!("`{}` is not in Meta's Supported languages table", quote(language))),
        );
        d.help = closest(language, crate::rules::template::LANGUAGES).map(|s| format!("did you mean `{s}`?"));
    }
    let category = def.str("category").map(|(c, _)| c.to_ascii_uppercase()).unwrap_or_default();
    if let Some((raw, at)) = def.str("category")
        && !CATEGORIES.contains(&category.as_str())
    {
        cx.report(
            &DEFINITION_CATEGORY_INVALID,
            at,
            Finding::NotOneOf { subject: "the category", actual: raw.to_owned(), allowed: CATEGORIES },
        )
        .help = closest(raw, CATEGORIES).map(|s| format!("did you mean `{s}`?"));
    }
    let list = def.arr("components");
    let components = list.as_ref().map(|list| text::components(cx, list)).unwrap_or_default();
    if let Some(list) = &list
        && !components.iter().any(|(k, _)| k == "BODY")
    {
        cx.report(
            &DEFINITION_COMPONENT_COUNT,
            list.path,
            Finding::Other("no BODY component; a template has exactly one".into()),
        );
    }
    let template = Template { def: &def, category: &category, components: &components };
    text::check(cx, &template);
    buttons::check(cx, &template);
    kinds::check(cx, &template);
}

/// A definition being checked: its view, upper-case category and checked components.
pub(crate) struct Template<'a, 'v> {
    def: &'a Obj<'v>,
    category: &'a str,
    components: &'a [(String, Obj<'v>)],
}

impl<'v> Template<'_, 'v> {
    /// The components of upper-case type `kind`.
    fn of(&self, kind: &str) -> impl Iterator<Item = &Obj<'v>> {
        self.components.iter().filter(move |(k, _)| k == kind).map(|(_, c)| c)
    }

    fn first(&self, kind: &str) -> Option<&Obj<'v>> {
        self.of(kind).next()
    }
}

/// Reports a second definition of `name` in `language` at `path`.
pub(crate) fn report_duplicate(cx: &mut Cx, path: Path<'_>, name: &str, language: &str) {
    cx.report(
        &DEFINITION_DUPLICATE,
        path,
        Finding::Other(format!("a second definition of `{}` in `{}`", quote(name), quote(language))),
    )
    .help = Some("keep one definition per name and language".into());
}

fn check_name(cx: &mut Cx, def: &Obj<'_>) {
    let Some((name, at)) = def.str("name") else { return };
    let len = chars(name);
    let bad = name.chars().find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_'));
    if len == 0 || len > NAME_MAX {
        cx.report(
            &DEFINITION_NAME_FORMAT,
            at,
            Finding::Other(format!("the template name is {len} characters; it must be 1 to {NAME_MAX}")),
        );
    } else if let Some(bad) = bad {
        let what = if bad.is_uppercase() { "an uppercase letter" } else { "a character other than a-z, 0-9 and `_`" };
        let suggestion: String =
            name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect();
        cx.report(
            &DEFINITION_NAME_FORMAT,
            at,
            Finding::Other(format!("the template name has {what}; Meta allows lowercase letters, digits and `_`")),
        )
        .help = Some(format!("name it `{}`", quote(&suggestion)));
    }
}

#[cfg(test)]
mod tests;
