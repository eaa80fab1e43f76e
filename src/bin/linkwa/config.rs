//! `linkwa.toml`: rule severities, which files found in folders to lint, suppressions, and
//! defaults for `--dialect` and `--media`. Found upward from the working directory, or named with
//! `--config`. Globs are matched against paths relative to the folder of the configuration file
//! (`../` for files outside it); `*` stays within a folder, `**` crosses folders.
//! [`Config::apply`] applies the severities and suppressions to a report, for `linkwa lint` and
//! the language server alike.
//!
//! ```toml
//! dialect = "link"                  # auto | link | cloud
//! media = "any"                     # any | link-only
//! include = ["payloads/**"]         # files found in folders must match one (default: all)
//! exclude = ["**/drafts/**"]        # ... and none of these
//! templates = ["templates/**"]      # template definitions sends are checked against
//!
//! [rules]
//! LW102 = "error"                   # code or name = off | info | warning | error
//! unknown-member = "off"
//!
//! [[ignore]]                        # suppressed, still counted and shown as suppressed
//! path = "fixtures/**/invalid/**"   # or paths = [globs]
//! rules = ["*"]                     # or codes and names
//! reason = "wrong on purpose"       # optional
//! ```

use crate::paths;
use crate::suggest;
use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};
use linkwa::{Diagnostic, Dialect, LintOptions, MediaPolicy, Severity};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use toml::Spanned;

/// The configuration file's name.
pub const FILE_NAME: &str = "linkwa.toml";

/// What a `[rules]` entry sets a rule to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Off,
    On(Severity),
}

/// A loaded and checked configuration; the default one sets nothing.
#[derive(Debug, Default)]
pub struct Config {
    /// The folder globs are relative to (absolute).
    base: PathBuf,
    /// `dialect`, the default of `--dialect`: `None` when `auto` or not set.
    pub dialect: Option<Dialect>,
    /// `media`, the default of `--media` (`any` when not set).
    pub media: MediaPolicy,
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
    /// `templates`: the files holding template definitions (as `--templates`).
    templates: Option<GlobSet>,
    /// Rule code → level, sorted by code.
    pub levels: BTreeMap<&'static str, Level>,
    ignores: Vec<Ignore>,
    /// Every `[[ignore]]` glob in one set, so that a file is matched against all of them at once.
    ignore_globs: GlobSet,
    /// The index in `ignores` of each glob of `ignore_globs`.
    ignore_owner: Vec<usize>,
}

/// One `[[ignore]]` entry.
#[derive(Debug)]
struct Ignore {
    globs: Vec<Glob>,
    /// `None`: every rule.
    rules: Option<Vec<&'static str>>,
    /// Why, as reports show it: the entry's `reason`, or the entry itself.
    justification: Arc<str>,
}

/// The `[[ignore]]` entries that apply to one file: see [`Config::suppressions`].
#[derive(Debug, Default)]
struct Suppressions {
    /// Rule code → (entry index, justification) of the first entry naming it.
    by_code: BTreeMap<&'static str, (usize, Arc<str>)>,
    /// The first entry with `rules = ["*"]`.
    every: Option<(usize, Arc<str>)>,
}

impl Suppressions {
    /// Why a diagnostic of rule `code` is suppressed, if it is.
    fn get(&self, code: &str) -> Option<Arc<str>> {
        let named = self.by_code.get(code);
        match (named, &self.every) {
            (Some((i, a)), Some((j, b))) => Some(if i < j { a.clone() } else { b.clone() }),
            (Some((_, a)), None) => Some(a.clone()),
            (None, every) => every.as_ref().map(|(_, b)| b.clone()),
        }
    }
}

/// One diagnostic after configuration: its severity may have been changed by `[rules]`, and it
/// may be suppressed by an `[[ignore]]` entry (`linkwa lint` shows it as suppressed and never
/// counts it; the language server does not show it).
#[derive(Debug)]
pub struct Finding {
    pub diagnostic: Diagnostic,
    /// Why it is suppressed; `None` when it is not.
    pub suppression: Option<Arc<str>>,
}

/// The configuration as it applies to the diagnostics of one file: see [`Config::for_file`].
pub struct FileRules<'a> {
    config: &'a Config,
    suppressions: Suppressions,
}

