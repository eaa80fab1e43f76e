//! LW200–LW219: text messages.
//!
//! A LINK text message is `{"type": "text", "previewUrl": bool?, "text": {"body": String}}`:
//! `previewUrl` sits beside `text` (the Cloud API puts `preview_url` inside `text`). Lengths count
//! Unicode scalar values.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Text message"; Cloud API field reference, Text
//! message limits (body ≤ 4096 characters, URL scheme, preview of the first URL).

use super::cx::Cx;
use super::finding::{Finding, Unit, quote};
use super::registry::declare_rules;
use super::shape::{Obj, Shape, Ty, chars, opt, req};
use crate::diagnostic::{Applicability, Dialect};
use crate::json::tree::Value;
use crate::rules::intent::Change;

const TEXT_SECTION: &str = "LINK WhatsApp Message API 1.6.1, Text message";
const CR_TEXT: &str = "Cloud API field reference, Text message (limits)";

/// The longest `text.body`, in Unicode scalar values (Cloud API field reference, Text message).
pub(crate) const BODY_MAX: usize = 4096;

declare_rules! {
    TEXT_BODY_EMPTY = LW200 "text-body-empty" Error,
        "`text.body` is not empty or only white space.",
        "A text message with nothing to show is rejected by Meta (the body is a required, non-empty parameter).",
        TEXT_SECTION;
    TEXT_BODY_TOO_LONG = LW201 "text-body-too-long" Error,
        "`text.body` is at most 4096 characters (Unicode scalar values).",
        "Meta rejects longer bodies. The LINK document states no limit; the Cloud API reference, which LINK forwards to, does.",
        CR_TEXT;
    TEXT_PREVIEW_URL_MISPLACED = LW202 "text-preview-url-misplaced" Error fix Safe,
        "`previewUrl` sits beside `text` in a LINK message, not inside it (`text.preview_url` is the Cloud API spelling).",
        "The LINK Text object has only `body`: a `previewUrl` or `preview_url` inside it is an unknown parameter, and the preview the sender asked for is not enabled.",
        TEXT_SECTION;
    TEXT_URL_WITHOUT_SCHEME = LW203 "text-url-without-scheme" Warning,
        "A URL in `text.body` starts with `http://` or `https://` (e.g. not `www.example.com`, not `ftp://…`).",
        "The document says URLs in the body should start with http:// or https://; others are not turned into links and get no preview.",
        TEXT_SECTION;
    TEXT_PREVIEW_WITHOUT_URL = LW204 "text-preview-without-url" Warning,
        "`previewUrl: true` is set but `text.body` contains no `http://` or `https://` URL.",
        "The preview is made from the first http(s) URL in the body; without one the flag does nothing, which usually means the URL is missing or misspelt.",
        TEXT_SECTION;
}

pub(crate) static TEXT: Shape = Shape {
    cache: Shape::cache(),
    name: "`text`",
    fields: &[
        req("body", Ty::Str),
        // Not members of the LINK Text object: declared so that this module, not the generic
        // unknown-member rule, reports them with a precise help (LW202).
        opt("previewUrl", Ty::Any),
        opt("preview_url", Ty::Any),
    ],
};

/// The Cloud API's Text object: `preview_url` sits inside it.
pub(crate) static CLOUD_TEXT: Shape =
    Shape { cache: Shape::cache(), name: "`text`", fields: &[req("body", Ty::Str), opt("preview_url", Ty::Bool)] };

