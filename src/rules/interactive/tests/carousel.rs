//! Carousel messages: product cards and media cards.

use super::*;
use crate::rules::testing::*;
use serde_json::{Value, json};

const CARDS: &str = "/interactive/action/cards";

fn media_card(index: usize) -> Value {
    let mut card = get(CAROUSEL_MEDIA, &format!("{CARDS}/0"));
    card["card_index"] = json!(index);
    card
}

#[test]
fn card_count() {
    let d = assert_reports(&remove(CAROUSEL_QUICK, &format!("{CARDS}/1")), "LW471");
    assert_eq!(d[0].path.to_string(), CARDS);
    assert_eq!(d[0].message, "`cards` has 1 item; at least 2 required");
    assert_not_reported(CAROUSEL_QUICK, "LW471");
    let cards: Vec<_> = (0..11).map(media_card).collect();
    let d = assert_reports(&set(CAROUSEL_MEDIA, CARDS, json!(cards)), "LW471");
    assert_eq!(d[0].message, "`cards` has 11 items; the limit is 10");
    let cards: Vec<_> = (0..10).map(media_card).collect();
    assert_not_reported(&set(CAROUSEL_MEDIA, CARDS, json!(cards)), "LW471");
    // A product carousel may have a single card.
    assert_not_reported(&remove(CAROUSEL_PRODUCT, &format!("{CARDS}/1")), "LW471");
}

#[test]
fn card_type() {
    let d = assert_reports(&set(CAROUSEL_PRODUCT, &format!("{CARDS}/1/type"), json!("products")), "LW472");
    assert_eq!(d[0].path.to_string(), format!("{CARDS}/1/type"));
    assert_eq!(d[0].help.as_deref(), Some("did you mean `product`?"));
    assert_not_reported(CAROUSEL_PRODUCT, "LW472");
}

#[test]
fn cards_are_of_one_kind() {
    let json = set(CAROUSEL_PRODUCT, &format!("{CARDS}/1"), media_card(1));
    let d = assert_reports(&json, "LW473");
    assert_eq!(d[0].path.to_string(), format!("{CARDS}/1"));
    assert_not_reported(CAROUSEL_PRODUCT, "LW473");
}

#[test]
fn card_index_range_and_uniqueness() {
    let d = assert_reports(&set(CAROUSEL_PRODUCT, &format!("{CARDS}/1/card_index"), json!(10)), "LW474");
    assert_eq!(d[0].path.to_string(), format!("{CARDS}/1/card_index"));
    assert_eq!(d[0].message, "card_index is 10; it must be between 0 and 9");
    assert_not_reported(&set(CAROUSEL_PRODUCT, &format!("{CARDS}/1/card_index"), json!(9)), "LW474");
    let d = assert_reports(&set(CAROUSEL_PRODUCT, &format!("{CARDS}/1/card_index"), json!(0)), "LW475");
    assert_eq!(d[0].path.to_string(), format!("{CARDS}/1/card_index"));
    assert_eq!(d[0].message, format!("this card_index repeats the one at {CARDS}/0/card_index"));
    assert_not_reported(CAROUSEL_PRODUCT, "LW475");
    assert_reports(&set(CAROUSEL_PRODUCT, &format!("{CARDS}/1/card_index"), json!("1")), "LW006");
}

#[test]
fn media_cards_are_numbered_in_order() {
    let d = assert_reports(&set(CAROUSEL_MEDIA, &format!("{CARDS}/2/card_index"), json!(5)), "LW476");
    assert_eq!(d[0].path.to_string(), format!("{CARDS}/2/card_index"));
    assert_eq!(d[0].help.as_deref(), Some("use 2"));
    assert_not_reported(CAROUSEL_MEDIA, "LW476");
    // Product cards only need unique indexes.
    assert_not_reported(&set(CAROUSEL_PRODUCT, &format!("{CARDS}/1/card_index"), json!(5)), "LW476");
}

#[test]
fn card_headers() {
    let video = json!({"type": "video", "video": {"link": "https://cdn.example.com/v.mp4"}});
    let d = assert_reports(&set(CAROUSEL_MEDIA, &format!("{CARDS}/1/header"), video), "LW477");
    assert_eq!(d[0].path.to_string(), format!("{CARDS}/1/header/type"));
    assert_not_reported(CAROUSEL_MEDIA, "LW477");
    let text = json!({"type": "text", "text": "Card"});
    let d = assert_reports(&set(CAROUSEL_MEDIA, &format!("{CARDS}/0/header"), text), "LW411");
    assert_eq!(d[0].path.to_string(), format!("{CARDS}/0/header/type"));
    let d = assert_reports(&remove(CAROUSEL_MEDIA, &format!("{CARDS}/0/header")), "LW007");
    at(&d, &format!("{CARDS}/0/header"));
}

#[test]
fn card_media_by_link() {
    let path = format!("{CARDS}/1/header/image");
    let d = assert_reports(&set(CAROUSEL_MEDIA, &path, json!({"id": "1234567890"})), "LW483");
    assert_eq!(d[0].path.to_string(), path);
    assert_not_reported(CAROUSEL_MEDIA, "LW483");
}

