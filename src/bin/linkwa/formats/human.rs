//! `--format human`: for people at a terminal.

use crate::lint::Run;
use linkwa::Diagnostic;
use std::io::{self, Write};

/// `file:line:column: severity[code name] message`, the source line with a caret under the
/// column, the path, help and source, and one summary line at the end.
pub fn render(run: &Run, out: &mut impl Write) -> io::Result<()> {
    for file in &run.files {
        if file.active().next().is_none() {
            continue;
        }
        let text = String::from_utf8_lossy(&file.bytes);
        let lines: Vec<&str> = text.lines().collect();
        for d in file.active() {
            write_one(out, &file.name, d, &lines)?;
        }
    }
    writeln!(out, "{}", super::summary(&run.totals))
}

/// Every diagnostic of one input, as [`render`] writes them (no summary).
pub fn write_file(out: &mut impl Write, name: &str, bytes: &[u8], diagnostics: &[Diagnostic]) -> io::Result<()> {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().collect();
    for d in diagnostics {
        write_one(out, name, d, &lines)?;
    }
    Ok(())
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
