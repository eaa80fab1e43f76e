//! Carousel messages (LINK 1.6.1): `action.cards[]`, either product cards
//! (`type: product`, `action { product_retailer_id, catalog_id }`) or media cards
//! (`type: cta_url`, image/video `header`, optional `body`, and a URL button or quick replies).
//! The main header and footer are rejected in `mod.rs`/`header.rs`.
//!
//! The media card table marks `display_text` and `url` as not required; a URL button without
//! label or target cannot be shown, and Meta requires both, so a card's `parameters` are checked
//! as a cta_url message's are (both required).
//!
//! In Cloud API JSON a media card's `type` is optional (the Cloud API reference's card table has
//! none).
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Interactive Product carousel action cards
//! parameters", "Interactive Media carousel action cards parameters"; Cloud API reference (limits
//! tables), "Interactive carousel".

use super::buttons::Replies;
use super::cta_url::{CTA_PARAMETERS, check_parameters};
use super::header::{self, CARD_HEADER_TYPES};
use super::text;
use super::{
    CAROUSEL_CARD_BODY_TOO_LONG, CAROUSEL_CARD_BODY_TOO_MANY_LINE_BREAKS, CAROUSEL_CARD_BUTTONS_DIFFER,
    CAROUSEL_CARD_BUTTONS_INVALID, CAROUSEL_CARD_HEADERS_DIFFER, CAROUSEL_CARD_INDEX_DUPLICATE,
    CAROUSEL_CARD_INDEX_OUT_OF_RANGE, CAROUSEL_CARD_INDEX_POSITION, CAROUSEL_CARD_MEDIA_LINK_MISSING,
    CAROUSEL_CARD_TYPE_INVALID, CAROUSEL_CARDS_COUNT_OUT_OF_RANGE, CAROUSEL_CARDS_MIXED, QUICK_REPLY_TYPE_INVALID,
    action_name, missing,
};
use crate::diagnostic::Dialect;
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::Finding;
use crate::rules::path::Path;
use crate::rules::placeholder;
use crate::rules::shape::{Obj, Shape, Ty, opt, req};

pub(crate) static CAROUSEL_ACTION: Shape =
    Shape { cache: Shape::cache(), name: "the `action` of a carousel message", fields: &[req("cards", Ty::Arr)] };

pub(crate) static PRODUCT_CARD: Shape = Shape {
    cache: Shape::cache(),
    name: "a product card",
    fields: &[req("card_index", Ty::Int), req("type", Ty::Str), req("action", Ty::Obj)],
};

pub(crate) static PRODUCT_CARD_ACTION: Shape = Shape {
    cache: Shape::cache(),
    name: "a product card's `action`",
    fields: &[req("product_retailer_id", Ty::Str), req("catalog_id", Ty::Str)],
};

pub(crate) static MEDIA_CARD: Shape = Shape {
    cache: Shape::cache(),
    name: "a media card",
    fields: &[
        req("card_index", Ty::Int),
        req("type", Ty::Str),
        req("header", Ty::Obj),
        opt("body", Ty::Obj),
        req("action", Ty::Obj),
    ],
};

/// A media card in Cloud API JSON: the Cloud API reference's card table (004) has no `type`
/// (its example and Meta's syntax send `"type": "cta_url"`), so it is optional there.
pub(crate) static CLOUD_MEDIA_CARD: Shape = Shape {
    cache: Shape::cache(),
    name: "a media card",
    fields: &[
        req("card_index", Ty::Int),
        opt("type", Ty::Str),
        req("header", Ty::Obj),
        opt("body", Ty::Obj),
        req("action", Ty::Obj),
    ],
};

pub(crate) static MEDIA_CARD_ACTION: Shape = Shape {
    cache: Shape::cache(),
    name: "a media card's `action`",
    fields: &[opt("name", Ty::Str), opt("parameters", Ty::Obj), opt("buttons", Ty::Arr)],
};

pub(crate) static CARD_BODY: Shape =
    Shape { cache: Shape::cache(), name: "a card's `body`", fields: &[req("text", Ty::Str)] };

pub(crate) static QUICK_REPLY_BUTTON: Shape = Shape {
    cache: Shape::cache(),
    name: "a quick-reply button",
    fields: &[req("type", Ty::Str), req("quick_reply", Ty::Obj)],
};

pub(crate) static QUICK_REPLY: Shape =
    Shape { cache: Shape::cache(), name: "`quick_reply`", fields: &[req("id", Ty::Str), req("title", Ty::Str)] };

const CARD_TYPES: &[&str] = &["product", "cta_url"];

/// The two kinds of card, told by `type` (or, when that is missing or wrong, by the members).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CardKind {
    Product,
    Media,
}

impl CardKind {
    fn words(self) -> &'static str {
        match self {
            CardKind::Product => "a product card (`type: product`)",
            CardKind::Media => "a media card (`type: cta_url`)",
        }
    }
}

/// The buttons of a media card: what must match across all cards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CardButtons {
    Url,
    QuickReplies(usize),
}

