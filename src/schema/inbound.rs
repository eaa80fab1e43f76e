//! What the LINK gateway sends, as one object of all the members of its documents' shapes; other
//! members are allowed (linkwa warns about them: LW016 received-member-unknown).

use super::build::{array, member, names, object, union};
use super::members::LINK;
use crate::diagnostic::Dialect;
use crate::rules::inbound;
use serde_json::{Value, json};

/// Every document the gateway sends (responses, status notifications, incoming messages, the
/// 1.4.2 alternative receive message), as one object of all their members.
pub(super) fn inbound_documents() -> Value {
    use inbound::{common, incoming, legacy, response, status};
    let dialect = Dialect::Link;
    let source = format!("{LINK}, Incoming Messages Sent from Mobile Phones; Message Status Notifications");
    let plain = |shape| object(shape, dialect, &source, vec![]);
    let context = object(
        &incoming::CONTEXT,
        dialect,
        &source,
        vec![member("referred_product", plain(&incoming::REFERRED_PRODUCT))],
    );
    let order = object(
        &incoming::ORDER,
        dialect,
        &source,
        vec![member("product_items", array(plain(&incoming::PRODUCT_ITEM)))],
    );
    let interactive = object(
        &incoming::INTERACTIVE,
        dialect,
        &source,
        vec![
            member("list_reply", plain(&incoming::LIST_REPLY)),
            member("button_reply", plain(&incoming::BUTTON_REPLY)),
        ],
    );
    let message = object(
        &incoming::MESSAGE,
        dialect,
        &source,
        vec![
            member("button", plain(&incoming::BUTTON)),
            member("media", plain(&incoming::MEDIA)),
            member("context", context),
            member("interactive", interactive),
            member("order", order),
        ],
    );
    let content = union(
        &[&incoming::CONTENT, &legacy::CONTENT],
        dialect,
        &source,
        vec![member("message", message), member("items", array(plain(&legacy::ITEM)))],
    );
    let mut documents = union(
        &[
            &response::MESSAGE_RESPONSE,
            &response::ERROR_RESPONSE,
            &status::STATUS,
            &incoming::INCOMING,
            &legacy::ALTERNATIVE,
        ],
        dialect,
        &source,
        vec![member("content", content), member("route", plain(&common::ROUTE))],
    );
    tolerant(&mut documents);
    // Other members being allowed, the members that tell an inbound document (as linting tells
    // it) are required.
    let strong = inbound::STRONG.iter().map(|k| json!({ "required": [k] }));
    let weak: Vec<Value> = inbound::WEAK.iter().map(|k| json!({ "required": [k] })).collect();
    let telling: Vec<Value> = strong.chain([json!({ "not": { "required": ["type"] }, "anyOf": weak })]).collect();
    if let Value::Object(map) = &mut documents {
        map.insert("anyOf".into(), Value::Array(telling));
    }
    documents
}

/// What the gateway sends is judged tolerantly (linkwa warns about a member it does not know,
/// LW016): other members are allowed. Integers are what the typed model holds, 64 signed bits
/// (linkwa reports others as a wrong type).
fn tolerant(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            if map.get("additionalProperties") == Some(&Value::Bool(false)) {
                map.remove("additionalProperties");
            }
            let integer =
                |t: &Value| t == "integer" || t.as_array().is_some_and(|ts| ts.iter().any(|t| t == "integer"));
            if map.get("type").is_some_and(integer) {
                map.insert("minimum".into(), Value::from(i64::MIN));
                map.insert("maximum".into(), Value::from(i64::MAX));
            }
            map.values_mut().for_each(tolerant);
        }
        Value::Array(items) => items.iter_mut().for_each(tolerant),
        _ => {}
    }
}

/// The members that tell an inbound document (every member of every inbound shape).
pub(super) fn inbound_names() -> Vec<&'static str> {
    use inbound::{incoming, legacy, response, status};
    names(
        &[
            &response::MESSAGE_RESPONSE,
            &response::ERROR_RESPONSE,
            &status::STATUS,
            &incoming::INCOMING,
            &legacy::ALTERNATIVE,
        ],
        Dialect::Link,
    )
}