impl FileRules<'_> {
    /// What the configuration does to the diagnostics of rule `code`: `None` when `[rules]`
    /// turns the rule off; otherwise the severity `[rules]` sets (if any) and why an
    /// `[[ignore]]` entry suppresses it (if one does). `LW000 internal-error` (linkwa failed on
    /// the file) can neither be turned off nor suppressed.
    fn rule(&self, code: &str) -> Option<(Option<Severity>, Option<Arc<str>>)> {
        if code == linkwa::rules::structure::INTERNAL_ERROR.code {
            return Some((None, None));
        }
        match self.config.level(code) {
            Some(Level::Off) => None,
            Some(Level::On(severity)) => Some((Some(severity), self.suppressions.get(code))),
            None => Some((None, self.suppressions.get(code))),
        }
    }

    /// `diagnostic` as the configuration has it: `None` when its rule is turned off.
    pub fn apply(&self, mut diagnostic: Diagnostic) -> Option<Finding> {
        let (severity, suppression) = self.rule(diagnostic.code)?;
        if let Some(severity) = severity {
            diagnostic.severity = severity;
        }
        Some(Finding { diagnostic, suppression })
    }

    /// Whether `diagnostic` stays active: its rule is neither turned off nor suppressed here.
    /// Only the fixes of active diagnostics are applied.
    pub fn keeps(&self, diagnostic: &Diagnostic) -> bool {
        self.rule(diagnostic.code).is_some_and(|(_, suppression)| suppression.is_none())
    }
}

/// A configuration that cannot be used: the file, the position when known, and what is wrong
/// (naming the key).
#[derive(Debug)]
pub struct ConfigError {
    pub file: PathBuf,
    pub at: Option<(usize, usize)>,
    pub message: String,
    /// The line at `at`, shown under the message with a caret.
    pub source_line: Option<String>,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some((line, column)) = self.at {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": {}", self.message)?;
        if let (Some((line, column)), Some(text)) = (self.at, &self.source_line) {
            let gutter = " ".repeat(line.to_string().len());
            write!(f, "\n{gutter} |\n{line} | {text}\n{gutter} | {}^", " ".repeat(column - 1))?;
        }
        Ok(())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    dialect: Option<Spanned<String>>,
    media: Option<Spanned<String>>,
    include: Option<Vec<Spanned<String>>>,
    exclude: Option<Vec<Spanned<String>>>,
    templates: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    ignore: Vec<Spanned<RawIgnore>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIgnore {
    path: Option<Spanned<String>>,
    paths: Option<Vec<Spanned<String>>>,
    rules: Vec<Spanned<String>>,
    reason: Option<String>,
}

/// The nearest `linkwa.toml` in `dir` or a folder above it, up to the filesystem root.
pub fn find(dir: &Path) -> Option<PathBuf> {
    dir.ancestors().map(|d| d.join(FILE_NAME)).find(|f| f.is_file())
}

impl Config {
    /// Reads and checks the configuration file at `file` (relative to `cwd` when relative).
    pub fn load(file: &Path, cwd: &Path) -> Result<Config, ConfigError> {
        let file = paths::absolute(file, cwd);
        let cannot = |message: String| ConfigError {
            file: file.clone(),
            at: None,
            message: format!("cannot read the configuration: {message}"),
            source_line: None,
        };
        let bytes =
            crate::inputs::read_path(&file, crate::inputs::DEFAULT_MAX_FILE_SIZE, crate::inputs::Accept::RegularOnly)
                .map_err(|e| cannot(e.to_string()))?;
        let text = String::from_utf8(bytes).map_err(|_| cannot("not UTF-8".to_owned()))?;
        let base = file.parent().map(Path::to_path_buf).unwrap_or_default();
        Loader { file: &file, text: &text }.load(base)
    }

    /// Whether a file found in a folder is linted: it matches `include` (when given) and not
    /// `exclude`. `path` is absolute.
    pub fn selects(&self, path: &Path) -> bool {
        let rel = self.relative(path);
        self.include.as_ref().is_none_or(|set| set.is_match(&rel))
            && !self.exclude.as_ref().is_some_and(|set| set.is_match(&rel))
    }

