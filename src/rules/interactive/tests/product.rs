//! Product, product_list and catalog_message.

use super::*;
use crate::rules::testing::*;
use serde_json::json;

#[test]
fn product_ids_are_required() {
    for key in ["catalog_id", "product_retailer_id"] {
        let d = assert_reports(&remove(PRODUCT, &format!("/interactive/action/{key}")), "LW007");
        at(&d, &format!("/interactive/action/{key}"));
    }
    assert_reports(&set(PRODUCT, "/interactive/action/catalog_id", json!("")), "LW403");
    assert_not_reported(PRODUCT, "LW007");
}

#[test]
fn product_list_members() {
    let d = assert_reports(&remove(PRODUCT_LIST, "/interactive/action/catalog_id"), "LW007");
    at(&d, "/interactive/action/catalog_id");
    let d = assert_reports(
        &remove(PRODUCT_LIST, "/interactive/action/sections/0/product_items/0/product_retailer_id"),
        "LW007",
    );
    at(&d, "/interactive/action/sections/0/product_items/0/product_retailer_id");
}

#[test]
fn at_most_thirty_product_items() {
    let items =
        |n: usize| json!((0..n).map(|i| json!({"product_retailer_id": format!("SKU-{i}")})).collect::<Vec<_>>());
    // Section 1 has 1 item; 30 in section 0 make 31.
    let d = assert_reports(&set(PRODUCT_LIST, "/interactive/action/sections/0/product_items", items(30)), "LW445");
    assert_eq!(d[0].path.to_string(), "/interactive/action/sections");
    assert_eq!(d[0].message, "the message has 31 product items across its sections; the limit is 30");
    assert_not_reported(&set(PRODUCT_LIST, "/interactive/action/sections/0/product_items", items(29)), "LW445");
}

#[test]
fn catalog_message_parameters() {
    assert_not_reported(&remove(CATALOG, "/interactive/action/parameters"), "LW007");
    let json = set(CATALOG, "/interactive/action/parameters", json!({"thumbnail_retailer_id": "SKU"}));
    let d = assert_reports(&json, "LW005");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `thumbnail_product_retailer_id`?"));
}
