//! Which shape sits under which member: the nesting that the rule families express in code
//! (`msg.obj(cx, "text", &TEXT)`), written down once for the schema. Every object's members,
//! types and required members come from the families' own [`Shape`](crate::rules::shape::Shape)
//! tables; limits and enumerations from their constants.

use super::build::{array, def, max_chars, member, object, one_of, union};
use super::definitions::{definition, definition_component, definition_list};
use super::inbound::inbound_documents;
use super::interactive::interactive;
use crate::diagnostic::Dialect;
use crate::rules::{cloud, contacts, envelope, location, media, message, template, text};
use serde_json::{Map, Value, json};

pub(super) const LINK: &str = "LINK WhatsApp Message API 1.6.1";

pub(super) fn src(dialect: Dialect, link: &str, cloud: &str) -> String {
    match dialect {
        Dialect::Link => format!("{LINK}, {link}"),
        Dialect::Cloud => format!("Meta Cloud API reference, {cloud}"),
    }
}

/// The `$defs` of the schema for `dialect`.
pub(super) fn defs(dialect: Dialect) -> Map<String, Value> {
    let mut defs = Map::new();
    defs.insert("media".into(), media_object(dialect));
    defs.insert("contact".into(), contact(dialect));
    defs.insert("template".into(), template_object(dialect));
    defs.insert("interactive".into(), interactive(dialect));
    defs.insert("definition".into(), definition());
    defs.insert("definitionComponent".into(), definition_component());
    defs.insert("definitionList".into(), definition_list());
    match dialect {
        Dialect::Link => {
            defs.insert("message".into(), link_message());
            defs.insert("MessageRequest".into(), message_request());
            defs.insert("inbound".into(), inbound_documents());
        }
        Dialect::Cloud => {
            defs.insert("sendBody".into(), send_body());
            defs.insert("component".into(), component(dialect));
        }
    }
    defs
}

fn message_request() -> Value {
    object(
        &envelope::MESSAGE_REQUEST,
        Dialect::Link,
        &format!("{LINK}, MessageRequest"),
        vec![
            member("messages", array(def("message"))),
            member("destinations", array(json!({ "type": "string" }))),
            member("priority", one_of(envelope::PRIORITIES, &envelope::PRIORITY_INVALID)),
        ],
    )
}

/// The members of a message that every dialect shares (the content named by `type`).
fn contents(dialect: Dialect) -> Vec<super::build::Member> {
    let (text_shape, location_shape) = match dialect {
        Dialect::Link => (&text::TEXT, &location::LOCATION),
        Dialect::Cloud => (&text::CLOUD_TEXT, &location::CLOUD_LOCATION),
    };
    let text_source = src(dialect, "Text message", "Messages: Text object");
    vec![
        member(
            "text",
            object(
                text_shape,
                dialect,
                &text_source,
                vec![member("body", max_chars(text::BODY_MAX, &text::TEXT_BODY_TOO_LONG))],
            ),
        ),
        member("image", def("media")),
        member("audio", def("media")),
        member("video", def("media")),
        member("document", def("media")),
        member("sticker", def("media")),
        member(
            "location",
            object(location_shape, dialect, &src(dialect, "Location message", "Messages: Location object"), vec![]),
        ),
        member("contacts", array(def("contact"))),
        member("template", def("template")),
        member("interactive", def("interactive")),
    ]
}

fn link_message() -> Value {
    let mut members = contents(Dialect::Link);
    members.push(member("type", one_of(message::TYPES, &message::MESSAGE_TYPE_UNKNOWN)));
    object(&message::MESSAGE, Dialect::Link, &format!("{LINK}, Messages"), members)
}

fn send_body() -> Value {
    let dialect = Dialect::Cloud;
    let mut members = contents(dialect);
    members.push(member("type", one_of(cloud::TYPES, &message::MESSAGE_TYPE_UNKNOWN)));
    // `"context": null` is LW532, a warning: accepted here.
    let context = object(&cloud::CONTEXT, dialect, "Meta Cloud API reference, Messages: Context object", vec![]);
    members.push(member("context", json!({ "anyOf": [context, { "type": "null" }] })));
    members.push(member(
        "reaction",
        object(&cloud::reaction::REACTION, dialect, "Meta Cloud API reference, Messages: Reaction object", vec![]),
    ));
    let mut body = object(&cloud::SEND_BODY, dialect, "Meta Cloud API reference, Messages", members);
    // `type` may be left out of a text message only (Meta: "If omitted, defaults to text").
    body["anyOf"] = serde_json::json!([{ "required": ["type"] }, { "required": ["text"] }]);
    body
}

fn media_object(dialect: Dialect) -> Value {
    let source = src(dialect, "Image, Audio, Video, Document and Sticker message", "Messages: Media object");
    let provider = object(&media::PROVIDER, dialect, &source, vec![]);
    object(
        &media::MEDIA,
        dialect,
        &source,
        vec![
            member("provider", provider),
            member("caption", max_chars(media::CAPTION_MAX, &media::MEDIA_CAPTION_TOO_LONG)),
        ],
    )
}

