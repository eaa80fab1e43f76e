//! LW400–LW499: interactive messages (the `interactive` member of a message of type
//! `interactive`). The message envelope is LINK's (camelCase); the interactive object itself is
//! Meta's snake_case object, passed through by the gateway.
//!
//! In Cloud API JSON the same object is checked against the Cloud API reference's limits tables
//! (004, which decides there), with these differences from LINK: a list body may have 4096
//! characters (LW401), a single list section may be untitled (no LW424), and the list button and
//! reply titles may contain emoji (Meta's reference; LW404 checks only `flow_cta`). Media headers
//! take no `provider` (LW239).
//!
//! Every rule of the family is declared here, in one table; the checks live in one submodule
//! per object: [`header`], [`list`] (list messages and the section rules product lists share),
//! [`buttons`] (reply buttons, and the reply limits carousel quick replies share), [`product`]
//! (product, product_list, catalog_message), [`flow`], [`cta_url`], [`address`], [`carousel`],
//! and [`text`] (emoji and markdown detection, common string checks).
//!
//! Each interactive type has its own `action` shape, so a member of another type's action
//! (`buttons` on a list) is reported as an unknown member (LW005) with a did-you-mean.
//! Character limits count Unicode scalar values.
//!
//! Sources: LINK WhatsApp Message API 1.6.1 (000; decides where documents disagree) and 1.6
//! (001), "Interactive message" and its subsections; the Cloud API reference with limits tables
//! (004) for list, button, cta_url, carousel, location request and address messages; Service4U
//! WhatsApp API (003), "Address Messages".

pub(crate) mod address;
pub(crate) mod buttons;
pub(crate) mod carousel;
pub(crate) mod cloud;
pub(crate) mod cta_url;
pub(crate) mod flow;
pub(crate) mod header;
pub(crate) mod list;
pub(crate) mod product;
pub(crate) mod text;

#[cfg(test)]
mod tests;

use super::cx::Cx;
use super::finding::Finding;
use super::registry::declare_rules;
use super::shape::{Hooks, Obj, Shape, Ty, opt, req};
use super::structure::REQUIRED_MEMBER_MISSING;
use super::suggest::closest;
use crate::diagnostic::Dialect;
use crate::json::tree::Value;

const MESSAGE: &str = "LINK WhatsApp Message API 1.6.1, Interactive message";
const HEADER: &str = "LINK WhatsApp Message API 1.6.1, Interactive header";
const ACTION: &str = "LINK WhatsApp Message API 1.6.1, Interactive action";
const SECTION: &str = "LINK WhatsApp Message API 1.6.1, Interactive section";
const BUTTON: &str = "LINK WhatsApp Message API 1.6.1, Interactive button";
const PARAMETERS: &str = "LINK WhatsApp Message API 1.6.1, Interactive action parameters";
const LIST_CR: &str = "Cloud API reference (limits tables), Interactive list: Fields";
const MEDIA_CARDS: &str = "LINK WhatsApp Message API 1.6.1, Interactive Media carousel action cards parameters";
const PRODUCT_CARDS: &str = "LINK WhatsApp Message API 1.6.1, Interactive Product carousel action cards parameters";
const CAROUSEL_CR: &str = "Cloud API reference (limits tables), Interactive carousel: Limits";
const ADDRESS: &str = "Service4U WhatsApp API, Address Messages";

