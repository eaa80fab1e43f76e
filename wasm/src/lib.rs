//! WebAssembly bindings of [`linkwa`], published on npm as `linkwa`.
//!
//! The exports convert and forward; every check lives in the `linkwa` crate:
//!
//! - `lint(text, options?)`: a JSON text (a string, or a `Uint8Array` of UTF-8 bytes) → `Report`,
//!   exactly as the CLI's `--format json` reports each diagnostic (without `file`).
//! - `lintValue(value, options?)`: an already parsed JavaScript value → `Report` (no positions).
//! - `toMeta(input, to?)`: a LINK MessageRequest (or a bare message and its recipient `to`), as
//!   text, bytes or a value → `Translation`: the Cloud API send bodies and the translation's notes,
//!   or, when the payload has errors, no body and the lint diagnostics (`linkwa::meta::to_meta_str`,
//!   what the CLI's `to-meta` runs). Only with the cargo feature `meta` (the npm module
//!   `linkwa/meta`): translation pulls in the model's derived `Deserialize`, which the default
//!   build (`linkwa`, what a page that lints as the user types loads) leaves out.
//! - `parseInbound(text)`: what a webhook receives, typed. Only with the cargo feature `inbound`
//!   (the npm module `linkwa/inbound`).
//! - `options.templates` of `lint` and `lintValue`, and `preview(send, { templates })`: template
//!   sends checked against the definitions given (LW750-LW764), the definitions' own problems as
//!   the report's `templates`, and the hydrated message (`linkwa::options::templates::Preview`).
//!   Only with the cargo feature `templates` (the npm module `linkwa/templates`): the checks and
//!   the hydration add about 25 KB of gzip, more than `linkwa`'s budget leaves (see README.md).
//! - `version()`: the package version. (Every rule's code, name, severity, summary and why are in
//!   the package's JavaScript module `linkwa/rules`, generated from `linkwa rules --format json`,
//!   not in the `.wasm`: the core is built without its `docs` feature, which saves pages that lint
//!   about 22 KB of gzip.)
//!
//! Problems in the payload are diagnostics; misuse of the API (an unknown option, a `lint` argument
//! that is neither a string nor bytes, a `toMeta` recipient missing for a bare message or given for
//! a MessageRequest, a `toMeta` payload that is no LINK message at all) is a thrown `Error`.
//! Nothing panics: the release build aborts on panic, so the input is never trusted to be well
//! formed (see `tests/bad_input.rs` and `tests/to_meta.rs`). Should a bug panic all the same, the
//! trap would leave the instance broken (after some hundred traps every call fails); the package's
//! JavaScript wrapper (`scripts/guard.mjs`) re-instantiates the module after a trap, and `lint` and
//! `lintValue` then return one `LW000 internal-error` diagnostic for that document; other exports
//! throw an `Error`. The next call works either way.
//!
//! The TypeScript declarations (`Report`, `Diagnostic`, `Severity`, `Dialect`, `LintOptions`,
//! `Translation`; `LintReport`, `Templates`, `TemplateDefinition`, `Preview`, … in the `templates`
//! build) are generated from the Rust types by `tsify`.

mod bridge;
#[cfg(feature = "inbound")]
mod inbound;
#[cfg(feature = "meta")]
mod meta;
mod report;
#[cfg(feature = "templates")]
pub mod templates;
mod text;
mod value;
#[cfg_attr(feature = "templates", path = "with_templates.rs")]
#[cfg_attr(not(feature = "templates"), path = "without_templates.rs")]
mod variant;

