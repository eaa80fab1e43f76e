//! `toMeta`: translation to the Cloud API (the cargo feature `meta`, the npm module `linkwa/meta`).

use crate::{fault_injection, text, through_json, value};
use linkwa::{Report, Translation};
use tsify::Ts;
use wasm_bindgen::prelude::*;

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
fn untranslated(report: Report) -> Translation {
    Translation { messages: Vec::new(), diagnostics: report.diagnostics }
}
