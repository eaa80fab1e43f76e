//! The hydrated message: a definition filled with a send's values, as the recipient reads it
//! (header, body, footer, buttons, carousel cards). `linkwa preview` prints it; the
//! hydrated-length check (LW762) counts the same filled text.

use super::TemplateSet;
use super::hydrate::{fill, member, shown};
use super::model::{Button, Header, Template};
use crate::json::tree::Value;
use serde::Serialize;

/// A template message as the recipient reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Preview {
    /// The template's name.
    pub name: String,
    /// The template's language code.
    pub language: String,
    /// The header, when the template has one.
    pub header: Option<PreviewHeader>,
    /// The body with its variables filled in; a variable without a value stays as written
    /// (`{{2}}`).
    pub body: String,
    /// The footer (static text).
    pub footer: Option<String>,
    /// The buttons, in the definition's order (the send's `index`).
    pub buttons: Vec<PreviewButton>,
    /// The carousel cards, as sent (or as defined when the send has none).
    pub cards: Vec<PreviewCard>,
}

/// A header: text, or media of a format (`IMAGE`, `VIDEO`, `DOCUMENT`, `LOCATION`, `PRODUCT`,
/// `GIF`) with the link or id the send gives, when it gives one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum PreviewHeader {
    /// A text header, filled.
    Text {
        /// The text.
        text: String,
    },
    /// A media, location or product header.
    Media {
        /// The header format, upper case.
        format: String,
        /// The media `link` or `id` the send gives.
        source: Option<String>,
    },
}

/// A button: its type (upper case, as defined), label, and the value the send gives it (the
/// filled URL, the coupon code, the quick-reply payload), when any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct PreviewButton {
    /// The button type, upper case (`URL`, `QUICK_REPLY`, …).
    pub kind: String,
    /// The label.
    pub text: String,
    /// The filled URL, the code, the payload or the phone number.
    pub value: Option<String>,
}

/// A carousel card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct PreviewCard {
    /// The card's header.
    pub header: Option<PreviewHeader>,
    /// The card's body, filled, when it has one.
    pub body: Option<String>,
    /// The card's buttons.
    pub buttons: Vec<PreviewButton>,
}

/// Why a document has no preview.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PreviewError {
    /// The document holds no template message (`template`, or `messages[i].template`).
    #[error("the document has no template message")]
    NoTemplate,
    /// The text is not JSON (`linkwa lint` says where).
    #[error("the document is not JSON")]
    NotJson,
    /// No definition has this name and language.
    #[error("no definition of `{name}` in `{language}` among the templates given")]
    NotFound {
        /// The send's `template.name`.
        name: String,
        /// The send's `template.language.code`.
        language: String,
    },
}

impl TemplateSet {
    /// The hydrated message of every template message in `document` (a Cloud API send body, a
    /// LINK message or MessageRequest), in document order.
    pub fn preview(&self, document: &serde_json::Value) -> Result<Vec<Preview>, PreviewError> {
        crate::json::tree::with_borrowed(document, |tree| self.preview_tree(tree))
    }

    fn preview_tree(&self, document: &Value) -> Result<Vec<Preview>, PreviewError> {
        let sends: Vec<&Value> = match document.get("messages").and_then(Value::as_array) {
            Some(messages) => messages.iter().filter_map(|m| m.get("template")).collect(),
            None => document.get("template").into_iter().collect(),
        };
        if sends.is_empty() {
            return Err(PreviewError::NoTemplate);
        }
        sends.into_iter().map(|send| self.preview_one(send)).collect()
    }

    /// [`TemplateSet::preview`] of a JSON text: [`PreviewError::NotJson`] when it has a syntax
    /// error.
    pub fn preview_str(&self, text: &str) -> Result<Vec<Preview>, PreviewError> {
        let arena = crate::json::tree::arena_for(text);
        let parsed = crate::json::parse(text, &arena);
        if parsed.diagnostics.iter().any(|d| d.severity == crate::diagnostic::Severity::Error) {
            return Err(PreviewError::NotJson);
        }
        parsed.value.as_ref().ok_or(PreviewError::NotJson)?.with_tree(|tree| self.preview_tree(tree))
    }

