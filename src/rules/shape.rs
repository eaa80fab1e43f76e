//! Object shapes and the checking context every rule family uses.
//!
//! A [`Shape`] lists an object's members: canonical name, accepted alternative spellings, JSON type
//! and whether it is required. [`Cx::object`] checks a value against a shape (wrong type, unknown
//! member with a did-you-mean, required member missing, non-canonical spelling) and returns an
//! [`Obj`] view whose getters only hand out members of the declared type, so family rules never
//! see, or report again, a value the structure check already reported. A member whose value is a
//! placeholder ([`placeholder`]) is reported once here, as LW508, and the getters leave it out.

use super::cx::Cx;
use super::finding::{Finding, json_type, quote};
use super::path::Path;
use super::placeholder;
use super::structure::{
    NON_CANONICAL_SPELLING, RECEIVED_MEMBER_UNKNOWN, REQUIRED_MEMBER_MISSING, UNKNOWN_MEMBER, WRONG_TYPE,
};
use super::suggest::closest;
use super::suggest::normalize;
use crate::diagnostic::text::json_string;
use crate::diagnostic::{Applicability, Dialect};
use crate::json::tree::{Map, Value};
use placeholder::Slot;
use std::sync::OnceLock;

/// The JSON type a member must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ty {
    Str,
    Bool,
    /// A JSON number without fraction or exponent.
    Int,
    /// Any JSON number.
    Num,
    /// A number, or a string (e.g. `index`, documented as String, shown as numbers).
    NumOrStr,
    Obj,
    Arr,
    /// Anything; not checked.
    Any,
}

impl Ty {
    fn accepts(self, value: &Value) -> bool {
        match self {
            Ty::Str => value.is_string(),
            Ty::Bool => value.is_boolean(),
            Ty::Int => value.is_i64() || value.is_u64(),
            Ty::Num => value.is_number(),
            Ty::NumOrStr => value.is_number() || value.is_string(),
            Ty::Obj => value.is_object(),
            Ty::Arr => value.is_array(),
            Ty::Any => true,
        }
    }

    fn expected(self) -> &'static str {
        match self {
            Ty::Str => "a string",
            Ty::Bool => "a boolean",
            Ty::Int => "an integer",
            Ty::Num => "a number",
            Ty::NumOrStr => "a number or a string",
            Ty::Obj => "an object",
            Ty::Arr => "an array",
            Ty::Any => "any value",
        }
    }
}

/// What a received document's integer members must be: the typed inbound model holds them as
/// `i64`.
const I64: &str = "an integer from -9223372036854775808 to 9223372036854775807";

/// 2^63, the first whole number an `i64` cannot hold.
const TWO_63: f64 = 9_223_372_036_854_775_808.0;

/// One member of a [`Shape`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Field {
    /// The canonical name in LINK gateway JSON; rules ask for members by this name in both
    /// dialects.
    pub key: &'static str,
    /// The canonical name in Cloud API JSON, when it differs (`formatted_name` for `formattedName`).
    pub cloud: Option<&'static str>,
    /// Other documented spellings, accepted and reported at `info`.
    pub aliases: &'static [&'static str],
    pub ty: Ty,
    pub required: bool,
    /// What the shape's findings on this member add (few members have any).
    pub hooks: Option<&'static Hooks>,
}

/// What [`Cx::object`]'s findings on one member add, beyond the shape's own wording.
#[derive(Debug)]
pub(crate) struct Hooks {
    /// For a value of another type: the help, given the member's name and value (`None`: none).
    pub hint: Option<fn(&str, &Value) -> Option<String>>,
    /// For a required member that is absent: the string value the object's other members imply
    /// for it, given them and the dialect, proposed as an unsafe fix inserting it (`None`: none).
    pub implied: Option<fn(&Map<'_>, Dialect) -> Option<&'static str>>,
}

/// An optional member.
pub(crate) const fn opt(key: &'static str, ty: Ty) -> Field {
    Field { key, cloud: None, aliases: &[], ty, required: false, hooks: None }
}

/// A required member.
pub(crate) const fn req(key: &'static str, ty: Ty) -> Field {
    Field { key, cloud: None, aliases: &[], ty, required: true, hooks: None }
}

impl Field {
    /// The same member with alternative documented spellings.
    pub(crate) const fn aka(self, aliases: &'static [&'static str]) -> Self {
        Field { aliases, ..self }
    }

