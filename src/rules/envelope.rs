//! LW1xx: the MessageRequest envelope (POST /messages): identifiers, priority, validity times,
//! custom parameters, source and destination MSISDNs, and the list of messages.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "MessageRequest", "Recognized Custom Parameters",
//! "Terms and glossary" (Date, MSISDN); E.164; Service4U WhatsApp API, phone number formats.

use super::cx::Cx;
use super::finding::{Finding, Unit, quote};
use super::registry::declare_rules;
use super::shape::{Obj, Shape, Ty, chars, opt, req};
use super::strings::is_calendar_date;
use super::{message, placeholder, structure::WRONG_TYPE};
use crate::diagnostic::Severity;
use crate::json::tree::Value;
use crate::rules::path::Path;

const REQUEST: &str = "LINK WhatsApp Message API 1.6.1, MessageRequest";

declare_rules! {
    PRIORITY_INVALID = LW101 "priority-invalid" Error fix Safe,
        "`priority` is one of LOW, NORMAL, HIGH.",
        "The gateway rejects other values (112402 Bad request).",
        REQUEST;
    RELATIVE_VALIDITY_LOOKS_LIKE_TIMESTAMP = LW102 "relative-validity-looks-like-timestamp" Warning,
        "`relativeValidityTime` is a duration in milliseconds; a value over ten years is most likely an epoch timestamp.",
        "The document's own example (1584543059442) is a point in time: as a duration it keeps the message alive for about 50 years.",
        REQUEST;
    RELATIVE_VALIDITY_NOT_POSITIVE = LW103 "relative-validity-not-positive" Error,
        "`relativeValidityTime` is a positive number of milliseconds.",
        "A message that is to live for zero or fewer milliseconds expires before it is sent.",
        REQUEST;
    ABSOLUTE_VALIDITY_NOT_RFC3339 = LW104 "absolute-validity-not-rfc3339" Error,
        "`absoluteValidityTime` is an RFC 3339 date-time with a time zone, e.g. 2020-03-18T16:49:21Z.",
        "The gateway cannot read other formats and rejects the request.",
        "LINK WhatsApp Message API 1.6.1, Terms and glossary: Date";
    VALIDITY_BOTH_SET = LW105 "validity-both-set" Warning,
        "Both `absoluteValidityTime` and `relativeValidityTime` are set.",
        "`absoluteValidityTime` takes precedence; `relativeValidityTime` is ignored.",
        REQUEST;
    MSISDN_INVALID = LW106 "msisdn-invalid" Error,
        "An MSISDN holds only digits, an optional leading `+`, and the separators `-`, `(`, `)` and spaces.",
        "The gateway cannot route the number.",
        "LINK WhatsApp Message API 1.6.1, Terms and glossary: MSISDN; Service4U WhatsApp API, phone number formats";
    MSISDN_TOO_LONG = LW107 "msisdn-too-long" Error,
        "An MSISDN has at most 15 digits (E.164).",
        "No telephone number is longer; the number cannot be delivered to.",
        "ITU-T E.164, number length";
    MSISDN_WITHOUT_COUNTRY_CODE = LW108 "msisdn-without-country-code" Warning,
        "A destination is written without `+` and country code.",
        "The sender's country code is prepended to such numbers, so a number from another country is misdelivered. In Cloud API JSON it is info only: Meta says the plus sign is optional and writes its own examples without it (`16505551234`), so there it is a note, not a warning.",
        "Service4U WhatsApp API, phone number formats; Meta Cloud API reference, Messages: to (plus sign optional)";
    DESTINATIONS_EMPTY = LW109 "destinations-empty" Error,
        "`destinations` lists at least one MSISDN.",
        "With no destination nothing is sent; the gateway rejects the request.",
        REQUEST;
    MESSAGES_EMPTY = LW113 "messages-empty" Error,
        "`messages` lists at least one message.",
        "With no message nothing is sent; the gateway rejects the request.",
        REQUEST;
    DESTINATION_REPEATED = LW114 "destination-repeated" Warning,
        "The same MSISDN appears twice in `destinations`.",
        "Each destination is sent every message: the recipient gets everything twice.",
        REQUEST;
    CUSTOM_PARAMETER_NOT_STRING = LW115 "custom-parameter-not-string" Error,
        "`customParameters` maps strings to strings, one level deep.",
        "The gateway's KeyValue type holds strings only; nested objects, numbers and booleans are rejected.",
        "LINK WhatsApp Message API 1.6.1, Terms and glossary: KeyValue-Type";
    LOG_MESSAGE_CONTENT_NOT_BOOLEAN = LW116 "log-message-content-not-boolean" Error,
        "`customParameters.ott.whatsapp.logMessageContent` is \"true\" or \"false\".",
        "The recognized custom parameter is a Boolean; other values are not understood.",
        "LINK WhatsApp Message API 1.6.1, Recognized Custom Parameters";
    REQUIRED_STRING_EMPTY = LW117 "required-string-empty" Error,
        "The required envelope strings (`platformId`, `platformPartnerId`, `refId`, `source`) are not empty.",
        "An empty identifier is as good as a missing one: the gateway rejects the request.",
        REQUEST;
}

