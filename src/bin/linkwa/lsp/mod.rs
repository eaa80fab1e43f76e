//! `linkwa lsp`: a Language Server Protocol server over standard input and output.
//!
//! Diagnostics for open JSON documents as they change (full text sync), linted with the nearest
//! `linkwa.toml` (include/exclude, rule levels, `[[ignore]]`, templates); positions in the
//! encoding the client negotiates (UTF-16 unless it offers UTF-8); quick fixes from the
//! diagnostics' fixes; hover on a member name. Every request and notification is handled under
//! `catch_unwind`: a bug in linkwa answers one request with an error (or reports `LW000
//! internal-error` for the document), never ends the server.

mod actions;
mod diagnostics;
mod hover;
mod position;
mod server;
mod transport;
mod uri;
mod workspace;

use lsp_server::{ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{Notification as _, ShowMessage};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, HoverProviderCapability, InitializeParams,
    InitializeResult, MessageType, ServerCapabilities, ServerInfo, ShowMessageParams, TextDocumentSyncCapability,
    TextDocumentSyncKind,
};
use position::Encoding;
use std::io::{self, Write};
use transport::{Batches, Incoming};

/// Serves one client on standard input and output until it sends `shutdown` and `exit` (status
/// 0), or `exit` without `shutdown`, or closes the connection (status 1, as the protocol asks).
/// Messages larger than `max` bytes (`--max-file-size`) are skipped unread; a header that breaks
/// the framing ends the connection (status 1, with a line on standard error that quotes nothing
/// of the input).
pub fn run(max: u64) -> io::Result<u8> {
    let mut batches = Batches::stdin(max);
    let mut out = io::stdout().lock();
    match serve(&mut batches, &mut out, max) {
        Ok(status) => Ok(status),
        Err(e) => {
            crate::say(format_args!("linkwa lsp: {e}"));
            Ok(1)
        }
    }
}

fn capabilities(encoding: Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(encoding.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX, actions::fix_all_kind()]),
            ..CodeActionOptions::default()
        })),
        ..ServerCapabilities::default()
    }
}

/// Where the session is.
enum Phase {
    /// Waiting for `initialize`.
    Starting,
    Serving(Box<server::Server>),
    /// `shutdown` answered: waiting for `exit`.
    ShutDown,
}

fn serve(batches: &mut Batches, out: &mut impl Write, max: u64) -> io::Result<u8> {
    let mut phase = Phase::Starting;
    while let Some(batch) = batches.next()? {
        let messages: Vec<Option<&Message>> =
            batch.iter().map(|i| if let Incoming::Message(m) = i { Some(m) } else { None }).collect();
        let superseded = server::supersedes(&messages);
        for (incoming, superseded) in batch.into_iter().zip(superseded) {
            match incoming {
                Incoming::Message(message) => {
                    if let Some(status) = handle(&mut phase, message, superseded, out)? {
                        return Ok(status);
                    }
                }
                Incoming::Invalid(Some(answer)) => transport::write_value(out, &answer)?,
                Incoming::Invalid(None) => {}
                Incoming::TooLarge(length) => {
                    let message = format!(
                        "linkwa: a message of {length} bytes is larger than the limit of {} (--max-file-size); it was skipped",
                        crate::inputs::show_size(max)
                    );
                    let params = ShowMessageParams { typ: MessageType::WARNING, message };
                    transport::write(out, Notification::new(ShowMessage::METHOD.into(), params).into())?;
                }
            }
        }
    }
    Ok(1)
}

/// Handles one message; `Some(status)` when the session ends.
fn handle(phase: &mut Phase, message: Message, superseded: bool, out: &mut impl Write) -> io::Result<Option<u8>> {
    match message {
        Message::Notification(n) if n.method == "exit" => {
            return Ok(Some(if matches!(phase, Phase::ShutDown) { 0 } else { 1 }));
        }
        Message::Notification(n) => {
            if let Phase::Serving(server) = phase {
                for note in server.notification(n, superseded) {
                    transport::write(out, note.into())?;
                }
            }
        }
        Message::Response(_) => {}
        Message::Request(request) => {
            let response = match phase {
                Phase::Starting if request.method == "initialize" => {
                    let (response, server) = initialize(request);
                    *phase = Phase::Serving(Box::new(server));
                    response
                }
                Phase::Starting => {
                    Response::new_err(request.id, ErrorCode::ServerNotInitialized as i32, "not initialized".into())
                }
                Phase::Serving(_) if request.method == "shutdown" => {
                    *phase = Phase::ShutDown;
                    Response::new_ok(request.id, ())
                }
                Phase::Serving(server) => server.request(request),
                Phase::ShutDown => {
                    Response::new_err(request.id, ErrorCode::InvalidRequest as i32, "the server is shut down".into())
                }
            };
            transport::write(out, response.into())?;
        }
    }
    Ok(None)
}

/// Answers `initialize`: the position encoding (UTF-8 when the client offers it) and what the
/// server can do.
fn initialize(request: Request) -> (Response, server::Server) {
    let params: InitializeParams = serde_json::from_value(request.params).unwrap_or_default();
    let encoding = Encoding::negotiate(&params.capabilities);
    let result = InitializeResult {
        capabilities: capabilities(encoding),
        server_info: Some(ServerInfo { name: "linkwa".into(), version: Some(env!("CARGO_PKG_VERSION").into()) }),
    };
    (Response::new_ok(request.id, result), server::Server::new(encoding))
}
