//! `ResultCode` against the documents' result-code tables, transcribed in
//! `tests/data/result-codes.tsv`: every code of every table is known, with the documented
//! description, the table it is listed in, and the outcome, finality and resend advice the table
//! says; no code is known that no table lists (but for 112409, the presumed spelling of 12409).

use linkwa::inbound::{CODES, CodeInfo, ResultCode, Table};
use serde_json::Value;

struct Row<'a> {
    document: &'a str,
    table: &'a str,
    code: i64,
    description: &'a str,
    explained: &'a str,
    outcome: &'a str,
    is_final: bool,
    resend: &'a str,
}

fn rows(text: &str) -> Vec<Row<'_>> {
    let mut lines = text.lines().filter(|l| !l.starts_with('#'));
    assert_eq!(lines.next(), Some("document\ttable\tcode\tdescription\texplained\toutcome\tfinal\tresend"));
    lines
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 8, "{line}");
            Row {
                document: f[0],
                table: f[1],
                code: f[2].parse().unwrap(),
                description: f[3],
                explained: f[4],
                outcome: f[5],
                is_final: f[6] == "yes",
                resend: f[7],
            }
        })
        .collect()
}

/// A value as serialized (the kebab-case name).
fn name(value: impl serde::Serialize) -> String {
    match serde_json::to_value(value).unwrap() {
        Value::String(s) => s,
        other => panic!("{other}"),
    }
}

/// The printed text with typographic apostrophes made plain, as linkwa writes them.
fn plain(text: &str) -> String {
    text.replace('\u{2019}', "'")
}

#[test]
fn every_documented_code_maps_to_its_description_outcome_finality_and_resend_advice() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/result-codes.tsv")).unwrap();
    let rows = rows(&text);
    assert_eq!(rows.len(), 18 + 16 + 14, "1.6.1, 1.6, 1.4.2");
    for row in &rows {
        let at = format!("{} {} {}", row.document, row.table, row.code);
        let info: &CodeInfo = ResultCode(row.code).info().unwrap_or_else(|| panic!("{at}: unknown"));
        assert!(info.tables.iter().any(|t| name(t) == row.table), "{at}: not in {:?}", info.tables);
        let (description, explained) = match (row.document, info.legacy) {
            ("1.4.2", Some(legacy)) => legacy,
            _ => (info.description, info.explained),
        };
        assert_eq!(description, row.description, "{at}");
        // The explanation of the newest document, and of 1.4.2 (1.6 differs from 1.6.1 only by
        // the extraction's typos, "occured" and "recipients").
        if row.document != "1.6" {
            assert_eq!(explained, plain(row.explained), "{at}");
        }
        assert_eq!(name(info.outcome), row.outcome, "{at}");
        assert_eq!(info.is_final, row.is_final, "{at}");
        assert_eq!(name(info.resend), row.resend, "{at}");
    }
    for info in CODES {
        let listed: Vec<&Row> = rows.iter().filter(|r| r.code == info.code).collect();
        if info.code == 112409 {
            let redis = ResultCode(12409).info().unwrap();
            assert_eq!(
                (info.description, info.outcome, info.is_final, info.resend),
                (redis.description, redis.outcome, redis.is_final, redis.resend)
            );
            continue;
        }
        assert!(!listed.is_empty(), "{} is in no table", info.code);
        for table in info.tables {
            assert!(listed.iter().any(|r| r.table == name(table)), "{} is not in {table:?}", info.code);
        }
    }
}

#[test]
fn unknown_codes_are_kept() {
    let code: ResultCode = serde_json::from_str("999999").unwrap();
    assert_eq!(code, ResultCode(999999));
    assert_eq!(code.info(), None);
    assert_eq!(code.outcome(), None);
    assert_eq!(serde_json::to_string(&code).unwrap(), "999999");
    assert_eq!(ResultCode::DELIVERED.info().map(|i| i.tables), Some(&[Table::StatusNotification, Table::Legacy][..]));
}
