//! LW700–LW732: template definitions, as template editors create them (`POST
//! /<WABA_ID>/message_templates`) and as the Business Management API returns them (`GET`, one
//! object or a list response `{"data": [...], "paging": {...}}`), against Meta's creation rules.
//!
//! Component, format, button and category values are compared case-insensitively (the create
//! call takes `header`/`image`/`marketing`; GET returns upper case). Where Meta's pages disagree,
//! each rule's `why` says what linkwa decided. Source: Meta, WhatsApp Business
//! Management API, Message templates (components; creation rules).
//!
//! **Provenance.** What a user writes is judged strictly, what Meta returns tolerantly
//! ([`Provenance`]): a *create* body (`POST /<WABA_ID>/message_templates`) and an *edit* body
//! (`POST /<TEMPLATE_ID>`: `components`, `category` and/or `message_send_ttl_seconds`, no `name`
//! or `language`) get every creation rule at its severity. A *stored* definition (one carrying
//! what only the API returns, `id` or `status`, or any item of a list response `{"data": [...]}`)
//! was approved by Meta under the rules of its day: the creation-only rules ([`CREATION_ONLY`],
//! each says so in its `why`) report it at most as `info`, "Meta would not accept creating it
//! like this today". Meta returns no `example` on read, ends some of its own sample bodies with
//! a variable, and moves templates between categories (Meta, Message
//! templates: template status and category changes). A stored
//! definition still serves the send checks (`--templates`). `linkwa.toml` levels apply after this
//! cap, so a project can raise a rule again.

pub(crate) mod buttons;
mod codes;
pub(crate) mod kinds;
pub(crate) mod text;

#[cfg(feature = "templates")]
pub(crate) use codes::DEFINITION_DUPLICATE;
pub(crate) use codes::RULES;

use crate::diagnostic::Severity;
use crate::json::tree::{Map, Value};
use crate::rules::cx::Cap;
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, quote};
use crate::rules::path::Path;
use crate::rules::shape::{Obj, Shape, Ty, chars, opt, req};
use crate::rules::suggest::closest;
use codes::*;

/// A list response of `GET /<WABA_ID>/message_templates`.
pub(crate) static LIST: Shape = Shape {
    cache: Shape::cache(),
    name: "a template list response",
    fields: &[req("data", Ty::Arr), opt("paging", Ty::Obj), opt("summary", Ty::Obj)],
};

/// A template edit body (`POST /<TEMPLATE_ID>`): "You can only edit a template's category,
/// components, or time-to-live" (Meta, Template management).
pub(crate) static EDIT: Shape = Shape {
    cache: Shape::cache(),
    name: "a template edit body",
    fields: &[
        opt("components", Ty::Arr),
        opt("category", Ty::Str),
        opt("message_send_ttl_seconds", Ty::Int),
        opt("parameter_format", Ty::Str),
    ],
};

/// Where a definition comes from, which decides how its creation-only rules report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Provenance {
    /// A create body: every rule at its severity.
    Create,
    /// An edit body (`POST /<TEMPLATE_ID>`): no `name` or `language`; the rest as a create body.
    Edit,
    /// What the API returns (`id`, `status`, or an item of a list response): creation-only rules
    /// at most `info`.
    Stored,
}

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

/// True when a document is a template edit body: only [`EDIT`]'s members, with `components` (an
/// array of objects, each with a string `type`) or `category` (a string) or
/// `message_send_ttl_seconds` (an integer). A message never has these members at its top.
pub(crate) fn recognizes_edit(map: &Map<'_>) -> bool {
    let components = map
        .get("components")
        .and_then(Value::as_array)
        .is_some_and(|list| !list.is_empty() && list.iter().all(|c| c.get("type").is_some_and(Value::is_string)));
    !map.is_empty()
        && map.keys().all(|k| EDIT.fields.iter().any(|f| f.key == k))
        && (components
            || map.get("category").is_some_and(Value::is_string)
            || map.get("message_send_ttl_seconds").is_some_and(|v| v.is_i64() || v.is_u64()))
}

