//! `linkwa lsp` driven over standard input and output with JSON-RPC, as an editor drives it:
//! initialize (position encoding), didOpen, didChange, publishDiagnostics, codeAction, hover,
//! `linkwa.toml`, a document that makes linkwa panic, shutdown and exit; framing attacks, the cap
//! on published diagnostics, rapid changes and a megabyte on one line (issue 24).

#![cfg(all(feature = "cli", feature = "lsp"))] // the features the `linkwa` binary requires

mod common;

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

/// How long to wait for one message before failing the test (a guard against a hung server,
/// not a measure of speed).
const PATIENCE: Duration = Duration::from_secs(60);

struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    /// Notifications received while waiting for something else.
    pending: Vec<Value>,
    next_id: i64,
}

fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(n) = line.strip_prefix("Content-Length: ") {
            length = n.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl Client {
    /// Starts `linkwa lsp` in `cwd` and initializes it with the given position encodings.
    fn start(cwd: &Path, encodings: &[&str]) -> (Client, Value) {
        Client::start_with(cwd, encodings, &[])
    }

    /// [`Client::start`] with more arguments; standard error is kept (see [`Client::stderr`]).
    fn start_with(cwd: &Path, encodings: &[&str], args: &[&str]) -> (Client, Value) {
        let mut child = Command::new(env!("CARGO_BIN_EXE_linkwa"))
            .arg("lsp")
            .args(args)
            .current_dir(cwd)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let (send, incoming) = channel();
        std::thread::spawn(move || {
            while let Some(message) = read_message(&mut stdout) {
                if send.send(message).is_err() {
                    break;
                }
            }
        });
        let mut client = Client { child, stdin, incoming, pending: Vec::new(), next_id: 1 };
        let capabilities = json!({
            "general": {"positionEncodings": encodings},
            "textDocument": {"publishDiagnostics": {}, "codeAction": {}, "hover": {}}
        });
        let init =
            client.request("initialize", json!({"processId": null, "rootUri": null, "capabilities": capabilities}));
        client.notify("initialized", json!({}));
        (client, init)
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        self.send_raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    }

    /// Writes bytes as they are, framing or not.
    fn send_raw(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).unwrap();
        self.stdin.flush().unwrap();
    }

    /// The next message that is not a diagnostics notification.
    fn next_other(&mut self) -> Value {
        if let Some(i) = self.pending.iter().position(|m| m["method"] != "textDocument/publishDiagnostics") {
            return self.pending.remove(i);
        }
        loop {
            let message = self.incoming.recv_timeout(PATIENCE).expect("no message from linkwa lsp");
            if message["method"] != "textDocument/publishDiagnostics" {
                return message;
            }
            self.pending.push(message);
        }
    }

    /// Closes standard input; the server's exit status, and what it wrote on standard error.
    fn hang_up(self) -> (Option<i32>, String) {
        let Client { mut child, stdin, .. } = self;
        drop(stdin);
        let status = child.wait().unwrap().code();
        let mut stderr = String::new();
        child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
        (status, stderr)
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns its response (`result` or `error`).
    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let message = self.incoming.recv_timeout(PATIENCE).expect("no response from linkwa lsp");
            if message["id"] == id {
                return message;
            }
            self.pending.push(message);
        }
    }

    /// The next `textDocument/publishDiagnostics` for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        if let Some(i) = self.pending.iter().position(|m| is_diagnostics_for(m, uri)) {
            return self.pending.remove(i)["params"]["diagnostics"].as_array().unwrap().clone();
        }
        loop {
            let message = self.incoming.recv_timeout(PATIENCE).expect("no diagnostics from linkwa lsp");
            if is_diagnostics_for(&message, uri) {
                return message["params"]["diagnostics"].as_array().unwrap().clone();
            }
            self.pending.push(message);
        }
    }

    fn open(&mut self, uri: &str, text: &str) -> Vec<Value> {
        let item = json!({"uri": uri, "languageId": "json", "version": 1, "text": text});
        self.notify("textDocument/didOpen", json!({"textDocument": item}));
        self.diagnostics(uri)
    }

    fn change(&mut self, uri: &str, version: i32, text: &str) -> Vec<Value> {
        let params = json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]});
        self.notify("textDocument/didChange", params);
        self.diagnostics(uri)
    }

    /// shutdown, then exit: the server ends with status 0.
    fn finish(mut self) {
        let response = self.request("shutdown", Value::Null);
        assert_eq!(response["result"], Value::Null);
        assert!(response.get("error").is_none());
        self.notify("exit", Value::Null);
        let status = self.child.wait().unwrap();
        assert_eq!(status.code(), Some(0));
    }
}

