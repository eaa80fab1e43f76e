//! Payments: the `order_details` object (interactive `order_details` with `action.name:
//! review_and_pay`, and template buttons of sub type `order_details`) and interactive
//! `order_status` messages (`action.name: review_order`).
//!
//! Meta documents these per country (India, Singapore, Brazil); the checks here are the ones the
//! pages share. Amounts are `{value, offset}` integers (value × 1/offset units). One page calls
//! `parameters` "a stringified JSON object" while every example gives an object: an object is
//! checked, a string is accepted unchecked.
//!
//! Sources: Meta, Payments API (India): Payment Gateway (order_details, Step 6: order status);
//! Payments (Brazil): order details templates; OpenAPI v23 examples "Send Order Details Message",
//! "Send Order Status Message" (Meta's documentation as of December 2025).

use super::codes::{ORDER_DETAILS_INVALID, ORDER_STATUS_INVALID};
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, Unit, quote};
use crate::rules::path::Path;
use crate::rules::shape::{Obj, Shape, Ty, chars, opt, req};

pub(crate) static ORDER_DETAILS: Shape = Shape {
    cache: Shape::cache(),
    name: "`order_details`",
    fields: &[
        req("reference_id", Ty::Str),
        req("type", Ty::Str),
        opt("payment_type", Ty::Str),
        opt("payment_settings", Ty::Arr),
        opt("payment_configuration", Ty::Str),
        req("currency", Ty::Str),
        req("total_amount", Ty::Obj),
        req("order", Ty::Obj),
    ],
};

pub(crate) static ORDER: Shape = Shape {
    cache: Shape::cache(),
    name: "`order`",
    fields: &[
        req("status", Ty::Str),
        opt("type", Ty::Str),
        req("items", Ty::Arr),
        req("subtotal", Ty::Obj),
        opt("tax", Ty::Obj),
        opt("shipping", Ty::Obj),
        opt("discount", Ty::Obj),
        opt("catalog_id", Ty::Str),
        opt("expiration", Ty::Obj),
    ],
};

pub(crate) static STATUS_PARAMETERS: Shape = Shape {
    cache: Shape::cache(),
    name: "order_status `parameters`",
    fields: &[req("reference_id", Ty::Str), req("order", Ty::Obj), opt("payment", Ty::Obj)],
};

pub(crate) static STATUS_ORDER: Shape =
    Shape { cache: Shape::cache(), name: "`order`", fields: &[req("status", Ty::Str), opt("description", Ty::Str)] };

const GOODS: &[&str] = &["digital-goods", "physical-goods"];
const CURRENCIES: &[&str] = &["INR", "SGD", "BRL"];
/// The request table and examples spell `partially_shipped`; the status tables of the same pages
/// spell `partially-shipped` and list `pending` (from which every other status can be reached):
/// all are accepted.
const ORDER_STATUSES: &[&str] =
    &["pending", "processing", "partially_shipped", "partially-shipped", "shipped", "completed", "canceled"];
const REFERENCE_MAX: usize = 35;
const ITEM_NAME_MAX: usize = 60;
const STATUS_DESCRIPTION_MAX: usize = 120;

/// Checks an `order_details` object at `path` (the interactive action's `parameters`, or a
/// template button action's `order_details`).
pub(crate) fn check_order_details(cx: &mut Cx, value: &Value, path: &Path<'_>) {
    if value.is_string() {
        return; // "a stringified JSON object" (one page); not checked
    }
    let Some(details) = cx.object(value, path, &ORDER_DETAILS) else { return };
    if let Some((id, p)) = details.str("reference_id") {
        check_reference(cx, id, p);
    }
    if let Some((kind, p)) = details.str("type")
        && !GOODS.contains(&kind)
    {
        cx.report(
            &ORDER_DETAILS_INVALID,
            p,
            Finding::NotOneOf { subject: "order type", actual: kind.to_owned(), allowed: GOODS },
        );
    }
    if let Some((currency, p)) = details.str("currency")
        && !CURRENCIES.contains(&currency)
    {
        cx.report(
            &ORDER_DETAILS_INVALID,
            p,
            Finding::NotOneOf { subject: "order currency", actual: currency.to_owned(), allowed: CURRENCIES },
        );
    }
    let Some(order) = details.obj(cx, "order", &ORDER) else { return };
    if let Some((status, p)) = order.str("status")
        && status != "pending"
    {
        cx.report(
            &ORDER_DETAILS_INVALID,
            p,
            Finding::NotOneOf {
                subject: "order status in order_details",
                actual: status.to_owned(),
                allowed: &["pending"],
            },
        )
        .help("later statuses are sent in an `order_status` message");
    }
    if let Some(items) = order.arr("items") {
        if items.len() == 0 {
            cx.report(&ORDER_DETAILS_INVALID, items.path, Finding::TooFew { subject: "`items`", actual: 0, min: 1 });
        }
        for (item, _) in items.iter() {
            if let Some(name) = item.get("name").and_then(Value::as_str)
                && chars(name) > ITEM_NAME_MAX
            {
                cx.report(
                    &ORDER_DETAILS_INVALID,
                    Path::at(&item["name"]),
                    Finding::TooLong {
                        subject: "an item name",
                        actual: chars(name),
                        max: ITEM_NAME_MAX,
                        unit: Unit::Chars,
                    },
                );
            }
        }
    }
    check_total(cx, &details, &order);
}

