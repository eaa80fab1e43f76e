//! `linkwa lint --fix`, `--unsafe-fixes` and `--diff`: fix one file's text with the library's
//! [`linkwa::fix_str_with`] (to a fixed point, each pass checked to parse and lint with fewer
//! diagnostics), then write it in place or show the change as a unified diff.

use linkwa::{Applicability, Diagnostic, LintOptions};
use std::path::Path;

/// What to do with fixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FixMode {
    /// `Safe` for `--fix`, `Unsafe` with `--unsafe-fixes`.
    pub threshold: Applicability,
    /// True for `--diff`: show, write nothing.
    pub diff_only: bool,
}

/// What fixing one file did.
#[derive(Debug, Default)]
pub struct FileFix {
    /// How many fixes were applied (or, with `--diff`, would be).
    pub applied: usize,
    /// The unified diff, with `--diff`, when something changed.
    pub diff: Option<String>,
    /// Diagnostics whose fix was tried and left out (the text did not parse or did not lint with
    /// fewer diagnostics).
    pub rejected: Vec<Diagnostic>,
    /// Why the fixed text could not be written.
    pub write_error: Option<String>,
}

/// Fixes `text` (the file `name`, at `path` unless it is standard input) with the fixes of the
/// diagnostics `select` keeps; returns the fixed text's diagnostics, the text they are positioned
/// in, and what was done.
pub fn fix_file(
    text: &str,
    name: &str,
    path: Option<&Path>,
    options: &LintOptions,
    mode: FixMode,
    select: &dyn Fn(&Diagnostic) -> bool,
) -> (Vec<Diagnostic>, String, FileFix) {
    let outcome = linkwa::fix_str_with(text, options, mode.threshold, select);
    let mut done = FileFix { applied: outcome.applied, rejected: outcome.rejected, ..FileFix::default() };
    if outcome.text != text {
        if mode.diff_only {
            done.diff = Some(unified_diff(name, text, &outcome.text));
        } else if let Some(path) = path {
            done.write_error = std::fs::write(path, &outcome.text).err().map(|e| e.to_string());
        }
    }
    // What is shown is what is left: of the fixed text, unless it could not be written.
    if done.write_error.is_some() {
        let report = linkwa::lint_str_with(text, options);
        return (report.diagnostics, text.to_owned(), FileFix { applied: 0, ..done });
    }
    (outcome.report.diagnostics, outcome.text, done)
}

/// `--- a/<name>` / `+++ b/<name>` (an absolute name as it is) and the changed lines with three
/// lines of context.
pub fn unified_diff(name: &str, before: &str, after: &str) -> String {
    let (old, new) = if name.starts_with('/') {
        (name.to_owned(), name.to_owned())
    } else {
        (format!("a/{name}"), format!("b/{name}"))
    };
    similar::TextDiff::from_lines(before, after).unified_diff().context_radius(3).header(&old, &new).to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_diff_names_the_file_and_shows_the_changed_line() {
        let diff = super::unified_diff("x.json", "{\n  \"a\": 1,\n}\n", "{\n  \"a\": 1\n}\n");
        assert!(diff.starts_with("--- a/x.json\n+++ b/x.json\n@@ -1,3 +1,3 @@\n"), "{diff}");
        assert!(diff.contains("\n-  \"a\": 1,\n+  \"a\": 1\n"), "{diff}");
    }
}
