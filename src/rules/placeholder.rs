//! LW508 `placeholder`: a value that stands for a value not filled in yet, in either dialect.
//!
//! Documentation, Postman collections, n8n workflows and templated fixtures put placeholders where
//! values belong (Meta's Cloud API pages: `<WHATSAPP_MESSAGE_ID>`, `<EMOJI>`, `https://image-url`;
//! the LINK documents: `<FLOW_ID>`, `<TYPE>`, `{...}`). The member is right; its value is not real
//! yet. Such a value gets one `placeholder` warning and no format finding: no "not a phone number",
//! no wrong type, no unknown enumeration value, no duplicate between two identical placeholders.
//!
//! Where: [`slots`] decides, per member, whether its value can be a placeholder at all. Only
//! values with a format (phone numbers, ids, links, codes, dates, emoji), an enumeration, or a
//! JSON type other than a string can; free text (bodies, captions, titles, parameter texts) never
//! is, since `{{1}}` or `<b>` there is the text itself. [`crate::rules::shape`] asks once per
//! member while checking an object (and reports), and its getters then leave the value out, so the
//! family rules never see it. Values outside an object's shape (the envelope's `destinations`) ask
//! through [`check`]. Template definitions are left alone: their values are the template's own
//! (`{{1}}` in a button URL), and a definition is not a request a tool fills in before sending.
//!
//! Forms (see [`is_placeholder`]):
//! - everywhere: `<…>`, `{{…}}` (Postman, n8n `{{ $json.phone }}`, Handlebars), `${…}`, an
//!   ellipsis standing for a value (`{...}`, `…`), and an `http://`, `https://` or `http(s)://`
//!   URL whose host is a description rather than a host name (`https://image-url`,
//!   `http://the-url`, `https://URL`, and `http(s)://image-url` as Meta's Postman collection
//!   writes every media link);
//! - where a value with a format belongs (not an enumeration: `PHONE_NUMBER` is a real button
//!   type): a description in words ending in what belongs there (`whatsapp-id`,
//!   `language-and-locale-code`, `PHONE_NUMBER`, `MEDIA-OBJECT-ID`, `JSON Payload`), written in
//!   upper case joined by `_`/`-`, or lower or title case joined by `-` or spaces (never
//!   lower-case `snake_case`: that is how real template names and enumeration values are spelt),
//!   and numbers redacted with a run of `x` (`+91xxxxxxxxxx`).

pub(crate) mod slots;
#[cfg(test)]
mod tests;

use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, quote};
use crate::rules::path::Path;
use crate::rules::registry::declare_rules;
pub(crate) use slots::{Kind, Slot, field_slot, slot, slot_of};

declare_rules! {
    PLACEHOLDER = LW508 "placeholder" Warning,
        "A value is a documentation or template placeholder (`<TO>`, `{{recipient_phone}}`, `${phone}`, `https://image-url`, `{...}`, `whatsapp-id`, `PHONE_NUMBER`, `+91xxxxxxxxxx`, `\"JSON Payload\"` for an object) where a phone number, id, link, code, enumeration value, emoji, number or object belongs; the value's format rules are not applied to it.",
        "Meta's pages, the LINK documents, Postman collections and templated fixtures write placeholders where values belong, and tools fill `{{…}}` or `${…}` before sending; sent as is, the request fails. One warning per value instead of format errors, so that templates lint clean while a forgotten placeholder is seen. Free text (bodies, captions, titles) is never a placeholder: `{{1}}` there is template text. Set the rule to \"error\" in linkwa.toml where payloads are linted right before sending, or \"off\" for repositories of templated fixtures. Formerly named `placeholder-value`.",
        "Meta Cloud API documentation and Postman collection, examples; LINK WhatsApp Message API 1.6.1, examples (`<FLOW_ID>`, `{...}`)";
}

/// Reports `value` at `path` as a placeholder when it is one for `slot`, and returns true (the
/// caller then skips its format checks); false otherwise. `member` names the member in the
/// message when the slot has no noun of its own.
pub(crate) fn check(cx: &mut Cx, value: &str, path: Path<'_>, slot: Slot, member: &str) -> bool {
    if !is_placeholder(value, slot.kind) {
        return false;
    }
    let what = match slot.what {
        Some(what) => what.to_owned(),
        None => format!("a real `{member}` value"),
    };
    cx.report(&PLACEHOLDER, path, Finding::Other(format!("`{}` is a placeholder, not {what}", quote(value))))
        .help("replace it with the real value before sending");
    true
}

/// True when `s` is a placeholder where a value of `kind` belongs (the forms are listed in the
/// module documentation).
pub(crate) fn is_placeholder(s: &str, kind: Kind) -> bool {
    let s = s.trim();
    let bytes = s.as_bytes();
    let Some(&first) = bytes.first() else { return false };
    // Each form is tried only when its first test passes: template syntax needs a bracket or
    // `$`, an ellipsis starts with a bracket, a dot or `…`, a URL with `h`; most real values
    // (`text`, `+16505551234`, ids, links) end after one vectorized search.
    let syntax = memchr::memchr3(b'<', b'{', b'$', bytes).is_some();
    if (syntax && template_syntax(s))
        || (matches!(first, b'{' | b'[' | b'(' | b'.' | 0xE2) && ellipsis(s))
        || (matches!(first, b'h' | b'H') && descriptive_url(s))
    {
        return true;
    }
    kind == Kind::Value && !syntax && words(bytes) && (description(s) || redacted(s))
}

/// Only word characters (letters, digits, `_`, `-`, spaces, `+`, brackets) with a separator or
/// an `x`: what a description or a redacted number needs.
fn words(bytes: &[u8]) -> bool {
    let mut separated = false;
    for &c in bytes {
        match c {
            b'_' | b'-' | b' ' | b'x' | b'X' => separated = true,
            b'+' | b'(' | b')' => {}
            c if c.is_ascii_alphanumeric() => {}
            _ => return false,
        }
    }
    separated
}