/// Checks the `text` member of a text message, and its preview flag: `previewUrl` beside `text`
/// in LINK JSON, `text.preview_url` in Cloud API JSON.
pub(crate) fn check_message(cx: &mut Cx, msg: &Obj<'_>) {
    let cloud = cx.dialect == Dialect::Cloud;
    let Some(text) = msg.obj(cx, "text", if cloud { &CLOUD_TEXT } else { &TEXT }) else { return };
    #[cfg(feature = "fault-injection")]
    if text.str("body").is_some_and(|(body, _)| body == "linkwa:fault-injection:panic") {
        panic!("fault injection (the `fault-injection` feature, for tests only)");
    }
    let outer_preview = !cloud && msg.has("previewUrl");
    for key in ["previewUrl", "preview_url"].iter().filter(|_| !cloud) {
        let key = *key;
        if text.map.contains_key(key) {
            let d = cx
                .report(
                    &TEXT_PREVIEW_URL_MISPLACED,
                    text.path.key(key),
                    Finding::Other(if key == "previewUrl" {
                        "`previewUrl` belongs beside `text` in a LINK message, not inside it".into()
                    } else {
                        "`text.preview_url` is the Cloud API spelling; a LINK message sets `previewUrl` beside `text`"
                            .into()
                    }),
                )
                .help(if outer_preview {
                    format!("remove `text.{key}`; the message already sets `previewUrl`")
                } else {
                    match text.map.get(key).and_then(Value::as_bool) {
                        Some(b) => format!("move it out of `text` as `\"previewUrl\": {b}`"),
                        None => "move it out of `text` as a boolean `previewUrl`".into(),
                    }
                });
            // Certain for a boolean: moved out, or removed when the message sets the same value.
            let inner = text.map.get(key).and_then(Value::as_bool);
            let outer = msg.get("previewUrl").and_then(|(v, _)| v.as_bool());
            let at = text.path.key(key);
            match (inner, outer_preview) {
                (Some(b), false) => {
                    let changes = [Change::Remove(at), Change::Insert(msg.path, "previewUrl".into(), b.to_string())];
                    d.fix(Applicability::Safe, "move it out of `text` as `previewUrl`".into(), changes);
                }
                (Some(b), true) if outer == Some(b) => {
                    d.fix(Applicability::Safe, format!("remove `text.{key}`"), [Change::Remove(at)]);
                }
                _ => {}
            }
        }
    }
    let Some((body, body_path)) = text.str("body") else { return };
    if body.trim().is_empty() {
        let finding = if body.is_empty() {
            Finding::TooShort { subject: "`text.body`", actual: 0, min: 1, unit: Unit::Chars }
        } else {
            Finding::Other("`text.body` is only white space".into())
        };
        cx.report(&TEXT_BODY_EMPTY, body_path, finding);
    }
    // A string of at most BODY_MAX bytes has at most BODY_MAX characters: skip the count.
    if body.len() > BODY_MAX {
        let n = chars(body);
        if n > BODY_MAX {
            cx.report(
                &TEXT_BODY_TOO_LONG,
                body_path,
                Finding::TooLong { subject: "`text.body`", actual: n, max: BODY_MAX, unit: Unit::Chars },
            );
        }
    }
    let urls = scan_urls(body);
    if let Some((offset, bad)) = urls.first_bad {
        let at = chars(body.get(..offset).unwrap_or_default()) + 1;
        let more = match urls.bad {
            0 | 1 => String::new(),
            n => format!(" (and {} more)", n - 1),
        };
        let (message, help) = match bad {
            BadUrl::NoScheme => (
                format!(
                    "a URL at character {at} of `text.body` has no `http://` or `https://`{more}; it is not linked and gets no preview"
                ),
                "start the URL with `https://`",
            ),
            BadUrl::Scheme(scheme) => (
                format!(
                    "a `{}://` URL at character {at} of `text.body`{more}: only `http://` and `https://` URLs are linked and previewed",
                    quote(scheme)
                ),
                "link to an `https://` page instead",
            ),
        };
        cx.report(&TEXT_URL_WITHOUT_SCHEME, body_path, Finding::Other(message)).help(help);
    }
    let preview = if cloud { text.bool("preview_url") } else { msg.bool("previewUrl") };
    if let Some((true, path)) = preview
        && urls.http == 0
    {
        cx.report(
            &TEXT_PREVIEW_WITHOUT_URL,
            path,
            Finding::Other(
                "the preview flag is true but `text.body` has no `http://` or `https://` URL to preview".into(),
            ),
        )
        .help("add the URL to the body, or drop the preview flag");
    }
}

/// What is wrong with a URL-like token of a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BadUrl<'a> {
    /// `www.example.com`, `example.com/offer`.
    NoScheme,
    /// `ftp://…`, `myapp://…`: the scheme.
    Scheme(&'a str),
}

