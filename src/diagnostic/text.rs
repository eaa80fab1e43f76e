//! The one text-position service: byte offsets (what every [`Diagnostic`](super::Diagnostic) and
//! [`Edit`](super::Edit) carries) to lines and columns in the unit a consumer counts, and back.
//!
//! The library sets each diagnostic's byte range once, where it finds the value; the CLI's human
//! renderer, the language server (in the position encoding it negotiated), the WASM package and
//! its playground convert those ranges with [`Lines`] and [`utf16_offsets`] instead of working
//! them out again from line and column. Lines end at `\n` (a `\r` before it is part of the line);
//! lines and columns here are 0-based, as the Language Server Protocol counts them (the
//! diagnostics' own `line` and `column` are 1-based, columns in [`Unit::Chars`]).

use std::cell::Cell;

/// What a column counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// UTF-8 bytes (the LSP's `utf-8` position encoding).
    Utf8,
    /// UTF-16 code units (JavaScript strings; the LSP's default `utf-16` encoding).
    Utf16,
    /// Unicode scalar values (the diagnostics' `column`, SARIF's `unicodeCodePoints`).
    Chars,
}

impl Unit {
    /// How many units `c` is.
    pub fn width(self, c: char) -> usize {
        match self {
            Unit::Utf8 => c.len_utf8(),
            Unit::Utf16 => c.len_utf16(),
            Unit::Chars => 1,
        }
    }

    /// How many units `s` is.
    pub fn len(self, s: &str) -> usize {
        match self {
            Unit::Utf8 => s.len(),
            _ if s.is_ascii() => s.len(),
            Unit::Utf16 => s.chars().map(char::len_utf16).sum(),
            Unit::Chars => s.chars().count(),
        }
    }
}

/// A 0-based line and a 0-based column on it, in some [`Unit`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Position {
    /// 0-based line.
    pub line: usize,
    /// 0-based column in the unit asked for.
    pub column: usize,
}

/// A text with the start of each of its lines (found once, with `memchr`).
///
/// Columns of offsets asked for in increasing order (or several on one line, in increasing
/// order) are counted from the previous one, not from the line's start: converting N positions of
/// a one-line document of megabytes costs the length of the text plus N, not N times it
/// ([`Lines::positions`] sorts any set of offsets so). In an ASCII text a column is its byte
/// distance from the line's start, counted in no time.
#[derive(Debug)]
pub struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
    ascii: bool,
    /// The last column found: (byte offset, its line, its column in each unit: chars, UTF-16).
    mark: Cell<(usize, usize, usize, usize)>,
}