pub(crate) static MESSAGE_REQUEST: Shape = Shape {
    cache: Shape::cache(),
    name: "a MessageRequest",
    fields: &[
        req("platformId", Ty::Str),
        req("platformPartnerId", Ty::Str),
        opt("platformServiceId", Ty::Str),
        opt("platformServiceType", Ty::Str),
        opt("platformTransactionId", Ty::Str),
        req("priority", Ty::Str),
        opt("relativeValidityTime", Ty::Int),
        opt("absoluteValidityTime", Ty::Str),
        opt("eventReportGates", Ty::Arr),
        req("refId", Ty::Str),
        opt("customParameters", Ty::Obj),
        req("source", Ty::Str),
        req("destinations", Ty::Arr),
        req("messages", Ty::Arr),
    ],
};

pub(crate) const PRIORITIES: &[&str] = &["LOW", "NORMAL", "HIGH"];
/// Ten years in milliseconds: no message validity is longer; an epoch timestamp in ms is far larger.
const TEN_YEARS_MS: i64 = 10 * 365 * 24 * 60 * 60 * 1000;

/// Checks a whole MessageRequest document.
pub(crate) fn check(cx: &mut Cx, value: &Value) {
    let Some(req) = cx.object(value, &Path::root(), &MESSAGE_REQUEST) else { return };
    for key in ["platformId", "platformPartnerId", "refId", "source"] {
        if let Some((s, path)) = req.str(key)
            && s.trim().is_empty()
        {
            cx.report(
                &REQUIRED_STRING_EMPTY,
                path,
                Finding::TooShort { subject: "the value", actual: 0, min: 1, unit: Unit::Chars },
            );
        }
    }
    if let Some((p, path)) = req.str("priority")
        && !PRIORITIES.contains(&p)
    {
        cx.report(
            &PRIORITY_INVALID,
            path,
            Finding::NotOneOf { subject: "priority", actual: p.to_owned(), allowed: PRIORITIES },
        )
        .help_opt(PRIORITIES.iter().find(|c| c.eq_ignore_ascii_case(p)).map(|c| format!("use `{c}`")))
        .fix_spelling(path, p, PRIORITIES);
    }
    check_validity(cx, &req);
    check_custom_parameters(cx, &req);
    if let Some((s, path)) = req.str("source")
        && !s.trim().is_empty()
    {
        check_msisdn(cx, s, path, None);
    }
    if let Some(destinations) = req.arr("destinations") {
        if destinations.len() == 0 {
            cx.report(
                &DESTINATIONS_EMPTY,
                destinations.path,
                Finding::TooFew { subject: "`destinations`", actual: 0, min: 1 },
            );
        }
        let mut seen: Vec<(String, Path)> = Vec::new();
        for (item, path) in destinations.iter() {
            let Some(number) = item.as_str() else {
                let actual = super::finding::json_type(item);
                cx.report(
                    &WRONG_TYPE,
                    path,
                    Finding::WrongType { subject: "a destination".into(), expected: "a string", actual },
                );
                continue;
            };
            // A placeholder (`<DESTINATION>`, `{{phone}}`) is reported once and never a duplicate.
            if placeholder::check(cx, number, path, placeholder::slots::PHONE, "destinations") {
                continue;
            }
            check_msisdn(cx, number, path, Some(MSISDN_WITHOUT_COUNTRY_CODE.severity));
            let digits: String = number.chars().filter(char::is_ascii_digit).collect();
            match seen.iter().find(|(d, _)| *d == digits) {
                Some((_, first)) if !digits.is_empty() => {
                    let first = *first;
                    cx.report(&DESTINATION_REPEATED, path, Finding::Duplicate { subject: "this destination", first });
                }
                _ => seen.push((digits, path)),
            }
        }
    }
    if let Some(messages) = req.arr("messages") {
        if messages.len() == 0 {
            cx.report(&MESSAGES_EMPTY, messages.path, Finding::TooFew { subject: "`messages`", actual: 0, min: 1 });
        }
        for (item, path) in messages.iter() {
            message::check_in(cx, item, &path, true);
        }
    }
    if let Some(gates) = req.arr("eventReportGates") {
        for (item, path) in gates.iter().filter(|(v, _)| !v.is_string()) {
            let actual = super::finding::json_type(item);
            cx.report(
                &WRONG_TYPE,
                path,
                Finding::WrongType { subject: "an event report gate".into(), expected: "a string", actual },
            );
        }
    }
}