/// The URLs found in a body: how many are http(s), how many are not, and where the first bad one
/// starts (byte offset).
#[derive(Debug, Default)]
struct Urls<'a> {
    http: usize,
    bad: usize,
    first_bad: Option<(usize, BadUrl<'a>)>,
}

/// Finds URL-like tokens in a body in one pass, without allocating.
fn scan_urls(body: &str) -> Urls<'_> {
    let mut urls = Urls::default();
    for (start, token) in tokens(body) {
        // A URL-like token has a `:` (a scheme), a `/` (a path) or a `.` (`www.`): one
        // vectorized test skips the words of the text.
        if memchr::memchr3(b':', b'/', b'.', token.as_bytes()).is_none() {
            continue;
        }
        let (lead, token) = trim_punctuation(token);
        match classify(token) {
            None => {}
            Some(Ok(())) => urls.http += 1,
            Some(Err(bad)) => {
                urls.bad += 1;
                if urls.first_bad.is_none() {
                    urls.first_bad = Some((start + lead, bad));
                }
            }
        }
    }
    urls
}

/// The white-space separated tokens of `s` with their byte offsets.
fn tokens(s: &str) -> impl Iterator<Item = (usize, &str)> {
    // Each token is a sub-slice of `s`: its offset is the pointer difference.
    s.split(char::is_whitespace).filter(|t| !t.is_empty()).map(move |t| (t.as_ptr() as usize - s.as_ptr() as usize, t))
}

/// Strips quotes and brackets before, and sentence punctuation after, a token; returns how many
/// bytes were cut at the start.
fn trim_punctuation(token: &str) -> (usize, &str) {
    let trimmed = token.trim_start_matches(['(', '[', '{', '<', '"', '\'', '«', '“', '‘']);
    let lead = token.len() - trimmed.len();
    let trimmed =
        trimmed.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '"', '\'', '»', '”', '’']);
    (lead, trimmed)
}

/// `Some(Ok)` for an http(s) URL, `Some(Err)` for a URL that will not be linked, `None` for a
/// token that is not URL-like.
fn classify(token: &str) -> Option<Result<(), BadUrl<'_>>> {
    // `://` found by its `:` (a substring searcher built per token costs more than the token).
    let bytes = token.as_bytes();
    if let Some(sep) = memchr::memchr_iter(b':', bytes).find(|&i| bytes.get(i + 1..i + 3) == Some(b"//")) {
        // The scheme is the run of scheme characters (RFC 3986 §3.1) right before `://`; whatever
        // precedes it (`詳細はhttps://…`, `👉https://…`) is not part of it. Splitting, not byte
        // arithmetic, keeps every cut on a character boundary.
        let before = token.get(..sep).unwrap_or_default();
        let scheme = before
            .rsplit(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
            .next()
            .unwrap_or_default();
        if scheme.is_empty() || token.len() == sep + 3 {
            return None;
        }
        if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") {
            // Also `link:https://…`: WhatsApp finds the URL inside the token.
            return Some(Ok(()));
        }
        return Some(Err(BadUrl::Scheme(scheme)));
    }
    // `www.example.com`, or `example.com/offer` (a bare `example.com` is too often not a URL).
    let www = token.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www."));
    match token.split_once('/') {
        Some((host, _)) if is_host(host) => Some(Err(BadUrl::NoScheme)),
        None if www && is_host(token) => Some(Err(BadUrl::NoScheme)),
        _ => None,
    }
}

/// A host name with at least one dot and an alphabetic top-level label of two or more letters:
/// `example.com`, `shop.example.co.uk` (not `v1.2`, not `e.g`).
fn is_host(host: &str) -> bool {
    let Some((rest, tld)) = host.rsplit_once('.') else { return false };
    !rest.is_empty()
        && !rest.starts_with('.')
        && !rest.ends_with('.')
        && tld.len() >= 2
        && tld.bytes().all(|b| b.is_ascii_alphabetic())
        && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
}

#[cfg(test)]
mod tests;
