//! Hover on a member name: what the documents say of that member (type, required or not, limit,
//! source), read from the JSON Schema that `linkwa::schema` generates from the rules' shape
//! tables, at the member's path in the document.

use jsonc_parser::ast::{ObjectPropName, Value};
use jsonc_parser::common::Ranged;
use jsonc_parser::{CollectOptions, ParseOptions, parse_to_ast};
use linkwa::Dialect;
use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};
use serde_json::Value as Json;
use std::sync::OnceLock;

/// The schema of each dialect, generated once.
fn schema(dialect: Dialect) -> &'static Json {
    static LINK: OnceLock<Json> = OnceLock::new();
    static CLOUD: OnceLock<Json> = OnceLock::new();
    match dialect {
        Dialect::Link => LINK.get_or_init(|| linkwa::schema::json_schema(Dialect::Link)),
        Dialect::Cloud => CLOUD.get_or_init(|| linkwa::schema::json_schema(Dialect::Cloud)),
    }
}

/// The path of the member whose name is at byte `offset` (its name last), and the name's range.
fn member_at(text: &str, offset: usize) -> Option<(Vec<String>, (usize, usize))> {
    let parsed = parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default()).ok()?;
    let mut path = Vec::new();
    let mut node = parsed.value?;
    loop {
        match node {
            Value::Object(object) => {
                let prop = object.properties.into_iter().find(|p| p.range.start <= offset && offset <= p.range.end)?;
                let name_range = prop.name.range();
                let name = match &prop.name {
                    ObjectPropName::String(s) => s.value.to_string(),
                    ObjectPropName::Word(w) => w.value.to_string(),
                };
                path.push(name);
                if name_range.start <= offset && offset <= name_range.end {
                    return Some((path, (name_range.start, name_range.end)));
                }
                node = prop.value;
            }
            Value::Array(array) => {
                let (i, element) =
                    array.elements.into_iter().enumerate().find(|(_, e)| e.start() <= offset && offset <= e.end())?;
                path.push(i.to_string());
                node = element;
            }
            _ => return None,
        }
    }
}

/// The hover text for the member name at byte `offset` of a document linted as `dialect`, and
/// the name's byte range.
pub fn hover(text: &str, offset: usize, dialect: Dialect) -> Option<(String, (usize, usize))> {
    let (path, range) = member_at(text, offset)?;
    let segments: Vec<&str> = path.iter().map(String::as_str).collect();
    let description = linkwa::schema::describe(schema(dialect), &segments)?;
    let pointer: String = path.iter().map(|s| format!("/{}", s.replace('~', "~0").replace('/', "~1"))).collect();
    Some((format!("{description}\n\n`{pointer}`"), range))
}

/// The protocol's hover for a text.
pub fn to_lsp(markdown: String, range: lsp_types::Range) -> Hover {
    Hover {
        contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value: markdown }),
        range: Some(range),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hover_on_a_member_name_says_what_the_documents_say() {
        let text = "{\"type\": \"text\", \"text\": {\"body\": \"hi\"}}";
        let at = text.find("body").unwrap();
        let (markdown, (start, end)) = hover(text, at + 1, Dialect::Link).unwrap();
        assert_eq!(&text[start..end], "\"body\"");
        assert!(markdown.contains("required") && markdown.contains("4096"), "{markdown}");
        assert!(markdown.contains("`/text/body`"), "{markdown}");
        assert!(hover(text, text.find("hi").unwrap(), Dialect::Link).is_none(), "a value is not a member name");
        assert!(hover("{\"type\": ", 2, Dialect::Link).is_none(), "a text that does not parse has no hover");
    }
}
