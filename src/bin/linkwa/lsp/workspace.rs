//! The configuration an open document is linted with: the nearest `linkwa.toml` above the
//! document's file (as `linkwa lint` finds it from the working directory), built into a
//! [`Session`] as `linkwa lint` builds it. Loaded once and again when the file changes.

use crate::config;
use crate::session::{Flags, Session};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// The sessions met so far, by configuration file (`None`: no `linkwa.toml` above).
#[derive(Default)]
pub struct Workspaces {
    loaded: HashMap<Option<PathBuf>, (Option<SystemTime>, Arc<Session>)>,
}

impl Workspaces {
    /// The session of the document at `path` (`None`: a document without a file). An invalid
    /// configuration gives the defaults and a problem to show.
    pub fn of(&mut self, path: Option<&Path>) -> Arc<Session> {
        let file = path.and_then(Path::parent).and_then(config::find);
        let modified = file.as_ref().and_then(|f| std::fs::metadata(f).and_then(|m| m.modified()).ok());
        match self.loaded.get(&file) {
            Some((seen, session)) if *seen == modified => session.clone(),
            _ => {
                // Globs and `templates` are relative to the configuration's folder.
                let base = file.as_deref().and_then(Path::parent).unwrap_or(Path::new("/"));
                let session = Arc::new(Session::load(file.as_deref(), Flags::default(), base));
                self.loaded.insert(file, (modified, session.clone()));
                session
            }
        }
    }
}