    /// The same member, spelt `name` in Cloud API JSON. In each dialect the other dialect's
    /// spelling is an unknown member (with a did-you-mean), not an accepted alias.
    pub(crate) const fn cloud(self, name: &'static str) -> Self {
        Field { cloud: Some(name), ..self }
    }

    /// The same member, whose findings `hooks` complete.
    pub(crate) const fn with(self, hooks: &'static Hooks) -> Self {
        Field { hooks: Some(hooks), ..self }
    }

    /// The canonical name in `dialect`.
    pub(crate) fn name(&self, dialect: Dialect) -> &'static str {
        match (dialect, self.cloud) {
            (Dialect::Cloud, Some(name)) => name,
            _ => self.key,
        }
    }

    /// Every accepted spelling in `dialect`, canonical first.
    fn names(&self, dialect: Dialect) -> impl Iterator<Item = &'static str> + '_ {
        std::iter::once(self.name(dialect)).chain(self.aliases.iter().copied())
    }
}

/// The members an object may have.
#[derive(Debug)]
pub(crate) struct Shape {
    /// How messages name the object, e.g. "`text`", "a template component".
    pub name: &'static str,
    pub fields: &'static [Field],
    /// What checking an object looks up per member, computed from `fields` on first use
    /// (`Shape::cache()` in every shape's definition).
    pub cache: Cache,
}

/// A [`Shape`]'s [`Lookup`], computed on first use.
#[derive(Debug)]
pub(crate) struct Cache(OnceLock<Lookup>);

/// Per shape, what [`Cx::object`] and the [`Obj`] getters look up for every member: the
/// accepted spellings in each dialect as [`Tag`]s (one word compared per candidate instead of
/// a string comparison), and each field's placeholder [`Slot`] (no string matching per member).
#[derive(Debug)]
struct Lookup {
    /// Every accepted spelling, by dialect (LINK, Cloud API), in field order, canonical first.
    spellings: [Box<[Spelling]>; 2],
    /// The tag of each field's LINK name ([`Field::key`], what rules ask for).
    keys: Box<[u64]>,
    /// Where each field can hold a placeholder (`None`: free text, never one).
    slots: Box<[Option<Slot>]>,
}

/// One accepted spelling of a field.
#[derive(Debug, Clone, Copy)]
struct Spelling {
    tag: u64,
    name: &'static str,
    field: usize,
    canonical: bool,
}

/// A name's length and first seven bytes as one word: names with different tags differ, and
/// names of at most seven bytes with the same tag are equal.
///
/// Built in a register (one load for names of eight bytes or more, shifts for shorter ones):
/// copying the bytes into an array on the stack and reading it back as a word stalls on every
/// call (store-to-load forwarding; measured in docs/performance.md).
fn tag(name: &str) -> u64 {
    let bytes = name.as_bytes();
    let len = u64::from(u8::try_from(bytes.len()).unwrap_or(u8::MAX));
    let first_seven = match bytes.first_chunk::<8>() {
        Some(first) => u64::from_le_bytes(*first) & 0x00FF_FFFF_FFFF_FFFF,
        None => bytes.iter().rev().fold(0, |word, &b| (word << 8) | u64::from(b)),
    };
    first_seven | (len << 56)
}

/// Whether `key`, whose tag is `key_tag`, is `name`, whose tag is `name_tag`.
fn same(name_tag: u64, name: &str, key_tag: u64, key: &str) -> bool {
    name_tag == key_tag && (name.len() <= 7 || equal(name, key))
}

/// String equality. In WASM, `==` calls `memcmp`, a loop over single bytes there
/// (docs/performance.md); [`crate::json::tree::same_name`] compares eight bytes at a time. Natively `==`
/// is faster: the vectorized `memcmp` of the C library, and `same` stays small enough to inline.
#[cfg(target_family = "wasm")]
use crate::json::tree::same_name as equal;
#[cfg(not(target_family = "wasm"))]
fn equal(a: &str, b: &str) -> bool {
    a == b
}