/// `{{…}}`, `${…}` or `<…>` anywhere in the value (`https://example.com/{{path}}` is templated
/// too). The content of `<…>` is a description: at most 80 characters, with a letter, and not an
/// e-mail address (`John <john@example.com>`).
fn template_syntax(s: &str) -> bool {
    let b = s.as_bytes();
    // The bytes after the first `open` pair, if any.
    let after = |open: [u8; 2]| {
        memchr::memchr_iter(open[0], b).find(|&i| b.get(i + 1) == Some(&open[1])).and_then(|i| b.get(i + 2..))
    };
    if after(*b"{{").is_some_and(|rest| rest.windows(2).any(|w| w == b"}}"))
        || after(*b"${").is_some_and(|rest| rest.contains(&b'}'))
    {
        return true;
    }
    memchr::memchr(b'<', b).is_some()
        && s.split('<').skip(1).any(|rest| {
            rest.split_once('>').is_some_and(|(inner, _)| {
                inner.chars().count() <= 80
                    && inner.chars().any(|c| c.is_alphabetic())
                    && !inner.contains(['@', '"', '='])
            })
        })
}

/// An ellipsis standing for the value, alone or in brackets: `{...}`, `{ ... }`, `[...]`, `…`.
fn ellipsis(s: &str) -> bool {
    let inner = s.trim_matches(|c: char| matches!(c, '{' | '}' | '[' | ']' | '(' | ')') || c.is_whitespace());
    inner == "…" || (inner.len() >= 3 && inner.bytes().all(|b| b == b'.'))
}

/// Words that name the value a description stands for: `whatsapp-id`, `IMAGE_URL`, `JSON Payload`.
/// Compared ignoring case, also with a plural `s`.
const NOUNS: &[&str] = &[
    "id",
    "identifier",
    "wamid",
    "code",
    "number",
    "msisdn",
    "phone",
    "url",
    "uri",
    "link",
    "domain",
    "host",
    "email",
    "address",
    "date",
    "day",
    "time",
    "timestamp",
    "token",
    "hash",
    "key",
    "emoji",
    "name",
    "version",
    "amount",
    "price",
    "quantity",
    "latitude",
    "longitude",
    "coordinate",
    "currency",
    "country",
    "language",
    "locale",
    "sku",
    "handle",
    "payload",
    "object",
    "json",
    "array",
    "list",
];

/// True when `word` is one of [`NOUNS`], in any case, or its plural.
fn is_noun(word: &str) -> bool {
    let singular = word.strip_suffix(['s', 'S']).filter(|w| w.len() > 1);
    NOUNS.iter().any(|n| n.eq_ignore_ascii_case(word) || singular.is_some_and(|w| n.eq_ignore_ascii_case(w)))
}

/// Two or more words of letters (a trailing number aside: `BUTTON_ID_1`), the last one naming a
/// value ([`NOUNS`]): upper case joined by `_` or `-` (`PHONE_NUMBER`, `MEDIA-OBJECT-ID`), or
/// lower or title case joined by `-` or spaces (`whatsapp-id`, `Recipient-Phone-Number`,
/// `JSON Payload`). Lower-case `snake_case` is left out: real template names and enumeration
/// values are spelt so (`verification_code`).
fn description(s: &str) -> bool {
    let upper = s.bytes().all(|b| !b.is_ascii_lowercase());
    if !upper && s.contains('_') {
        return false;
    }
    let separators: &[char] = if upper { &['_', '-', ' '] } else { &['-', ' '] };
    let (mut words, mut last, mut numbered) = (0, "", false);
    for word in s.split(separators) {
        if !word.is_empty() && !numbered && word.bytes().all(|b| b.is_ascii_alphabetic()) {
            (words, last) = (words + 1, word);
        } else if words >= 2 && !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()) {
            numbered = true;
        } else {
            return false;
        }
    }
    words >= 2 && is_noun(last)
}

/// A number redacted with a run of `x`: `+91xxxxxxxxxx`, `91 XXX XXX`.
fn redacted(s: &str) -> bool {
    let shape = s.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'x' | b'X' | b'+' | b' ' | b'-' | b'(' | b')'));
    shape && s.as_bytes().windows(3).any(|w| w.iter().all(|b| b.eq_ignore_ascii_case(&b'x')))
}

/// Single-word hosts that describe a URL rather than name a host.
const URL_WORDS: &[&str] =
    &["url", "uri", "link", "domain", "host", "hostname", "server", "website", "site", "yourdomain", "path"];

/// An `http://`, `https://` or `http(s)://` URL whose host is a description, not a host name: no
/// dot, and either several
/// words (`image-url`, `the_url`) or a word like `url` or `domain`. `localhost` and dotted or
/// bracketed hosts are real.
fn descriptive_url(s: &str) -> bool {
    // `http(s)://image-url`: Meta's Postman collection writes every media link so.
    let rest = ["http://", "https://", "http(s)://"].iter().find_map(|scheme| {
        s.get(..scheme.len()).filter(|p| p.eq_ignore_ascii_case(scheme)).and_then(|_| s.get(scheme.len()..))
    });
    let Some(rest) = rest else { return false };
    let host = rest.split(['/', '?', '#', ':']).next().unwrap_or_default();
    if host.is_empty() || host.eq_ignore_ascii_case("localhost") {
        return false;
    }
    let word = host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    word && host.bytes().any(|b| b.is_ascii_alphabetic())
        && (host.contains(['-', '_']) || URL_WORDS.iter().any(|w| w.eq_ignore_ascii_case(host)))
}
