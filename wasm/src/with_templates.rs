//! `options.templates` in the `templates` build (the npm module `linkwa/templates`): the
//! definitions given are read apart from the other options (`crate::templates`), and `lint` and
//! `lintValue` return a `LintReport` with their diagnostics. `without_templates.rs` is this
//! module in the other builds (`crate::variant` either way), with the same items; `preview` is only
//! here.

use crate::{fault_injection, report, templates, text, value};
use linkwa::Report;
use linkwa::options::templates::Preview;
use linkwa::options::templates::TemplateSet;
use std::sync::Arc;
use tsify::{Ts, Tsify};
use wasm_bindgen::prelude::*;

/// The definitions of `options.templates`, when given.
pub(crate) type Given = Option<Arc<templates::Given>>;

/// The set of the definitions given, for the core's options.
pub(crate) fn set(given: &Given) -> Option<Arc<TemplateSet>> {
    given.as_ref().map(|g| g.set.clone())
}

/// The options object without its `templates` member, and the definitions of that member.
pub(crate) fn without_templates(options: JsValue) -> Result<(JsValue, Given), JsError> {
    if !options.is_object() || js_sys::Array::is_array(&options) {
        return Ok((options, None));
    }
    let js = js_sys::Reflect::get(&options, &"templates".into()).unwrap_or(JsValue::UNDEFINED);
    let rest = js_sys::Object::assign(&js_sys::Object::new(), options.unchecked_ref());
    // `rest` is a plain object just made: deleting a member cannot fail.
    let _ = js_sys::Reflect::delete_property(&rest, &"templates".into());
    Ok((JsValue::from(rest), templates::read(&js)))
}

/// What `lint` and `lintValue` return: the send's diagnostics, and, when `options.templates` was
/// given, the diagnostics of those definitions. (`linkwa/templates`; the other modules return a
/// `Report`.)
#[derive(Debug, serde::Serialize, Tsify)]
#[tsify(missing_as_null)]
pub struct LintReport {
    /// The dialect the document was linted as.
    pub dialect: linkwa::Dialect,
    /// Sorted by path (segment by segment, indices numerically), then code, then message.
    pub diagnostics: Vec<linkwa::Diagnostic>,
    /// Only when `options.templates` is given: every problem in the definitions (their lint,
    /// LW7xx; `LW015` for something that is no definition; `LW729` for a second definition of the
    /// same name and language, which is ignored), at JSON Pointers into `templates` (an array's
    /// index first); line and column in the definition's text when it was given as text. A
    /// definition with a string `name` and `language` is used for sends even with problems.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub templates: Option<Vec<linkwa::Diagnostic>>,
}

/// The report as JavaScript, with the definitions' diagnostics.
pub(crate) fn lint_report(report: Report, given: Given) -> JsReport {
    report::to_js(&report, given.as_ref().map(|g| g.diagnostics.as_slice())).unchecked_into()
}

#[wasm_bindgen]
extern "C" {
    /// What `lint` and `lintValue` return, built by `js/bridge.js` (see `report.rs`).
    #[wasm_bindgen(typescript_type = "LintReport")]
    pub type JsReport;
}

/// Options of `preview`.
#[derive(Debug, Tsify)]
pub struct PreviewOptions {
    /// The template definitions, as `lint` takes them (see `Templates`).
    #[tsify(type = "Templates")]
    pub templates: (),
}

/// The hydrated message of every template message in `send` (a Cloud API send body, a LINK
/// message or MessageRequest; as text, bytes or a value, read as `lint` and `lintValue` read
/// them), in document order: the definition it names (same `name`, exactly the same
/// `language.code`) filled with the send's values, as the recipient reads it (header, body,
/// footer, buttons, carousel cards), what the CLI's `linkwa preview --json` prints. A variable the
/// send gives no value stays as written (`{{2}}`); lint the send with the same `templates` to
/// have the mismatches reported.
///
/// Throws an `Error` when `send` is not JSON, holds no template message, or names a template that
/// `options.templates` does not define, and when `options.templates` is missing. Problems in the
/// definitions do not throw (`lint` reports them); the definitions that can be read are used.
///
/// Only in the `templates` build (cargo feature `templates`; the npm module `linkwa/templates`).
#[wasm_bindgen]
pub fn preview(
    #[wasm_bindgen(unchecked_param_type = "unknown")] send: JsValue,
    options: Ts<PreviewOptions>,
) -> Result<Vec<Ts<Preview>>, JsError> {
    let options = options.js_value();
    if !options.is_object() {
        return Err(JsError::new("linkwa: preview() takes options `{ templates }`"));
    }
    for key in js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>()).iter() {
        if key.as_string().as_deref() != Some("templates") {
            return Err(JsError::new(&format!(
                "linkwa: invalid options: unknown field `{}`, expected `templates`",
                key.as_string().unwrap_or_default()
            )));
        }
    }
    let templates = js_sys::Reflect::get(&options, &"templates".into()).unwrap_or(JsValue::UNDEFINED);
    let Some(given) = templates::read(&templates) else {
        return Err(JsError::new("linkwa: preview() needs `options.templates`, the template definitions"));
    };
    let previews = if let Some(previews) = text::with_str(&send, |text| given.set.preview_str(text)) {
        previews
    } else if let Some(bytes) = send.dyn_ref::<js_sys::Uint8Array>() {
        let text = String::from_utf8(bytes.to_vec()).map_err(|_| JsError::new("linkwa: the send is not UTF-8"))?;
        given.set.preview_str(&text)
    } else {
        let document = value::read(&send, linkwa::Dialect::default()).map_err(|report| {
            let why = report.diagnostics.first().map(|d| d.message.clone()).unwrap_or_default();
            JsError::new(&format!("linkwa: the send cannot be read: {why}"))
        })?;
        given.set.preview(&document)
    };
    fault_injection();
    let previews = previews.map_err(|e| JsError::new(&format!("linkwa: {e}; lint() says more")))?;
    Ok(previews.iter().map(Ts::from_rust).collect::<Result<_, _>>()?)
}
