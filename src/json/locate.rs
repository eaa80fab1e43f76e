//! Byte offsets of many JSON Pointers at once, without a second parse.
//!
//! The pointers are gathered in a trie; one walk of the document (the text itself when it is
//! strict JSON, the lenient syntax tree otherwise) descends only into the members and elements
//! that some pointer names and skips every other subtree, recording where each trie node's value
//! (and key) starts and ends. Locating N pointers therefore costs one pass over the text plus N
//! lookups, however the pointers are spread, minified or not. Positions need only the starts (the
//! walk stops once every node is reached); fixes need the spans ([`Trie::complete`]).

use super::work;
use crate::pointer::{JsonPointer, Segment};
use jsonc_parser::ast::{self, ObjectPropName};
use jsonc_parser::common::Ranged;
use std::borrow::Cow;

/// A segment of a pointer, borrowed; ordered as [`Segment`] (indices first, numerically).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Edge<'p> {
    Index(usize),
    Key(&'p str),
}

/// The pointers to locate, as a trie, and where the walk found each node.
pub(super) struct Trie<'p> {
    /// Each node's children, sorted by edge.
    children: Vec<Vec<(Edge<'p>, u32)>>,
    /// Start of the value at each node.
    value_at: Vec<Option<usize>>,
    /// One past the end of the value at each node (recorded when the walk finishes the value).
    value_end: Vec<Option<usize>>,
    /// The key (quotes included), for a node that is an object member.
    key_at: Vec<Option<Span>>,
    /// For a node whose value is an object: true when it has no member.
    empty: Vec<bool>,
    /// Nodes the walk has not reached yet: at 0 the text walk stops.
    unreached: usize,
    /// The nodes reached, in the order of the text (so their positions are found in one pass).
    order: Vec<u32>,
}

fn edge(segment: &Segment) -> Edge<'_> {
    match segment {
        Segment::Key(k) => Edge::Key(k),
        Segment::Index(i) => Edge::Index(*i),
    }
}

/// A byte range of the text: `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    pub start: usize,
    pub end: usize,
}

/// Where a pointer's value lies in the text, for fixes: its span, its key's span when it is an
/// object member, and whether it is an object without members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Spans {
    pub value: Span,
    pub key: Option<Span>,
    pub empty_object: bool,
}

/// The array index a member name also stands for in a pointer (`"3"`, not `"03"`).
fn as_index(key: &str) -> Option<usize> {
    let canonical = !key.is_empty() && key.bytes().all(|b| b.is_ascii_digit()) && (key == "0" || !key.starts_with('0'));
    canonical.then(|| key.parse().ok()).flatten()
}