/// Checks a template edit body ([`recognizes_edit`]) with the definition rules that apply to it:
/// its components as a create body's, its category and time-to-live. Without `category` the
/// category-specific rules are not applied (the stored template's category is not known).
pub(crate) fn check_edit(cx: &mut Cx, value: &Value) {
    let Some(def) = cx.object(value, &Path::root(), &EDIT) else { return };
    check_definition(cx, &def, Provenance::Edit);
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
                check_one(cx, item, &path, Provenance::Stored);
                let key = |k: &str| item.get(k).and_then(Value::as_str);
                if let (Some(name), Some(language)) = (key("name"), key("language")) {
                    if !seen.insert((name, language)) {
                        report_duplicate(cx, path.key("name"), name, language);
                    }
                }
            }
        }
    } else {
        let stored = value.get("id").is_some() || value.get("status").is_some();
        check_one(cx, value, &root, if stored { Provenance::Stored } else { Provenance::Create });
    }
}

/// Checks one definition at `path`, come from `provenance` ([`Provenance::Stored`]: the
/// creation-only rules' findings are lowered to `info`).
pub(crate) fn check_one(cx: &mut Cx, value: &Value, path: &Path<'_>, provenance: Provenance) {
    let Some(def) = cx.object(value, path, &DEFINITION) else { return };
    check_definition(cx, &def, provenance);
}

/// The rules of a create, edit or stored definition `def`.
fn check_definition(cx: &mut Cx, def: &Obj<'_>, provenance: Provenance) {
    if provenance == Provenance::Stored {
        let caps = std::mem::replace(&mut cx.caps, STORED);
        check_members(cx, def, provenance);
        cx.caps = caps;
    } else {
        check_members(cx, def, provenance);
    }
}

/// What a stored definition's findings are capped at ([`Cx::caps`]): the creation-only findings
/// at `info`, a category Meta no longer creates (LW702) at a warning, each saying why.
static STORED: &[Cap] = &[
    Cap {
        rules: CREATION_ONLY,
        severity: Severity::Info,
        note: " (a stored template: Meta would not accept creating it like this today)",
    },
    Cap {
        rules: &[&DEFINITION_CATEGORY_INVALID],
        severity: Severity::Warning,
        note: " (a stored template: older API responses carry categories Meta no longer creates)",
    },
];

fn check_members(cx: &mut Cx, def: &Obj<'_>, provenance: Provenance) {
    let edit = provenance == Provenance::Edit;
    if !edit {
        check_name(cx, def);
    }
    if let Some((language, at)) = (!edit).then(|| def.str("language")).flatten()
        && !crate::rules::template::LANGUAGES.contains(&language)
    {
        cx.report(
            &DEFINITION_LANGUAGE_UNSUPPORTED,
            at,
            Finding::Other(format!("`{}` is not in Meta's Supported languages table", quote(language))),
        )
        .help_opt(closest(language, crate::rules::template::LANGUAGES).map(|s| format!("did you mean `{s}`?")));
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
        .help_opt(closest(raw, CATEGORIES).map(|s| format!("did you mean `{s}`?")));
    }
    let list = def.arr("components");
    let components = list.as_ref().map(|list| text::components(cx, list)).unwrap_or_default();
    if let Some(list) = &list
        && !edit
        && !components.iter().any(|(k, _)| k == "BODY")
    {
        cx.report(
            &DEFINITION_COMPONENT_COUNT,
            list.path,
            Finding::Other("no BODY component; a template has exactly one".into()),
        );
    }
    let template = Template { def, category: &category, components: &components };
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
    .help("keep one definition per name and language");
}

fn check_name(cx: &mut Cx, def: &Obj<'_>) {
    let Some((name, at)) = def.str("name") else { return };
    // A documentation placeholder (`<TEMPLATE_NAME>`, Meta's OpenAPI examples): LW508, as in a send.
    if let Some(slot) = crate::rules::placeholder::slot(DEFINITION.name, "name", Ty::Str)
        && crate::rules::placeholder::check(cx, name, at, slot, "name")
    {
        return;
    }
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
        .help(format!("name it `{}`", quote(&suggestion)));
    }
}

#[cfg(test)]
mod tests;
