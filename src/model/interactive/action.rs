//! `interactive.action` and what it holds: reply buttons, list sections and rows, product items,
//! carousel cards, and the parameters of flow, cta_url, catalog_message and address_message
//! actions.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Interactive action", "Interactive section",
//! "Interactive button", "Interactive action parameters", "Interactive Product carousel action
//! cards parameters", "Interactive Media carousel action cards parameters"; Service4U WhatsApp
//! API, "Address Messages" and multi-product templates.

use super::{Body, Header};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// `action`: what the user can do. Which members apply depends on the interactive type:
///
/// | type | members |
/// |---|---|
/// | list | `button`, `sections` (rows) |
/// | button | `buttons` |
/// | product | `catalog_id`, `product_retailer_id` |
/// | product_list | `catalog_id`, `sections` (product_items) |
/// | catalog_message | `name` = catalog_message, optional `parameters` |
/// | flow | `name` = flow, `parameters` |
/// | cta_url | `name` = cta_url, `parameters` |
/// | location_request_message | `name` = send_location |
/// | address_message | `name` = address_message, `parameters` |
/// | carousel | `cards` |
///
/// Also the action of a product carousel card (`catalog_id`, `product_retailer_id`), of a media
/// carousel card (`name` = cta_url and `parameters`, or quick-reply `buttons`). The template `action` parameter is
/// [`template::ButtonAction`](crate::model::template::ButtonAction).
///
/// Source: LINK WhatsApp Message API 1.6.1, "Interactive action".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// `flow`, `send_location`, `cta_url`, `catalog_message` or `address_message`, matching the
    /// interactive type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The parameters of flow, cta_url, catalog_message and address_message actions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<ActionParameters>,
    /// A list's menu button text: non-empty, at most 20 characters (Unicode scalar values), no
    /// emoji or markdown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub button: Option<String>,
    /// A button message's reply buttons, 1 to 3; a media carousel card's quick-reply buttons.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub buttons: Option<Vec<Button>>,
    /// A list's or multi-product message's sections, 1 to 10.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sections: Option<Vec<Section>>,
    /// The Facebook catalog's id (product, product_list, product carousel cards).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub catalog_id: Option<String>,
    /// The product's retailer id (SKU, "Content Id") in the catalog (product, product carousel
    /// cards).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_retailer_id: Option<String>,
    /// Listed by the action table for single-product and multi-product messages ("Unique
    /// identifier of the product in a catalog"); the examples use `product_retailer_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail_product_retailer_id: Option<String>,
    /// `flowToken`: the action table documents it for Flow templates only; in an interactive flow
    /// message the token belongs in `parameters.flow_token` (the rules warn).
    #[serde(rename = "flowToken", skip_serializing_if = "Option::is_none")]
    pub flow_token: Option<String>,
    /// A carousel's cards, 2 to 10 (LINK 1.6.1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cards: Option<Vec<Card>>,
}

/// `action.parameters`: one object for every action kind; which members apply depends on
/// `action.name`.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Interactive action parameters"; Service4U WhatsApp
/// API, "Address Messages" (`country`, `values`, `saved_addresses`, `validation_errors`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionParameters {
    /// catalog_message: the product whose thumbnail heads the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail_product_retailer_id: Option<String>,
    /// cta_url: the button text, at most 20 characters (Unicode scalar values); required.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_text: Option<String>,
    /// cta_url: the URL the button opens; required.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// flow: `draft` or `published` (the default).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// flow: must be `"3"`; required.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flow_message_version: Option<String>,
    /// flow: a token the business generates to identify the flow session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flow_token: Option<String>,
    /// flow: the flow's id; required.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flow_id: Option<String>,
    /// flow: the CTA button text, at most 20 characters (Unicode scalar values), no emoji; required.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flow_cta: Option<String>,
    /// flow: `navigate` (the default) or `data_exchange`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flow_action: Option<String>,
    /// flow: the first screen and its data; only with `navigate`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flow_action_payload: Option<FlowActionPayload>,
    /// address_message: `IN` or `SG`; required.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// address_message: values to prefill the address form with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<AddressValues>,
    /// address_message: addresses the user can pick instead of typing one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saved_addresses: Option<Vec<SavedAddress>>,
    /// address_message: field name → error message; the user cannot submit until fixed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validation_errors: Option<BTreeMap<String, String>>,
}

/// `flow_action_payload`: the flow's first screen and its input data.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Interactive action parameters".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlowActionPayload {
    /// The id of the entry screen shown first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub screen: Option<String>,
    /// Input data for the first screen: any JSON object the flow defines (the document's example
    /// has `product_name`, `product_description`, `product_price`); non-empty when present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Map<String, Value>>,
}