declare_rules! {
    INTERACTIVE_TYPE_UNKNOWN = LW400 "interactive-type-unknown" Error fix Safe,
        "`interactive.type` is one of list, button, product, product_list, catalog_message, flow, cta_url, location_request_message, address_message, carousel (in Cloud API JSON also order_details, order_status, voice_call, call_permission_request).",
        "The gateway and Meta reject other types. The 1.6 table writes `catalog message` and 1.6.1 `product carousel`/`media carousel`; the values sent are `catalog_message` and `carousel` (1.6.1 examples). The four payments and calling types are Meta's (OpenAPI v23 `InteractiveObject.type`; Payments and Calling pages, December 2025) and not LINK's. In Cloud API JSON a known type in upper case (`BUTTON`) is LW526, a warning.",
        MESSAGE;
    BODY_TEXT_TOO_LONG = LW401 "body-text-too-long" Error,
        "`interactive.body.text` is at most 1024 characters (in Cloud API JSON, 4096 for list messages).",
        "Longer bodies are rejected. The Cloud API reference allows 4096 for list messages, and decides for Cloud API payloads; LINK 1.6.1 says 1024 for every type and decides for LINK payloads.",
        MESSAGE;
    FOOTER_TEXT_TOO_LONG = LW402 "footer-text-too-long" Error,
        "`interactive.footer.text` is at most 60 characters.",
        "Longer footers are rejected.",
        MESSAGE;
    INTERACTIVE_TEXT_EMPTY = LW403 "interactive-text-empty" Error,
        "A text the interactive message shows or sends back (body, header, footer, button label, row or reply id and title, flow id and CTA, URL, catalog and product ids) is not empty or only white space.",
        "The documents say a button title \"cannot be an empty string\"; Meta rejects empty required strings (error 131008/100), and an empty label leaves nothing to tap.",
        BUTTON;
    INTERACTIVE_EMOJI_NOT_ALLOWED = LW404 "interactive-emoji-not-allowed" Error,
        "The list button, reply button titles and `flow_cta` contain no emoji (in Cloud API JSON, `flow_cta` only).",
        "The LINK documents say these labels do not allow emojis (\"Character limit - 20 characters (no emoji)\"). Meta's Cloud API reference says emojis are supported in the list button and reply titles, but not in the flow CTA, so Cloud API payloads are checked for the flow CTA only. Emoji detection covers the Unicode emoji blocks and U+FE0F; see `has_emoji`.",
        BUTTON;
    INTERACTIVE_MARKDOWN_NOT_ALLOWED = LW405 "interactive-markdown-not-allowed" Warning,
        "The header text, list button and reply button titles contain no WhatsApp markdown (*bold*, _italic_, ~strike~, ```mono```).",
        "The documents say these texts do not allow markdown: the formatting characters are shown as typed. Detection follows WhatsApp's delimiter rules, so `snake_case` is not markdown; a warning because it is a heuristic.",
        HEADER;
    ACTION_NAME_INVALID = LW406 "action-name-invalid" Error fix Safe,
        "`action.name` is the value the interactive type requires: `flow`, `cta_url`, `send_location` (location_request_message), `catalog_message`, `address_message`; `cta_url` on carousel media cards; in Cloud API JSON `review_and_pay` (order_details), `review_order` (order_status), `voice_call`, `call_permission_request`.",
        "The action name tells WhatsApp which action to render; another value is rejected.",
        ACTION;
    FLOW_TOKEN_MISPLACED = LW407 "flow-token-misplaced" Warning,
        "An interactive flow message carries `action.flowToken`, which the action table documents for Flow templates only.",
        "In an interactive flow message the token goes in `action.parameters.flow_token`; `action.flowToken` is not passed on, so the flow receives no token.",
        ACTION;

    HEADER_TYPE_INVALID = LW410 "header-type-invalid" Error fix Safe,
        "`header.type` is one of text, image, video, document.",
        "Other header types do not exist; the message is rejected.",
        HEADER;
    HEADER_TYPE_NOT_ALLOWED = LW411 "header-type-not-allowed" Error,
        "The header type is one the interactive type supports: list and product_list text only; button text, image, video or document; carousel media cards image or video.",
        "List messages only support text headers (1.6.1, Interactive header); Meta's interactive header documentation limits multi-product headers to text; media cards take image or video (1.6.1, media carousel cards).",
        HEADER;
    HEADER_TEXT_TOO_LONG = LW412 "header-text-too-long" Error,
        "`header.text` (and, in Cloud API JSON, the optional `header.sub_text`) is at most 60 characters.",
        "Longer header texts are rejected. `sub_text` is Meta's (Cloud API reference, header object; OpenAPI v23 `HeaderObject.sub_text`, maxLength 60); LINK documents no such member.",
        HEADER;
    HEADER_MEMBER_IGNORED = LW413 "header-member-ignored" Warning,
        "A header carries the member of another header type (e.g. `image` with `type: text`).",
        "Only the member named by `header.type` is used; the other is ignored or makes Meta reject the header.",
        HEADER;

    LIST_BUTTON_TOO_LONG = LW420 "list-button-too-long" Error,
        "`action.button` of a list message is at most 20 characters.",
        "Longer button labels are rejected.",
        ACTION;
    SECTIONS_COUNT_OUT_OF_RANGE = LW421 "sections-count-out-of-range" Error,
        "`action.sections` of a list or product_list message has 1 to 10 sections.",
        "The documents set Min 1, Max 10; other counts are rejected.",
        ACTION;
    SECTION_TITLE_TOO_LONG = LW422 "section-title-too-long" Error,
        "A section `title` is at most 24 characters.",
        "Longer section titles are rejected.",
        SECTION;
    SECTION_TITLE_REQUIRED = LW423 "section-title-required" Error,
        "Every section has a `title` when there is more than one section.",
        "Meta rejects untitled sections in a multi-section message (Cloud API reference: required if more than one section); LINK marks the title required always.",
        LIST_CR;
    SECTION_TITLE_MISSING_SINGLE = LW424 "section-title-missing-single" Warning,
        "The only section of a list or product_list message has no `title` (LINK JSON only).",
        "LINK's section table marks `title` as required; Meta accepts a single untitled section (Cloud API reference: required if more than one section), so the gateway may pass it. Not reported on Cloud API payloads.",
        SECTION;
    SECTION_EMPTY = LW425 "section-empty" Error,
        "A list section has at least one row and a product section at least one product item.",
        "The documents require a minimum of 1 product per section, and rows are required in every list section; an empty section is rejected.",
        SECTION;
    LIST_ROWS_TOO_MANY = LW426 "list-rows-too-many" Error,
        "A list message has at most 10 rows in total across its sections.",
        "The documents describe a menu of up to 10 options; the Cloud API reference counts them across all sections. More are rejected.",
        LIST_CR;
    ROW_ID_TOO_LONG = LW427 "row-id-too-long" Error,
        "A row `id` is at most 200 characters.",
        "Longer row ids are rejected.",
        SECTION;
    ROW_ID_DUPLICATE = LW428 "row-id-duplicate" Error,
        "Row `id`s are unique across all sections of the message.",
        "The id is what the list reply returns: a repeated id makes two rows indistinguishable, and Meta rejects it.",
        SECTION;
    ROW_TITLE_TOO_LONG = LW429 "row-title-too-long" Error,
        "A row `title` is at most 24 characters.",
        "Longer row titles are rejected.",
        SECTION;
    ROW_DESCRIPTION_TOO_LONG = LW430 "row-description-too-long" Error,
        "A row `description` is at most 72 characters.",
        "Longer row descriptions are rejected.",
        SECTION;

    BUTTONS_COUNT_OUT_OF_RANGE = LW435 "buttons-count-out-of-range" Error,
        "`action.buttons` of a button message has 1 to 3 buttons.",
        "Reply button messages carry up to 3 options; none or more are rejected.",
        "Cloud API reference (limits tables), Interactive reply buttons: Limits";
    BUTTON_TYPE_NOT_REPLY = LW436 "button-type-not-reply" Error,
        "Every button of a button message has `type: reply`.",
        "The document says \"Always reply for button messages\"; other types are rejected.",
        BUTTON;
    REPLY_ID_TOO_LONG = LW437 "reply-id-too-long" Error,
        "A reply button `id` (and a carousel quick-reply `id`) is at most 256 characters.",
        "Longer ids are rejected.",
        BUTTON;
    REPLY_ID_DUPLICATE = LW438 "reply-id-duplicate" Error,
        "Reply button `id`s are unique within the message (quick-reply ids within a card).",
        "The id is what the button reply returns; a repeated id makes two buttons indistinguishable, and Meta rejects it.",
        BUTTON;
    REPLY_TITLE_TOO_LONG = LW439 "reply-title-too-long" Error,
        "A reply button `title` (and a carousel quick-reply `title`) is at most 20 characters.",
        "Longer titles are rejected.",
        BUTTON;
    REPLY_TITLE_DUPLICATE = LW440 "reply-title-duplicate" Error,
        "Reply button `title`s are unique within the message (quick-reply titles within a card).",
        "The document says the title \"must be unique within the message\".",
        BUTTON;

    PRODUCT_ITEMS_TOO_MANY = LW445 "product-items-too-many" Error,
        "A product_list message has at most 30 product items across all sections.",
        "The document sets a maximum of 30 products across all sections; more are rejected.",
        SECTION;

    FLOW_MESSAGE_VERSION_INVALID = LW450 "flow-message-version-invalid" Error,
        "`parameters.flow_message_version` of a flow message is \"3\".",
        "The document says the value must be \"3\"; other versions are rejected.",
        PARAMETERS;
    FLOW_CTA_TOO_LONG = LW451 "flow-cta-too-long" Error,
        "`parameters.flow_cta` is at most 20 characters (in Cloud API JSON, 30).",
        "LINK's character limit is 20 (no emoji) and decides for LINK payloads. Meta's current flow documentation says the CTA \"is advised to be 30 characters or less (no emoji)\" and OpenAPI v23 sets `maxLength: 30`; that decides for Cloud API payloads (older Meta text said 20).",
        PARAMETERS;
    FLOW_MODE_INVALID = LW452 "flow-mode-invalid" Error fix Safe,
        "`parameters.mode` is `draft` or `published`.",
        "The Flow can only be in draft or published mode; other values are rejected.",
        PARAMETERS;
    FLOW_ACTION_INVALID = LW453 "flow-action-invalid" Error fix Safe,
        "`parameters.flow_action` is `navigate` or `data_exchange`.",
        "Other values are rejected.",
        PARAMETERS;
    FLOW_ACTION_PAYLOAD_NOT_ALLOWED = LW454 "flow-action-payload-not-allowed" Warning,
        "`parameters.flow_action_payload` is given only with `flow_action: navigate` (the default).",
        "The document says the payload should be omitted otherwise: with data_exchange the first screen comes from the flow's endpoint, and the payload is ignored or rejected.",
        PARAMETERS;
    FLOW_ACTION_PAYLOAD_DATA_EMPTY = LW455 "flow-action-payload-data-empty" Error,
        "`flow_action_payload.data`, when given, is a non-empty object.",
        "The document says \"If provided, this must be a non-empty object\".",
        PARAMETERS;

    CTA_DISPLAY_TEXT_TOO_LONG = LW460 "cta-display-text-too-long" Error,
        "`parameters.display_text` of a cta_url message or carousel media card is at most 20 characters.",
        "Longer button labels are rejected (Cloud API reference: ~20 characters; media cards: Max 20 chars).",
        "Cloud API reference (limits tables), Interactive CTA URL: Limits";
    CTA_URL_NOT_HTTP = LW461 "cta-url-not-http" Error,
        "`parameters.url` of a cta_url button is an absolute http:// or https:// URL.",
        "The button opens the URL in the device's browser; a relative URL or another scheme cannot be opened and is rejected.",
        PARAMETERS;

    ADDRESS_COUNTRY_INVALID = LW465 "address-country-invalid" Error,
        "`parameters.country` of an address message is `IN` or `SG`.",
        "Address messages are available in India and Singapore only; the country is mandatory and other values fail validation.",
        ADDRESS;
    ADDRESS_FIELD_CONFLICTS_WITH_COUNTRY = LW466 "address-field-conflicts-with-country" Error,
        "Address `values`, saved addresses and `validation_errors` use only the fields of `country` (e.g. no `sg_post_code` when country is IN).",
        "\"Address messages will not allow simultaneous passing of conflicting fields.\" `floor_number` is accepted for both countries: 003 lists it for India, 004 for Singapore too.",
        ADDRESS;
    ADDRESS_POSTAL_CODE_TOO_LONG = LW467 "address-postal-code-too-long" Error,
        "`in_pin_code` and `sg_post_code` are at most 6 characters.",
        "The field table sets Max length: 6 for both.",
        ADDRESS;
    ADDRESS_SAVED_ID_DUPLICATE = LW468 "address-saved-id-duplicate" Warning,
        "Saved address `id`s are unique within the message.",
        "The webhook returns the chosen `saved_address_id`; a repeated id makes two addresses indistinguishable.",
        ADDRESS;

    CAROUSEL_HEADER_FOOTER_NOT_SUPPORTED = LW470 "carousel-header-footer-not-supported" Error,
        "A carousel message has no main `header` or `footer` (cards carry their own headers).",
        "The Cloud API reference: \"Main header/footer: not supported\"; the message is rejected.",
        CAROUSEL_CR;
    CAROUSEL_CARDS_COUNT_OUT_OF_RANGE = LW471 "carousel-cards-count-out-of-range" Error,
        "A media carousel has 2 to 10 cards; a product carousel 1 to 10 (in Cloud API JSON 2 to 10).",
        "Card indexes run 0-9 (LINK 1.6.1), so at most 10 cards; media carousels need at least 2 (Cloud API reference). Meta's interactive product carousel page (December 2025) asks for at least 2 product cards and decides for Cloud API payloads; LINK 1.6.1 decides for LINK payloads. Other counts are rejected.",
        CAROUSEL_CR;
    CAROUSEL_CARD_TYPE_INVALID = LW472 "carousel-card-type-invalid" Error fix Safe,
        "A carousel card's `type` is `product` (product carousel) or `cta_url` (media carousel).",
        "Other card types do not exist; the message is rejected.",
        PRODUCT_CARDS;
    CAROUSEL_CARDS_MIXED = LW473 "carousel-cards-mixed" Error,
        "All cards of a carousel are of one kind: product cards or media cards.",
        "A carousel is either a product carousel or a media carousel; mixed cards are rejected.",
        MEDIA_CARDS;
    CAROUSEL_CARD_INDEX_OUT_OF_RANGE = LW474 "carousel-card-index-out-of-range" Error,
        "A card's `card_index` is between 0 and 9.",
        "The document says: unique index for each card (0-9).",
        PRODUCT_CARDS;
    CAROUSEL_CARD_INDEX_DUPLICATE = LW475 "carousel-card-index-duplicate" Error,
        "Cards' `card_index` values are unique within the message.",
        "The document says the index must not repeat within the message.",
        PRODUCT_CARDS;
    CAROUSEL_CARD_INDEX_POSITION = LW476 "carousel-card-index-position" Error,
        "Media cards are numbered in order from 0: the card at position n has `card_index` n.",
        "The Cloud API reference describes card_index as the zero-based order; cards appear left to right by index, and gaps are rejected.",
        "Cloud API reference (limits tables), Interactive carousel: Fields";
    CAROUSEL_CARD_HEADERS_DIFFER = LW477 "carousel-card-headers-differ" Error,
        "All media cards have the same header type (all image or all video).",
        "The document says \"image\" or \"video\" (all cards must match).",
        MEDIA_CARDS;
    CAROUSEL_CARD_BODY_TOO_LONG = LW478 "carousel-card-body-too-long" Error,
        "A media card's `body.text` is at most 160 characters.",
        "The document sets Max 160 chars; longer card bodies are rejected.",
        MEDIA_CARDS;
    CAROUSEL_CARD_BODY_TOO_MANY_LINE_BREAKS = LW479 "carousel-card-body-too-many-line-breaks" Error,
        "A media card's `body.text` has at most 2 line breaks.",
        "The document allows up to 2 line breaks; more are rejected.",
        MEDIA_CARDS;
    CAROUSEL_CARD_BUTTONS_INVALID = LW480 "carousel-card-buttons-invalid" Error,
        "A media card carries either one URL button (`action.name: cta_url` with `parameters`) or one or more quick-reply `buttons`, not both and not neither.",
        "The Cloud API reference: cards carry 1 URL button OR at least 1 quick-reply; other combinations are rejected.",
        CAROUSEL_CR;
    CAROUSEL_CARD_BUTTONS_DIFFER = LW481 "carousel-card-buttons-differ" Error,
        "Every media card has the same kind and number of buttons as the first.",
        "The Cloud API reference: button type and count must match across all cards.",
        CAROUSEL_CR;
    QUICK_REPLY_TYPE_INVALID = LW482 "quick-reply-type-invalid" Error fix Safe,
        "A carousel card's quick-reply button has `type: quick_reply`.",
        "Card buttons are URL buttons (in `action.parameters`) or quick replies; another button type is rejected.",
        CAROUSEL_CR;
    CAROUSEL_CARD_MEDIA_LINK_MISSING = LW483 "carousel-card-media-link-missing" Error,
        "A media card's header image or video is given by `link`, not by an uploaded media `id`.",
        "The card table names only `header.image.link` / `header.video.link` (required for the header type); the Cloud API reference: image/video via link.",
        MEDIA_CARDS;
}

