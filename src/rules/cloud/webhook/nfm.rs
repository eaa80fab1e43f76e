//! `nfm_reply`, the Native Flow Response of an address message (or a flow): `name`, `body` and
//! `response_json`, a JSON object written into a string. For an address message it holds the
//! address fields the user filled in (`values`) and the saved address chosen
//! (`saved_address_id`).
//!
//! Source: Service4U WhatsApp API (Meta Cloud API), "Receive Notifications for Address
//! Submissions" (the field table and the India example).

use super::did_you_mean;
use crate::rules::cloud::codes::{NFM_ADDRESS_FIELD_UNKNOWN, NFM_REPLY_NAME_UNKNOWN, NFM_REPLY_RESPONSE_JSON_INVALID};
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, quote};
use crate::rules::shape::{Obj, Shape, Ty, opt, req};

pub(super) static NFM_REPLY: Shape = Shape {
    cache: Shape::cache(),
    name: "`nfm_reply`",
    fields: &[opt("name", Ty::Str), opt("body", Ty::Str), req("response_json", Ty::Str)],
};

const NAMES: &[&str] = &["address_message", "flow"];

/// The address form's fields (Service4U's field table, both countries).
const ADDRESS_FIELDS: &[&str] = &[
    "name",
    "phone_number",
    "in_pin_code",
    "sg_post_code",
    "house_number",
    "floor_number",
    "tower_number",
    "building_name",
    "address",
    "landmark_area",
    "unit_number",
    "city",
    "state",
];

/// The members of an address message's `response_json`.
const ADDRESS_RESPONSE: &[&str] = &["values", "saved_address_id"];

/// Checks an `nfm_reply`.
pub(super) fn check(cx: &mut Cx, reply: &Obj<'_>) {
    let name = reply.str("name").map(|(n, _)| n);
    if let Some((name, path)) = reply.str("name")
        && !NAMES.contains(&name)
    {
        cx.report(
            &NFM_REPLY_NAME_UNKNOWN,
            path,
            Finding::NotOneOf { subject: "`nfm_reply.name`", actual: name.to_owned(), allowed: NAMES },
        )
        .help_opt(did_you_mean(name, NAMES));
    }
    let Some((text, path)) = reply.str("response_json") else { return };
    // The reply's own JSON, read with serde_json (its members in sorted order, for the message).
    let parsed: Option<serde_json::Value> = serde_json::from_str(text).ok();
    let Some(serde_json::Value::Object(response)) = parsed else {
        cx.report(
            &NFM_REPLY_RESPONSE_JSON_INVALID,
            path,
            Finding::Other("`response_json` is not a JSON object written as a string".into()),
        )
        .help("write the object with its quotes escaped, e.g. \"{\\\"values\\\":{…}}\"");
        return;
    };
    if name != Some("address_message") {
        return;
    }
    let mut unknown: Vec<String> =
        response.keys().filter(|k| !ADDRESS_RESPONSE.contains(&k.as_str())).cloned().collect();
    if let Some(values) = response.get("values").and_then(serde_json::Value::as_object) {
        unknown.extend(values.keys().filter(|k| !ADDRESS_FIELDS.contains(&k.as_str())).map(|k| format!("values.{k}")));
    }
    if let Some(first) = unknown.first() {
        let more = match unknown.len() {
            1 => String::new(),
            n => format!(" (and {} more)", n - 1),
        };
        cx.report(
            &NFM_ADDRESS_FIELD_UNKNOWN,
            path,
            Finding::Other(format!(
                "`response_json` has `{}`{more}, which is not a field of the address form",
                quote(first)
            )),
        );
    }
}
