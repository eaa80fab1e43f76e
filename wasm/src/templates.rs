//! The `templates` option of `lint`, `lintValue` and `preview`: template definitions as Meta
//! stores them, given as JSON text or as values, read into a `linkwa::options::templates::TemplateSet`.
//!
//! The TypeScript types below describe what the option takes (Meta's template object as the
//! create endpoint takes it and the Business Management API returns it: Meta's Message templates
//! pages); they are not used to read it: a definition that breaks them is linted as a definition and
//! its problems are diagnostics (`LintReport.templates`), never a thrown `Error`.
//!
//! The set of the last `templates` given is kept, so that a page linting sends as the user types
//! against the same definitions builds it once.

use crate::value;
use linkwa::options::templates::TemplateSet;
use linkwa::pointer::Segment;
use linkwa::{Diagnostic, JsonPointer};
use serde_json::Value;
use std::cell::RefCell;
use std::sync::Arc;
use tsify::Tsify;
use wasm_bindgen::JsValue;

/// What `templates` takes: a JSON text (one definition or a list response `{"data": […]}`), one
/// definition, a list response, or an array of any of these.
#[derive(Tsify)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)] // described for TypeScript, never built
pub enum Templates {
    /// A JSON text of a definition or a list response.
    Text(String),
    /// One definition.
    Definition(TemplateDefinition),
    /// A list response of `GET /<WABA_ID>/message_templates`.
    List(TemplateList),
    /// Several of the forms above.
    Many(Vec<TemplateItem>),
}

/// One element of an array given as `templates`.
#[derive(Tsify)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)] // described for TypeScript, never built
pub enum TemplateItem {
    /// A JSON text of a definition or a list response.
    Text(String),
    /// One definition.
    Definition(TemplateDefinition),
    /// A list response.
    List(TemplateList),
}

/// A list response of `GET /<WABA_ID>/message_templates`: `{"data": […], "paging": {…}}`.
#[derive(Tsify)]
pub struct TemplateList {
    /// The definitions.
    pub data: Vec<TemplateDefinition>,
    /// Cursors; not read.
    #[tsify(optional, type = "unknown")]
    pub paging: Option<()>,
}

/// A template definition, as `POST /<WABA_ID>/message_templates` takes it (lower-case
/// `category` and `parameter_format` are accepted) or `GET` returns it (with `id` and `status`).
/// Sends are found by `name` and exact `language` (`en` is not `en_US`).
#[derive(Tsify)]
pub struct TemplateDefinition {
    /// Lower-case letters, digits and underscores, at most 512 characters.
    pub name: String,
    /// A language code of Meta's supported list (`en_US`, `pt_BR`, `fil`, …).
    pub language: String,
    /// `AUTHENTICATION`, `MARKETING` or `UTILITY` (any case).
    pub category: String,
    /// `positional` (the default) or `named`, any case.
    #[tsify(optional)]
    pub parameter_format: Option<String>,
    /// The components: one `BODY`, at most one `HEADER` and `FOOTER`, `BUTTONS`, `CAROUSEL`,
    /// `LIMITED_TIME_OFFER`, `CALL_PERMISSION_REQUEST` (`type` in any case).
    pub components: Vec<TemplateComponent>,
    /// Per-category time to live of a send, in seconds.
    #[tsify(optional)]
    pub message_send_ttl_seconds: Option<f64>,
    /// The template ID (GET).
    #[tsify(optional)]
    pub id: Option<String>,
    /// `APPROVED`, `PENDING`, `REJECTED`, `PAUSED`, `DISABLED`, … (GET). Sends of a template
    /// that is not `APPROVED` are reported.
    #[tsify(optional)]
    pub status: Option<String>,
    /// Other members of a GET response (`sub_category`, `quality_score`, `rejected_reason`, …).
    #[tsify(optional)]
    pub sub_category: Option<String>,
    /// The category before Meta recategorised the template (GET).
    #[tsify(optional)]
    pub previous_category: Option<String>,
    /// Why Meta rejected it (GET).
    #[tsify(optional)]
    pub rejected_reason: Option<String>,
    /// `{score, date}` (GET); not read.
    #[tsify(optional, type = "unknown")]
    pub quality_score: Option<()>,
    /// `ORDER_DETAILS` for order-details templates.
    #[tsify(optional)]
    pub display_format: Option<String>,
}

