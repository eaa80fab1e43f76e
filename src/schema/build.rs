//! Turning [`Shape`]s into JSON Schema objects: one property per accepted spelling, the JSON type
//! of [`Ty`], `required`, `additionalProperties: false`, and a description that says what the
//! documents say of the member (type, required or not, limit, source).

use crate::diagnostic::Dialect;
use crate::rules::registry::Rule;
use crate::rules::shape::{Shape, Ty};
use serde_json::{Map, Value, json};

/// What a member holds beyond its JSON type: the schema of a nested object or of an array's
/// elements, a limit, an enumeration. Keyed by the member's LINK name (`Field::key`).
pub(super) struct Member {
    pub key: &'static str,
    pub schema: Value,
}

/// A nested object, array or value schema for the member `key`.
pub(super) fn member(key: &'static str, schema: Value) -> Member {
    Member { key, schema }
}

/// An array whose elements follow `items`.
pub(super) fn array(items: Value) -> Value {
    json!({ "items": items })
}

/// A string of at most `max` characters (JSON Schema counts code points, as linkwa counts
/// Unicode scalar values), enforced by `rule`.
pub(super) fn max_chars(max: usize, rule: &'static Rule) -> Value {
    json!({ "maxLength": max, "x-linkwa-limit": format!("at most {max} characters ({} {})", rule.code, rule.name) })
}

/// One of `values` exactly, enforced by `rule`.
pub(super) fn one_of(values: &[&str], rule: &'static Rule) -> Value {
    json!({ "enum": values, "x-linkwa-enum": format!("{} {}", rule.code, rule.name) })
}

/// A reference to a definition of the schema's `$defs`.
pub(super) fn def(name: &str) -> Value {
    json!({ "$ref": format!("#/$defs/{name}") })
}

fn json_type(ty: Ty) -> Option<Value> {
    Some(match ty {
        Ty::Str => json!("string"),
        Ty::Bool => json!("boolean"),
        Ty::Int => json!("integer"),
        Ty::Num => json!("number"),
        Ty::NumOrStr => json!(["number", "string"]),
        Ty::Obj => json!("object"),
        Ty::Arr => json!("array"),
        Ty::Any => return None,
    })
}

fn type_words(ty: Ty) -> &'static str {
    match ty {
        Ty::Str => "string",
        Ty::Bool => "boolean",
        Ty::Int => "integer",
        Ty::Num => "number",
        Ty::NumOrStr => "number or string",
        Ty::Obj => "object",
        Ty::Arr => "array",
        Ty::Any => "any value",
    }
}