    /// The level `[rules]` sets for a rule, if any.
    pub fn level(&self, code: &str) -> Option<Level> {
        self.levels.get(code).copied()
    }

    /// `[rules]` levels and `[[ignore]]` entries applied to the report of the file at `path`
    /// (absolute; `None`: standard input or an editor's document without a file, which no
    /// `[[ignore]]` entry matches), in the report's order; a diagnostic of a rule turned off is
    /// left out. See [`FileRules::apply`].
    pub fn apply(&self, path: Option<&Path>, diagnostics: Vec<Diagnostic>) -> Vec<Finding> {
        let rules = self.for_file(path);
        diagnostics.into_iter().filter_map(|d| rules.apply(d)).collect()
    }

    /// The configuration as it applies to the file at `path` (see [`Config::apply`]), its
    /// `[[ignore]]` entries matched once.
    pub fn for_file(&self, path: Option<&Path>) -> FileRules<'_> {
        FileRules { config: self, suppressions: path.map(|p| self.suppressions(p)).unwrap_or_default() }
    }

    /// The `[[ignore]]` entries that apply to the file at `path` (absolute), matched once per file
    /// (all globs in one set), so that looking up each diagnostic costs a map lookup, whatever the
    /// number of entries.
    fn suppressions(&self, path: &Path) -> Suppressions {
        let mut found = Suppressions::default();
        if self.ignores.is_empty() {
            return found;
        }
        let mut entries: Vec<usize> =
            self.ignore_globs.matches(self.relative(path)).into_iter().map(|g| self.ignore_owner[g]).collect();
        entries.sort_unstable();
        entries.dedup();
        // The first entry (in file order) that names a rule, or names every rule, wins.
        for i in entries {
            let entry = &self.ignores[i];
            match &entry.rules {
                None => {
                    found.every.get_or_insert((i, entry.justification.clone()));
                }
                Some(codes) => {
                    for code in codes {
                        found.by_code.entry(code).or_insert((i, entry.justification.clone()));
                    }
                }
            }
        }
        found
    }

    /// `path` relative to the configuration's folder with forward slashes (`../` when outside it).
    /// The folder `templates` globs are relative to, when `templates` is set, and whether a file
    /// (absolute path) is one of them.
    pub fn templates(&self) -> Option<(&Path, impl Fn(&Path) -> bool + '_)> {
        let set = self.templates.as_ref()?;
        Some((self.base.as_path(), move |path: &Path| set.is_match(self.relative(path))))
    }

    fn relative(&self, path: &Path) -> String {
        paths::relative_with_parents(path, &self.base)
    }
}

struct Loader<'a> {
    file: &'a Path,
    text: &'a str,
}

