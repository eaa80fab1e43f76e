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
    let header = object(
        &ia::header::HEADER,
        dialect,
        &src(dialect, "Interactive header", "Messages: Header object"),
        vec![member("image", def("media")), member("video", def("media")), member("document", def("media"))],
    );
    let text_of = |shape| object(shape, dialect, &source, vec![]);
    object(
        &ia::INTERACTIVE,
        dialect,
        &source,
        vec![
            member("type", one_of(ia::TYPES, &ia::INTERACTIVE_TYPE_UNKNOWN)),
            member("header", header.clone()),
            member("body", text_of(&ia::BODY)),
            member("footer", text_of(&ia::FOOTER)),
            member("action", action(dialect, &action_source, header)),
        ],
    )
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
    let parameters = union(
        &[&flow::FLOW_PARAMETERS, &cta_url::CTA_PARAMETERS, &product::CATALOG_PARAMETERS, &address::ADDRESS_PARAMETERS],
        dialect,
        source,
        vec![
            member("flow_action_payload", flow_payload),
            member("values", values),
            member("validation_errors", plain(&address::VALIDATION_ERRORS)),
            member("saved_addresses", array(saved)),
        ],
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
        &[
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
        ],
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
