//! `linkwa lint --fix`, `--unsafe-fixes` and `--diff`: fix one file's text with the library's
//! [`linkwa::fix_str_with`] (to a fixed point, each pass checked to parse and lint with fewer
//! diagnostics), then write it in place or show the change as a unified diff.

use linkwa::{Applicability, Diagnostic, LintOptions};
use std::fs;
use std::io::{Read, Write};
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
    /// How many fixes were applied (or, with `--diff`, would be); 0 when they could not be written.
    pub applied: usize,
    /// The unified diff, with `--diff`, when something changed.
    pub diff: Option<String>,
    /// Diagnostics whose fix was tried and left out (the text did not parse or did not lint with
    /// fewer diagnostics).
    pub rejected: Vec<Diagnostic>,
    /// Why the fixed text was not written (the file is left as it was): a FIFO, a device, a
    /// symbolic link, a file changed since it was read, a failed write.
    pub not_written: Option<String>,
    /// True when fixing stopped at its cap of passes with fixes left to try (run again).
    pub capped: bool,
}

/// Fixes `text` (the file `name`, at `path` unless it is standard input; `bytes` are what was
/// read from it) with the fixes of the diagnostics `select` keeps; returns the diagnostics that
/// are left, the text they are positioned in, and what was done.
pub fn fix_file(
    text: &str,
    name: &str,
    path: Option<&Path>,
    options: &LintOptions,
    mode: FixMode,
    select: &dyn Fn(&Diagnostic) -> bool,
) -> (Vec<Diagnostic>, String, FileFix) {
    let outcome = linkwa::fix_str_with(text, options, mode.threshold, select);
    let mut done =
        FileFix { applied: outcome.applied, rejected: outcome.rejected, capped: outcome.capped, ..FileFix::default() };
    if outcome.text != text {
        if mode.diff_only {
            done.diff = Some(unified_diff(name, text, &outcome.text));
        } else if let Some(path) = path {
            done.not_written = write_in_place(path, text.as_bytes(), &outcome.text).err();
        }
    }
    // What is shown is what is left: of the fixed text, unless it was not written.
    if done.not_written.is_some() {
        let report = linkwa::lint_str_with(text, options);
        return (report.diagnostics, text.to_owned(), FileFix { applied: 0, rejected: Vec::new(), ..done });
    }
    (outcome.report.diagnostics, outcome.text, done)
}

/// Replaces the file at `path`, read as `original`, with `fixed`, as editors and formatters do:
/// only a regular file reached without a symbolic link (as the last component: a folder walk
/// follows no link to a folder), only when it still holds `original`; the text goes to a new
/// file in the same folder (so the rename stays on one file system), is synced to disk, gets
/// the original's permissions, and is renamed over the original. A failure at any step leaves
/// the original as it was (the temporary file is removed). `Err` says why nothing was written.
/// std::fs only (the symbolic link seen by `symlink_metadata`, the sync by `File::sync_all`):
/// it builds for wasm32-wasip1 too.
pub fn write_in_place(path: &Path, original: &[u8], fixed: &str) -> Result<(), String> {
    let meta = fs::symlink_metadata(path).map_err(|e| e.to_string())?;
    if meta.file_type().is_symlink() {
        return Err(match fs::metadata(path) {
            Ok(target) if target.is_file() => {
                "it is a symbolic link (not followed: fix the file it points to)".to_owned()
            }
            _ => "not a regular file (a pipe, device or link to one)".to_owned(),
        });
    }
    if !meta.is_file() {
        return Err("not a regular file (a FIFO, device or socket)".to_owned());
    }
    #[cfg(feature = "fault-injection")]
    fault_injection(path, original);
    let unchanged = || -> Result<(), String> {
        // One byte more than was read: a longer file has changed too.
        let mut now = Vec::with_capacity(original.len() + 1);
        fs::File::open(path)
            .and_then(|f| f.take(original.len() as u64 + 1).read_to_end(&mut now))
            .map_err(|e| format!("cannot read it again: {e}"))?;
        if now != original {
            return Err("it changed since it was read (written meanwhile by something else)".to_owned());
        }
        Ok(())
    };
    unchanged()?;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    // A name no other run picks at the same time (`create_new` makes sure): the clock's
    // nanoseconds, not the process id, which WASI does not have.
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    let temp = (0..100u32)
        .map(|n| folder.join(format!(".{file_name}.linkwa-{stamp:x}-{n}.tmp")))
        .find_map(|p| fs::OpenOptions::new().write(true).create_new(true).open(&p).ok().map(|f| (p, f)));
    let Some((temp, mut file)) = temp else {
        return Err("cannot create a temporary file in its folder".to_owned());
    };
    let written = file
        .write_all(fixed.as_bytes())
        .and_then(|()| keep_permissions(&temp, &meta))
        .and_then(|()| file.sync_all())
        .map_err(|e| format!("cannot write the fixed text: {e}"))
        .and_then(|()| unchanged())
        .and_then(|()| fs::rename(&temp, path).map_err(|e| format!("cannot replace it: {e}")));
    drop(file);
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    } else if let Ok(dir) = fs::File::open(folder) {
        // The rename itself to disk, where folders can be synced (best effort).
        let _ = dir.sync_all();
    }
    written
}

/// Gives `temp` the permissions of the original (its mode, on Unix).
#[cfg(not(target_os = "wasi"))]
fn keep_permissions(temp: &Path, original: &fs::Metadata) -> std::io::Result<()> {
    fs::set_permissions(temp, original.permissions())
}

/// WASI has no file modes to keep.
#[cfg(target_os = "wasi")]
fn keep_permissions(_: &Path, _: &fs::Metadata) -> std::io::Result<()> {
    Ok(())
}

/// Tests only (the `fault-injection` feature): a file whose text holds
/// `linkwa:fault-injection:concurrent-edit` is appended to between the fix and its writing, as
/// an editor saving the file meanwhile would.
#[cfg(feature = "fault-injection")]
fn fault_injection(path: &Path, original: &[u8]) {
    if original.windows(38).any(|w| w == b"linkwa:fault-injection:concurrent-edit") {
        let edit = fs::OpenOptions::new().append(true).open(path).and_then(|mut f| f.write_all(b"\n"));
        edit.expect("the concurrent edit of the fault injection");
    }
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
