//! `linkwa`: lint LINK WhatsApp payloads from files, folders or standard input.
//!
//! Exit status: 0 when no diagnostic is an error, 1 when one is (or there are more warnings than
//! `--max-warnings`), 2 on a usage error, an invalid configuration or an unreadable file (every
//! other file is still linted).

mod config;
mod examples;
mod explain;
mod fix;
mod formats;
mod inputs;
mod lint;
mod lsp;
mod paths;
mod preview;
mod rules;
mod schema;
mod session;
mod suggest;
mod templates;
mod to_meta;
#[cfg(target_os = "wasi")]
mod wasi;

use clap::{Args, Parser, Subcommand, ValueEnum};
use formats::Format;
use rules::RulesFormat;
use session::{Flags, Session};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "linkwa", version, about = "Lint WhatsApp payloads for the LINK Mobility WhatsApp Message API")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Lint files, folders (every *.json below them) or `-` for standard input.
    Lint(LintArgs),
    /// Translate a LINK MessageRequest into Meta Cloud API send bodies (one per destination ×
    /// message, destination-major), printed as a JSON array. A request with errors is not
    /// translated: its diagnostics are printed and the exit status is 1.
    ToMeta {
        /// The recipient, for a file holding a bare message rather than a MessageRequest.
        #[arg(long)]
        to: Option<String>,
        /// A MessageRequest (or, with `--to`, a bare message), or `-` for standard input.
        file: PathBuf,
    },
    /// Show the template message a send produces: its definition filled with the send's values
    /// (header, body, footer, buttons, cards).
    Preview {
        /// Template definitions: a definition file, a list response or a folder; repeatable
        /// [default: the `templates` of the nearest linkwa.toml in the working directory or above].
        #[arg(long, value_name = "PATH")]
        templates: Vec<PathBuf>,
        /// The configuration file whose `templates` are read when `--templates` is not given.
        #[arg(long, value_name = "PATH", conflicts_with = "no_config")]
        config: Option<PathBuf>,
        /// Use no configuration file (then `--templates` is required).
        #[arg(long)]
        no_config: bool,
        /// Print the preview as JSON instead of a text bubble.
        #[arg(long)]
        json: bool,
        /// A template send (Cloud API body, LINK message or MessageRequest), or `-` for standard input.
        file: PathBuf,
    },
    /// List every rule: code, name, default severity, summary and source.
    Rules {
        /// Output format; `markdown` is the rules reference (docs/rules.md).
        #[arg(long, value_enum, default_value_t = RulesFormat::Human)]
        format: RulesFormat,
    },
    /// Explain a rule: what it checks, why, a failing and a fixed example, and its source; or a
    /// gateway result code: what it means for the sender.
    Explain {
        /// The rule's code (`LW412`) or name (`reply-title-too-long`), or a result code (`112403`).
        rule: String,
    },
    /// Run the language server (Language Server Protocol over standard input and output), for
    /// editors: diagnostics as you type, quick fixes, hover on member names.
    Lsp {
        /// Messages (documents) larger than this are skipped unread: bytes, or with K, M or G.
        #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = inputs::parse_size)]
        max_file_size: u64,
    },
    /// Print a JSON Schema (2020-12) of the documents, for editors without the language server
    /// (`"$schema"`, VS Code's `json.schemas`). A subset: `linkwa lint` checks more.
    Schema {
        /// Which API's documents the schema describes.
        #[arg(long, value_enum, default_value_t = schema::SchemaDialect::Link)]
        dialect: schema::SchemaDialect,
    },
}

#[derive(Args)]
struct LintArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Which API's JSON the payloads are written for [default: `dialect` in linkwa.toml, or auto].
    #[arg(long, value_enum)]
    dialect: Option<DialectArg>,
    /// Which media references the destination accepts [default: `media` in linkwa.toml, or any].
    #[arg(long, value_enum)]
    media: Option<MediaArg>,
    /// The configuration file [default: the nearest linkwa.toml in the working directory or above].
    #[arg(long, value_name = "PATH", conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Use no configuration file.
    #[arg(long)]
    no_config: bool,
    /// Exit with status 1 when there are more than N warnings.
    #[arg(long, value_name = "N")]
    max_warnings: Option<usize>,
    /// Template definitions to check template sends against: a definition file, a list response
    /// (`{"data": [...]}`) or a folder of them; repeatable [also: `templates` in linkwa.toml].
    /// The definition files are linted too.
    #[arg(long, value_name = "PATH")]
    templates: Vec<PathBuf>,
    /// Report errors only (the summary still counts everything).
    #[arg(long, short)]
    quiet: bool,
    /// Files larger than this are not read (reported, exit status 2): bytes, or with K, M or G.
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = inputs::parse_size)]
    max_file_size: u64,
    /// Apply the safe fixes in place (the payload keeps its meaning), then report what is left.
    /// A fix is kept only when the fixed text still parses and lints with fewer diagnostics.
    /// Standard input is not fixed (see `--diff`).
    #[arg(long)]
    fix: bool,
    /// Apply the unsafe fixes too (likely intents to confirm: a did-you-mean member name, an
    /// implied `type`); implies `--fix` unless `--diff` is given.
    #[arg(long)]
    unsafe_fixes: bool,
    /// Print the fixes as a unified diff and write nothing; exit status 1 when there is one.
    #[arg(long)]
    diff: bool,
    /// Files, folders, or `-` for standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

