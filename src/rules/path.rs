//! [`Path`]: where a rule is looking, as a cheap `Copy` handle; turned into a [`JsonPointer`] only
//! when a diagnostic is reported ([`Resolver`]).
//!
//! A path is a node of the linted tree (its *anchor*: the value a getter handed out) followed by at
//! most [`TAIL`] member names or indices that need not exist (`path.key("body")` for a missing
//! member). Handing out a member's path therefore costs nothing: no allocation, no copy of names.
//! Reporting finds the anchor's own pointer near the previous report's (rules report nearly in
//! tree order), and otherwise by a search of the tree or an index of its parent links
//! ([`Resolver`]).

use crate::json::tree::Value;
use crate::pointer::{JsonPointer, Segment};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

/// How many segments a path may add to its anchor.
const TAIL: usize = 2;

/// One segment of a [`Path`] beyond its anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seg<'v> {
    Key(&'v str),
    Index(usize),
}

/// A location in the linted document: `Copy`, no allocation. Extend it with [`Path::key`] and
/// [`Path::index`]; [`super::cx::Cx::report`] turns it into a [`JsonPointer`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Path<'v> {
    /// A value of the linted tree at a prefix of this path; `None` for the document root.
    anchor: Option<&'v Value<'v>>,
    tail: [Seg<'v>; TAIL],
    len: u8,
}

impl Default for Path<'_> {
    /// The whole document, as [`Path::root`].
    fn default() -> Self {
        Path::root()
    }
}

impl<'v> Path<'v> {
    /// The whole document.
    pub(crate) const fn root() -> Self {
        Self { anchor: None, tail: [Seg::Index(0); TAIL], len: 0 }
    }

    /// The path of `value`, a node of the linted tree (what getters hand out).
    pub(crate) const fn at(value: &'v Value<'v>) -> Self {
        Self { anchor: Some(value), tail: [Seg::Index(0); TAIL], len: 0 }
    }

    /// True for [`Path::root`] itself.
    pub(crate) fn is_root(&self) -> bool {
        self.anchor.is_none() && self.len == 0
    }

    /// This path extended by the member name `key`.
    pub(crate) fn key(&self, key: &'v str) -> Self {
        self.push(Seg::Key(key))
    }

    /// This path extended by the array index `index`.
    pub(crate) fn index(&self, index: usize) -> Self {
        self.push(Seg::Index(index))
    }

    fn push(&self, seg: Seg<'v>) -> Self {
        let mut out = if usize::from(self.len) < TAIL { *self } else { self.rebased() };
        match out.tail.get_mut(usize::from(out.len)) {
            Some(slot) => {
                *slot = seg;
                out.len += 1;
            }
            None => debug_assert!(false, "a path may extend its anchor by at most {TAIL} segments"),
        }
        out
    }

    /// The same path anchored as deep in the tree as its segments exist, freeing tail slots.
    fn rebased(&self) -> Self {
        let Some(mut node) = self.anchor else { return *self };
        let mut used = 0;
        for seg in &self.tail[..usize::from(self.len)] {
            let child = match *seg {
                Seg::Key(k) => node.as_object().and_then(|m| m.get(k)),
                Seg::Index(i) => node.as_array().and_then(|a| a.get(i)),
            };
            let Some(child) = child else { break };
            node = child;
            used += 1;
        }
        let mut out = Path::at(node);
        for seg in &self.tail[used..usize::from(self.len)] {
            out.tail[usize::from(out.len)] = *seg;
            out.len += 1;
        }
        out
    }
}

/// Turns [`Path`]s into [`JsonPointer`]s for one document.
///
/// Rules report nearly in the order of the tree, so the next anchor is mostly near the last one:
/// it is looked for first below and beside the values of the last anchor's chain, deepest first
/// and in document order, within [`NEARBY`] values. A document's first [`SEARCHES`] anchors not
/// found so are searched for in the whole tree; past those, an index of the tree's parent links
/// is built (once, linear in the tree) and used for every later anchor. A large document reported
/// in order never builds it, and the values looked at are the ones the rules just read.
#[derive(Debug, Default)]
pub(crate) struct Resolver<'r> {
    root: Option<&'r Value<'r>>,
    /// Node address → (parent, segment), built when neither the neighbourhood of the last chain
    /// nor [`SEARCHES`] whole-tree searches found an anchor.
    parents: Option<Parents<'r>>,
    /// Anchors found so far by a search of the whole tree.
    searched: usize,
    /// Pointers made so far.
    made_pointers: usize,
    /// The values from the root (not included) down to the last anchor found ([`Link`]s):
    /// consecutive pointers share most of this chain, and the pointer segments made for it.
    last: Chain<'r>,
    /// Member names, one shared copy each, once the document has had [`SHARED_AFTER`] pointers:
    /// the many diagnostics of a large document repeat them (and comparing pointers then compares
    /// the same memory).
    names: HashSet<Arc<str>>,
}

