//! The server's state (open documents, their last lint, the configurations met) and its
//! handlers. Requests: `textDocument/codeAction`, `textDocument/hover`. Notifications:
//! `didOpen`, `didChange` (full text), `didClose`, `didSave` (lints again, e.g. after
//! `linkwa.toml` changed). Each publishes the document's diagnostics, except a change that a
//! later one already waiting supersedes: its text is kept and not linted (a request about it
//! lints it then).

use super::diagnostics::{self, Linted};
use super::position::{Encoding, Text};
use super::workspace::Workspaces;
use super::{actions, hover, uri};
use lsp_server::{ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument, Notification as _,
    PublishDiagnostics, ShowMessage,
};
use lsp_types::request::{CodeActionRequest, HoverRequest, Request as _};
use lsp_types::{
    CodeActionParams, DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    DidSaveTextDocumentParams, HoverParams, MessageType, PublishDiagnosticsParams, ShowMessageParams, Uri,
};
use std::collections::{HashMap, HashSet};
use std::panic::AssertUnwindSafe;

/// An open document.
struct Document {
    text: String,
    version: i32,
    /// `None` until it is linted (a superseded version is not).
    linted: Option<Linted>,
}

pub struct Server {
    encoding: Encoding,
    documents: HashMap<Uri, Document>,
    workspaces: Workspaces,
    /// Configuration problems already shown (each once).
    shown: HashSet<String>,
}

impl Server {
    pub fn new(encoding: Encoding) -> Self {
        Server { encoding, documents: HashMap::new(), workspaces: Workspaces::default(), shown: HashSet::new() }
    }

    /// Answers a request; a panic while answering becomes an error response.
    pub fn request(&mut self, request: Request) -> Response {
        let id = request.id.clone();
        let answer = std::panic::catch_unwind(AssertUnwindSafe(|| self.answer(request)));
        match answer {
            Ok(Ok(response)) => response,
            Ok(Err(message)) => Response::new_err(id, ErrorCode::InvalidParams as i32, message),
            Err(_) => Response::new_err(id, ErrorCode::InternalError as i32, "linkwa failed on this request".into()),
        }
    }

    fn answer(&mut self, request: Request) -> Result<Response, String> {
        let id = request.id.clone();
        match request.method.as_str() {
            HoverRequest::METHOD => {
                let params: HoverParams = serde_json::from_value(request.params).map_err(|e| e.to_string())?;
                let position = params.text_document_position_params;
                let uri = position.text_document.uri;
                let encoding = self.encoding;
                let found = self.document(&uri).and_then(|(doc, linted)| {
                    let text = Text::new(&doc.text, encoding);
                    let offset = text.offset(position.position);
                    let (markdown, (start, end)) = hover::hover(&doc.text, offset, linted.dialect)?;
                    Some(hover::to_lsp(markdown, text.range(start, end)))
                });
                Ok(Response::new_ok(id, found))
            }
            CodeActionRequest::METHOD => {
                let params: CodeActionParams = serde_json::from_value(request.params).map_err(|e| e.to_string())?;
                let uri = params.text_document.uri;
                let encoding = self.encoding;
                let found = self.document(&uri).map(|(doc, linted)| {
                    let text = Text::new(&doc.text, encoding);
                    let only = params.context.only.as_deref();
                    actions::code_actions(&uri, &linted.diagnostics, &text, &params.range, only)
                });
                Ok(Response::new_ok(id, found.unwrap_or_default()))
            }
            _ => Ok(Response::new_err(id, ErrorCode::MethodNotFound as i32, format!("no method {}", request.method))),
        }
    }

    /// An open document and its lint (linted now when it was not yet).
    fn document(&mut self, uri: &Uri) -> Option<(&Document, &Linted)> {
        let doc = self.documents.get_mut(uri)?;
        if doc.linted.is_none() {
            let path = uri::to_path(uri);
            let workspace = self.workspaces.of(path.as_deref());
            doc.linted = Some(diagnostics::lint(&doc.text, path.as_deref(), &workspace));
        }
        let doc = &*doc;
        doc.linted.as_ref().map(|linted| (doc, linted))
    }

    /// Handles a notification; returns what to send (diagnostics, messages). A panic while
    /// handling it is dropped: the document's lint already reports linkwa's own failures.
    /// `superseded`: a later notification already received replaces this one's text (see
    /// [`supersedes`]).
    pub fn notification(&mut self, notification: Notification, superseded: bool) -> Vec<Notification> {
        std::panic::catch_unwind(AssertUnwindSafe(|| self.notify(notification, superseded))).unwrap_or_default()
    }

