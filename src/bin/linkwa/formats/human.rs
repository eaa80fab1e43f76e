//! `--format human`: for people at a terminal.
//!
//! The only format that quotes the linted file: each diagnostic shows a window of at most 100
//! characters of its line around the caret (control characters escaped). Messages and help,
//! in every format, never echo bodies or phone numbers; the excerpt does, as an editor would.

use super::printable;
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
    let positions: Vec<(u32, u32)> = diagnostics.iter().filter_map(|d| Some((d.line?, d.column?))).collect();
    let source = Source::new(&text, positions);
    let name = printable(name);
    for d in diagnostics {
        write_one(out, &name, d, &source)?;
    }
    Ok(())
}

fn write_one(out: &mut impl Write, file: &str, d: &Diagnostic, source: &Source<'_>) -> io::Result<()> {
    let at = match (d.line, d.column) {
        (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
        _ => file.to_owned(),
    };
    writeln!(out, "{at}: {}[{} {}] {}", d.severity, d.code, d.name, printable(&d.message))?;
    if let (Some(l), Some(c)) = (d.line, d.column)
        && let Some((shown, caret)) = source.excerpt(l, c)
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

/// Where each reported position is in the text, found in one pass: positions sorted, lines
/// skipped by searching for line feeds, columns counted from the previous position on the same
/// line. Locating N positions costs the length of the text plus N, whatever the line lengths
/// (a one-line document of megabytes with thousands of diagnostics included).
struct Source<'t> {
    /// Sorted by `(line, column)`.
    spans: Vec<Span<'t>>,
}

/// A reported `(line, column)`: its line, without the line break, and the caret's byte offset in it.
type Span<'t> = ((u32, u32), (&'t str, usize));

impl<'t> Source<'t> {
    fn new(text: &'t str, mut positions: Vec<(u32, u32)>) -> Self {
        positions.sort_unstable();
        positions.dedup();
        let mut spans = Vec::with_capacity(positions.len());
        let (mut line_no, mut line_start) = (1u32, 0usize);
        // The current line and how far into it the last column was found.
        let mut current: Option<(&'t str, u32, usize)> = None;
        for (l, c) in positions {
            while line_no < l {
                let Some(nl) = text.get(line_start..).and_then(|rest| rest.find('\n')) else {
                    return Self { spans };
                };
                line_start += nl + 1;
                line_no += 1;
                current = None;
            }
            let (line, mut column, mut byte) = current.unwrap_or_else(|| {
                let rest = text.get(line_start..).unwrap_or_default();
                let line = rest.split('\n').next().unwrap_or_default();
                (line.strip_suffix('\r').unwrap_or(line), 1, 0)
            });
            let Some(ahead) = line.get(byte..) else { continue };
            let steps = c.saturating_sub(column) as usize;
            byte += ahead.char_indices().nth(steps).map_or(ahead.len(), |(i, _)| i);
            column = c;
            current = Some((line, column, byte));
            spans.push(((l, c), (line, byte)));
        }
        Self { spans }
    }

    /// At most [`WIDTH`] characters of line `l` around the 1-based column `c`, escaped, with `…`
    /// where the line goes on; and the caret's offset in characters of what is shown.
    fn excerpt(&self, l: u32, c: u32) -> Option<(String, usize)> {
        let i = self.spans.binary_search_by_key(&(l, c), |(at, _)| *at).ok()?;
        let (line, at) = self.spans[i].1;
        let (before, after) = line.split_at_checked(at)?;
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
}

#[cfg(test)]
mod tests {
    use super::Source;

    fn excerpt(text: &str, l: u32, c: u32) -> (String, usize) {
        Source::new(text, vec![(l, c)]).excerpt(l, c).unwrap()
    }

    #[test]
    fn excerpt_keeps_the_caret_under_the_column() {
        assert_eq!(excerpt("abc", 1, 2), ("abc".to_owned(), 1));
        assert_eq!(excerpt("x\r\n\tab", 2, 2), (" ab".to_owned(), 1));
        let long = "x".repeat(300);
        let (shown, caret) = excerpt(&long, 1, 200);
        assert_eq!(shown.chars().nth(caret), Some('x'));
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(shown.chars().count(), 102);
        // Near the end of a long line the window still holds 100 characters.
        let (shown, caret) = excerpt(&long, 1, 299);
        assert_eq!((shown.chars().count(), caret), (101, 99));
    }

    #[test]
    fn excerpt_counts_characters_and_escapes_controls() {
        let (shown, caret) = excerpt("é👍\u{1b}[31m\"k\": 1", 1, 5);
        assert_eq!(shown, "é👍\\u{1b}[31m\"k\": 1");
        assert_eq!(shown.chars().nth(caret), Some('3'));
    }

    #[test]
    fn positions_on_one_long_line_are_found_in_one_pass() {
        let line = "ab".repeat(50_000);
        let positions: Vec<(u32, u32)> = (1..=10_000).map(|i| (1, i * 10)).collect();
        let source = Source::new(&line, positions.clone());
        for (l, c) in positions {
            let (shown, caret) = source.excerpt(l, c).unwrap();
            let expected = if c % 2 == 1 { 'a' } else { 'b' };
            assert_eq!(shown.chars().nth(caret), Some(expected));
        }
        // A position past the end of the text has no excerpt.
        assert!(Source::new("a\nb", vec![(5, 1)]).excerpt(5, 1).is_none());
    }
}
