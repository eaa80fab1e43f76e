//! LW250–LW259: location messages.
//!
//! A location is `{"latitude": Double, "longitude": Double, "name"?: String, "address"?: String}`
//! in decimal degrees. The Cloud API reference also shows numeric strings (`"21.1938"`); LINK types
//! both as Double, so a string is a wrong type here (LW006), with a help to write a number.
//!
//! In Cloud API JSON the Cloud API reference (004) decides: latitude and longitude are
//! "string/number", so a numeric string is accepted and a string that is no number is LW254; and
//! `name` and `address` are "set together so the pin shows a label" (LW252, LW255).
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Location message"; Cloud API field reference,
//! Location message.

use super::cx::Cx;
use super::finding::{Finding, quote};
use super::registry::declare_rules;
use super::shape::{Hooks, Obj, Shape, Ty, opt, req};
use crate::diagnostic::Dialect;
use crate::json::tree::Value;
use crate::rules::path::Path;

const SECTION: &str = "LINK WhatsApp Message API 1.6.1, Location message";

declare_rules! {
    LOCATION_LATITUDE_OUT_OF_RANGE = LW250 "location-latitude-out-of-range" Error,
        "`location.latitude` is between -90 and 90 degrees.",
        "No point on Earth has another latitude; Meta rejects the coordinates (invalid parameter).",
        SECTION;
    LOCATION_LONGITUDE_OUT_OF_RANGE = LW251 "location-longitude-out-of-range" Error,
        "`location.longitude` is between -180 and 180 degrees.",
        "No point on Earth has another longitude; Meta rejects the coordinates (invalid parameter).",
        SECTION;
    LOCATION_ADDRESS_WITHOUT_NAME = LW252 "location-address-without-name" Warning,
        "`location.address` comes with a non-empty `location.name`.",
        "The document says the address is only displayed if name is present: without a name it is silently dropped.",
        "LINK WhatsApp Message API 1.6.1, Location message (address: Only displayed if name is present)";
    LOCATION_ZERO_COORDINATES = LW253 "location-zero-coordinates" Warning,
        "`location` is not at latitude 0, longitude 0.",
        "0, 0 lies in the Gulf of Guinea, far from any address: it is almost always a coordinate that was never filled in.",
        SECTION;
    LOCATION_COORDINATE_NOT_NUMERIC = LW254 "location-coordinate-not-numeric" Error,
        "In Cloud API JSON, a `latitude` or `longitude` given as a string holds a decimal number (e.g. \"21.1938\").",
        "The Cloud API reference types the coordinates string/number; a string that is no number (a placeholder, a degree sign, a comma as decimal separator) is no coordinate and the message is rejected.",
        "Cloud API field reference, Location message (latitude, longitude: string/number)";
    LOCATION_NAME_WITHOUT_ADDRESS = LW255 "location-name-without-address" Warning,
        "In Cloud API JSON, `location.name` comes with a non-empty `location.address`.",
        "The Cloud API reference: name and address are optional, but \"set together so the pin shows a label\". (LINK has no such rule: its document only says the address needs the name, LW252.)",
        "Cloud API field reference, Location message (limits: name + address)";
}

pub(crate) static LOCATION: Shape = Shape {
    cache: Shape::cache(),
    name: "`location`",
    fields: &[
        req("longitude", Ty::Num).with(&COORDINATE),
        req("latitude", Ty::Num).with(&COORDINATE),
        opt("name", Ty::Str),
        opt("address", Ty::Str),
    ],
};

/// A LINK coordinate given as a string (LW006) gets a help saying how to write it.
static COORDINATE: Hooks = Hooks { hint: Some(string_coordinate), implied: None };

/// The help of a coordinate `key` given as a string (LW006): how to write it.
fn string_coordinate(key: &str, value: &Value) -> Option<String> {
    let Value::String(s) = value else { return None };
    Some(if crate::json::decimal(s.trim()).is_some() {
        format!("write `{key}` as a JSON number, without quotes (LINK types it Double)")
    } else {
        format!("write `{key}` as a JSON number in decimal degrees")
    })
}

