//! `linkwa rules`: every rule as a table, as JSON, or as the Markdown rules reference
//! (`docs/rules.md`).

use crate::examples;
use clap::ValueEnum;
use linkwa::Applicability;
use linkwa::rules::registry::{self, Rule};
use std::io::{self, Write};

/// How `linkwa rules` prints the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// One line per rule: code, severity, name, summary.
    Human,
    /// One JSON array of rules.
    Json,
    /// The rules reference, `docs/rules.md`.
    Markdown,
}

pub fn render(format: RulesFormat, out: &mut impl Write) -> io::Result<()> {
    let all = registry::all();
    match format {
        RulesFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, all)?;
            writeln!(out)
        }
        RulesFormat::Human => {
            let width = all.iter().map(|r| r.name.len()).max().unwrap_or(0);
            for r in all {
                let fix = fix_word(r).unwrap_or_default();
                writeln!(out, "{}  {:<7}  {:<width$}  {fix:<6}  {}", r.code, r.severity.as_str(), r.name, r.summary)?;
            }
            let fixing = all.iter().filter(|r| r.fix.is_some()).count();
            writeln!(out, "{} rules; {fixing} can fix (safe: `lint --fix`, unsafe: `lint --unsafe-fixes`)", all.len())
        }
        RulesFormat::Markdown => markdown(all, out),
    }
}

/// `safe` or `unsafe` for a rule that proposes fixes (see [`Rule::fix`]).
pub fn fix_word(rule: &Rule) -> Option<&'static str> {
    rule.fix.map(|a| match a {
        Applicability::Safe => "safe",
        Applicability::Unsafe => "unsafe",
    })
}

/// How a rule fixes, in words, for the reference and `linkwa explain`.
pub fn fix_sentence(rule: &Rule) -> Option<&'static str> {
    rule.fix.map(|a| match a {
        Applicability::Safe => "safe, where the right edit is certain (`linkwa lint --fix` applies it)",
        Applicability::Unsafe => "unsafe, a likely intent to confirm (`linkwa lint --unsafe-fixes` applies it)",
    })
}

/// The families, by the hundreds digit of the code.
const FAMILIES: [(char, &str); 8] = [
    ('0', "JSON and structure"),
    ('1', "Envelope"),
    ('2', "Text, media, location and contacts"),
    ('3', "Templates"),
    ('4', "Interactive messages"),
    ('5', "Cloud API only"),
    ('6', "Inbound: responses, status notifications, incoming messages"),
    ('7', "Template definitions"),
];

/// GitHub's anchor for a heading: lowercase, spaces to `-`, other punctuation dropped.
fn anchor(heading: &str) -> String {
    heading
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn markdown(all: &[&Rule], out: &mut impl Write) -> io::Result<()> {
    let families: Vec<(char, &str, Vec<&Rule>)> = FAMILIES
        .iter()
        .map(|&(digit, title)| {
            (digit, title, all.iter().copied().filter(|r| r.code.chars().nth(2) == Some(digit)).collect::<Vec<_>>())
        })
        .filter(|(_, _, rules)| !rules.is_empty())
        .collect();
    writeln!(out, "# Rules reference\n")?;
    writeln!(
        out,
        "<!-- Generated from the rule registry by `cargo run -- rules --format markdown > docs/rules.md`. \
         Do not edit: `cargo test` fails when this file is out of date. -->\n"
    )?;
    writeln!(
        out,
        "linkwa has {} rules. Each has a stable code (`LW` + 3 digits, never reused), a kebab-case name, a \
         default severity and the document that states the constraint. **error**: the send will be rejected; \
         **warning**: accepted but likely wrong; **info**: accepted, non-canonical spelling. Severities can \
         be changed, and rules turned off, in `linkwa.toml` (see the README). `linkwa explain CODE` shows a \
         rule with its failing and fixed examples. **Fix**: the rule proposes fixes where the right edit is \
         certain or nearly so; *safe* ones keep the payload's meaning and `linkwa lint --fix` applies them, \
         *unsafe* ones are a likely intent to confirm (all or some of the rule's fixes) and need \
         `--unsafe-fixes`.\n",
        all.len()
    )?;
    writeln!(
        out,
        "**Editions.** LINK payloads follow the LINK WhatsApp Message API documents (1.4.2, 1.6, 1.6.1). \
         Cloud API payloads follow Meta's WhatsApp Cloud API documentation as of December 2025 (Meta's \
         pages as copied that month, and Meta's OpenAPI description v23.0); where it differs from the \
         Service4U documents of Graph v15–v17, the rule's text says so.\n"
    )?;
    writeln!(out, "| Family | Codes | Rules |\n|---|---|---|")?;
    for (digit, title, rules) in &families {
        let heading = format!("LW{digit}xx: {title}");
        writeln!(out, "| [{title}](#{}) | LW{digit}xx | {} |", anchor(&heading), rules.len())?;
    }
    for (digit, title, rules) in &families {
        writeln!(out, "\n## LW{digit}xx: {title}\n")?;
        writeln!(out, "| Code | Name | Severity | Fix | Summary |\n|---|---|---|---|---|")?;
        for r in rules {
            let heading = format!("{} {}", r.code, r.name);
            writeln!(
                out,
                "| [{}](#{}) | `{}` | {} | {} | {} |",
                r.code,
                anchor(&heading),
                r.name,
                r.severity,
                fix_word(r).unwrap_or(""),
                cell(r.summary)
            )?;
        }
        for r in rules {
            writeln!(out, "\n### {} {}\n", r.code, r.name)?;
            writeln!(out, "**{}**. {}\n", r.severity, r.summary)?;
            writeln!(out, "{}\n", r.why)?;
            writeln!(out, "- Source: {}", r.source)?;
            if let Some(code) = r.meta_error {
                writeln!(out, "- Meta error: {code}")?;
            }
            if let Some(how) = fix_sentence(r) {
                writeln!(out, "- Fix: {how}")?;
            }
            for example in examples::failing(r.name) {
                writeln!(out, "- Failing example: [`{0}`](../{0})", example.path)?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn anchors_follow_github() {
        assert_eq!(super::anchor("LW4xx: Interactive messages"), "lw4xx-interactive-messages");
        assert_eq!(super::anchor("LW412 reply-title-too-long"), "lw412-reply-title-too-long");
    }
}
