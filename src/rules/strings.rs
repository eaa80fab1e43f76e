//! Small string tests several rule families share.

/// True when `s` begins with `http://` or `https://`, in any letter case. Where the documents say
/// a URL or link "begins with http:// or https://" (LINK 1.6.1, Text message, Image message;
/// Cloud API reference, media and url fields).
pub(crate) fn has_http_scheme(s: &str) -> bool {
    starts_with_ci(s, "http://") || starts_with_ci(s, "https://")
}

/// True when `s` begins with `prefix`, ignoring ASCII case.
pub(crate) fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

/// The same name ignoring case, `_` and `-`: `first_name`, `firstName` and `FirstName`.
pub(crate) fn same_letters(a: &str, b: &str) -> bool {
    fn letters(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars().filter(|c| *c != '_' && *c != '-').flat_map(char::to_lowercase)
    }
    letters(a).eq(letters(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_schemes_in_any_case() {
        assert!(has_http_scheme("https://example.com") && has_http_scheme("HTTP://x"));
        assert!(!has_http_scheme("www.example.com") && !has_http_scheme("ftp://x") && !has_http_scheme("http:/x"));
        assert!(!starts_with_ci("é", "e"), "no panic inside a character");
    }

    #[test]
    fn same_letters_ignores_case_and_separators() {
        assert!(same_letters("first_name", "firstName") && same_letters("wa-id", "WaId"));
        assert!(!same_letters("first_name", "last_name"));
    }
}