/// Every interactive type of either dialect: LINK's ten, in the documents' order (carousel is
/// LINK 1.6.1), then Meta's payments and calling types, which only Cloud API JSON takes
/// (OpenAPI v23 `InteractiveObject.type`; Payments and Calling pages, December 2025).
const ALL_TYPES: &[&str] = &[
    "list",
    "button",
    "product",
    "product_list",
    "catalog_message",
    "flow",
    "cta_url",
    "location_request_message",
    "address_message",
    "carousel",
    "order_details",
    "order_status",
    "voice_call",
    "call_permission_request",
];

/// An interactive object without `type` gets the fix inserting the type its `action` implies.
pub(crate) static TYPE: Hooks = Hooks { hint: None, implied: Some(implied_type) };

/// The type an interactive object without `type` implies from its `action` (for the missing
/// `type` of [`INTERACTIVE`] and [`cloud::CLOUD_INTERACTIVE`], an unsafe fix: the author confirms
/// it): `buttons` → `button`, `sections` → `list` (`product_list` when they hold
/// `product_items`), `cards` → `carousel`, a `product_retailer_id` with a `catalog_id` →
/// `product`, and an action `name` that is itself an interactive type of the dialect (`cta_url`,
/// `flow`, `address_message`, …). Nothing when the action says nothing certain.
fn implied_type(map: &crate::json::tree::Map<'_>, dialect: Dialect) -> Option<&'static str> {
    let action = map.get("action").and_then(Value::as_object)?;
    let allowed = if dialect == Dialect::Cloud { cloud::CLOUD_TYPES } else { TYPES };
    let has = |key: &str| action.contains_key(key);
    let sections_of_products = || {
        action
            .get("sections")
            .and_then(Value::as_array)
            .is_some_and(|sections| !sections.is_empty() && sections.iter().all(|s| s.get("product_items").is_some()))
    };
    let implied = if has("buttons") {
        Some("button")
    } else if has("sections") {
        Some(if sections_of_products() { "product_list" } else { "list" })
    } else if has("cards") {
        Some("carousel")
    } else if has("catalog_id") && has("product_retailer_id") {
        Some("product")
    } else {
        action.get("name").and_then(Value::as_str).and_then(|name| allowed.iter().find(|t| **t == name).copied())
    };
    implied.filter(|k| allowed.contains(k))
}

/// The interactive types of LINK JSON: the first ten of [`ALL_TYPES`].
pub(crate) const TYPES: &[&str] = ALL_TYPES.split_at(10).0;

/// An interactive type (the value of `interactive.type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    List,
    Button,
    Product,
    ProductList,
    Catalog,
    Flow,
    CtaUrl,
    LocationRequest,
    Address,
    Carousel,
    /// Cloud API JSON only, as are the next three.
    OrderDetails,
    OrderStatus,
    VoiceCall,
    CallPermission,
}