/// `location` in Cloud API JSON: coordinates are numbers or numeric strings.
pub(crate) static CLOUD_LOCATION: Shape = Shape {
    cache: Shape::cache(),
    name: "`location`",
    fields: &[
        req("longitude", Ty::NumOrStr),
        req("latitude", Ty::NumOrStr),
        opt("name", Ty::Str),
        opt("address", Ty::Str),
    ],
};

/// Checks the `location` member of a location message: coordinates in range, address with name.
pub(crate) fn check_message(cx: &mut Cx, msg: &Obj<'_>) {
    let cloud = cx.dialect == Dialect::Cloud;
    let Some(location) = msg.obj(cx, "location", if cloud { &CLOUD_LOCATION } else { &LOCATION }) else { return };
    let latitude = coordinate(cx, &location, "latitude");
    let longitude = coordinate(cx, &location, "longitude");
    let swapped = matches!((&latitude, &longitude), (Some((lat, _)), Some((lon, _))) if lat.abs() > 90.0 && lat.abs() <= 180.0 && lon.abs() <= 90.0);
    if let Some((lat, path)) = latitude
        && !(-90.0..=90.0).contains(&lat)
    {
        cx.report(
            &LOCATION_LATITUDE_OUT_OF_RANGE,
            path,
            Finding::OutOfRange { subject: "`latitude`", actual: lat, min: -90.0, max: 90.0 },
        )
        .help_opt(swapped.then(|| "latitude and longitude may be swapped".into()));
    }
    if let Some((lon, path)) = longitude
        && !(-180.0..=180.0).contains(&lon)
    {
        cx.report(
            &LOCATION_LONGITUDE_OUT_OF_RANGE,
            path,
            Finding::OutOfRange { subject: "`longitude`", actual: lon, min: -180.0, max: 180.0 },
        );
    }
    if let (Some((0.0, _)), Some((0.0, _))) = (&latitude, &longitude) {
        cx.report(
            &LOCATION_ZERO_COORDINATES,
            location.path,
            Finding::Other("the location is at latitude 0, longitude 0, which is usually an unset coordinate".into()),
        );
    }
    let named = location.str("name").is_some_and(|(n, _)| !n.trim().is_empty());
    if let Some((address, path)) = location.str("address")
        && !address.trim().is_empty()
        && !named
    {
        cx.report(
            &LOCATION_ADDRESS_WITHOUT_NAME,
            path,
            Finding::Other("`address` is not displayed without a `name`".into()),
        )
        .help("add a `name` for the place");
    }
    let addressed = location.str("address").is_some_and(|(a, _)| !a.trim().is_empty());
    if cloud
        && named
        && !addressed
        && let Some((_, path)) = location.str("name")
    {
        cx.report(
            &LOCATION_NAME_WITHOUT_ADDRESS,
            path,
            Finding::Other("`name` is given without an `address`; the Cloud API reference sets them together".into()),
        )
        .help("add the `address` shown under the name");
    }
}

/// A coordinate in decimal degrees: a JSON number, or in Cloud API JSON a numeric string (LW254
/// when it is not numeric).
fn coordinate<'v>(cx: &mut Cx, location: &Obj<'v>, key: &str) -> Option<(f64, Path<'v>)> {
    if let Some(number) = location.num(key) {
        return Some(number);
    }
    let (Value::String(s), path) = location.get(key)? else { return None };
    match crate::json::decimal(s.trim()) {
        Some(n) => Some((n, path)),
        None => {
            cx.report(
                &LOCATION_COORDINATE_NOT_NUMERIC,
                path,
                Finding::Other(format!("`{key}` `{}` is not a decimal number", quote(s))),
            )
            .help(format!("write `{key}` in decimal degrees, e.g. 21.1938"));
            None
        }
    }
}

#[cfg(test)]
mod tests;
