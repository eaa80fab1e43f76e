//! Incoming messages (MO), standard format.

use super::*;
use crate::rules::testing::*;

const MEDIA: &str = include_str!("../../../../fixtures/link/inbound/valid/incoming-media.json");
const LIST: &str = include_str!("../../../../fixtures/link/inbound/valid/incoming-interactive-list-reply.json");
const BUTTON_REPLY: &str =
    include_str!("../../../../fixtures/link/inbound/valid/incoming-interactive-button-reply.json");
const ORDER: &str = include_str!("../../../../fixtures/link/inbound/valid/incoming-order.json");
const REACTION: &str = include_str!("../../../../fixtures/link/inbound/valid/incoming-reaction.json");
const BUTTON: &str = include_str!("../../../../fixtures/link/inbound/valid/incoming-button.json");

const MSG: &str = "/content/message";

#[test]
fn numbers() {
    let d = assert_reports(&set(MO_TEXT, "/source", r#""+4670000000123456""#), "LW604");
    assert_eq!(d[0].message, "`source` has 16 digits; the limit is 15");
    let d = assert_reports(&set(MO_TEXT, "/destination", r#""+46 70 000""#), "LW604");
    assert_eq!(d[0].path.to_string(), "/destination");
    assert!(!d[0].message.contains("46"), "no number in the message: {}", d[0].message);
    assert_reports(&set(MO_TEXT, "/route/number", r#""""#), "LW604");
    assert_not_reported(&set(MO_TEXT, "/source", r#""46700000001""#), "LW604");
}

#[test]
fn provider_and_content_type() {
    let d = assert_reports(&set(MO_TEXT, "/provider", r#""sms""#), "LW603");
    assert_eq!(d[0].message, "`provider` `sms` is not one of `whatsapp`");
    let d = assert_reports(&set(MO_TEXT, "/content/type", r#""whatsapp""#), "LW603");
    assert_eq!(d[0].path.to_string(), "/content/type");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `WHATSAPP`?"));
    let d = assert_reports(&set(MO_TEXT, &format!("{MSG}/contentType"), r#""STICKER""#), "LW603");
    assert_eq!(d[0].path.to_string(), "/content/message/contentType");
    assert_not_reported(MO_TEXT, "LW603");
}

#[test]
fn dates() {
    assert_reports(&set(MO_TEXT, "/providerTimestamp", r#""yesterday""#), "LW600");
    let d = assert_reports(&set(MO_TEXT, "/route/end", r#""2030-13-01T00:00:00Z""#), "LW600");
    assert_eq!(d[0].path.to_string(), "/route/end");
    assert_not_reported(&set(MO_TEXT, "/route/end", r#""2030-12-01T00:00:00+01:00""#), "LW600");
}

#[test]
fn the_member_named_by_content_type_is_required() {
    let d = assert_reports(&without(MO_TEXT, &format!("{MSG}/text")), "LW007");
    assert_eq!(d[0].path.to_string(), "/content/message/text");
    assert_eq!(d[0].help.as_deref(), Some("a message of contentType TEXT carries its content in `text`"));
    let d = assert_reports(&without(MEDIA, &format!("{MSG}/media")), "LW007");
    assert_eq!(d[0].path.to_string(), "/content/message/media");
    let d = assert_reports(&without(BUTTON, &format!("{MSG}/button/payload")), "LW007");
    assert_eq!(d[0].path.to_string(), "/content/message/button/payload");
}

#[test]
fn members_of_other_content_types() {
    let d = assert_reports(&set(MO_TEXT, &format!("{MSG}/emoji"), r#""👍""#), "LW640");
    assert_eq!(d[0].path.to_string(), "/content/message/emoji");
    assert_eq!(d[0].message, "`emoji` is not populated for contentType TEXT");
    // `context` belongs to every type.
    assert_not_reported(&set(MO_TEXT, &format!("{MSG}/context"), r#"{"id": "wamid.X"}"#), "LW640");
}

#[test]
fn context() {
    let d = assert_reports(&set(MO_TEXT, &format!("{MSG}/context"), r#"{"source": "+46700000000"}"#), "LW007");
    assert_eq!(d[0].path.to_string(), "/content/message/context/id");
    // The 1.4.2 spelling is accepted as such.
    let d = assert_reports(&set(MO_TEXT, &format!("{MSG}/context"), r#"{"messageId": "wamid.X"}"#), "LW008");
    assert_eq!(d[0].help.as_deref(), Some("use `id`"));
    let product = r#"{"id": "wamid.X", "referred_product": {"catalog_id": "1"}}"#;
    let d = assert_reports(&set(MO_TEXT, &format!("{MSG}/context"), product), "LW007");
    assert_eq!(d[0].path.to_string(), "/content/message/context/referred_product/product_retailer_id");
}

#[test]
fn media() {
    let d =
        assert_reports(&set(MEDIA, &format!("{MSG}/media/source"), r#""https://media.example.com/a\nb.jpg""#), "LW641");
    assert_eq!(d[0].message, "`source` contains a line break");
    assert_reports(&set(MEDIA, &format!("{MSG}/media/source"), r#""media.example.com/a.jpg""#), "LW641");
    assert_not_reported(&set(MEDIA, &format!("{MSG}/media/source"), r#""HTTP://media.example.com/a.jpg""#), "LW641");
    let d = assert_reports(&set(MEDIA, &format!("{MSG}/media/type"), r#""IMAGE""#), "LW642");
    assert_eq!(d[0].message, "`type` `IMAGE` is not a MIME type");
    assert_not_reported(&set(MEDIA, &format!("{MSG}/media/type"), r#""audio/ogg; codecs=opus""#), "LW642");
    assert_reports(&set(MEDIA, &format!("{MSG}/media/caption"), "1"), "LW006");
}

#[test]
fn interactive_replies() {
    assert_clean(LIST);
    assert_clean(BUTTON_REPLY);
    let d = assert_reports(&set(LIST, &format!("{MSG}/interactive/type"), r#""list""#), "LW603");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `list_reply`?"));
    let d = assert_reports(&set(LIST, &format!("{MSG}/interactive/type"), r#""button_reply""#), "LW640");
    assert_eq!(d[0].path.to_string(), "/content/message/interactive/list_reply");
    let missing = assert_reports(&set(LIST, &format!("{MSG}/interactive/type"), r#""button_reply""#), "LW007");
    assert_eq!(missing[0].path.to_string(), "/content/message/interactive/button_reply");
    let d = assert_reports(&without(BUTTON_REPLY, &format!("{MSG}/interactive/button_reply/title")), "LW007");
    assert_eq!(d[0].path.to_string(), "/content/message/interactive/button_reply/title");
    // list_reply.description is optional; button_reply has none.
    assert_clean(&without(LIST, &format!("{MSG}/interactive/list_reply/description")));
    let d =
        assert_reports(&set(BUTTON_REPLY, &format!("{MSG}/interactive/button_reply/description"), r#""d""#), "LW016");
    assert_eq!(d[0].path.to_string(), "/content/message/interactive/button_reply/description");
}

#[test]
fn orders() {
    assert_clean(ORDER);
    let items = format!("{MSG}/order/product_items");
    let d = assert_reports(&set(ORDER, &items, "[]"), "LW644");
    assert_eq!(d[0].path.to_string(), "/content/message/order/product_items");
    for bad in [r#""0""#, r#""-1""#, r#""1.5""#, r#""two""#, r#""""#, r#""00""#] {
        let d = assert_reports(&set(ORDER, &format!("{items}/0/quantity"), bad), "LW645");
        assert_eq!(d[0].path.to_string(), "/content/message/order/product_items/0/quantity");
    }
    for good in [r#""3""#, r#""10""#] {
        assert_not_reported(&set(ORDER, &format!("{items}/0/quantity"), good), "LW645");
    }
    // The document types quantity and item_price String (LINK 1.6.1, incoming message).
    for wrong in ["3", "true"] {
        let d = assert_reports(&set(ORDER, &format!("{items}/0/quantity"), wrong), "LW006");
        assert_eq!(d[0].path.to_string(), "/content/message/order/product_items/0/quantity");
    }
    assert_reports(&set(ORDER, &format!("{items}/0/item_price"), "4.5"), "LW006");
    let d = assert_reports(&without(ORDER, &format!("{items}/1/currency")), "LW007");
    assert_eq!(d[0].path.to_string(), "/content/message/order/product_items/1/currency");
}

#[test]
fn reactions() {
    assert_clean(REACTION);
    let d = assert_reports(&set(REACTION, &format!("{MSG}/emoji"), r#""   ""#), "LW643");
    assert_eq!(d[0].path.to_string(), "/content/message/emoji");
    assert_eq!(d[0].message, "`emoji` is 3 white-space characters and no emoji");
    // A removed reaction: no emoji, or an empty one.
    assert_clean(&without(REACTION, &format!("{MSG}/emoji")));
    assert_not_reported(&set(REACTION, &format!("{MSG}/emoji"), r#""""#), "LW643");
    let d = assert_reports(&without(REACTION, &format!("{MSG}/context")), "LW007");
    assert_eq!(d[0].path.to_string(), "/content/message/context");
}

#[test]
fn key_value_members_may_be_null() {
    assert_clean(&set(MO_TEXT, "/gateCustomParameters", "null"));
    let d = assert_reports(&set(MO_TEXT, "/customParameters", r#"{"a": {"b": "c"}}"#), "LW601");
    assert_eq!(d[0].path.to_string(), "/customParameters/a");
    let d = assert_reports(&set(MO_TEXT, "/route/customParameters", r#"{"a": true}"#), "LW601");
    assert_eq!(d[0].path.to_string(), "/route/customParameters/a");
    let d = assert_reports(&set(MO_TEXT, "/route/gateIds", r#"["g1", 2]"#), "LW006");
    assert_eq!(d[0].path.to_string(), "/route/gateIds/1");
}