impl<'t> Lines<'t> {
    /// The line starts of `text`.
    pub fn new(text: &'t str) -> Self {
        let newlines = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1);
        let starts = std::iter::once(0).chain(newlines).collect();
        Lines { text, starts, ascii: text.is_ascii(), mark: Cell::new((0, 0, 0, 0)) }
    }

    /// The text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// How many lines the text has (one more than its line feeds).
    pub fn count(&self) -> usize {
        self.starts.len()
    }

    /// `offset` clamped to the text and moved back to the start of the character it is in.
    pub fn floor(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// The 0-based line holding byte `offset` (clamped to the text).
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset.min(self.text.len())).saturating_sub(1)
    }

    /// The byte range of 0-based `line` without its line feed (and without a `\r` before it);
    /// `None` past the last line.
    pub fn line_range(&self, line: usize) -> Option<(usize, usize)> {
        let start = *self.starts.get(line)?;
        let end = self.starts.get(line + 1).map_or(self.text.len(), |next| next - 1);
        let end =
            if self.text.as_bytes().get(end.wrapping_sub(1)) == Some(&b'\r') && end > start { end - 1 } else { end };
        Some((start, end))
    }

    /// The position of byte `offset` (clamped, and moved back to a character's start), its column
    /// counted in `unit`.
    pub fn position(&self, offset: usize, unit: Unit) -> Position {
        let offset = self.floor(offset);
        let line = self.line(offset);
        let start = self.starts[line];
        if self.ascii || unit == Unit::Utf8 {
            return Position { line, column: offset - start };
        }
        let (at, at_line, chars, utf16) = self.mark.get();
        let (from, chars, utf16) = if at_line == line && at <= offset { (at, chars, utf16) } else { (start, 0, 0) };
        let between = self.text.get(from..offset).unwrap_or_default();
        super::work::add(between.len() as u64);
        let (mut more_chars, mut more_utf16) = (0, 0);
        for c in between.chars() {
            more_chars += 1;
            more_utf16 += c.len_utf16();
        }
        let (chars, utf16) = (chars + more_chars, utf16 + more_utf16);
        self.mark.set((offset, line, chars, utf16));
        Position { line, column: if unit == Unit::Utf16 { utf16 } else { chars } }
    }

    /// The positions of `offsets` (in any order), in their order: found in increasing order of
    /// offset, so each character is counted at most once.
    pub fn positions(&self, offsets: &[usize], unit: Unit) -> Vec<Position> {
        let mut order: Vec<usize> = (0..offsets.len()).collect();
        order.sort_unstable_by_key(|&i| offsets[i]);
        let mut found = vec![Position::default(); offsets.len()];
        for i in order {
            found[i] = self.position(offsets[i], unit);
        }
        found
    }

    /// The byte offset of `position` (its column in `unit`): a column past the line's end is the
    /// line's end, a line past the text's end is the text's end, and a column inside a character
    /// (a UTF-16 unit in the middle of a surrogate pair) is that character's start.
    pub fn offset(&self, position: Position, unit: Unit) -> usize {
        let Some(&start) = self.starts.get(position.line) else { return self.text.len() };
        let end = self.starts.get(position.line + 1).map_or(self.text.len(), |next| next - 1);
        if self.ascii || unit == Unit::Utf8 {
            return self.floor(start.saturating_add(position.column).min(end));
        }
        let line = self.text.get(start..end).unwrap_or_default();
        let mut units = 0;
        for (i, c) in line.char_indices() {
            units += unit.width(c);
            if units > position.column {
                return start + i;
            }
        }
        end
    }

    /// The byte range of the JSON token that starts at `offset`: a whole string (with its quotes;
    /// up to the line's end when it is not closed), a number, word or literal, or the one
    /// character there (`{`, `,`, …); empty at the text's end.
    pub fn token_range(&self, offset: usize) -> (usize, usize) {
        let start = self.floor(offset);
        let rest = self.text.get(start..).unwrap_or_default();
        let mut chars = rest.char_indices();
        let len = match chars.next() {
            None => 0,
            Some((_, '"')) => {
                let mut escaped = false;
                let mut len = rest.len();
                for (i, c) in chars {
                    match c {
                        '\\' if !escaped => escaped = true,
                        '"' if !escaped => {
                            len = i + 1;
                            break;
                        }
                        '\n' => {
                            len = i;
                            break;
                        }
                        _ => escaped = false,
                    }
                }
                len
            }
            Some((_, c)) if is_word(c) => {
                rest.char_indices().find(|&(_, c)| !is_word(c)).map_or(rest.len(), |(i, _)| i)
            }
            Some((_, c)) => c.len_utf8(),
        };
        (start, start + len)
    }
}

/// A character of a number, a literal or an unquoted word.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '+' | '.' | '_')
}

/// The UTF-16 offsets (code units from the start of `text`, what JavaScript's `slice` counts) of
/// the byte `offsets` (in any order), in their order: [`offsets_in`] with [`Unit::Utf16`].
pub fn utf16_offsets(text: &str, offsets: &[usize]) -> Vec<usize> {
    offsets_in(text, offsets, Unit::Utf16)
}

