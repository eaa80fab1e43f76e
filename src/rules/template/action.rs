//! The `action` of an action parameter: catalog buttons (a thumbnail), multi-product (`mpm`)
//! buttons (sections of products, Service4U) and flow buttons (Meta's flow token and data).

use super::codes::{MPM_SECTION_EMPTY, MPM_SECTION_TITLE_TOO_LONG, MPM_SECTIONS_COUNT, MPM_TOO_MANY_PRODUCTS};
use super::parameters::SubType;
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, Unit};
use crate::rules::shape::{Obj, Shape, Ty, chars, opt, req};

/// Catalog button: the thumbnail is optional (Meta uses the first catalog item without it).
static CATALOG: Shape = Shape {
    cache: Shape::cache(),
    name: "a catalog button action",
    fields: &[opt("thumbnail_product_retailer_id", Ty::Str)],
};

/// mpm button: thumbnail and sections are required.
static MPM: Shape = Shape {
    cache: Shape::cache(),
    name: "an mpm button action",
    fields: &[req("thumbnail_product_retailer_id", Ty::Str), req("sections", Ty::Arr)],
};

/// flow button (Meta): both optional.
static FLOW: Shape = Shape {
    cache: Shape::cache(),
    name: "a flow button action",
    fields: &[opt("flow_token", Ty::Str), opt("flow_action_data", Ty::Obj)],
};

/// An action outside a button of known sub type: every member any of them takes.
pub(crate) static ANY: Shape = Shape {
    cache: Shape::cache(),
    name: "an action",
    fields: &[
        opt("thumbnail_product_retailer_id", Ty::Str),
        opt("sections", Ty::Arr),
        opt("flow_token", Ty::Str),
        opt("flow_action_data", Ty::Obj),
    ],
};

pub(crate) static SECTION: Shape = Shape {
    cache: Shape::cache(),
    name: "an mpm section",
    fields: &[opt("title", Ty::Str), req("product_items", Ty::Arr)],
};

pub(crate) static PRODUCT: Shape =
    Shape { cache: Shape::cache(), name: "a product item", fields: &[req("product_retailer_id", Ty::Str)] };

/// Most sections of an mpm button.
const SECTIONS_MAX: usize = 10;
/// Longest section title, in characters.
const TITLE_MAX: usize = 24;
/// Most products across all sections.
const PRODUCTS_MAX: usize = 30;

/// Checks the `action` of an action parameter in a button of sub type `sub`.
pub(super) fn check(cx: &mut Cx, param: &Obj<'_>, sub: Option<SubType>) {
    let shape = match sub {
        Some(SubType::Catalog) => &CATALOG,
        Some(SubType::Mpm) => &MPM,
        Some(SubType::Flow) => &FLOW,
        Some(SubType::OrderDetails) => &super::cloud::ORDER_DETAILS_ACTION,
        _ => &ANY,
    };
    let Some(action) = param.obj(cx, "action", shape) else { return };
    if sub == Some(SubType::OrderDetails) {
        super::cloud::check_order_details_action(cx, &action);
    }
    if sub == Some(SubType::Mpm) {
        check_mpm(cx, &action);
    }
}

fn check_mpm(cx: &mut Cx, action: &Obj<'_>) {
    let Some(sections) = action.arr("sections") else { return };
    let n = sections.len();
    if n == 0 {
        cx.report(&MPM_SECTIONS_COUNT, sections.path, Finding::TooFew { subject: "`sections`", actual: 0, min: 1 });
    } else if n > SECTIONS_MAX {
        cx.report(
            &MPM_SECTIONS_COUNT,
            sections.path.index(SECTIONS_MAX),
            Finding::TooMany { subject: "`sections`", actual: n, max: SECTIONS_MAX },
        );
    }
    let mut products = 0;
    for section in cx.objects(&sections, &SECTION) {
        if let Some((title, path)) = section.str("title") {
            let len = chars(title);
            if len > TITLE_MAX {
                cx.report(
                    &MPM_SECTION_TITLE_TOO_LONG,
                    path,
                    Finding::TooLong { subject: "the section title", actual: len, max: TITLE_MAX, unit: Unit::Chars },
                );
            }
        }
        let Some(items) = section.arr("product_items") else { continue };
        if items.len() == 0 {
            cx.report(
                &MPM_SECTION_EMPTY,
                items.path,
                Finding::TooFew { subject: "`product_items`", actual: 0, min: 1 },
            )
            .help("list at least one `{\"product_retailer_id\": …}`, or remove the section");
        }
        for (item, path) in items.iter() {
            products += 1;
            if products == PRODUCTS_MAX + 1 {
                cx.report(
                    &MPM_TOO_MANY_PRODUCTS,
                    path,
                    Finding::Other(format!(
                        "this is product item {products}; an mpm button lists at most {PRODUCTS_MAX} across all sections"
                    )),
                );
            }
            cx.object(item, &path, &PRODUCT);
        }
    }
}
