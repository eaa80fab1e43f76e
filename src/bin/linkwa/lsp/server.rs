//! The server's state (open documents, their last lint, the configurations met) and its
//! handlers. Requests: `textDocument/codeAction`, `textDocument/hover`. Notifications:
//! `didOpen`, `didChange` (full text), `didClose`, `didSave` (lints again, e.g. after
//! `linkwa.toml` changed). Each publishes the document's diagnostics.

use super::diagnostics::{self, Linted};
use super::position::{Encoding, Lines};
use super::workspace::Workspaces;
use super::{actions, hover, uri};
use lsp_server::{ErrorCode, Notification, Request, Response};
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
    linted: Linted,
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
                let found = self.documents.get(&position.text_document.uri).and_then(|doc| {
                    let lines = Lines::new(&doc.text, self.encoding);
                    let offset = lines.offset(position.position);
                    let (markdown, (start, end)) = hover::hover(&doc.text, offset, doc.linted.dialect)?;
                    Some(hover::to_lsp(markdown, lines.range(start, end)))
                });
                Ok(Response::new_ok(id, found))
            }
            CodeActionRequest::METHOD => {
                let params: CodeActionParams = serde_json::from_value(request.params).map_err(|e| e.to_string())?;
                let uri = params.text_document.uri;
                let found = self.documents.get(&uri).map(|doc| {
                    let lines = Lines::new(&doc.text, self.encoding);
                    let only = params.context.only.as_deref();
                    actions::code_actions(&uri, &doc.linted.diagnostics, &lines, &params.range, only)
                });
                Ok(Response::new_ok(id, found.unwrap_or_default()))
            }
            _ => Ok(Response::new_err(id, ErrorCode::MethodNotFound as i32, format!("no method {}", request.method))),
        }
    }

    /// Handles a notification; returns what to send (diagnostics, messages). A panic while
    /// handling it is dropped: the document's lint already reports linkwa's own failures.
    pub fn notification(&mut self, notification: Notification) -> Vec<Notification> {
        std::panic::catch_unwind(AssertUnwindSafe(|| self.notify(notification))).unwrap_or_default()
    }

    fn notify(&mut self, n: Notification) -> Vec<Notification> {
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
        if let Some(problem) = &workspace.problem
            && self.shown.insert(problem.clone())
        {
            let params = ShowMessageParams { typ: MessageType::WARNING, message: format!("linkwa: {problem}") };
            out.push(Notification::new(ShowMessage::METHOD.into(), params));
        }
        let linted = diagnostics::lint(&text, path.as_deref(), &workspace);
        let lines = Lines::new(&text, self.encoding);
        let published = linted.diagnostics.iter().map(|d| diagnostics::to_lsp(d, &lines)).collect();
        out.push(publish(uri.clone(), published, Some(version)));
        self.documents.insert(uri, Document { text, version, linted });
        out
    }
}

fn publish(uri: Uri, diagnostics: Vec<lsp_types::Diagnostic>, version: Option<i32>) -> Notification {
    Notification::new(PublishDiagnostics::METHOD.into(), PublishDiagnosticsParams { uri, diagnostics, version })
}
