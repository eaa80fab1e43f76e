//! `--format sarif`: one SARIF 2.1.0 log with one run, for GitHub code scanning and other SARIF
//! viewers.
//!
//! - `tool.driver.rules`: the rules the results refer to, sorted by code, each with its id (the
//!   code), name, summary, why and source, and default level.
//! - One result per diagnostic: `ruleId`, `ruleIndex`, `level` (`info` is `note`), the message
//!   (and help), the file as a URI relative to the working directory (`%SRCROOT%`) with line and
//!   column (`columnKind` is `unicodeCodePoints`, as linkwa counts) and the byte range of the
//!   value or member name (`byteOffset`/`byteLength`, and `charOffset`/`charLength` in code
//!   points), and the JSON Pointer as a logical location and as the property `jsonPointer`.
//! - A diagnostic with a fix has `fixes`: one fix (its description) with one artifact change of
//!   the file, whose replacements give each edit's deleted region as `byteOffset`/`byteLength`
//!   (linkwa's edits are UTF-8 byte ranges) and as `charOffset`/`charLength` (in Unicode code
//!   points, the run's `columnKind`), and the inserted text.
//! - Diagnostics suppressed by `linkwa.toml` are results with an `external` suppression.
//! - `invocations`: whether every file could be read (unreadable ones are notifications) and the
//!   `[rules]` severities in effect.

use crate::config::Level;
use crate::lint::{Linted, Run};
use crate::paths;
use linkwa::rules::registry::{self, Rule};
use linkwa::{Diagnostic, Severity, Unit};
use serde_json::{Value, json};
use serde_sarif::sarif as s;
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

/// Where the SARIF log says to learn about the tool.
const INFORMATION_URI: &str = "https://crates.io/crates/linkwa";

/// The schema the log names (SchemaStore's copy of the OASIS SARIF 2.1.0 schema, as GitHub documents).
const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub fn render(run: &Run, out: &mut impl Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &log(run))?;
    writeln!(out)
}

fn log(run: &Run) -> s::Sarif {
    let mut codes: Vec<&'static str> =
        run.files.iter().flat_map(|f| f.findings.iter().map(|f| f.diagnostic.code)).collect();
    codes.sort_unstable();
    codes.dedup();
    let rules: Vec<&Rule> = codes.iter().filter_map(|c| registry::find(c)).collect();
    let mut results = Vec::new();
    for file in &run.files {
        let chars = Chars::of(file);
        for finding in &file.findings {
            let index = codes.binary_search(&finding.diagnostic.code).ok();
            results.push(result(run, file, &chars, &finding.diagnostic, index, finding.suppression.as_deref()));
        }
    }
    let driver = s::ToolComponent::builder()
        .name("linkwa")
        .version(env!("CARGO_PKG_VERSION"))
        .semantic_version(env!("CARGO_PKG_VERSION"))
        .information_uri(INFORMATION_URI)
        .rules(rules.iter().map(|r| descriptor(r)).collect::<Vec<_>>())
        .build();
    let sarif_run = s::Run::builder()
        .tool(s::Tool::builder().driver(driver).build())
        .column_kind(json!("unicodeCodePoints"))
        .invocations(vec![invocation(run, &codes)])
        .results(results)
        .build();
    s::Sarif::builder().schema(SCHEMA_URI).version(json!("2.1.0")).runs(vec![sarif_run]).build()
}

fn text(text: impl Into<String>) -> s::MultiformatMessageString {
    s::MultiformatMessageString::builder().text(text).build()
}

