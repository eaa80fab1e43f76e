//! `linkwa lint --templates PATH` and `templates = [globs]` in linkwa.toml: the template
//! definitions every template send is checked against (LW750–LW764). A path is a definition
//! file, a list response (`{"data": [...]}`), or a folder of them (every `*.json` below it).
//! The definition files are linted too, as definitions, so their problems show in the report.

use crate::config::Config;
use crate::inputs::{self, Input, Unreadable};
use crate::paths;
use linkwa::options::templates::TemplateSet;
use std::path::{Path, PathBuf};

/// The definitions found, the files they came from, and what could not be read.
pub struct Loaded {
    pub set: TemplateSet,
    pub files: Vec<PathBuf>,
    pub unreadable: Vec<Unreadable>,
}

/// Reads the definitions named by `--templates` and by the configuration's `templates`;
/// `None` when neither names any. Each file is read through the one bounded reader: at most
/// [`inputs::DEFAULT_MAX_FILE_SIZE`] bytes, and only a regular file (a definition file is read again to be linted, so a FIFO
/// would block the run or be read empty the second time; a device may never end). The limit is
/// the default `--max-file-size`.
pub fn load(given: &[PathBuf], config: &Config, cwd: &Path) -> Option<Loaded> {
    let max = inputs::DEFAULT_MAX_FILE_SIZE;
    let (mut found, mut unreadable) = inputs::collect(given, |_| true);
    if let Some((base, matches)) = config.templates() {
        let (more, problems) = inputs::collect(&[base.to_path_buf()], |p| matches(&paths::absolute(p, cwd)));
        found.extend(more);
        unreadable.extend(problems);
    }
    if found.is_empty() && unreadable.is_empty() {
        return None;
    }
    let mut set = TemplateSet::new();
    let mut files = Vec::new();
    for input in found {
        let Input::File(path) = input else {
            unreadable.push(Unreadable {
                name: "<stdin>".into(),
                path: None,
                error: "template definitions are read from files, not standard input".into(),
            });
            continue;
        };
        if files.contains(&path) {
            continue;
        }
        match inputs::read_path(&path, max, inputs::Accept::RegularOnly) {
            Ok(bytes) => {
                set.add_json(path.display().to_string(), &String::from_utf8_lossy(&bytes));
                files.push(path);
            }
            Err(e) => unreadable.push(Unreadable {
                name: path.display().to_string(),
                path: Some(path.clone()),
                error: e.to_string(),
            }),
        }
    }
    Some(Loaded { set, files, unreadable })
}

/// What the set says about its sources beyond each file's own lint (a definition that another
/// file already defines), one line each, for standard error.
pub fn notes(set: &TemplateSet) -> Vec<String> {
    set.sources()
        .iter()
        .flat_map(|source| {
            source
                .set_diagnostics()
                .iter()
                .map(move |d| format!("{}: {} {}: {}", source.origin, d.code, d.path, d.message))
        })
        .collect()
}
