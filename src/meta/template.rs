//! Template messages: name, language, components and their parameters.
//!
//! | LINK | Cloud API |
//! |---|---|
//! | `namespace` (1.4.2) | — dropped, LW593 info |
//! | `name`, `language.code` | the same |
//! | component `type` header, body, carousel, limited_time_offer | the same |
//! | button `subType` (or `sub_type`) | `sub_type` |
//! | `subType` `quickReply` (or `quick_reply`), `url`, `flow`, `catalog` (or `CATALOG`), `copy_code`, `mpm` | `quick_reply`, `url`, `flow`, `catalog`, `copy_code`, `mpm` |
//! | button `index` (number or string) | `index`, a string (`0` → `"0"`) |
//! | carousel `cards[]`: `card_index`, `components` | the same |
//! | parameter `text`: `text`, `parameterName` (or `parameter_name`) | `text`, `parameter_name` |
//! | parameter `payload`, `coupon_code` | the same |
//! | parameter `currency`: `fallbackValue`, `code`, `amount1000` (string or number) | `fallback_value`, `code`, `amount_1000` (an integer: `"100990"` → `100990`) |
//! | parameter type `dateTime`: `dateTime.fallbackValue` | type `date_time`: `date_time.fallback_value` |
//! | `dateTime` parts `dayOfWeek` … `minute`, `timestamp` | — dropped, LW594 info |
//! | parameter `image`, `document`, `video` | the same, media as in [`media`](super::media) |
//! | parameter `location` | the same |
//! | parameter `action`: `thumbnail_product_retailer_id`, `sections`, `flow_token`, `flow_action_data` | the same (snake_case in both) |
//! | parameter `limited_time_offer`: `limited_time_offer.expiration_time_ms` | the same |
//! | parameter `limited_time_offer`: `expiration_time_ms` on the parameter (the table's form) | written nested, LW598 info |
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Template", "Component", "Parameter", "Currency",
//! "DateTime"; Service4U WhatsApp API, "Sending Template Messages" (text-based, media-based,
//! interactive, location-based, authentication and multi-product templates).

use super::interactive::read_section;
use super::read::{Obj, Result, invalid, unsupported};
use super::write::{Notes, Object, each, loose, same};
use super::{location, media};
use crate::model::NumberOrString;
use crate::model::template::{
    ButtonAction, ButtonSubType, CarouselCard, Component, Currency, DateTime, Language, Parameter, Template,
};
use crate::pointer::JsonPointer;
use crate::rules::template::CAROUSEL_CARDS_COUNT;
use crate::rules::template::carousel::media_cards;
use crate::rules::translation::{DATE_TIME_PARTS_DROPPED, LTO_EXPIRATION_REWRITTEN, TEMPLATE_NAMESPACE_DROPPED};
use serde_json::Value;

/// The Cloud API `template` object; `path` is the LINK template's pointer.
pub(super) fn to_cloud(t: &Template, path: &JsonPointer, notes: &mut Notes) -> Value {
    if t.namespace.is_some() {
        notes.add(
            &TEMPLATE_NAMESPACE_DROPPED,
            path.key("namespace"),
            "the template namespace is left out; the Cloud API finds the template by name and language".into(),
            None,
        );
    }
    Object::new()
        .put("name", t.name.as_str())
        .put("language", Object::new().put("code", t.language.code.as_str()).build())
        .put("components", each(&t.components, &path.key("components"), |c, p| component(c, &p, notes)))
        .build()
}

