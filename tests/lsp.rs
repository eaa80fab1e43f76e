//! `linkwa lsp` driven over standard input and output with JSON-RPC, as an editor drives it:
//! initialize (position encoding), didOpen, didChange, publishDiagnostics, codeAction, hover,
//! `linkwa.toml`, a document that makes linkwa panic, shutdown and exit.

#![cfg(all(feature = "cli", feature = "lsp"))] // the features the `linkwa` binary requires

mod common;

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Write};
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
        let mut child = Command::new(env!("CARGO_BIN_EXE_linkwa"))
            .arg("lsp")
            .current_dir(cwd)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
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
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
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