impl LintArgs {
    /// What `--fix`, `--unsafe-fixes` and `--diff` ask for.
    fn fix_mode(&self) -> Option<fix::FixMode> {
        let threshold = if self.unsafe_fixes { linkwa::Applicability::Unsafe } else { linkwa::Applicability::Safe };
        (self.fix || self.unsafe_fixes || self.diff).then_some(fix::FixMode { threshold, diff_only: self.diff })
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum DialectArg {
    /// Tell the dialect from the document's members.
    Auto,
    /// LINK Mobility gateway JSON (camelCase).
    Link,
    /// Meta Cloud API JSON (snake_case send bodies).
    Cloud,
}

#[derive(Clone, Copy, ValueEnum)]
enum MediaArg {
    /// Uploaded media ids and public links.
    Any,
    /// Public links only (LINK 1.4.2; providers that take "never a media id").
    LinkOnly,
}

/// Writes one line to standard error; a standard error that cannot be written to (closed,
/// `2>/dev/full`) loses the line instead of ending the run with a panic, as `eprintln!` would.
pub fn say(line: std::fmt::Arguments<'_>) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

fn main() -> ExitCode {
    #[cfg(target_os = "wasi")]
    wasi::enter_working_directory();
    // A panic is a bug in linkwa. Linting catches it per file (LW000 internal-error, the run goes
    // on); its message may quote the payload, so only where it happened is printed.
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        say(format_args!("linkwa: internal error{at}; please report it to linkwa's issue tracker"));
    }));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    // Block-buffered: standard output is line-buffered, a system call per line of a long report.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let result = match cli.command {
        Command::Lint(args) => lint(&args, &mut out),
        Command::Rules { format } => rules::render(format, &mut out).map(|()| 0),
        Command::Explain { rule } => explain::explain(&rule, &mut out),
        Command::ToMeta { to, file } => to_meta::run(&file, to.as_deref(), &mut out),
        Command::Preview { templates, config, no_config, json, file } => {
            preview::run(&templates, config_file(config, no_config), &file, json, &mut out)
        }
        Command::Schema { dialect } => schema::run(dialect, &mut out),
        Command::Lsp { max_file_size } => {
            // The server writes standard output from a thread of its own: release the lock.
            drop(out);
            return match lsp::run(max_file_size) {
                Ok(code) => ExitCode::from(code),
                Err(e) => {
                    say(format_args!("linkwa lsp: {e}"));
                    ExitCode::from(2)
                }
            };
        }
    };
    // The last flush keeps the status when the reader went away (`lint big.json | head`):
    // `finish` already kept it for the report, and a flush that fails again must not turn it to 0.
    match result.and_then(|code| finish(code, out.flush())) {
        Ok(code) => ExitCode::from(code),
        // `linkwa rules | head -1`: the reader has what it wanted.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(0),
        Err(e) => {
            say(format_args!("linkwa: {e}"));
            ExitCode::from(2)
        }
    }
}

/// `status` once the output is written and flushed; when the reader went away (`| head -1`), the
/// status all the same: what was found does not change because nobody read all of it.
pub fn finish(status: u8, written: std::io::Result<()>) -> std::io::Result<u8> {
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(status),
        other => other.map(|()| status),
    }
}

/// Which configuration file to read: `--config`, none with `--no-config`, or the nearest.
pub enum ConfigFile {
    /// `--no-config`.
    None,
    /// `--config PATH`.
    Given(PathBuf),
    /// The nearest linkwa.toml in the working directory or above, when there is one.
    Nearest,
}

fn config_file(config: Option<PathBuf>, no_config: bool) -> ConfigFile {
    match (config, no_config) {
        (_, true) => ConfigFile::None,
        (Some(file), false) => ConfigFile::Given(file),
        (None, false) => ConfigFile::Nearest,
    }
}