fn component(c: &Component, path: &JsonPointer, notes: &mut Notes) -> Value {
    let parameters =
        |list: &[Parameter], notes: &mut Notes| each(list, &path.key("parameters"), |p, at| parameter(p, &at, notes));
    match c {
        Component::Header { parameters: list } => {
            Object::new().put("type", "header").put("parameters", parameters(list, notes)).build()
        }
        Component::Body { parameters: list } => {
            Object::new().put("type", "body").put("parameters", parameters(list, notes)).build()
        }
        Component::Button { sub_type, index, parameters: list } => Object::new()
            .put("type", "button")
            .put("sub_type", sub_type_to_cloud(*sub_type))
            .put("index", index_to_cloud(index))
            .put("parameters", parameters(list, notes))
            .build(),
        Component::Carousel { cards } => {
            let cloud = each(cards, &path.key("cards"), |card, at| carousel_card(card, &at, notes));
            // LINK 1.6.1 accepts one card; Meta's media card carousels have 2 to 10 (LW336 in
            // Cloud API JSON), so a one-card carousel has no Cloud API counterpart.
            if let Some(list) = cloud.as_array()
                && list.len() == 1
                && crate::json::tree::with_borrowed(&cloud, |cloud| cloud.as_array().is_some_and(media_cards))
            {
                notes.add(
                    &CAROUSEL_CARDS_COUNT,
                    path.key("cards"),
                    "a Cloud API media card carousel has 2 to 10 cards; this one has 1".into(),
                    Some("send the template with as many cards as it defines (2 to 10)"),
                );
            }
            Object::new().put("type", "carousel").put("cards", cloud).build()
        }
        Component::LimitedTimeOffer { parameters: list } => {
            Object::new().put("type", "limited_time_offer").put("parameters", parameters(list, notes)).build()
        }
    }
}

fn carousel_card(card: &CarouselCard, path: &JsonPointer, notes: &mut Notes) -> Value {
    Object::new()
        .put("card_index", card.card_index)
        .put("components", each(&card.components, &path.key("components"), |c, p| component(c, &p, notes)))
        .build()
}

/// `subType` → `sub_type`: Meta spells every value in snake_case.
fn sub_type_to_cloud(sub_type: ButtonSubType) -> &'static str {
    match sub_type {
        ButtonSubType::QuickReply => "quick_reply",
        ButtonSubType::Url => "url",
        ButtonSubType::Flow => "flow",
        ButtonSubType::Catalog => "catalog",
        ButtonSubType::CopyCode => "copy_code",
        ButtonSubType::Mpm => "mpm",
    }
}

/// A button `index` as the string Meta documents (`0` → `"0"`); a string stays as written.
fn index_to_cloud(index: &NumberOrString) -> Value {
    Value::String(index.to_string())
}

/// `amount1000` as the integer Meta's `amount_1000` is (`"100990"` → `100990`). A value that is
/// no whole number (which validation rejects, LW323) is kept as written.
fn amount_to_cloud(amount: &NumberOrString) -> Value {
    match whole_number(amount) {
        Some(n) => Value::from(n),
        None => loose(amount),
    }
}

/// The value as an `i64`: an integral JSON number, or a string of ASCII digits with an optional `-`.
fn whole_number(value: &NumberOrString) -> Option<i64> {
    match value {
        NumberOrString::Number(n) => n.as_i64(),
        NumberOrString::String(s) => {
            let digits = s.strip_prefix('-').unwrap_or(s);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            s.parse().ok()
        }
    }
}

/// `amount1000` in the form a round trip gives back: the digits of the whole number, as LINK
/// documents it (String).
pub(super) fn amount_round_tripped(amount: &NumberOrString) -> NumberOrString {
    match whole_number(amount) {
        Some(n) => NumberOrString::String(n.to_string()),
        None => amount.clone(),
    }
}