impl CardButtons {
    fn words(self) -> String {
        match self {
            CardButtons::Url => "one URL button".into(),
            CardButtons::QuickReplies(1) => "1 quick-reply button".into(),
            CardButtons::QuickReplies(n) => format!("{n} quick-reply buttons"),
        }
    }
}

/// Checks the `action` of a carousel message at `path`.
pub(super) fn check(cx: &mut Cx, value: &Value, path: &Path) {
    let Some(action) = cx.object(value, path, &CAROUSEL_ACTION) else { return };
    let Some(cards) = action.arr("cards") else { return };
    let mut first: Option<(CardKind, Path)> = None;
    let mut indexes: Vec<(i64, Path)> = Vec::new();
    let mut header_kind: Option<(&str, Path)> = None;
    let mut buttons: Option<(CardButtons, Path)> = None;
    for (position, (card, card_path)) in cards.iter().enumerate() {
        let kind = card_kind(cx, card, &card_path);
        match &first {
            None => first = Some((kind, card_path)),
            Some((k, first_path)) if *k != kind => {
                let first_path = cx.pointer(first_path);
                cx.report(
                    &CAROUSEL_CARDS_MIXED,
                    card_path,
                    Finding::Other(format!("this is {}, but the card at {first_path} is {}", kind.words(), k.words())),
                );
            }
            Some(_) => {}
        }
        let shape = match (kind, cx.dialect) {
            (CardKind::Product, _) => &PRODUCT_CARD,
            (CardKind::Media, Dialect::Cloud) => &CLOUD_MEDIA_CARD,
            (CardKind::Media, Dialect::Link) => &MEDIA_CARD,
        };
        let Some(card) = cx.object(card, &card_path, shape) else { continue };
        check_index(cx, &card, position, kind, &mut indexes);
        match kind {
            CardKind::Product => product_card(cx, &card),
            CardKind::Media => {
                media_card_header(cx, &card, &mut header_kind);
                media_card_body(cx, &card);
                if let Some(found) = media_card_action(cx, &card) {
                    match &buttons {
                        None => buttons = Some(found),
                        Some((expected, first_path)) if *expected != found.0 => {
                            let first_path = cx.pointer(first_path);
                            cx.report(
                                &CAROUSEL_CARD_BUTTONS_DIFFER,
                                found.1,
                                Finding::Other(format!(
                                    "this card has {}, but the card at {first_path} has {}",
                                    found.0.words(),
                                    expected.words()
                                )),
                            );
                        }
                        Some(_) => {}
                    }
                }
            }
        }
    }
    let (min, max) = match first {
        Some((CardKind::Media, _)) | None => (2, 10),
        // Meta (interactive product carousel messages, December 2025): at least 2 cards; LINK
        // 1.6.1 sets no minimum beyond one card and decides for LINK payloads.
        Some((CardKind::Product, _)) if cx.dialect == Dialect::Cloud => (2, 10),
        Some((CardKind::Product, _)) => (1, 10),
    };
    text::count(cx, &CAROUSEL_CARDS_COUNT_OUT_OF_RANGE, &cards, "`cards`", min, max);
}

/// The card's kind by its `type`; a type other than product/cta_url is reported, and the kind is
/// then told by the members (a header, body or button makes a media card).
fn card_kind(cx: &mut Cx, card: &Value, path: &Path) -> CardKind {
    let Some(map) = card.as_object() else { return CardKind::Media };
    match map.get("type").and_then(Value::as_str) {
        Some("product") => return CardKind::Product,
        Some("cta_url") => return CardKind::Media,
        Some(other) if !placeholder::is_placeholder(other, placeholder::Kind::Choice) => {
            text::one_of(cx, &CAROUSEL_CARD_TYPE_INVALID, other, path.key("type"), "card type", CARD_TYPES)
        }
        _ => {} // absent, or a placeholder (LW508, reported with the card's shape)
    }
    let action = map.get("action").and_then(Value::as_object);
    let media = ["header", "body"].iter().any(|k| map.contains_key(k))
        || action.is_some_and(|a| ["name", "parameters", "buttons"].iter().any(|k| a.contains_key(k)));
    if media { CardKind::Media } else { CardKind::Product }
}

/// `card_index`: 0 to 9, unique, and for media cards equal to the card's position.
fn check_index<'v>(cx: &mut Cx, card: &Obj<'v>, position: usize, kind: CardKind, seen: &mut Vec<(i64, Path<'v>)>) {
    let Some((index, path)) = card.get("card_index").and_then(|(v, p)| Some((v.as_i64()?, p))) else { return };
    if !(0..=9).contains(&index) {
        cx.report(
            &CAROUSEL_CARD_INDEX_OUT_OF_RANGE,
            path,
            Finding::OutOfRange { subject: "card_index", actual: index as f64, min: 0.0, max: 9.0 },
        );
        return;
    }
    if let Some((_, first)) = seen.iter().find(|(i, _)| *i == index) {
        let first = *first;
        cx.report(&CAROUSEL_CARD_INDEX_DUPLICATE, path, Finding::Duplicate { subject: "this card_index", first });
        return;
    }
    seen.push((index, path));
    if kind == CardKind::Media && index != position as i64 {
        cx.report(
            &CAROUSEL_CARD_INDEX_POSITION,
            path,
            Finding::Other(format!("card_index is {index}, but the card is at position {position}; media cards are numbered 0, 1, 2… in order")),
        )
        .help(format!("use {position}"));
    }
}

