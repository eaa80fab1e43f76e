//! `linkwa explain CODE|NAME`: a rule's documentation, with its failing and fixed examples; or,
//! for a number, what a gateway result code (or a Meta error code the gateway resends) means.

use crate::examples::{self, Example};
use crate::suggest;
use linkwa::inbound::{CodeInfo, ResultCode, Table, resent_meta_error};
use linkwa::rules::registry::{self, Rule};
use std::io::{self, Write};

/// Lines and characters per line shown of an example; the rest is elided.
const MAX_LINES: usize = 40;
const MAX_COLUMNS: usize = 120;

/// Prints the rule's documentation, or what the result code means when `query` is a number; 2
/// (with a did-you-mean on standard error) when no rule has that code or name, or no document that
/// number.
pub fn explain(query: &str, out: &mut impl Write) -> io::Result<u8> {
    if let Ok(number) = query.trim().parse::<i64>() {
        return result_code(number, out);
    }
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
    match crate::rules::fix_sentence(rule) {
        Some(how) => writeln!(out, "Fix: {how}")?,
        None => writeln!(out, "Fix: none")?,
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

/// Prints what the documents say about a gateway result code and what it means for the sender,
/// or about a Meta error code the gateway resends on.
fn result_code(number: i64, out: &mut impl Write) -> io::Result<u8> {
    if let Some(info) = ResultCode(number).info() {
        write_code(info, out)?;
        return Ok(0);
    }
    if let Some(meta) = u32::try_from(number).ok().and_then(resent_meta_error) {
        writeln!(out, "Meta error {} {} (resent by the LINK gateway)", meta.code, meta.title)?;
        writeln!(out, "\n  {}", meta.description)?;
        writeln!(
            out,
            "\nThe gateway resubmits a message that fails with this error every 60 seconds, at most 15 times, \
             before it sends the status notification (112403 or 112406, with the error in resultDescription)."
        )?;
        writeln!(
            out,
            "Resend: wait at least 15 minutes for the notification before submitting the same message again."
        )?;
        writeln!(out, "\nSource: LINK WhatsApp Message API 1.6.1, Resending")?;
        return Ok(0);
    }
    eprintln!(
        "linkwa: {number} is not a result code of the LINK documents (1120xx, 1124xx, 1125xx, 12409) \
         nor a Meta error code the gateway resends"
    );
    Ok(2)
}

fn write_code(info: &CodeInfo, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "{} {} (LINK gateway result code)", info.code, info.description)?;
    writeln!(out, "\n  {}", info.explained)?;
    if matches!(info.code, 12409 | 112409) {
        writeln!(
            out,
            "\n  1.6 and 1.6.1 print 12409, every other code has six digits: most likely a misprint of 112409. \
             Handle both."
        )?;
    }
    let tables: Vec<&str> = info.tables.iter().map(|t| table(*t)).collect();
    writeln!(out, "\nListed in: {}", tables.join("; "))?;
    if let Some((description, explained)) = info.legacy {
        writeln!(out, "  1.4.2 wording: {description} {explained}")?;
    }
    let settled = if info.is_final { "final" } else { "not final: more notifications follow" };
    writeln!(out, "Outcome: {} ({settled})", info.outcome.as_str())?;
    writeln!(out, "Resend: {}", info.resend.advice())?;
    writeln!(out, "\nSource: LINK WhatsApp Message API 1.6.1 (1.6, 1.4.2), result code tables")
}

fn table(table: Table) -> &'static str {
    match table {
        Table::MessageResponse => "MessageResponse (1.6, 1.6.1)",
        Table::ErrorResponse => "ErrorResponse (1.6, 1.6.1; 112505 and 112506 from 1.6.1)",
        Table::StatusNotification => "message status notifications (1.6, 1.6.1)",
        Table::Legacy => "response codes (1.4.2)",
    }
}