/// A component of a definition or of a carousel card.
#[derive(Tsify)]
pub struct TemplateComponent {
    /// `HEADER`, `BODY`, `FOOTER`, `BUTTONS`, `CAROUSEL`, `LIMITED_TIME_OFFER`,
    /// `CALL_PERMISSION_REQUEST`, in any case.
    #[serde(rename = "type")]
    pub kind: String,
    /// Header: `TEXT`, `IMAGE`, `VIDEO`, `GIF`, `DOCUMENT`, `LOCATION`, `PRODUCT`.
    #[tsify(optional)]
    pub format: Option<String>,
    /// The text of a TEXT header (≤ 60 characters), the body (≤ 1024) or the footer (≤ 60), with
    /// `{{1}}` or `{{name}}` variables.
    #[tsify(optional)]
    pub text: Option<String>,
    /// Example values of the variables (required for every variable) or the header media handle.
    #[tsify(optional)]
    pub example: Option<TemplateExample>,
    /// BUTTONS: the buttons, in order (a send's `index` counts them).
    #[tsify(optional)]
    pub buttons: Option<Vec<TemplateButton>>,
    /// CAROUSEL: 2 to 10 cards.
    #[tsify(optional)]
    pub cards: Option<Vec<TemplateCard>>,
    /// LIMITED_TIME_OFFER: `{text, has_expiration}`.
    #[tsify(optional)]
    pub limited_time_offer: Option<LimitedTimeOffer>,
    /// AUTHENTICATION body: add the security recommendation instead of a text.
    #[tsify(optional)]
    pub add_security_recommendation: Option<bool>,
    /// AUTHENTICATION footer: 1 to 90 minutes instead of a text.
    #[tsify(optional)]
    pub code_expiration_minutes: Option<f64>,
}

/// The `example` of a component.
#[derive(Tsify)]
pub struct TemplateExample {
    /// One example for a positional TEXT header's variable.
    #[tsify(optional)]
    pub header_text: Option<Vec<String>>,
    /// The uploaded media handle of an IMAGE, VIDEO, GIF or DOCUMENT header (or card header).
    #[tsify(optional)]
    pub header_handle: Option<Vec<String>>,
    /// One row: an example per positional body variable, in order.
    #[tsify(optional)]
    pub body_text: Option<Vec<Vec<String>>>,
    /// Named TEXT header variable examples.
    #[tsify(optional)]
    pub header_text_named_params: Option<Vec<NamedExample>>,
    /// Named body variable examples.
    #[tsify(optional)]
    pub body_text_named_params: Option<Vec<NamedExample>>,
}

/// The example of a named variable.
#[derive(Tsify)]
pub struct NamedExample {
    /// The variable's name (lower-case letters, digits, underscores).
    pub param_name: String,
    /// Its example value.
    pub example: String,
}

/// A button of a BUTTONS component.
#[derive(Tsify)]
pub struct TemplateButton {
    /// `QUICK_REPLY`, `URL`, `PHONE_NUMBER`, `COPY_CODE`, `OTP`, `FLOW`, `CATALOG`, `MPM`,
    /// `VOICE_CALL`, … in any case.
    #[serde(rename = "type")]
    pub kind: String,
    /// The label (≤ 25 characters).
    #[tsify(optional)]
    pub text: Option<String>,
    /// URL: the address (≤ 2000 characters; one variable, at the end).
    #[tsify(optional)]
    pub url: Option<String>,
    /// PHONE_NUMBER: the number (≤ 20 characters).
    #[tsify(optional)]
    pub phone_number: Option<String>,
    /// URL: the example of the variable (`[url]`); COPY_CODE: the example code (≤ 15).
    #[tsify(optional, type = "string | string[]")]
    pub example: Option<()>,
    /// OTP: `COPY_CODE`, `ONE_TAP` or `ZERO_TAP`.
    #[tsify(optional)]
    pub otp_type: Option<String>,
    /// OTP: the autofill label.
    #[tsify(optional)]
    pub autofill_text: Option<String>,
    /// OTP (one-tap, zero-tap): the Android apps, `{package_name, signature_hash}`.
    #[tsify(optional, type = "{ package_name: string; signature_hash: string }[]")]
    pub supported_apps: Option<()>,
    /// OTP (zero-tap): the terms accepted.
    #[tsify(optional)]
    pub zero_tap_terms_accepted: Option<bool>,
    /// FLOW: one of `flow_id`, `flow_name`, `flow_json`.
    #[tsify(optional)]
    pub flow_id: Option<String>,
    /// FLOW: the Flow's name.
    #[tsify(optional)]
    pub flow_name: Option<String>,
    /// FLOW: the Flow's JSON.
    #[tsify(optional)]
    pub flow_json: Option<String>,
    /// FLOW: `navigate` or `data_exchange`.
    #[tsify(optional)]
    pub flow_action: Option<String>,
    /// FLOW: the first screen.
    #[tsify(optional)]
    pub navigate_screen: Option<String>,
}

