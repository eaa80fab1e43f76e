//! Rendering reports for people (`human`) and machines (`json`).

use crate::Format;
use linkwa::{Diagnostic, Report, Severity};
use serde::Serialize;
use std::io::{self, Write};

/// One linted input: its name, its bytes (for quoting source lines) and its report.
pub struct Linted {
    pub name: String,
    pub bytes: Vec<u8>,
    pub report: Report,
}

/// `file:line:column: severity[code] message`, the source line with a caret under the column, the
/// help, and one summary line at the end.
pub fn human(linted: &[Linted], unreadable: usize, out: &mut impl Write) -> io::Result<()> {
    let (mut errors, mut warnings, mut infos) = (0, 0, 0);
    for file in linted {
        let text = String::from_utf8_lossy(&file.bytes);
        let lines: Vec<&str> = text.lines().collect();
        for d in &file.report.diagnostics {
            match d.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
                Severity::Info => infos += 1,
            }
            write_one(out, &file.name, d, &lines)?;
        }
    }
    let files = linted.len();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    write!(
        out,
        "{}: {}, {}, {}",
        plural(files, "file"),
        plural(errors, "error"),
        plural(warnings, "warning"),
        plural(infos, "info")
    )?;
    if unreadable > 0 {
        write!(out, "; {} could not be read", plural(unreadable, "path"))?;
    }
    writeln!(out)
}

fn write_one(out: &mut impl Write, file: &str, d: &Diagnostic, lines: &[&str]) -> io::Result<()> {
    let at = match (d.line, d.column) {
        (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
        _ => file.to_owned(),
    };
    writeln!(out, "{at}: {}[{} {}] {}", d.severity, d.code, d.name, d.message)?;
    if let (Some(l), Some(c)) = (d.line, d.column)
        && let Some(source) = lines.get(l as usize - 1)
    {
        let (shown, caret) = excerpt(source, c as usize);
        let gutter = l.to_string();
        writeln!(out, "{} |", " ".repeat(gutter.len()))?;
        writeln!(out, "{gutter} | {shown}")?;
        writeln!(out, "{} | {}^", " ".repeat(gutter.len()), " ".repeat(caret))?;
    }
    if !d.path.segments().is_empty() {
        writeln!(out, "  = path: {}", d.path)?;
    }
    if let Some(help) = &d.help {
        writeln!(out, "  = help: {help}")?;
    }
    writeln!(out, "  = source: {}", d.source)?;
    Ok(())
}

/// At most 100 characters of `line` around the 1-based `column`, and the caret's offset in them.
fn excerpt(line: &str, column: usize) -> (String, usize) {
    const WIDTH: usize = 100;
    let chars: Vec<char> = line.chars().map(|c| if c == '\t' { ' ' } else { c }).collect();
    let at = column.saturating_sub(1).min(chars.len());
    let start = at.saturating_sub(WIDTH / 2).min(chars.len().saturating_sub(WIDTH));
    let end = (start + WIDTH).min(chars.len());
    let mut shown: String = chars[start..end].iter().collect();
    let mut caret = at - start;
    if start > 0 {
        shown.insert(0, '…');
        caret += 1;
    }
    if end < chars.len() {
        shown.push('…');
    }
    (shown, caret)
}

#[derive(Serialize)]
struct FileDiagnostic<'a> {
    file: &'a str,
    #[serde(flatten)]
    diagnostic: &'a Diagnostic,
}

/// One JSON array of every diagnostic, each with its `file`.
pub fn json(linted: &[Linted], out: &mut impl Write) -> io::Result<()> {
    let all: Vec<FileDiagnostic<'_>> = linted
        .iter()
        .flat_map(|l| l.report.diagnostics.iter().map(|d| FileDiagnostic { file: &l.name, diagnostic: d }))
        .collect();
    serde_json::to_writer_pretty(&mut *out, &all)?;
    writeln!(out)
}

/// Every rule, as a table or a JSON array.
pub fn rules(format: Format, out: &mut impl Write) -> io::Result<()> {
    let all = linkwa::rules::registry::all();
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, all)?;
            writeln!(out)
        }
        Format::Human => {
            let width = all.iter().map(|r| r.name.len()).max().unwrap_or(0);
            for r in all {
                writeln!(out, "{}  {:<7}  {:<width$}  {}", r.code, r.severity.as_str(), r.name, r.summary)?;
            }
            writeln!(out, "{} rules", all.len())
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn excerpt_keeps_the_caret_under_the_column() {
        assert_eq!(super::excerpt("abc", 2), ("abc".to_owned(), 1));
        let long = "x".repeat(300);
        let (shown, caret) = super::excerpt(&long, 200);
        assert_eq!(shown.chars().nth(caret), Some('x'));
        assert!(shown.starts_with('…') && shown.ends_with('…'));
    }
}
