//! Tests of the interactive rules, one module per object family. Each test starts from a valid
//! fixture (`fixtures/link/interactive/valid/`) and changes only the point under test, so the
//! failing and the passing case differ in that point alone.

mod address;
mod buttons;
mod carousel;
mod cloud;
mod cta_url;
mod flow;
mod general;
mod header;
mod list;
mod product;
mod spec_examples;

use crate::Diagnostic;
use serde_json::Value;

macro_rules! valid {
    ($name:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/link/interactive/valid/", $name, ".json"))
    };
}

pub(super) const LIST: &str = valid!("list");
pub(super) const BUTTON: &str = valid!("button");
pub(super) const PRODUCT: &str = valid!("product");
pub(super) const PRODUCT_LIST: &str = valid!("product-list");
pub(super) const CATALOG: &str = valid!("catalog-message");
pub(super) const FLOW: &str = valid!("flow");
pub(super) const FLOW_DATA_EXCHANGE: &str = valid!("flow-data-exchange");
pub(super) const CTA_URL: &str = valid!("cta-url");
pub(super) const LOCATION: &str = valid!("location-request");
pub(super) const ADDRESS_IN: &str = valid!("address-india");
pub(super) const ADDRESS_SG: &str = valid!("address-singapore");
pub(super) const CAROUSEL_PRODUCT: &str = valid!("carousel-product");
pub(super) const CAROUSEL_MEDIA: &str = valid!("carousel-media");
pub(super) const CAROUSEL_QUICK: &str = valid!("carousel-media-quick-replies");

/// `json` with the value at `pointer` set to `value` (a new member, a replaced one, or an array
/// element; index `len` appends).
pub(super) fn set(json: &str, pointer: &str, value: Value) -> String {
    let mut doc: Value = serde_json::from_str(json).expect("test JSON parses");
    let (parent, last) = pointer.rsplit_once('/').expect("pointer has a parent");
    match doc.pointer_mut(parent).unwrap_or_else(|| panic!("no {parent} in the document")) {
        Value::Object(map) => {
            map.insert(last.to_owned(), value);
        }
        Value::Array(items) => {
            let i: usize = last.parse().expect("array index");
            if i == items.len() {
                items.push(value);
            } else {
                items[i] = value;
            }
        }
        _ => panic!("{parent} is not a container"),
    }
    doc.to_string()
}

/// `json` without the member or element at `pointer`.
pub(super) fn remove(json: &str, pointer: &str) -> String {
    let mut doc: Value = serde_json::from_str(json).expect("test JSON parses");
    let (parent, last) = pointer.rsplit_once('/').expect("pointer has a parent");
    match doc.pointer_mut(parent).unwrap_or_else(|| panic!("no {parent} in the document")) {
        Value::Object(map) => assert!(map.remove(last).is_some(), "no {pointer}"),
        Value::Array(items) => {
            items.remove(last.parse::<usize>().expect("array index"));
        }
        _ => panic!("{parent} is not a container"),
    }
    doc.to_string()
}

/// The value at `pointer` in `json`.
pub(super) fn get(json: &str, pointer: &str) -> Value {
    let doc: Value = serde_json::from_str(json).expect("test JSON parses");
    doc.pointer(pointer).unwrap_or_else(|| panic!("no {pointer}")).clone()
}

/// Asserts that one of `found` is at `path`, and returns it.
#[track_caller]
pub(super) fn at<'d>(found: &'d [Diagnostic], path: &str) -> &'d Diagnostic {
    found.iter().find(|d| d.path.to_string() == path).unwrap_or_else(|| {
        let paths: Vec<String> = found.iter().map(|d| d.path.to_string()).collect();
        panic!("nothing at {path}; found at {paths:?}")
    })
}
