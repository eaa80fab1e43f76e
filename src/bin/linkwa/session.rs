//! What linting runs with, built in one place for `linkwa lint`, `linkwa preview` and the
//! language server: the configuration (`linkwa.toml`), the [`LintOptions`] it and the command
//! line imply (dialect, media, the template definitions), and why any of it could not be used.

use crate::config::{Config, ConfigError};
use crate::inputs::Unreadable;
use crate::templates;
use linkwa::{Dialect, LintOptions, MediaPolicy};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What the command line sets over the configuration (the language server sets nothing).
#[derive(Debug, Default)]
pub struct Flags {
    /// `--dialect`: `Some(None)` for `auto`; `None` when not given (the configuration's applies).
    pub dialect: Option<Option<Dialect>>,
    /// `--media`; `None` when not given.
    pub media: Option<MediaPolicy>,
    /// `--templates`: read in addition to the configuration's `templates`.
    pub templates: Vec<PathBuf>,
}

/// Why the configuration or the template definitions could not be used.
pub enum Problem {
    /// The configuration file is invalid: the session has the defaults and no templates.
    Config(ConfigError),
    /// A template definition file (or a path that should hold some) could not be read.
    Templates(Unreadable),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Config(e) => write!(f, "invalid configuration {}: {e}", e.file.display()),
            Problem::Templates(p) => write!(f, "cannot read template definitions {}: {}", p.name, p.error),
        }
    }
}

/// A configuration and what it implies.
pub struct Session {
    pub config: Config,
    /// Flags over the configuration; `templates` is `Some` when any definitions were named (by
    /// `--templates` or `templates` in the configuration), even when none could be read.
    pub options: LintOptions,
    /// The files the definitions were read from (`linkwa lint` lints them too).
    pub template_files: Vec<PathBuf>,
    /// Why something could not be used, in the order met.
    pub problems: Vec<Problem>,
}

impl Session {
    /// Reads the configuration `file` (relative to `cwd` when relative; `None`: no file, the
    /// defaults) and builds the session with it. An invalid configuration is a
    /// [`Problem::Config`]; then the defaults apply and no template definitions are read.
    pub fn load(file: Option<&Path>, flags: Flags, cwd: &Path) -> Session {
        let config = match file {
            Some(file) => Config::load(file, cwd),
            None => Ok(Config::default()),
        };
        match config {
            Ok(config) => Session::new(config, flags, cwd),
            Err(e) => Session {
                config: Config::default(),
                options: LintOptions::default(),
                template_files: Vec::new(),
                problems: vec![Problem::Config(e)],
            },
        }
    }

    /// The options `config` and `flags` imply (a flag wins over the configuration), with the
    /// template definitions of both read (`--templates` relative to `cwd`).
    pub fn new(config: Config, flags: Flags, cwd: &Path) -> Session {
        let mut options = LintOptions {
            dialect: flags.dialect.unwrap_or(config.dialect),
            media: flags.media.unwrap_or(config.media),
            templates: None,
        };
        let mut template_files = Vec::new();
        let mut problems = Vec::new();
        if let Some(loaded) = templates::load(&flags.templates, &config, cwd) {
            problems.extend(loaded.unreadable.into_iter().map(Problem::Templates));
            template_files = loaded.files;
            options.templates = Some(Arc::new(loaded.set));
        }
        Session { config, options, template_files, problems }
    }

    /// The configuration's problem, when it is invalid.
    pub fn config_error(&self) -> Option<&ConfigError> {
        self.problems.iter().find_map(|p| match p {
            Problem::Config(e) => Some(e),
            Problem::Templates(_) => None,
        })
    }

    /// The template definition files that could not be read.
    pub fn unreadable_templates(&self) -> impl Iterator<Item = &Unreadable> {
        self.problems.iter().filter_map(|p| match p {
            Problem::Templates(u) => Some(u),
            Problem::Config(_) => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_win_over_the_configuration() {
        let dir = std::env::temp_dir().join(format!("linkwa-session-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("linkwa.toml");
        std::fs::write(&file, "dialect = \"cloud\"\nmedia = \"link-only\"\n").unwrap();
        let from_config = Session::load(Some(&file), Flags::default(), &dir);
        assert_eq!(from_config.options, LintOptions::parse("cloud", "link-only").unwrap());
        let flags = Flags { dialect: Some(None), media: Some(MediaPolicy::Any), templates: Vec::new() };
        let overridden = Session::load(Some(&file), flags, &dir);
        assert_eq!(overridden.options, LintOptions::default(), "--dialect auto --media any");
        std::fs::write(&file, "dialect = \"meta\"\n").unwrap();
        let invalid = Session::load(Some(&file), Flags::default(), &dir);
        assert_eq!(invalid.options, LintOptions::default());
        assert!(invalid.config_error().is_some_and(|e| e.message.contains("unknown dialect")));
        let missing = Flags { templates: vec![dir.join("none")], ..Flags::default() };
        let session = Session::load(None, missing, &dir);
        assert_eq!(session.unreadable_templates().count(), 1);
        assert!(session.options.templates.is_some(), "named, though none could be read");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
