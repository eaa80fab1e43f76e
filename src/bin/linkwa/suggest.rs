//! Did-you-mean for rule codes and names.

use linkwa::rules::registry;

/// The rule code or name closest to `input`, when one is close enough to be a likely typo.
pub fn rule(input: &str) -> Option<&'static str> {
    let upper = input.to_ascii_uppercase();
    let candidates = registry::all()
        .iter()
        .flat_map(|r| [(strsim::levenshtein(&upper, r.code), r.code), (strsim::levenshtein(input, r.name), r.name)]);
    let (distance, best) = candidates.min_by_key(|&(distance, _)| distance)?;
    (distance <= (input.chars().count() / 3).max(1)).then_some(best)
}

#[cfg(test)]
mod tests {
    #[test]
    fn suggests_near_codes_and_names_only() {
        assert_eq!(super::rule("duplicate-kye"), Some("duplicate-key"));
        assert_eq!(super::rule("lw04"), Some("LW004"));
        assert_eq!(super::rule("completely-unrelated-words-here"), None);
    }
}