    fn preview_one(&self, send: &Value) -> Result<Preview, PreviewError> {
        let name = send.get("name").and_then(Value::as_str).unwrap_or_default();
        let language = send.get("language").and_then(|l| l.get("code")).and_then(Value::as_str).unwrap_or_default();
        let template = self
            .find(name, language)
            .ok_or_else(|| PreviewError::NotFound { name: name.to_owned(), language: language.to_owned() })?;
        let (header, body, buttons) =
            filled(template, template.header.as_ref(), template.body.as_deref(), &template.buttons, send);
        let sent_cards: Vec<&Value> = component(send, "carousel")
            .and_then(|c| c.get("cards"))
            .and_then(Value::as_array)
            .map(|cards| cards.iter().collect())
            .unwrap_or_default();
        let cards = if sent_cards.is_empty() {
            let empty = Value::Null;
            template.cards.iter().map(|card| card_preview(template, card, &empty)).collect()
        } else {
            sent_cards
                .iter()
                .filter_map(|sent| {
                    let index = member(sent, &["card_index", "cardIndex"]).and_then(|(_, v)| v.as_u64())? as usize;
                    let last = template.cards.len().checked_sub(1)?;
                    let card = if template.is_product_carousel() {
                        &template.cards[index.min(last)]
                    } else {
                        template.cards.get(index)?
                    };
                    Some(card_preview(template, card, sent))
                })
                .collect()
        };
        Ok(Preview {
            name: template.name.clone(),
            language: template.language.clone(),
            header,
            body: body.unwrap_or_default(),
            footer: template.footer.clone(),
            buttons,
            cards,
        })
    }
}

fn card_preview(template: &Template, card: &super::model::Card, sent: &Value) -> PreviewCard {
    let (header, body, buttons) = filled(template, card.header.as_ref(), card.body.as_deref(), &card.buttons, sent);
    PreviewCard { header, body, buttons }
}

/// The component of `kind` among the `components` of `owner` (a template or a card).
fn component<'v>(owner: &'v Value<'v>, kind: &str) -> Option<&'v Value<'v>> {
    owner
        .get("components")?
        .as_array()?
        .iter()
        .find(|c| c.get("type").and_then(Value::as_str).is_some_and(|t| t.eq_ignore_ascii_case(kind)))
}

fn params<'v>(component: Option<&'v Value<'v>>) -> Vec<&'v Value<'v>> {
    component
        .and_then(|c| c.get("parameters"))
        .and_then(Value::as_array)
        .map(|p| p.iter().collect())
        .unwrap_or_default()
}

type Filled = (Option<PreviewHeader>, Option<String>, Vec<PreviewButton>);

/// The header, body and buttons of a template or card, filled with the values `owner` sends.
fn filled(
    template: &Template,
    header: Option<&Header>,
    body: Option<&str>,
    buttons: &[Button],
    owner: &Value,
) -> Filled {
    let header_params = params(component(owner, "header"));
    let header = header.map(|h| match (h.format.as_str(), &h.text) {
        ("TEXT", Some(text)) => PreviewHeader::Text { text: fill(text, &header_params, template.named) },
        (format, _) => {
            let media = header_params.first().and_then(|p| {
                let kind = p.get("type").and_then(Value::as_str)?;
                let object = p.get(kind)?;
                member(object, &["link", "url", "id"]).and_then(|(_, v)| v.as_str()).map(str::to_owned)
            });
            PreviewHeader::Media { format: format.to_owned(), source: media }
        }
    });
    let body = body.map(|text| fill(text, &params(component(owner, "body")), template.named));
    let sent_buttons: Vec<&Value> = owner
        .get("components")
        .and_then(Value::as_array)
        .map(|list| list.iter().filter(|c| c.get("type").and_then(Value::as_str) == Some("button")).collect())
        .unwrap_or_default();
    let buttons = buttons
        .iter()
        .enumerate()
        .map(|(i, button)| {
            let sent = sent_buttons.iter().find(|c| {
                member(c, &["index"])
                    .is_some_and(|(_, v)| v.as_u64() == Some(i as u64) || v.as_str() == Some(&i.to_string()))
            });
            let param = sent.and_then(|c| params(Some(c)).into_iter().next());
            let value = param.and_then(|p| {
                shown(p)
                    .or_else(|| p.get("payload").and_then(Value::as_str))
                    .or_else(|| p.get("coupon_code").and_then(Value::as_str))
                    .map(str::to_owned)
            });
            let value = match (&button.url, value) {
                (Some(url), Some(suffix)) if button.url_has_variable() => {
                    let text = serde_json::json!({"type": "text", "text": suffix});
                    Some(crate::json::tree::with_borrowed(&text, |text| fill(url, &[text], false)))
                }
                (Some(url), None) => Some(url.clone()),
                (_, value) => value.or_else(|| button.phone_number.clone()),
            };
            PreviewButton {
                kind: button.kind.clone(),
                text: button.text.clone().unwrap_or_else(|| default_label(&button.kind).to_owned()),
                value,
            }
        })
        .collect();
    (header, body, buttons)
}

/// The label WhatsApp shows for buttons whose text is not customizable.
fn default_label(kind: &str) -> &'static str {
    match kind {
        "COPY_CODE" => "Copy offer code",
        "OTP" => "Copy code",
        _ => "",
    }
}
