//! The base protocol's framing (`Content-Length: N\r\n\r\n` and N bytes of JSON), read by
//! linkwa itself and bounded: lsp-server's reader resizes its buffer to the announced length
//! before reading (`Content-Length: 4000000000` allocated 3.8 GB at once, a length past
//! `usize::MAX` panicked).
//!
//! - A header line is at most [`MAX_HEADER_LINE`] bytes, a header at most [`MAX_HEADER_LINES`]
//!   lines; a header without a readable `Content-Length` ends the connection (the next message
//!   cannot be found), with a line on standard error that quotes nothing of the input.
//! - A message longer than the limit (`--max-file-size`) is read past without being kept
//!   ([`Incoming::TooLarge`]); a shorter one is read into a buffer that grows as bytes arrive.
//! - A body that is not JSON is answered with `ParseError`, JSON that is not a request,
//!   response or notification with `InvalidRequest` (with its `id` when it has one), as
//!   JSON-RPC 2.0 says; neither ends the connection.
//!
//! Natively a thread reads ahead (at most a few messages' worth of bytes) so that the server can
//! drop the `didChange` versions that later ones already replace ([`Batches`]); without threads
//! (`wasm32-wasip1`) messages are read and handled one by one.

use lsp_server::{ErrorCode, Message};
use serde_json::{Value, json};
use std::io::{self, BufRead, Read, Write};

/// The longest header line read.
pub const MAX_HEADER_LINE: u64 = 4096;
/// The most header lines of one message.
pub const MAX_HEADER_LINES: usize = 32;

/// What reading one message gave.
#[derive(Debug)]
pub enum Incoming {
    Message(Message),
    /// Not a message: the error response to send (JSON), when JSON-RPC asks for one.
    Invalid(Option<Value>),
    /// A message of this many bytes, more than the limit: read past, not kept.
    TooLarge(u64),
}

/// Reads framed messages of at most `max` bytes each.
pub struct Reader<R> {
    input: R,
    max: u64,
}

/// Why the connection cannot go on: the framing is broken.
fn broken(why: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, why.to_owned())
}

impl<R: BufRead> Reader<R> {
    pub fn new(input: R, max: u64) -> Self {
        Reader { input, max }
    }

    /// The next message; `None` at the end of the input (also in the middle of a message). An
    /// error when the framing is broken.
    pub fn next(&mut self) -> io::Result<Option<Incoming>> {
        let Some(length) = self.header()? else { return Ok(None) };
        if length > self.max {
            let skipped = io::copy(&mut (&mut self.input).take(length), &mut io::sink())?;
            return Ok((skipped == length).then_some(Incoming::TooLarge(length)));
        }
        let mut body = Vec::new();
        (&mut self.input).take(length).read_to_end(&mut body)?;
        if (body.len() as u64) < length {
            return Ok(None);
        }
        Ok(Some(classify(&body)))
    }

    /// The `Content-Length` of the next header; `None` at the end of the input.
    fn header(&mut self) -> io::Result<Option<u64>> {
        let mut length = None;
        let mut line = Vec::new();
        for n in 0.. {
            if n == MAX_HEADER_LINES {
                return Err(broken("a message header of too many lines"));
            }
            line.clear();
            (&mut self.input).take(MAX_HEADER_LINE).read_until(b'\n', &mut line)?;
            if line.is_empty() {
                return if n == 0 { Ok(None) } else { Err(broken("the input ends inside a message header")) };
            }
            if line.last() != Some(&b'\n') {
                return Err(broken("a message header line that is too long or unfinished"));
            }
            let text = line.strip_suffix(b"\n").and_then(|l| l.strip_suffix(b"\r").or(Some(l))).unwrap_or_default();
            if text.is_empty() {
                if n == 0 {
                    // A stray line break between messages.
                    continue;
                }
                break;
            }
            let text = std::str::from_utf8(text).map_err(|_| broken("a message header that is not text"))?;
            let Some((name, value)) = text.split_once(':') else {
                return Err(broken("a message header line without a colon"));
            };
            if name.trim().eq_ignore_ascii_case("content-length") {
                let value = value.trim().parse::<u64>().map_err(|_| broken("a Content-Length that is not a number"))?;
                length = Some(value);
            }
        }
        length.map(Some).ok_or_else(|| broken("a message header without Content-Length"))
    }
}

