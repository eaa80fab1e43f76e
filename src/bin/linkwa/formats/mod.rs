//! The output formats of `linkwa lint`, one module each.

mod github;
pub mod human;
mod json;
mod junit;
mod sarif;

use crate::lint::{Run, Totals};
use clap::ValueEnum;
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
/// parts only when not zero).
pub fn summary(totals: &Totals) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut line = format!(
        "{}: {}, {}, {}",
        plural(totals.files, "file"),
        plural(totals.errors, "error"),
        plural(totals.warnings, "warning"),
        plural(totals.infos, "info")
    );
    if totals.suppressed > 0 {
        line += &format!(", {} suppressed", totals.suppressed);
    }
    if totals.unreadable > 0 {
        line += &format!("; {} could not be read", plural(totals.unreadable, "path"));
    }
    line
}