/// `text` with one LSP text edit applied (an ASCII text: UTF-16 units are bytes).
fn apply(text: &str, edit: &Value) -> String {
    let offset = |p: &Value| {
        let line = p["line"].as_u64().unwrap() as usize;
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        start + p["character"].as_u64().unwrap() as usize
    };
    let (start, end) = (offset(&edit["range"]["start"]), offset(&edit["range"]["end"]));
    format!("{}{}{}", &text[..start], edit["newText"].as_str().unwrap(), &text[end..])
}

fn is_diagnostics_for(message: &Value, uri: &str) -> bool {
    message["method"] == "textDocument/publishDiagnostics" && message["params"]["uri"] == uri
}

fn codes(diagnostics: &[Value]) -> Vec<&str> {
    diagnostics.iter().map(|d| d["code"].as_str().unwrap()).collect()
}

/// A scratch folder (with no `linkwa.toml` above it but the ones a test writes).
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("linkwa-lsp-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn uri_of(path: &Path) -> String {
    format!("file://{}", path.display()).replace(' ', "%20")
}

#[test]
fn diagnostics_change_with_the_text_and_positions_are_utf16_by_default() {
    let dir = scratch("utf16");
    let (mut client, init) = Client::start(&dir, &["utf-16"]);
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(init["result"]["serverInfo"]["name"], "linkwa");
    let uri = uri_of(&dir.join("order.json"));
    // The emoji is two UTF-16 code units, four bytes, one character.
    let text = "{\"type\": \"text\", \"text\": {\"😀\": 1, \"body\": 42}}";
    let diagnostics = client.open(&uri, text);
    let wrong = diagnostics.iter().find(|d| d["code"] == "LW006").expect("LW006 wrong-type");
    assert_eq!(wrong["source"], "linkwa");
    assert_eq!(wrong["severity"], 1);
    assert!(wrong["message"].as_str().unwrap().contains("wrong-type"));
    let start = text.find("42").unwrap() - "😀".len() + 2; // in UTF-16 code units
    assert_eq!(
        wrong["range"],
        json!({"start": {"line": 0, "character": start}, "end": {"line": 0, "character": start + 2}})
    );
    assert!(codes(&diagnostics).contains(&"LW005"), "{diagnostics:?}");

    let fixed = client.change(&uri, 2, "{\"type\": \"text\", \"text\": {\"body\": \"hi\"}}");
    assert!(!codes(&fixed).iter().any(|c| ["LW005", "LW006"].contains(c)), "{fixed:?}");
    let broken = client.change(&uri, 3, "{\"type\": \"text\", \"text\": {\"body\": \"hi\",}}");
    assert_eq!(codes(&broken), ["LW009"]);
    // Windows line ends: the `\r` ends a line's last character run, positions are unchanged.
    let crlf = client.change(&uri, 4, "{\r\n  \"type\": \"text\",\r\n  \"text\": {\"body\": 42}\r\n}\r\n");
    let wrong = crlf.iter().find(|d| d["code"] == "LW006").unwrap();
    assert_eq!(wrong["range"], json!({"start": {"line": 2, "character": 19}, "end": {"line": 2, "character": 21}}));
    // Closing the document clears its diagnostics.
    client.notify("textDocument/didClose", json!({"textDocument": {"uri": uri}}));
    assert_eq!(client.diagnostics(&uri), Vec::<Value>::new());
    client.finish();
}

#[test]
fn utf8_positions_when_the_client_offers_them() {
    let dir = scratch("utf8");
    let (mut client, init) = Client::start(&dir, &["utf-8", "utf-16"]);
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-8");
    let uri = uri_of(&dir.join("order.json"));
    let text = "{\"type\": \"text\", \"text\": {\"😀\": 1, \"body\": 42}}";
    let diagnostics = client.open(&uri, text);
    let wrong = diagnostics.iter().find(|d| d["code"] == "LW006").unwrap();
    assert_eq!(wrong["range"]["start"]["character"], text.find("42").unwrap());
    client.finish();
}

