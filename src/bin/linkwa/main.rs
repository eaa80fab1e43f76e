//! `linkwa`: lint LINK WhatsApp payloads from files, folders or standard input.
//!
//! Exit status: 0 when no diagnostic is an error, 1 when one is, 2 on a usage error or an
//! unreadable file (every other file is still linted).

mod inputs;
mod render;
mod to_meta;

use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
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
    Lint {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Which API's JSON the payloads are written for.
        #[arg(long, value_enum, default_value_t = DialectArg::Auto)]
        dialect: DialectArg,
        /// Which media references the destination accepts.
        #[arg(long, value_enum, default_value_t = MediaArg::Any)]
        media: MediaArg,
        /// Files, folders, or `-` for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
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
    /// List every rule: code, name, default severity, summary and source.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// `file:line:column: severity[code] message`, the source line with a caret, and a summary.
    Human,
    /// One JSON array of diagnostics, each with `file`.
    Json,
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

impl DialectArg {
    fn dialect(self) -> Option<linkwa::Dialect> {
        match self {
            DialectArg::Auto => None,
            DialectArg::Link => Some(linkwa::Dialect::Link),
            DialectArg::Cloud => Some(linkwa::Dialect::Cloud),
        }
    }
}

impl MediaArg {
    fn policy(self) -> linkwa::MediaPolicy {
        match self {
            MediaArg::Any => linkwa::MediaPolicy::Any,
            MediaArg::LinkOnly => linkwa::MediaPolicy::LinkOnly,
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let mut out = std::io::stdout().lock();
    let result = match cli.command {
        Command::Lint { format, dialect, media, paths } => {
            let options = linkwa::LintOptions { dialect: dialect.dialect(), media: media.policy() };
            lint(&paths, format, &options, &mut out)
        }
        Command::Rules { format } => render::rules(format, &mut out).map(|()| 0),
        Command::ToMeta { to, file } => to_meta::run(&file, to.as_deref(), &mut out),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(0),
        Err(e) => {
            eprintln!("linkwa: {e}");
            ExitCode::from(2)
        }
    }
}

/// Lints every input and prints the reports; returns the exit status.
fn lint(paths: &[PathBuf], format: Format, options: &linkwa::LintOptions, out: &mut impl Write) -> std::io::Result<u8> {
    let (files, mut unreadable) = inputs::collect(paths);
    let mut linted = Vec::with_capacity(files.len());
    for file in files {
        match inputs::read(&file) {
            Ok(bytes) => {
                let report = linkwa::lint_bytes_with(&bytes, options);
                linted.push(render::Linted { name: file.display_name(), bytes, report });
            }
            Err(e) => {
                eprintln!("linkwa: cannot read {}: {e}", file.display_name());
                unreadable += 1;
            }
        }
    }
    match format {
        Format::Human => render::human(&linted, unreadable, out)?,
        Format::Json => render::json(&linted, out)?,
    }
    let errors = linted.iter().any(|l| l.report.has_errors());
    Ok(if unreadable > 0 {
        2
    } else if errors {
        1
    } else {
        0
    })
}
