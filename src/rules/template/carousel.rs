//! The carousel component: `cards`, each with `card_index` and `components` (a media header, an
//! optional body, buttons).

use super::codes::{
    CAROUSEL_CARD_BUTTON_MISSING, CAROUSEL_CARD_HEADER_MISSING, CAROUSEL_CARD_INDEX_INVALID, CAROUSEL_CARD_INDEX_ORDER,
    CAROUSEL_CARDS_COUNT,
};
use super::components::{Level, check_list};
use crate::diagnostic::Dialect;
use crate::rules::cx::Cx;
use crate::rules::finding::Finding;
use crate::rules::path::Path;
use crate::rules::shape::{Obj, Shape, Ty, req};

/// A carousel card: `card_index` is an integer (Meta: "Integer. Zero-indexed card index").
pub(crate) static CARD: Shape = Shape {
    cache: Shape::cache(),
    name: "a carousel card",
    fields: &[req("card_index", Ty::Int), req("components", Ty::Arr)],
};

/// Most cards in a carousel.
const CARDS_MAX: usize = 10;

/// Checks a carousel component's `cards`.
pub(super) fn check(cx: &mut Cx, component: &Obj<'_>) {
    let Some(cards) = component.arr("cards") else { return };
    let n = cards.len();
    // Cloud API JSON: a media-card carousel template is defined with 2 to 10 cards and sent with
    // exactly that many (Meta, Media card carousel templates); product-card carousels send up to 10.
    let min = if cx.dialect == Dialect::Cloud && media_cards(cards.items) { 2 } else { 1 };
    if n < min {
        cx.report(&CAROUSEL_CARDS_COUNT, cards.path, Finding::TooFew { subject: "`cards`", actual: n, min });
    } else if n > CARDS_MAX {
        cx.report(
            &CAROUSEL_CARDS_COUNT,
            cards.path.index(CARDS_MAX),
            Finding::TooMany { subject: "`cards`", actual: n, max: CARDS_MAX },
        );
    }
    let mut seen: Vec<(i64, Path)> = Vec::new();
    let mut all_valid = true;
    let mut out_of_order: Option<Path> = None;
    for (position, (value, path)) in cards.iter().enumerate() {
        let Some(card) = cx.object(value, &path, &CARD) else {
            all_valid = false;
            continue;
        };
        match card.get("card_index").and_then(|(v, p)| Some((v.as_i64()?, p))) {
            Some((index, path)) => {
                if index < 0 || index as usize >= n {
                    all_valid = false;
                    cx.report(
                        &CAROUSEL_CARD_INDEX_INVALID,
                        path,
                        Finding::Other(format!(
                            "`card_index` is {index}; with {n} cards it must be between 0 and {}",
                            n.saturating_sub(1)
                        )),
                    );
                } else if let Some((_, first)) = seen.iter().find(|(i, _)| *i == index) {
                    all_valid = false;
                    let first = *first;
                    cx.report(
                        &CAROUSEL_CARD_INDEX_INVALID,
                        path,
                        Finding::Duplicate { subject: "this `card_index`", first },
                    );
                } else {
                    if index as usize != position && out_of_order.is_none() {
                        out_of_order = Some(path);
                    }
                    seen.push((index, path));
                }
            }
            None => all_valid = false,
        }
        check_card(cx, &card);
    }
    if all_valid && let Some(path) = out_of_order {
        cx.report(
            &CAROUSEL_CARD_INDEX_ORDER,
            path,
            Finding::Other("the cards are not listed in `card_index` order".into()),
        )
        .help("list the card with index 0 first, then 1, …");
    }
}

fn check_card(cx: &mut Cx, card: &Obj<'_>) {
    let Some(components) = card.arr("components") else { return };
    let path = components.path;
    let summary = check_list(cx, &components, Level::Card);
    match summary.header {
        None => {
            cx.report(&CAROUSEL_CARD_HEADER_MISSING, path, Finding::Other("the card has no header component".into()))
                .help("each card starts with a header with one image or video parameter");
        }
        Some(0) => {
            cx.report(&CAROUSEL_CARD_HEADER_MISSING, path, Finding::Other("the card's header has no parameter".into()))
                .help("give the header one image or video parameter");
        }
        Some(_) => {}
    }
    if summary.buttons.is_empty() && cx.dialect == Dialect::Link {
        cx.report(
            &CAROUSEL_CARD_BUTTON_MISSING,
            components.path,
            Finding::Other("the card has no button component".into()),
        )
        .help("add the card's buttons (`type` `button`, `subType` and `index`), as in the template");
    }
}

/// True when the first card's header parameter is an image or a video (a media-card carousel).
pub(crate) fn media_cards(cards: &[crate::json::tree::Value]) -> bool {
    let first = cards.first().and_then(|c| c.get("components")).and_then(crate::json::tree::Value::as_array);
    first.into_iter().flatten().any(|c| {
        c.get("type").and_then(crate::json::tree::Value::as_str) == Some("header")
            && c.get("parameters").and_then(crate::json::tree::Value::as_array).is_some_and(|ps| {
                ps.iter().any(|p| {
                    matches!(p.get("type").and_then(crate::json::tree::Value::as_str), Some("image" | "video"))
                })
            })
    })
}
