//! The checks, one module per message family, and the entry point that tells what kind of
//! document it is looking at.
//!
//! Every family declares its rules with `registry::declare_rules!` and checks objects through
//! `shape::Cx`. Nothing here parses text or renders output.

pub(crate) mod cx;
pub(crate) mod finding;
pub(crate) mod intent;
pub(crate) mod path;
pub mod registry;
pub(crate) mod shape;
pub(crate) mod strings;
pub mod structure;
pub(crate) mod suggest;

pub(crate) mod cloud;
pub(crate) mod contacts;
pub(crate) mod definition;
pub(crate) mod envelope;
pub(crate) mod inbound;
pub(crate) mod interactive;
pub(crate) mod location;
pub(crate) mod media;
pub(crate) mod message;
pub(crate) mod placeholder;
#[cfg(feature = "templates")]
mod send_match;
pub(crate) mod template;
pub(crate) mod text;
pub(crate) mod translation;

#[cfg(test)]
pub(crate) mod fixture_files;
#[cfg(test)]
pub(crate) mod testing;

use crate::diagnostic::Dialect;
use crate::json::tree::Value;
use crate::options::LintOptions;
use cx::Cx;
use finding::{Finding, json_type};
use intent::Found;
use path::Path;
use structure::{DOCUMENT_NOT_OBJECT, UNKNOWN_DOCUMENT_KIND};

/// Every family's rule table; [`registry::all`] joins and sorts them.
pub(crate) static FAMILIES: &[&[&registry::Rule]] = &[
    crate::diagnostic::rule::RULES,
    crate::json::syntax::RULES,
    structure::RULES,
    placeholder::RULES,
    envelope::RULES,
    message::RULES,
    text::RULES,
    media::RULES,
    location::RULES,
    contacts::RULES,
    template::RULES,
    definition::RULES,
    SEND_MATCH,
    interactive::RULES,
    inbound::RULES,
    cloud::RULES,
    translation::RULES,
];

/// The send-vs-definition rules, when the `templates` feature is on.
#[cfg(feature = "templates")]
static SEND_MATCH: &[&registry::Rule] = send_match::RULES;
#[cfg(not(feature = "templates"))]
static SEND_MATCH: &[&registry::Rule] = &[];

/// What a LINK document is, told by its members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// POST /messages body.
    MessageRequest,
    /// One element of `messages`.
    Message,
    /// Anything the gateway sends: responses, status notifications, incoming messages.
    Inbound,
}

fn kind_of(map: &crate::json::tree::Map<'_>) -> Option<Kind> {
    const REQUEST: &[&str] = &["messages", "destinations", "platformid", "platformpartnerid", "priority"];
    // The key's letters and digits, lower-cased, equal `name` (no `String` per key).
    let loose = |key: &str, name: &str| {
        if key.len() < name.len() {
            false // fewer letters and digits than `name` has
        } else if key.is_ascii() {
            key.bytes().filter(u8::is_ascii_alphanumeric).map(|b| b.to_ascii_lowercase()).eq(name.bytes())
        } else {
            key.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).eq(name.chars())
        }
    };
    if map.keys().any(|k| REQUEST.iter().any(|name| loose(k, name))) {
        Some(Kind::MessageRequest)
    } else if inbound::recognizes(map) {
        Some(Kind::Inbound)
    } else if map.contains_key("refId") {
        Some(Kind::MessageRequest)
    } else if map.contains_key("type") {
        Some(Kind::Message)
    } else {
        None
    }
}

/// True when a LINK document is something the gateway sends (a response, a status notification,
/// an incoming message), not something to send.
pub(crate) fn is_inbound(value: &Value) -> bool {
    value.as_object().is_some_and(|map| kind_of(map) == Some(Kind::Inbound))
}

pub(crate) use inbound::Kind as InboundKind;

/// What a received document is, as [`lint`] dispatches it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Received {
    /// Something the LINK gateway sends.
    Link(inbound::Kind),
    /// A Cloud API webhook, or one change's value.
    Webhook,
}

/// What a document linted as `dialect` is, when it is something received; `None` for documents
/// to send (and for anything else).
pub(crate) fn received(value: &Value, dialect: Dialect) -> Option<Received> {
    let map = value.as_object()?;
    match dialect {
        Dialect::Cloud => cloud::is_webhook(map).then_some(Received::Webhook),
        Dialect::Link => (kind_of(map) == Some(Kind::Inbound)).then(|| Received::Link(inbound::kind_of(map))),
    }
}

/// The dialect a document is written in: `options.dialect` when given, otherwise told from its
/// members (a Cloud API send body has `messaging_product` or `recipient_type`).
fn dialect_of(value: &Value, options: &LintOptions) -> Dialect {
    options.dialect.unwrap_or_else(|| match value.as_object() {
        Some(map) if cloud::recognizes(map) => Dialect::Cloud,
        _ => Dialect::Link,
    })
}

/// Lints a JSON tree; returns the dialect it was linted as and the diagnostics, each with the fix
/// its rule proposes, unsorted and without positions.
pub(crate) fn lint(value: &Value, options: &LintOptions) -> (Dialect, Vec<Found>) {
    let dialect = dialect_of(value, options);
    let mut cx = Cx::new(value, dialect, options.media);
    let root = Path::root();
    let definition = value.as_object().map(|map| (definition::recognizes(map), definition::recognizes_edit(map)));
    if let Some((create, edit)) = definition
        && (create || edit)
    {
        // Template definitions (create, stored, list, edit bodies) are Meta JSON whatever the
        // dialect asked for.
        cx.dialect = Dialect::Cloud;
        cx.definition = true;
        if create {
            definition::check(&mut cx, value);
        } else {
            definition::check_edit(&mut cx, value);
        }
        return (Dialect::Cloud, cx.finish());
    }
    match value.as_object() {
        None => {
            cx.report(
                &DOCUMENT_NOT_OBJECT,
                root,
                Finding::WrongType { subject: "the document".into(), expected: "an object", actual: json_type(value) },
            );
        }
        Some(_) if dialect == Dialect::Cloud => cloud::check(&mut cx, value),
        Some(map) => match kind_of(map) {
            Some(Kind::MessageRequest) => envelope::check(&mut cx, value),
            Some(Kind::Message) => message::check(&mut cx, value, &root),
            Some(Kind::Inbound) => inbound::check(&mut cx, value),
            None => {
                let d = cx
                    .report(
                        &UNKNOWN_DOCUMENT_KIND,
                        root,
                        Finding::Other(
                            "the object is not a MessageRequest (no `messages`), a message (no `type`), a response or an inbound notification".into(),
                        ),
                    )
                    .help("a MessageRequest needs `messages`; a bare message needs `type`");
                if let Some(kind) = message::implied_type(map, message::TYPES) {
                    let json = crate::diagnostic::text::json_string(kind);
                    d.fix_insert(Path::at(value), "type", &json, crate::diagnostic::Applicability::Unsafe);
                }
            }
        },
    }
    #[cfg(feature = "templates")]
    if let Some(set) = &options.templates {
        send_match::check(&mut cx, value, set);
    }
    (dialect, cx.finish())
}
