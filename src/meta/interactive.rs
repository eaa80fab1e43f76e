//! Interactive messages. LINK already spells the interactive object in the Cloud API's snake_case,
//! so every member passes through as it is, except:
//!
//! | LINK | Cloud API |
//! |---|---|
//! | `action.flowToken` (on the message or a carousel card) | — dropped, LW597 warning (the token belongs in `action.parameters.flow_token`) |
//! | `provider` of a header's media | — dropped, LW596 warning (see [`media`](super::media)) |
//!
//! Members passed through: `type`; `header` (`type`, `text`, `image`, `video`, `document`); `body.text`;
//! `footer.text`; `action`: `name`, `button`, `buttons[]` (`type` reply or quick_reply, `reply` /
//! `quick_reply` with `id` and `title`), `sections[]` (`title`, `rows[]` with `id`, `title`,
//! `description`; `product_items[]` with `product_retailer_id`), `catalog_id`,
//! `product_retailer_id`, `thumbnail_product_retailer_id`, `parameters` (cta_url `display_text`,
//! `url`; flow `mode`, `flow_message_version`, `flow_token`, `flow_id`, `flow_cta`, `flow_action`,
//! `flow_action_payload`; catalog_message `thumbnail_product_retailer_id`; address_message
//! `country`, `values`, `saved_addresses`, `validation_errors`), `cards[]` (`card_index`, `type`,
//! `header`, `body`, `action`).
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Interactive message" … "Interactive Media carousel
//! action cards parameters"; Service4U WhatsApp API, "Interactive Messages", "Address Messages";
//! Cloud API reference (004), interactive messages.

use super::media;
use super::read::{Obj, Result, invalid, leaf};
use super::write::{Notes, Object, each, same};
use crate::model::interactive::CardType;
use crate::model::interactive::{
    Action, ActionParameters, Button, Card, Header, Interactive, ProductItem, Row, SavedAddress, Section,
};
use crate::pointer::JsonPointer;
use crate::rules::interactive::CAROUSEL_CARDS_COUNT_OUT_OF_RANGE;
use crate::rules::translation::FLOW_TOKEN_DROPPED;
use serde_json::Value;

/// The Cloud API `interactive` object; `path` is the LINK interactive object's pointer.
pub(super) fn to_cloud(i: &Interactive, path: &JsonPointer, notes: &mut Notes) -> Value {
    Object::new()
        .put("type", same(&i.kind))
        .opt("header", i.header.as_ref().map(|h| header(h, &path.key("header"), notes)))
        .opt("body", i.body.as_ref().map(same))
        .opt("footer", i.footer.as_ref().map(same))
        .put("action", action(&i.action, &path.key("action"), notes))
        .build()
}

fn header(h: &Header, path: &JsonPointer, notes: &mut Notes) -> Value {
    Object::new()
        .put("type", same(&h.kind))
        .opt("text", h.text.as_deref())
        .opt("image", h.image.as_ref().map(|m| media::to_cloud(m, &path.key("image"), notes)))
        .opt("video", h.video.as_ref().map(|m| media::to_cloud(m, &path.key("video"), notes)))
        .opt("document", h.document.as_ref().map(|m| media::to_cloud(m, &path.key("document"), notes)))
        .build()
}

fn action(a: &Action, path: &JsonPointer, notes: &mut Notes) -> Value {
    if a.flow_token.is_some() {
        notes.add(
            &FLOW_TOKEN_DROPPED,
            path.key("flowToken"),
            "`flowToken` is left out; the Cloud API reads a flow token from `action.parameters.flow_token` only".into(),
            Some("move the token to `action.parameters.flow_token`"),
        );
    }
    if let Some(cards) = &a.cards
        && cards.len() == 1
        && cards.iter().all(|c| c.kind == CardType::Product)
    {
        // LINK 1.6.1 accepts one product card; Meta asks for at least 2 (LW471 in Cloud API JSON).
        notes.add(
            &CAROUSEL_CARDS_COUNT_OUT_OF_RANGE,
            path.key("cards"),
            "a Cloud API product carousel has 2 to 10 cards; this one has 1".into(),
            Some("add a second product card, or send a single-product message (`type: product`)"),
        );
    }
    Object::new()
        .opt("name", a.name.as_deref())
        .opt("parameters", a.parameters.as_ref().map(same))
        .opt("button", a.button.as_deref())
        .opt("buttons", a.buttons.as_ref().map(same))
        .opt("sections", a.sections.as_ref().map(same))
        .opt("catalog_id", a.catalog_id.as_deref())
        .opt("product_retailer_id", a.product_retailer_id.as_deref())
        .opt("thumbnail_product_retailer_id", a.thumbnail_product_retailer_id.as_deref())
        .opt("cards", a.cards.as_ref().map(|cards| each(cards, &path.key("cards"), |c, p| card(c, &p, notes))))
        .build()
}