fn contact(dialect: Dialect) -> Value {
    let source = src(dialect, "Contacts message", "Messages: Contacts object");
    let parts = src(dialect, "Address, Email, Phone, Url", "Messages: Contacts object");
    let each = |shape| array(object(shape, dialect, &parts, vec![]));
    object(
        &contacts::CONTACT,
        dialect,
        &source,
        vec![
            member("name", object(&contacts::NAME, dialect, &source, vec![])),
            member("org", object(&contacts::ORG, dialect, &source, vec![])),
            member("addresses", each(&contacts::ADDRESS)),
            member("emails", each(&contacts::EMAIL)),
            member("phones", each(&contacts::PHONE)),
            member("urls", each(&contacts::URL)),
        ],
    )
}

fn template_object(dialect: Dialect) -> Value {
    let (shape, language) = match dialect {
        Dialect::Link => (&template::TEMPLATE, &template::languages::LANGUAGE),
        Dialect::Cloud => (&template::CLOUD_TEMPLATE, &template::languages::CLOUD_LANGUAGE),
    };
    let source = src(dialect, "Template", "Messages: Template object");
    // In Cloud API JSON a placeholder code (`{{language}}`) is only a warning (LW508): no
    // enumeration there.
    let code = match dialect {
        Dialect::Link => {
            vec![member("code", one_of(template::languages::LANGUAGES, &template::codes::LANGUAGE_CODE_UNSUPPORTED))]
        }
        Dialect::Cloud => vec![],
    };
    object(
        shape,
        dialect,
        &source,
        vec![
            member("language", object(language, dialect, &source, code)),
            member("components", array(component(dialect))),
        ],
    )
}

/// A template component of any type (the linter picks the shape by `type`; the schema accepts
/// the members of every type).
fn component(dialect: Dialect) -> Value {
    let source = src(dialect, "Component", "Messages: Components object");
    let card = object(
        &template::carousel::CARD,
        dialect,
        &source,
        vec![member("components", array(json!({ "$ref": "#/$defs/template/properties/components/items" })))],
    );
    let mut schema = object(
        &template::components::ANY,
        dialect,
        &source,
        vec![member("parameters", array(parameter(dialect))), member("cards", array(card))],
    );
    if dialect == Dialect::Cloud {
        // A button names its `index`, except a voice_call button (Meta's example has none).
        schema["if"] = json!({
            "properties": { "type": { "const": "button" }, "sub_type": { "not": { "const": "voice_call" } } },
            "required": ["type", "sub_type"]
        });
        schema["then"] = json!({ "required": ["index"] });
    }
    schema
}

/// A template parameter of any type: the linter's shape for a parameter of unknown type, and the
/// limited-time-offer shape (the only one with a member the other lacks, `expiration_time_ms`).
fn parameter(dialect: Dialect) -> Value {
    use template::{action, parameters, values};
    let source = src(dialect, "Parameter", "Messages: Parameters object");
    let (currency, date_time) = match dialect {
        Dialect::Link => (&values::CURRENCY, &values::DATE_TIME),
        Dialect::Cloud => (&values::CLOUD_CURRENCY, &values::CLOUD_DATE_TIME),
    };
    let product = object(&action::PRODUCT, dialect, &source, vec![]);
    let section = object(&action::SECTION, dialect, &source, vec![member("product_items", array(product))]);
    // The Cloud API's parameter kinds of Meta's documentation as of December 2025: `product`
    // (single-product and product-card templates), `ttl_minutes` (voice_call buttons),
    // `tap_target_configuration`, `payment_link_preview` on a text, `order_details` actions.
    let mut shapes: Vec<&'static crate::rules::shape::Shape> = vec![&parameters::ANY, &parameters::LTO];
    let mut actions: Vec<&'static crate::rules::shape::Shape> = vec![&action::ANY];
    let mut cloud_members = Vec::new();
    if dialect == Dialect::Cloud {
        use template::cloud;
        shapes.extend([&parameters::CLOUD_TEXT, &cloud::PRODUCT, &cloud::TTL, &cloud::TAP_TARGET]);
        actions.push(&cloud::ORDER_DETAILS_ACTION);
        cloud_members.push(member("product", object(&cloud::PRODUCT_OBJECT, dialect, &source, vec![])));
        cloud_members.push(member(
            "tap_target_configuration",
            array(object(&cloud::TAP_TARGET_ENTRY, dialect, &source, vec![])),
        ));
    }
    union(
        &shapes,
        dialect,
        &source,
        [
            member(
                "currency",
                object(currency, dialect, &src(dialect, "Currency", "Messages: Currency object"), vec![]),
            ),
            member(
                "dateTime",
                object(date_time, dialect, &src(dialect, "DateTime", "Messages: Date_time object"), vec![]),
            ),
            member("image", def("media")),
            member("document", def("media")),
            member("video", def("media")),
            member("location", object(&parameters::LOCATION_OBJECT, dialect, &source, vec![])),
            member("limited_time_offer", object(&parameters::LTO_OBJECT, dialect, &source, vec![])),
            member("action", union(&actions, dialect, &source, vec![member("sections", array(section))])),
        ]
        .into_iter()
        .chain(cloud_members)
        .collect(),
    )
}
