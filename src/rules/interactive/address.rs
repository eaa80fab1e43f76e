//! Address messages: `action.name: address_message` and `action.parameters { country, values,
//! saved_addresses, validation_errors }`, available in India (IN) and Singapore (SG).
//!
//! The address fields by country follow Service4U's field table: both countries have `name`,
//! `phone_number`, `address`, `city`; India adds `in_pin_code`, `house_number`, `tower_number`,
//! `building_name`, `landmark_area`, `state`; Singapore adds `sg_post_code`, `unit_number`.
//! `floor_number` is listed for India only by 003 but for Singapore too by the Cloud API reference
//! (004), so it is accepted for both.
//!
//! Source: Service4U WhatsApp API, "Address Messages"; Cloud API reference (limits tables),
//! "Address message".

use super::text::{self, Seen};
use super::{
    ADDRESS_COUNTRY_INVALID, ADDRESS_FIELD_CONFLICTS_WITH_COUNTRY, ADDRESS_POSTAL_CODE_TOO_LONG,
    ADDRESS_SAVED_ID_DUPLICATE, action_name,
};
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::Finding;
use crate::rules::path::Path;
use crate::rules::shape::{Obj, Shape, Ty, opt, req};
use crate::rules::suggest::closest;

pub(crate) static ADDRESS_ACTION: Shape = Shape {
    cache: Shape::cache(),
    name: "the `action` of an address_message",
    fields: &[req("name", Ty::Str), req("parameters", Ty::Obj)],
};

pub(crate) static ADDRESS_PARAMETERS: Shape = Shape {
    cache: Shape::cache(),
    name: "address_message `parameters`",
    fields: &[
        req("country", Ty::Str),
        opt("values", Ty::Obj),
        opt("saved_addresses", Ty::Arr),
        opt("validation_errors", Ty::Obj),
    ],
};

/// Every address field, of either country.
const FIELDS: &[crate::rules::shape::Field] = &[
    opt("name", Ty::Str),
    opt("phone_number", Ty::Str),
    opt("in_pin_code", Ty::Str),
    opt("sg_post_code", Ty::Str),
    opt("house_number", Ty::Str),
    opt("floor_number", Ty::Str),
    opt("tower_number", Ty::Str),
    opt("building_name", Ty::Str),
    opt("address", Ty::Str),
    opt("landmark_area", Ty::Str),
    opt("unit_number", Ty::Str),
    opt("city", Ty::Str),
    opt("state", Ty::Str),
];

pub(crate) static VALUES: Shape = Shape { cache: Shape::cache(), name: "address `values`", fields: FIELDS };
pub(crate) static VALIDATION_ERRORS: Shape =
    Shape { cache: Shape::cache(), name: "`validation_errors`", fields: FIELDS };
pub(crate) static SAVED_ADDRESS: Shape =
    Shape { cache: Shape::cache(), name: "a saved address", fields: &[req("id", Ty::Str), req("value", Ty::Obj)] };

/// Fields of Indian addresses only.
const INDIA_ONLY: &[&str] = &["in_pin_code", "house_number", "tower_number", "building_name", "landmark_area", "state"];
/// Fields of Singapore addresses only.
const SINGAPORE_ONLY: &[&str] = &["sg_post_code", "unit_number"];
const COUNTRIES: &[&str] = &["IN", "SG"];

/// Checks the `action` of an address_message at `path`.
pub(super) fn check(cx: &mut Cx, value: &Value, path: &Path) {
    let Some(action) = cx.object(value, path, &ADDRESS_ACTION) else { return };
    action_name(cx, &action, &["address_message"]);
    let Some(params) = action.obj(cx, "parameters", &ADDRESS_PARAMETERS) else { return };
    let country = params.str("country").and_then(|(c, p)| country(cx, c, p));
    if let Some(values) = params.obj(cx, "values", &VALUES) {
        check_fields(cx, &values, country, true);
    }
    if let Some(errors) = params.obj(cx, "validation_errors", &VALIDATION_ERRORS) {
        check_fields(cx, &errors, country, false);
    }
    let mut ids = Seen::default();
    for saved in params.objs(cx, "saved_addresses", &SAVED_ADDRESS) {
        if let Some((id, p)) = saved.str("id")
            && !text::empty(cx, id, &p, "saved address id")
        {
            ids.check(cx, &ADDRESS_SAVED_ID_DUPLICATE, id, &p, "this saved address id");
        }
        if let Some(value) = saved.obj(cx, "value", &VALUES) {
            check_fields(cx, &value, country, true);
        }
    }
}

/// The country when it is IN or SG; reports it otherwise.
fn country(cx: &mut Cx, country: &str, path: Path) -> Option<&'static str> {
    if let Some(c) = COUNTRIES.iter().find(|c| **c == country) {
        return Some(c);
    }
    let name = country.trim().to_ascii_lowercase();
    let help = match name.as_str() {
        "in" | "ind" | "india" => Some("use `IN`".into()),
        "sg" | "sgp" | "singapore" => Some("use `SG`".into()),
        _ => closest(country, COUNTRIES).map(|s| format!("did you mean `{s}`?")),
    };
    cx.report(
        &ADDRESS_COUNTRY_INVALID,
        path,
        Finding::NotOneOf { subject: "address country", actual: country.to_owned(), allowed: COUNTRIES },
    )
    .help_opt(help);
    None
}

/// Checks an object of address fields (`values`, a saved address's `value`, or
/// `validation_errors`): no field of the other country, and (for addresses) postal codes of at
/// most 6 characters.
fn check_fields(cx: &mut Cx, fields: &Obj<'_>, country: Option<&'static str>, address: bool) {
    if let Some(country) = country {
        let (foreign, other) = if country == "IN" { (SINGAPORE_ONLY, "Singapore") } else { (INDIA_ONLY, "India") };
        for key in fields.map.keys().filter(|k| foreign.contains(k)) {
            cx.report(
                &ADDRESS_FIELD_CONFLICTS_WITH_COUNTRY,
                fields.path.key(key),
                Finding::Other(format!("`{key}` is a field of {other} addresses; `country` is {country}")),
            )
            .help(format!("remove `{key}`, or set `country` to the address's country"));
        }
    }
    if !address {
        return;
    }
    for key in ["in_pin_code", "sg_post_code"] {
        if let Some((code, p)) = fields.str(key) {
            text::too_long(cx, &ADDRESS_POSTAL_CODE_TOO_LONG, code, &p, "the postal code", 6);
        }
    }
}
