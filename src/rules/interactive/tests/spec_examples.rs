//! The interactive examples of the LINK documents (`fixtures/spec-examples/`): the valid ones are
//! clean, the broken ones are reported. Most broken ones fail as JSON before any rule runs; the
//! two truncated 1.6.1 carousels are checked here once closed, and the 1.6 flow example's first
//! piece for its `flow_expires` member.

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
        assert_clean(text);
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
