//! A template definition read leniently into what the send checks and the hydrated message need:
//! the name and language it is found by, its status, and per component the text with its
//! variables, the header format, the buttons in order and the carousel cards. Members of the
//! wrong type are left out (the definition rules report them); nothing here reports.

use super::vars::{self, VarKind};
use crate::json::tree::Value;

/// One template definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Template {
    pub name: String,
    pub language: String,
    /// Upper case: `AUTHENTICATION`, `MARKETING`, `UTILITY`, or empty.
    pub category: String,
    /// Upper case, when the definition carries one (GET responses do, create bodies do not).
    pub status: Option<String>,
    /// True when the template's variables are named (`parameter_format` `named`, or named
    /// placeholders without a `parameter_format`).
    pub named: bool,
    pub header: Option<Header>,
    pub body: Option<String>,
    pub footer: Option<String>,
    pub buttons: Vec<Button>,
    pub cards: Vec<Card>,
    /// Whether the template has a limited_time_offer component, and its `has_expiration`.
    pub lto: Option<bool>,
}

/// A header: its format (upper case, `TEXT` when absent) and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Header {
    pub format: String,
    pub text: Option<String>,
}

/// A button of the BUTTONS component, in order (its position is the send's `index`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Button {
    /// Upper case; an `OTP` button is stored by Meta as `URL` and is kept as `OTP` here.
    pub kind: String,
    pub text: Option<String>,
    pub url: Option<String>,
    pub phone_number: Option<String>,
    /// `COPY_CODE`, `ONE_TAP`, `ZERO_TAP` for an `OTP` button.
    pub otp_type: Option<String>,
}

impl Button {
    /// True when the button's URL ends in a variable (a URL button sent with a suffix).
    pub(crate) fn url_has_variable(&self) -> bool {
        self.url.as_deref().is_some_and(|u| !vars::names(u).is_empty())
    }

    /// The send `sub_type` this button takes, lower case (`url` for OTP buttons, Meta stores them
    /// as URL buttons).
    pub(crate) fn sub_type(&self) -> String {
        if self.kind == "OTP" { "url".into() } else { self.kind.to_ascii_lowercase() }
    }
}

/// A carousel card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Card {
    pub header: Option<Header>,
    pub body: Option<String>,
    pub buttons: Vec<Button>,
}

fn upper(value: Option<&Value>) -> Option<String> {
    value.and_then(Value::as_str).map(str::to_ascii_uppercase)
}

fn string(value: Option<&Value>) -> Option<String> {
    value.and_then(Value::as_str).map(str::to_owned)
}

/// The components' parts: header, body, footer, buttons, cards, LTO.
type Parts = (Option<Header>, Option<String>, Option<String>, Vec<Button>, Vec<Card>, Option<bool>);

fn parts(components: &[Value]) -> Parts {
    let (mut header, mut body, mut footer, mut buttons, mut cards, mut lto) =
        (None, None, None, Vec::new(), Vec::new(), None);
    for component in components {
        match upper(component.get("type")).as_deref() {
            Some("HEADER") if header.is_none() => {
                header = Some(Header {
                    format: upper(component.get("format")).unwrap_or_else(|| "TEXT".into()),
                    text: string(component.get("text")),
                });
            }
            Some("BODY") if body.is_none() => body = Some(string(component.get("text")).unwrap_or_default()),
            Some("FOOTER") if footer.is_none() => footer = string(component.get("text")),
            Some("BUTTONS") if buttons.is_empty() => {
                buttons =
                    component.get("buttons").and_then(Value::as_array).map(|b| read_buttons(b)).unwrap_or_default();
            }
            Some("CAROUSEL") if cards.is_empty() => {
                for card in component.get("cards").and_then(Value::as_array).into_iter().flatten() {
                    let inner = card.get("components").and_then(Value::as_array).unwrap_or(&[]);
                    let (header, body, _, buttons, _, _) = parts(inner);
                    cards.push(Card { header, body, buttons });
                }
            }
            Some("LIMITED_TIME_OFFER") => {
                let has =
                    component.get("limited_time_offer").and_then(|o| o.get("has_expiration")).and_then(Value::as_bool);
                lto = Some(has.unwrap_or(false));
            }
            _ => {}
        }
    }
    (header, body, footer, buttons, cards, lto)
}

fn read_buttons(buttons: &[Value]) -> Vec<Button> {
    buttons
        .iter()
        .map(|b| Button {
            kind: upper(b.get("type")).unwrap_or_default(),
            text: string(b.get("text")),
            url: string(b.get("url")),
            phone_number: string(b.get("phone_number")),
            otp_type: upper(b.get("otp_type")),
        })
        .collect()
}

impl Template {
    /// Reads a definition; `None` when it has no string `name` and `language` or no
    /// `components` array (a GET response asked for a few fields only).
    pub(crate) fn read(value: &Value) -> Option<Template> {
        let name = string(value.get("name"))?;
        let language = string(value.get("language"))?;
        let components = value.get("components").and_then(Value::as_array)?;
        let (header, body, footer, buttons, cards, lto) = parts(components);
        let mut template = Template {
            name,
            language,
            category: upper(value.get("category")).unwrap_or_default(),
            status: upper(value.get("status")),
            named: false,
            header,
            body,
            footer,
            buttons,
            cards,
            lto,
        };
        template.named = match upper(value.get("parameter_format")).as_deref() {
            Some("NAMED") => true,
            Some(_) => false,
            None => template.texts().any(|t| vars::names(t).iter().any(|n| vars::kind_of(n) == Some(VarKind::Named))),
        };
        Some(template)
    }

    /// The header, body and card texts that hold parameters.
    fn texts(&self) -> impl Iterator<Item = &str> {
        let own = [self.header.as_ref().and_then(|h| h.text.as_deref()), self.body.as_deref()];
        let cards =
            self.cards.iter().flat_map(|c| [c.header.as_ref().and_then(|h| h.text.as_deref()), c.body.as_deref()]);
        own.into_iter().chain(cards).flatten()
    }

    /// True for an AUTHENTICATION template.
    pub(crate) fn is_authentication(&self) -> bool {
        self.category == "AUTHENTICATION"
    }

    /// True for a product-card carousel (card headers of format PRODUCT), which may be sent with
    /// more cards than it defines.
    pub(crate) fn is_product_carousel(&self) -> bool {
        self.cards.iter().any(|c| c.header.as_ref().is_some_and(|h| h.format == "PRODUCT"))
    }
}
