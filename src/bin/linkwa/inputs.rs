//! Finding and reading the inputs: files, folders walked for `*.json`, and standard input.

use std::io::{self, Read};
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
            Ok(_) if path.extension().is_some_and(|e| e == "json") => match regular_file(&path) {
                Ok(true) => found.push(path),
                // A symbolic link to a folder is not followed (no loops).
                Ok(false) => {}
                Err(e) => unreadable.push(problem(&path, e)),
            },
            Ok(_) => {}
            Err(e) => unreadable.push(problem(&path, e)),
        }
    }
}

/// Whether a `*.json` found in a folder (following symbolic links) is a regular file to lint:
/// `Ok(false)` for a folder, an error for what is neither (a FIFO would block the run until
/// something writes to it, a device such as `/dev/zero` never ends, a socket cannot be opened).
/// A path named on the command line is read whatever it is (`<(command)` is a pipe), within the
/// size limit.
fn regular_file(path: &Path) -> io::Result<bool> {
    let meta = std::fs::metadata(path)?;
    if meta.is_file() {
        return Ok(true);
    }
    if meta.is_dir() {
        return Ok(false);
    }
    Err(not_regular())
}

/// The default `--max-file-size`: 64 MiB, far above any WhatsApp payload (a MessageRequest
/// with 1 000 messages is about 1 MB).
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 << 20;

/// What may be read at a path: `Named` for inputs to lint named on the command line (whatever
/// they are: `<(command)` is a pipe, `/dev/stdin` a link to one), `RegularOnly` for what linkwa
/// reads on its own account or more than once (template definitions, which are also linted;
/// the configuration), where a FIFO would block the run and a device never end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accept {
    Named,
    RegularOnly,
}

/// The bytes of an input, at most `max` of them: a larger input is an error (it is not read
/// further, so `/dev/zero` or an endless pipe costs `max` bytes, not all the memory).
pub fn read(input: &Input, max: u64) -> io::Result<Vec<u8>> {
    match input {
        Input::File(p) => read_path(p, max, Accept::Named),
        Input::Stdin => read_bounded(io::stdin().lock(), max),
    }
}

/// The one reader of every file the CLI reads (payloads, template definitions, preview sends,
/// the configuration): at most `max` bytes; with `Accept::RegularOnly`, anything but a regular
/// file (after following symbolic links) is an error before it is opened.
pub fn read_path(path: &Path, max: u64, accept: Accept) -> io::Result<Vec<u8>> {
    if accept == Accept::RegularOnly && !std::fs::metadata(path)?.is_file() {
        return Err(not_regular());
    }
    read_bounded(std::fs::File::open(path)?, max)
}

/// Standard input, or the file at `path`, as for an input to lint.
pub fn read_named(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    if path.as_os_str() == "-" { read(&Input::Stdin, max) } else { read_path(path, max, Accept::Named) }
}

fn not_regular() -> io::Error {
    io::Error::other("not a regular file (a FIFO, device or socket); skipped")
}

pub fn read_bounded(source: impl Read, max: u64) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    source.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(io::Error::other(format!(
            "larger than the maximum file size of {} (--max-file-size)",
            show_size(max)
        )));
    }
    Ok(bytes)
}

/// A size as people write it: `64 MiB`, `512 KiB`, `100 bytes`.
pub fn show_size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 && b % (1 << 30) == 0 => format!("{} GiB", b >> 30),
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{} MiB", b >> 20),
        b if b >= 1 << 10 && b % (1 << 10) == 0 => format!("{} KiB", b >> 10),
        b => format!("{b} bytes"),
    }
}

/// Parses `--max-file-size`: a number of bytes, or a number with `K`, `M` or `G` (powers of
/// 1024; `KB`, `KiB`, `MB`, `MiB`, … accepted, any case).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, unit) = text.split_at_checked(split).ok_or("not a size")?;
    let number: u64 = number.parse().map_err(|_| format!("`{text}` is not a size such as 64M or 1048576"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        other => return Err(format!("unknown unit `{other}`; use K, M or G")),
    };
    number.checked_mul(1 << shift).filter(|&n| n > 0).ok_or_else(|| format!("`{text}` is not a size above zero"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_and_show() {
        assert_eq!(parse_size("64M"), Ok(DEFAULT_MAX_FILE_SIZE));
        assert_eq!(parse_size("512kib"), Ok(512 * 1024));
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("2 GB"), Ok(2 << 30));
        assert!(parse_size("0").is_err() && parse_size("ten").is_err() && parse_size("5T").is_err());
        assert!(parse_size("99999999999999999999G").is_err());
        assert_eq!(show_size(DEFAULT_MAX_FILE_SIZE), "64 MiB");
        assert_eq!(show_size(1000), "1000 bytes");
    }

    #[test]
    fn reads_stop_at_the_limit() {
        assert_eq!(read_bounded(&b"abc"[..], 3).unwrap(), b"abc");
        let endless = io::repeat(0);
        let e = read_bounded(endless, 1 << 20).unwrap_err();
        assert_eq!(e.to_string(), "larger than the maximum file size of 1 MiB (--max-file-size)");
    }
}
