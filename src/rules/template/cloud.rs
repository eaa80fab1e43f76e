//! Template parameters and components that only Cloud API JSON has: `product` (single-product
//! templates and product-card carousels), `ttl_minutes` (call buttons), `tap_target_configuration`
//! (component and parameter), and the `order_details` action of order details buttons.
//!
//! Sources: Meta, Single-product message templates; Product card carousel templates; Tap target
//! title URL override; Calling API: Call button messages and deep links; Payments: order details
//! templates (Meta's documentation as of December 2025).

use crate::rules::cloud::TAP_TARGET_INVALID;
use crate::rules::cloud::calling::check_ttl;
use crate::rules::cloud::commerce::check_order_details;
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, quote};
use crate::rules::shape::{Obj, Shape, Ty, req};
use crate::rules::strings::has_http_scheme;

/// `{"type": "product", "product": {"product_retailer_id", "catalog_id"}}`.
pub(crate) static PRODUCT: Shape = Shape {
    cache: Shape::cache(),
    name: "a product parameter",
    fields: &[req("type", Ty::Str), req("product", Ty::Obj)],
};
pub(crate) static PRODUCT_OBJECT: Shape = Shape {
    cache: Shape::cache(),
    name: "`product`",
    fields: &[req("product_retailer_id", Ty::Str), req("catalog_id", Ty::Str)],
};

/// `{"type": "ttl_minutes", "ttl_minutes": 1–43200}`.
pub(crate) static TTL: Shape = Shape {
    cache: Shape::cache(),
    name: "a ttl_minutes parameter",
    fields: &[req("type", Ty::Str), req("ttl_minutes", Ty::Int)],
};

/// `{"type": "tap_target_configuration", "tap_target_configuration": [{"url", "title"}]}`.
pub(crate) static TAP_TARGET: Shape = Shape {
    cache: Shape::cache(),
    name: "a tap_target_configuration parameter",
    fields: &[req("type", Ty::Str), req("tap_target_configuration", Ty::Arr)],
};
pub(crate) static TAP_TARGET_ENTRY: Shape =
    Shape { cache: Shape::cache(), name: "a tap target", fields: &[req("url", Ty::Str), req("title", Ty::Str)] };

/// `action` of an order_details button: `{"order_details": {…}}`.
pub(crate) static ORDER_DETAILS_ACTION: Shape =
    Shape { cache: Shape::cache(), name: "an order_details button action", fields: &[req("order_details", Ty::Obj)] };

/// Checks a `product` parameter's product: both ids present and not empty.
pub(super) fn check_product(cx: &mut Cx, p: &Obj<'_>) {
    let Some(product) = p.obj(cx, "product", &PRODUCT_OBJECT) else { return };
    for key in ["product_retailer_id", "catalog_id"] {
        if let Some((id, path)) = product.str(key)
            && id.trim().is_empty()
        {
            cx.report(
                &super::codes::PARAMETER_VALUE_EMPTY,
                path,
                Finding::Other(format!("`{key}` is empty; it names the catalog product shown")),
            );
        }
    }
}

/// Checks a `ttl_minutes` parameter (1 to 43200).
pub(super) fn check_ttl_parameter(cx: &mut Cx, p: &Obj<'_>) {
    if let Some((ttl, path)) = p.get("ttl_minutes") {
        check_ttl(cx, ttl, path);
    }
}

/// LW524: at least one tap target, each with an http(s) `url` and a `title`.
pub(super) fn check_tap_target(cx: &mut Cx, p: &Obj<'_>) {
    let Some(list) = p.arr("tap_target_configuration") else { return };
    if list.len() == 0 {
        cx.report(
            &TAP_TARGET_INVALID,
            list.path,
            Finding::TooFew { subject: "`tap_target_configuration`", actual: 0, min: 1 },
        );
    }
    for target in cx.objects(&list, &TAP_TARGET_ENTRY) {
        if let Some((url, path)) = target.str("url")
            && !has_http_scheme(url)
        {
            cx.report(&TAP_TARGET_INVALID, path, Finding::Other(format!("`{}` is not an http(s) URL", quote(url))));
        }
        if let Some((title, path)) = target.str("title")
            && title.trim().is_empty()
        {
            cx.report(&TAP_TARGET_INVALID, path, Finding::Other("the tap target `title` is empty".into()));
        }
    }
}

/// Checks the `order_details` of an order_details button action.
pub(super) fn check_order_details_action(cx: &mut Cx, action: &Obj<'_>) {
    if let Some((details, path)) = action.get("order_details") {
        check_order_details(cx, details, &path);
    }
}