impl Lookup {
    fn new(shape: &Shape) -> Self {
        let spellings = |dialect: Dialect| {
            shape
                .fields
                .iter()
                .enumerate()
                .flat_map(|(field, f)| {
                    f.names(dialect).enumerate().map(move |(n, name)| Spelling {
                        tag: tag(name),
                        name,
                        field,
                        canonical: n == 0,
                    })
                })
                .collect()
        };
        Lookup {
            spellings: [spellings(Dialect::Link), spellings(Dialect::Cloud)],
            keys: shape.fields.iter().map(|f| tag(f.key)).collect(),
            slots: shape.fields.iter().map(|f| placeholder::field_slot(shape, f)).collect(),
        }
    }
}

impl Shape {
    /// The empty cache every shape's definition starts with.
    pub(crate) const fn cache() -> Cache {
        Cache(OnceLock::new())
    }

    fn lookup(&self) -> &Lookup {
        self.cache.0.get_or_init(|| Lookup::new(self))
    }

    /// The field spelt `key` in `dialect`, its index, and whether that is its canonical spelling.
    #[inline]
    fn field(&self, key: &str, dialect: Dialect) -> Option<(usize, &Field, bool)> {
        let key_tag = tag(key);
        let spellings = &self.lookup().spellings[dialect as usize];
        let s = spellings.iter().find(|s| same(s.tag, s.name, key_tag, key))?;
        Some((s.field, self.fields.get(s.field)?, s.canonical))
    }

    /// The index of the field named `key` (its LINK name).
    fn index_of(&self, key: &str) -> Option<usize> {
        let key_tag = tag(key);
        let keys = &self.lookup().keys;
        keys.iter().zip(self.fields).position(|(&t, f)| same(t, f.key, key_tag, key))
    }

    /// Where field `i` can hold a placeholder.
    fn slot(&self, i: usize) -> Option<Slot> {
        self.lookup().slots.get(i).copied().flatten()
    }
}

impl<'r> Cx<'r> {
    /// Checks that `value` is an object of `shape` and returns a view of it; reports a wrong type
    /// (and returns `None`) otherwise.
    pub(crate) fn object<'v>(
        &mut self,
        value: &'v Value<'v>,
        path: &Path<'v>,
        shape: &'static Shape,
    ) -> Option<Obj<'v>> {
        let Some(map) = value.as_object() else {
            self.report(
                &WRONG_TYPE,
                *path,
                Finding::WrongType { subject: shape.name.to_owned(), expected: "an object", actual: json_type(value) },
            );
            return None;
        };
        let mut members = Members::default();
        for (position, (key, member)) in map.iter().enumerate() {
            match shape.field(key, self.dialect) {
                Some((i, field, canonical)) => {
                    members.found(i, position);
                    if !canonical {
                        self.non_canonical(field, key, member);
                    }
                    let placeholder_here = !self.definition && (!self.received || field.ty == Ty::Str);
                    if let Some(slot) = placeholder::slot_of(shape.slot(i), member).filter(|_| placeholder_here) {
                        members.placeholder(i);
                        let (value, name) = (member.as_str().unwrap_or_default(), field.name(self.dialect));
                        placeholder::check(self, value, Path::at(member), slot, name);
                    } else if !field.ty.accepts(member) || (self.received && field.ty == Ty::Int && !member.is_i64()) {
                        self.wrong_type(field, key, member);
                    }
                }
                None => self.unknown_member(key, member, map, shape),
            }
        }
        let dialect = self.dialect;
        // The document itself is anchored at its value, so that paths below it can be rebased.
        let anchored = if path.is_root() { Path::at(value) } else { *path };
        for (i, field) in shape.fields.iter().enumerate().filter(|(_, f)| f.required) {
            if !members.present(i).unwrap_or_else(|| present(map, field, dialect)) {
                self.missing(field, path, anchored, map);
            }
        }
        Some(Obj { map, shape, path: anchored, dialect, members, placeholders: !self.definition })
    }

    /// Checks every element of `array` as an object of `shape`; yields the views of those that are.
    pub(crate) fn objects<'v>(&mut self, array: &Arr<'v>, shape: &'static Shape) -> Vec<Obj<'v>> {
        array.iter().filter_map(|(value, path)| self.object(value, &path, shape)).collect()
    }
}

