//! Typed serde model of LINK WhatsApp Message API payloads, for Rust services that build messages
//! in code. Serialize/Deserialize use the documents' own JSON spelling.
//!
//! One module per family: [`envelope`] ([`MessageRequest`]), [`message`] ([`Message`], told apart
//! by `type`), [`text`], [`media`], [`location`], [`contacts`], [`template`], [`interactive`].
//!
//! # Spelling
//! Gateway members are camelCase (`platformPartnerId`, `previewUrl`, `subType`,
//! `fallbackValue`); the interactive object and some template members are snake_case, as the
//! documents show them (`catalog_id`, `card_index`, `coupon_code`). Documented alternative
//! spellings are accepted on input and written in the canonical one: `sub_type` → `subType`,
//! `quick_reply` → `quickReply`, `CATALOG` → `catalog`. Values the documents type loosely (button
//! `index`, `amount1000`, the DateTime parts, coordinates) are [`NumberOrString`] and keep the form
//! they were written in.
//!
//! # Strictness
//! Required members are plain fields, optional ones `Option` (absent when `None`). Unknown
//! members are rejected when deserializing. The model says what can be written, not everything
//! that is allowed: lengths, counts, which members a type needs, and value formats are the rules'
//! business. [`MessageRequest::validate`] and [`Message::validate`] run every rule on the value's
//! serialization, so the diagnostics' paths are JSON Pointers into it.
//!
//! ```
//! use linkwa::model::interactive::{Action, Body, Button, Interactive, InteractiveType, Reply};
//! use linkwa::model::Message;
//!
//! let message = Message::Interactive {
//!     interactive: Interactive {
//!         kind: InteractiveType::Button,
//!         header: None,
//!         body: Some(Body { text: "Is this order correct?".into() }),
//!         footer: None,
//!         action: Action {
//!             buttons: Some(vec![Button::Reply {
//!                 reply: Reply { id: "yes".into(), title: "Yes, ship it".into() },
//!             }]),
//!             ..Default::default()
//!         },
//!     },
//! };
//! let json = serde_json::to_value(&message).unwrap();
//! assert_eq!(json["interactive"]["action"]["buttons"][0]["type"], "reply");
//! assert!(!message.validate().has_errors());
//! ```

pub mod contacts;
pub mod envelope;
pub mod interactive;
pub mod location;
mod loose;
pub mod media;
pub mod message;
pub mod template;
pub mod text;

pub use contacts::Contact;
pub use envelope::{MessageRequest, Priority};
pub use interactive::Interactive;
pub use location::Location;
pub use loose::NumberOrString;
pub use media::{Media, Provider};
pub use message::Message;
pub use template::Template;
pub use text::Text;

/// The JSON tree of a model value. Serialization cannot fail: every map key is a string and every
/// number is finite.
fn to_json<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).expect("the model serializes to JSON: string keys, finite numbers")
}
