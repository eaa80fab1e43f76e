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
}

/// The inputs named by `paths`, folders expanded to their `*.json` files (recursively, sorted by
/// path, symbolic links to folders not followed). Also returns how many paths could not be read.
pub fn collect(paths: &[PathBuf]) -> (Vec<Input>, usize) {
    let mut inputs = Vec::new();
    let mut unreadable = 0;
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            let mut found = Vec::new();
            unreadable += walk(path, &mut found);
            found.sort();
            inputs.extend(found.into_iter().map(Input::File));
        } else {
            inputs.push(Input::File(path.clone()));
        }
    }
    (inputs, unreadable)
}

/// Adds the `*.json` files below `dir` to `found`; returns how many folders could not be read
/// (each is named on standard error).
fn walk(dir: &Path, found: &mut Vec<PathBuf>) -> usize {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            eprintln!("linkwa: cannot read {}: {e}", dir.display());
            return 1;
        }
    };
    let mut unreadable = 0;
    for entry in entries {
        let Ok(entry) = entry else {
            unreadable += 1;
            continue;
        };
        let path = entry.path();
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => unreadable += walk(&path, found),
            Ok(_) if path.extension().is_some_and(|e| e == "json") => found.push(path),
            Ok(_) => {}
            Err(e) => {
                eprintln!("linkwa: cannot read {}: {e}", path.display());
                unreadable += 1;
            }
        }
    }
    unreadable
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
