//! Which members can hold a placeholder, and what belongs there instead.
//!
//! Decided per member of a [`Shape`], by its JSON type and its name:
//! - a member typed other than string (an object, an array, a number, a boolean): a string there is
//!   a placeholder when it has one of the forms (`"JSON Payload"` for an object, `"{{ttl}}"` for a
//!   number);
//! - a string member listed below: one with a format (phone numbers, ids, links, codes, dates,
//!   emoji; [`Kind::Value`]) or an enumeration or a name chosen elsewhere ([`Kind::Choice`]: button
//!   types, Flow screens, platform ids; their real values can be upper-case words, so only the
//!   bracket and URL forms count there);
//! - any other string member is free text (`body`, `caption`, `title`, `text`, `payload`,
//!   `fallbackValue`, names and addresses of people and places, and parameter names, which the
//!   template definition chose): never a placeholder.
//!
//! Members are named by their key in the shape (the LINK spelling where the dialects differ).

use crate::json::tree::Value;
use crate::rules::shape::{Field, Shape, Ty};

/// Which placeholder forms count in a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An enumeration value or a name chosen elsewhere: bracket, ellipsis and URL forms only.
    Choice,
    /// A value with a format, or a string where another JSON type belongs: every form.
    Value,
}

/// A position that can hold a placeholder: which forms count, and what belongs there (for the
/// message; `None` names the member instead).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Slot {
    pub kind: Kind,
    pub what: Option<&'static str>,
}

const fn value(what: &'static str) -> Option<Slot> {
    Some(Slot { kind: Kind::Value, what: Some(what) })
}

const CHOICE: Option<Slot> = Some(Slot { kind: Kind::Choice, what: None });

/// A phone number where a LINK MSISDN or a Cloud API `to` belongs, outside an object's shape
/// (`destinations`).
pub(crate) const PHONE: Slot = Slot { kind: Kind::Value, what: Some("a phone number") };

/// A message id outside an object's shape (a MessageResponse's `messageIds`).
pub(crate) const MESSAGE_ID: Slot = Slot { kind: Kind::Value, what: Some("a message id") };

/// The most frequent free-text members, whose (often long) values are not looked at.
const FREE_TEXT: &[&str] = &["text", "body", "title", "description", "caption", "payload", "fallbackValue"];

/// The slot of `field` of `shape`: `None` for free text (computed once per shape, by
/// [`Shape`]'s lookup).
pub(crate) fn field_slot(shape: &Shape, field: &Field) -> Option<Slot> {
    if field.ty == Ty::Str && FREE_TEXT.contains(&field.key) {
        return None;
    }
    slot(shape.name, field.key, field.ty)
}

/// `slot`, when `member`'s value is a placeholder there.
pub(crate) fn slot_of(slot: Option<Slot>, member: &Value) -> Option<Slot> {
    let slot = slot?;
    super::is_placeholder(member.as_str()?, slot.kind).then_some(slot)
}

/// The slot of the member `key` (typed `ty`) of the shape named `shape`; `None` for free text.
pub(crate) fn slot(shape: &str, key: &str, ty: Ty) -> Option<Slot> {
    match ty {
        Ty::Any => None,
        _ if key == "latitude" || key == "longitude" => value("a coordinate"),
        // A Cloud API `to` may be a JSON integer of digits (LW531); its placeholders are phone numbers.
        Ty::NumOrStr if key == "to" => value("a phone number"),
        Ty::Str => string_slot(shape, key),
        Ty::Obj => value("an object"),
        Ty::Arr => value("an array"),
        Ty::Int | Ty::Num | Ty::NumOrStr => value("a number"),
        Ty::Bool => value("a boolean"),
    }
}

fn string_slot(shape: &str, key: &str) -> Option<Slot> {
    match key {
        "type" => CHOICE,
        "to" | "from" | "destination" | "phone" | "phone_number" | "display_phone_number" | "number" | "input" => {
            value("a phone number")
        }
        "waId" | "wa_id" | "recipient_id" | "user_id" => value("a WhatsApp id"),
        "source" if shape.contains("media") => value("a URL"),
        "source" => value("a phone number"),
        "id" if shape.contains("media") => value("a media id"),
        "id" if shape.contains("message") => value("a message id"),
        "id" => value("an id"),
        "message_id" | "messageId" | "providerMessageId" | "operatorMessageId" => value("a message id"),
        "phone_number_id" => value("a phone number id"),
        "catalog_id" => value("a catalog id"),
        "reference_id" => value("a reference id"),
        "product_retailer_id" | "thumbnail_product_retailer_id" => value("a product id"),
        "contentId" => value("a content id"),
        "flow_id" => value("a Flow id"),
        "flow_token" | "flowToken" => value("a Flow token"),
        "flow_message_version" => value("a Flow message version"),
        "emoji" => value("an emoji"),
        "timestamp" | "expiration_timestamp" | "providerTimestamp" | "operatorTimestamp" | "start" | "end" => {
            value("a timestamp")
        }
        "absoluteValidityTime" => value("a date-time"),
        "birthday" => value("a date"),
        "email" => value("an e-mail address"),
        // A template definition's button URL holds `{{1}}` as template text.
        "url" if shape == "a template definition button" => None,
        "url" | "link" | "href" => value("a URL"),
        "code" if shape.contains("language") => value("a language code"),
        "code" if shape.contains("currency") => value("a currency code"),
        "code" => value("a code"),
        "language" => value("a language code"),
        "currency" => value("a currency code"),
        "countryCode" => value("a country code"),
        "country" if shape == "address_message `parameters`" => value("a country code"),
        "zip" | "sg_post_code" | "in_pin_code" => value("a postal code"),
        "name" if shape == "`template`" || shape == "a template definition" => value("a template name"),
        "library_template_name" => value("a template name"),
        "name" if shape.starts_with("the `action`") || shape.ends_with("card's `action`") => CHOICE,
        "namespace" => value("a namespace"),
        "package_name" => value("a package name"),
        "signature_hash" => value("an app signature hash"),
        "mime_type" => value("a MIME type"),
        "sha256" => value("a SHA-256 hash"),
        "quantity" | "item_price" => value("a number"),
        "subType"
        | "sub_type"
        | "status"
        | "category"
        | "mode"
        | "format"
        | "priority"
        | "recipient_type"
        | "messaging_product"
        | "policy"
        | "calendar"
        | "contentType"
        | "messageType"
        | "keywordType"
        | "otp_type"
        | "flow_action"
        | "flow_name"
        | "parameter_format"
        | "display_format"
        | "object"
        | "field"
        | "channel"
        | "pricing_model"
        | "message_status"
        | "sub_category"
        | "previous_category"
        | "correct_category"
        | "rejected_reason"
        | "icon"
        | "screen"
        | "navigate_screen"
        | "provider"
        | "operator"
        | "platformId"
        | "platformPartnerId"
        | "platformServiceId"
        | "platformServiceType"
        | "platformTransactionId"
        | "refId"
        | "filename"
        | "coupon_code" => CHOICE,
        _ => None,
    }
}
