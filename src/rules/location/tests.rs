use crate::rules::testing::*;

fn location(members: &str) -> String {
    format!(r#"{{"type": "location", "location": {{{members}}}}}"#)
}

#[test]
fn the_documents_example_is_clean() {
    assert_clean(&location(
        r#""longitude": 18.0739497, "latitude": 59.3120499, "name": "Linkmobility Stockholm, Sweden", "address": "Götgatan 78, Stockholm, Sverige""#,
    ));
    assert_clean(&location(r#""longitude": -180, "latitude": 90"#));
}

#[test]
fn coordinates_are_required_numbers() {
    let d = assert_reports(&location(r#""latitude": 59.3"#), "LW007");
    assert_eq!(d[0].path.to_string(), "/location/longitude");
    let d = assert_reports(&location(r#""latitude": "59.3", "longitude": 18.07"#), "LW006");
    assert_eq!(d[0].path.to_string(), "/location/latitude");
    assert_eq!(d[0].help.as_deref(), Some("write `latitude` as a JSON number, without quotes (LINK types it Double)"));
    let d = assert_reports(&location(r#""latitude": 59.3, "longitude": "east""#), "LW006");
    assert_eq!(d[0].help.as_deref(), Some("write `longitude` as a JSON number in decimal degrees"));
    assert_not_reported(&location(r#""latitude": 59.3, "longitude": 18.07"#), "LW006");
}

#[test]
fn latitude_range() {
    let d = assert_reports(&location(r#""latitude": 90.5, "longitude": 100.2"#), "LW250");
    assert_eq!(d[0].path.to_string(), "/location/latitude");
    assert_eq!(d[0].message, "`latitude` is 90.5; it must be between -90 and 90");
    assert_eq!(d[0].help, None);
    assert_not_reported(&location(r#""latitude": -90, "longitude": 100.2"#), "LW250");
    let d = assert_reports(&location(r#""latitude": 118.07, "longitude": 59.3"#), "LW250");
    assert_eq!(d[0].help.as_deref(), Some("latitude and longitude may be swapped"));
}

#[test]
fn longitude_range() {
    let d = assert_reports(&location(r#""latitude": 59.3, "longitude": -180.01"#), "LW251");
    assert_eq!(d[0].path.to_string(), "/location/longitude");
    assert_not_reported(&location(r#""latitude": 59.3, "longitude": 180"#), "LW251");
}

#[test]
fn address_needs_a_name() {
    let d = assert_reports(&location(r#""latitude": 59.3, "longitude": 18.07, "address": "Götgatan 78""#), "LW252");
    assert_eq!(d[0].path.to_string(), "/location/address");
    assert_reports(
        &location(r#""latitude": 59.3, "longitude": 18.07, "name": " ", "address": "Götgatan 78""#),
        "LW252",
    );
    assert_not_reported(
        &location(r#""latitude": 59.3, "longitude": 18.07, "name": "Office", "address": "Götgatan 78""#),
        "LW252",
    );
}

#[test]
fn zero_coordinates() {
    let d = assert_reports(&location(r#""latitude": 0, "longitude": 0.0"#), "LW253");
    assert_eq!(d[0].path.to_string(), "/location");
    assert_not_reported(&location(r#""latitude": 0, "longitude": 0.5"#), "LW253");
}

mod cloud {
    use crate::rules::testing::*;

    fn send(members: &str) -> String {
        format!(
            r#"{{"messaging_product": "whatsapp", "to": "+16505551234", "type": "location", "location": {{{members}}}}}"#
        )
    }

    const LABEL: &str = r#", "name": "Example Works", "address": "Bhilai, India""#;

    #[test]
    fn coordinates_may_be_numeric_strings() {
        assert_clean(&send(&format!(r#""latitude": "21.1938", "longitude": "81.3509"{LABEL}"#)));
        assert_clean(&send(&format!(r#""latitude": 21.1938, "longitude": 81.3509{LABEL}"#)));
        let d = assert_reports(&send(&format!(r#""latitude": "91.5", "longitude": "81.3509"{LABEL}"#)), "LW250");
        assert_eq!(d[0].path.to_string(), "/location/latitude");
    }

    #[test]
    fn location_coordinate_not_numeric() {
        let d = assert_reports(&send(&format!(r#""latitude": "21,1938", "longitude": "81.3509"{LABEL}"#)), "LW254");
        assert_eq!(d[0].path.to_string(), "/location/latitude");
        assert_eq!(d[0].message, "`latitude` `21,1938` is not a decimal number");
        assert_not_reported(&send(&format!(r#""latitude": "21.1938", "longitude": "81.3509"{LABEL}"#)), "LW254");
        assert_reports(&send(&format!(r#""latitude": true, "longitude": "81.3509"{LABEL}"#)), "LW006");
    }

    #[test]
    fn location_name_without_address() {
        let d = assert_reports(&send(r#""latitude": 21.1938, "longitude": 81.3509, "name": "Example Works""#), "LW255");
        assert_eq!(d[0].path.to_string(), "/location/name");
        assert_not_reported(&send(&format!(r#""latitude": 21.1938, "longitude": 81.3509{LABEL}"#)), "LW255");
        assert_not_reported(&send(r#""latitude": 21.1938, "longitude": 81.3509"#), "LW255");
        // LINK has no such rule.
        let link =
            r#"{"type": "location", "location": {"latitude": 21.1938, "longitude": 81.3509, "name": "Example Works"}}"#;
        assert_not_reported(link, "LW255");
    }
}