/// A carousel card: a HEADER (IMAGE or VIDEO, or PRODUCT), an optional BODY, BUTTONS.
#[derive(Tsify)]
pub struct TemplateCard {
    /// The card's components.
    pub components: Vec<TemplateComponent>,
}

/// The `limited_time_offer` of a LIMITED_TIME_OFFER component.
#[derive(Tsify)]
pub struct LimitedTimeOffer {
    /// The offer text (≤ 16 characters).
    pub text: String,
    /// Whether the send gives an expiration time.
    #[tsify(optional)]
    pub has_expiration: Option<bool>,
}

/// A set read from the `templates` option, and the diagnostics of its definitions.
pub(crate) struct Given {
    /// The definitions every template send is checked against.
    pub set: Arc<TemplateSet>,
    /// Every problem in the definitions (their lint, `LW7xx`, and what the set found: a source
    /// that is no definition, a duplicate), at JSON Pointers into the option as given: for an
    /// array, the element's index first, then the pointer into that element (or into its text).
    /// Diagnostics of a text have the line and column in that text.
    pub diagnostics: Vec<Diagnostic>,
}

thread_local! {
    /// The last `templates` read (its JSON tree, or its text as a string) and its set.
    static LAST: RefCell<Option<(Value, Arc<Given>)>> = const { RefCell::new(None) };
}

/// Reads the `templates` option; `None` when it is `undefined` or `null`.
pub(crate) fn read(js: &JsValue) -> Option<Arc<Given>> {
    if js.is_undefined() || js.is_null() {
        return None;
    }
    let value = match js.as_string() {
        Some(text) => Value::String(text),
        // A value that is not JSON (a function, a cycle): the problem at its path, no definition.
        None => match value::read(js, linkwa::Dialect::Cloud) {
            Ok(value) => value,
            Err(report) => {
                return Some(Arc::new(Given { set: Arc::default(), diagnostics: report.diagnostics }));
            }
        },
    };
    if let Some(given) = LAST.with_borrow(|last| last.as_ref().filter(|(v, _)| *v == value).map(|(_, g)| g.clone())) {
        return Some(given);
    }
    let given = Arc::new(build(&value));
    LAST.set(Some((value, given.clone())));
    Some(given)
}

/// The set of a `templates` value (its forms: see [`Templates`]).
fn build(value: &Value) -> Given {
    let mut set = TemplateSet::new();
    let mut diagnostics = Vec::new();
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let base = JsonPointer::root().index(i);
                diagnostics.extend(add(&mut set, &format!("templates/{i}"), item).into_iter().map(|mut d| {
                    d.path = under(&base, &d.path);
                    d
                }));
            }
        }
        item => diagnostics = add(&mut set, "templates", item),
    }
    Given { set: Arc::new(set), diagnostics }
}

/// Adds one text or value to the set; the diagnostics of linting it as a definition.
fn add(set: &mut TemplateSet, origin: &str, item: &Value) -> Vec<Diagnostic> {
    let source = match item {
        Value::String(text) => set.add_json(origin, text),
        other => set.add_value(origin, other),
    };
    source.report.diagnostics.clone()
}

/// `path` appended to `base`.
fn under(base: &JsonPointer, path: &JsonPointer) -> JsonPointer {
    path.segments().iter().fold(base.clone(), |p, segment| match segment {
        Segment::Index(i) => p.index(*i),
        Segment::Key(k) => p.key(k),
    })
}