fn card(c: &Card, path: &JsonPointer, notes: &mut Notes) -> Value {
    Object::new()
        .put("card_index", c.card_index)
        .put("type", same(&c.kind))
        .opt("header", c.header.as_ref().map(|h| header(h, &path.key("header"), notes)))
        .opt("body", c.body.as_ref().map(same))
        .put("action", action(&c.action, &path.key("action"), notes))
        .build()
}

/// An interactive object from the Cloud API one.
pub(super) fn from_cloud(mut o: Obj<'_>) -> Result<Interactive> {
    let interactive = Interactive {
        kind: o.req("type")?,
        header: o.opt_obj("header")?.map(read_header).transpose()?,
        body: o.opt("body")?,
        footer: o.opt("footer")?,
        action: read_action(o.req_obj("action")?)?,
    };
    o.finish()?;
    Ok(interactive)
}

fn read_header(mut o: Obj<'_>) -> Result<Header> {
    let header = Header {
        kind: o.req("type")?,
        text: o.opt("text")?,
        video: o.opt_obj("video")?.map(media::from_cloud).transpose()?,
        image: o.opt_obj("image")?.map(media::from_cloud).transpose()?,
        document: o.opt_obj("document")?.map(media::from_cloud).transpose()?,
    };
    o.finish()?;
    Ok(header)
}

fn read_action(mut o: Obj<'_>) -> Result<Action> {
    let action = Action {
        name: o.opt("name")?,
        parameters: o.opt_obj("parameters")?.map(read_parameters).transpose()?,
        button: o.opt("button")?,
        buttons: o.opt_list("buttons", read_button)?,
        sections: o.opt_list("sections", read_section)?,
        catalog_id: o.opt("catalog_id")?,
        product_retailer_id: o.opt("product_retailer_id")?,
        thumbnail_product_retailer_id: o.opt("thumbnail_product_retailer_id")?,
        flow_token: None,
        cards: o.opt_list("cards", read_card)?,
    };
    o.finish()?;
    Ok(action)
}

fn read_parameters(mut o: Obj<'_>) -> Result<ActionParameters> {
    let parameters = ActionParameters {
        thumbnail_product_retailer_id: o.opt("thumbnail_product_retailer_id")?,
        display_text: o.opt("display_text")?,
        url: o.opt("url")?,
        mode: o.opt("mode")?,
        flow_message_version: o.opt("flow_message_version")?,
        flow_token: o.opt("flow_token")?,
        flow_id: o.opt("flow_id")?,
        flow_cta: o.opt("flow_cta")?,
        flow_action: o.opt("flow_action")?,
        flow_action_payload: o.opt("flow_action_payload")?,
        country: o.opt("country")?,
        values: o.opt("values")?,
        saved_addresses: o.opt_list("saved_addresses", |v, p| leaf::<SavedAddress>(v, &p))?,
        validation_errors: o.opt("validation_errors")?,
    };
    o.finish()?;
    Ok(parameters)
}

fn read_button(value: &Value, path: JsonPointer) -> Result<Button> {
    let mut o = Obj::of(value, path)?;
    let kind: String = o.req("type")?;
    let button = match kind.as_str() {
        "reply" => Button::Reply { reply: o.req("reply")? },
        "quick_reply" => Button::QuickReply { quick_reply: o.req("quick_reply")? },
        other => {
            return Err(invalid(&o.path.key("type"), format!("`{other}` is not a button type: reply or quick_reply")));
        }
    };
    o.finish()?;
    Ok(button)
}

/// A list or multi-product section (also the sections of a template's mpm `action`).
pub(super) fn read_section(value: &Value, path: JsonPointer) -> Result<Section> {
    let mut o = Obj::of(value, path)?;
    let section = Section {
        title: o.opt("title")?,
        rows: o.opt_list("rows", |v, p| leaf::<Row>(v, &p))?,
        product_items: o.opt_list("product_items", |v, p| leaf::<ProductItem>(v, &p))?,
    };
    o.finish()?;
    Ok(section)
}

fn read_card(value: &Value, path: JsonPointer) -> Result<Card> {
    let mut o = Obj::of(value, path)?;
    let card = Card {
        card_index: o.req("card_index")?,
        kind: o.req("type")?,
        header: o.opt_obj("header")?.map(read_header).transpose()?,
        body: o.opt("body")?,
        action: read_action(o.req_obj("action")?)?,
    };
    o.finish()?;
    Ok(card)
}
