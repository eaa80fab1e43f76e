//! `--format github`: GitHub Actions workflow commands. Each diagnostic becomes an annotation on
//! the pull request's diff:
//!
//! ```text
//! ::error file=orders/a.json,line=3,col=20,title=LW006 wrong-type::`body` must be a string; found an integer
//! ```
//!
//! `error` → `::error`, `warning` → `::warning`, `info` → `::notice`. Paths are relative to the
//! working directory (the workspace, in a workflow). Suppressed diagnostics are not annotated;
//! the summary line at the end counts them.

use super::printable;
use crate::lint::Run;
use crate::paths;
use linkwa::Severity;
use std::io::{self, Write};

pub fn render(run: &Run, out: &mut impl Write) -> io::Result<()> {
    for file in &run.files {
        let name = file.path.as_deref().map(|p| paths::for_ci(p, &run.cwd));
        for d in file.active() {
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut properties = Vec::new();
            if let Some(name) = &name {
                properties.push(format!("file={}", property(name)));
            }
            if let (Some(line), Some(column)) = (d.line, d.column) {
                properties.push(format!("line={line},col={column}"));
            }
            properties.push(format!("title={}", property(&format!("{} {}", d.code, d.name))));
            let mut message = d.message.clone();
            if let Some(help) = &d.help {
                message += &format!(" (help: {help})");
            }
            writeln!(out, "::{command} {}::{}", properties.join(","), data(&message))?;
        }
    }
    for problem in &run.unreadable {
        let file = problem.path.as_deref().map(|p| format!(" file={}", property(&paths::for_ci(p, &run.cwd))));
        let message = format!("cannot read {}: {}", problem.name, problem.error);
        writeln!(out, "::error{}::{}", file.unwrap_or_default(), data(&message))?;
    }
    writeln!(out, "linkwa: {}", super::summary(&run.totals))
}

/// A command's message: `%`, CR and LF escaped as the runner expects, other control characters
/// (ESC, BEL, NUL, …) as [`printable`] writes them.
fn data(text: &str) -> String {
    printable(&text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")).into_owned()
}

/// A command's property value: as [`data`], and `:` and `,` too.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_as_the_runner_expects() {
        assert_eq!(super::data("100% done\r\nnext: a, b"), "100%25 done%0D%0Anext: a, b");
        assert_eq!(super::property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        assert_eq!(super::data("a\u{1b}[2Jb\u{7}\u{0}"), "a\\u{1b}[2Jb\\u{7}\\u{0}");
    }
}
