//! The interactive examples of the LINK documents (`fixtures/spec-examples/`): the valid ones are
//! clean, the broken ones are reported. Most broken ones fail as JSON before any rule runs; the
//! two truncated 1.6.1 carousels are checked here once closed, and the 1.6 flow example's first
//! piece for its `flow_expires` member.

use super::at;
use crate::rules::testing::*;

macro_rules! example {
    ($path:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/spec-examples/", $path))
    };
}

#[test]
fn valid_examples_are_clean() {
    for text in [
        example!("link-1.6/interactive-cta-url.json"),
        example!("link-1.6/interactive-flow-minimal.json"),
        example!("link-1.6/interactive-product.json"),
        example!("link-1.6.1/interactive-cta-url.json"),
        example!("link-1.6.1/interactive-flow-minimal.json"),
        example!("link-1.6.1/interactive-flow-extra-fields.json"),
        example!("link-1.6.1/interactive-product.json"),
    ] {
        // Clean but for the documents' own placeholders (`<FLOW_ID>`), noted by LW508.
        assert!(codes(text).iter().all(|c| *c == "LW508"), "{:?}", codes(text));
    }
}

#[test]
fn catalog_examples_fail_only_for_their_comments() {
    for text in
        [example!("link-1.6/interactive-catalog-message.json"), example!("link-1.6.1/interactive-catalog-message.json")]
    {
        let found = codes(text);
        assert!(found.contains(&"LW010"), "{found:?}");
        assert!(found.iter().all(|c| !c.starts_with("LW4")), "{found:?}");
    }
}

#[test]
fn truncated_carousels_are_clean_once_closed() {
    for text in [
        example!("link-1.6.1/interactive-product-carousel.json"),
        example!("link-1.6.1/interactive-media-carousel.json"),
    ] {
        assert_reports(text, "LW001");
        assert_clean(&format!("{text}\n}}"));
    }
}

#[test]
fn flow_expires_in_the_1_6_example_is_unknown() {
    let text = example!("link-1.6/interactive-flow-extra-fields.json");
    assert_reports(text, "LW001");
    // The first piece ends where the object closes, before the page break.
    let end = text.find("\n}\n").expect("the first piece closes") + 2;
    let first = &text[..end];
    let d = assert_reports(first, "LW005");
    assert_eq!(d[0].path.to_string(), "/interactive/action/parameters/flow_expires");
}

#[test]
fn location_request_example_once_wrapped_has_only_the_foreign_to() {
    let text = format!("{{\n{}\n}}", example!("link-1.6/interactive-location-request.json"));
    let d = assert_reports(&text, "LW005");
    assert_eq!(d[0].path.to_string(), "/to");
    assert!(codes(&text).iter().all(|c| !c.starts_with("LW4")), "{:?}", codes(&text));
}

#[test]
fn placeholder_elements_read_as_empty_objects_are_incomplete() {
    // `{...}` stands for more rows, sections, buttons and products; read as `{}` each is missing
    // its required members, and the syntax error is gone.
    let read = |text: &str| {
        text.replace("{ ... }", "{}").replace("{...}", "{}").replace("\"button title\",", "\"button title\"")
    };
    let list = read(example!("link-1.6/interactive-list.json"));
    let d = assert_reports(&list, "LW007");
    at(&d, "/interactive/action/sections/0/rows/1/id");
    at(&d, "/interactive/action/sections/1/rows");
    let button = read(example!("link-1.6/interactive-button.json"));
    let d = assert_reports(&button, "LW007");
    at(&d, "/interactive/action/buttons/1/reply");
    let multi = read(example!("link-1.6/interactive-multi-product.json"));
    let d = assert_reports(&multi, "LW007");
    at(&d, "/interactive/action/sections/0/product_items/2/product_retailer_id");
    at(&d, "/interactive/action/sections/1/product_items");
    for text in [&list, &button, &multi] {
        assert!(codes(text).iter().all(|c| !c.starts_with("LW0") || *c == "LW007"), "{:?}", codes(text));
    }
}