#[test]
fn code_actions_come_from_the_fixes() {
    let dir = scratch("actions");
    let (mut client, _) = Client::start(&dir, &[]);
    let uri = uri_of(&dir.join("greeting.json"));
    let text = std::fs::read_to_string(common::root().join("link/structure/invalid/comment-in-json.json")).unwrap();
    let diagnostics = client.open(&uri, &text);
    let comment = diagnostics.iter().find(|d| d["code"] == "LW010").expect("LW010 comment-in-json").clone();
    let params = json!({
        "textDocument": {"uri": uri},
        "range": comment["range"],
        "context": {"diagnostics": [comment], "only": ["quickfix"]}
    });
    let actions = client.request("textDocument/codeAction", params)["result"].as_array().unwrap().clone();
    let action = actions.iter().find(|a| a["title"] == "remove the comment").expect("a quick fix");
    assert_eq!(action["kind"], "quickfix");
    assert_eq!(action["isPreferred"], true);
    let edits = action["edit"]["changes"][&uri].as_array().unwrap();
    assert_eq!(edits.len(), 1);
    assert_eq!(edits[0]["newText"], "");
    assert_eq!(edits[0]["range"]["start"]["line"], 2);

    // Applying it, as an editor does, leaves a document without that diagnostic.
    let fixed = apply(&text, &edits[0]);
    assert!(!fixed.contains("//"));
    let after = client.change(&uri, 2, &fixed);
    assert!(!codes(&after).contains(&"LW010"), "{after:?}");

    // Fix all: every safe fix of the document in one edit.
    let all = json!({"textDocument": {"uri": uri}, "range": comment["range"], "context": {"diagnostics": [], "only": ["source.fixAll"]}});
    let none = client.request("textDocument/codeAction", all.clone());
    assert_eq!(none["result"], json!([]), "nothing left to fix");
    client.change(&uri, 3, &text);
    let actions = client.request("textDocument/codeAction", all)["result"].as_array().unwrap().clone();
    assert_eq!(actions.len(), 1);
    assert_eq!(actions[0]["kind"], "source.fixAll.linkwa");
    client.finish();
}

#[test]
fn hover_on_a_member_name() {
    let dir = scratch("hover");
    let (mut client, _) = Client::start(&dir, &[]);
    let uri = uri_of(&dir.join("order.json"));
    let text = "{\n  \"type\": \"text\",\n  \"text\": {\"body\": \"hi\"}\n}";
    client.open(&uri, text);
    let at = |line: u32, character: u32| json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}});
    let hover = client.request("textDocument/hover", at(2, 14));
    let value = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(value.contains("`body` in `text`: string, required"), "{value}");
    assert!(value.contains("at most 4096 characters"), "{value}");
    assert!(value.contains("Source: LINK WhatsApp Message API"), "{value}");
    assert_eq!(hover["result"]["contents"]["kind"], "markdown");
    assert_eq!(
        hover["result"]["range"],
        json!({"start": {"line": 2, "character": 11}, "end": {"line": 2, "character": 17}})
    );
    // On a value: nothing.
    assert_eq!(client.request("textDocument/hover", at(2, 22))["result"], Value::Null);
    // A document the server does not have: nothing either, and no error.
    let other = json!({"textDocument": {"uri": "file:///nowhere.json"}, "position": {"line": 0, "character": 0}});
    assert_eq!(client.request("textDocument/hover", other)["result"], Value::Null);
    client.finish();
}

