//! A document's URI as a file path, for finding its `linkwa.toml` and matching its globs.

use lsp_types::Uri;
use std::path::PathBuf;

/// The path of a `file:` URI (percent-decoded); `None` for other schemes (`untitled:`) and for
/// hosts other than the local one.
pub fn to_path(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    let path = rest.strip_prefix("localhost").unwrap_or(rest);
    if !path.starts_with('/') {
        return None;
    }
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8().ok()?;
    Some(PathBuf::from(decoded.as_ref()))
}

/// Whether the document is JSON: its language is `json` or `jsonc`, or its name ends in `.json`.
pub fn is_json(uri: &Uri, language: Option<&str>) -> bool {
    matches!(language, Some("json" | "jsonc")) || uri.as_str().to_ascii_lowercase().ends_with(".json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris_become_paths() {
        let uri: Uri = "file:///tmp/a%20b/c%C3%A9.json".parse().unwrap();
        assert_eq!(to_path(&uri), Some(PathBuf::from("/tmp/a b/cé.json")));
        let untitled: Uri = "untitled:Untitled-1".parse().unwrap();
        assert_eq!(to_path(&untitled), None);
        assert!(is_json(&untitled, Some("json")));
        assert!(!is_json(&untitled, Some("markdown")));
    }
}
