//! `linkwa to-meta`: LINK MessageRequest → Cloud API send bodies.

use crate::inputs::{self, Input};
use crate::render;
use linkwa::{Message, MessageRequest, Severity};
use std::io::{self, Write};
use std::path::Path;

/// Translates `file`; prints the bodies (pretty JSON array) to `out` and the translation's notes
/// to standard error. Returns the exit status: 0 translated, 1 the request has errors, 2 the file
/// cannot be read or is not a request.
pub fn run(file: &Path, to: Option<&str>, out: &mut impl Write) -> io::Result<u8> {
    let input = if file.as_os_str() == "-" { Input::Stdin } else { Input::File(file.to_path_buf()) };
    let name = input.display_name();
    let bytes = match inputs::read(&input) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("linkwa: cannot read {name}: {e}");
            return Ok(2);
        }
    };
    let report = linkwa::lint_bytes(&bytes);
    if report.has_errors() {
        let linted = [render::Linted { name, bytes, report }];
        render::human(&linted, 0, out)?;
        return Ok(1);
    }
    let translation = match translate(&bytes, to) {
        Ok(translation) => translation,
        Err(e) => {
            eprintln!("linkwa: {name}: {e}");
            return Ok(2);
        }
    };
    if translation.has_errors() {
        for d in &translation.diagnostics {
            writeln!(out, "{name}: {}[{} {}] {} at {}", d.severity, d.code, d.name, d.message, d.path)?;
        }
        return Ok(1);
    }
    serde_json::to_writer_pretty(&mut *out, &translation.messages)?;
    writeln!(out)?;
    for d in &translation.diagnostics {
        let level = if d.severity == Severity::Info { "note" } else { d.severity.as_str() };
        eprintln!("{name}: {level}[{} {}] {} at {}", d.code, d.name, d.message, d.path);
    }
    Ok(0)
}

/// The translation of `bytes`: a MessageRequest, or a bare message sent to `to`.
fn translate(bytes: &[u8], to: Option<&str>) -> Result<linkwa::Translation, String> {
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
    if value.get("messages").is_some() {
        if to.is_some() {
            return Err("`--to` is for a bare message; this is a MessageRequest with its own destinations".into());
        }
        let request: MessageRequest =
            serde_json::from_value(value).map_err(|e| format!("not a MessageRequest: {e}"))?;
        return Ok(linkwa::to_meta(&request));
    }
    let Some(to) = to else {
        return Err("this is a bare message: give its recipient with `--to +<country code><number>`".into());
    };
    let message: Message = serde_json::from_value(value).map_err(|e| format!("not a message: {e}"))?;
    Ok(linkwa::meta::to_meta_message(&message, to))
}
