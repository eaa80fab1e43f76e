//! List messages and the sections product lists share.

use super::*;
use crate::rules::testing::*;
use serde_json::json;

fn row(id: &str) -> serde_json::Value {
    json!({"id": id, "title": "Row"})
}

#[test]
fn list_button() {
    let d = assert_reports(&set(LIST, "/interactive/action/button", json!("b".repeat(21))), "LW420");
    assert_eq!(d[0].path.to_string(), "/interactive/action/button");
    assert_eq!(d[0].message, "list button is 21 characters; the limit is 20");
    assert_not_reported(&set(LIST, "/interactive/action/button", json!("b".repeat(20))), "LW420");
    let d = assert_reports(&remove(LIST, "/interactive/action/button"), "LW007");
    at(&d, "/interactive/action/button");
}

#[test]
fn sections_count() {
    let d = assert_reports(&set(LIST, "/interactive/action/sections", json!([])), "LW421");
    assert_eq!(d[0].message, "`sections` has 0 items; at least 1 required");
    let sections: Vec<_> =
        (0..11).map(|i| json!({"title": format!("S{i}"), "rows": [row(&format!("r{i}"))]})).collect();
    let d = assert_reports(&set(LIST, "/interactive/action/sections", json!(sections)), "LW421");
    assert_eq!(d[0].message, "`sections` has 11 items; the limit is 10");
    assert_not_reported(LIST, "LW421");
    let d = assert_reports(&set(PRODUCT_LIST, "/interactive/action/sections", json!([])), "LW421");
    assert_eq!(d[0].path.to_string(), "/interactive/action/sections");
}

#[test]
fn section_title_length() {
    let d = assert_reports(&set(LIST, "/interactive/action/sections/0/title", json!("t".repeat(25))), "LW422");
    assert_eq!(d[0].path.to_string(), "/interactive/action/sections/0/title");
    assert_not_reported(&set(LIST, "/interactive/action/sections/0/title", json!("t".repeat(24))), "LW422");
    assert_reports(&set(PRODUCT_LIST, "/interactive/action/sections/1/title", json!("t".repeat(25))), "LW422");
}

#[test]
fn section_title_required_with_several_sections() {
    let d = assert_reports(&remove(LIST, "/interactive/action/sections/1/title"), "LW423");
    assert_eq!(d[0].path.to_string(), "/interactive/action/sections/1/title");
    assert_not_reported(LIST, "LW423");
    assert_reports(&remove(PRODUCT_LIST, "/interactive/action/sections/0/title"), "LW423");
}

#[test]
fn single_untitled_section_is_a_warning() {
    let one = remove(LIST, "/interactive/action/sections/1");
    let d = assert_reports(&remove(&one, "/interactive/action/sections/0/title"), "LW424");
    assert_eq!(d[0].severity, crate::Severity::Warning);
    assert_eq!(d[0].path.to_string(), "/interactive/action/sections/0/title");
    assert_not_reported(&remove(&one, "/interactive/action/sections/0/title"), "LW423");
    assert_not_reported(&one, "LW424");
}

#[test]
fn sections_are_not_empty() {
    let d = assert_reports(&set(LIST, "/interactive/action/sections/1/rows", json!([])), "LW425");
    assert_eq!(d[0].path.to_string(), "/interactive/action/sections/1/rows");
    assert_not_reported(LIST, "LW425");
    let d = assert_reports(&set(PRODUCT_LIST, "/interactive/action/sections/1/product_items", json!([])), "LW425");
    assert_eq!(d[0].path.to_string(), "/interactive/action/sections/1/product_items");
    let d = assert_reports(&remove(LIST, "/interactive/action/sections/1/rows"), "LW007");
    at(&d, "/interactive/action/sections/1/rows");
}

#[test]
fn at_most_ten_rows_in_total() {
    // Section 0 has 2 rows; 9 more make 11.
    let rows: Vec<_> = (0..9).map(|i| row(&format!("r{i}"))).collect();
    let d = assert_reports(&set(LIST, "/interactive/action/sections/1/rows", json!(rows)), "LW426");
    assert_eq!(d[0].path.to_string(), "/interactive/action/sections");
    assert_eq!(d[0].message, "the list has 11 rows across its sections; the limit is 10");
    let rows: Vec<_> = (0..8).map(|i| row(&format!("r{i}"))).collect();
    assert_not_reported(&set(LIST, "/interactive/action/sections/1/rows", json!(rows)), "LW426");
}

#[test]
fn row_id() {
    let d = assert_reports(&set(LIST, "/interactive/action/sections/0/rows/0/id", json!("i".repeat(201))), "LW427");
    assert_eq!(d[0].path.to_string(), "/interactive/action/sections/0/rows/0/id");
    assert_not_reported(&set(LIST, "/interactive/action/sections/0/rows/0/id", json!("i".repeat(200))), "LW427");
    let d = assert_reports(&remove(LIST, "/interactive/action/sections/0/rows/0/id"), "LW007");
    at(&d, "/interactive/action/sections/0/rows/0/id");
}

#[test]
fn row_ids_are_unique_across_sections() {
    let json = set(LIST, "/interactive/action/sections/1/rows/0/id", json!("slot-tomorrow-am"));
    let d = assert_reports(&json, "LW428");
    assert_eq!(d[0].path.to_string(), "/interactive/action/sections/1/rows/0/id");
    assert_eq!(d[0].message, "this row id repeats the one at /interactive/action/sections/0/rows/0/id");
    assert_not_reported(LIST, "LW428");
}

#[test]
fn row_title_and_description() {
    let d = assert_reports(&set(LIST, "/interactive/action/sections/0/rows/1/title", json!("t".repeat(25))), "LW429");
    assert_eq!(d[0].path.to_string(), "/interactive/action/sections/0/rows/1/title");
    assert_eq!(d[0].message, "row title is 25 characters; the limit is 24");
    assert_not_reported(&set(LIST, "/interactive/action/sections/0/rows/1/title", json!("t".repeat(24))), "LW429");
    let path = "/interactive/action/sections/0/rows/1/description";
    let d = assert_reports(&set(LIST, path, json!("d".repeat(73))), "LW430");
    assert_eq!(d[0].path.to_string(), path);
    assert_not_reported(&set(LIST, path, json!("d".repeat(72))), "LW430");
    let d = assert_reports(&remove(LIST, "/interactive/action/sections/0/rows/1/title"), "LW007");
    at(&d, "/interactive/action/sections/0/rows/1/title");
}
