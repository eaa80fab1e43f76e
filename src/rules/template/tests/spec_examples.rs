//! The documents' own template examples (fixtures/spec-examples): the valid ones raise no error,
//! the broken ones are flagged precisely.

use crate::{Report, Severity};

fn lint(file: &str) -> Report {
    let path = format!("{}/fixtures/spec-examples/{file}", env!("CARGO_MANIFEST_DIR"));
    crate::lint_str(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")))
}

fn errors(report: &Report) -> Vec<String> {
    report.diagnostics.iter().filter(|d| d.severity == Severity::Error).map(ToString::to_string).collect()
}

#[test]
fn expectations_hold_for_template_examples() {
    let tsv =
        std::fs::read_to_string(format!("{}/fixtures/spec-examples/EXPECTATIONS.tsv", env!("CARGO_MANIFEST_DIR")))
            .expect("EXPECTATIONS.tsv");
    let mut checked = 0;
    for line in tsv.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (file, expect) = (cols[0], cols[2]);
        if !(file.contains("template") || file.ends_with("/messagerequest.json")) || expect == "skipped" {
            continue;
        }
        let errors = errors(&lint(file));
        match expect {
            "valid" => assert!(errors.is_empty(), "{file} should have no error: {errors:#?}"),
            _ => assert!(!errors.is_empty(), "{file} should have an error"),
        }
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} examples checked");
}

#[test]
fn templat_gets_did_you_mean_parameters() {
    for file in ["link-1.6.1/messagerequest.json", "link-1.6/messagerequest.json"] {
        let report = lint(file);
        let d = report.diagnostics.iter().find(|d| d.code == "LW005").expect("unknown member");
        assert_eq!(d.path.to_string(), "/messages/0/template/components/0/Templat");
        assert_eq!(d.help.as_deref(), Some("did you mean `parameters`?"));
    }
}

#[test]
fn catalog_placeholders_are_flagged() {
    let report = lint("link-1.6.1/catalog-template.json");
    let codes: Vec<(&str, String)> = report.diagnostics.iter().map(|d| (d.code, d.path.to_string())).collect();
    assert!(codes.contains(&("LW308", "/template/components/0/parameters/0/type".into())), "{codes:?}");
    assert!(codes.contains(&("LW303", "/template/language/code".into())), "{codes:?}");
}

#[test]
fn carousel_example_url_button_with_payload_is_a_warning() {
    let report = lint("link-1.6.1/carousel-template.json");
    let d = report.diagnostics.iter().find(|d| d.code == "LW314").expect("LW314");
    assert_eq!(d.path.to_string(), "/template/components/1/cards/0/components/3/parameters/0/type");
}

#[test]
fn lto_and_coupon_examples_use_a_long_placeholder_code() {
    for file in ["link-1.6.1/lto-template.json", "link-1.6.1/coupon-code-template.json"] {
        assert!(lint(file).diagnostics.iter().any(|d| d.code == "LW332"), "{file}");
    }
}

#[test]
fn legacy_namespace_is_flagged() {
    let report = lint("link-1.4.2/messagerequest.json");
    assert!(report.diagnostics.iter().any(|d| d.code == "LW300"));
}
