//! Positions: the byte ranges linkwa's diagnostics and edits carry, as the LSP's line/character
//! positions in the encoding the client and server agreed on (UTF-16 code units by default, UTF-8
//! bytes when the client offers them), by the library's one position service ([`linkwa::Lines`]).
//! Lines end at `\n` (a `\r` before it is part of the line's last character run).

use linkwa::{Lines, Unit};
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

    fn unit(self) -> Unit {
        match self {
            Encoding::Utf8 => Unit::Utf8,
            Encoding::Utf16 => Unit::Utf16,
        }
    }
}

/// A document's text with its line index, in the negotiated encoding.
pub struct Text<'t> {
    lines: Lines<'t>,
    encoding: Encoding,
}

impl<'t> Text<'t> {
    pub fn new(text: &'t str, encoding: Encoding) -> Self {
        Text { lines: Lines::new(text), encoding }
    }

    /// The position of byte `offset` (clamped to the text, and back to a character boundary).
    pub fn position(&self, offset: usize) -> Position {
        to_lsp(self.lines.position(offset, self.encoding.unit()))
    }

    /// The range of the bytes `start..end`.
    pub fn range(&self, start: usize, end: usize) -> Range {
        Range { start: self.position(start), end: self.position(end) }
    }

    /// The ranges of many byte ranges (in any order), in their order: converted in increasing
    /// order of offset, so that each character of the text is counted at most once however many
    /// ranges there are (a minified document is one line).
    pub fn ranges(&self, spans: &[(usize, usize)]) -> Vec<Range> {
        let offsets: Vec<usize> = spans.iter().flat_map(|&(start, end)| [start, end]).collect();
        let positions = self.lines.positions(&offsets, self.encoding.unit());
        positions.chunks_exact(2).map(|p| Range { start: to_lsp(p[0]), end: to_lsp(p[1]) }).collect()
    }

    /// The byte offset of `position`: a character past the line's end is the line's end, a line
    /// past the text's end is the text's end, and a position inside a character (a UTF-16 unit
    /// in the middle of a surrogate pair) is that character's start.
    pub fn offset(&self, position: Position) -> usize {
        let at = linkwa::Position { line: position.line as usize, column: position.character as usize };
        self.lines.offset(at, self.encoding.unit())
    }

    /// The byte range of the token at `offset` (for a diagnostic without a range of its own).
    pub fn token_range(&self, offset: usize) -> (usize, usize) {
        self.lines.token_range(offset)
    }
}

fn to_lsp(at: linkwa::Position) -> Position {
    let u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Position { line: u32(at.line), character: u32(at.column) }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"a😀b\": \"é\",\n  \"x\": 12\n}";

    #[test]
    fn utf16_counts_surrogate_pairs_and_utf8_bytes() {
        let b = TEXT.find('b').unwrap();
        assert_eq!(Text::new(TEXT, Encoding::Utf16).position(b), Position { line: 1, character: 6 });
        assert_eq!(Text::new(TEXT, Encoding::Utf8).position(b), Position { line: 1, character: 8 });
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            let text = Text::new(TEXT, encoding);
            for (offset, _) in TEXT.char_indices() {
                assert_eq!(text.offset(text.position(offset)), offset, "{encoding:?} {offset}");
            }
        }
    }

    #[test]
    fn ranges_in_any_order_are_the_single_ranges() {
        let text = Text::new(TEXT, Encoding::Utf16);
        let spans: Vec<(usize, usize)> = TEXT.char_indices().rev().map(|(i, _)| (i, TEXT.len())).collect();
        let single: Vec<Range> = spans.iter().map(|&(s, e)| text.range(s, e)).collect();
        assert_eq!(text.ranges(&spans), single);
    }

    /// Issue 24, item 6: converting the ranges of every diagnostic of a one-line document of a
    /// megabyte looks at each byte a bounded number of times (it counted from the line's start
    /// for each one: about 84 s per keystroke), whatever order they come in.
    #[test]
    fn ranges_on_one_long_line_count_each_character_once() {
        let item = r#"{"é":"😀","n":1},"#;
        let document = format!("[{}1]", item.repeat(1_000_000 / item.len()));
        let text = Text::new(&document, Encoding::Utf16);
        let starts: Vec<usize> = document.match_indices("\"n\"").map(|(i, _)| i).collect();
        assert!(starts.len() > 40_000);
        // Backwards, the worst order for counting from a previous position.
        let spans: Vec<(usize, usize)> = starts.iter().rev().map(|&s| (s, s + 3)).collect();
        let _ = linkwa::work_done();
        let ranges = text.ranges(&spans);
        let work = linkwa::work_done();
        assert!(work <= 2 * document.len() as u64, "{work} units for {} bytes", document.len());
        let last = ranges[0];
        assert_eq!(last.end.character - last.start.character, 3);
        assert_eq!(text.offset(last.start), *starts.last().unwrap());
    }
}
