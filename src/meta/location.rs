//! Location messages and template location header parameters: the same members in both APIs.
//!
//! | LINK | Cloud API |
//! |---|---|
//! | `latitude`, `longitude` (number or numeric string, kept as written) | the same |
//! | `name`, `address` | the same |
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Location message"; Service4U WhatsApp API, "Location
//! Messages", "Location-based Message Templates".

use super::read::{Obj, Result};
use super::write::{Object, loose};
use crate::model::Location;
use serde_json::Value;

/// The Cloud API `location` object.
pub(super) fn to_cloud(location: &Location) -> Value {
    Object::new()
        .put("latitude", loose(&location.latitude))
        .put("longitude", loose(&location.longitude))
        .opt("name", location.name.as_deref())
        .opt("address", location.address.as_deref())
        .build()
}

/// A location from the Cloud API `location` object.
pub(super) fn from_cloud(mut o: Obj<'_>) -> Result<Location> {
    let location = Location {
        latitude: o.req("latitude")?,
        longitude: o.req("longitude")?,
        name: o.opt("name")?,
        address: o.opt("address")?,
    };
    o.finish()?;
    Ok(location)
}
