//! `--format human`: for people at a terminal.
//!
//! The only format that quotes the linted file: each diagnostic shows a window of at most 100
//! characters of its line around the caret (control characters escaped). Messages and help,
//! in every format, never echo bodies or phone numbers; the excerpt does, as an editor would.

use super::printable;
use crate::lint::Run;
use linkwa::{Diagnostic, Lines};
use std::io::{self, Write};

/// `file:line:column: severity[code name] message`, the source line with a caret under the
/// column, the path, help and source, and one summary line at the end.
pub fn render(run: &Run, out: &mut impl Write) -> io::Result<()> {
    for file in &run.files {
        if file.active().next().is_none() {
            continue;
        }
        let diagnostics: Vec<&Diagnostic> = file.active().collect();
        write_all(out, &file.name, &file.bytes, &diagnostics)?;
    }
    writeln!(out, "{}", super::summary(&run.totals))
}

/// Every diagnostic of one input, as [`render`] writes them (no summary).
pub fn write_file(out: &mut impl Write, name: &str, bytes: &[u8], diagnostics: &[Diagnostic]) -> io::Result<()> {
    let diagnostics: Vec<&Diagnostic> = diagnostics.iter().collect();
    write_all(out, name, bytes, &diagnostics)
}

fn write_all(out: &mut impl Write, name: &str, bytes: &[u8], diagnostics: &[&Diagnostic]) -> io::Result<()> {
    let text = String::from_utf8_lossy(bytes);
    let lines = Lines::new(&text);
    let name = printable(name);
    for d in diagnostics {
        write_one(out, &name, d, &lines)?;
    }
    Ok(())
}

fn write_one(out: &mut impl Write, file: &str, d: &Diagnostic, lines: &Lines<'_>) -> io::Result<()> {
    let at = match (d.line, d.column) {
        (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
        _ => file.to_owned(),
    };
    writeln!(out, "{at}: {}[{} {}] {}", d.severity, d.code, d.name, printable(&d.message))?;
    if let Some(l) = d.line
        && let Some((shown, caret)) = d.start.and_then(|start| excerpt(lines, start))
    {
        let gutter = l.to_string();
        writeln!(out, "{} |", " ".repeat(gutter.len()))?;
        writeln!(out, "{gutter} | {shown}")?;
        writeln!(out, "{} | {}^", " ".repeat(gutter.len()), " ".repeat(caret))?;
    }
    if !d.path.segments().is_empty() {
        writeln!(out, "  = path: {}", printable(&d.path.to_string()))?;
    }
    if let Some(help) = &d.help {
        writeln!(out, "  = help: {}", printable(help))?;
    }
    writeln!(out, "  = source: {}", d.source)?;
    Ok(())
}

/// The characters shown on each side of the caret, at most.
const WIDTH: usize = 100;

/// At most [`WIDTH`] characters of the line holding byte `start` around it, escaped, with `…`
/// where the line goes on; and the caret's offset in characters of what is shown. The line is
/// found by the line index (a bisection), the window by counting at most [`WIDTH`] characters
/// each way: no cost that grows with the line's length (a one-line document of megabytes with
/// thousands of diagnostics included).
fn excerpt(lines: &Lines<'_>, start: usize) -> Option<(String, usize)> {
    let start = lines.floor(start);
    let (from, to) = lines.line_range(lines.line(start))?;
    let line = lines.text().get(from..to)?;
    let (before, after) = line.split_at_checked(start.checked_sub(from)?.min(line.len()))?;
    let at = before.len();
    // Up to half the width before the caret, the rest after it, and before again when the
    // line ends early.
    let mut back = before.char_indices().rev();
    let mut start = at;
    let mut taken = 0;
    for (i, _) in back.by_ref().take(WIDTH / 2) {
        start = i;
        taken += 1;
    }
    let mut end = 0;
    let mut ahead = 0;
    for (i, ch) in after.char_indices().take(WIDTH - taken) {
        end = i + ch.len_utf8();
        ahead += 1;
    }
    for (i, _) in back.take(WIDTH - taken - ahead) {
        start = i;
    }
    let shown_before = before.get(start..)?;
    let shown_after = after.get(..end)?;
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.push_str(&printable(&shown_before.replace('\t', " ")));
    let caret = shown.chars().count();
    shown.push_str(&printable(&shown_after.replace('\t', " ")));
    if end < after.len() {
        shown.push('…');
    }
    Some((shown, caret))
}

#[cfg(test)]
mod tests {
    use super::{Lines, excerpt};

    /// The excerpt around the 1-based column `c` of the 1-based line `l`.
    fn at(text: &str, l: usize, c: usize) -> (String, usize) {
        let lines = Lines::new(text);
        let start = lines.offset(linkwa::Position { line: l - 1, column: c - 1 }, linkwa::Unit::Chars);
        excerpt(&lines, start).unwrap()
    }

    #[test]
    fn excerpt_keeps_the_caret_under_the_column() {
        assert_eq!(at("abc", 1, 2), ("abc".to_owned(), 1));
        assert_eq!(at("x\r\n\tab", 2, 2), (" ab".to_owned(), 1));
        let long = "x".repeat(300);
        let (shown, caret) = at(&long, 1, 200);
        assert_eq!(shown.chars().nth(caret), Some('x'));
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(shown.chars().count(), 102);
        // Near the end of a long line the window still holds 100 characters.
        let (shown, caret) = at(&long, 1, 299);
        assert_eq!((shown.chars().count(), caret), (101, 99));
    }

    #[test]
    fn excerpt_counts_characters_and_escapes_controls() {
        let (shown, caret) = at("é👍\u{1b}[31m\"k\": 1", 1, 5);
        assert_eq!(shown, "é👍\\u{1b}[31m\"k\": 1");
        assert_eq!(shown.chars().nth(caret), Some('3'));
    }

    #[test]
    fn excerpts_on_one_long_line_come_from_the_byte_offsets() {
        let line = "ab".repeat(50_000);
        let lines = Lines::new(&line);
        for start in (0..line.len()).step_by(7) {
            let (shown, caret) = excerpt(&lines, start).unwrap();
            let expected = if start % 2 == 0 { 'a' } else { 'b' };
            assert_eq!(shown.chars().nth(caret), Some(expected));
        }
        // Past the end of the text: the end of the last line.
        assert_eq!(excerpt(&Lines::new("a\nb"), 9), Some(("b".to_owned(), 1)));
    }
}