/// The fields of an address form: prefilled `values`, or a saved address's `value`. India uses
/// `in_pin_code` (at most 6), `house_number`, `floor_number`, `tower_number`, `building_name`,
/// `landmark_area`, `state`; Singapore `sg_post_code` (at most 6) and `unit_number`; both use
/// `name`, `phone_number`, `address`, `city`.
///
/// Source: Service4U WhatsApp API, "Address Messages".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddressValues {
    /// Name (India, Singapore).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Phone number, a valid one (India, Singapore).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Pin code, at most 6 characters (India).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_pin_code: Option<String>,
    /// Post code, at most 6 digits (Singapore).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sg_post_code: Option<String>,
    /// Flat or house number (India).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub house_number: Option<String>,
    /// Floor number (India).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub floor_number: Option<String>,
    /// Tower number (India).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tower_number: Option<String>,
    /// Building or apartment name (India).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub building_name: Option<String>,
    /// Address (India, Singapore).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Landmark or area (India).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub landmark_area: Option<String>,
    /// Unit number (Singapore).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_number: Option<String>,
    /// City (India, Singapore).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State (India).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

/// One entry of `saved_addresses`.
///
/// Source: Service4U WhatsApp API, "Address Messages".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedAddress {
    /// The address's id.
    pub id: String,
    /// The address fields.
    pub value: AddressValues,
}

/// A button: a reply button of a button message, or a quick-reply button of a media carousel
/// card; told apart by `type`.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Interactive button"; Cloud API reference,
/// Interactive carousel ("cta_url params OR quick_reply buttons[]").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Button {
    /// `reply`: a button of a button message.
    Reply {
        /// The button's id and title.
        reply: Reply,
    },
    /// `quick_reply`: a button of a media carousel card; the same kind and count on every card.
    QuickReply {
        /// The button's id and title.
        quick_reply: Reply,
    },
}

/// `reply` (and a carousel card's `quick_reply`): a button's id and title.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Interactive button".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    /// Returned in the callback when tapped: unique in the message, at most 256 characters
    /// (Unicode scalar values).
    pub id: String,
    /// The button's text: non-empty, unique in the message, at most 20 characters (Unicode scalar
    /// values), no emoji or markdown.
    pub title: String,
}

/// A section of a list (rows) or of a multi-product message (product items).
///
/// Source: LINK WhatsApp Message API 1.6.1, "Interactive section".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The section title, at most 24 characters (Unicode scalar values). LINK's table marks it
    /// required; the Cloud API reference only when there is more than one section, so it is
    /// optional here and the rules decide.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// A list's rows; at most 10 across all sections.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rows: Option<Vec<Row>>,
    /// A multi-product message's products: at least 1 per section, at most 30 in all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_items: Option<Vec<ProductItem>>,
}

/// A row of a list section.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Interactive section" (`rows`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    /// Returned in the callback when chosen: unique, at most 200 characters (Unicode scalar values).
    pub id: String,
    /// What the user sees, at most 24 characters (Unicode scalar values).
    pub title: String,
    /// Shown under the title, at most 72 characters (Unicode scalar values).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A product of a multi-product section.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Interactive section" (`product_items`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProductItem {
    /// The product's retailer id (SKU, "Content Id") in the catalog.
    pub product_retailer_id: String,
}

/// A card of an interactive carousel (LINK 1.6.1): a product card (`type` product, `action` with
/// `catalog_id` and `product_retailer_id`) or a media card (`type` cta_url, an image or video
/// `header`, an optional `body`, `action` with `name` cta_url and `parameters`).
///
/// Source: LINK WhatsApp Message API 1.6.1, "Interactive Product carousel action cards
/// parameters", "Interactive Media carousel action cards parameters".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// `card_index`: 0 to 9, unique, in order.
    pub card_index: u32,
    /// `type`: `product` or `cta_url`.
    #[serde(rename = "type")]
    pub kind: CardType,
    /// A media card's header: image or video, the same type on every card.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<Header>,
    /// A media card's text: at most 160 characters (Unicode scalar values) and 2 line breaks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<Body>,
    /// The card's action.
    pub action: Action,
}

/// A carousel card's `type`.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Interactive Product/Media carousel action cards
/// parameters".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardType {
    /// `product`: a product from a catalog.
    Product,
    /// `cta_url`: an image or video with a URL button.
    CtaUrl,
}