/// The offsets from the start of `text`, counted in `unit`, of the byte `offsets` (in any order),
/// in their order: one pass over the text up to the largest, none when the text is ASCII up to
/// there. An offset past the text or inside a character counts the units of the characters that
/// start before it.
pub fn offsets_in(text: &str, offsets: &[usize], unit: Unit) -> Vec<usize> {
    let Some(&last) = offsets.iter().max() else { return Vec::new() };
    // Before the last offset the text is ASCII nearly always: one code unit per byte there.
    if unit == Unit::Utf8 || text.as_bytes().get(..last.min(text.len())).is_some_and(<[u8]>::is_ascii) {
        return offsets.iter().map(|&o| o.min(text.len())).collect();
    }
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let mut found = vec![0; offsets.len()];
    let mut wanted = order.into_iter().peekable();
    let mut units = 0;
    for (at, c) in text.char_indices() {
        while let Some(&i) = wanted.peek().filter(|&&i| offsets[i] <= at) {
            found[i] = units;
            wanted.next();
        }
        if wanted.peek().is_none() {
            break;
        }
        units += unit.width(c);
    }
    for i in wanted {
        found[i] = units;
    }
    found
}

/// Cuts a document-supplied token to at most 40 characters for quoting in a message.
pub(crate) fn quote(value: &str) -> String {
    const MAX: usize = 40;
    let mut out: String = value.chars().take(MAX).collect();
    if value.chars().nth(MAX).is_some() {
        out.push('…');
    }
    out
}

/// The JSON text of a string value (quoted, escaped as serde_json escapes).
pub(crate) fn json_string(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"a😀b\": \"é\",\r\n  \"x\": 12\n}";

    #[test]
    fn columns_in_each_unit_and_back() {
        let lines = Lines::new(TEXT);
        let b = TEXT.find('b').unwrap();
        assert_eq!(lines.position(b, Unit::Utf16), Position { line: 1, column: 6 });
        assert_eq!(lines.position(b, Unit::Utf8), Position { line: 1, column: 8 });
        assert_eq!(lines.position(b, Unit::Chars), Position { line: 1, column: 5 });
        for unit in [Unit::Utf8, Unit::Utf16, Unit::Chars] {
            let offsets: Vec<usize> = TEXT.char_indices().map(|(i, _)| i).collect();
            // Forwards, backwards, and all at once: the same positions.
            let forwards: Vec<Position> = offsets.iter().map(|&o| lines.position(o, unit)).collect();
            let backwards: Vec<Position> = offsets.iter().rev().map(|&o| lines.position(o, unit)).collect();
            assert!(forwards.iter().eq(backwards.iter().rev()), "{unit:?}");
            let reversed: Vec<usize> = offsets.iter().rev().copied().collect();
            assert!(lines.positions(&reversed, unit).iter().eq(backwards.iter()), "{unit:?}");
            for (&offset, &position) in offsets.iter().zip(&forwards) {
                assert_eq!(lines.offset(position, unit), offset, "{unit:?} {offset}");
            }
        }
    }

    #[test]
    fn out_of_range_positions_are_clamped() {
        let lines = Lines::new(TEXT);
        let comma = TEXT.find(",\r\n").unwrap();
        assert_eq!(lines.offset(Position { line: 1, column: 999 }, Unit::Utf16), comma + 2);
        assert_eq!(lines.offset(Position { line: 99, column: 0 }, Unit::Utf16), TEXT.len());
        // Inside the surrogate pair: the emoji's start.
        let emoji = TEXT.find('😀').unwrap();
        assert_eq!(lines.offset(Position { line: 1, column: 5 }, Unit::Utf16), emoji);
        assert_eq!(lines.position(emoji + 1, Unit::Utf16), Position { line: 1, column: 4 });
        assert_eq!(lines.line_range(1), Some((2, comma + 1)), "without the \\r");
        assert_eq!(lines.line_range(9), None);
    }

    #[test]
    fn tokens_and_utf16_offsets() {
        let lines = Lines::new(TEXT);
        let value = TEXT.find("\"é\"").unwrap();
        assert_eq!(lines.token_range(value), (value, value + "\"é\"".len()));
        let number = TEXT.find("12").unwrap();
        assert_eq!(lines.token_range(number), (number, number + 2));
        assert_eq!(lines.token_range(0), (0, 1));
        assert_eq!(lines.token_range(TEXT.len() + 3), (TEXT.len(), TEXT.len()));
        let b = TEXT.find('b').unwrap();
        assert_eq!(utf16_offsets(TEXT, &[b, 0, TEXT.len() + 1]), [b - 2, 0, TEXT.len() - 3]);
        assert_eq!(utf16_offsets("abc", &[2, 9]), [2, 3]);
    }
}
