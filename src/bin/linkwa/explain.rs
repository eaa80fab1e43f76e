//! `linkwa explain CODE|NAME`: a rule's documentation, with its failing and fixed examples.

use crate::examples::{self, Example};
use crate::suggest;
use linkwa::rules::registry::{self, Rule};
use std::io::{self, Write};

/// Lines and characters per line shown of an example; the rest is elided.
const MAX_LINES: usize = 40;
const MAX_COLUMNS: usize = 120;

/// Prints the rule's documentation; 2 (with a did-you-mean on standard error) when no rule has
/// that code or name.
pub fn explain(query: &str, out: &mut impl Write) -> io::Result<u8> {
    let Some(rule) = registry::find(query) else {
        let hint = suggest::rule(query).map(|s| format!("; did you mean `{s}`?")).unwrap_or_default();
        eprintln!("linkwa: no rule has the code or name `{query}`{hint} (`linkwa rules` lists them)");
        return Ok(2);
    };
    write(rule, out)?;
    Ok(0)
}

fn write(rule: &Rule, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "{} {} ({})", rule.code, rule.name, rule.severity)?;
    writeln!(out, "\nWhat it checks\n  {}", rule.summary)?;
    writeln!(out, "\nWhy\n  {}", rule.why)?;
    let failing = examples::failing(rule.name);
    if failing.is_empty() && rule.code.starts_with("LW59") {
        writeln!(out, "\nExample\n  reported by `linkwa to-meta` when it translates a request, not by `linkwa lint`")?;
    } else if failing.is_empty() {
        writeln!(out, "\nFailing example\n  none yet")?;
    }
    for example in &failing {
        writeln!(out, "\nFailing example: {}", example.path)?;
        show(rule, example, out)?;
        match examples::fixed(example) {
            Some(fixed) => {
                writeln!(out, "\nFixed example: {}", fixed.path)?;
                show(rule, &fixed, out)?;
            }
            None => writeln!(out, "\nFixed example\n  no fixed example yet")?,
        }
    }
    writeln!(out, "\nSource: {}", rule.source)?;
    if let Some(code) = rule.meta_error {
        writeln!(out, "Meta error: {code}")?;
    }
    writeln!(out, "Default severity: {} (since linkwa {})", rule.severity, rule.since)
}

/// The example's text (elided past [`MAX_LINES`] and [`MAX_COLUMNS`]) and what linkwa reports
/// on it for this rule.
fn show(rule: &Rule, example: &Example, out: &mut impl Write) -> io::Result<()> {
    let text = String::from_utf8_lossy(example.bytes);
    let lines: Vec<&str> = text.lines().collect();
    for line in lines.iter().take(MAX_LINES) {
        let count = line.chars().count();
        if count > MAX_COLUMNS {
            let shown: String = line.chars().take(MAX_COLUMNS).collect();
            writeln!(out, "  | {shown}… ({} more characters)", count - MAX_COLUMNS)?;
        } else {
            writeln!(out, "  | {line}")?;
        }
    }
    if lines.len() > MAX_LINES {
        writeln!(out, "  | … ({} more lines)", lines.len() - MAX_LINES)?;
    }
    let report = linkwa::lint_bytes_with(example.bytes, &examples::options(example));
    let (this, others): (Vec<_>, Vec<_>) = report.diagnostics.iter().partition(|d| d.code == rule.code);
    if report.diagnostics.is_empty() {
        return writeln!(out, "  linkwa reports nothing");
    }
    writeln!(out, "  linkwa reports:")?;
    for d in this {
        let at = match (d.line, d.column) {
            (Some(l), Some(c)) => format!("{l}:{c}: "),
            _ => String::new(),
        };
        let path = if d.path.segments().is_empty() { String::new() } else { format!(" {}", d.path) };
        let help = d.help.as_ref().map(|h| format!(" (help: {h})")).unwrap_or_default();
        writeln!(out, "  {at}{}[{} {}]{path}: {}{help}", d.severity, d.code, d.name, d.message)?;
    }
    match others.len() {
        0 => Ok(()),
        1 => writeln!(out, "  (and 1 diagnostic of another rule)"),
        n => writeln!(out, "  (and {n} diagnostics of other rules)"),
    }
}
