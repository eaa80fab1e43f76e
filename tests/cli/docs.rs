//! The rules reference (`docs/rules.md`) is what `linkwa rules --format markdown` prints, and
//! `linkwa explain` documents every rule.

use std::path::Path;
use std::process::{Command, Output};

fn linkwa(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_linkwa")).current_dir(env!("CARGO_MANIFEST_DIR")).args(args).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn docs_rules_md_is_up_to_date() {
    let generated = stdout(&linkwa(&["rules", "--format", "markdown"]));
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/rules.md is out of date; regenerate it with\n\n    cargo run -- rules --format markdown > docs/rules.md\n\n\
         (or UPDATE_DOCS=1 cargo test --test cli docs::)"
    );
}

#[test]
fn the_reference_lists_every_rule_with_its_fixture() {
    let markdown = stdout(&linkwa(&["rules", "--format", "markdown"]));
    for rule in linkwa::rules::registry::all() {
        assert!(markdown.contains(&format!("\n### {} {}\n", rule.code, rule.name)), "{} has no section", rule.code);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for line in markdown.lines().filter(|l| l.starts_with("- Failing example: ")) {
        let target = line.split("](../").nth(1).unwrap().trim_end_matches(')');
        assert!(root.join(target).is_file(), "broken link {target}");
    }
}

#[test]
fn explain_shows_what_why_examples_and_source() {
    let o = linkwa(&["explain", "LW004"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(
        out.starts_with("LW004 duplicate-key (error)\n\nWhat it checks\n  An object names the same member twice.\n"),
        "{out}"
    );
    assert!(out.contains("\nWhy\n  "), "{out}");
    assert!(out.contains("\nFailing example: fixtures/link/structure/invalid/duplicate-key.json\n  | {\n"), "{out}");
    assert!(out.contains("  linkwa reports:\n  4:3: error[LW004 duplicate-key] /type: "), "{out}");
    assert!(out.contains("\nSource: RFC 8259"), "{out}");
    assert!(out.contains("\nDefault severity: error"), "{out}");
    assert_eq!(stdout(&linkwa(&["explain", "duplicate-key"])), out, "by name too");
    assert_eq!(stdout(&linkwa(&["explain", "lw004"])), out, "codes ignore case");
}

#[test]
fn explain_covers_every_rule_and_says_when_there_is_no_fixed_example() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for rule in linkwa::rules::registry::all() {
        let o = linkwa(&["explain", rule.code]);
        assert_eq!(o.status.code(), Some(0), "{}", rule.code);
        let out = stdout(&o);
        if rule.code.starts_with("LW59") {
            // Translation rules: reported by `to-meta`, so they have no lint fixture.
            assert!(out.contains("reported by `linkwa to-meta`"), "{out}");
            continue;
        }
        if rule.code == "LW000" {
            // Reported when linting panics: tests/cli/faults.rs causes one.
            assert!(out.contains("linkwa itself failed"), "{out}");
            continue;
        }
        let failing = out
            .lines()
            .find_map(|l| l.strip_prefix("Failing example: "))
            .unwrap_or_else(|| panic!("{} has no failing example:\n{out}", rule.code));
        assert!(failing.ends_with(&format!("/{}.json", rule.name)), "{failing}");
        let fixed = failing.replacen("/invalid/", "/fixed/", 1);
        if root.join(&fixed).is_file() {
            assert!(out.contains(&format!("\nFixed example: {fixed}\n")), "{}: {out}", rule.code);
        } else {
            assert!(out.contains("\nFixed example\n  no fixed example yet\n"), "{}: {out}", rule.code);
        }
        let example_lines = out.lines().filter(|l| l.starts_with("  | "));
        assert!(example_lines.into_iter().all(|l| l.chars().count() < 200), "{}: long lines are elided", rule.code);
    }
}

#[test]
fn explain_an_unknown_rule_suggests_and_exits_2() {
    let o = linkwa(&["explain", "duplicate-kye"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("no rule has the code or name `duplicate-kye`; did you mean `duplicate-key`?"), "{err}");
    assert_eq!(linkwa(&["explain", "xyzzy-plugh-frobnicate"]).status.code(), Some(2));
}
