//! [`round_tripped`]: what survives `from_meta(to_meta(…))`.

use super::template::amount_round_tripped;
use crate::model::interactive::{Action, Header};
use crate::model::template::{Component, LimitedTimeOffer, Parameter};
use crate::model::{Media, Message, NumberOrString};

/// The message as [`from_meta`](super::from_meta) gives it back from its
/// [`to_meta`](super::to_meta) body: `from_meta(&to_meta(&request).messages[i]).message ==
/// round_tripped(&request.messages[i])` for every valid request.
///
/// What differs from the input:
/// - left out (no Cloud API counterpart): `template.namespace`, the dateTime parts (`dayOfWeek` …
///   `minute`, `timestamp`), every media `provider`, `action.flowToken` (message and carousel cards);
/// - written in the documented LINK form: a button `index` as a string (`0` → `"0"`), `amount1000`
///   as a string of digits (`100990` → `"100990"`, `"0100990"` → `"100990"`);
/// - a limited_time_offer parameter's `expiration_time_ms` nested in `limited_time_offer` (the
///   nested value wins when both are given).
///
/// The envelope members (platform ids, priority, validity, refId, customParameters,
/// eventReportGates, source) are not part of a message; a Cloud API body gives back only `to`.
pub fn round_tripped(message: &Message) -> Message {
    let mut m = message.clone();
    match &mut m {
        Message::Text { .. } | Message::Location { .. } | Message::Contacts { .. } => {}
        Message::Image { image: media }
        | Message::Audio { audio: media }
        | Message::Video { video: media }
        | Message::Document { document: media }
        | Message::Sticker { sticker: media } => strip_media(media),
        Message::Template { template } => {
            template.namespace = None;
            template.components.iter_mut().for_each(component);
        }
        Message::Interactive { interactive } => {
            interactive.header.iter_mut().for_each(header);
            action(&mut interactive.action);
        }
    }
    m
}

fn strip_media(media: &mut Media) {
    media.provider = None;
}

fn header(h: &mut Header) {
    h.image.iter_mut().chain(h.video.iter_mut()).chain(h.document.iter_mut()).for_each(strip_media);
}

fn action(a: &mut Action) {
    a.flow_token = None;
    for card in a.cards.iter_mut().flatten() {
        card.header.iter_mut().for_each(header);
        action(&mut card.action);
    }
}

fn component(c: &mut Component) {
    match c {
        Component::Header { parameters }
        | Component::Body { parameters }
        | Component::LimitedTimeOffer { parameters } => {
            parameters.iter_mut().for_each(parameter);
        }
        Component::Button { index, parameters, .. } => {
            if let NumberOrString::Number(n) = index {
                *index = NumberOrString::String(n.to_string());
            }
            parameters.iter_mut().for_each(parameter);
        }
        Component::Carousel { cards } => {
            cards.iter_mut().flat_map(|card| card.components.iter_mut()).for_each(component);
        }
    }
}

fn parameter(p: &mut Parameter) {
    match p {
        Parameter::Currency { currency } => currency.amount1000 = amount_round_tripped(&currency.amount1000),
        Parameter::DateTime { date_time } => {
            let fallback_value = std::mem::take(&mut date_time.fallback_value);
            *date_time = crate::model::template::DateTime { fallback_value, ..Default::default() };
        }
        Parameter::Image { image: media }
        | Parameter::Document { document: media }
        | Parameter::Video { video: media } => strip_media(media),
        Parameter::LimitedTimeOffer { limited_time_offer, expiration_time_ms } => {
            if let Some(flat) = expiration_time_ms.take()
                && limited_time_offer.is_none()
            {
                *limited_time_offer = Some(LimitedTimeOffer { expiration_time_ms: flat });
            }
        }
        Parameter::Text { .. }
        | Parameter::Payload { .. }
        | Parameter::Location { .. }
        | Parameter::Action { .. }
        | Parameter::CouponCode { .. } => {}
    }
}