#[test]
fn linkwa_toml_levels_ignores_and_excludes_apply() {
    let dir = scratch("config");
    std::fs::write(
        dir.join("linkwa.toml"),
        "exclude = [\"drafts/**\"]\n[rules]\nLW006 = \"warning\"\nLW005 = \"off\"\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("drafts")).unwrap();
    let (mut client, _) = Client::start(Path::new("/"), &[]);
    let text = "{\"type\": \"text\", \"text\": {\"bdy\": 1, \"body\": 42}}";
    let diagnostics = client.open(&uri_of(&dir.join("order.json")), text);
    assert_eq!(codes(&diagnostics), ["LW006"]);
    assert_eq!(diagnostics[0]["severity"], 2, "LW006 = warning");
    let excluded = client.open(&uri_of(&dir.join("drafts/order.json")), text);
    assert_eq!(excluded, Vec::<Value>::new());
    client.finish();
}

#[test]
fn an_invalid_linkwa_toml_is_shown_once_and_the_defaults_apply() {
    let dir = scratch("bad-config");
    std::fs::write(dir.join("linkwa.toml"), "[rules]\nLW999 = \"off\"\n").unwrap();
    let (mut client, _) = Client::start(&dir, &[]);
    let text = "{\"type\": \"text\", \"text\": {\"body\": 42}}";
    assert!(codes(&client.open(&uri_of(&dir.join("a.json")), text)).contains(&"LW006"));
    assert!(codes(&client.open(&uri_of(&dir.join("b.json")), text)).contains(&"LW006"));
    let shown: Vec<&Value> = client.pending.iter().filter(|m| m["method"] == "window/showMessage").collect();
    assert_eq!(shown.len(), 1, "{shown:?}");
    let message = shown[0]["params"]["message"].as_str().unwrap();
    assert!(message.contains("invalid configuration") && message.contains("LW999"), "{message}");
    client.finish();
}

#[test]
fn sends_are_checked_against_the_templates_linkwa_toml_names() {
    let dir = scratch("templates");
    let family = common::root().join("cloud/definition-match");
    std::fs::create_dir_all(dir.join("templates")).unwrap();
    for file in common::json_files(&family.join("templates")) {
        std::fs::copy(&file, dir.join("templates").join(file.file_name().unwrap())).unwrap();
    }
    let send = std::fs::read_to_string(family.join("invalid/template-button-parameter-missing.json")).unwrap();
    let (mut client, _) = Client::start(&dir, &[]);
    let uri = uri_of(&dir.join("send.json"));
    assert!(!codes(&client.open(&uri, &send)).contains(&"LW760"), "no definitions without configuration");
    client.finish();

    std::fs::write(dir.join("linkwa.toml"), "templates = [\"templates/**\"]\n").unwrap();
    let (mut client, _) = Client::start(&dir, &[]);
    assert!(codes(&client.open(&uri, &send)).contains(&"LW760"), "the send lacks a button parameter");
    client.finish();
}

/// The language server and `linkwa lint` build their session (options, template definitions,
/// levels, suppressions) the same way: a document gets the diagnostics `linkwa lint` counts for
/// its file, at the same places; the suppressed one is not shown.
#[test]
fn the_language_server_shows_what_linkwa_lint_counts() {
    let dir = scratch("same-as-lint");
    let family = common::root().join("cloud/definition-match");
    std::fs::create_dir_all(dir.join("templates")).unwrap();
    for file in common::json_files(&family.join("templates")) {
        std::fs::copy(&file, dir.join("templates").join(file.file_name().unwrap())).unwrap();
    }
    let send = std::fs::read_to_string(family.join("invalid/template-button-parameter-missing.json")).unwrap();
    std::fs::write(dir.join("send.json"), &send).unwrap();
    std::fs::write(
        dir.join("linkwa.toml"),
        "templates = [\"templates/**\"]\nmedia = \"link-only\"\n[rules]\nLW760 = \"warning\"\n\
         [[ignore]]\npath = \"send.json\"\nrules = [\"LW346\"]\n",
    )
    .unwrap();
    let lint = common::linkwa_in(&dir, &["lint", "--format", "json", "send.json"]);
    let report: Value = serde_json::from_slice(&lint.stdout).unwrap();
    let severity = |s: &str| match s {
        "error" => 1,
        "warning" => 2,
        _ => 3,
    };
    let counted: Vec<(String, u64, u64)> = report
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["file"] == "send.json" && d["suppressed"] != true)
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                severity(d["severity"].as_str().unwrap()),
                d["start"].as_u64().unwrap(),
            )
        })
        .collect();
    let codes_counted: Vec<&str> = counted.iter().map(|(code, ..)| code.as_str()).collect();
    assert_eq!(codes_counted, ["LW760", "LW238"], "templates, media and levels apply; LW346 is suppressed");
    let (mut client, _) = Client::start(&dir, &[]);
    let shown = client.open(&uri_of(&dir.join("send.json")), &send);
    client.finish();
    // An ASCII text: UTF-16 positions are byte offsets within their line.
    let offset = |p: &Value| {
        let line = p["line"].as_u64().unwrap() as usize;
        let start: usize = send.split_inclusive('\n').take(line).map(str::len).sum();
        (start + p["character"].as_u64().unwrap() as usize) as u64
    };
    let shown: Vec<(String, u64, u64)> = shown
        .iter()
        .map(|d| {
            (d["code"].as_str().unwrap().to_owned(), d["severity"].as_u64().unwrap(), offset(&d["range"]["start"]))
        })
        .collect();
    assert_eq!(shown, counted);
}