/// How many anchors a document's resolver finds by searching the whole tree (each search visits
/// at most every container once, with no hashing) before it builds the parents index (which
/// hashes every value, once): most documents with findings have one or two, and the cost stays
/// linear.
const SEARCHES: usize = 4;

/// After how many pointers a document's member names are shared ([`Resolver::names`]): sharing
/// hashes each name, which pays only when many diagnostics repeat them.
const SHARED_AFTER: usize = 64;

/// How many values the search near the last chain looks at before it gives up on an anchor
/// (which is then found by a whole-tree search or the index): a few messages' worth.
const NEARBY: usize = 512;

/// Node address → its parent, the segment that leads to it, and its position among the parent's
/// members or elements (so that going down an object of 100 000 members is a step, not a scan).
type Parents<'r> = HashMap<usize, (&'r Value<'r>, Seg<'r>, usize), BuildHasherDefault<AddressHasher>>;

/// One value of a chain: the value, the segment that leads to it from its parent, and that
/// segment as a pointer segment once a pointer through it was made (so that the next pointer
/// through it copies no name and looks none up).
type Link<'r> = (&'r Value<'r>, Seg<'r>, Option<Segment>);

/// The values from a container down to a value below it.
type Chain<'r> = Vec<Link<'r>>;

fn address(value: &Value) -> usize {
    std::ptr::from_ref(value) as usize
}

impl<'r> Resolver<'r> {
    /// A resolver for paths anchored in the tree `root`.
    pub(crate) fn new(root: &'r Value<'r>) -> Self {
        Self { root: Some(root), ..Self::default() }
    }

    /// The JSON Pointer of `path`.
    pub(crate) fn pointer(&mut self, path: &Path<'_>) -> JsonPointer {
        if let (Some(anchor), Some(root)) = (path.anchor, self.root) {
            self.descend_to(root, address(anchor));
        } else {
            self.last.clear();
        }
        self.made_pointers += 1;
        for i in 0..self.last.len() {
            if let Some(&(_, seg, None)) = self.last.get(i) {
                let segment = self.segment(seg);
                if let Some(link) = self.last.get_mut(i) {
                    link.2 = Some(segment);
                }
            }
        }
        let tail = &path.tail[..usize::from(path.len)];
        let mut segments: Vec<Segment> = Vec::with_capacity(self.last.len() + tail.len());
        segments.extend(self.last.iter().filter_map(|link| link.2.clone()));
        for seg in tail {
            segments.push(self.segment(*seg));
        }
        JsonPointer::from_segments(segments)
    }

