//! Finding and reading the inputs: files, folders walked for `*.json`, and standard input.

use std::io::Read;
use std::path::{Path, PathBuf};

/// One input to lint.
pub enum Input {
    File(PathBuf),
    Stdin,
}

impl Input {
    /// The name diagnostics are reported under: the path as given, or `<stdin>`.
    pub fn display_name(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "<stdin>".to_owned(),
        }
    }

    /// The file's path, `None` for standard input.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Input::File(p) => Some(p),
            Input::Stdin => None,
        }
    }
}

/// A path that could not be read: its name and why.
pub struct Unreadable {
    pub name: String,
    pub path: Option<PathBuf>,
    pub error: String,
}

/// The inputs named by `paths`, folders expanded to their `*.json` files (recursively, sorted by
/// path, symbolic links to folders not followed) that `keep` accepts; files named explicitly are
/// always kept. Also returns the folders that could not be read.
pub fn collect(paths: &[PathBuf], keep: impl Fn(&Path) -> bool) -> (Vec<Input>, Vec<Unreadable>) {
    let mut inputs = Vec::new();
    let mut unreadable = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found, &mut unreadable);
            found.retain(|p| keep(p));
            found.sort();
            inputs.extend(found.into_iter().map(Input::File));
        } else {
            inputs.push(Input::File(path.clone()));
        }
    }
    (inputs, unreadable)
}

/// Adds the `*.json` files below `dir` to `found`, and what cannot be read to `unreadable`.
fn walk(dir: &Path, found: &mut Vec<PathBuf>, unreadable: &mut Vec<Unreadable>) {
    let problem = |path: &Path, error: std::io::Error| Unreadable {
        name: path.display().to_string(),
        path: Some(path.to_path_buf()),
        error: error.to_string(),
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return unreadable.push(problem(dir, e)),
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                unreadable.push(problem(dir, e));
                continue;
            }
        };
        let path = entry.path();
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => walk(&path, found, unreadable),
            Ok(_) if path.extension().is_some_and(|e| e == "json") => found.push(path),
            Ok(_) => {}
            Err(e) => unreadable.push(problem(&path, e)),
        }
    }
}

/// The bytes of an input.
pub fn read(input: &Input) -> std::io::Result<Vec<u8>> {
    match input {
        Input::File(p) => std::fs::read(p),
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin().lock().read_to_end(&mut bytes)?;
            Ok(bytes)
        }
    }
}
