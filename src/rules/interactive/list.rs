//! List messages: `action.button` and `action.sections[].rows[]`; and the section rules
//! (count, title) that product_list messages share.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Interactive action", "Interactive section";
//! Cloud API reference (limits tables), "Interactive list".

use super::text::{self, Seen};
use super::{
    LIST_BUTTON_TOO_LONG, LIST_ROWS_TOO_MANY, ROW_DESCRIPTION_TOO_LONG, ROW_ID_DUPLICATE, ROW_ID_TOO_LONG,
    ROW_TITLE_TOO_LONG, SECTION_EMPTY, SECTION_TITLE_MISSING_SINGLE, SECTION_TITLE_REQUIRED, SECTION_TITLE_TOO_LONG,
    SECTIONS_COUNT_OUT_OF_RANGE,
};
use crate::diagnostic::Dialect;
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::Finding;
use crate::rules::path::Path;
use crate::rules::shape::{Obj, Shape, Ty, opt, req};

pub(crate) static LIST_ACTION: Shape = Shape {
    cache: Shape::cache(),
    name: "the `action` of a list message",
    fields: &[req("button", Ty::Str), req("sections", Ty::Arr)],
};

pub(crate) static LIST_SECTION: Shape =
    Shape { cache: Shape::cache(), name: "a list section", fields: &[opt("title", Ty::Str), req("rows", Ty::Arr)] };

pub(crate) static ROW: Shape = Shape {
    cache: Shape::cache(),
    name: "a list row",
    fields: &[req("id", Ty::Str), req("title", Ty::Str), opt("description", Ty::Str)],
};

/// Most rows a list message may have, across all sections.
const MAX_ROWS: usize = 10;

/// Checks the `action` of a list message at `path`.
pub(super) fn check(cx: &mut Cx, value: &Value, path: &Path) {
    let Some(action) = cx.object(value, path, &LIST_ACTION) else { return };
    if let Some((button, p)) = action.str("button")
        && !text::empty(cx, button, &p, "list button")
    {
        text::too_long(cx, &LIST_BUTTON_TOO_LONG, button, &p, "list button", 20);
        // Meta's reference: "Emojis are supported, markdown is not"; LINK: no emoji.
        let emoji = cx.dialect == Dialect::Link;
        text::plain_label(cx, button, &p, "list button", emoji, true);
    }
    let sections = sections(cx, &action, &LIST_SECTION);
    let mut ids = Seen::default();
    let mut total = 0;
    for section in &sections {
        let Some(rows) = section.arr("rows") else { continue };
        if rows.len() == 0 {
            cx.report(&SECTION_EMPTY, rows.path, Finding::TooFew { subject: "`rows`", actual: 0, min: 1 });
        }
        total += rows.len();
        for row in cx.objects(&rows, &ROW) {
            check_row(cx, &row, &mut ids);
        }
    }
    if total > MAX_ROWS
        && let Some(arr) = action.arr("sections")
    {
        cx.report(
            &LIST_ROWS_TOO_MANY,
            arr.path,
            Finding::Other(format!("the list has {total} rows across its sections; the limit is {MAX_ROWS}")),
        );
    }
}

fn check_row<'v>(cx: &mut Cx, row: &Obj<'v>, ids: &mut Seen<'v>) {
    if let Some((id, p)) = row.str("id")
        && !text::empty(cx, id, &p, "row id")
    {
        text::too_long(cx, &ROW_ID_TOO_LONG, id, &p, "row id", 200);
        ids.check(cx, &ROW_ID_DUPLICATE, id, &p, "this row id");
    }
    if let Some((title, p)) = row.str("title")
        && !text::empty(cx, title, &p, "row title")
    {
        text::too_long(cx, &ROW_TITLE_TOO_LONG, title, &p, "row title", 24);
    }
    if let Some((description, p)) = row.str("description") {
        text::too_long(cx, &ROW_DESCRIPTION_TOO_LONG, description, &p, "row description", 72);
    }
}

/// Checks `action.sections` of a list or product_list message: 1 to 10 sections, each an object
/// of `shape` with a title (required when there is more than one section, at most 24
/// characters). Returns the sections that are objects.
pub(super) fn sections<'v>(cx: &mut Cx, action: &Obj<'v>, shape: &'static Shape) -> Vec<Obj<'v>> {
    let Some(arr) = action.arr("sections") else { return Vec::new() };
    text::count(cx, &SECTIONS_COUNT_OUT_OF_RANGE, &arr, "`sections`", 1, 10);
    let sections = cx.objects(&arr, shape);
    let several = arr.len() > 1;
    for section in &sections {
        match section.str("title") {
            Some((title, p)) => {
                if !text::empty(cx, title, &p, "section title") {
                    text::too_long(cx, &SECTION_TITLE_TOO_LONG, title, &p, "section title", 24);
                }
            }
            None if section.has("title") => {}
            None if several => {
                cx.report(
                    &SECTION_TITLE_REQUIRED,
                    section.path.key("title"),
                    Finding::Other(format!(
                        "the section has no `title`; with {} sections every section needs one",
                        arr.len()
                    )),
                )
                .help("add a `title` of at most 24 characters");
            }
            // The Cloud API accepts a single untitled section.
            None if cx.dialect == Dialect::Cloud => {}
            None => {
                cx.report(
                    &SECTION_TITLE_MISSING_SINGLE,
                    section.path.key("title"),
                    Finding::Other("the only section has no `title`; LINK's section table marks it required".into()),
                )
                .help("add a `title` of at most 24 characters");
            }
        }
    }
    sections
}
