//! [`JsonPointer`]: an RFC 6901 JSON Pointer built while walking a document.

use std::fmt;
use std::sync::Arc;

/// One reference token of a [`JsonPointer`]: an object member name or an array index. Ordered
/// indices first (numerically), then names (by their UTF-8 bytes).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    /// An array index (0-based).
    Index(usize),
    /// An object member name, unescaped (shared: extending a pointer does not copy its names).
    Key(Arc<str>),
}

impl Ord for Segment {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        use std::cmp::Ordering;
        match (self, other) {
            (Segment::Index(a), Segment::Index(b)) => a.cmp(b),
            (Segment::Index(_), Segment::Key(_)) => Ordering::Less,
            (Segment::Key(_), Segment::Index(_)) => Ordering::Greater,
            // The pointers of one document share their names: one copy compares equal unread.
            (Segment::Key(a), Segment::Key(b)) if Arc::ptr_eq(a, b) => Ordering::Equal,
            (Segment::Key(a), Segment::Key(b)) => a.cmp(b),
        }
    }
}

impl PartialOrd for Segment {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// An RFC 6901 JSON Pointer into the linted document, e.g. `/messages/0/text/body`.
///
/// Held as unescaped segments (member names shared, so extending a pointer costs one copy of
/// the segment list and no copy of the names), shown (via [`fmt::Display`]) with `~` escaped as `~0` and `/` as `~1`.
/// The empty pointer (`""`) is the whole document. Pointers order segment by segment, array indices
/// numerically, so `/messages/2` sorts before `/messages/10`.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify), tsify(type = "string"))]
pub struct JsonPointer(Vec<Segment>);

impl JsonPointer {
    /// The empty pointer: the whole document.
    pub fn root() -> Self {
        Self(Vec::new())
    }

    /// This pointer extended by the member name `key`.
    pub fn key(&self, key: &str) -> Self {
        let mut segments = Vec::with_capacity(self.0.len() + 1);
        segments.extend_from_slice(&self.0);
        segments.push(Segment::Key(Arc::from(key)));
        Self(segments)
    }

    /// This pointer extended by the array index `index`.
    pub fn index(&self, index: usize) -> Self {
        let mut segments = Vec::with_capacity(self.0.len() + 1);
        segments.extend_from_slice(&self.0);
        segments.push(Segment::Index(index));
        Self(segments)
    }

    /// The pointer made of `segments`, outermost first.
    pub(crate) fn from_segments(segments: Vec<Segment>) -> Self {
        Self(segments)
    }

    /// The segments, outermost first.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// The pointer one level up; the root's parent is the root.
    pub fn parent(&self) -> Self {
        let mut segments = self.0.clone();
        segments.pop();
        Self(segments)
    }

    /// The last segment, when there is one.
    pub fn last(&self) -> Option<&Segment> {
        self.0.last()
    }