impl ConfigFile {
    /// The file to read (relative to `cwd` when relative); `None` when there is none.
    pub fn path(self, cwd: &Path) -> Option<PathBuf> {
        match self {
            ConfigFile::None => None,
            ConfigFile::Given(file) => Some(file),
            ConfigFile::Nearest => config::find(cwd),
        }
    }
}

impl LintArgs {
    /// What `--dialect`, `--media` and `--templates` set over the configuration.
    fn flags(&self) -> Flags {
        Flags {
            dialect: self.dialect.map(|d| match d {
                DialectArg::Auto => None,
                DialectArg::Link => Some(linkwa::Dialect::Link),
                DialectArg::Cloud => Some(linkwa::Dialect::Cloud),
            }),
            media: self.media.map(|m| match m {
                MediaArg::Any => linkwa::MediaPolicy::Any,
                MediaArg::LinkOnly => linkwa::MediaPolicy::LinkOnly,
            }),
            templates: self.templates.clone(),
        }
    }
}

/// Lints every input and prints the reports; returns the exit status.
fn lint(args: &LintArgs, out: &mut impl Write) -> std::io::Result<u8> {
    let cwd = std::env::current_dir()?;
    let file = config_file(args.config.clone(), args.no_config).path(&cwd);
    let session = Session::load(file.as_deref(), args.flags(), &cwd);
    if let Some(e) = session.config_error() {
        say(format_args!("linkwa: invalid configuration: {e}"));
        return Ok(2);
    }
    for problem in session.unreadable_templates() {
        say(format_args!(
            "linkwa: cannot read template definitions {}: {}",
            formats::printable(&problem.name),
            problem.error
        ));
    }
    for note in session.options.templates.iter().flat_map(|set| templates::notes(set)) {
        say(format_args!("linkwa: {}", formats::printable(&note)));
    }
    let mut to_lint = args.paths.clone();
    to_lint.extend(session.template_files.iter().filter(|f| !args.paths.contains(f)).cloned());
    let fix_mode = args.fix_mode();
    let mut run = lint::run(&to_lint, &session, &cwd, args.max_file_size, fix_mode);
    for problem in &run.unreadable {
        say(format_args!("linkwa: cannot read {}: {}", formats::printable(&problem.name), problem.error));
    }
    if run.totals.internal > 0 {
        let n = run.totals.internal;
        say(format_args!(
            "linkwa: linkwa failed on {n} file{} (LW000 internal-error); the other files were linted",
            if n == 1 { "" } else { "s" }
        ));
    }
    let mut status = lint::exit_status(&run.totals, args.max_warnings);
    if !session.problems.is_empty() {
        status = 2;
    }
    if let Some(max) = args.max_warnings
        && run.totals.warnings > max
    {
        let warnings = run.totals.warnings;
        say(format_args!(
            "linkwa: {warnings} warning{}; --max-warnings allows {max}",
            if warnings == 1 { "" } else { "s" }
        ));
    }
    report_fixes(&run);
    if args.diff {
        // The diffs are the output; 1 when there is one, as a check in CI wants.
        let mut written = Ok(());
        for diff in run.files.iter().filter_map(|f| f.fix.diff.as_deref()) {
            written = written.and_then(|()| out.write_all(diff.as_bytes()));
        }
        let changed = run.files.iter().any(|f| f.fix.diff.is_some());
        let status = if status == 2 { 2 } else { u8::from(changed) };
        return finish(status, written.and_then(|()| out.flush()));
    }
    if args.quiet {
        run.keep_errors_only();
    }
    finish(status, formats::render(args.format, &run, out).and_then(|()| out.flush()))
}

/// Says on standard error which fixes were left out or could not be written, and with `--diff`
/// how many would apply and what would be left.
fn report_fixes(run: &lint::Run) {
    for file in &run.files {
        let name = formats::printable(&file.name);
        for d in &file.fix.rejected {
            say(format_args!(
                "linkwa: {name}: the fix of {} at {} was left out: the fixed text did not parse or did not lint with fewer diagnostics",
                d.code,
                formats::printable(&d.path.to_string())
            ));
        }
        if let Some(why) = &file.fix.not_written {
            say(format_args!("linkwa: {name}: not fixed, nothing written: {why}"));
        }
        if file.fix.capped {
            say(format_args!(
                "linkwa: {name}: fixing stopped after {} passes with fixes left to try; run it again",
                linkwa::MAX_FIX_PASSES
            ));
        }
    }
    if run.totals.fixed.is_some() && run.files.iter().any(|f| f.fix.diff.is_some()) {
        say(format_args!("linkwa: {} (nothing written)", formats::summary(&run.totals)));
    }
}