impl Cx<'_> {
    /// The member `key` of `field`, not under its canonical name (the rare path of
    /// [`Cx::object`], kept out of its loop).
    #[cold]
    fn non_canonical(&mut self, field: &Field, key: &str, member: &Value) {
        let canonical = field.name(self.dialect);
        self.report(
            &NON_CANONICAL_SPELLING,
            Path::at(member),
            Finding::NonCanonical { subject: "member name", actual: key.to_owned(), canonical },
        )
        .help(format!("use `{canonical}`"))
        .fix_rename(member, key, canonical, Applicability::Safe);
    }

    /// The member `key` of `field`, of another type than the field's.
    #[cold]
    fn wrong_type(&mut self, field: &Field, key: &str, member: &Value) {
        // A whole number beyond 64 bits read as a float (`1e19`, or JavaScript's `JSON.parse` of
        // 2^63) is the same finding as one read as an integer.
        let beyond = self.received
            && field.ty == Ty::Int
            && member.as_f64().is_some_and(|f| f.fract() == 0.0 && !(-TWO_63..TWO_63).contains(&f));
        let (expected, actual) = if field.ty.accepts(member) || beyond {
            (I64, "an integer outside that range")
        } else {
            (field.ty.expected(), json_type(member))
        };
        self.report(
            &WRONG_TYPE,
            Path::at(member),
            Finding::WrongType { subject: format!("`{key}`"), expected, actual },
        )
        .help_opt(field.hooks.and_then(|h| h.hint).and_then(|hint| hint(field.key, member)));
    }

    /// The member `key` of `map`, not in `shape`: an unknown member, or in a received document a
    /// member linkwa's edition does not know.
    #[cold]
    fn unknown_member(&mut self, key: &str, member: &Value, map: &Map<'_>, shape: &'static Shape) {
        let suggestion = self.suggest(key, member, map, shape);
        let help = suggestion.map(|s| format!("did you mean `{s}`?"));
        let dialect = self.dialect;
        if self.received {
            let edition = match dialect {
                Dialect::Cloud => "Meta's Cloud API as documented in December 2025; Meta",
                Dialect::Link => "LINK WhatsApp Message API 1.6.1; the gateway",
            };
            let message = format!(
                "`{}` is not a member of {} in linkwa's edition ({edition} may have added it since)",
                quote(key),
                shape.name
            );
            self.report(&RECEIVED_MEMBER_UNKNOWN, Path::at(member), Finding::Other(message)).help_opt(help);
            return;
        }
        let d = self
            .report(
                &UNKNOWN_MEMBER,
                Path::at(member),
                Finding::UnknownMember { key: key.to_owned(), object: shape.name },
            )
            .help_opt(help);
        if let Some(name) = suggestion {
            // The other dialect's spelling of the same member is certain; any other did-you-mean
            // is a guess to confirm.
            let other = shape.fields.iter().any(|f| f.name(dialect) == name && other_name(f, dialect) == Some(key));
            let applicability = if other { Applicability::Safe } else { Applicability::Unsafe };
            d.fix_rename(member, key, name, applicability);
        }
    }

    /// The required `field`, absent from `map` (the object at `path`, `anchored` as its view).
    #[cold]
    fn missing(&mut self, field: &Field, path: &Path<'_>, anchored: Path<'_>, map: &Map<'_>) {
        let dialect = self.dialect;
        let name = field.name(dialect);
        let d = self.report(&REQUIRED_MEMBER_MISSING, path.key(name), Finding::Missing { member: name.to_owned() });
        if let Some(implied) = field.hooks.and_then(|h| h.implied).and_then(|implied| implied(map, dialect)) {
            d.fix_insert(anchored, name, &json_string(implied), Applicability::Unsafe);
        }
    }

    /// [`suggest`], remembered for the document.
    fn suggest(&mut self, key: &str, value: &Value, map: &Map<'_>, shape: &'static Shape) -> Option<&'static str> {
        let dialect = self.dialect;
        if shape.fields.len() > 64 {
            return suggest(key, value, map, shape, dialect);
        }
        let absent = shape
            .fields
            .iter()
            .enumerate()
            .filter(|(_, f)| !present(map, f, dialect))
            .fold(0u64, |m, (i, _)| m | 1 << i);
        let kind = match value {
            Value::Object(_) => 1,
            Value::Array(_) => 2,
            _ => 0,
        };
        let memo = (std::ptr::from_ref(shape) as usize, dialect as u8, absent, kind, key.to_owned());
        if let Some(&known) = self.suggestions.get(&memo) {
            return known;
        }
        let suggestion = suggest(key, value, map, shape, dialect);
        self.suggestions.insert(memo, suggestion);
        suggestion
    }
}

