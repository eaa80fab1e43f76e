//! WebAssembly bindings of [`linkwa`], published on npm as `linkwa`.
//!
//! The exports convert and forward; every check lives in the `linkwa` crate:
//!
//! - `lint(text, options?)`: a JSON text (a string, or a `Uint8Array` of UTF-8 bytes) → `Report`,
//!   exactly as the CLI's `--format json` reports each diagnostic (without `file`).
//! - `lintValue(value, options?)`: an already parsed JavaScript value → `Report` (no positions).
//! - `rules()`: every rule, sorted by code. `version()`: the package version.
//!
//! Problems in the payload are diagnostics; misuse of the API (an unknown option, a `lint` argument
//! that is neither a string nor bytes) is a thrown `Error`. Nothing panics: the release build
//! aborts on panic, so the input is never trusted to be well formed (see `tests/bad_input.rs`).
//!
//! The TypeScript declarations (`Report`, `Diagnostic`, `Severity`, `Dialect`, `Rule`, `LintOptions`)
//! are generated from the Rust types by `tsify`.

mod value;

use linkwa::{Report, Rule};
use serde::Deserialize;
use tsify::{Ts, Tsify};
use wasm_bindgen::prelude::*;

/// Options of `lint` and `lintValue`. An unknown option or value is a thrown `Error`.
#[derive(Debug, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LintOptions {
    /// Which API's JSON the payload is written for: `"auto"` (the default) tells it from the
    /// document's members; `"link"` is LINK Mobility gateway JSON, the only dialect so far.
    #[tsify(optional)]
    pub dialect: Option<DialectOption>,
}

/// The `dialect` option.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Tsify)]
#[serde(rename_all = "lowercase")]
pub enum DialectOption {
    /// Tell the dialect from the document's members.
    #[default]
    Auto,
    /// LINK Mobility gateway JSON (camelCase).
    Link,
}

impl LintOptions {
    /// Reads the options object; `undefined` and `null` are the defaults.
    fn read(options: Option<Ts<LintOptions>>) -> Result<Self, JsError> {
        let Some(options) = options.map(|o| o.js_value()).filter(|o| !o.is_null() && !o.is_undefined()) else {
            return Ok(Self::default());
        };
        let json = value::to_json(&options)
            .map_err(|_| JsError::new("linkwa: options must be a plain object of JSON values"))?;
        serde_json::from_value(json).map_err(|e| JsError::new(&format!("linkwa: invalid options: {e}")))
    }
}

/// Lints a JSON text as a LINK document: a MessageRequest, a bare message, a response or an
/// inbound notification. Syntax errors, duplicate keys and every rule are reported with their line
/// and column (1-based; columns count Unicode code points).
///
/// `text` is a string, or a `Uint8Array` holding UTF-8 bytes (invalid UTF-8 is then reported as
/// `LW002 invalid-utf8`, as the CLI does for files). Throws an `Error` when `text` is neither, or
/// when `options` is not valid.
#[wasm_bindgen]
pub fn lint(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] text: JsValue,
    options: Option<Ts<LintOptions>>,
) -> Result<Ts<Report>, JsError> {
    let options = LintOptions::read(options)?;
    let report = if let Some(text) = text.as_string() {
        lint_text(&text, options)
    } else if let Some(bytes) = text.dyn_ref::<js_sys::Uint8Array>() {
        lint_utf8(&bytes.to_vec(), options)
    } else {
        return Err(JsError::new(
            "linkwa: lint() takes a string or a Uint8Array; use lintValue() for an already parsed value",
        ));
    };
    Ok(report.into_ts()?)
}

/// Lints an already parsed JavaScript value (what `JSON.parse` returns, or an object built in
/// code). Diagnostics have no line and column (`null`).
///
/// The value is read as JSON: `undefined` is `LW013 empty-document`; a number, string, boolean,
/// `null` or array is `LW014 document-not-object`; a function, symbol or other value JSON cannot
/// hold, at any depth, is `LW001 invalid-json` at its path; nesting deeper than 128 levels
/// (or an object that contains itself) is `LW003 nesting-too-deep`. As in `JSON.stringify`, object
/// members whose value is `undefined` are left out, and `undefined` in an array, `NaN` and the
/// infinities are `null`. Throws an `Error` only when `options` is not valid.
#[wasm_bindgen(js_name = lintValue)]
pub fn lint_value(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    options: Option<Ts<LintOptions>>,
) -> Result<Ts<Report>, JsError> {
    let options = LintOptions::read(options)?;
    let report = match options.dialect.unwrap_or_default() {
        DialectOption::Auto | DialectOption::Link => value::lint(&value),
    };
    Ok(report.into_ts()?)
}

/// Every rule, sorted by code: code, name, default severity, summary, why it matters, source
/// and the version that introduced it.
#[wasm_bindgen]
pub fn rules() -> Result<Vec<Ts<Rule>>, JsError> {
    Ok(linkwa::rules::registry::all().iter().map(|rule| Ts::from_rust(*rule)).collect::<Result<_, _>>()?)
}

/// The version of the package (and of the `linkwa` crate it is built from).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Both dialect options lint LINK JSON: it is the only dialect so far, and `auto` finds nothing
/// else. The Cloud API dialect will branch here.
fn lint_text(text: &str, options: LintOptions) -> Report {
    match options.dialect.unwrap_or_default() {
        DialectOption::Auto | DialectOption::Link => linkwa::lint_str(text),
    }
}

fn lint_utf8(bytes: &[u8], options: LintOptions) -> Report {
    match options.dialect.unwrap_or_default() {
        DialectOption::Auto | DialectOption::Link => linkwa::lint_bytes(bytes),
    }
}
