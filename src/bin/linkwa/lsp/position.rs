//! Positions: the byte offsets linkwa works in, and the LSP's line/character positions in the
//! encoding the client and server agreed on (UTF-16 code units by default, UTF-8 bytes when the
//! client offers them). Lines end at `\n`, as linkwa counts them (a `\r` before it is part of
//! the line's last character run, never inside a position the server sends).

use lsp_types::{ClientCapabilities, Position, PositionEncodingKind, Range};

/// The unit of `Position::character`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

impl Encoding {
    /// UTF-8 when the client lists it in `general.positionEncodings`, otherwise UTF-16 (the
    /// protocol's default, which every client supports).
    pub fn negotiate(capabilities: &ClientCapabilities) -> Self {
        let offered = capabilities.general.as_ref().and_then(|g| g.position_encodings.as_ref());
        if offered.is_some_and(|kinds| kinds.contains(&PositionEncodingKind::UTF8)) {
            Encoding::Utf8
        } else {
            Encoding::Utf16
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }

    fn width(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
        }
    }
}

/// A text with its line starts.
pub struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
    encoding: Encoding,
}

impl<'t> Lines<'t> {
    pub fn new(text: &'t str, encoding: Encoding) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Lines { text, starts, encoding }
    }

    /// The line (0-based) holding byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).saturating_sub(1)
    }

    /// The position of byte `offset` (clamped to the text, and back to a character boundary).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_of(offset);
        let start = self.starts[line];
        let before = self.text.get(start..offset).unwrap_or_default();
        let character: usize = before.chars().map(|c| self.encoding.width(c)).sum();
        Position { line: to_u32(line), character: to_u32(character) }
    }

    pub fn range(&self, start: usize, end: usize) -> Range {
        Range { start: self.position(start), end: self.position(end) }
    }

    /// The byte offset of `position`: a character past the line's end is the line's end, a line
    /// past the text's end is the text's end, and a position inside a character (a UTF-16 unit
    /// in the middle of a surrogate pair) is that character's start.
    pub fn offset(&self, position: Position) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else { return self.text.len() };
        let end = self.starts.get(position.line as usize + 1).map_or(self.text.len(), |next| next - 1);
        let line = self.text.get(start..end).unwrap_or_default();
        let mut units = 0;
        for (i, c) in line.char_indices() {
            units += self.encoding.width(c);
            if units > position.character as usize {
                return start + i;
            }
        }
        end
    }

    /// The byte offset of a linkwa diagnostic's `line` and `column` (1-based; columns in Unicode
    /// scalar values).
    pub fn offset_of_column(&self, line: usize, column: usize) -> usize {
        let Some(&start) = self.starts.get(line.saturating_sub(1)) else { return self.text.len() };
        let rest = self.text.get(start..).unwrap_or_default();
        rest.char_indices().nth(column.saturating_sub(1)).map_or(self.text.len(), |(i, _)| start + i)
    }

    /// The end of the JSON token starting at byte `start`: a whole string (with its quotes), a
    /// number, word or literal; one character for anything else (`{`, `[`, `,`).
    pub fn token_end(&self, start: usize) -> usize {
        let rest = self.text.get(start..).unwrap_or_default();
        let mut chars = rest.char_indices();
        match chars.next() {
            None => start,
            Some((_, '"')) => {
                let mut escaped = false;
                for (i, c) in chars {
                    match c {
                        '\\' if !escaped => escaped = true,
                        '"' if !escaped => return start + i + 1,
                        '\n' => return start + i,
                        _ => escaped = false,
                    }
                }
                self.text.len()
            }
            Some((_, c)) if c.is_alphanumeric() || c == '-' || c == '+' || c == '.' => {
                let len = rest
                    .char_indices()
                    .find(|(_, c)| !(c.is_alphanumeric() || matches!(c, '-' | '+' | '.' | '_')))
                    .map_or(rest.len(), |(i, _)| i);
                start + len
            }
            Some((_, c)) => start + c.len_utf8(),
        }
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"a😀b\": \"é\",\n  \"x\": 12\n}";

    #[test]
    fn utf16_counts_surrogate_pairs_and_utf8_bytes() {
        let b = TEXT.find('b').unwrap();
        assert_eq!(Lines::new(TEXT, Encoding::Utf16).position(b), Position { line: 1, character: 6 });
        assert_eq!(Lines::new(TEXT, Encoding::Utf8).position(b), Position { line: 1, character: 8 });
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            let lines = Lines::new(TEXT, encoding);
            for (offset, _) in TEXT.char_indices() {
                assert_eq!(lines.offset(lines.position(offset)), offset, "{encoding:?} {offset}");
            }
        }
    }

    #[test]
    fn out_of_range_positions_are_clamped() {
        let lines = Lines::new(TEXT, Encoding::Utf16);
        assert_eq!(lines.offset(Position { line: 1, character: 999 }), TEXT.find(",\n  \"x").unwrap() + 1);
        assert_eq!(lines.offset(Position { line: 99, character: 0 }), TEXT.len());
        // Inside the surrogate pair: the emoji's start.
        assert_eq!(lines.offset(Position { line: 1, character: 5 }), TEXT.find('😀').unwrap());
        assert_eq!(lines.position(TEXT.find('😀').unwrap() + 1), Position { line: 1, character: 4 });
    }

    #[test]
    fn diagnostic_columns_and_tokens() {
        let lines = Lines::new(TEXT, Encoding::Utf16);
        let value = lines.offset_of_column(2, 10);
        assert_eq!(TEXT.get(value..lines.token_end(value)), Some("\"é\""));
        let number = lines.offset_of_column(3, 8);
        assert_eq!(TEXT.get(number..lines.token_end(number)), Some("12"));
        assert_eq!(lines.token_end(0), 1);
    }
}