/// The field's name in the dialect other than `dialect`, when the two differ (`formatted_name`
/// in LINK JSON for `formattedName`).
fn other_name(field: &Field, dialect: Dialect) -> Option<&'static str> {
    let cloud = field.cloud?;
    Some(if dialect == Dialect::Cloud { field.key } else { cloud })
}

fn present(map: &Map<'_>, field: &Field, dialect: Dialect) -> bool {
    field.names(dialect).any(|name| map.contains_key(name))
}

/// The member a misspelt `key` most likely meant: a member not yet present whose name is close
/// (same letters ignoring case and `_`/`-`, or a small edit distance), or else the only absent
/// object/array member whose type matches the value's (`"Templat": [...]` → `parameters`).
fn suggest(key: &str, value: &Value, map: &Map<'_>, shape: &Shape, dialect: Dialect) -> Option<&'static str> {
    let absent = || shape.fields.iter().filter(|f| !present(map, f, dialect));
    for field in absent() {
        let names: Vec<&'static str> = field.names(dialect).collect();
        if closest(key, &names).is_some_and(|n| normalize(n) == normalize(key)) {
            return Some(field.name(dialect));
        }
    }
    let keys: Vec<&'static str> = absent().map(|f| f.name(dialect)).collect();
    if let Some(name) = closest(key, &keys) {
        return Some(name);
    }
    let mut by_type = absent().filter(|f| matches!(f.ty, Ty::Obj | Ty::Arr) && f.ty.accepts(value));
    match (by_type.next(), by_type.next()) {
        (Some(only), None) => Some(only.name(dialect)),
        _ => None,
    }
}

/// How many of a shape's fields [`Members`] records (the others are looked up in the map).
const SLOTS: usize = 32;

/// No member recorded for a field ([`Members::slots`]).
const ABSENT: u16 = u16::MAX;

/// The member found for each field of a shape, recorded while checking the object, so that
/// getters need no search of the object's map. Small, since an [`Obj`] carries it.
#[derive(Debug, Clone)]
struct Members {
    /// Each field's member, as its position in the object ([`ABSENT`] when absent, or beyond).
    slots: [u16; SLOTS],
    /// Fields present under more than one spelling (looked up in the map, by spelling order).
    ambiguous: u32,
    /// Fields whose member is a placeholder ([`placeholder`]): getters leave it out.
    placeholders: u32,
    /// Fields present under any spelling, for fields below 64 (others are looked up in the map).
    present: u64,
}

impl Default for Members {
    fn default() -> Self {
        Members { slots: [ABSENT; SLOTS], ambiguous: 0, placeholders: 0, present: 0 }
    }
}

impl Members {
    /// Field `i` is the member at `position` of the object.
    fn found(&mut self, i: usize, position: usize) {
        if i < 64 {
            self.present |= 1 << i;
        }
        if let Some(slot) = self.slots.get_mut(i) {
            if *slot != ABSENT {
                self.ambiguous |= 1 << i;
            }
            // An object of more than 65 534 members: the field is looked up in the map.
            match u16::try_from(position) {
                Ok(p) if p != ABSENT => *slot = p,
                _ => self.ambiguous |= 1 << i,
            }
        }
    }

    /// The member of field `i` in `map` under its only spelling: `Some(None)` when absent,
    /// `None` when not recorded (look in the map).
    fn get<'v>(&self, i: usize, map: &'v Map<'v>) -> Option<Option<&'v Value<'v>>> {
        if i >= SLOTS || self.ambiguous & (1 << i) != 0 {
            return None;
        }
        let slot = *self.slots.get(i)?;
        Some((slot != ABSENT).then(|| map.at(usize::from(slot))).flatten())
    }

    fn placeholder(&mut self, i: usize) {
        if i < SLOTS {
            self.placeholders |= 1 << i;
        }
    }

    fn present(&self, i: usize) -> Option<bool> {
        (i < 64).then(|| self.present & (1 << i) != 0)
    }
}