impl Kind {
    /// The kind of `s` in `dialect`.
    fn parse_in(s: &str, dialect: Dialect) -> Option<Kind> {
        match (s, dialect) {
            ("order_details", Dialect::Cloud) => Some(Kind::OrderDetails),
            ("order_status", Dialect::Cloud) => Some(Kind::OrderStatus),
            ("voice_call", Dialect::Cloud) => Some(Kind::VoiceCall),
            ("call_permission_request", Dialect::Cloud) => Some(Kind::CallPermission),
            _ => Kind::parse(s),
        }
    }

    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "list" => Kind::List,
            "button" => Kind::Button,
            "product" => Kind::Product,
            "product_list" => Kind::ProductList,
            "catalog_message" => Kind::Catalog,
            "flow" => Kind::Flow,
            "cta_url" => Kind::CtaUrl,
            "location_request_message" => Kind::LocationRequest,
            "address_message" => Kind::Address,
            "carousel" => Kind::Carousel,
            _ => return None,
        })
    }
}

pub(crate) static INTERACTIVE: Shape = Shape {
    cache: Shape::cache(),
    name: "`interactive`",
    fields: &[
        req("type", Ty::Str).with(&TYPE),
        opt("header", Ty::Obj),
        opt("body", Ty::Obj),
        opt("footer", Ty::Obj),
        req("action", Ty::Obj),
    ],
};

