//! Incoming messages sent from mobile phones (MO): the standard format, and the 1.4.2
//! "alternative receive message".
//!
//! Each content member is "only populated" for its own `contentType`; the types keep every member
//! as an `Option`, so a document that contradicts itself (a warning when linted) still round-trips.
//! [`IncomingBody::content`] reads the member the type names.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Incoming Messages Sent from Mobile Phones" (table and
//! examples); 1.4.2, "Receive message", "Alternative receive message".

use super::common::{Extra, KeyValue, Route, nullable, string_enum};
use serde::{Deserialize, Serialize};

/// An incoming message in the standard format (`content.type` WHATSAPP).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct IncomingMessage {
    /// `destination`: the business number the message was sent to (MSISDN).
    pub destination: String,
    /// `source`: the sender's number (MSISDN).
    pub source: String,
    /// `content`.
    pub content: IncomingContent,
    /// `provider`: `whatsapp`.
    pub provider: String,
    /// `timestamp`: when the gateway received it, RFC 3339.
    pub timestamp: String,
    /// `messageId`: the gateway's id.
    pub message_id: String,
    /// `providerTimestamp`: when WhatsApp received it, RFC 3339.
    pub provider_timestamp: String,
    /// `providerMessageId`: WhatsApp's id (`wamid.…`); a reply's `context.id` refers to such ids.
    pub provider_message_id: String,
    /// `route`: the route the message came by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<Route>,
    /// `gateCustomParameters` (`null` kept as `Some(None)`).
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, string> | null"))]
    pub gate_custom_parameters: Option<Option<KeyValue>>,
    /// `customParameters` (`null` kept as `Some(None)`).
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, string> | null"))]
    pub custom_parameters: Option<Option<KeyValue>>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `content` of an incoming message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct IncomingContent {
    /// `type`: `WHATSAPP`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `message`.
    pub message: IncomingBody,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

string_enum! {
    /// `contentType` of an incoming message: which member holds its content.
    ContentType {
        /// `TEXT`: `text`.
        Text = "TEXT",
        /// `BUTTON`: `button`, a quick-reply button of a template.
        Button = "BUTTON",
        /// `MEDIA`: `media`.
        Media = "MEDIA",
        /// `INTERACTIVE`: `interactive`, a list or button reply.
        Interactive = "INTERACTIVE",
        /// `ORDER`: `order`.
        Order = "ORDER",
        /// `REACTION`: `emoji` (absent when the reaction was removed), and `context.id`, the message
        /// reacted to. Shown in the 1.6 and 1.6.1 examples, not in the table.
        Reaction = "REACTION",
    }
}

/// `content.message`: the content type and its member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct IncomingBody {
    /// `contentType`.
    pub content_type: ContentType,
    /// `text`: for TEXT.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// `button`: for BUTTON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub button: Option<ButtonReply>,
    /// `media`: for MEDIA.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<IncomingMedia>,
    /// `context`: the message this one replies or reacts to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<Context>,
    /// `interactive`: for INTERACTIVE.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interactive: Option<InteractiveReply>,
    /// `order`: for ORDER.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<Order>,
    /// `emoji`: for REACTION; absent or empty when the reaction was removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emoji: Option<String>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// The content of an incoming message, as its `contentType` says (see [`IncomingBody::content`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Content<'a> {
    /// TEXT.
    Text(&'a str),
    /// BUTTON: a template's quick-reply button was pressed.
    Button(&'a ButtonReply),
    /// MEDIA.
    Media(&'a IncomingMedia),
    /// INTERACTIVE with `list_reply`.
    ListReply(&'a ListReply),
    /// INTERACTIVE with `button_reply`.
    ButtonReply(&'a Reply),
    /// INTERACTIVE of type `cta_url` (no reply member).
    CtaUrl,
    /// ORDER.
    Order(&'a Order),
    /// REACTION: the emoji (`None` when the reaction was removed) and the id of the message reacted
    /// to (`context.id`).
    Reaction {
        /// The emoji; `None` when absent or empty.
        emoji: Option<&'a str>,
        /// `context.id`.
        to: Option<&'a str>,
    },
    /// An undocumented content type, or its member is missing.
    Other,
}

impl IncomingBody {
    /// The member the content type names.
    pub fn content(&self) -> Content<'_> {
        let reply = self.interactive.as_ref();
        match self.content_type {
            ContentType::Text => self.text.as_deref().map_or(Content::Other, Content::Text),
            ContentType::Button => self.button.as_ref().map_or(Content::Other, Content::Button),
            ContentType::Media => self.media.as_ref().map_or(Content::Other, Content::Media),
            ContentType::Interactive => match reply.map(|r| &r.kind) {
                Some(InteractiveType::ListReply) => {
                    reply.and_then(|r| r.list_reply.as_ref()).map_or(Content::Other, Content::ListReply)
                }
                Some(InteractiveType::ButtonReply) => {
                    reply.and_then(|r| r.button_reply.as_ref()).map_or(Content::Other, Content::ButtonReply)
                }
                Some(InteractiveType::CtaUrl) => Content::CtaUrl,
                _ => Content::Other,
            },
            ContentType::Order => self.order.as_ref().map_or(Content::Other, Content::Order),
            ContentType::Reaction => Content::Reaction {
                emoji: self.emoji.as_deref().filter(|e| !e.is_empty()),
                to: self.context.as_ref().map(|c| c.id.as_str()),
            },
            ContentType::Other(_) => Content::Other,
        }
    }
}

/// `button` of a BUTTON message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct ButtonReply {
    /// `text`: the button's text.
    pub text: String,
    /// `payload`: the payload the template's button was sent with.
    pub payload: String,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `media` of a MEDIA message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct IncomingMedia {
    /// `type`: the MIME type, e.g. `image/jpeg`.
    #[serde(rename = "type")]
    pub mime_type: String,
    /// `source`: the URL to download it from.
    pub source: String,
    /// `caption`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `context`: the message replied or reacted to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct Context {
    /// `source`: who sent the message replied to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `id` (1.4.2: `messageId`, read and written as `id`): the WhatsApp id of the message.
    #[serde(alias = "messageId")]
    pub id: String,
    /// `referred_product`: the product an enquiry is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referred_product: Option<ReferredProduct>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `context.referred_product`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct ReferredProduct {
    /// `catalog_id`.
    pub catalog_id: String,
    /// `product_retailer_id`.
    pub product_retailer_id: String,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

string_enum! {
    /// `interactive.type` of an incoming INTERACTIVE message.
    InteractiveType {
        /// `list_reply`: a list row was chosen.
        ListReply = "list_reply",
        /// `button_reply`: a reply button was pressed.
        ButtonReply = "button_reply",
        /// `cta_url`: a call-to-action URL button.
        CtaUrl = "cta_url",
    }
}

/// `interactive` of an INTERACTIVE message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct InteractiveReply {
    /// `type`.
    #[serde(rename = "type")]
    pub kind: InteractiveType,
    /// `list_reply`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_reply: Option<ListReply>,
    /// `button_reply`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub button_reply: Option<Reply>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `list_reply`: the row chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct ListReply {
    /// `id`: the row's id.
    pub id: String,
    /// `title`.
    pub title: String,
    /// `description`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `button_reply`: the button pressed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct Reply {
    /// `id`: the button's id.
    pub id: String,
    /// `title`.
    pub title: String,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `order` of an ORDER message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct Order {
    /// `catalog_id`.
    pub catalog_id: String,
    /// `text`: the customer's note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// `product_items`.
    pub product_items: Vec<ProductItem>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// One product of an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct ProductItem {
    /// `product_retailer_id`.
    pub product_retailer_id: String,
    /// `quantity`: a string of digits, as the gateway sends it (Meta's webhook sends a number).
    pub quantity: String,
    /// `item_price`: the unit price, a decimal string.
    pub item_price: String,
    /// `currency`: ISO 4217.
    pub currency: String,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// The 1.4.2 "alternative receive message", which the gateway forwards instead of the standard
/// format where a receiving gateway is configured for it (1.4.4 removed it from the documents).
/// The table spells `operatorTimestamp`; the examples' `operatorTimeStamp` is not read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AlternativeMessage {
    /// `messageId`.
    pub message_id: String,
    /// `source`: the sender (MSISDN).
    pub source: String,
    /// `destination`: the business number (MSISDN).
    pub destination: String,
    /// `channel`: `WHATSAPP`.
    pub channel: String,
    /// `timestamp`: RFC 3339.
    pub timestamp: String,
    /// `content`.
    pub content: AlternativeContent,
    /// `operator`: `whatsapp`.
    pub operator: String,
    /// `operatorMessageId`: WhatsApp's id.
    pub operator_message_id: String,
    /// `operatorTimestamp`: RFC 3339.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_timestamp: Option<String>,
    /// `route`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<Route>,
    /// `gateCustomParameters` (`null` kept as `Some(None)`).
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, string> | null"))]
    pub gate_custom_parameters: Option<Option<KeyValue>>,
    /// `customParameters` (`null` kept as `Some(None)`).
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, string> | null"))]
    pub custom_parameters: Option<Option<KeyValue>>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// `content` of an alternative receive message: TEXT with `data`, or MEDIA with `subject` and
/// `items`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct AlternativeContent {
    /// `type`: `TEXT` or `MEDIA`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `data`: the text, for TEXT.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    /// `subject`: the caption, for MEDIA.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// `items`: the media, for MEDIA.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<MediaItem>>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}

/// One media item of an alternative receive message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MediaItem {
    /// `type`: `URL`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `contentId`.
    pub content_id: String,
    /// `contentType`: the MIME type.
    pub content_type: String,
    /// `url`: where to download it.
    pub url: String,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}