#[test]
fn a_document_that_makes_linkwa_panic_does_not_end_the_server() {
    let dir = scratch("faults");
    let (mut client, _) = Client::start(&dir, &[]);
    let uri = uri_of(&dir.join("boom.json"));
    let diagnostics = client.open(&uri, r#"{"type": "text", "text": {"body": "linkwa:fault-injection:panic"}}"#);
    assert_eq!(codes(&diagnostics), ["LW000"]);
    // Still serving: the next text is linted, and requests with nonsense are answered with errors.
    let after = client.change(&uri, 2, "{\"type\": \"text\", \"text\": {\"body\": 1}}");
    assert!(codes(&after).contains(&"LW006"));
    let bad = client.request("textDocument/hover", json!({"nonsense": true}));
    assert!(bad["error"]["code"].is_i64(), "{bad}");
    let unknown = client.request("workspace/nothing", json!({}));
    assert_eq!(unknown["error"]["code"], -32601);
    // Not JSON at all, and a position past the end: diagnostics, no crash.
    let garbage = client.change(&uri, 3, "\u{0}\u{feff}{{{{");
    assert!(!garbage.is_empty());
    let far = json!({"textDocument": {"uri": uri}, "position": {"line": 99, "character": 99}});
    assert_eq!(client.request("textDocument/hover", far)["result"], Value::Null);
    client.finish();
}

#[test]
fn exit_without_shutdown_is_status_1() {
    let dir = scratch("exit");
    let (mut client, _) = Client::start(&dir, &[]);
    client.notify("exit", Value::Null);
    assert_eq!(client.child.wait().unwrap().code(), Some(1));
}

/// A minified document of about `size` bytes (one line), with wide characters, whose every
/// message has two problems.
fn minified(size: usize) -> String {
    let message = r#"{"type":"text","text":{"body":"😀 é","previewUrl":"yes","colour":1}}"#;
    let messages = vec![message; size / message.len()].join(",");
    format!(r#"{{"source":"+46700000000","destinations":["+46700000001"],"messages":[{messages}]}}"#)
}

/// Issue 24, items 7 and 15: a message larger than `--max-file-size` is skipped unread (the
/// client is told), a body that is not JSON is answered with ParseError, one that is not a
/// message with InvalidRequest; the server goes on and prints nothing of the input.
#[test]
fn framing_attacks_are_answered_and_the_server_goes_on() {
    let dir = scratch("framing");
    let (mut client, _) = Client::start_with(&dir, &[], &["--max-file-size", "4K"]);
    let secret = "+46701239876 secret body";
    let body = secret.repeat(100_000 / secret.len() + 1);
    client.send_raw(format!("Content-Length: 100000\r\n\r\n{}", &body[..100_000]).as_bytes());
    let shown = client.next_other();
    assert_eq!(shown["method"], "window/showMessage", "{shown}");
    assert!(shown["params"]["message"].as_str().unwrap().contains("larger than the limit of 4 KiB"), "{shown}");
    client.send_raw(format!("Content-Length: {}\r\n\r\n{{\"not json {secret}", secret.len() + 11).as_bytes());
    let parse_error = client.next_other();
    assert_eq!(parse_error["error"]["code"], -32700, "{parse_error}");
    assert_eq!(parse_error["id"], Value::Null);
    client.send(json!({"jsonrpc": "2.0", "id": 99, "method": 5, "params": secret}));
    let invalid = client.next_other();
    assert_eq!((invalid["id"].clone(), invalid["error"]["code"].clone()), (json!(99), json!(-32600)), "{invalid}");
    // Still serving.
    let uri = uri_of(&dir.join("order.json"));
    assert!(codes(&client.open(&uri, "{\"type\": \"text\", \"text\": {\"body\": 42}}")).contains(&"LW006"));
    let response = client.request("shutdown", Value::Null);
    assert_eq!(response["result"], Value::Null);
    client.notify("exit", Value::Null);
    let (status, stderr) = client.hang_up();
    assert_eq!(status, Some(0));
    assert!(!stderr.contains("secret") && !stderr.contains("4670"), "{stderr}");
}

/// Issue 24, item 7: a length past `u64` (it panicked, status 101) or of gigabytes (it allocated
/// them at once) does not crash the server; a header it cannot read ends the connection (status
/// 1) with a line on standard error that quotes nothing of the input.
#[test]
fn huge_or_broken_content_lengths_do_not_crash_the_server() {
    let dir = scratch("lengths");
    for header in ["Content-Length: 18446744073709551615", "Content-Length: 4000000000"] {
        let (mut client, _) = Client::start(&dir, &[]);
        client.send_raw(format!("{header}\r\n\r\n{{\"secret\": \"+46701239876\"}}").as_bytes());
        let (status, stderr) = client.hang_up();
        assert_eq!(status, Some(1), "{header}: {stderr}");
        assert!(!stderr.contains("46701239876"), "{stderr}");
    }
    for header in ["Content-Length: 99999999999999999999999", "Content-Length: +46701239876x", "no header at all"] {
        let (mut client, _) = Client::start(&dir, &[]);
        client.send_raw(format!("{header}\r\n\r\n{{}}").as_bytes());
        let (status, stderr) = client.hang_up();
        assert_eq!(status, Some(1), "{header}: {stderr}");
        assert!(stderr.starts_with("linkwa lsp:") && !stderr.contains("46701239876"), "{stderr}");
    }
}

/// Issue 24, items 6 and 12: a megabyte on one line with thousands of diagnostics is answered
/// (its positions come from the diagnostics' byte ranges, converted in one pass: see the work
/// counted in `lsp/position.rs`), with at most 1 000 of them published and a summary, and its
/// fix-all code action too.
#[test]
fn a_megabyte_minified_document_is_answered_with_capped_diagnostics() {
    let dir = scratch("megabyte");
    let (mut client, _) = Client::start(&dir, &[]);
    let uri = uri_of(&dir.join("big.json"));
    let text = minified(1 << 20);
    let diagnostics = client.open(&uri, &text);
    assert_eq!(diagnostics.len(), 1000);
    let summary = diagnostics.last().unwrap();
    assert!(summary["message"].as_str().unwrap().contains("more problems are not shown"), "{summary}");
    // The ranges are the reported values (`"yes"` of a previewUrl, `1` of a colour), after the
    // wide characters.
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for d in &diagnostics[..999] {
        let at = |end: &str| d["range"][end]["character"].as_u64().unwrap() as usize;
        let slice = String::from_utf16(&utf16[at("start")..at("end")]).unwrap();
        assert!(["\"yes\"", "1"].contains(&slice.as_str()), "{d} {slice}");
    }
    let wrong = &diagnostics[0];
    let all = json!({"textDocument": {"uri": uri}, "range": wrong["range"], "context": {"diagnostics": [], "only": ["source.fixAll"]}});
    let actions = client.request("textDocument/codeAction", all);
    assert!(actions["result"].is_array(), "{actions}");
    client.finish();
}

/// Issue 24, item 12: rapid changes that wait together are linted once, the last version.
#[test]
fn rapid_changes_are_coalesced() {
    let dir = scratch("rapid");
    let (mut client, _) = Client::start(&dir, &[]);
    let uri = uri_of(&dir.join("order.json"));
    let text = minified(20_000);
    client.open(&uri, &text);
    let mut burst = Vec::new();
    for version in 2..=301 {
        let params = json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]});
        let body = json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": params}).to_string();
        burst.extend(format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes());
    }
    client.send_raw(&burst);
    // A request after the burst: answered once every change before it is handled.
    client
        .request("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 2}}));
    let published: Vec<&Value> = client.pending.iter().filter(|m| is_diagnostics_for(m, &uri)).collect();
    assert_eq!(published.last().unwrap()["params"]["version"], 301);
    assert!(published.len() < 300, "{} of 300 changes linted", published.len());
    client.finish();
}
