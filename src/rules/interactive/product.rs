//! Product messages: single product (`product`), multi-product (`product_list`) and catalog
//! (`catalog_message`).
//!
//! The 1.6/1.6.1 action table names `thumbnail_product_retailer_id` as "required for Single
//! Product and Multi-Product Messages", while the product example (and Meta) use
//! `product_retailer_id`; `thumbnail_product_retailer_id` belongs to catalog_message parameters.
//! linkwa follows the example: in a product action `thumbnail_product_retailer_id` is an unknown
//! member (LW005, with "did you mean `product_retailer_id`?").
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Interactive action", "Interactive section",
//! "Interactive action parameters".

use super::list::sections;
use super::text;
use super::{PRODUCT_ITEMS_TOO_MANY, SECTION_EMPTY, action_name};
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::Finding;
use crate::rules::path::Path;
use crate::rules::shape::{Obj, Shape, Ty, opt, req};

pub(crate) static PRODUCT_ACTION: Shape = Shape {
    cache: Shape::cache(),
    name: "the `action` of a product message",
    fields: &[req("catalog_id", Ty::Str), req("product_retailer_id", Ty::Str)],
};

pub(crate) static PRODUCT_LIST_ACTION: Shape = Shape {
    cache: Shape::cache(),
    name: "the `action` of a product_list message",
    fields: &[req("catalog_id", Ty::Str), req("sections", Ty::Arr)],
};

pub(crate) static PRODUCT_SECTION: Shape = Shape {
    cache: Shape::cache(),
    name: "a product section",
    fields: &[opt("title", Ty::Str), req("product_items", Ty::Arr)],
};

pub(crate) static PRODUCT_ITEM: Shape =
    Shape { cache: Shape::cache(), name: "a product item", fields: &[req("product_retailer_id", Ty::Str)] };

pub(crate) static CATALOG_ACTION: Shape = Shape {
    cache: Shape::cache(),
    name: "the `action` of a catalog_message",
    fields: &[req("name", Ty::Str), opt("parameters", Ty::Obj)],
};

pub(crate) static CATALOG_PARAMETERS: Shape = Shape {
    cache: Shape::cache(),
    name: "catalog_message `parameters`",
    fields: &[opt("thumbnail_product_retailer_id", Ty::Str)],
};

/// Most product items a product_list message may have, across all sections.
const MAX_ITEMS: usize = 30;

/// Checks the `action` of a product message at `path`.
pub(super) fn check_product(cx: &mut Cx, value: &Value, path: &Path) {
    if let Some(action) = cx.object(value, path, &PRODUCT_ACTION) {
        ids(cx, &action);
    }
}

/// Checks the `action` of a product_list message at `path`.
pub(super) fn check_product_list(cx: &mut Cx, value: &Value, path: &Path) {
    let Some(action) = cx.object(value, path, &PRODUCT_LIST_ACTION) else { return };
    ids(cx, &action);
    let mut total = 0;
    for section in sections(cx, &action, &PRODUCT_SECTION) {
        let Some(items) = section.arr("product_items") else { continue };
        if items.len() == 0 {
            cx.report(&SECTION_EMPTY, items.path, Finding::TooFew { subject: "`product_items`", actual: 0, min: 1 });
        }
        total += items.len();
        for item in cx.objects(&items, &PRODUCT_ITEM) {
            ids(cx, &item);
        }
    }
    if total > MAX_ITEMS
        && let Some(arr) = action.arr("sections")
    {
        cx.report(
            &PRODUCT_ITEMS_TOO_MANY,
            arr.path,
            Finding::Other(format!(
                "the message has {total} product items across its sections; the limit is {MAX_ITEMS}"
            )),
        );
    }
}

/// Checks the `action` of a catalog_message at `path`.
pub(super) fn check_catalog(cx: &mut Cx, value: &Value, path: &Path) {
    let Some(action) = cx.object(value, path, &CATALOG_ACTION) else { return };
    action_name(cx, &action, &["catalog_message"]);
    if let Some(parameters) = action.obj(cx, "parameters", &CATALOG_PARAMETERS)
        && let Some((id, p)) = parameters.str("thumbnail_product_retailer_id")
    {
        text::empty(cx, id, &p, "`thumbnail_product_retailer_id`");
    }
}

/// Reports empty `catalog_id` and `product_retailer_id` members of `obj` (those it declares).
fn ids(cx: &mut Cx, obj: &Obj<'_>) {
    for (key, subject) in [("catalog_id", "`catalog_id`"), ("product_retailer_id", "`product_retailer_id`")] {
        if obj.has(key)
            && let Some((id, p)) = obj.str(key)
        {
            text::empty(cx, id, &p, subject);
        }
    }
}
