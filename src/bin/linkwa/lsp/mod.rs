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
mod uri;
mod workspace;

use lsp_server::{Connection, Message};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, HoverProviderCapability, InitializeParams,
    InitializeResult, ServerCapabilities, ServerInfo, TextDocumentSyncCapability, TextDocumentSyncKind,
};
use position::Encoding;
use std::io;

/// Serves one client until it sends `shutdown` and `exit` (status 0), or `exit` without
/// `shutdown`, or closes the connection (status 1, as the protocol asks).
pub fn run() -> io::Result<u8> {
    let (connection, io_threads) = Connection::stdio();
    let status = serve(&connection);
    drop(connection);
    io_threads.join()?;
    match status {
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

fn serve(connection: &Connection) -> Result<u8, Box<dyn std::error::Error>> {
    let (id, params) = connection.initialize_start()?;
    let params: InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let encoding = Encoding::negotiate(&params.capabilities);
    let result = InitializeResult {
        capabilities: capabilities(encoding),
        server_info: Some(ServerInfo { name: "linkwa".into(), version: Some(env!("CARGO_PKG_VERSION").into()) }),
    };
    connection.initialize_finish(id, serde_json::to_value(result)?)?;
    let mut server = server::Server::new(encoding);
    for message in &connection.receiver {
        match message {
            Message::Request(request) => {
                if connection.handle_shutdown(&request)? {
                    return Ok(0);
                }
                connection.sender.send(server.request(request).into())?;
            }
            Message::Notification(notification) if notification.method == "exit" => return Ok(1),
            Message::Notification(notification) => {
                for out in server.notification(notification) {
                    connection.sender.send(out.into())?;
                }
            }
            Message::Response(_) => {}
        }
    }
    Ok(1)
}
