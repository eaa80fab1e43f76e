//! `linkwa lint`: find the inputs, lint them in parallel, apply the configuration (severities,
//! suppressions), count, and decide the exit status.

use crate::config::Finding;
use crate::config::Level;
use crate::fix::{FileFix, FixMode};
use crate::inputs::{self, Input, Unreadable};
use crate::paths;
use crate::session::Session;
use linkwa::{Diagnostic, Severity};
use rayon::prelude::*;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};

/// One linted input.
pub struct Linted {
    /// The path as given, or `<stdin>`.
    pub name: String,
    /// The path, `None` for standard input.
    pub path: Option<PathBuf>,
    /// The bytes, for quoting source lines; empty when there is no diagnostic.
    pub bytes: Vec<u8>,
    /// Sorted by path then code, as in the library's report (of the fixed text, when fixing).
    pub findings: Vec<Finding>,
    /// What `--fix` or `--diff` did to the file.
    pub fix: FileFix,
}

impl Linted {
    /// The findings that are not suppressed.
    pub fn active(&self) -> impl Iterator<Item = &Diagnostic> {
        self.findings.iter().filter(|f| f.suppression.is_none()).map(|f| &f.diagnostic)
    }
}

/// How many of each, over the whole run (suppressed findings only in `suppressed`).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub suppressed: usize,
    pub unreadable: usize,
    /// Files whose linting failed (LW000 internal-error, also counted in `errors`).
    pub internal: usize,
    /// With `--fix` or `--diff`: how many fixes were applied (or would be); `None` otherwise.
    pub fixed: Option<usize>,
    /// With `--fix`: files whose fixes could not be written (left as they were).
    pub not_fixed: usize,
}

/// Everything a run found, in input order.
pub struct Run {
    pub files: Vec<Linted>,
    pub unreadable: Vec<Unreadable>,
    pub totals: Totals,
    /// The working directory, for relative paths and URIs.
    pub cwd: PathBuf,
    /// The `[rules]` levels in effect (for SARIF's configuration overrides).
    pub levels: Vec<(&'static str, Level)>,
}

/// Lints every input with the session's options and configuration (in parallel; results stay in
/// input order). Files larger than `max_file_size` bytes are not read (reported as unreadable).
/// With `fix`, each file is fixed first (`--fix`: in place; `--diff`: the diff is kept) and what
/// is left is reported.
pub fn run(paths: &[PathBuf], session: &Session, cwd: &Path, max_file_size: u64, fix: Option<FixMode>) -> Run {
    let config = &session.config;
    let (inputs, mut unreadable) = inputs::collect(paths, |p| config.selects(&paths::absolute(p, cwd)));
    let results: Vec<Result<Linted, Unreadable>> =
        inputs.into_par_iter().map(|input| lint_one(input, session, cwd, max_file_size, fix)).collect();
    let mut files = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(linted) => files.push(linted),
            Err(problem) => unreadable.push(problem),
        }
    }
    let fixed = fix.map(|_| files.iter().map(|f| f.fix.applied).sum());
    let not_fixed = files.iter().filter(|f| f.fix.not_written.is_some()).count();
    let mut totals = Totals { files: files.len(), unreadable: unreadable.len(), fixed, not_fixed, ..Totals::default() };
    for finding in files.iter().flat_map(|f| &f.findings) {
        match (&finding.suppression, finding.diagnostic.severity) {
            (Some(_), _) => totals.suppressed += 1,
            (None, Severity::Error) => {
                totals.errors += 1;
                totals.internal +=
                    usize::from(finding.diagnostic.code == linkwa::rules::structure::INTERNAL_ERROR.code);
            }
            (None, Severity::Warning) => totals.warnings += 1,
            (None, Severity::Info) => totals.infos += 1,
        }
    }
    let levels = config.levels.iter().map(|(code, level)| (*code, *level)).collect();
    Run { files, unreadable, totals, cwd: cwd.to_path_buf(), levels }
}

fn lint_one(
    input: Input,
    session: &Session,
    cwd: &Path,
    max_file_size: u64,
    fix: Option<FixMode>,
) -> Result<Linted, Unreadable> {
    let options = &session.options;
    let name = input.display_name();
    let bytes = inputs::read(&input, max_file_size).map_err(|e| Unreadable {
        name: name.clone(),
        path: input.path().map(Path::to_path_buf),
        error: e.to_string(),
    })?;
    let rules = session.config.for_file(input.path().map(|p| paths::absolute(p, cwd)).as_deref());
    // Fixes of rules turned off or suppressed are not applied.
    let select = |d: &Diagnostic| rules.keeps(d);
    let mut done = FileFix::default();
    let mut bytes = bytes;
    // One file cannot take the others down: a panic while linting it (a bug in linkwa) becomes
    // an LW000 internal-error diagnostic for that file, and the run goes on.
    let report = std::panic::catch_unwind(AssertUnwindSafe(|| {
        // Standard input is fixed only to show the diff: there is nowhere to write it back.
        match (fix, std::str::from_utf8(&bytes)) {
            (Some(mode), Ok(text)) if mode.diff_only || input.path().is_some() => {
                let (diagnostics, text, fixed) =
                    crate::fix::fix_file(text, &name, input.path(), options, mode, &select);
                (diagnostics, Some((text, fixed)))
            }
            _ => (linkwa::lint_bytes_with(&bytes, options).diagnostics, None),
        }
    }));
    let report = match report {
        Ok((diagnostics, fixed)) => {
            if let Some((text, fixed)) = fixed {
                bytes = text.into_bytes();
                done = fixed;
            }
            diagnostics
        }
        Err(_) => vec![Diagnostic::internal_error()],
    };
    let findings: Vec<Finding> = report.into_iter().filter_map(|d| rules.apply(d)).collect();
    // The bytes are kept only to quote source lines under diagnostics.
    let bytes = if findings.is_empty() { Vec::new() } else { bytes };
    Ok(Linted { name, path: input.path().map(Path::to_path_buf), bytes, findings, fix: done })
}

impl Run {
    /// `--quiet`: keep only the errors (the totals still count everything).
    pub fn keep_errors_only(&mut self) {
        for file in &mut self.files {
            file.findings.retain(|f| f.suppression.is_none() && f.diagnostic.severity == Severity::Error);
        }
    }
}

/// 2 when a path could not be read, the fixes of a file could not be written or linkwa failed on
/// a file (LW000), 1 when an error was found or there are more warnings than `max_warnings`,
/// otherwise 0.
pub fn exit_status(totals: &Totals, max_warnings: Option<usize>) -> u8 {
    if totals.unreadable > 0 || totals.internal > 0 || totals.not_fixed > 0 {
        2
    } else if totals.errors > 0 || max_warnings.is_some_and(|max| totals.warnings > max) {
        1
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_status_counts_unreadable_errors_and_warnings() {
        let clean = Totals { files: 1, warnings: 3, suppressed: 9, ..Totals::default() };
        assert_eq!(exit_status(&clean, None), 0);
        assert_eq!(exit_status(&clean, Some(3)), 0);
        assert_eq!(exit_status(&clean, Some(2)), 1);
        assert_eq!(exit_status(&Totals { errors: 1, ..clean }, None), 1);
        assert_eq!(exit_status(&Totals { errors: 1, unreadable: 1, ..clean }, None), 2);
        assert_eq!(exit_status(&Totals { errors: 1, internal: 1, ..clean }, None), 2);
        assert_eq!(exit_status(&Totals { not_fixed: 1, ..clean }, None), 2, "a fix that was not written");
    }
}