/// The message in `body`, or the answer to a body that is not one.
fn classify(body: &[u8]) -> Incoming {
    if let Ok(message) = serde_json::from_slice::<Message>(body) {
        return Incoming::Message(message);
    }
    let value = match serde_json::from_slice::<Value>(body) {
        Ok(value) => value,
        Err(e) => {
            let why = format!("not JSON (line {}, column {})", e.line(), e.column());
            return Incoming::Invalid(Some(error(Value::Null, ErrorCode::ParseError, &why)));
        }
    };
    // A response of the client (the server sends no requests) is not answered, nor is a
    // notification: only what has an id, or is not even an object with a method.
    let id = value.get("id").filter(|id| id.is_string() || id.is_i64()).cloned();
    let is_response = value.get("method").is_none() && (value.get("result").is_some() || value.get("error").is_some());
    let notification = value.get("method").is_some_and(Value::is_string) && value.get("id").is_none();
    if is_response || notification {
        return Incoming::Invalid(None);
    }
    let why = "not a JSON-RPC request, response or notification";
    Incoming::Invalid(Some(error(id.unwrap_or(Value::Null), ErrorCode::InvalidRequest, why)))
}

/// A JSON-RPC error response (its `id` may be `null`, which lsp-server's `Response` cannot say).
pub fn error(id: Value, code: ErrorCode, message: &str) -> Value {
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": code as i32, "message": message}})
}

/// Writes `value` framed, and flushes.
pub fn write_value(out: &mut impl Write, value: &Value) -> io::Result<()> {
    let text = value.to_string();
    write!(out, "Content-Length: {}\r\n\r\n{text}", text.len())?;
    out.flush()
}

/// Writes `message` framed, and flushes.
pub fn write(out: &mut impl Write, message: Message) -> io::Result<()> {
    message.write(out)
}

/// The messages waiting, a batch at a time: all that have arrived since the last batch (at least
/// one), so that the server can see which changes later ones replace. `None` at the end of the
/// input; an error when its framing is broken.
pub struct Batches {
    #[cfg(not(target_os = "wasi"))]
    receiver: std::sync::mpsc::Receiver<(io::Result<Option<Incoming>>, u64)>,
    #[cfg(not(target_os = "wasi"))]
    budget: std::sync::Arc<Budget>,
    #[cfg(target_os = "wasi")]
    reader: Reader<io::StdinLock<'static>>,
    /// The input ended (or its framing broke: why, until it is handed out).
    done: bool,
    failure: Option<io::Error>,
}

/// The bytes read ahead and not yet handed out, and how many may be.
#[cfg(not(target_os = "wasi"))]
struct Budget {
    queued: std::sync::Mutex<u64>,
    freed: std::sync::Condvar,
    most: u64,
}

impl Batches {
    /// Batches of standard input's messages of at most `max` bytes each.
    pub fn stdin(max: u64) -> Self {
        #[cfg(not(target_os = "wasi"))]
        {
            use std::sync::{Arc, Condvar, Mutex, mpsc};
            // Room for a few messages of the largest size read ahead, and for many small ones.
            let budget = Arc::new(Budget { queued: Mutex::new(0), freed: Condvar::new(), most: max.max(1 << 20) * 2 });
            let (sender, receiver) = mpsc::channel();
            let ahead = budget.clone();
            std::thread::spawn(move || {
                let mut reader = Reader::new(io::stdin().lock(), max);
                loop {
                    let read = reader.next();
                    let size = match &read {
                        Ok(Some(Incoming::Message(m))) => weight(m),
                        _ => 0,
                    };
                    let last = !matches!(read, Ok(Some(_)));
                    {
                        let mut queued = ahead.queued.lock().unwrap_or_else(|e| e.into_inner());
                        while *queued > 0 && *queued + size > ahead.most {
                            queued = ahead.freed.wait(queued).unwrap_or_else(|e| e.into_inner());
                        }
                        *queued += size;
                    }
                    if sender.send((read, size)).is_err() || last {
                        return;
                    }
                }
            });
            Batches { receiver, budget, done: false, failure: None }
        }
        #[cfg(target_os = "wasi")]
        {
            Batches { reader: Reader::new(io::stdin().lock(), max), done: false, failure: None }
        }
    }

    /// The next batch.
    pub fn next(&mut self) -> io::Result<Option<Vec<Incoming>>> {
        if self.done {
            return self.failure.take().map_or(Ok(None), Err);
        }
        #[cfg(not(target_os = "wasi"))]
        {
            let mut batch = Vec::new();
            let mut freed = 0;
            let mut end = None;
            match self.receiver.recv() {
                Ok((read, size)) => {
                    freed += size;
                    match read {
                        Ok(Some(incoming)) => batch.push(incoming),
                        other => end = Some(other),
                    }
                }
                Err(_) => end = Some(Ok(None)),
            }
            while end.is_none() {
                let Ok((read, size)) = self.receiver.try_recv() else { break };
                freed += size;
                match read {
                    Ok(Some(incoming)) => batch.push(incoming),
                    other => end = Some(other),
                }
            }
            {
                let mut queued = self.budget.queued.lock().unwrap_or_else(|e| e.into_inner());
                *queued = queued.saturating_sub(freed);
                self.budget.freed.notify_all();
            }
            match end {
                None => Ok(Some(batch)),
                Some(end) => {
                    self.done = true;
                    // What came before the end is handled first; the end is seen on the next call.
                    self.failure = end.err();
                    if batch.is_empty() { self.next() } else { Ok(Some(batch)) }
                }
            }
        }
        #[cfg(target_os = "wasi")]
        {
            match self.reader.next()? {
                Some(incoming) => Ok(Some(vec![incoming])),
                None => {
                    self.done = true;
                    Ok(None)
                }
            }
        }
    }
}