#[cfg(feature = "inbound")]
pub use inbound::{InboundResult, Invalid, InvalidInbound, inbound_result, parse_inbound};
use linkwa::Report;
#[cfg(feature = "meta")]
pub use meta::to_meta;
use serde::Deserialize;
use tsify::{Ts, Tsify};
pub use variant::{JsReport, LintReport};
#[cfg(feature = "templates")]
pub use variant::{PreviewOptions, preview};
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
    /// Template definitions to check every template send against (LW750-LW764): JSON text or
    /// values, see `Templates`. Problems in the definitions are the report's `templates`
    /// diagnostics, never a thrown `Error`. Read apart from the other options (see
    /// [`LintOptions::read`]); never present here.
    ///
    /// Only in `linkwa/templates` (cargo feature `templates`); the other modules throw an `Error`
    /// when it is given.
    #[cfg(feature = "templates")]
    #[tsify(optional, type = "Templates | null")]
    pub templates: Option<serde::de::IgnoredAny>,
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
    /// Reads the options object into the core's options and the definitions of its `templates`;
    /// `undefined` and `null` are the defaults. `templates` is read on its own (a value JSON cannot
    /// hold there is a diagnostic of the definitions, not a thrown `Error`).
    fn read(options: Option<Ts<LintOptions>>) -> Result<(linkwa::LintOptions, variant::Given), JsError> {
        let Some(options) = options.map(|o| o.js_value()).filter(|o| !o.is_null() && !o.is_undefined()) else {
            return Ok((linkwa::LintOptions::default(), variant::Given::default()));
        };
        let (rest, given) = variant::without_templates(options)?;
        let json =
            value::to_json(&rest).map_err(|_| JsError::new("linkwa: options must be a plain object of JSON values"))?;
        let options: LintOptions =
            serde_json::from_value(json).map_err(|e| JsError::new(&format!("linkwa: invalid options: {e}")))?;
        let templates = variant::set(&given);
        let core = linkwa::LintOptions {
            dialect: match options.dialect.unwrap_or_default() {
                DialectOption::Auto => None,
                DialectOption::Link => Some(linkwa::Dialect::Link),
                DialectOption::Cloud => Some(linkwa::Dialect::Cloud),
            },
            media: match options.media.unwrap_or_default() {
                MediaOption::Any => linkwa::MediaPolicy::Any,
                MediaOption::LinkOnly => linkwa::MediaPolicy::LinkOnly,
            },
            templates,
        };
        Ok((core, given))
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
) -> Result<JsReport, JsError> {
    let (options, given) = LintOptions::read(options)?;
    fault_injection();
    let report = if let Some(report) = text::with_str(&text, |text| linkwa::lint_str_with(text, &options)) {
        report
    } else if let Some(bytes) = text.dyn_ref::<js_sys::Uint8Array>() {
        linkwa::lint_bytes_with(&bytes.to_vec(), &options)
    } else {
        return Err(JsError::new(
            "linkwa: lint() takes a string or a Uint8Array; use lintValue() for an already parsed value",
        ));
    };
    Ok(variant::lint_report(report, given))
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
) -> Result<JsReport, JsError> {
    let (options, given) = LintOptions::read(options)?;
    fault_injection();
    Ok(variant::lint_report(value::lint(&value, &options), given))
}

/// What `lint` and `lintValue` return when linting trapped (a panic: a bug in linkwa). The
/// package's JavaScript wrapper (scripts/guard.mjs) calls it after re-instantiating the module,
/// so a bug costs one document's diagnostics, never the page's next call: one `LW000
/// internal-error` diagnostic, as the CLI reports it.
#[wasm_bindgen(js_name = __linkwaInternalErrorReport, skip_typescript)]
pub fn internal_error_report() -> JsReport {
    let report =
        Report { dialect: linkwa::Dialect::default(), diagnostics: vec![linkwa::Diagnostic::internal_error()] };
    report::to_js(&report, None).unchecked_into()
}

/// Tests only (the feature `test-hooks`, built by wasm/test.sh into a package of its own that is
/// never published): makes the next `lint`, `lintValue` or `toMeta` call panic (a trap, under the
/// release profile's `panic = "abort"`), to test that the wrapper recovers. Not in the TypeScript
/// declarations.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen(js_name = __linkwaFailNextCallForTests, skip_typescript)]
pub fn fail_next_call_for_tests() {
    FAIL_NEXT_CALL.store(true, std::sync::atomic::Ordering::Relaxed);
}

#[cfg(feature = "test-hooks")]
static FAIL_NEXT_CALL: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Panics once after `fail_next_call_for_tests` (feature `test-hooks`); nothing otherwise.
fn fault_injection() {
    #[cfg(feature = "test-hooks")]
    if FAIL_NEXT_CALL.swap(false, std::sync::atomic::Ordering::Relaxed) {
        panic!("fault injection (__linkwaFailNextCallForTests)");
    }
}

/// A value as a JavaScript object, through its JSON text: exactly what the CLI prints
/// (`JSON.parse` of its output), `serde_json` maps as plain objects (serde-wasm-bindgen would make
/// them `Map`s) and absent `line`, `column` and `help` as `null`. Also faster than building the
/// objects with serde-wasm-bindgen (docs/performance.md). (`lint` builds its reports in
/// JavaScript from a flat form, `report.rs`: faster than either, and no JSON serializer in the
/// lint module.)
#[cfg(any(feature = "meta", feature = "inbound"))]
fn through_json<T: serde::Serialize + Tsify>(value: &T) -> Result<Ts<T>, JsError> {
    let text = serde_json::to_string(value).map_err(|e| JsError::new(&format!("linkwa: {e}")))?;
    let value = js_sys::JSON::parse(&text).map_err(|_| JsError::new("linkwa: the result is not JSON"))?;
    Ok(Ts::new_unchecked(value))
}

/// The version of the package (and of the `linkwa` crate it is built from).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// The allocator: talc's for single-threaded WebAssembly, which grows the memory as needed
/// (faster and smaller than the standard library's dlmalloc; see Cargo.toml).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