/// A checked object: getters hand out only members of their declared type.
#[derive(Debug, Clone)]
pub(crate) struct Obj<'v> {
    pub map: &'v Map<'v>,
    shape: &'static Shape,
    pub path: Path<'v>,
    dialect: Dialect,
    members: Members,
    /// Placeholders are left out (not in template definitions).
    placeholders: bool,
}

/// A checked array member: its elements with their paths.
#[derive(Debug, Clone)]
pub(crate) struct Arr<'v> {
    pub items: &'v [Value<'v>],
    pub path: Path<'v>,
}

impl<'v> Arr<'v> {
    /// The elements with their paths.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&'v Value<'v>, Path<'v>)> + 'v {
        self.items.iter().map(|v| (v, Path::at(v)))
    }

    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }
}

impl<'v> Obj<'v> {
    /// A view of `value` at `path` as an object of `shape` in `dialect`, without checking it: for
    /// reading a structure another pass checks and reports on (`None` when it is no object). As
    /// in a document to send, members that are placeholders are left out of the getters.
    pub(crate) fn view(value: &'v Value<'v>, path: Path<'v>, shape: &'static Shape, dialect: Dialect) -> Option<Self> {
        let map = value.as_object()?;
        let mut members = Members::default();
        for (position, (key, member)) in map.iter().enumerate() {
            if let Some((i, _, _)) = shape.field(key, dialect) {
                members.found(i, position);
                if placeholder::slot_of(shape.slot(i), member).is_some() {
                    members.placeholder(i);
                }
            }
        }
        let path = if path.is_root() { Path::at(value) } else { path };
        Some(Obj { map, shape, path, dialect, members, placeholders: true })
    }

    /// The dialect the object is read in.
    pub(crate) fn dialect(&self) -> Dialect {
        self.dialect
    }

    /// Views of the elements of the array member `key` that are objects of `shape` ([`Obj::view`]).
    pub(crate) fn views(&self, key: &str, shape: &'static Shape) -> Vec<Obj<'v>> {
        let Some(list) = self.arr(key) else { return Vec::new() };
        list.iter().filter_map(|(value, path)| Obj::view(value, path, shape, self.dialect)).collect()
    }

    /// The member named `key` (its LINK name; in Cloud API JSON it is looked up under its Cloud
    /// spelling) under its canonical name or an alias, with its path, when it has its declared
    /// type and is not a placeholder ([`placeholder`], reported by [`Cx::object`]). Panics in debug builds when `key` is not in the shape (a bug in a rule).
    pub(crate) fn get(&self, key: &str) -> Option<(&'v Value<'v>, Path<'v>)> {
        let i = self.shape.index_of(key);
        debug_assert!(i.is_some(), "`{key}` is not declared in the shape of {}", self.shape.name);
        let field = &self.shape.fields[i?];
        if let Some(member) = self.members.get(i?, self.map) {
            let placeholder = self.members.placeholders & (1 << i?) != 0;
            return member.filter(|v| field.ty.accepts(v) && !placeholder).map(|v| (v, Path::at(v)));
        }
        let slot = self.shape.slot(i?);
        field.names(self.dialect).find_map(|name| {
            let v = self.map.get(name)?;
            let placeholder = self.placeholders && placeholder::slot_of(slot, v).is_some();
            (field.ty.accepts(v) && !placeholder).then(|| (v, Path::at(v)))
        })
    }

    /// True when the member is present under any spelling, whatever its type.
    pub(crate) fn has(&self, key: &str) -> bool {
        self.shape.index_of(key).is_some_and(|i| {
            self.members.present(i).unwrap_or_else(|| present(self.map, &self.shape.fields[i], self.dialect))
        })
    }

    /// The LINK names ([`Field::key`]) of the members present, under any spelling, in the
    /// shape's order.
    pub(crate) fn present_keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        let fields: &'static [Field] = self.shape.fields;
        fields
            .iter()
            .enumerate()
            .filter(|&(i, f)| self.members.present(i).unwrap_or_else(|| present(self.map, f, self.dialect)))
            .map(|(_, f)| f.key)
    }

