//! `linkwa preview --templates PATH FILE`: the template message a send produces, its definition
//! filled with the send's values, as the recipient reads it.

use crate::ConfigFile;
use crate::formats::printable;
use crate::session::{Flags, Session};
use linkwa::options::templates::{Preview, PreviewHeader};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Prints the preview of every template message in `file` (`-`: standard input); 2 when the
/// file or a definition cannot be read, or the send names no given definition. The definitions
/// are those of `--templates`, or, without it, the `templates` of the configuration file.
pub fn run(
    template_paths: &[PathBuf],
    config: ConfigFile,
    file: &Path,
    json: bool,
    out: &mut impl Write,
) -> io::Result<u8> {
    let cwd = std::env::current_dir()?;
    // `--templates` given: the configuration is not read, its `templates` are not added to them.
    let config_path = if template_paths.is_empty() { config.path(&cwd) } else { None };
    let flags = Flags { templates: template_paths.to_vec(), ..Flags::default() };
    let session = Session::load(config_path.as_deref(), flags, &cwd);
    if let Some(e) = session.config_error() {
        crate::say(format_args!("linkwa: invalid configuration: {e}"));
        return Ok(2);
    }
    let Some(set) = &session.options.templates else {
        crate::say(format_args!(
            "linkwa: preview needs --templates PATH (a definition, a list response or a folder), or `templates = [...]` in linkwa.toml"
        ));
        return Ok(2);
    };
    for problem in session.unreadable_templates() {
        crate::say(format_args!("linkwa: cannot read template definitions {}: {}", problem.name, problem.error));
    }
    let text = match crate::inputs::read_named(file, crate::inputs::DEFAULT_MAX_FILE_SIZE) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            crate::say(format_args!("linkwa: cannot read {}: {e}", printable(&file.display().to_string())));
            return Ok(2);
        }
    };
    let Ok(document) = serde_json::from_str(&text) else {
        crate::say(format_args!("linkwa: {} is not JSON; `linkwa lint` says where", file.display()));
        return Ok(2);
    };
    let previews = match set.preview(&document) {
        Ok(previews) => previews,
        Err(e) => {
            crate::say(format_args!("linkwa: {}: {e}", file.display()));
            return Ok(2);
        }
    };
    if json {
        serde_json::to_writer_pretty(&mut *out, &previews)?;
        writeln!(out)?;
    } else {
        for preview in &previews {
            bubble(preview, out)?;
        }
    }
    Ok(if session.problems.is_empty() { 0 } else { 2 })
}

fn header(header: &PreviewHeader) -> String {
    match header {
        PreviewHeader::Text { text } => format!("*{}*", printable(text)),
        PreviewHeader::Media { format, source } => match source {
            Some(source) => format!("[{}: {}]", printable(format), printable(source)),
            None => format!("[{}]", printable(format)),
        },
    }
}

/// A button as `[kind] text → value`, printable.
fn button(kind: &str, text: &str, value: Option<&str>) -> String {
    let value = value.map(|v| format!(" → {}", printable(v))).unwrap_or_default();
    format!("[{}] {}{value}", printable(kind), printable(text))
}

/// A WhatsApp-like bubble in plain text. Every text from the definitions and the send goes
/// through [`printable`], as in the lint formats: control characters (ESC starting a terminal
/// escape sequence, a carriage return overwriting the line) and bidirectional overrides are
/// shown escaped, not obeyed by the terminal.
fn bubble(p: &Preview, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "── {} ({}) ──", printable(&p.name), printable(&p.language))?;
    if let Some(h) = &p.header {
        writeln!(out, "│ {}", header(h))?;
    }
    for line in p.body.lines() {
        writeln!(out, "│ {}", printable(line))?;
    }
    if let Some(footer) = &p.footer {
        writeln!(out, "│ _{}_", printable(footer))?;
    }
    for b in &p.buttons {
        writeln!(out, "├ {}", button(&b.kind.to_string(), &b.text, b.value.as_deref()))?;
    }
    for (i, card) in p.cards.iter().enumerate() {
        writeln!(out, "│ card {i}:")?;
        if let Some(h) = &card.header {
            writeln!(out, "│   {}", header(h))?;
        }
        for line in card.body.iter().flat_map(|b| b.lines()) {
            writeln!(out, "│   {}", printable(line))?;
        }
        for b in &card.buttons {
            writeln!(out, "│   {}", button(&b.kind.to_string(), &b.text, b.value.as_deref()))?;
        }
    }
    writeln!(out, "└──")
}