    fn notify(&mut self, n: Notification, superseded: bool) -> Vec<Notification> {
        match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                let Ok(params) = serde_json::from_value::<DidOpenTextDocumentParams>(n.params) else { return vec![] };
                let doc = params.text_document;
                if !uri::is_json(&doc.uri, Some(&doc.language_id)) {
                    return vec![];
                }
                self.update(doc.uri, doc.text, doc.version)
            }
            DidChangeTextDocument::METHOD => {
                let Ok(params) = serde_json::from_value::<DidChangeTextDocumentParams>(n.params) else { return vec![] };
                // Full sync: the last change holds the whole text.
                let Some(change) = params.content_changes.into_iter().last() else { return vec![] };
                let uri = params.text_document.uri;
                if !self.documents.contains_key(&uri) && !uri::is_json(&uri, None) {
                    return vec![];
                }
                if superseded {
                    let version = params.text_document.version;
                    self.documents.insert(uri, Document { text: change.text, version, linted: None });
                    return vec![];
                }
                self.update(uri, change.text, params.text_document.version)
            }
            DidSaveTextDocument::METHOD => {
                let Ok(params) = serde_json::from_value::<DidSaveTextDocumentParams>(n.params) else { return vec![] };
                let uri = params.text_document.uri;
                match self.documents.remove(&uri) {
                    Some(doc) => self.update(uri, doc.text, doc.version),
                    None => vec![],
                }
            }
            DidCloseTextDocument::METHOD => {
                let Ok(params) = serde_json::from_value::<DidCloseTextDocumentParams>(n.params) else { return vec![] };
                let uri = params.text_document.uri;
                match self.documents.remove(&uri) {
                    Some(_) => vec![publish(uri, Vec::new(), None)],
                    None => vec![],
                }
            }
            _ => vec![],
        }
    }

    /// Lints the new text of a document and publishes its diagnostics.
    fn update(&mut self, uri: Uri, text: String, version: i32) -> Vec<Notification> {
        let path = uri::to_path(&uri);
        let workspace = self.workspaces.of(path.as_deref());
        let mut out = Vec::new();
        if let Some(problem) = workspace.problems.first().map(ToString::to_string)
            && self.shown.insert(problem.clone())
        {
            let params = ShowMessageParams { typ: MessageType::WARNING, message: format!("linkwa: {problem}") };
            out.push(Notification::new(ShowMessage::METHOD.into(), params));
        }
        let linted = diagnostics::lint(&text, path.as_deref(), &workspace);
        let published = diagnostics::to_lsp_all(&linted.diagnostics, &Text::new(&text, self.encoding));
        out.push(publish(uri.clone(), published, Some(version)));
        self.documents.insert(uri, Document { text, version, linted: Some(linted) });
        out
    }
}

/// The document a `didChange` notification changes (`None` for any other message).
fn changed(message: &Message) -> Option<&str> {
    match message {
        Message::Notification(n) if n.method == DidChangeTextDocument::METHOD => {
            n.params.get("textDocument")?.get("uri")?.as_str()
        }
        _ => None,
    }
}

/// For each of `messages` (received in this order, not handled yet; `None` for what is not a
/// message): whether it is a `didChange`
/// that a later `didChange` of the same document among them replaces (full sync: each change
/// holds the whole text). Such a version is never linted: after 1 000 rapid changes only the last
/// one is. Nothing else is dropped or reordered.
pub fn supersedes(messages: &[Option<&Message>]) -> Vec<bool> {
    let mut later: HashSet<&str> = HashSet::new();
    let mut superseded = vec![false; messages.len()];
    for (i, message) in messages.iter().enumerate().rev() {
        if let Some(uri) = message.and_then(changed) {
            superseded[i] = !later.insert(uri);
        }
    }
    superseded
}

fn publish(uri: Uri, diagnostics: Vec<lsp_types::Diagnostic>, version: Option<i32>) -> Notification {
    Notification::new(PublishDiagnostics::METHOD.into(), PublishDiagnosticsParams { uri, diagnostics, version })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn change(uri: &str, version: i32) -> Message {
        let params = json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": "{}"}]});
        Message::Notification(Notification::new(DidChangeTextDocument::METHOD.into(), params))
    }

    /// Issue 24, item 12: of rapid changes waiting together only the last of each document is
    /// linted; other messages keep their place.
    #[test]
    fn only_the_last_waiting_change_of_a_document_is_linted() {
        let hover = Message::Notification(Notification::new("textDocument/didSave".into(), json!({})));
        let mut waiting: Vec<Message> = (1..=1000).map(|v| change("file:///a.json", v)).collect();
        waiting.insert(500, change("file:///b.json", 1));
        waiting.insert(700, hover);
        let superseded = supersedes(&waiting.iter().map(Some).collect::<Vec<_>>());
        let linted: Vec<usize> = (0..waiting.len()).filter(|&i| !superseded[i]).collect();
        assert_eq!(linted, [500, 700, 1001], "b's change, the other message, a's last change");
        let mut server = Server::new(Encoding::Utf16);
        let mut published = Vec::new();
        for (message, superseded) in waiting.into_iter().zip(superseded) {
            if let Message::Notification(n) = message {
                published.extend(server.notification(n, superseded));
            }
        }
        let versions: Vec<&serde_json::Value> = published.iter().map(|n| &n.params["version"]).collect();
        assert_eq!(versions, [&json!(1), &json!(1000)], "b's version 1, then a's version 1000 only");
        let a: Uri = "file:///a.json".parse().unwrap();
        assert_eq!(server.documents[&a].version, 1000);
    }
}
