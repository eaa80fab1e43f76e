//! `--format json`: one JSON array of every diagnostic (README, "Architecture"), each with its
//! `file`. A diagnostic suppressed by `linkwa.toml` also has `"suppressed": true` (it does not
//! count towards the exit status); the others have exactly the contract's fields.

use crate::lint::Run;
use linkwa::Diagnostic;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct FileDiagnostic<'a> {
    file: &'a str,
    #[serde(flatten)]
    diagnostic: &'a Diagnostic,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    suppressed: bool,
}

pub fn render(run: &Run, out: &mut impl Write) -> io::Result<()> {
    let all: Vec<FileDiagnostic<'_>> = run
        .files
        .iter()
        .flat_map(|l| {
            l.findings.iter().map(|f| FileDiagnostic {
                file: &l.name,
                diagnostic: &f.diagnostic,
                suppressed: f.suppression.is_some(),
            })
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &all)?;
    writeln!(out)
}