impl Loader<'_> {
    fn load(&self, base: PathBuf) -> Result<Config, ConfigError> {
        let raw: Raw = toml::from_str(self.text).map_err(|e| {
            let offset = e.span().map(|s| s.start);
            // Serde's messages do not always name the key ("invalid type: …"); the line does.
            let key = offset.and_then(|o| self.key_on_line(o)).filter(|k| !e.message().contains(&format!("`{k}`")));
            let message = match key {
                Some(key) => format!("`{key}`: {}", e.message()),
                None => e.message().to_owned(),
            };
            self.error(offset, &message)
        })?;
        let check = |key: &str,
                     value: &Option<Spanned<String>>,
                     parse: fn(&str) -> Result<LintOptions, linkwa::OptionError>| {
            match value {
                Some(v) => match parse(v.get_ref()) {
                    Ok(options) => Ok(options),
                    Err(e) => Err(self.error(Some(v.span().start), &format!("`{key}`: {e}"))),
                },
                None => Ok(LintOptions::default()),
            }
        };
        let dialect = check("dialect", &raw.dialect, |d| LintOptions::parse(d, "any"))?.dialect;
        let media = check("media", &raw.media, |m| LintOptions::parse("auto", m))?.media;
        let include = raw.include.as_deref().map(|globs| self.glob_set("`include`", globs)).transpose()?;
        let exclude = raw.exclude.as_deref().map(|globs| self.glob_set("`exclude`", globs)).transpose()?;
        let templates = raw.templates.as_deref().map(|globs| self.glob_set("`templates`", globs)).transpose()?;
        let mut levels = BTreeMap::new();
        let mut entries: Vec<_> = raw.rules.iter().collect();
        entries.sort_by_key(|(key, _)| key.span().start);
        for (key, value) in entries {
            let rule = self.rule(key, "[rules]")?;
            let level = match value.get_ref().as_str() {
                "off" => Level::Off,
                "info" => Level::On(Severity::Info),
                "warning" => Level::On(Severity::Warning),
                "error" => Level::On(Severity::Error),
                other => {
                    let message = format!(
                        "[rules] `{}`: unknown severity \"{other}\"; expected \"off\", \"info\", \"warning\" or \"error\"",
                        key.get_ref()
                    );
                    return Err(self.error(Some(value.span().start), &message));
                }
            };
            if levels.insert(rule.code, level).is_some() {
                let message =
                    format!("[rules] `{}`: {} is configured twice (by code and by name)", key.get_ref(), rule.code);
                return Err(self.error(Some(key.span().start), &message));
            }
        }
        let ignores = raw
            .ignore
            .iter()
            .enumerate()
            .map(|(i, entry)| self.ignore(i, entry.get_ref(), entry.span().start))
            .collect::<Result<Vec<Ignore>, _>>()?;
        let mut set = GlobSetBuilder::new();
        let mut ignore_owner = Vec::new();
        for (i, entry) in ignores.iter().enumerate() {
            for glob in &entry.globs {
                set.add(glob.clone());
                ignore_owner.push(i);
            }
        }
        let ignore_globs = set.build().map_err(|e| self.error(None, &format!("[[ignore]]: {e}")))?;
        Ok(Config { base, dialect, media, include, exclude, templates, levels, ignores, ignore_globs, ignore_owner })
    }

    fn ignore(&self, index: usize, entry: &RawIgnore, at: usize) -> Result<Ignore, ConfigError> {
        let entry_key = format!("[[ignore]] #{}", index + 1);
        let globs: Vec<Spanned<String>> = entry.path.iter().chain(entry.paths.iter().flatten()).cloned().collect();
        if globs.is_empty() {
            return Err(
                self.error(Some(at), &format!("{entry_key}: `path` (a glob) or `paths` (a list of globs) is required"))
            );
        }
        let key = format!("{entry_key} `path`");
        let paths = globs.iter().map(|g| self.glob(&key, g)).collect::<Result<Vec<Glob>, _>>()?;
        if entry.rules.is_empty() {
            let message = format!("{entry_key} `rules` is empty; list codes or names, or \"*\" for every rule");
            return Err(self.error(Some(at), &message));
        }
        let mut codes = Vec::new();
        let mut all = false;
        for rule in &entry.rules {
            if rule.get_ref() == "*" {
                all = true;
            } else {
                codes.push(self.rule(rule, &format!("{entry_key} `rules`"))?.code);
            }
        }
        let justification = match &entry.reason {
            Some(reason) => reason.clone(),
            None => {
                let globs: Vec<String> = globs.iter().map(|g| format!("\"{}\"", g.get_ref())).collect();
                format!("{FILE_NAME}: [[ignore]] {}", globs.join(", "))
            }
        };
        Ok(Ignore { globs: paths, rules: (!all).then_some(codes), justification: justification.into() })
    }

    fn rule(&self, key: &Spanned<String>, table: &str) -> Result<&'static linkwa::Rule, ConfigError> {
        linkwa::rules::registry::find(key.get_ref()).ok_or_else(|| {
            let hint = suggest::rule(key.get_ref()).map(|s| format!("; did you mean `{s}`?")).unwrap_or_default();
            self.error(Some(key.span().start), &format!("{table}: unknown rule `{}`{hint}", key.get_ref()))
        })
    }

    fn glob(&self, key: &str, glob: &Spanned<String>) -> Result<Glob, ConfigError> {
        GlobBuilder::new(glob.get_ref())
            .literal_separator(true)
            .backslash_escape(true)
            .build()
            .map_err(|e| self.error(Some(glob.span().start), &format!("{key}: {e}")))
    }

    fn glob_set(&self, key: &str, globs: &[Spanned<String>]) -> Result<GlobSet, ConfigError> {
        let mut set = GlobSetBuilder::new();
        for glob in globs {
            set.add(self.glob(key, glob)?);
        }
        set.build().map_err(|e| self.error(None, &format!("{key}: {e}")))
    }

    /// The key of a `key = value` line holding byte `offset`, when the offset is in the value.
    fn key_on_line(&self, offset: usize) -> Option<&str> {
        let before = self.text.get(..offset.min(self.text.len()))?;
        let line = before.rsplit('\n').next().unwrap_or_default();
        let (key, _) = line.split_once('=')?;
        let key = key.trim().trim_matches('"');
        (!key.is_empty() && !key.starts_with('[')).then_some(key)
    }

    /// An error at byte `offset` of the file.
    fn error(&self, offset: Option<usize>, message: &str) -> ConfigError {
        // Spans come from the TOML parser; should one not fall on a character boundary, the
        // error has no position rather than a panic.
        let offset = offset.filter(|&o| self.text.is_char_boundary(o.min(self.text.len())));
        let at = offset.map(|offset| {
            let before = self.text.get(..offset.min(self.text.len())).unwrap_or_default();
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            (line, column)
        });
        let source_line = match (at, offset) {
            (Some((line, _)), Some(_)) => self.text.lines().nth(line - 1).map(str::to_owned),
            _ => None,
        };
        ConfigError { file: self.file.to_path_buf(), at, message: message.trim_end().to_owned(), source_line }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Config, ConfigError> {
        Loader { file: Path::new("/p/linkwa.toml"), text }.load(PathBuf::from("/p"))
    }

    #[test]
    fn reads_every_key() {
        let c = load(
            "dialect = \"cloud\"\nmedia = \"link-only\"\ninclude = [\"a/**\"]\nexclude = [\"a/x/**\"]\n\
             [rules]\nLW102 = \"error\"\nunknown-member = \"off\"\n\
             [[ignore]]\npath = \"f/**/invalid/**\"\nrules = [\"*\"]\n\
             [[ignore]]\npath = \"g/*.json\"\nrules = [\"LW004\"]\nreason = \"on purpose\"\n",
        )
        .unwrap();
        assert_eq!((c.dialect, c.media), (Some(Dialect::Cloud), MediaPolicy::LinkOnly));
        assert_eq!(c.level("LW102"), Some(Level::On(Severity::Error)));
        assert_eq!(c.level(linkwa::rules::registry::find("unknown-member").unwrap().code), Some(Level::Off));
        assert!(c.selects(Path::new("/p/a/b.json")) && !c.selects(Path::new("/p/a/x/b.json")));
        assert!(!c.selects(Path::new("/p/b.json")));
        assert!(c.suppressions(Path::new("/p/f/link/invalid/x.json")).get("LW001").is_some());
        assert_eq!(c.suppressions(Path::new("/p/g/x.json")).get("LW004").as_deref(), Some("on purpose"));
        assert!(c.suppressions(Path::new("/p/g/x.json")).get("LW005").is_none());
        assert!(c.suppressions(Path::new("/p/g/h/x.json")).get("LW004").is_none(), "* stays in one folder");
    }

    /// `(code, severity, suppression)` of each finding.
    fn applied(findings: &[Finding]) -> Vec<(&str, Severity, Option<&str>)> {
        findings.iter().map(|f| (f.diagnostic.code, f.diagnostic.severity, f.suppression.as_deref())).collect()
    }

    #[test]
    fn apply_sets_levels_and_suppressions_but_never_touches_internal_errors() {
        let c = load(
            "[rules]\nLW006 = \"warning\"\nLW005 = \"off\"\nLW000 = \"off\"\n\
             [[ignore]]\npath = \"s/*.json\"\nrules = [\"*\"]\nreason = \"on purpose\"\n",
        )
        .unwrap();
        let mut report = linkwa::lint_str(r#"{"type": "text", "text": {"bdy": 1, "body": 42}}"#).diagnostics;
        let codes: Vec<&str> = report.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["LW005", "LW006"], "the report before configuration");
        assert_eq!(report[1].severity, Severity::Error);
        report.push(Diagnostic::internal_error());
        let plain = [("LW006", Severity::Warning, None), ("LW000", Severity::Error, None)];
        assert_eq!(applied(&c.apply(Some(Path::new("/p/a.json")), report.clone())), plain, "LW005 off");
        assert_eq!(applied(&c.apply(None, report.clone())), plain, "no file: no [[ignore]] entry");
        let suppressed = [("LW006", Severity::Warning, Some("on purpose")), ("LW000", Severity::Error, None)];
        assert_eq!(applied(&c.apply(Some(Path::new("/p/s/a.json")), report.clone())), suppressed);
        // The fixes applied are those of the diagnostics kept active, by the same decision.
        let kept = |path: &str| -> Vec<&str> {
            let rules = c.for_file(Some(Path::new(path)));
            report.iter().filter(|d| rules.keeps(d)).map(|d| d.code).collect()
        };
        assert_eq!(kept("/p/a.json"), ["LW006", "LW000"]);
        assert_eq!(kept("/p/s/a.json"), ["LW000"]);
    }

    #[test]
    fn the_first_matching_entry_gives_the_reason() {
        let c = load(
            "[[ignore]]\npath = \"*.json\"\nrules = [\"LW004\"]\nreason = \"first\"\n\
             [[ignore]]\npath = \"*.json\"\nrules = [\"*\"]\nreason = \"every\"\n\
             [[ignore]]\npaths = [\"x.json\", \"y.json\"]\nrules = [\"LW004\", \"LW005\"]\nreason = \"later\"\n",
        )
        .unwrap();
        let s = c.suppressions(Path::new("/p/x.json"));
        assert_eq!(s.get("LW004").as_deref(), Some("first"));
        assert_eq!(s.get("LW005").as_deref(), Some("every"));
        assert_eq!(s.get("LW001").as_deref(), Some("every"));
        assert!(c.suppressions(Path::new("/p/d/x.json")).get("LW004").is_none());
    }

    #[test]
    fn the_placeholder_rule_is_configured_by_code_name_or_former_name() {
        for key in ["LW508", "placeholder", "placeholder-value"] {
            let c = load(&format!("[rules]\n{key} = \"error\"\n")).unwrap();
            assert_eq!(c.level("LW508"), Some(Level::On(Severity::Error)), "{key}");
            let c = load(&format!("[rules]\n\"{key}\" = \"off\"\n")).unwrap();
            assert_eq!(c.level("LW508"), Some(Level::Off), "{key}");
            let c = load(&format!("[[ignore]]\npath = \"*.json\"\nrules = [\"{key}\"]\n")).unwrap();
            assert!(c.suppressions(Path::new("/p/x.json")).get("LW508").is_some(), "{key}");
        }
        let e = load("[rules]\nplaceholder = \"error\"\nplaceholder-value = \"off\"\n").unwrap_err();
        assert!(e.message.contains("LW508 is configured twice"), "{e}");
    }

    #[test]
    fn errors_name_the_key_and_the_position() {
        let e = load("colour = 1\n").unwrap_err();
        assert!(e.message.contains("unknown field `colour`"), "{e}");
        assert_eq!(e.at, Some((1, 1)));
        let e = load("[rules]\nLW9999 = \"error\"\n").unwrap_err();
        assert!(e.to_string().starts_with("/p/linkwa.toml:2:1: [rules]: unknown rule `LW9999`"), "{e}");
        let e = load("[rules]\nduplicate-kye = \"error\"\n").unwrap_err();
        assert!(e.message.ends_with("did you mean `duplicate-key`?"), "{e}");
        let e = load("[rules]\nLW004 = \"fatal\"\n").unwrap_err();
        assert!(e.message.contains("`LW004`: unknown severity \"fatal\""), "{e}");
        let e = load("exclude = [\"a/[\"]\n").unwrap_err();
        assert!(e.message.starts_with("`exclude`:"), "{e}");
        let e = load("dialect = \"meta\"\n").unwrap_err();
        assert!(e.message.contains("unknown dialect `meta`"), "{e}");
        let e = load("[[ignore]]\npath = \"x\"\nrules = []\n").unwrap_err();
        assert!(e.message.contains("`rules` is empty"), "{e}");
        let e = load("[rules]\nLW004 = \"error\"\nduplicate-key = \"off\"\n").unwrap_err();
        assert!(e.message.contains("configured twice"), "{e}");
        assert!(load("dialect = [\n").is_err());
    }
}
