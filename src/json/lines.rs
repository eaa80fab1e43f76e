//! Byte offsets to 1-based line and column, the column counted in Unicode scalar values.

/// The start offset of every line of a text.
#[derive(Debug)]
pub(crate) struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        let newlines = text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1);
        let starts = std::iter::once(0).chain(newlines).collect();
        Self { text, starts }
    }

    /// 1-based (line, column) of the byte `offset`; the column counts characters. Offsets past the
    /// end, or inside a character, are clamped.
    pub(crate) fn position(&self, offset: usize) -> (u32, u32) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let column = self.text[self.starts[line]..offset].chars().count();
        (to_u32(line + 1), to_u32(column + 1))
    }

    /// The byte offset of a 1-based line and a 1-based *byte* column, as serde_json reports them.
    pub(crate) fn offset_of_byte_column(&self, line: usize, column: usize) -> usize {
        let start = self.starts.get(line.saturating_sub(1)).copied().unwrap_or(self.text.len());
        (start + column.saturating_sub(1)).min(self.text.len())
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
        assert_eq!(index.position(text.len()), (3, 2));
    }
}
