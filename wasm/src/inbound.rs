//! `parseInbound`: received documents, typed (the cargo feature `inbound`, the npm module
//! `linkwa/inbound`).

use crate::{text, through_json};
use tsify::{Ts, Tsify};
use wasm_bindgen::prelude::*;

/// What `parseInbound` returns: the received document and its kind (`{kind: "status", document:
/// {…}}`, see `linkwa::Inbound`), or, when the text has errors, `{kind: "invalid", diagnostics}`
/// with exactly the diagnostics `lint(text)` reports.
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
#[derive(Debug, serde::Serialize, Tsify)]
pub struct InvalidInbound {
    /// `"invalid"`.
    pub kind: Invalid,
    /// Every diagnostic of the text, as `lint` reports them (warnings and infos too).
    pub diagnostics: Vec<linkwa::Diagnostic>,
}

/// The `kind` of an [`InvalidInbound`].
#[derive(Debug, serde::Serialize, Tsify)]
#[serde(rename_all = "lowercase")]
pub enum Invalid {
    /// `"invalid"`.
    Invalid,
}

/// `parseInbound` without JavaScript: what the export returns, or the message of the `Error` it
/// throws. Shared with the native parity check (`examples/native_inbound.rs`).
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
