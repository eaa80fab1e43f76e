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
mod report;
#[cfg(feature = "templates")]
pub mod templates;
mod text;
mod value;

use linkwa::Report;
#[cfg(feature = "meta")]
use linkwa::Translation;
#[cfg(feature = "templates")]
use linkwa::options::templates::Preview;
use serde::Deserialize;
#[cfg(feature = "templates")]
use std::sync::Arc;
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

/// The definitions of `options.templates` (only in the `templates` build).
#[cfg(feature = "templates")]
type Given = Option<Arc<templates::Given>>;
#[cfg(not(feature = "templates"))]
type Given = ();

impl LintOptions {
    /// Reads the options object into the core's options and the definitions of its `templates`;
    /// `undefined` and `null` are the defaults. `templates` is read on its own (a value JSON cannot
    /// hold there is a diagnostic of the definitions, not a thrown `Error`).
    fn read(options: Option<Ts<LintOptions>>) -> Result<(linkwa::LintOptions, Given), JsError> {
        let Some(options) = options.map(|o| o.js_value()).filter(|o| !o.is_null() && !o.is_undefined()) else {
            return Ok((linkwa::LintOptions::default(), Given::default()));
        };
        let (rest, given) = without_templates(options)?;
        let json =
            value::to_json(&rest).map_err(|_| JsError::new("linkwa: options must be a plain object of JSON values"))?;
        let options: LintOptions =
            serde_json::from_value(json).map_err(|e| JsError::new(&format!("linkwa: invalid options: {e}")))?;
        #[cfg(feature = "templates")]
        let templates = given.as_ref().map(|g| g.set.clone());
        #[cfg(not(feature = "templates"))]
        let templates = None;
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

/// The options object without its `templates` member, and the definitions of that member.
#[cfg(feature = "templates")]
fn without_templates(options: JsValue) -> Result<(JsValue, Given), JsError> {
    if !options.is_object() || js_sys::Array::is_array(&options) {
        return Ok((options, None));
    }
    let js = js_sys::Reflect::get(&options, &"templates".into()).unwrap_or(JsValue::UNDEFINED);
    let rest = js_sys::Object::assign(&js_sys::Object::new(), options.unchecked_ref());
    // `rest` is a plain object just made: deleting a member cannot fail.
    let _ = js_sys::Reflect::delete_property(&rest, &"templates".into());
    Ok((JsValue::from(rest), templates::read(&js)))
}

/// The options object, which must not have `templates` in this build (an `Error` naming the module
/// that has it).
#[cfg(not(feature = "templates"))]
fn without_templates(options: JsValue) -> Result<(JsValue, Given), JsError> {
    let given = options.is_object() && js_sys::Reflect::has(&options, &"templates".into()).unwrap_or(false);
    if given && !js_sys::Reflect::get(&options, &"templates".into()).is_ok_and(|t| t.is_undefined()) {
        return Err(JsError::new(
            "linkwa: invalid options: `templates` (template definitions) needs the module `linkwa/templates`",
        ));
    }
    Ok((options, ()))
}

/// What `lint` and `lintValue` return: the send's diagnostics, and, when `options.templates` was
/// given, the diagnostics of those definitions. (`linkwa/templates`; the other modules return a
/// `Report`.)
#[cfg(feature = "templates")]
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

#[cfg(feature = "templates")]
fn lint_report(report: Report, given: Given) -> JsReport {
    report::to_js(&report, given.as_ref().map(|g| g.diagnostics.as_slice())).unchecked_into()
}

/// What `lint` and `lintValue` return in the builds without template definitions.
#[cfg(not(feature = "templates"))]
pub type LintReport = Report;

#[cfg(not(feature = "templates"))]
fn lint_report(report: Report, _: Given) -> JsReport {
    report::to_js(&report, None).unchecked_into()
}

#[cfg(feature = "templates")]
#[wasm_bindgen]
extern "C" {
    /// What `lint` and `lintValue` return, built by `js/bridge.js` (see `report.rs`).
    #[wasm_bindgen(typescript_type = "LintReport")]
    pub type JsReport;
}

#[cfg(not(feature = "templates"))]
#[wasm_bindgen]
extern "C" {
    /// What `lint` and `lintValue` return, built by `js/bridge.js` (see `report.rs`).
    #[wasm_bindgen(typescript_type = "Report")]
    pub type JsReport;
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
    Ok(lint_report(report, given))
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
    Ok(lint_report(value::lint(&value, &options), given))
}

/// Options of `preview`.
#[cfg(feature = "templates")]
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
#[cfg(feature = "templates")]
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

/// Translates a LINK payload into Meta WhatsApp Cloud API send bodies (`POST
/// /<PHONE_NUMBER_ID>/messages`), as the CLI's `linkwa to-meta [--to TO] FILE` does.
///
/// `input` is a MessageRequest, or a bare message sent to `to`: a JSON text (a string, or a
/// `Uint8Array` of UTF-8 bytes), or an already parsed value, read as `lintValue` reads it. The
/// payload is linted first (with the default options). When that finds an error, nothing is
/// translated: `messages` is empty and `diagnostics` are the lint diagnostics, exactly those
/// `lint(text)` or `lintValue(value)` reports (with line and column for text; without for a value).
/// Otherwise `messages` holds one body per destination × message, destination-major (one body for a
/// bare message), and `diagnostics` the translation's notes (LW590-LW598): every LINK member left
/// out or rewritten, at its JSON Pointer into the payload. Lint warnings are not repeated there.
/// The recipient `to` is written as the Cloud API wants it (`+` and digits; a rewrite is noted as
/// `LW595` at the root) but not checked.
///
/// Throws an `Error` when the payload lints without error but cannot be translated: a bare message
/// without `to`, a MessageRequest with `to` (it names its own destinations), something that is not
/// a LINK MessageRequest or message (a Cloud API body, a response, an inbound notification); or when
/// `to` is neither a string nor `undefined`/`null`. Bad payloads (not JSON, `undefined`, a number,
/// a function, an object that contains itself) are diagnostics, as in `lint` and `lintValue`.
///
/// Only in the `meta` build (cargo feature `meta`; the npm module `linkwa/meta`).
#[cfg(feature = "meta")]
#[wasm_bindgen(js_name = toMeta)]
pub fn to_meta(
    #[wasm_bindgen(unchecked_param_type = "unknown")] input: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | null")] to: Option<JsValue>,
) -> Result<Ts<Translation>, JsError> {
    let to = match to.filter(|to| !to.is_null() && !to.is_undefined()) {
        None => None,
        Some(to) => Some(to.as_string().ok_or_else(|| {
            JsError::new("linkwa: toMeta()'s recipient `to` is a string (an MSISDN, e.g. \"+46700000001\")")
        })?),
    };
    let to = to.as_deref();
    fault_injection();
    let translated = if let Some(translated) = text::with_str(&input, |text| linkwa::meta::to_meta_str(text, to)) {
        translated
    } else if let Some(bytes) = input.dyn_ref::<js_sys::Uint8Array>() {
        match String::from_utf8(bytes.to_vec()) {
            Ok(text) => linkwa::meta::to_meta_str(&text, to),
            Err(e) => Ok(untranslated(linkwa::lint_bytes(e.as_bytes()))),
        }
    } else {
        match value::read(&input, linkwa::Dialect::default()) {
            Err(report) => Ok(untranslated(report)),
            // The text of the tree, without white space: positions and fixes' byte ranges in it
            // would point nowhere the caller can see, so they are left out, as `lintValue` leaves
            // them out.
            Ok(value) => serde_json::to_string(&value)
                .map_err(|e| JsError::new(&format!("linkwa: {e}")))
                .map(|text| linkwa::meta::to_meta_str(&text, to))?
                .map(|mut translation| {
                    for d in &mut translation.diagnostics {
                        (d.line, d.column, d.start, d.end, d.start_utf16, d.end_utf16, d.fix) = Default::default();
                    }
                    translation
                }),
        }
    };
    let translation = translated.map_err(|e| JsError::new(&format!("linkwa: {e}")))?;
    through_json(&translation)
}

/// The `Translation` of a payload that was not translated: no body, the report's diagnostics.
#[cfg(feature = "meta")]
fn untranslated(report: Report) -> Translation {
    Translation { messages: Vec::new(), diagnostics: report.diagnostics }
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

/// What `parseInbound` returns: the received document and its kind (`{kind: "status", document:
/// {…}}`, see `linkwa::Inbound`), or, when the text has errors, `{kind: "invalid", diagnostics}`
/// with exactly the diagnostics `lint(text)` reports.
#[cfg(feature = "inbound")]
#[derive(Debug, serde::Serialize, Tsify)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)] // one per call, serialized at once
pub enum InboundResult {
    /// The document, decoded.
    Inbound(linkwa::Inbound),
    /// The text has errors.
    Invalid(InvalidInbound),
}

/// `{kind: "invalid", diagnostics}`: a received text with errors.
#[cfg(feature = "inbound")]
#[derive(Debug, serde::Serialize, Tsify)]
pub struct InvalidInbound {
    /// `"invalid"`.
    pub kind: Invalid,
    /// Every diagnostic of the text, as `lint` reports them (warnings and infos too).
    pub diagnostics: Vec<linkwa::Diagnostic>,
}

/// The `kind` of an [`InvalidInbound`].
#[cfg(feature = "inbound")]
#[derive(Debug, serde::Serialize, Tsify)]
#[serde(rename_all = "lowercase")]
pub enum Invalid {
    /// `"invalid"`.
    Invalid,
}

/// `parseInbound` without JavaScript: what the export returns, or the message of the `Error` it
/// throws. Shared with the native parity check (`examples/native_inbound.rs`).
#[cfg(feature = "inbound")]
pub fn inbound_result(text: &str) -> Result<InboundResult, String> {
    match linkwa::parse_inbound(text) {
        Ok(inbound) => Ok(InboundResult::Inbound(inbound)),
        Err(linkwa::DecodeError::Invalid(report)) => {
            Ok(InboundResult::Invalid(InvalidInbound { kind: Invalid::Invalid, diagnostics: report.diagnostics }))
        }
        Err(e) => Err(format!("linkwa: {e}")),
    }
}

/// Reads what the LINK gateway or Meta sent to a webhook: a response to POST /messages, a message
/// status notification, an incoming message (standard or 1.4.2 alternative) or a Cloud API
/// webhook, as `linkwa::parse_inbound` does. The text is linted first; with an error, the result
/// is `{kind: "invalid", diagnostics}` (what `lint(text)` reports); otherwise `{kind, document}`,
/// the document typed as received (`kind`: `messageResponse`, `errorResponse`, `status`,
/// `incoming`, `alternative`, `webhook`).
///
/// `text` is a string, or a `Uint8Array` of UTF-8 bytes. Throws an `Error` when `text` is
/// neither, or when it lints without error but is not something received (a message to send).
///
/// Only in the `inbound` build (cargo feature `inbound`): decoding pulls in serde's derived
/// `Deserialize` of the received model.
#[cfg(feature = "inbound")]
#[wasm_bindgen(js_name = parseInbound)]
pub fn parse_inbound(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] text: JsValue,
) -> Result<Ts<InboundResult>, JsError> {
    let result = if let Some(result) = text::with_str(&text, inbound_result) {
        result
    } else if let Some(bytes) = text.dyn_ref::<js_sys::Uint8Array>() {
        match String::from_utf8(bytes.to_vec()) {
            Ok(text) => inbound_result(&text),
            Err(e) => Ok(InboundResult::Invalid(InvalidInbound {
                kind: Invalid::Invalid,
                diagnostics: linkwa::lint_bytes(e.as_bytes()).diagnostics,
            })),
        }
    } else {
        return Err(JsError::new("linkwa: parseInbound() takes a string or a Uint8Array"));
    };
    let result = result.map_err(|e| JsError::new(&e))?;
    // Through JSON text, as `toMeta`: plain objects, absent members absent.
    through_json(&result)
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