/// The bytes a message holds, about (what it costs to keep it waiting).
#[cfg(not(target_os = "wasi"))]
fn weight(message: &Message) -> u64 {
    let params = match message {
        Message::Request(r) => &r.params,
        Message::Notification(n) => &n.params,
        Message::Response(_) => return 64,
    };
    // The text of a didOpen or didChange is nearly all of it.
    let text = |v: &Value| v.as_str().map_or(0, str::len);
    let changes = params
        .get("contentChanges")
        .and_then(Value::as_array)
        .map_or(0, |changes| changes.iter().map(|c| c.get("text").map_or(0, text)).sum::<usize>());
    let opened = params.get("textDocument").and_then(|d| d.get("text")).map_or(0, text);
    (64 + changes + opened) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(input: &[u8], max: u64) -> (Vec<Incoming>, io::Result<()>) {
        let mut reader = Reader::new(input, max);
        let mut all = Vec::new();
        loop {
            match reader.next() {
                Ok(Some(incoming)) => all.push(incoming),
                Ok(None) => return (all, Ok(())),
                Err(e) => return (all, Err(e)),
            }
        }
    }

    fn framed(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn messages_are_read_in_order() {
        let input = framed(r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#)
            + "\r\n"
            + &framed(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#);
        let (all, end) = read_all(input.as_bytes(), 1 << 20);
        assert!(end.is_ok());
        assert!(matches!(
            &all[..],
            [Incoming::Message(Message::Request(_)), Incoming::Message(Message::Notification(_))]
        ));
    }

    /// Issue 24, item 7: an announced length past the limit is read past, not allocated; one
    /// past `u64` ends the connection instead of panicking.
    #[test]
    fn lengths_past_the_limit_are_skipped_without_allocating() {
        let small = framed(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#);
        let input = format!("Content-Length: 4000000000\r\n\r\n{}{small}", "x".repeat(100));
        // The input ends inside the announced body: the end of the connection, nothing kept.
        let (all, end) = read_all(input.as_bytes(), 1 << 20);
        assert!(end.is_ok() && all.is_empty(), "{all:?}");
        let (all, end) = read_all(format!("Content-Length: 200\r\n\r\n{}{small}", "x".repeat(200)).as_bytes(), 100);
        assert!(end.is_ok());
        assert!(matches!(&all[..], [Incoming::TooLarge(200), Incoming::Message(_)]), "{all:?}");
        for header in ["Content-Length: 18446744073709551616", "Content-Length: -1", "Content-Type: x", "nonsense"] {
            let (all, end) = read_all(format!("{header}\r\n\r\n{small}").as_bytes(), 1 << 20);
            assert!(all.is_empty() && end.is_err(), "{header}");
        }
        let (_, end) = read_all("Content-Length: 18446744073709551615\r\n\r\n{}".as_bytes(), 1 << 20);
        assert!(end.is_ok());
        let long = format!("X-{}: 1\r\n", "a".repeat(10_000));
        assert!(read_all(long.as_bytes(), 1 << 20).1.is_err());
    }

    /// Issue 24, item 15: a body that is not JSON, or not a message, is answered; reading goes on.
    #[test]
    fn malformed_bodies_are_answered_and_reading_goes_on() {
        let input = framed("{not json")
            + &framed(r#"{"jsonrpc":"2.0","id":7,"method":5}"#)
            + &framed("[1, 2]")
            + &framed(r#"{"jsonrpc":"2.0","method":7}"#)
            + &framed(r#"{"jsonrpc":"2.0","id":null,"result":1}"#)
            + &framed(r#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#);
        let (all, end) = read_all(input.as_bytes(), 1 << 20);
        assert!(end.is_ok());
        let answers: Vec<Option<(Value, i64)>> = all
            .iter()
            .filter_map(|i| match i {
                Incoming::Invalid(answer) => {
                    Some(answer.as_ref().map(|a| (a["id"].clone(), a["error"]["code"].as_i64().unwrap())))
                }
                _ => None,
            })
            .collect();
        assert_eq!(
            answers,
            [
                Some((Value::Null, -32700)),
                Some((json!(7), -32600)),
                Some((Value::Null, -32600)),
                Some((Value::Null, -32600)),
                None
            ]
        );
        assert!(matches!(all.last(), Some(Incoming::Message(Message::Request(_)))));
    }
}
