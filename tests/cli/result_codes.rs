//! `linkwa explain` with a number: what a gateway result code means for the sender, or a Meta
//! error code the gateway resends; any other number exits 2.

use linkwa::inbound::{CODES, RESENT_META_ERRORS};
use std::process::{Command, Output};

fn explain(query: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_linkwa")).args(["explain", query]).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn a_result_code_says_its_description_outcome_and_resend_advice() {
    let o = explain("112403");
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.starts_with("112403 Not delivered. (LINK gateway result code)\n"), "{out}");
    assert!(
        out.contains("\n  The message was not delivered. See resultDescription for additional information.\n"),
        "{out}"
    );
    assert!(out.contains("\nOutcome: failed (final)\n"), "{out}");
    assert!(out.contains("\nResend: it depends on Meta's error code"), "{out}");
    assert!(out.contains("1.4.2 wording: Not delivered. The message was not delivered.\n"), "{out}");
    assert!(stdout(&explain("112002")).contains("\nOutcome: sent (not final: more notifications follow)\n"));
    assert!(stdout(&explain("12409")).contains("misprint of 112409"));
}

#[test]
fn every_documented_code_and_resent_meta_error_is_explained() {
    for info in CODES {
        let o = explain(&info.code.to_string());
        assert_eq!(o.status.code(), Some(0), "{}", info.code);
        assert!(stdout(&o).starts_with(&format!("{} {} ", info.code, info.description)));
    }
    for meta in RESENT_META_ERRORS {
        let out = stdout(&explain(&meta.code.to_string()));
        assert!(out.starts_with(&format!("Meta error {} {} (resent by the LINK gateway)\n", meta.code, meta.title)));
        assert!(out.contains("wait at least 15 minutes"), "{out}");
    }
}

#[test]
fn an_undocumented_number_exits_2() {
    let o = explain("112999");
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert!(String::from_utf8_lossy(&o.stderr).contains("112999 is not a result code of the LINK documents"));
}
