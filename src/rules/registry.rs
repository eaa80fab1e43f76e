//! The rule registry: every rule's code, name, default severity, summary and source, in one table
//! sorted by code. Each family module declares its own rules with `declare_rules!`; [`all`] joins
//! the families' tables. `linkwa rules` and the rules reference are generated from it.

use std::sync::LazyLock;

pub use crate::diagnostic::rule::Rule;
pub(crate) use crate::diagnostic::rule::declare_rules;

static ALL: LazyLock<Vec<&'static Rule>> = LazyLock::new(|| {
    let mut all: Vec<&'static Rule> = super::FAMILIES.iter().flat_map(|family| family.iter().copied()).collect();
    all.sort_by_key(|rule| rule.code);
    all
});

/// Every rule, sorted by code.
pub fn all() -> &'static [&'static Rule] {
    &ALL
}

/// Former names of renamed rules, with the code they name: still accepted wherever a user names
/// a rule (`linkwa.toml` levels and `[[ignore]]`, `linkwa explain`). Codes are never renamed.
const FORMER_NAMES: &[(&str, &Rule)] = &[("placeholder-value", &super::placeholder::PLACEHOLDER)];

/// The rule with this code (`LW201`) or name (`text-body-too-long`, or a former name such as
/// `placeholder-value`); case-insensitive for codes.
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    let code_or_name =
        FORMER_NAMES.iter().find(|(former, _)| *former == code_or_name).map_or(code_or_name, |(_, rule)| rule.code);
    all().iter().copied().find(|r| r.code.eq_ignore_ascii_case(code_or_name) || r.name == code_or_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_well_formed_and_sorted() {
        let rules = all();
        assert!(rules.len() > 10);
        for pair in rules.windows(2) {
            assert!(pair[0].code < pair[1].code, "{} duplicated or unsorted", pair[1].code);
        }
        for r in rules {
            assert!(r.code.len() == 5 && r.code.starts_with("LW"), "{}", r.code);
            assert!(r.code[2..].bytes().all(|b| b.is_ascii_digit()), "{}", r.code);
            assert_eq!(find(r.code).map(|f| f.code), Some(r.code), "code round-trips");
            assert_eq!(find(r.name).map(|f| f.code), Some(r.code), "name round-trips");
        }
    }

    #[test]
    fn former_names_find_their_rule_and_are_no_current_name() {
        for (former, rule) in FORMER_NAMES {
            assert_eq!(find(former).map(|r| r.code), Some(rule.code));
            assert!(all().iter().all(|r| r.name != *former), "{former} is a current name");
        }
        assert_eq!(find("placeholder").map(|r| r.code), Some("LW508"));
    }

    #[test]
    fn names_are_unique_kebab_case_and_documented() {
        let mut names: Vec<&str> = all().iter().map(|r| r.name).collect();
        names.sort();
        for pair in names.windows(2) {
            assert_ne!(pair[0], pair[1], "duplicate rule name");
        }
        for r in all() {
            assert!(
                r.name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{} is not kebab-case",
                r.name
            );
            if cfg!(feature = "docs") {
                assert!(r.summary.ends_with('.') && r.summary.len() > 10, "{} summary", r.code);
                assert!(r.why.len() > 10, "{} has no why", r.code);
            } else {
                assert_eq!((r.summary, r.why), ("", ""), "{}: prose without the docs feature", r.code);
            }
            assert!(r.source.len() > 5, "{} has no source", r.code);
        }
    }
}