#[test]
fn card_body() {
    let path = format!("{CARDS}/0/body/text");
    let d = assert_reports(&set(CAROUSEL_MEDIA, &path, json!("b".repeat(161))), "LW478");
    assert_eq!(d[0].path.to_string(), path);
    assert_eq!(d[0].message, "card body text is 161 characters; the limit is 160");
    assert_not_reported(&set(CAROUSEL_MEDIA, &path, json!("b".repeat(160))), "LW478");
    let d = assert_reports(&set(CAROUSEL_MEDIA, &path, json!("a\nb\nc\nd")), "LW479");
    assert_eq!(d[0].path.to_string(), path);
    assert_eq!(d[0].message, "card body text has 3 line breaks; the limit is 2");
    assert_not_reported(&set(CAROUSEL_MEDIA, &path, json!("a\n\nb")), "LW479");
}

#[test]
fn card_buttons_are_a_url_button_or_quick_replies() {
    let buttons = get(CAROUSEL_QUICK, &format!("{CARDS}/0/action/buttons"));
    let d = assert_reports(&set(CAROUSEL_MEDIA, &format!("{CARDS}/0/action/buttons"), buttons), "LW480");
    assert_eq!(d[0].path.to_string(), format!("{CARDS}/0/action/buttons"));
    let d = assert_reports(&set(CAROUSEL_MEDIA, &format!("{CARDS}/0/action"), json!({})), "LW480");
    assert_eq!(d[0].path.to_string(), format!("{CARDS}/0/action"));
    assert_reports(&set(CAROUSEL_QUICK, &format!("{CARDS}/0/action/buttons"), json!([])), "LW480");
    assert_not_reported(CAROUSEL_MEDIA, "LW480");
    assert_not_reported(CAROUSEL_QUICK, "LW480");
}

#[test]
fn card_buttons_match_across_cards() {
    let d = assert_reports(&remove(CAROUSEL_QUICK, &format!("{CARDS}/1/action/buttons/1")), "LW481");
    assert_eq!(d[0].path.to_string(), format!("{CARDS}/1/action"));
    assert_eq!(
        d[0].message,
        format!("this card has 1 quick-reply button, but the card at {CARDS}/0/action has 2 quick-reply buttons")
    );
    let quick = get(CAROUSEL_QUICK, &format!("{CARDS}/0/action"));
    assert_reports(&set(CAROUSEL_MEDIA, &format!("{CARDS}/2/action"), quick), "LW481");
    assert_not_reported(CAROUSEL_QUICK, "LW481");
    assert_not_reported(CAROUSEL_MEDIA, "LW481");
}

#[test]
fn quick_replies() {
    let button = format!("{CARDS}/0/action/buttons/0");
    let d = assert_reports(&set(CAROUSEL_QUICK, &format!("{button}/type"), json!("reply")), "LW482");
    assert_eq!(d[0].help.as_deref(), Some("use `quick_reply`"));
    assert_eq!(d[0].path.to_string(), format!("{button}/type"));
    assert_not_reported(CAROUSEL_QUICK, "LW482");
    assert_reports(&set(CAROUSEL_QUICK, &format!("{button}/quick_reply/title"), json!("t".repeat(21))), "LW439");
    assert_reports(&set(CAROUSEL_QUICK, &format!("{button}/quick_reply/id"), json!("i".repeat(257))), "LW437");
    assert_reports(&set(CAROUSEL_QUICK, &format!("{button}/quick_reply/id"), json!("tour-1-book")), "LW438");
    // Titles repeat across cards, not within one.
    assert_not_reported(CAROUSEL_QUICK, "LW440");
}

#[test]
fn url_button_cards() {
    let action = format!("{CARDS}/1/action");
    let d = assert_reports(&set(CAROUSEL_MEDIA, &format!("{action}/name"), json!("url")), "LW406");
    assert_eq!(d[0].path.to_string(), format!("{action}/name"));
    let d = assert_reports(&remove(CAROUSEL_MEDIA, &format!("{action}/name")), "LW007");
    at(&d, &format!("{action}/name"));
    let d = assert_reports(&remove(CAROUSEL_MEDIA, &format!("{action}/parameters/url")), "LW007");
    at(&d, &format!("{action}/parameters/url"));
    assert_reports(&set(CAROUSEL_MEDIA, &format!("{action}/parameters/display_text"), json!("d".repeat(21))), "LW460");
    assert_reports(&set(CAROUSEL_MEDIA, &format!("{action}/parameters/url"), json!("shop")), "LW461");
}

#[test]
fn product_cards() {
    for key in ["product_retailer_id", "catalog_id"] {
        let path = format!("{CARDS}/0/action/{key}");
        let d = assert_reports(&remove(CAROUSEL_PRODUCT, &path), "LW007");
        at(&d, &path);
    }
    let d = assert_reports(
        &set(CAROUSEL_PRODUCT, &format!("{CARDS}/0/header"), json!({"type": "text", "text": "x"})),
        "LW005",
    );
    assert_eq!(d[0].path.to_string(), format!("{CARDS}/0/header"));
}

#[test]
fn carousel_body_is_required() {
    let d = assert_reports(&remove(CAROUSEL_MEDIA, "/interactive/body"), "LW007");
    at(&d, "/interactive/body");
}