    /// Sets [`Resolver::last`] to the chain from `root` down to the value at address `target`.
    fn descend_to(&mut self, root: &'r Value<'r>, target: usize) {
        if target == address(root) {
            self.last.clear();
            return;
        }
        // A value of the last chain (the same anchor again, or a parent after its children).
        if let Some(i) = self.last.iter().position(|&(v, ..)| address(v) == target) {
            self.last.truncate(i + 1);
            return;
        }
        if self.parents.is_none() {
            if self.nearby(root, target) {
                return;
            }
            if self.searched < SEARCHES {
                self.searched += 1;
                self.last.clear();
                let mut budget = usize::MAX;
                if !search(root, target, &mut self.last, &mut budget) {
                    debug_assert!(false, "a path anchored outside the linted tree");
                    self.last.clear();
                }
                return;
            }
        }
        let parents = self.parents.get_or_insert_with(|| index(root));
        // Up from the anchor until a value of the last chain (or the root), then down that chain.
        let mut up: Vec<(usize, Seg<'r>, &'r Value<'r>, usize)> = Vec::new();
        let mut at = target;
        let stop = address(root);
        let kept = loop {
            if at == stop {
                break 0;
            }
            if let Some(i) = self.last.iter().position(|&(a, ..)| address(a) == at) {
                break i + 1;
            }
            let Some(&(parent, seg, position)) = parents.get(&at) else {
                debug_assert!(false, "a path anchored outside the linted tree");
                up.clear();
                break 0;
            };
            up.push((at, seg, parent, position));
            at = address(parent);
        };
        self.last.truncate(kept);
        for (at, seg, parent, position) in up.into_iter().rev() {
            let Some(node) = child(parent, position, at) else {
                debug_assert!(false, "the parents index disagrees with the tree");
                break;
            };
            self.last.push((node, seg, None));
        }
    }

    /// Looks for the value at `target` below and beside the last chain, deepest first: the last
    /// anchor's own values, then at each level up the siblings of the chain (an array's later
    /// elements first), up to the root's members, within [`NEARBY`] values. On success
    /// [`Resolver::last`] leads to it.
    fn nearby(&mut self, root: &'r Value<'r>, target: usize) -> bool {
        let mut budget = NEARBY;
        let mut found = Chain::new();
        for level in (0..=self.last.len()).rev() {
            let node = match level.checked_sub(1) {
                None => root,
                Some(i) => match self.last.get(i) {
                    Some(&(node, ..)) => node,
                    None => return false,
                },
            };
            // The child on the chain, whose values the level below has looked at.
            let below = self.last.get(level).map(|&(v, seg, _)| (address(v), seg));
            if search_beside(node, below, target, &mut found, &mut budget) {
                self.last.truncate(level);
                self.last.append(&mut found);
                return true;
            }
            if budget == 0 {
                return false;
            }
        }
        false
    }

    /// `seg` as a pointer segment; once the document has had [`SHARED_AFTER`] pointers, its name
    /// shared with theirs.
    fn segment(&mut self, seg: Seg<'_>) -> Segment {
        match seg {
            Seg::Index(i) => Segment::Index(i),
            Seg::Key(k) if self.made_pointers <= SHARED_AFTER => Segment::Key(Arc::from(k)),
            Seg::Key(k) => Segment::Key(match self.names.get(k) {
                Some(name) => Arc::clone(name),
                None => {
                    let name: Arc<str> = Arc::from(k);
                    self.names.insert(Arc::clone(&name));
                    name
                }
            }),
        }
    }
}

fn index<'r>(root: &'r Value<'r>) -> Parents<'r> {
    // Sized once: growing the table rehashes every node inserted so far.
    let mut parents = Parents::with_capacity_and_hasher(count(root), BuildHasherDefault::default());
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        match node {
            Value::Object(map) => {
                for (position, (k, v)) in map.iter().enumerate() {
                    parents.insert(address(v), (node, Seg::Key(k), position));
                    if v.is_object() || v.is_array() {
                        stack.push(v);
                    }
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    parents.insert(address(v), (node, Seg::Index(i), i));
                    if v.is_object() || v.is_array() {
                        stack.push(v);
                    }
                }
            }
            _ => {}
        }
    }
    parents
}

/// The child of `parent` at `position` (among its members, in the order the map keeps them, or
/// its elements), which is at address `target`.
fn child<'r>(parent: &'r Value<'r>, position: usize, target: usize) -> Option<&'r Value<'r>> {
    crate::json::work::add(1);
    match parent {
        Value::Array(items) => items.get(position),
        Value::Object(map) => map.at(position),
        _ => None,
    }
    .filter(|&v| address(v) == target)
}

/// Pushes onto `path` the chain from `node` down to the value at address `target`; false (and
/// `path` as it was) when `target` is not in `node`'s tree, or when `budget` (values looked at)
/// ran out first. Depth-first, entering only containers; the recursion is as deep as the tree
/// (at most 128 levels, the parsers' limit).
fn search<'r>(node: &'r Value<'r>, target: usize, path: &mut Chain<'r>, budget: &mut usize) -> bool {
    if address(node) == target {
        return true;
    }
    search_beside(node, None, target, path, budget)
}

/// [`search`] of `node`'s children but the one at `below` (address and segment), which has been
/// searched: an array's elements after it first, then those before.
fn search_beside<'r>(
    node: &'r Value<'r>,
    below: Option<(usize, Seg<'r>)>,
    target: usize,
    path: &mut Chain<'r>,
    budget: &mut usize,
) -> bool {
    // Stops as soon as the budget is spent: an array of many elements is not run through.
    let mut visit = |v: &'r Value<'r>, seg: Seg<'r>| -> Option<bool> {
        if below.is_some_and(|(at, _)| address(v) == at) {
            return None;
        }
        if step(v, seg, target, path, budget) {
            return Some(true);
        }
        (*budget == 0).then_some(false)
    };
    match node {
        Value::Object(map) => map.iter().find_map(|(k, v)| visit(v, Seg::Key(k))).unwrap_or(false),
        Value::Array(items) => {
            let from = match below {
                Some((_, Seg::Index(i))) => i.saturating_add(1).min(items.len()),
                _ => 0,
            };
            let (before, after) = items.split_at(from);
            after
                .iter()
                .zip(from..)
                .chain(before.iter().zip(0..))
                .find_map(|(v, i)| visit(v, Seg::Index(i)))
                .unwrap_or(false)
        }
        _ => false,
    }
}

/// [`search`] of `child`, reached from its parent by `seg`.
fn step<'r>(child: &'r Value<'r>, seg: Seg<'r>, target: usize, path: &mut Chain<'r>, budget: &mut usize) -> bool {
    if *budget == 0 {
        return false;
    }
    *budget -= 1;
    if address(child) != target && !child.is_object() && !child.is_array() {
        return false;
    }
    path.push((child, seg, None));
    if search(child, target, path, budget) {
        return true;
    }
    path.pop();
    false
}

