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

/// Options of `lint` and `lintValue`, as the CLI's `--dialect` and `--media` take them. An unknown
/// option or value is a thrown `Error`.
#[derive(Debug, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LintOptions {
    /// Which API's JSON the payload is written for: `"auto"` (the default) lints a document with
    /// `messaging_product` as Cloud API JSON and anything else as LINK gateway JSON.
    #[tsify(optional)]
    pub dialect: Option<DialectOption>,
    /// Which media references to accept: `"any"` (the default), or `"link-only"` to refuse media
    /// `id`s (LINK 1.4.2, providers that accept public links only).
    #[tsify(optional)]
    pub media: Option<MediaOption>,
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
    /// Meta's WhatsApp Cloud API JSON (snake_case).
    Cloud,
}

/// The `media` option.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Tsify)]
#[serde(rename_all = "kebab-case")]
pub enum MediaOption {
    /// An uploaded media `id` or a public `link`.
    #[default]
    Any,
    /// Public `link`s only.
    LinkOnly,
}

impl LintOptions {
    /// Reads the options object into the core's options; `undefined` and `null` are the defaults.
    fn read(options: Option<Ts<LintOptions>>) -> Result<linkwa::LintOptions, JsError> {
        let Some(options) = options.map(|o| o.js_value()).filter(|o| !o.is_null() && !o.is_undefined()) else {
            return Ok(linkwa::LintOptions::default());
        };
        let json = value::to_json(&options)
            .map_err(|_| JsError::new("linkwa: options must be a plain object of JSON values"))?;
        let options: LintOptions =
            serde_json::from_value(json).map_err(|e| JsError::new(&format!("linkwa: invalid options: {e}")))?;
        Ok(linkwa::LintOptions {
            dialect: match options.dialect.unwrap_or_default() {
                DialectOption::Auto => None,
                DialectOption::Link => Some(linkwa::Dialect::Link),
                DialectOption::Cloud => Some(linkwa::Dialect::Cloud),
            },
            media: match options.media.unwrap_or_default() {
                MediaOption::Any => linkwa::MediaPolicy::Any,
                MediaOption::LinkOnly => linkwa::MediaPolicy::LinkOnly,
            },
        })
    }
}

/// Lints a JSON text: a LINK document (a MessageRequest, a bare message, a response or an inbound
/// notification) or a Cloud API send body, as `options.dialect` says. Syntax errors, duplicate keys
/// and every rule are reported with their line and column (1-based; columns count Unicode code
/// points).
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
        linkwa::lint_str_with(&text, &options)
    } else if let Some(bytes) = text.dyn_ref::<js_sys::Uint8Array>() {
        linkwa::lint_bytes_with(&bytes.to_vec(), &options)
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
    Ok(value::lint(&value, &options).into_ts()?)
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