    /// The name `key` has in the document's dialect, for messages (`formatted_name` in Cloud API
    /// JSON for `formattedName`).
    pub(crate) fn name_of(&self, key: &str) -> &'static str {
        let field = self.shape.index_of(key).and_then(|i| self.shape.fields.get(i));
        debug_assert!(field.is_some(), "`{key}` is not declared in the shape of {}", self.shape.name);
        field.map_or("", |f| f.name(self.dialect))
    }

    /// A string member.
    pub(crate) fn str(&self, key: &str) -> Option<(&'v str, Path<'v>)> {
        self.get(key).and_then(|(v, p)| Some((v.as_str()?, p)))
    }

    /// A boolean member.
    pub(crate) fn bool(&self, key: &str) -> Option<(bool, Path<'v>)> {
        self.get(key).and_then(|(v, p)| Some((v.as_bool()?, p)))
    }

    /// A numeric member as `f64`.
    pub(crate) fn num(&self, key: &str) -> Option<(f64, Path<'v>)> {
        self.get(key).and_then(|(v, p)| Some((v.as_f64()?, p)))
    }

    /// An array member.
    pub(crate) fn arr(&self, key: &str) -> Option<Arr<'v>> {
        self.get(key).and_then(|(v, path)| Some(Arr { items: v.as_array()?, path }))
    }

    /// An object member checked against `shape`.
    pub(crate) fn obj(&self, cx: &mut Cx, key: &str, shape: &'static Shape) -> Option<Obj<'v>> {
        let (value, path) = self.get(key)?;
        cx.object(value, &path, shape)
    }

    /// The elements of an array member that are objects of `shape` (others are reported).
    pub(crate) fn objs(&self, cx: &mut Cx, key: &str, shape: &'static Shape) -> Vec<Obj<'v>> {
        self.arr(key).map(|a| cx.objects(&a, shape)).unwrap_or_default()
    }

    /// The path a member has, or would have when absent, under its canonical name.
    pub(crate) fn path_of(&self, key: &str) -> Path<'v> {
        self.get(key).map(|(_, p)| p).unwrap_or_else(|| self.path.key(self.name_of(key)))
    }
}

/// Length in Unicode scalar values, the unit every character limit in linkwa counts.
pub(crate) fn chars(s: &str) -> usize {
    s.chars().count()
}

#[cfg(test)]
mod tests {
    use super::{same, tag};

    #[test]
    fn tags_are_the_length_and_first_seven_bytes() {
        for name in ["", "a", "ab", "type", "1234567", "12345678", "recipient_type", "préview", "ü"] {
            let bytes = name.as_bytes();
            let mut word = [0u8; 8];
            for (w, b) in word.iter_mut().zip(bytes.iter().take(7)) {
                *w = *b;
            }
            word[7] = u8::try_from(bytes.len()).unwrap_or(u8::MAX);
            assert_eq!(tag(name), u64::from_le_bytes(word), "{name:?}");
        }
        assert_eq!(tag(&"x".repeat(300)) >> 56, 255, "lengths over 255 saturate");
        // Names that share their length and first seven bytes are told apart by `same`.
        let (a, b) = ("recipient_type", "recipient_name");
        assert_eq!(tag(a), tag(b));
        assert!(!same(tag(a), a, tag(b), b));
        assert!(same(tag(a), a, tag(a), a));
    }
}
