//! The carousel component and its cards.

use super::{body, path_of, text, tpl};
use crate::rules::testing::*;

fn card(index: &str, components: &str) -> String {
    format!(r#"{{"card_index": {index}, "components": [{components}]}}"#)
}

fn image_header() -> String {
    r#"{"type": "header", "parameters": [{"type": "image", "image": {"id": "1234567"}}]}"#.to_owned()
}

fn reply(index: &str) -> String {
    format!(
        r#"{{"type": "button", "subType": "quickReply", "index": {index}, "parameters": [{{"type": "payload", "payload": "p"}}]}}"#
    )
}

fn good_card(index: &str) -> String {
    card(index, &format!("{},{},{}", image_header(), body(&text("10OFF")), reply("0")))
}

fn carousel(cards: &[String]) -> String {
    tpl(&format!(r#"{},{{"type": "carousel", "cards": [{}]}}"#, body(&text("Ada")), cards.join(",")))
}

#[test]
fn a_carousel_is_clean() {
    assert_clean(&carousel(&[good_card("0"), good_card("1")]));
}

#[test]
fn carousel_cards_count() {
    let d = assert_reports(&carousel(&[]), "LW336");
    assert_eq!(d[0].path.to_string(), "/template/components/1/cards");
    let eleven: Vec<String> = (0..11).map(|i| good_card(&i.to_string())).collect();
    assert_eq!(path_of(&carousel(&eleven), "LW336"), "/template/components/1/cards/10");
    let ten: Vec<String> = (0..10).map(|i| good_card(&i.to_string())).collect();
    assert_not_reported(&carousel(&ten), "LW336");
}

#[test]
fn carousel_card_index_invalid() {
    let d = assert_reports(&carousel(&[good_card("0"), good_card("0")]), "LW337");
    assert_eq!(d[0].path.to_string(), "/template/components/1/cards/1/card_index");
    let d = assert_reports(&carousel(&[good_card("0"), good_card("2")]), "LW337");
    assert_eq!(d[0].message, "`card_index` is 2; with 2 cards it must be between 0 and 1");
    assert_not_reported(&carousel(&[good_card("0"), good_card("1")]), "LW337");
}

#[test]
fn carousel_card_index_order() {
    let d = assert_reports(&carousel(&[good_card("1"), good_card("0")]), "LW338");
    assert_eq!(d[0].path.to_string(), "/template/components/1/cards/0/card_index");
    assert_eq!(d[0].severity, crate::Severity::Warning);
    assert_not_reported(&carousel(&[good_card("0"), good_card("1")]), "LW338");
}

#[test]
fn card_index_is_an_integer() {
    assert_eq!(path_of(&carousel(&[good_card("\"0\"")]), "LW006"), "/template/components/1/cards/0/card_index");
}

#[test]
fn carousel_card_header_missing() {
    let no_header = card("0", &format!("{},{}", body(&text("x")), reply("0")));
    let d = assert_reports(&carousel(&[no_header]), "LW339");
    assert_eq!(d[0].path.to_string(), "/template/components/1/cards/0/components");
    let empty = card("0", &format!(r#"{{"type": "header", "parameters": []}},{}"#, reply("0")));
    assert_reports(&carousel(&[empty]), "LW339");
    assert_not_reported(&carousel(&[good_card("0")]), "LW339");
}

#[test]
fn card_header_takes_image_or_video() {
    let text_header = card("0", &format!(r#"{{"type": "header", "parameters": [{}]}},{}"#, text("x"), reply("0")));
    let d = assert_reports(&carousel(&[text_header]), "LW309");
    assert_eq!(d[0].message, "a carousel card header takes `image` or `video` parameters, not `text`");
    assert_eq!(d[0].path.to_string(), "/template/components/1/cards/0/components/0/parameters/0/type");
}

#[test]
fn carousel_card_component_not_allowed() {
    let nested = card("0", &format!(r#"{},{{"type": "carousel", "cards": []}}"#, image_header()));
    let d = assert_reports(&carousel(&[nested]), "LW340");
    assert_eq!(d[0].path.to_string(), "/template/components/1/cards/0/components/1/type");
    assert_not_reported(&carousel(&[good_card("0")]), "LW340");
}

#[test]
fn carousel_card_too_many_buttons() {
    let three = card("0", &format!("{},{},{},{}", image_header(), reply("0"), reply("1"), reply("2")));
    let d = assert_reports(&carousel(&[three]), "LW341");
    assert_eq!(d[0].path.to_string(), "/template/components/1/cards/0/components/3");
    let two = card("0", &format!("{},{},{}", image_header(), reply("0"), reply("1")));
    assert_not_reported(&carousel(&[two]), "LW341");
}

#[test]
fn card_body_text_limit_is_160() {
    let long = card("0", &format!("{},{}", image_header(), body(&text(&"c".repeat(161)))));
    let d = assert_reports(&carousel(&[long]), "LW317");
    assert_eq!(d[0].message, "a card body text parameter is 161 characters; the limit is 160");
    let ok = card("0", &format!("{},{}", image_header(), body(&text(&"c".repeat(160)))));
    assert_not_reported(&carousel(&[ok]), "LW317");
}