/// `body` and `footer`: `{ "text": String }`.
pub(crate) static BODY: Shape = Shape { cache: Shape::cache(), name: "`body`", fields: &[req("text", Ty::Str)] };
pub(crate) static FOOTER: Shape = Shape { cache: Shape::cache(), name: "`footer`", fields: &[req("text", Ty::Str)] };

/// `action` of a location_request_message: `{ "name": "send_location" }` (Cloud API reference).
pub(crate) static LOCATION_ACTION: Shape = Shape {
    cache: Shape::cache(),
    name: "the `action` of a location_request_message",
    fields: &[req("name", Ty::Str)],
};

/// Checks the `interactive` member of an interactive message.
pub(crate) fn check_message(cx: &mut Cx, msg: &Obj<'_>) {
    let cloud = cx.dialect == Dialect::Cloud;
    let Some(inter) = msg.obj(cx, "interactive", if cloud { &cloud::CLOUD_INTERACTIVE } else { &INTERACTIVE }) else {
        return;
    };
    let kind = match inter.str("type") {
        Some((t, path)) => {
            let kind = Kind::parse_in(t, cx.dialect);
            let upper = Kind::parse_in(&t.to_ascii_lowercase(), cx.dialect);
            if kind.is_none() && upper.is_some() && cx.dialect == Dialect::Cloud {
                cx.report(
                    &crate::rules::cloud::INTERACTIVE_TYPE_CASE,
                    path,
                    Finding::Other(format!(
                        "interactive type `{t}` is written in upper case; Meta documents `{}`",
                        t.to_ascii_lowercase()
                    )),
                )
                .help(format!("write `{}`", t.to_ascii_lowercase()))
                .fix_string(path, &t.to_ascii_lowercase());
                upper
            } else {
                if kind.is_none() {
                    let allowed = if cx.dialect == Dialect::Cloud { cloud::CLOUD_TYPES } else { TYPES };
                    let suggestion = if t.contains("carousel") { Some("carousel") } else { closest(t, allowed) };
                    cx.report(
                        &INTERACTIVE_TYPE_UNKNOWN,
                        path,
                        Finding::NotOneOf { subject: "interactive type", actual: t.to_owned(), allowed },
                    )
                    .help_opt(suggestion.map(|s| format!("did you mean `{s}`?")))
                    .fix_spelling(path, t, allowed);
                }
                kind
            }
        }
        None => None,
    };
    if cloud && let Some((nested, path)) = inter.get("order_details") {
        cloud::nested_order_details(cx, nested, &path, kind);
        return;
    }
    check_body(cx, &inter, kind);
    check_footer(cx, &inter, kind);
    header::check_main(cx, &inter, kind);
    if cloud && !inter.has("action") {
        missing(cx, &inter, "action", "every interactive message has an `action`");
    }
    let (Some(kind), Some((action, path))) = (kind, inter.get("action")) else { return };
    match kind {
        Kind::List => list::check(cx, action, &path),
        Kind::Button => buttons::check(cx, action, &path),
        Kind::Product => product::check_product(cx, action, &path),
        Kind::ProductList => product::check_product_list(cx, action, &path),
        Kind::Catalog => product::check_catalog(cx, action, &path),
        Kind::Flow => flow::check(cx, action, &path),
        Kind::CtaUrl => cta_url::check(cx, action, &path),
        Kind::LocationRequest => {
            if let Some(action) = cx.object(action, &path, &LOCATION_ACTION) {
                action_name(cx, &action, &["send_location"]);
            }
        }
        Kind::Address => address::check(cx, action, &path),
        Kind::Carousel => carousel::check(cx, action, &path),
        Kind::OrderDetails | Kind::OrderStatus => cloud::order_action(cx, action, &path, kind == Kind::OrderDetails),
        Kind::VoiceCall => cloud::voice_call_action(cx, action, &path),
        Kind::CallPermission => cloud::call_permission_action(cx, action, &path),
    }
}