/// The LINK names and values of a dateTime's parts, which the Cloud API does not take.
pub(super) fn date_time_parts(dt: &DateTime) -> [(&'static str, &Option<NumberOrString>); 7] {
    [
        ("dayOfWeek", &dt.day_of_week),
        ("dayOfMonth", &dt.day_of_month),
        ("year", &dt.year),
        ("month", &dt.month),
        ("hour", &dt.hour),
        ("minute", &dt.minute),
        ("timestamp", &dt.timestamp),
    ]
}

fn parameter(p: &Parameter, path: &JsonPointer, notes: &mut Notes) -> Value {
    let typed = |kind: &str, member: Value| Object::new().put("type", kind).put(kind, member).build();
    match p {
        Parameter::Text { text, parameter_name } => Object::new()
            .put("type", "text")
            .put("text", text.as_str())
            .opt("parameter_name", parameter_name.as_deref())
            .build(),
        Parameter::Payload { payload } => typed("payload", payload.as_str().into()),
        Parameter::Currency { currency: c } => typed(
            "currency",
            Object::new()
                .put("fallback_value", c.fallback_value.as_str())
                .put("code", c.code.as_str())
                .put("amount_1000", amount_to_cloud(&c.amount1000))
                .build(),
        ),
        Parameter::DateTime { date_time } => {
            for (part, value) in date_time_parts(date_time) {
                if value.is_some() {
                    notes.add(
                        &DATE_TIME_PARTS_DROPPED,
                        path.key("dateTime").key(part),
                        format!("`{part}` is left out; the Cloud API shows `date_time.fallback_value` only"),
                        Some("make `fallbackValue` hold the whole date and time the recipient should see"),
                    );
                }
            }
            typed("date_time", Object::new().put("fallback_value", date_time.fallback_value.as_str()).build())
        }
        Parameter::Image { image } => typed("image", media::to_cloud(image, &path.key("image"), notes)),
        Parameter::Document { document } => typed("document", media::to_cloud(document, &path.key("document"), notes)),
        Parameter::Video { video } => typed("video", media::to_cloud(video, &path.key("video"), notes)),
        Parameter::Location { location } => typed("location", location::to_cloud(location)),
        Parameter::Action { action } => typed("action", same(action)),
        Parameter::CouponCode { coupon_code } => typed("coupon_code", coupon_code.as_str().into()),
        Parameter::LimitedTimeOffer { limited_time_offer, expiration_time_ms } => {
            let nested = limited_time_offer.map(|l| l.expiration_time_ms);
            if expiration_time_ms.is_some() {
                let message = if nested.is_some() {
                    "`expiration_time_ms` beside `limited_time_offer` is left out; the nested one is sent"
                } else {
                    "`expiration_time_ms` is written inside `limited_time_offer`, where the Cloud API reads it"
                };
                notes.add(&LTO_EXPIRATION_REWRITTEN, path.key("expiration_time_ms"), message.into(), None);
            }
            let ms = nested.or(*expiration_time_ms);
            Object::new()
                .put("type", "limited_time_offer")
                .opt("limited_time_offer", ms.map(|ms| Object::new().put("expiration_time_ms", ms).build()))
                .build()
        }
    }
}

/// A template from the Cloud API `template` object. A missing `components` is an empty list.
pub(super) fn from_cloud(mut o: Obj<'_>) -> Result<Template> {
    let template = Template {
        namespace: None,
        name: o.req("name")?,
        language: read_language(o.req_obj("language")?)?,
        components: o.opt_list("components", read_component)?.unwrap_or_default(),
    };
    o.finish()?;
    Ok(template)
}

fn read_language(mut o: Obj<'_>) -> Result<Language> {
    if o.has("policy") {
        return Err(unsupported(o.path.key("policy"), "the language `policy`"));
    }
    let language = Language { code: o.req("code")? };
    o.finish()?;
    Ok(language)
}

fn read_component(value: &Value, path: JsonPointer) -> Result<Component> {
    let mut o = Obj::of(value, path)?;
    let kind: String = o.req("type")?;
    let component = match kind.as_str() {
        "header" => Component::Header { parameters: o.req_list("parameters", read_parameter)? },
        "body" => Component::Body { parameters: o.req_list("parameters", read_parameter)? },
        "button" => Component::Button {
            sub_type: o.req("sub_type")?,
            index: o.req("index")?,
            parameters: o.req_list("parameters", read_parameter)?,
        },
        "carousel" => Component::Carousel { cards: o.req_list("cards", read_carousel_card)? },
        "limited_time_offer" => Component::LimitedTimeOffer { parameters: o.req_list("parameters", read_parameter)? },
        other => {
            return Err(invalid(
                &o.path.key("type"),
                format!(
                    "`{other}` is not a component type LINK takes: header, body, button, carousel or limited_time_offer"
                ),
            ));
        }
    };
    o.finish()?;
    Ok(component)
}

fn read_carousel_card(value: &Value, path: JsonPointer) -> Result<CarouselCard> {
    let mut o = Obj::of(value, path)?;
    let card = CarouselCard { card_index: o.req("card_index")?, components: o.req_list("components", read_component)? };
    o.finish()?;
    Ok(card)
}

fn read_parameter(value: &Value, path: JsonPointer) -> Result<Parameter> {
    let mut o = Obj::of(value, path)?;
    let kind: String = o.req("type")?;
    let parameter = match kind.as_str() {
        "text" => Parameter::Text { text: o.req("text")?, parameter_name: o.opt("parameter_name")? },
        "payload" => Parameter::Payload { payload: o.req("payload")? },
        "currency" => Parameter::Currency { currency: read_currency(o.req_obj("currency")?)? },
        "date_time" => Parameter::DateTime { date_time: read_date_time(o.req_obj("date_time")?)? },
        "image" => Parameter::Image { image: media::from_cloud(o.req_obj("image")?)? },
        "document" => Parameter::Document { document: media::from_cloud(o.req_obj("document")?)? },
        "video" => Parameter::Video { video: media::from_cloud(o.req_obj("video")?)? },
        "location" => Parameter::Location { location: location::from_cloud(o.req_obj("location")?)? },
        "action" => Parameter::Action { action: read_button_action(o.req_obj("action")?)? },
        "coupon_code" => Parameter::CouponCode { coupon_code: o.req("coupon_code")? },
        "limited_time_offer" => {
            Parameter::LimitedTimeOffer { limited_time_offer: o.req("limited_time_offer")?, expiration_time_ms: None }
        }
        other => {
            return Err(invalid(&o.path.key("type"), format!("`{other}` is not a parameter type LINK takes")));
        }
    };
    o.finish()?;
    Ok(parameter)
}

fn read_currency(mut o: Obj<'_>) -> Result<Currency> {
    let fallback_value = o.req("fallback_value")?;
    let code = o.req("code")?;
    let amount: Value = o.req("amount_1000")?;
    let amount1000 = match &amount {
        Value::Number(n) if n.is_i64() => NumberOrString::String(n.to_string()),
        Value::String(s) if whole_number(&NumberOrString::String(s.clone())).is_some() => {
            NumberOrString::String(s.clone())
        }
        _ => {
            return Err(invalid(&o.path.key("amount_1000"), "expected a whole number (the amount times 1000)".into()));
        }
    };
    o.finish()?;
    Ok(Currency { fallback_value, code, amount1000 })
}

/// `date_time`: `fallback_value`, and the parts of Meta's older reference (`day_of_week`,
/// `day_of_month`, `year`, `month`, `hour`, `minute`, `timestamp`), read into LINK's dateTime parts.
fn read_date_time(mut o: Obj<'_>) -> Result<DateTime> {
    let date_time = DateTime {
        fallback_value: o.req("fallback_value")?,
        day_of_week: o.opt("day_of_week")?,
        day_of_month: o.opt("day_of_month")?,
        year: o.opt("year")?,
        month: o.opt("month")?,
        hour: o.opt("hour")?,
        minute: o.opt("minute")?,
        timestamp: o.opt("timestamp")?,
    };
    o.finish()?;
    Ok(date_time)
}

fn read_button_action(mut o: Obj<'_>) -> Result<ButtonAction> {
    let action = ButtonAction {
        thumbnail_product_retailer_id: o.opt("thumbnail_product_retailer_id")?,
        sections: o.opt_list("sections", read_section)?,
        flow_token: o.opt("flow_token")?,
        flow_action_data: o.opt("flow_action_data")?,
    };
    o.finish()?;
    Ok(action)
}
