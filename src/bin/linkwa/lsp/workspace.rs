//! The configuration an open document is linted with: the nearest `linkwa.toml` above the
//! document's file (as `linkwa lint` finds it from the working directory), loaded with the CLI's
//! own loader, with its template definitions. Loaded once and again when the file changes.

use crate::config::{self, Config, Level};
use crate::templates;
use linkwa::{Diagnostic, LintOptions};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// One configuration and what it implies.
pub struct Workspace {
    pub config: Config,
    pub options: LintOptions,
    /// Why the configuration could not be used (then `config` is the default one).
    pub problem: Option<String>,
}

impl Workspace {
    fn load(file: Option<&Path>) -> Workspace {
        let Some(file) = file else { return Workspace::plain(None) };
        let base = file.parent().unwrap_or(Path::new("/"));
        let config = match Config::load(file, base) {
            Ok(config) => config,
            Err(e) => return Workspace::plain(Some(format!("invalid configuration {}: {e}", file.display()))),
        };
        let parsed =
            LintOptions::parse(config.dialect.as_deref().unwrap_or("auto"), config.media.as_deref().unwrap_or("any"));
        let mut options = match parsed {
            Ok(options) => options,
            Err(e) => return Workspace::plain(Some(format!("invalid configuration {}: {e}", file.display()))),
        };
        let mut problem = None;
        if let Some(loaded) = templates::load(&[], &config, base) {
            if let Some(first) = loaded.unreadable.first() {
                problem = Some(format!("cannot read template definitions {}: {}", first.name, first.error));
            }
            options.templates = Some(Arc::new(loaded.set));
        }
        Workspace { config, options, problem }
    }

    fn plain(problem: Option<String>) -> Workspace {
        Workspace { config: Config::default(), options: LintOptions::default(), problem }
    }

    /// Whether the document at `path` is linted: `include` and `exclude` as for files found in
    /// folders (a document without a file is always linted).
    pub fn selects(&self, path: Option<&Path>) -> bool {
        path.is_none_or(|p| self.config.selects(p))
    }

    /// `[rules]` levels and `[[ignore]]` entries applied to a report, as `linkwa lint` applies
    /// them (suppressed diagnostics are not shown in the editor).
    pub fn apply(&self, path: Option<&Path>, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        const INTERNAL_ERROR: &str = linkwa::rules::structure::INTERNAL_ERROR.code;
        let suppressions = path.map(|p| self.config.suppressions(p)).unwrap_or_default();
        diagnostics
            .into_iter()
            .filter_map(|mut d| {
                if d.code == INTERNAL_ERROR {
                    return Some(d);
                }
                match self.config.level(d.code) {
                    Some(Level::Off) => return None,
                    Some(Level::On(severity)) => d.severity = severity,
                    None => {}
                }
                suppressions.get(d.code).is_none().then_some(d)
            })
            .collect()
    }
}

/// The workspaces met so far, by configuration file (`None`: no `linkwa.toml` above).
#[derive(Default)]
pub struct Workspaces {
    loaded: HashMap<Option<PathBuf>, (Option<SystemTime>, Arc<Workspace>)>,
}

impl Workspaces {
    /// The workspace of the document at `path` (`None`: a document without a file).
    pub fn of(&mut self, path: Option<&Path>) -> Arc<Workspace> {
        let file = path.and_then(Path::parent).and_then(config::find);
        let modified = file.as_ref().and_then(|f| std::fs::metadata(f).and_then(|m| m.modified()).ok());
        match self.loaded.get(&file) {
            Some((seen, workspace)) if *seen == modified => workspace.clone(),
            _ => {
                let workspace = Arc::new(Workspace::load(file.as_deref()));
                self.loaded.insert(file, (modified, workspace.clone()));
                workspace
            }
        }
    }
}