fn check_validity(cx: &mut Cx, req: &Obj<'_>) {
    if let Some((ms, path)) = req.get("relativeValidityTime").and_then(|(v, p)| Some((v.as_i64()?, p))) {
        if ms <= 0 {
            cx.report(
                &RELATIVE_VALIDITY_NOT_POSITIVE,
                path,
                Finding::Other(format!("`relativeValidityTime` is {ms} ms; it must be more than 0")),
            );
        } else if ms > TEN_YEARS_MS {
            let years = ms / (365 * 24 * 60 * 60 * 1000);
            cx.report(
                &RELATIVE_VALIDITY_LOOKS_LIKE_TIMESTAMP,
                path,
                Finding::Other(format!(
                    "`relativeValidityTime` is {ms} ms, about {years} years; it is a duration, and this looks like an epoch timestamp"
                )),
            )
            .help("give a duration in milliseconds, e.g. 86400000 for one day, or use `absoluteValidityTime`");
        }
    }
    if let Some((date, path)) = req.str("absoluteValidityTime") {
        if !is_rfc3339(date) {
            cx.report(
                &ABSOLUTE_VALIDITY_NOT_RFC3339,
                path,
                Finding::Other(match date.get(..10).filter(|d| looks_like_date(d) && !is_calendar_date(d)) {
                    Some(day) => {
                        format!("`{}` is not an RFC 3339 date-time: {day} is no day of the calendar", quote(date))
                    }
                    None => format!("`{}` is not an RFC 3339 date-time", quote(date)),
                }),
            )
            .help("e.g. 2020-03-18T16:49:21Z or 2020-03-18T17:49:21+01:00");
        }
        if req.has("relativeValidityTime") {
            cx.report(
                &VALIDITY_BOTH_SET,
                req.path_of("relativeValidityTime"),
                Finding::Other("`relativeValidityTime` is ignored: `absoluteValidityTime` takes precedence".into()),
            );
        }
    }
}