fn message(text: impl Into<String>) -> s::Message {
    s::Message::builder().text(text).build()
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn properties(pairs: impl IntoIterator<Item = (&'static str, Value)>) -> s::PropertyBag {
    let additional: BTreeMap<String, Value> = pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    s::PropertyBag::builder().additional_properties(additional).build()
}

fn descriptor(rule: &Rule) -> s::ReportingDescriptor {
    s::ReportingDescriptor::builder()
        .id(rule.code)
        .name(rule.name)
        .short_description(text(rule.summary))
        .full_description(text(rule.why))
        .help(text(format!("{}\n\n{}\n\nSource: {}", rule.summary, rule.why, rule.source)))
        .default_configuration(s::ReportingConfiguration::builder().level(json!(level(rule.severity))).build())
        .properties(properties(
            std::iter::once(("source", json!(rule.source)))
                .chain(rule.meta_error.map(|code| ("metaError", json!(code)))),
        ))
        .build()
}

fn artifact(run: &Run, file: &Linted) -> s::ArtifactLocation {
    match &file.path {
        Some(path) => {
            let mut location = s::ArtifactLocation::builder().uri(paths::uri(path, &run.cwd)).build();
            let relative = location.uri.as_deref().is_some_and(|uri| !uri.starts_with("file:"));
            location.uri_base_id = relative.then(|| "%SRCROOT%".to_owned());
            location
        }
        None => s::ArtifactLocation::builder().description(message("standard input")).build(),
    }
}

/// The offsets in code points of a file's byte offsets (of its diagnostics and their edits), all
/// found in one pass over the file.
struct Chars(HashMap<usize, usize>);

impl Chars {
    fn of(file: &Linted) -> Self {
        let text = std::str::from_utf8(&file.bytes).unwrap_or_default();
        let mut offsets = Vec::new();
        for d in file.findings.iter().map(|f| &f.diagnostic) {
            offsets.extend(d.start.into_iter().chain(d.end));
            offsets.extend(d.fix.iter().flat_map(|f| &f.edits).flat_map(|e| [e.start, e.end]));
        }
        let chars = linkwa::diagnostic::text::offsets_in(text, &offsets, Unit::Chars);
        Chars(offsets.into_iter().zip(chars).collect())
    }

    fn at(&self, offset: usize) -> i64 {
        self.0.get(&offset).copied().unwrap_or_default() as i64
    }
}

/// `region` with the bytes `start..end`, also in code points.
fn with_offsets(mut region: s::Region, chars: &Chars, start: usize, end: usize) -> s::Region {
    region.byte_offset = Some(start as i64);
    region.byte_length = Some(end.saturating_sub(start) as i64);
    region.char_offset = Some(chars.at(start));
    region.char_length = Some(chars.at(end) - chars.at(start));
    region
}

fn result(
    run: &Run,
    file: &Linted,
    chars: &Chars,
    d: &Diagnostic,
    index: Option<usize>,
    suppression: Option<&str>,
) -> s::Result {
    let mut physical = s::PhysicalLocation::builder().artifact_location(artifact(run, file)).build();
    if let (Some(line), Some(column)) = (d.line, d.column) {
        let region = s::Region::builder().start_line(i64::from(line)).start_column(i64::from(column)).build();
        physical.region = Some(match (d.start, d.end) {
            (Some(start), Some(end)) => with_offsets(region, chars, start, end),
            _ => region,
        });
    }
    let pointer = d.path.to_string();
    let logical = s::LogicalLocation::builder().fully_qualified_name(pointer.clone()).kind("value").build();
    let location = s::Location::builder().physical_location(physical).logical_locations(vec![logical]).build();
    let mut text = d.message.clone();
    if let Some(help) = &d.help {
        text += &format!(" (help: {help})");
    }
    let mut result = s::Result::builder()
        .rule_id(d.code)
        .level(match d.severity {
            Severity::Error => s::ResultLevel::Error,
            Severity::Warning => s::ResultLevel::Warning,
            Severity::Info => s::ResultLevel::Note,
        })
        .message(message(text))
        .locations(vec![location])
        .properties(properties([("jsonPointer", json!(pointer)), ("name", json!(d.name))]))
        .build();
    result.rule_index = index.map(|i| i as i64);
    result.fixes = d.fix.as_ref().map(|fix| vec![sarif_fix(run, file, chars, fix)]);
    result.suppressions =
        suppression.map(|why| vec![s::Suppression::builder().kind(json!("external")).justification(why).build()]);
    result
}

/// A linkwa fix as a SARIF `fix`: one artifact change of the file, one replacement per edit.
fn sarif_fix(run: &Run, file: &Linted, chars: &Chars, fix: &linkwa::Fix) -> s::Fix {
    let replacements: Vec<s::Replacement> = fix
        .edits
        .iter()
        .map(|e| {
            let region = with_offsets(s::Region::builder().build(), chars, e.start, e.end);
            let content = s::ArtifactContent::builder().text(e.replacement.clone()).build();
            s::Replacement::builder().deleted_region(region).inserted_content(content).build()
        })
        .collect();
    let change = s::ArtifactChange::builder().artifact_location(artifact(run, file)).replacements(replacements).build();
    s::Fix::builder().description(message(fix.description.clone())).artifact_changes(vec![change]).build()
}

fn invocation(run: &Run, codes: &[&str]) -> s::Invocation {
    let notifications: Vec<s::Notification> = run
        .unreadable
        .iter()
        .map(|problem| {
            let mut notification = s::Notification::builder()
                .level(json!("error"))
                .message(message(format!("cannot read {}: {}", problem.name, problem.error)))
                .build();
            notification.locations = problem.path.as_deref().map(|path| {
                let artifact = s::ArtifactLocation::builder().uri(paths::uri(path, &run.cwd)).build();
                let physical = s::PhysicalLocation::builder().artifact_location(artifact).build();
                vec![s::Location::builder().physical_location(physical).build()]
            });
            notification
        })
        .collect();
    let overrides: Vec<s::ConfigurationOverride> = run
        .levels
        .iter()
        .map(|&(code, level)| {
            let mut descriptor = s::ReportingDescriptorReference::builder().id(code).build();
            descriptor.index = codes.binary_search(&code).ok().map(|i| i as i64);
            let configuration = match level {
                Level::Off => s::ReportingConfiguration::builder().enabled(false).build(),
                Level::On(severity) => s::ReportingConfiguration::builder().level(json!(self::level(severity))).build(),
            };
            s::ConfigurationOverride::builder().descriptor(descriptor).configuration(configuration).build()
        })
        .collect();
    let mut invocation = s::Invocation::builder().execution_successful(run.unreadable.is_empty()).build();
    invocation.tool_execution_notifications = (!notifications.is_empty()).then_some(notifications);
    invocation.rule_configuration_overrides = (!overrides.is_empty()).then_some(overrides);
    invocation
}
