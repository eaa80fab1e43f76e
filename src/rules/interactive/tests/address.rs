//! Address messages.

use super::*;
use crate::rules::testing::*;
use serde_json::json;

const PARAMS: &str = "/interactive/action/parameters";

#[test]
fn country_is_in_or_sg() {
    let d = assert_reports(&set(ADDRESS_IN, &format!("{PARAMS}/country"), json!("India")), "LW465");
    assert_eq!(d[0].path.to_string(), format!("{PARAMS}/country"));
    assert_eq!(d[0].help.as_deref(), Some("use `IN`"));
    let d = assert_reports(&set(ADDRESS_SG, &format!("{PARAMS}/country"), json!("sg")), "LW465");
    assert_eq!(d[0].help.as_deref(), Some("use `SG`"));
    assert_not_reported(ADDRESS_IN, "LW465");
    let d = assert_reports(&remove(ADDRESS_IN, &format!("{PARAMS}/country")), "LW007");
    at(&d, &format!("{PARAMS}/country"));
}

#[test]
fn fields_of_the_other_country_conflict() {
    let d = assert_reports(&set(ADDRESS_IN, &format!("{PARAMS}/values/sg_post_code"), json!("018900")), "LW466");
    assert_eq!(d[0].path.to_string(), format!("{PARAMS}/values/sg_post_code"));
    assert_eq!(d[0].message, "`sg_post_code` is a field of Singapore addresses; `country` is IN");
    let path = format!("{PARAMS}/saved_addresses/0/value/state");
    let d = assert_reports(&set(ADDRESS_SG, &path, json!("Central")), "LW466");
    assert_eq!(d[0].path.to_string(), path);
    let path = format!("{PARAMS}/validation_errors/unit_number");
    assert_reports(&set(ADDRESS_IN, &path, json!("Unknown unit")), "LW466");
    assert_not_reported(ADDRESS_IN, "LW466");
    assert_not_reported(ADDRESS_SG, "LW466");
    // floor_number is documented for Singapore by the Cloud API reference.
    assert_not_reported(&set(ADDRESS_SG, &format!("{PARAMS}/values/floor_number"), json!("10")), "LW466");
}

#[test]
fn postal_codes_are_at_most_six() {
    let path = format!("{PARAMS}/values/in_pin_code");
    let d = assert_reports(&set(ADDRESS_IN, &path, json!("4000011")), "LW467");
    assert_eq!(d[0].path.to_string(), path);
    assert_eq!(d[0].message, "the postal code is 7 characters; the limit is 6");
    assert_not_reported(ADDRESS_IN, "LW467");
    let path = format!("{PARAMS}/saved_addresses/1/value/sg_post_code");
    assert_reports(&set(ADDRESS_SG, &path, json!("0490000")), "LW467");
}

#[test]
fn saved_address_ids_are_unique() {
    let path = format!("{PARAMS}/saved_addresses/1/id");
    let d = assert_reports(&set(ADDRESS_SG, &path, json!("home")), "LW468");
    assert_eq!(d[0].path.to_string(), path);
    assert_not_reported(ADDRESS_SG, "LW468");
    let d = assert_reports(&remove(ADDRESS_SG, &format!("{PARAMS}/saved_addresses/1/value")), "LW007");
    at(&d, &format!("{PARAMS}/saved_addresses/1/value"));
}

#[test]
fn unknown_address_fields() {
    let json = remove(ADDRESS_IN, &format!("{PARAMS}/values/in_pin_code"));
    let d = assert_reports(&set(&json, &format!("{PARAMS}/values/pin_code"), json!("400001")), "LW005");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `in_pin_code`?"));
    assert_reports(&set(ADDRESS_IN, &format!("{PARAMS}/validation_errors/in_pin_code"), json!(1)), "LW006");
}