/// The number of values below `root` (`root` itself not counted).
fn count(root: &Value) -> usize {
    let container = |v: &&Value| v.is_object() || v.is_array();
    let mut count = 0;
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        match node {
            Value::Object(map) => {
                count += map.iter().len();
                stack.extend(map.iter().map(|(_, v)| v).filter(container));
            }
            Value::Array(items) => {
                count += items.len();
                stack.extend(items.iter().filter(container));
            }
            _ => {}
        }
    }
    count
}

/// Hashes node addresses (already unique; only spread them).
#[derive(Default)]
struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(*b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(26);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_anchors_and_tails() {
        let arena = crate::json::tree::Bump::new();
        let (doc, _) =
            crate::json::tree::parse(r#"{"messages": [{"text": {"body": 1}}, {"a/b": []}]}"#, &arena).unwrap();
        let mut r = Resolver::new(&doc);
        let body = &doc["messages"][0]["text"]["body"];
        assert_eq!(r.pointer(&Path::at(body)).to_string(), "/messages/0/text/body");
        assert_eq!(r.pointer(&Path::at(&doc["messages"][1]).key("a/b").index(3)).to_string(), "/messages/1/a~1b/3");
        assert_eq!(r.pointer(&Path::root().key("x")).to_string(), "/x");
        assert_eq!(r.pointer(&Path::at(&doc)).to_string(), "");
    }

    #[test]
    fn long_tails_are_rebased_on_the_tree() {
        let arena = crate::json::tree::Bump::new();
        let (doc, _) = crate::json::tree::parse(r#"{"a": {"b": {"c": {"d": {}}}}}"#, &arena).unwrap();
        let p = Path::at(&doc).key("a").key("b").key("c").key("d").key("e");
        assert_eq!(p.len, 1, "rebased on /a/b/c/d");
        assert_eq!(Resolver::new(&doc).pointer(&p).to_string(), "/a/b/c/d/e");
    }

    #[test]
    fn searching_and_the_parents_index_give_the_same_pointers() {
        let arena = crate::json::tree::Bump::new();
        let text = r#"{"m": [{"t": {"b": "x", "n": [1, [2, {"k": null}]]}}, "s"], "e": {}, "a": [], "z": true}"#;
        let (doc, _) = crate::json::tree::parse(text, &arena).unwrap();
        let mut nodes = vec![&doc];
        let mut all = Vec::new();
        while let Some(node) = nodes.pop() {
            all.push(node);
            match node {
                Value::Object(map) => nodes.extend(map.iter().map(|(_, v)| v)),
                Value::Array(items) => nodes.extend(items.iter()),
                _ => {}
            }
        }
        assert_eq!(all.len(), 15);
        // The three ways give the same pointer for every value: a fresh resolver's whole-tree
        // search; the search near the last chain (one resolver through every value, in an order
        // that jumps up, down and across); the parents index.
        let mut near = Resolver::new(&doc);
        let mut indexed = Resolver::new(&doc);
        indexed.parents = Some(index(&doc));
        for node in all.iter().chain(all.iter().rev()) {
            let searched = Resolver::new(&doc).pointer(&Path::at(node));
            assert_eq!(near.pointer(&Path::at(node)), searched, "{searched}");
            assert_eq!(indexed.pointer(&Path::at(node)), searched, "{searched}");
        }
        assert!(near.parents.is_none(), "every value was found near the last chain");
        assert_eq!(near.searched, 0, "no whole-tree search");
        assert_eq!(
            Resolver::new(&doc).pointer(&Path::at(&doc["m"][0]["t"]["n"][1][1]["k"])).to_string(),
            "/m/0/t/n/1/1/k"
        );
    }

    #[test]
    fn anchors_far_from_the_last_are_searched_for_then_indexed() {
        let arena = crate::json::tree::Bump::new();
        let items: Vec<String> = (0..2000).map(|i| format!(r#"{{"v": {i}}}"#)).collect();
        let text = format!(r#"{{"m": [{}]}}"#, items.join(","));
        let (doc, _) = crate::json::tree::parse(&text, &arena).unwrap();
        let mut r = Resolver::new(&doc);
        for round in 0..2 * SEARCHES {
            for i in [3, 1500] {
                let p = r.pointer(&Path::at(&doc["m"][i]["v"]));
                assert_eq!(p.to_string(), format!("/m/{i}/v"), "round {round}");
            }
        }
        assert_eq!(r.searched, SEARCHES, "searched for until the index is worth building");
        assert!(r.parents.is_some());
    }
}
