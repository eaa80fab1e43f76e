//! The output formats of `linkwa lint`, one module each.

mod github;
pub mod human;
mod json;
mod junit;
mod sarif;

use crate::lint::{Run, Totals};
use clap::ValueEnum;
use std::borrow::Cow;
use std::io::{self, Write};

/// How `linkwa lint` prints what it found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `file:line:column: severity[code name] message`, the source line with a caret, and a summary.
    Human,
    /// One JSON array of diagnostics, each with `file` and `suppressed`.
    Json,
    /// SARIF 2.1.0 (GitHub code scanning, Azure DevOps, IDE viewers).
    Sarif,
    /// GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation each.
    Github,
    /// JUnit XML: one test case per file, failing when the file has an error.
    Junit,
}

/// Prints the run in `format`.
pub fn render(format: Format, run: &Run, out: &mut impl Write) -> io::Result<()> {
    match format {
        Format::Human => human::render(run, out),
        Format::Json => json::render(run, out),
        Format::Sarif => sarif::render(run, out),
        Format::Github => github::render(run, out),
        Format::Junit => junit::render(run, out),
    }
}

/// `2 files: 1 error, 0 warnings, 0 infos, 3 suppressed; 1 path could not be read` (the last two
/// parts only when not zero); with `--fix`, `2 files: 4 fixed; 1 error, 0 warnings, 0 infos left`.
pub fn summary(totals: &Totals) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let fixed = totals.fixed.map(|n| format!("{n} fixed; ")).unwrap_or_default();
    let mut line = format!(
        "{}: {fixed}{}, {}, {}",
        plural(totals.files, "file"),
        plural(totals.errors, "error"),
        plural(totals.warnings, "warning"),
        plural(totals.infos, "info")
    );
    if totals.fixed.is_some() {
        line += " left";
    }
    if totals.suppressed > 0 {
        line += &format!(", {} suppressed", totals.suppressed);
    }

    if totals.unreadable > 0 {
        line += &format!("; {} could not be read", plural(totals.unreadable, "path"));
    }
    line
}

/// `text` safe to print on a terminal, in a CI log or in XML: control characters (C0, DEL, C1),
/// the noncharacters U+FFFE and U+FFFF (not allowed in XML 1.0) and the bidirectional overrides
/// and isolates (U+202A–U+202E, U+2066–U+2069, which reorder what a terminal shows) are written
/// as `\u{1b}`. A key, a file name or a line of the linted file can hold any of them; printed raw,
/// ESC starts terminal escape sequences and a line feed forges an output line.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// True for the characters [`printable`] escapes.
fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{fffe}' | '\u{ffff}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    #[test]
    fn printable_escapes_what_a_terminal_or_xml_would_misread() {
        assert_eq!(super::printable("plain ünïcode 👍"), "plain ünïcode 👍");
        assert_eq!(super::printable("a\u{1b}[31mb\nc\u{7}\u{0}"), "a\\u{1b}[31mb\\u{a}c\\u{7}\\u{0}");
        assert_eq!(super::printable("k\u{ffff}\u{fffe}\u{202e}\u{85}"), "k\\u{ffff}\\u{fffe}\\u{202e}\\u{85}");
    }
}