/// The longest `body.text`: 1024 characters, but 4096 for list messages in Cloud API JSON (Cloud
/// API reference, Interactive list: "Max 4096"; LINK 1.6.1 says 1024 for every type).
fn body_max(dialect: Dialect, kind: Option<Kind>) -> usize {
    if dialect == Dialect::Cloud && kind == Some(Kind::List) { 4096 } else { 1024 }
}

/// `body` is required for every type but `product` and `call_permission_request`. LINK's table
/// marks `body.text` required without exception, but Meta makes the body optional for
/// single-product messages (the product is the content) and for call permission requests
/// (Calling API: User call permissions), so linkwa does not ask for one there.
fn check_body(cx: &mut Cx, inter: &Obj<'_>, kind: Option<Kind>) {
    match inter.obj(cx, "body", &BODY) {
        Some(body) => {
            if let Some((text, path)) = body.str("text")
                && !text::empty(cx, text, &path, "body text")
            {
                text::too_long(cx, &BODY_TEXT_TOO_LONG, text, &path, "body text", body_max(cx.dialect, kind));
            }
        }
        None if !inter.has("body") && kind.is_some_and(|k| !matches!(k, Kind::Product | Kind::CallPermission)) => {
            cx.report(&REQUIRED_MEMBER_MISSING, inter.path.key("body"), Finding::Missing { member: "body".into() })
                .help("every interactive type but `product` needs `body` with `text`");
        }
        None => {}
    }
}

