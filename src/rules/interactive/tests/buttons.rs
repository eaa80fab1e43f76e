//! Reply button messages.

use super::*;
use crate::rules::testing::*;
use serde_json::json;

fn reply(id: &str, title: &str) -> serde_json::Value {
    json!({"type": "reply", "reply": {"id": id, "title": title}})
}

#[test]
fn one_to_three_buttons() {
    let d = assert_reports(&set(BUTTON, "/interactive/action/buttons/3", reply("four", "Four")), "LW435");
    assert_eq!(d[0].path.to_string(), "/interactive/action/buttons");
    assert_eq!(d[0].message, "`buttons` has 4 items; the limit is 3");
    assert_reports(&set(BUTTON, "/interactive/action/buttons", json!([])), "LW435");
    assert_not_reported(BUTTON, "LW435");
}

#[test]
fn buttons_are_replies() {
    let d = assert_reports(&set(BUTTON, "/interactive/action/buttons/1/type", json!("url")), "LW436");
    assert_eq!(d[0].path.to_string(), "/interactive/action/buttons/1/type");
    assert_eq!(d[0].help.as_deref(), Some("use `reply`"));
    assert_not_reported(BUTTON, "LW436");
    let d = assert_reports(&remove(BUTTON, "/interactive/action/buttons/1/reply"), "LW007");
    at(&d, "/interactive/action/buttons/1/reply");
}

#[test]
fn reply_id() {
    let path = "/interactive/action/buttons/0/reply/id";
    let d = assert_reports(&set(BUTTON, path, json!("i".repeat(257))), "LW437");
    assert_eq!(d[0].path.to_string(), path);
    assert_eq!(d[0].message, "reply id is 257 characters; the limit is 256");
    assert_not_reported(&set(BUTTON, path, json!("i".repeat(256))), "LW437");
    let d = assert_reports(&remove(BUTTON, path), "LW007");
    at(&d, path);
}

#[test]
fn reply_ids_are_unique() {
    let d = assert_reports(&set(BUTTON, "/interactive/action/buttons/2/reply/id", json!("deliver-today")), "LW438");
    assert_eq!(d[0].path.to_string(), "/interactive/action/buttons/2/reply/id");
    assert_not_reported(BUTTON, "LW438");
}

#[test]
fn reply_title() {
    let path = "/interactive/action/buttons/0/reply/title";
    let d = assert_reports(&set(BUTTON, path, json!("t".repeat(21))), "LW439");
    assert_eq!(d[0].path.to_string(), path);
    assert_eq!(d[0].message, "reply title is 21 characters; the limit is 20");
    assert_not_reported(&set(BUTTON, path, json!("t".repeat(20))), "LW439");
    // Characters, not bytes: 20 two-byte letters are within the limit.
    assert_not_reported(&set(BUTTON, path, json!("ö".repeat(20))), "LW439");
}

#[test]
fn reply_titles_are_unique() {
    let d = assert_reports(&set(BUTTON, "/interactive/action/buttons/1/reply/title", json!("Yes, today")), "LW440");
    assert_eq!(d[0].path.to_string(), "/interactive/action/buttons/1/reply/title");
    assert_not_reported(BUTTON, "LW440");
}