    /// Parses the RFC 6901 string form (`""`, `/a/0/b~1c`). Tokens made only of ASCII digits (without
    /// a leading zero) are read as array indices. Returns `None` when the text does not start with `/`
    /// or holds an escape other than `~0` and `~1`.
    pub fn parse(text: &str) -> Option<Self> {
        if text.is_empty() {
            return Some(Self::root());
        }
        let rest = text.strip_prefix('/')?;
        let mut segments = Vec::new();
        for token in rest.split('/') {
            let is_index = !token.is_empty()
                && token.bytes().all(|b| b.is_ascii_digit())
                && (token == "0" || !token.starts_with('0'));
            match token.parse::<usize>() {
                Ok(i) if is_index => segments.push(Segment::Index(i)),
                _ => segments.push(Segment::Key(Arc::from(unescape(token)?))),
            }
        }
        Some(Self(segments))
    }
}

fn unescape(token: &str) -> Option<String> {
    let mut out = String::with_capacity(token.len());
    let mut chars = token.chars();
    while let Some(c) = chars.next() {
        if c == '~' {
            match chars.next() {
                Some('0') => out.push('~'),
                Some('1') => out.push('/'),
                _ => return None,
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

impl JsonPointer {
    /// Writes the pointer's string (RFC 6901: `/` before each token, `~` escaped as `~0` and `/`
    /// as `~1`) into `out`, as [`Display`](fmt::Display) does, with no formatting machinery:
    /// `out` gets whole runs of each name and each index's digits (from `itoa`). Errors are `out`'s only
    /// (a `String` never fails).
    pub fn write_to<W: fmt::Write>(&self, out: &mut W) -> fmt::Result {
        for segment in &self.0 {
            out.write_char('/')?;
            match segment {
                Segment::Index(i) => out.write_str(itoa::Buffer::new().format(*i))?,
                Segment::Key(k) => {
                    // Runs without `~` or `/` are written whole (a key has none, nearly always).
                    let mut rest: &str = k;
                    while let Some(at) = rest.find(['~', '/']) {
                        let (run, escaped) = rest.split_at_checked(at).unwrap_or((rest, ""));
                        out.write_str(run)?;
                        if let Some(after) = escaped.strip_prefix('~') {
                            out.write_str("~0")?;
                            rest = after;
                        } else {
                            out.write_str("~1")?;
                            rest = escaped.strip_prefix('/').unwrap_or("");
                        }
                    }
                    out.write_str(rest)?;
                }
            }
        }
        Ok(())
    }
}

impl fmt::Display for JsonPointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

impl serde::Serialize for JsonPointer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_per_rfc_6901() {
        let p = JsonPointer::root().key("a/b").key("m~n").index(3);
        assert_eq!(p.to_string(), "/a~1b/m~0n/3");
        assert_eq!(JsonPointer::parse("/a~1b/m~0n/3"), Some(p));
        // Escapes side by side, at both ends, between characters of several bytes; empty keys.
        let p = JsonPointer::root().key("~/é~~x/").key("").key("日本/語").key("/");
        assert_eq!(p.to_string(), "/~0~1é~0~0x~1//日本~1語/~1");
        assert_eq!(JsonPointer::parse(&p.to_string()), Some(p));
    }

    #[test]
    fn indices_are_written_in_decimal() {
        for i in [0, 7, 9, 10, 99, 100, 1234, 65_536, usize::MAX] {
            assert_eq!(JsonPointer::root().index(i).key("k").to_string(), format!("/{i}/k"));
        }
    }

    #[test]
    fn root_is_empty_string() {
        assert_eq!(JsonPointer::root().to_string(), "");
        assert_eq!(JsonPointer::parse(""), Some(JsonPointer::root()));
        assert_eq!(JsonPointer::parse("a"), None);
        assert_eq!(JsonPointer::parse("/~2"), None);
    }

    #[test]
    fn indices_sort_numerically() {
        let two = JsonPointer::root().key("messages").index(2);
        let ten = JsonPointer::root().key("messages").index(10);
        assert!(two < ten);
        assert_eq!(JsonPointer::parse("/01"), Some(JsonPointer::root().key("01")));
    }

    #[test]
    fn segments_order_indices_first_then_names_shared_or_not() {
        use std::cmp::Ordering::*;
        let shared: Arc<str> = Arc::from("b");
        let cases = [
            (Segment::Index(2), Segment::Index(10), Less),
            (Segment::Index(99), Segment::Key("0".into()), Less),
            (Segment::Key("a".into()), Segment::Index(0), Greater),
            (Segment::Key("ab".into()), Segment::Key("b".into()), Less),
            (Segment::Key("b".into()), Segment::Key("b".into()), Equal),
            (Segment::Key(shared.clone()), Segment::Key(shared), Equal),
        ];
        for (a, b, order) in cases {
            assert_eq!(a.cmp(&b), order, "{a:?} {b:?}");
            assert_eq!(b.cmp(&a), order.reverse(), "{a:?} {b:?}");
            assert_eq!(a.partial_cmp(&b), Some(order));
            assert_eq!(a == b, order == Equal);
        }
    }
}