fn check_reference(cx: &mut Cx, id: &str, path: Path<'_>) {
    let valid = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.');
    let len = chars(id);
    if len > REFERENCE_MAX {
        cx.report(
            &ORDER_DETAILS_INVALID,
            path,
            Finding::TooLong { subject: "`reference_id`", actual: len, max: REFERENCE_MAX, unit: Unit::Chars },
        );
    } else if id.is_empty() || !id.chars().all(valid) {
        cx.report(
            &ORDER_DETAILS_INVALID,
            path,
            Finding::Other(format!(
                "`reference_id` `{}` has characters other than letters, digits, `_`, `-`, `.`",
                quote(id)
            )),
        );
    }
}

/// The value of an amount object, when it is an integer.
fn amount(obj: Option<&Obj<'_>>, key: &str) -> Option<i64> {
    obj?.map.get(key)?.get("value")?.as_i64()
}

/// `total_amount.value` = subtotal + tax + shipping − discount, when every amount given has an
/// integer value.
fn check_total(cx: &mut Cx, details: &Obj<'_>, order: &Obj<'_>) {
    let Some(total) = details.map.get("total_amount").and_then(|t| t.get("value")).and_then(Value::as_i64) else {
        return;
    };
    let Some(subtotal) = amount(Some(order), "subtotal") else { return };
    let mut expected = subtotal;
    for (key, sign) in [("tax", 1), ("shipping", 1), ("discount", -1)] {
        match order.map.get(key) {
            None => {}
            Some(_) => match amount(Some(order), key) {
                Some(v) => expected += sign * v,
                None => return,
            },
        }
    }
    if total != expected {
        cx.report(
            &ORDER_DETAILS_INVALID,
            Path::at(&details.map["total_amount"]["value"]),
            Finding::Other(format!(
                "`total_amount.value` is {total}, but subtotal + tax + shipping − discount is {expected}"
            )),
        );
    }
}

/// Checks the `action` of an interactive `order_status` message: `parameters` with
/// `reference_id` and `order.status`.
pub(crate) fn check_order_status(cx: &mut Cx, params: &Value, path: &Path<'_>) {
    let Some(params) = cx.object(params, path, &STATUS_PARAMETERS) else { return };
    if let Some((id, p)) = params.str("reference_id")
        && id.trim().is_empty()
    {
        cx.report(
            &ORDER_STATUS_INVALID,
            p,
            Finding::Other("`reference_id` is empty; it names the order_details message's order".into()),
        );
    }
    let Some(order) = params.obj(cx, "order", &STATUS_ORDER) else { return };
    if let Some((status, p)) = order.str("status")
        && !ORDER_STATUSES.contains(&status)
    {
        cx.report(
            &ORDER_STATUS_INVALID,
            p,
            Finding::NotOneOf { subject: "order status", actual: status.to_owned(), allowed: ORDER_STATUSES },
        );
    }
    if let Some((text, p)) = order.str("description") {
        let len = chars(text);
        if len > STATUS_DESCRIPTION_MAX {
            cx.report(
                &ORDER_STATUS_INVALID,
                p,
                Finding::TooLong {
                    subject: "the status description",
                    actual: len,
                    max: STATUS_DESCRIPTION_MAX,
                    unit: Unit::Chars,
                },
            );
        }
    }
}