fn check_footer(cx: &mut Cx, inter: &Obj<'_>, kind: Option<Kind>) {
    if kind == Some(Kind::Carousel) {
        if inter.has("footer") {
            cx.report(
                &CAROUSEL_HEADER_FOOTER_NOT_SUPPORTED,
                inter.path_of("footer"),
                Finding::Other("a carousel message has no main footer".into()),
            )
            .help("remove `footer`");
        }
        return;
    }
    if let Some(footer) = inter.obj(cx, "footer", &FOOTER)
        && let Some((text, path)) = footer.str("text")
        && !(cx.dialect == Dialect::Cloud && crate::rules::cloud::footer_empty(cx, text, path))
        && !text::empty(cx, text, &path, "footer text")
    {
        text::too_long(cx, &FOOTER_TEXT_TOO_LONG, text, &path, "footer text", 60);
    }
}

/// Reports `ACTION_NAME_INVALID` when `action.name` is present and not `expected[0]` (a missing
/// name is reported by the shape). `expected` is a one-element slice, e.g. `&["flow"]`.
pub(super) fn action_name(cx: &mut Cx, action: &Obj<'_>, expected: &'static [&'static str]) {
    if let Some((name, path)) = action.str("name")
        && name != expected[0]
    {
        cx.report(
            &ACTION_NAME_INVALID,
            path,
            Finding::NotOneOf { subject: "action name", actual: name.to_owned(), allowed: expected },
        )
        .help(format!("use `{}`", expected[0]))
        .fix_spelling(path, name, expected);
    }
}

/// Reports a conditionally required member of `obj` as missing, at its own path.
pub(super) fn missing(cx: &mut Cx, obj: &Obj<'_>, member: &str, help: &str) {
    cx.report(&REQUIRED_MEMBER_MISSING, obj.path.key(member), Finding::Missing { member: member.to_owned() })
        .help(help.to_owned());
}
