//! Did-you-mean: the allowed name or value closest to a misspelt one.

/// `key` without `_` and `-`, in lower case: names that differ only in those compare equal.
pub(crate) fn normalize(key: &str) -> String {
    key.chars().filter(|c| *c != '_' && *c != '-').flat_map(char::to_lowercase).collect()
}

/// The candidate closest to `value` (same letters ignoring case and `_`/`-`, or a small edit
/// distance), for did-you-mean help on enumerated values.
pub(crate) fn closest(value: &str, candidates: &[&'static str]) -> Option<&'static str> {
    let wanted = normalize(value);
    let mut best: Option<(f64, &'static str)> = None;
    for candidate in candidates {
        let c = normalize(candidate);
        if c == wanted {
            return Some(candidate);
        }
        let Some(score) = similarity(&wanted, &c, 0.6) else { continue };
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// The normalized Damerau-Levenshtein similarity of `a` and `b` (1 = equal), when it is at least
/// `threshold`. Two texts whose lengths (in characters) differ too much for that are told apart
/// without computing the distance, whose cost is the product of the lengths: a did-you-mean for
/// a 3 000-character language code costs one count of its characters instead of an edit-distance
/// table per listed code (found by fuzzing `mutate_fixtures`: 29 such codes took 0.2 s).
pub(crate) fn similarity(a: &str, b: &str, threshold: f64) -> Option<f64> {
    let (m, n) = (a.chars().count(), b.chars().count());
    // The distance is at least the difference of the lengths, so the similarity is at most
    // min/max.
    if (m.min(n) as f64) < threshold * m.max(n) as f64 {
        return None;
    }
    let score = strsim::normalized_damerau_levenshtein(a, b);
    (score >= threshold).then_some(score)
}