impl<'p> Trie<'p> {
    /// The trie of `pointers`, which must be sorted: each node's children are then appended in
    /// order, and no insertion ever moves one.
    pub(super) fn new(pointers: &[&'p JsonPointer]) -> Self {
        debug_assert!(pointers.is_sorted());
        // The number of nodes, to allocate each table once.
        let mut nodes = 1;
        let mut previous: &[Segment] = &[];
        for pointer in pointers {
            let segments = pointer.segments();
            nodes += segments.len() - previous.iter().zip(segments).take_while(|(a, b)| a == b).count();
            previous = segments;
        }
        fn table<T>(nodes: usize, first: T) -> Vec<T> {
            let mut v = Vec::with_capacity(nodes);
            v.push(first);
            v
        }
        let mut trie = Trie {
            children: table(nodes, Vec::new()),
            value_at: table(nodes, None),
            value_end: table(nodes, None),
            key_at: table(nodes, None),
            empty: table(nodes, false),
            unreached: 0,
            order: Vec::new(),
        };
        let mut stack: Vec<u32> = vec![0];
        let mut previous: &[Segment] = &[];
        for pointer in pointers {
            let segments = pointer.segments();
            let common = previous.iter().zip(segments).take_while(|(a, b)| a == b).count();
            stack.truncate(common + 1);
            for segment in &segments[common..] {
                let id = u32::try_from(trie.children.len()).unwrap_or(u32::MAX);
                let parent = stack.last().copied().unwrap_or(0);
                trie.children[parent as usize].push((edge(segment), id));
                trie.children.push(Vec::new());
                trie.value_at.push(None);
                trie.value_end.push(None);
                trie.key_at.push(None);
                trie.empty.push(false);
                stack.push(id);
            }
            previous = segments;
        }
        trie.unreached = trie.value_at.len();
        trie
    }

    /// Makes the walk go on to the end of the document even once every node is reached, so
    /// that every reached value's end is recorded too (what [`Trie::spans`] needs).
    pub(super) fn complete(mut self) -> Self {
        self.unreached = usize::MAX;
        self
    }

    /// The spans of the value at `pointer` after a walk, when the walk reached it exactly.
    pub(super) fn spans(&self, pointer: &JsonPointer) -> Option<Spans> {
        let mut node = 0u32;
        for segment in pointer.segments() {
            node = self.lookup(node, edge(segment))?;
        }
        let n = node as usize;
        let value =
            Span { start: self.value_at.get(n).copied().flatten()?, end: self.value_end.get(n).copied().flatten()? };
        Some(Spans { value, key: self.key_at.get(n).copied().flatten(), empty_object: self.empty[n] })
    }

    /// The child of `node` for an object member named `key` (also standing for an array index).
    fn member(&self, node: u32, key: &str) -> Option<u32> {
        self.lookup(node, Edge::Key(key)).or_else(|| as_index(key).and_then(|i| self.lookup(node, Edge::Index(i))))
    }

    fn lookup(&self, node: u32, edge: Edge<'_>) -> Option<u32> {
        let children = self.children.get(node as usize)?;
        children.binary_search_by(|(e, _)| (*e).cmp(&edge)).ok().map(|i| children[i].1)
    }

    fn children(&self, node: u32) -> &[(Edge<'p>, u32)] {
        self.children.get(node as usize).map_or(&[], Vec::as_slice)
    }

    /// The `k`th of `node`'s children when it is an array index (indices sort first, ascending).
    fn index_child(&self, node: u32, k: usize) -> Option<(usize, u32)> {
        match self.children(node).get(k) {
            Some((Edge::Index(i), child)) => Some((*i, *child)),
            _ => None,
        }
    }

    /// Where `pointer` is placed after a walk: the node whose value (`false`) or key (`true`)
    /// starts it. The value; for an absent member, the key of the object that should hold it (or
    /// that object when it has no key).
    fn place(&self, pointer: &JsonPointer) -> Option<(u32, bool)> {
        self.value_at.first().copied().flatten()?;
        let mut node = 0u32;
        for segment in pointer.segments() {
            let found = self.lookup(node, edge(segment)).filter(|c| self.value_at[*c as usize].is_some());
            let Some(child) = found else { return Some((node, self.key_at[node as usize].is_some())) };
            node = child;
        }
        Some((node, false))
    }

    /// The byte range of every pointer's place ([`Trie::place`]), in order: a key's whole span; a
    /// value's start, and its end when the walk recorded it (the text walk stops once every node
    /// is reached: the caller scans the rest, see [`value_end`]).
    pub(super) fn places<'a>(
        &self,
        pointers: impl Iterator<Item = &'a JsonPointer>,
    ) -> Vec<Option<(usize, Option<usize>)>> {
        pointers
            .map(|p| {
                let (node, is_key) = self.place(p)?;
                let n = node as usize;
                if is_key {
                    self.key_at[n].map(|at| (at.start, Some(at.end)))
                } else {
                    self.value_at[n].map(|at| (at, self.value_end[n]))
                }
            })
            .collect()
    }

    /// Walks strict JSON text (serde_json accepted it).
    pub(super) fn walk_text(&mut self, text: &str) {
        let mut scan = Scan { text, bytes: text.as_bytes(), visited: 0 };
        let start = scan.ws(0);
        let end = scan.value(self, 0, start);
        // A walk that stopped once every node was reached did not find the ends of the values
        // it was in (the caller scans for them).
        if self.unreached != 0 {
            self.value_end[0] = Some(end);
        }
        work::add(scan.visited);
    }

    /// Walks a lenient syntax tree; of repeated keys the last one counts (as in the linted value).
    pub(super) fn walk_tree(&mut self, value: &ast::Value<'_>) {
        let mut visited = 0;
        self.tree_value(0, value, &mut visited);
        work::add(visited);
    }

    fn tree_value(&mut self, node: u32, value: &ast::Value<'_>, visited: &mut u64) {
        self.value_at[node as usize] = Some(value.start());
        self.value_end[node as usize] = Some(value.end());
        self.empty[node as usize] = matches!(value, ast::Value::Object(o) if o.properties.is_empty());
        self.order.push(node);
        if self.children(node).is_empty() {
            return;
        }
        match value {
            ast::Value::Object(o) => {
                // The last of repeated keys counts: choose from the end, then walk in text order.
                let mut chosen = Vec::new();
                for (i, prop) in o.properties.iter().enumerate().rev() {
                    *visited += 1;
                    let name = match &prop.name {
                        ObjectPropName::String(s) => &*s.value,
                        ObjectPropName::Word(w) => w.value,
                    };
                    if let Some(child) = self.member(node, name)
                        && self.key_at[child as usize].is_none()
                    {
                        self.key_at[child as usize] = Some(Span { start: prop.name.start(), end: prop.name.end() });
                        chosen.push((i, child));
                    }
                }
                for &(i, child) in chosen.iter().rev() {
                    if let Some(prop) = o.properties.get(i) {
                        self.tree_value(child, &prop.value, visited);
                    }
                }
            }
            ast::Value::Array(a) => {
                let mut next = 0;
                while let Some((i, child)) = self.index_child(node, next) {
                    next += 1;
                    *visited += 1;
                    if let Some(element) = a.elements.get(i) {
                        self.tree_value(child, element, visited);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The end of the value that starts at `start` in strict text (one past its last byte).
pub(super) fn value_end(text: &str, start: usize) -> usize {
    let mut scan = Scan { text, bytes: text.as_bytes(), visited: 0 };
    let end = scan.skip(start);
    work::add(scan.visited);
    end
}

/// A cursor over strict JSON text that never panics on text that is not (it stops instead).
struct Scan<'t> {
    text: &'t str,
    bytes: &'t [u8],
    /// Bytes looked at, for the growth tests.
    visited: u64,
}

impl Scan<'_> {
    fn byte(&self, i: usize) -> Option<u8> {
        self.bytes.get(i).copied()
    }

    fn ws(&mut self, mut i: usize) -> usize {
        let from = i;
        while matches!(self.byte(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            i += 1;
        }
        self.visited += (i - from) as u64;
        i
    }

    /// The end of the string whose opening quote is at `i`.
    fn string_end(&mut self, i: usize) -> usize {
        let mut j = i + 1;
        loop {
            let Some(rest) = self.bytes.get(j..) else { return self.bytes.len() };
            match memchr::memchr2(b'"', b'\\', rest) {
                Some(k) if rest[k] == b'\\' => {
                    self.visited += k as u64 + 2;
                    j += k + 2;
                }
                Some(k) => {
                    self.visited += k as u64 + 1;
                    return j + k + 1;
                }
                None => return self.bytes.len(),
            }
        }
    }

    /// The end of the value starting at `i`, skipped.
    fn skip(&mut self, i: usize) -> usize {
        match self.byte(i) {
            Some(b'"') => self.string_end(i),
            Some(b'{' | b'[') => {
                let mut depth = 0usize;
                let mut j = i;
                while let Some(b) = self.byte(j) {
                    self.visited += 1;
                    match b {
                        b'"' => {
                            j = self.string_end(j);
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                return j + 1;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                j
            }
            _ => {
                let mut j = i;
                while self.byte(j).is_some_and(|b| !matches!(b, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r')) {
                    j += 1;
                }
                self.visited += (j - i) as u64;
                j
            }
        }
    }

    /// Walks the value at `i` (no whitespace before it) for trie node `node`; returns its end,
    /// or where it stopped once every node is reached (the callers stop too).
    fn value(&mut self, trie: &mut Trie<'_>, node: u32, i: usize) -> usize {
        if trie.value_at[node as usize].replace(i).is_none() {
            trie.unreached -= 1;
            trie.order.push(node);
        }
        if trie.unreached == 0 {
            return i;
        }
        if trie.children(node).is_empty() {
            if self.byte(i) == Some(b'{') {
                let j = self.ws(i + 1);
                trie.empty[node as usize] = self.byte(j) == Some(b'}');
            }
            return self.skip(i);
        }
        match self.byte(i) {
            Some(b'{') => self.object(trie, node, i),
            Some(b'[') => self.array(trie, node, i),
            _ => self.skip(i),
        }
    }

    fn object(&mut self, trie: &mut Trie<'_>, node: u32, i: usize) -> usize {
        let mut j = self.ws(i + 1);
        if self.byte(j) == Some(b'}') {
            trie.empty[node as usize] = true;
            return j + 1;
        }
        while self.byte(j) == Some(b'"') {
            let key_start = j;
            let key_end = self.string_end(j);
            let raw = self.text.get(key_start + 1..key_end.saturating_sub(1)).unwrap_or_default();
            let key: Cow<'_, str> = if raw.contains('\\') {
                serde_json::from_str::<String>(self.text.get(key_start..key_end).unwrap_or_default())
                    .map_or(Cow::Borrowed(raw), Cow::Owned)
            } else {
                Cow::Borrowed(raw)
            };
            j = self.ws(key_end);
            if self.byte(j) != Some(b':') {
                return j;
            }
            j = self.ws(j + 1);
            j = match trie.member(node, &key) {
                Some(child) => {
                    trie.key_at[child as usize] = Some(Span { start: key_start, end: key_end });
                    let end = self.value(trie, child, j);
                    if trie.unreached != 0 {
                        trie.value_end[child as usize] = Some(end);
                    }
                    end
                }
                None => self.skip(j),
            };
            if trie.unreached == 0 {
                return j;
            }
            j = self.ws(j);
            match self.byte(j) {
                Some(b',') => j = self.ws(j + 1),
                Some(b'}') => return j + 1,
                _ => return j,
            }
        }
        j
    }

    fn array(&mut self, trie: &mut Trie<'_>, node: u32, i: usize) -> usize {
        let mut j = self.ws(i + 1);
        if self.byte(j) == Some(b']') {
            return j + 1;
        }
        // The wanted indices come sorted: walk them in step with the elements.
        let mut next = 0;
        let mut index = 0;
        while j < self.bytes.len() {
            let wanted = trie.index_child(node, next);
            j = match wanted {
                Some((i, child)) if i == index => {
                    next += 1;
                    let end = self.value(trie, child, j);
                    if trie.unreached != 0 {
                        trie.value_end[child as usize] = Some(end);
                    }
                    end
                }
                _ => self.skip(j),
            };
            if trie.unreached == 0 {
                return j;
            }
            index += 1;
            j = self.ws(j);
            match self.byte(j) {
                Some(b',') => j = self.ws(j + 1),
                Some(b']') => return j + 1,
                _ => return j,
            }
        }
        j
    }
}

/// The offset of the first `[` or `{` that opens a 128th level of nesting, in text that may hold
/// comments and single-quoted strings (what the lenient parser reads).
pub(super) fn too_deep(text: &str, limit: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' | b'\'' => {
                let mut j = i + 1;
                while let Some(&c) = bytes.get(j) {
                    match c {
                        b'\\' => j += 1,
                        c if c == b || c == b'\n' => break,
                        _ => {}
                    }
                    j += 1;
                }
                i = j;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |k| i + k);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = text.get(i + 2..).and_then(|rest| rest.find("*/")).map_or(bytes.len(), |k| i + 2 + k + 1);
            }
            b'[' | b'{' => {
                depth += 1;
                if depth >= limit {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    work::add(i as u64);
    None
}