fn product_card(cx: &mut Cx, card: &Obj<'_>) {
    let Some(action) = card.obj(cx, "action", &PRODUCT_CARD_ACTION) else { return };
    for (key, subject) in [("product_retailer_id", "`product_retailer_id`"), ("catalog_id", "`catalog_id`")] {
        if let Some((id, p)) = action.str(key) {
            text::empty(cx, id, &p, subject);
        }
    }
}

/// A media card's header: image or video given by `link`, the same type on every card.
fn media_card_header<'v>(cx: &mut Cx, card: &Obj<'v>, first: &mut Option<(&'v str, Path<'v>)>) {
    let Some((value, path)) = card.get("header") else { return };
    let subject = "media card header type";
    let Some((header, kind)) = header::check(cx, value, &path, CARD_HEADER_TYPES, subject) else { return };
    if !CARD_HEADER_TYPES.contains(&kind) {
        return;
    }
    let type_path = header.path_of("type");
    match first {
        None => *first = Some((kind, type_path)),
        Some((k, first_path)) if *k != kind => {
            let first_path = cx.pointer(first_path);
            cx.report(
                &CAROUSEL_CARD_HEADERS_DIFFER,
                type_path,
                Finding::Other(format!("this card's header is {kind}, but the header at {first_path} is {k}")),
            )
            .help(format!("use `{k}` headers on every card"));
        }
        Some(_) => {}
    }
    if let Some((media, p)) = header.get(kind)
        && let Some(m) = media.as_object()
        && m.contains_key("id")
        && !m.contains_key("link")
    {
        cx.report(
            &CAROUSEL_CARD_MEDIA_LINK_MISSING,
            p,
            Finding::Other(format!("the card's {kind} is given by `id`; media cards take a `link`")),
        )
        .help("upload the media to a public URL and give it as `link`");
    }
}

fn media_card_body(cx: &mut Cx, card: &Obj<'_>) {
    let Some(body) = card.obj(cx, "body", &CARD_BODY) else { return };
    let Some((text, p)) = body.str("text") else { return };
    if text::empty(cx, text, &p, "card body text") {
        return;
    }
    text::too_long(cx, &CAROUSEL_CARD_BODY_TOO_LONG, text, &p, "card body text", 160);
    let breaks = text.matches('\n').count();
    if breaks > 2 {
        cx.report(
            &CAROUSEL_CARD_BODY_TOO_MANY_LINE_BREAKS,
            p,
            Finding::Other(format!("card body text has {breaks} line breaks; the limit is 2")),
        );
    }
}

/// A media card's action: one URL button or quick replies. Returns what the card carries, at the
/// action's path, when it is one of the two.
fn media_card_action<'v>(cx: &mut Cx, card: &Obj<'v>) -> Option<(CardButtons, Path<'v>)> {
    let action = card.obj(cx, "action", &MEDIA_CARD_ACTION)?;
    let url = action.has("name") || action.has("parameters");
    match (url, action.has("buttons")) {
        (true, true) => {
            cx.report(
                &CAROUSEL_CARD_BUTTONS_INVALID,
                action.path_of("buttons"),
                Finding::Other("the card has both a URL button and quick-reply buttons; use one kind".into()),
            );
            None
        }
        (false, false) => {
            cx.report(
                &CAROUSEL_CARD_BUTTONS_INVALID,
                action.path,
                Finding::Other("the card has no button: give `name: cta_url` with `parameters`, or `buttons`".into()),
            );
            None
        }
        (true, false) => {
            action_name(cx, &action, &["cta_url"]);
            if !action.has("name") {
                missing(cx, &action, "name", "a URL button card needs `name: cta_url`");
            }
            match action.obj(cx, "parameters", &CTA_PARAMETERS) {
                Some(parameters) => check_parameters(cx, &parameters),
                None if !action.has("parameters") => {
                    missing(cx, &action, "parameters", "a URL button needs `parameters` with `display_text` and `url`");
                }
                None => {}
            }
            Some((CardButtons::Url, action.path))
        }
        (false, true) => {
            let buttons = action.arr("buttons")?;
            if buttons.len() == 0 {
                cx.report(
                    &CAROUSEL_CARD_BUTTONS_INVALID,
                    buttons.path,
                    Finding::TooFew { subject: "`buttons`", actual: 0, min: 1 },
                );
                return None;
            }
            let mut replies = Replies::default();
            for button in cx.objects(&buttons, &QUICK_REPLY_BUTTON) {
                if let Some((kind, p)) = button.str("type") {
                    text::one_of(cx, &QUICK_REPLY_TYPE_INVALID, kind, p, "card button type", &["quick_reply"]);
                }
                if let Some(reply) = button.obj(cx, "quick_reply", &QUICK_REPLY) {
                    replies.check(cx, &reply, false);
                }
            }
            Some((CardButtons::QuickReplies(buttons.len()), action.path))
        }
    }
}
