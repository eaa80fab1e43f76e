//! Paths as CI tools want them: relative to the working directory with forward slashes, and as
//! URI references (SARIF).

use std::path::{Component, Path, PathBuf};

/// `path` made absolute against `cwd`, `.` and `..` resolved lexically (the filesystem is not
/// consulted, so symbolic links stay as written).
pub fn absolute(path: &Path, cwd: &Path) -> PathBuf {
    let joined = if path.is_absolute() { path.to_path_buf() } else { cwd.join(path) };
    let mut out = PathBuf::new();
    for component in joined.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The components of `path` joined with `/`.
pub fn slashes(path: &Path) -> String {
    let mut out = String::new();
    for component in path.components() {
        match component {
            Component::RootDir => out.push('/'),
            Component::Prefix(prefix) => out.push_str(&prefix.as_os_str().to_string_lossy()),
            other => {
                if !out.is_empty() && !out.ends_with('/') {
                    out.push('/');
                }
                out.push_str(&other.as_os_str().to_string_lossy());
            }
        }
    }
    out
}

/// `path` (absolute) relative to `base` (absolute) with forward slashes, when it is below `base`.
pub fn relative_to(path: &Path, base: &Path) -> Option<String> {
    path.strip_prefix(base).ok().map(slashes)
}

/// `path` (absolute) relative to `base` (absolute) with forward slashes, with `..` when it is
/// not below `base`; absolute when they share no root (another drive).
pub fn relative_with_parents(path: &Path, base: &Path) -> String {
    let (path_parts, base_parts): (Vec<Component>, Vec<Component>) =
        (path.components().collect(), base.components().collect());
    let common = path_parts.iter().zip(&base_parts).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return slashes(path);
    }
    let mut parts: Vec<String> = vec!["..".to_owned(); base_parts.len() - common];
    parts.extend(path_parts[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned()));
    parts.join("/")
}

/// How CI formats name a file: relative to the working directory with forward slashes when it
/// is below it, otherwise absolute.
pub fn for_ci(path: &Path, cwd: &Path) -> String {
    let absolute = absolute(path, cwd);
    relative_to(&absolute, cwd).unwrap_or_else(|| slashes(&absolute))
}

/// A URI reference for a file: relative (to the working directory) when the file is below it,
/// otherwise a `file://` URI; characters outside RFC 3986's unreserved set and `/` are
/// percent-encoded.
pub fn uri(path: &Path, cwd: &Path) -> String {
    let absolute = absolute(path, cwd);
    match relative_to(&absolute, cwd) {
        Some(rel) => encode(&rel),
        None => {
            let text = slashes(&absolute);
            let text = if text.starts_with('/') { text } else { format!("/{text}") };
            format!("file://{}", encode(&text))
        }
    }
}

fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_when_below_the_working_directory() {
        let cwd = Path::new("/work/repo");
        assert_eq!(for_ci(Path::new("./fixtures/../fixtures/a.json"), cwd), "fixtures/a.json");
        assert_eq!(for_ci(Path::new("/work/repo/b/c.json"), cwd), "b/c.json");
        assert_eq!(for_ci(Path::new("/elsewhere/c.json"), cwd), "/elsewhere/c.json");
    }

    #[test]
    fn relative_with_parents_climbs_out_of_the_base() {
        let base = Path::new("/work/repo/conf");
        assert_eq!(relative_with_parents(Path::new("/work/repo/conf/a.json"), base), "a.json");
        assert_eq!(relative_with_parents(Path::new("/work/repo/data/a.json"), base), "../data/a.json");
        assert_eq!(relative_with_parents(Path::new("/tmp/a.json"), base), "../../../tmp/a.json");
    }

    #[test]
    fn uris_are_percent_encoded() {
        let cwd = Path::new("/work/repo");
        assert_eq!(uri(Path::new("a b/ü.json"), cwd), "a%20b/%C3%BC.json");
        assert_eq!(uri(Path::new("/tmp/x#1.json"), cwd), "file:///tmp/x%231.json");
    }
}
