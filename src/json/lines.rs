//! Byte offsets to 1-based line and column, the column counted in Unicode scalar values.

use super::work;
use crate::diagnostic::text::{Lines, Unit};

/// The 1-based lines and columns the diagnostics carry, by the public position service
/// ([`Lines`]): asking for positions in increasing order counts each character once, however many
/// positions share a line.
#[derive(Debug)]
pub(crate) struct LineIndex<'t> {
    lines: Lines<'t>,
}

impl<'t> LineIndex<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        Self { lines: Lines::new(text) }
    }

    /// 1-based line of the byte `offset`.
    pub(crate) fn line(&self, offset: usize) -> u32 {
        to_u32(self.lines.line(offset) + 1)
    }

    /// 1-based (line, column) of the byte `offset`; the column counts characters. Offsets past the
    /// end, or inside a character, are clamped.
    pub(crate) fn position(&self, offset: usize) -> (u32, u32) {
        let at = self.lines.position(offset, Unit::Chars);
        (to_u32(at.line + 1), to_u32(at.column + 1))
    }

    /// The byte range of the JSON token at `offset` ([`Lines::token_range`]).
    pub(crate) fn token_range(&self, offset: usize) -> (usize, usize) {
        self.lines.token_range(offset)
    }

    /// The byte offset of a 1-based line and a 1-based *byte* column, as serde_json reports them.
    pub(crate) fn offset_of_byte_column(&self, line: usize, column: usize) -> usize {
        let text = self.lines.text();
        let start = self.lines.line_range(line.saturating_sub(1)).map_or(text.len(), |(start, _)| start);
        self.lines.floor(start + column.saturating_sub(1))
    }
}

/// Lines and columns of offsets asked for in increasing order, without an index: each call
/// counts the line breaks and characters between the previous offset and this one, so a text is
/// read at most once up to the last offset asked for (an offset before the previous one starts
/// again from the beginning). The same positions as [`LineIndex::position`].
#[derive(Debug)]
pub(crate) struct Cursor<'t> {
    text: &'t str,
    /// The last offset asked for, and its 0-based line and column.
    at: usize,
    line: usize,
    column: usize,
}

impl<'t> Cursor<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        Self { text, at: 0, line: 0, column: 0 }
    }

    /// 1-based (line, column) of the byte `offset`, as [`LineIndex::position`] gives it.
    pub(crate) fn position(&mut self, offset: usize) -> (u32, u32) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        if offset < self.at {
            (self.at, self.line, self.column) = (0, 0, 0);
        }
        let between = self.text.get(self.at..offset).unwrap_or_default();
        work::add(between.len() as u64);
        match memchr::memrchr(b'\n', between.as_bytes()) {
            Some(last) => {
                self.line += memchr::memchr_iter(b'\n', between.as_bytes()).count();
                self.column = between.get(last + 1..).unwrap_or_default().chars().count();
            }
            None => self.column += between.chars().count(),
        }
        self.at = offset;
        (to_u32(self.line + 1), to_u32(self.column + 1))
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn counts_lines_and_characters() {
        let text = "{\n  \"å\": \"ü\"\n}";
        let index = LineIndex::new(text);
        assert_eq!(index.position(0), (1, 1));
        let u = text.find('ü').unwrap();
        assert_eq!(index.position(u - 1), (2, 8));
        assert_eq!(index.position(u), (2, 9));
        assert_eq!(index.position(2), (2, 1));
        assert_eq!(index.position(text.len()), (3, 2));
        assert_eq!(index.line(u), 2);
    }

    #[test]
    fn the_cursor_gives_the_index_positions() {
        let text = "{\n  \"å\": \"ü\",\r\n\n \"b\": [1, 2]}\n";
        let index = LineIndex::new(text);
        let offsets: Vec<usize> = (0..=text.len() + 2).collect();
        let mut cursor = super::Cursor::new(text);
        for &offset in &offsets {
            assert_eq!(cursor.position(offset), index.position(offset), "{offset}");
        }
        // Backwards, and repeated, too.
        for &offset in offsets.iter().rev().chain(&[3, 3, 0]) {
            assert_eq!(cursor.position(offset), index.position(offset), "{offset}");
        }
    }
}