fn check_custom_parameters(cx: &mut Cx, req: &Obj<'_>) {
    let Some((params, path)) = req.get("customParameters") else { return };
    let Some(map) = params.as_object() else { return };
    for (key, value) in map {
        let Some(s) = value.as_str() else {
            let actual = super::finding::json_type(value);
            cx.report(
                &CUSTOM_PARAMETER_NOT_STRING,
                path.key(key),
                Finding::WrongType {
                    subject: format!("custom parameter `{}`", quote(key)),
                    expected: "a string",
                    actual,
                },
            );
            continue;
        };
        if key == "ott.whatsapp.logMessageContent" && s != "true" && s != "false" {
            cx.report(
                &LOG_MESSAGE_CONTENT_NOT_BOOLEAN,
                path.key(key),
                Finding::NotOneOf {
                    subject: "`ott.whatsapp.logMessageContent`",
                    actual: s.to_owned(),
                    allowed: &["true", "false"],
                },
            );
        }
    }
}

/// Checks an MSISDN; returns whether it reported anything. A destination number also gets the
/// country-code finding (LW108), at `destination`'s severity (`None`: not a destination).
pub(crate) fn check_msisdn(cx: &mut Cx, number: &str, path: Path, destination: Option<Severity>) -> bool {
    let trimmed = number.trim();
    let body = trimmed.strip_prefix('+').unwrap_or(trimmed);
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, '-' | '(' | ')' | ' ');
    let digits = body.chars().filter(char::is_ascii_digit).count();
    if digits == 0 || !body.chars().all(allowed) {
        cx.report(
            &MSISDN_INVALID,
            path,
            Finding::Other(format!(
                "the number has {} characters that are not digits or separators",
                body.chars().filter(|c| !allowed(*c)).count().max(usize::from(digits == 0))
            )),
        )
        .help("write it as +<country code><number>, e.g. +4670000000");
        return true;
    }
    if digits > 15 {
        cx.report(
            &MSISDN_TOO_LONG,
            path,
            Finding::TooLong { subject: "the number", actual: digits, max: 15, unit: Unit::Digits },
        );
        return true;
    }
    if let Some(severity) = destination
        && !trimmed.starts_with('+')
        && !body.starts_with("00")
    {
        cx.report(
            &MSISDN_WITHOUT_COUNTRY_CODE,
            path,
            Finding::Other(format!(
                "the number has no `+` and country code ({} digits)",
                chars(&body.replace(|c: char| !c.is_ascii_digit(), ""))
            )),
        )
        .help("write it as +<country code><number>")
        .severity(severity);
        return true;
    }
    false
}

/// `YYYY-MM-DD` in form (digits and dashes), whether or not it names a real day.
fn looks_like_date(s: &str) -> bool {
    s.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
}

/// RFC 3339 `date-time`: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`, `T` or space, case-insensitive,
/// on a real calendar date (`2026-02-30T10:00:00Z` is not one; RFC 3339 §5.7).
pub(crate) fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(99);
    if b.len() < 20 || !digits(0..4) || b[4] != b'-' || !digits(5..7) || b[7] != b'-' || !digits(8..10) {
        return false;
    }
    if !matches!(b[10], b'T' | b't' | b' ')
        || !digits(11..13)
        || b[13] != b':'
        || !digits(14..16)
        || b[16] != b':'
        || !digits(17..19)
    {
        return false;
    }
    if !s.get(..10).is_some_and(is_calendar_date) || num(11..13) > 23 || num(14..16) > 59 || num(17..19) > 60 {
        return false;
    }
    let mut i = 19;
    if b[i] == b'.' {
        i += 1;
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    match &b[i..] {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', ..] => {
            b.len() == i + 6
                && digits(i + 1..i + 3)
                && b[i + 3] == b':'
                && digits(i + 4..i + 6)
                && num(i + 1..i + 3) <= 23
                && num(i + 4..i + 6) <= 59
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests;
