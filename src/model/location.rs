//! The `location` member of a location message and of a template location header parameter.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Location message"; Service4U WhatsApp API, template
//! location headers.

use super::NumberOrString;
use serde::{Deserialize, Serialize};

/// `location`: a point on the map, with an optional name and address.
///
/// The LINK documents type the coordinates as Double and show them as numbers; the Cloud API
/// documents also show numeric strings (`"37.483307"`), so both forms are accepted and kept as
/// written. Latitude ranges over ±90 degrees, longitude over ±180.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Location message".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// Longitude in decimal degrees, −180 to 180; required.
    pub longitude: NumberOrString,
    /// Latitude in decimal degrees, −90 to 90; required.
    pub latitude: NumberOrString,
    /// The place's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The place's address; only displayed when `name` is present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}
