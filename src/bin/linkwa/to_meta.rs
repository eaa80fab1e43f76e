//! `linkwa to-meta`: LINK MessageRequest → Cloud API send bodies.

use crate::formats::{human, printable};
use crate::inputs::{self, Input};
use linkwa::Severity;
use std::io::{self, Write};
use std::path::Path;

/// Translates `file`; prints the bodies (pretty JSON array) to `out` and the translation's notes
/// to standard error. Returns the exit status: 0 translated, 1 the request has errors, 2 the file
/// cannot be read or is not a request.
pub fn run(file: &Path, to: Option<&str>, out: &mut impl Write) -> io::Result<u8> {
    let input = if file.as_os_str() == "-" { Input::Stdin } else { Input::File(file.to_path_buf()) };
    let name = input.display_name();
    let bytes = match inputs::read(&input, inputs::DEFAULT_MAX_FILE_SIZE) {
        Ok(bytes) => bytes,
        Err(e) => {
            crate::say(format_args!("linkwa: cannot read {}: {e}", printable(&name)));
            return Ok(2);
        }
    };
    let report = linkwa::lint_bytes(&bytes);
    if report.has_errors() {
        return crate::finish(1, human::write_file(out, &name, &bytes, &report.diagnostics).and_then(|()| out.flush()));
    }
    // Valid UTF-8: lint_bytes would have reported it otherwise.
    let text = String::from_utf8_lossy(&bytes);
    let translation = match linkwa::meta::to_meta_str(&text, to) {
        Ok(translation) => translation,
        Err(e) => {
            crate::say(format_args!("linkwa: {}: {e}", printable(&name)));
            return Ok(2);
        }
    };
    serde_json::to_writer_pretty(&mut *out, &translation.messages)?;
    writeln!(out)?;
    for d in &translation.diagnostics {
        let level = if d.severity == Severity::Info { "note" } else { d.severity.as_str() };
        let (name, message, path) = (printable(&name), printable(&d.message), d.path.to_string());
        crate::say(format_args!("{name}: {level}[{} {}] {message} at {}", d.code, d.name, printable(&path)));
    }
    Ok(0)
}
