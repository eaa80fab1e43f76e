//! [`LintOptions`]: what to lint a document as, which media references to accept, and which
//! template definitions to check template sends against ([`templates::TemplateSet`]).

/// Template definitions: the set a send is checked against, and the preview of a send.
pub mod templates {
    pub use crate::templates::*;
}

use crate::diagnostic::Dialect;
use std::str::FromStr;

/// Which media references a destination accepts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MediaPolicy {
    /// An uploaded media `id` or a public `link` (LINK 1.6/1.6.1, Meta's Cloud API).
    #[default]
    Any,
    /// Public `link`s only: LINK 1.4.2 had no media ids, and the provider of the Cloud API
    /// reference (document 004) accepts "never a media id".
    LinkOnly,
}

/// How to lint a document.
///
/// Cargo features add code, never fields: a struct literal compiles whatever features any crate
/// in the build turns on (here built with the crate's own features, as `cargo test` picks them):
///
/// ```
/// use linkwa::{LintOptions, MediaPolicy};
///
/// let options = LintOptions { dialect: None, media: MediaPolicy::LinkOnly, templates: None };
/// assert_eq!(options, LintOptions { media: MediaPolicy::LinkOnly, ..LintOptions::default() });
/// let report = linkwa::lint_str_with(r#"{"type": "image", "image": {"id": "1"}}"#, &options);
/// assert!(report.diagnostics.iter().any(|d| d.code == "LW238"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LintOptions {
    /// The dialect to lint as; `None` tells it from the document's members
    /// (`messaging_product` ⇒ Cloud API, otherwise LINK).
    pub dialect: Option<Dialect>,
    /// Which media references to accept.
    pub media: MediaPolicy,
    /// Template definitions: when given, every template send is checked against the definition
    /// it names (LW750–LW769; a name or language not in the set is LW750/LW751). Built once,
    /// shared by reference count. The field is always there; making a [`templates::TemplateSet`]
    /// and the checks need the cargo feature `templates` (on by default), so without it the field
    /// can only be `None`.
    pub templates: Option<std::sync::Arc<templates::TemplateSet>>,
}

/// A bad option value (API misuse, not a problem in a payload).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OptionError {
    /// The dialect is not `auto`, `link` or `cloud`.
    #[error("unknown dialect `{0}`; expected auto, link or cloud")]
    Dialect(String),
    /// The media policy is not `any` or `link-only`.
    #[error("unknown media policy `{0}`; expected any or link-only")]
    Media(String),
}

impl LintOptions {
    /// Options from their string forms, as the CLI and the WASM package take them:
    /// dialect `auto` | `link` | `cloud`, media `any` | `link-only`.
    pub fn parse(dialect: &str, media: &str) -> Result<Self, OptionError> {
        let dialect = match dialect {
            "auto" => None,
            "link" => Some(Dialect::Link),
            "cloud" => Some(Dialect::Cloud),
            other => return Err(OptionError::Dialect(other.to_owned())),
        };
        Ok(Self { dialect, media: media.parse()?, templates: None })
    }
}

impl FromStr for MediaPolicy {
    type Err = OptionError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "any" => Ok(MediaPolicy::Any),
            "link-only" => Ok(MediaPolicy::LinkOnly),
            other => Err(OptionError::Media(other.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_values_and_refuses_others() {
        assert_eq!(LintOptions::parse("auto", "any"), Ok(LintOptions::default()));
        let cloud = LintOptions::parse("cloud", "link-only").unwrap();
        assert_eq!((cloud.dialect, cloud.media), (Some(Dialect::Cloud), MediaPolicy::LinkOnly));
        assert_eq!(LintOptions::parse("meta", "any"), Err(OptionError::Dialect("meta".into())));
        assert!(LintOptions::parse("link", "ids").unwrap_err().to_string().contains("link-only"));
    }
}
