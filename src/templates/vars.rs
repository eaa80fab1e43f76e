//! Template variables: the `{{1}}` / `{{first_name}}` placeholders of a definition's header, body,
//! footer and URL texts, split out of the text once, for the definition rules, the send checks and
//! the hydrated message.
//!
//! Decisions where Meta's pages say nothing: white space inside the braces (`{{ 1 }}`) is trimmed
//! (Kapso's schema accepts it); a named variable is a lowercase letter or `_` followed by lowercase
//! letters, digits and `_` (Meta: "lowercase characters and underscores"; digits are unspecified,
//! Kapso allows them); a run of digits is positional. A single `{` or `}` is plain text.

/// One piece of a template text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece<'t> {
    /// Literal text.
    Text(&'t str),
    /// A variable, by its trimmed name (`1`, `first_name`).
    Var(&'t str),
    /// `{{…}}` whose content is no variable name (empty, special characters, upper case); the
    /// content between the braces.
    Bad(&'t str),
    /// A `{{` never closed: the text after it (kept, so that a preview shows all of it).
    Unclosed(&'t str),
}

/// A variable's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VarKind {
    /// `{{1}}`.
    Positional,
    /// `{{first_name}}`.
    Named,
}

/// The kind of a variable name; `None` for a malformed one.
pub(crate) fn kind_of(name: &str) -> Option<VarKind> {
    if !name.is_empty() && name.bytes().all(|b| b.is_ascii_digit()) {
        Some(VarKind::Positional)
    } else if name.bytes().next().is_some_and(|b| b.is_ascii_lowercase() || b == b'_')
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        Some(VarKind::Named)
    } else {
        None
    }
}

/// Splits `text` into literal text, variables and malformed placeholders.
pub(crate) fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some((before, after_open)) = split_pair(rest, b'{') {
        if !before.is_empty() {
            out.push(Piece::Text(before));
        }
        match split_pair(after_open, b'}') {
            Some((inner, after)) => {
                let name = inner.trim();
                out.push(if kind_of(name).is_some() { Piece::Var(name) } else { Piece::Bad(inner) });
                rest = after;
            }
            None => {
                out.push(Piece::Unclosed(after_open));
                rest = "";
            }
        }
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// `text` split around the first `{{` (`open` is `{`) or `}}` (`}`): `str::split_once` with a
/// byte search instead of a substring searcher built per call.
fn split_pair(text: &str, open: u8) -> Option<(&str, &str)> {
    let b = text.as_bytes();
    let i = memchr::memchr_iter(open, b).find(|&i| b.get(i + 1) == Some(&open))?;
    // An ASCII byte: both offsets are character boundaries.
    Some((text.get(..i)?, text.get(i + 2..)?))
}

/// The distinct variable names of `text`, in order of first appearance (a set remembers the
/// names seen: linear in the number of variables, not quadratic).
pub(crate) fn names(text: &str) -> Vec<&str> {
    let mut seen = std::collections::HashSet::new();
    pieces(text)
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Var(name) => Some(name),
            _ => None,
        })
        .filter(|name| seen.insert(*name))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_text_variables_and_malformed_placeholders() {
        assert_eq!(
            pieces("Hi {{1}}, {{ first_name }}!{{Bad}} {{"),
            vec![
                Piece::Text("Hi "),
                Piece::Var("1"),
                Piece::Text(", "),
                Piece::Var("first_name"),
                Piece::Text("!"),
                Piece::Bad("Bad"),
                Piece::Text(" "),
                Piece::Unclosed(""),
            ]
        );
        assert_eq!(names("{{1}} and {{2}} and {{1}}"), vec!["1", "2"]);
        assert_eq!(
            pieces("a {{1}} {{ b } c"),
            vec![Piece::Text("a "), Piece::Var("1"), Piece::Text(" "), Piece::Unclosed(" b } c")]
        );
        assert_eq!(pieces("a { b } c"), vec![Piece::Text("a { b } c")]);
        assert_eq!(pieces("{{#}}"), vec![Piece::Bad("#")]);
        assert_eq!(kind_of("order_2"), Some(VarKind::Named));
        assert_eq!(kind_of("2nd"), None);
    }
}
