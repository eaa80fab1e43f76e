//! The interactive message's schema: `interactive` with its header, body, footer, and an
//! `action` of any interactive type (the linter picks the action's shape by the message's type;
//! the schema accepts the members of every action shape).

use super::build::{array, def, member, object, one_of, union};
use super::members::src;
use crate::diagnostic::Dialect;
use crate::rules::interactive as ia;
use serde_json::Value;

/// `interactive`.
pub(super) fn interactive(dialect: Dialect) -> Value {
    let source = src(dialect, "Interactive message", "Messages: Interactive object");
    let action_source = src(dialect, "Interactive action", "Messages: Action object");
    // The Cloud API's own shapes (Meta's documentation as of December 2025): `sub_text` in the
    // header, the payments and calling types, `order_details` nested on `interactive`.
    let (interactive_shape, header_shape, types) = match dialect {
        Dialect::Link => (&ia::INTERACTIVE, &ia::header::HEADER, ia::TYPES),
        Dialect::Cloud => (&ia::cloud::CLOUD_INTERACTIVE, &ia::header::CLOUD_HEADER, ia::cloud::CLOUD_TYPES),
    };
    let header = object(
        header_shape,
        dialect,
        &src(dialect, "Interactive header", "Messages: Header object"),
        vec![member("image", def("media")), member("video", def("media")), member("document", def("media"))],
    );
    let text_of = |shape| object(shape, dialect, &source, vec![]);
    let mut schema = object(
        interactive_shape,
        dialect,
        &source,
        vec![
            member("type", one_of(types, &ia::INTERACTIVE_TYPE_UNKNOWN)),
            member("header", header.clone()),
            member("body", text_of(&ia::BODY)),
            member("footer", text_of(&ia::FOOTER)),
            member("action", action(dialect, &action_source, header)),
        ],
    );
    if dialect == Dialect::Cloud {
        // A flow is named by `flow_id` or `flow_name` (the linter: LW007, or LW520 for both).
        schema["if"] = serde_json::json!({ "properties": { "type": { "const": "flow" } }, "required": ["type"] });
        schema["then"] = serde_json::json!({ "properties": { "action": { "properties": { "parameters": {
            "anyOf": [{ "required": ["flow_id"] }, { "required": ["flow_name"] }]
        } } } } });
    }
    schema
}

/// The `action` of an interactive message of any type.
fn action(dialect: Dialect, source: &str, header: Value) -> Value {
    use ia::{address, buttons, carousel, cta_url, flow, list, product};
    let plain = |shape| object(shape, dialect, source, vec![]);
    let reply = object(&buttons::BUTTON, dialect, source, vec![member("reply", plain(&buttons::REPLY))]);
    let quick_reply = object(
        &carousel::QUICK_REPLY_BUTTON,
        dialect,
        source,
        vec![member("quick_reply", plain(&carousel::QUICK_REPLY))],
    );
    let section = union(
        &[&list::LIST_SECTION, &product::PRODUCT_SECTION],
        dialect,
        source,
        vec![member("rows", array(plain(&list::ROW))), member("product_items", array(plain(&product::PRODUCT_ITEM)))],
    );
    let values = plain(&address::VALUES);
    let saved = object(&address::SAVED_ADDRESS, dialect, source, vec![member("value", values.clone())]);
    let flow_payload = plain(&flow::FLOW_PAYLOAD);
    use crate::rules::cloud::{calling, commerce};
    let mut parameter_shapes: Vec<&'static crate::rules::shape::Shape> = vec![
        &flow::FLOW_PARAMETERS,
        &cta_url::CTA_PARAMETERS,
        &product::CATALOG_PARAMETERS,
        &address::ADDRESS_PARAMETERS,
    ];
    let mut action_shapes: Vec<&'static crate::rules::shape::Shape> = vec![
        &buttons::BUTTON_ACTION,
        &list::LIST_ACTION,
        &product::PRODUCT_ACTION,
        &product::PRODUCT_LIST_ACTION,
        &product::CATALOG_ACTION,
        &flow::FLOW_ACTION,
        &cta_url::CTA_ACTION,
        &address::ADDRESS_ACTION,
        &ia::LOCATION_ACTION,
        &carousel::CAROUSEL_ACTION,
    ];
    let mut cloud_members = Vec::new();
    if dialect == Dialect::Cloud {
        parameter_shapes.extend([
            &flow::CLOUD_FLOW_PARAMETERS,
            &commerce::ORDER_DETAILS,
            &commerce::STATUS_PARAMETERS,
            &calling::VOICE_CALL_PARAMETERS,
        ]);
        action_shapes.extend([
            &ia::cloud::CALL_PERMISSION_ACTION,
            &ia::cloud::ORDER_ACTION,
            &ia::cloud::VOICE_CALL_ACTION,
        ]);
        let order = union(&[&commerce::ORDER, &commerce::STATUS_ORDER], dialect, source, vec![]);
        cloud_members.push(member("order", order));
    }
    let parameters = union(
        &parameter_shapes,
        dialect,
        source,
        [
            member("flow_action_payload", flow_payload),
            member("values", values),
            member("validation_errors", plain(&address::VALIDATION_ERRORS)),
            member("saved_addresses", array(saved)),
        ]
        .into_iter()
        .chain(cloud_members)
        .collect(),
    );
    let media_card = match dialect {
        Dialect::Link => &carousel::MEDIA_CARD,
        Dialect::Cloud => &carousel::CLOUD_MEDIA_CARD,
    };
    let card_action = union(
        &[&carousel::PRODUCT_CARD_ACTION, &carousel::MEDIA_CARD_ACTION],
        dialect,
        source,
        vec![member("parameters", parameters.clone()), member("buttons", array(quick_reply))],
    );
    let card = union(
        &[&carousel::PRODUCT_CARD, media_card],
        dialect,
        source,
        vec![member("header", header), member("body", plain(&carousel::CARD_BODY)), member("action", card_action)],
    );
    union(
        &action_shapes,
        dialect,
        source,
        vec![
            member("buttons", array(reply)),
            member("sections", array(section)),
            member("parameters", parameters),
            member("cards", array(card)),
        ],
    )
}