/// One member as the shapes declaring it see it.
struct Seen {
    tys: Vec<Ty>,
    canonical: &'static str,
    alias_of: Option<&'static str>,
    /// The shapes declaring it (their names), and whether each requires it.
    objects: Vec<(&'static str, bool)>,
}

/// The schema of an object of `shape` in `dialect`; `source` is the document and section that
/// describes it. Members listed in `members` get their nested schema.
pub(super) fn object(shape: &'static Shape, dialect: Dialect, source: &str, members: Vec<Member>) -> Value {
    union(&[shape], dialect, source, members)
}

/// The schema of an object that the linter checks against one of `shapes`, chosen by its content
/// (e.g. by `type`): every member of every shape is accepted, with the union of their types, and
/// only the members every shape requires are required. Looser than the linter by design.
pub(super) fn union(shapes: &[&'static Shape], dialect: Dialect, source: &str, members: Vec<Member>) -> Value {
    let mut seen: Vec<(&'static str, Seen)> = Vec::new();
    let mut required_any: Vec<Vec<&'static str>> = Vec::new();
    for shape in shapes {
        for field in shape.fields {
            let canonical = field.name(dialect);
            let names = std::iter::once((canonical, None)).chain(field.aliases.iter().map(|a| (*a, Some(canonical))));
            for (name, alias_of) in names {
                let i = match seen.iter().position(|(n, _)| *n == name) {
                    Some(i) => i,
                    None => {
                        let s = Seen { tys: Vec::new(), canonical: field.key, alias_of, objects: Vec::new() };
                        seen.push((name, s));
                        seen.len() - 1
                    }
                };
                let s = &mut seen[i].1;
                if !s.tys.contains(&field.ty) {
                    s.tys.push(field.ty);
                }
                if !s.objects.iter().any(|(o, _)| *o == shape.name) {
                    s.objects.push((shape.name, field.required));
                }
            }
            if field.required && !field.aliases.is_empty() && shapes.len() == 1 {
                required_any.push(std::iter::once(canonical).chain(field.aliases.iter().copied()).collect());
            }
        }
    }
    let mut properties = Map::new();
    let mut required = Vec::new();
    for (name, s) in &seen {
        let mut property = Map::new();
        let tys: Vec<Value> = if s.tys.contains(&Ty::Any) {
            Vec::new()
        } else {
            s.tys.iter().filter_map(|t| json_type(*t)).flat_map(flatten).collect()
        };
        match tys.as_slice() {
            [] => {}
            [one] => {
                property.insert("type".into(), one.clone());
            }
            many => {
                property.insert("type".into(), Value::Array(dedup(many)));
            }
        }
        let mut limit = None;
        let mut values = None;
        if let Some(m) = members.iter().find(|m| m.key == s.canonical) {
            if let Value::Object(extra) = &m.schema {
                for (k, v) in extra {
                    match k.as_str() {
                        "x-linkwa-limit" => limit = v.as_str().map(str::to_owned),
                        "x-linkwa-enum" => values = v.as_str().map(str::to_owned),
                        _ => {
                            property.insert(k.clone(), v.clone());
                        }
                    }
                }
            }
        }
        // Required by the schema only when every shape of the union requires it under this
        // spelling; the description says what each object requires.
        let requiring = s.objects.iter().filter(|(_, r)| *r).count();
        if requiring == shapes.len() && s.alias_of.is_none() && !required_any.iter().any(|n| n.contains(name)) {
            required.push(Value::String((*name).to_owned()));
        }
        let list = |required: bool| -> Vec<&str> {
            s.objects.iter().filter(|(_, r)| *r == required).map(|(o, _)| *o).collect()
        };
        let types = s.tys.iter().map(|t| type_words(*t)).collect::<Vec<_>>().join(" or ");
        let all: Vec<&str> = s.objects.iter().map(|(o, _)| *o).collect();
        let mut words = match (list(true), list(false)) {
            (_, optional) if optional.is_empty() => format!("`{name}` in {}: {types}, required", all.join(" or ")),
            (required, _) if required.is_empty() => format!("`{name}` in {}: {types}, optional", all.join(" or ")),
            (required, optional) => format!(
                "`{name}` in {}: {types}, required in {} and optional in {}",
                all.join(" or "),
                required.join(" or "),
                optional.join(" or ")
            ),
        };
        if let Some(canonical) = s.alias_of {
            words.push_str(&format!("; an accepted spelling of `{canonical}` (linkwa notes it, LW008)"));
        }
        if let Some(limit) = limit {
            words.push_str(&format!("; {limit}"));
        }
        if let (Some(rule), Some(list)) = (values, property.get("enum").and_then(Value::as_array)) {
            let list: Vec<String> = list.iter().filter_map(Value::as_str).map(|v| format!("`{v}`")).collect();
            words.push_str(&format!("; one of {} ({rule})", list.join(", ")));
        }
        words.push_str(&format!(". Source: {source}."));
        property.insert("description".into(), Value::String(words));
        properties.insert((*name).to_owned(), Value::Object(property));
    }
    let mut schema = Map::new();
    schema.insert("type".into(), json!("object"));
    schema.insert(
        "description".into(),
        Value::String(format!("{}. Source: {source}.", shapes.iter().map(|s| s.name).collect::<Vec<_>>().join(" or "))),
    );
    schema.insert("properties".into(), Value::Object(properties));
    schema.insert("additionalProperties".into(), json!(false));
    if !required.is_empty() {
        schema.insert("required".into(), Value::Array(required));
    }
    if !required_any.is_empty() {
        let all: Vec<Value> = required_any
            .iter()
            .map(|names| json!({ "anyOf": names.iter().map(|n| json!({ "required": [n] })).collect::<Vec<_>>() }))
            .collect();
        schema.insert("allOf".into(), Value::Array(all));
    }
    Value::Object(schema)
}

fn flatten(v: Value) -> Vec<Value> {
    match v {
        Value::Array(items) => items,
        other => vec![other],
    }
}

fn dedup(values: &[Value]) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for v in values {
        if !out.contains(v) {
            out.push(v.clone());
        }
    }
    // "integer" is a "number": listing both is the same as listing "number".
    if out.contains(&json!("number")) {
        out.retain(|v| v != "integer");
    }
    out
}

/// Every member name the `shapes` accept in `dialect` (canonical spellings and aliases).
pub(super) fn names(shapes: &[&'static Shape], dialect: Dialect) -> Vec<&'static str> {
    let mut out = Vec::new();
    for field in shapes.iter().flat_map(|s| s.fields) {
        for name in std::iter::once(field.name(dialect)).chain(field.aliases.iter().copied()) {
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}
