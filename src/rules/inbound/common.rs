//! Checks every inbound kind shares: dates, KeyValue maps, identifiers, enumerated values,
//! MSISDNs, URLs, MIME types and the Route resource.

use super::{
    INBOUND_DATE_NOT_RFC3339, INBOUND_ID_EMPTY, INBOUND_KEY_VALUE_NOT_STRING, INBOUND_MSISDN_INVALID,
    INBOUND_VALUE_PADDED, INBOUND_VALUE_UNKNOWN, INCOMING_MEDIA_SOURCE_INVALID, INCOMING_MEDIA_TYPE_NOT_MIME,
};
use crate::json::tree::{Map, Value};
use crate::rules::cx::Cx;
use crate::rules::envelope::is_rfc3339;
use crate::rules::finding::{Finding, json_type, quote};
use crate::rules::path::Path;
use crate::rules::shape::{Obj, Shape, Ty, opt};
use crate::rules::strings::has_http_scheme;
use crate::rules::structure::WRONG_TYPE;
use crate::rules::suggest::closest;

/// The Route resource of an incoming message: "Either MsisdnSession, SubNumber or Keyword". The
/// documents only show a keyword route, so every member is optional and `type` is not enumerated.
pub(crate) static ROUTE: Shape = Shape {
    cache: Shape::cache(),
    name: "a route",
    fields: &[
        opt("id", Ty::Str),
        opt("refId", Ty::Str),
        opt("platformId", Ty::Str),
        opt("platformPartnerId", Ty::Str),
        opt("platformServiceType", Ty::Str),
        opt("platformServiceId", Ty::Str),
        opt("number", Ty::Str),
        opt("gateIds", Ty::Arr),
        opt("customParameters", Ty::Any),
        opt("type", Ty::Str),
        opt("keyword", Ty::Any),
        opt("keywordType", Ty::Str),
        opt("active", Ty::Bool),
        opt("start", Ty::Str),
        opt("end", Ty::Str),
        opt("shared", Ty::Bool),
        opt("description", Ty::Str),
    ],
};

/// Reports a member whose value is neither a string nor null (members declared `Ty::Any` because
/// the documents show `null` for them).
pub(super) fn check_str_or_null(cx: &mut Cx, obj: &Obj<'_>, key: &str) {
    if let Some((value, path)) = obj.get(key)
        && !value.is_string()
        && !value.is_null()
    {
        cx.report(
            &WRONG_TYPE,
            path,
            Finding::WrongType { subject: format!("`{key}`"), expected: "a string or null", actual: json_type(value) },
        );
    }
}

/// Checks a Date member: an RFC 3339 date-time.
pub(super) fn check_date(cx: &mut Cx, obj: &Obj<'_>, key: &str) {
    if let Some((date, path)) = obj.str(key)
        && !is_rfc3339(date)
    {
        cx.report(
            &INBOUND_DATE_NOT_RFC3339,
            path,
            Finding::Other(format!("`{key}` `{}` is not an RFC 3339 date-time", quote(date))),
        )
        .help("e.g. 2020-03-30T12:59:41+02:00 or 2020-03-21T17:41:58Z");
    }
}

/// Checks a KeyValue member (`customParameters`, `gateCustomParameters`): null, or an object whose
/// values are strings and whose keys have no surrounding white space. Returns the map when it is one.
pub(super) fn check_key_value<'v>(
    cx: &mut Cx,
    obj: &Obj<'v>,
    key: &str,
    known: &[&'static str],
) -> Option<(&'v Map<'v>, Path<'v>)> {
    let (value, path) = obj.get(key)?;
    let map = match value {
        Value::Null => return None,
        Value::Object(map) => map,
        other => {
            cx.report(
                &WRONG_TYPE,
                path,
                Finding::WrongType {
                    subject: format!("`{key}`"),
                    expected: "an object or null",
                    actual: json_type(other),
                },
            );
            return None;
        }
    };
    for (name, member) in map {
        let member_path = path.key(name);
        if !member.is_string() {
            cx.report(
                &INBOUND_KEY_VALUE_NOT_STRING,
                member_path,
                Finding::WrongType {
                    subject: format!("`{key}` value `{}`", quote(name)),
                    expected: "a string",
                    actual: json_type(member),
                },
            );
        }
        let trimmed = name.trim();
        if trimmed != name {
            cx.report(
                &INBOUND_VALUE_PADDED,
                member_path,
                Finding::Other(format!("the key `{}` has white space around it", quote(trimmed))),
            )
            .help(match known.iter().find(|k| **k == trimmed) {
                Some(k) => format!("use `{k}`"),
                None => "remove the white space".into(),
            });
        }
    }
    Some((map, path))
}

/// Checks an identifier string: not empty, no surrounding white space.
pub(super) fn check_id(cx: &mut Cx, id: &str, path: Path, subject: &'static str) {
    if id.trim().is_empty() {
        cx.report(&INBOUND_ID_EMPTY, path, Finding::Other(format!("{subject} is empty")));
    } else if id.trim() != id {
        cx.report(&INBOUND_VALUE_PADDED, path, Finding::Padded { subject })
            .help("remove the white space")
            .fix_trim(path, id);
    }
}

/// Checks an identifier member (see [`check_id`]).
pub(super) fn check_id_member(cx: &mut Cx, obj: &Obj<'_>, key: &str, subject: &'static str) {
    if let Some((id, path)) = obj.str(key) {
        check_id(cx, id, path, subject);
    }
}

/// Checks an enumerated string member against `allowed` (exact, case-sensitive); white space around
/// the value is reported on its own. Returns the value, trimmed, when it is one of `allowed`.
pub(super) fn check_enum<'v>(
    cx: &mut Cx,
    obj: &Obj<'v>,
    key: &str,
    subject: &'static str,
    allowed: &'static [&'static str],
) -> Option<&'v str> {
    let (value, path) = obj.str(key)?;
    let trimmed = value.trim();
    if trimmed != value && !trimmed.is_empty() {
        cx.report(&INBOUND_VALUE_PADDED, path, Finding::Padded { subject })
            .help(format!("use `{}`", quote(trimmed)))
            .fix_trim(path, value);
    }
    if let Some(found) = allowed.iter().find(|a| **a == trimmed) {
        return Some(found);
    }
    cx.report(&INBOUND_VALUE_UNKNOWN, path, Finding::NotOneOf { subject, actual: trimmed.to_owned(), allowed })
        .help_opt(
            allowed
                .iter()
                .find(|a| a.eq_ignore_ascii_case(trimmed))
                .copied()
                .or_else(|| closest(trimmed, allowed))
                .or_else(|| prefix_of(trimmed, allowed))
                .map(|s| format!("did you mean `{s}`?")),
        );
    None
}

/// The only candidate that begins with `value` (3 or more characters, any case): `list` → `list_reply`.
fn prefix_of(value: &str, allowed: &[&'static str]) -> Option<&'static str> {
    if value.len() < 3 {
        return None;
    }
    let starts = |a: &&&str| a.get(..value.len()).is_some_and(|p| p.eq_ignore_ascii_case(value));
    let mut found = allowed.iter().filter(starts);
    match (found.next(), found.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// Checks an MSISDN member the gateway sends: an optional `+` and 1 to 15 digits.
pub(super) fn check_msisdn(cx: &mut Cx, obj: &Obj<'_>, key: &str) {
    let Some((number, path)) = obj.str(key) else { return };
    let body = number.strip_prefix('+').unwrap_or(number);
    let others = body.chars().filter(|c| !c.is_ascii_digit()).count();
    let digits = body.len() - body.bytes().filter(|b| !b.is_ascii_digit()).count();
    let message = if body.is_empty() {
        format!("`{key}` is empty")
    } else if others > 0 {
        let what = if others == 1 { "character that is not a digit" } else { "characters that are not digits" };
        format!("`{key}` has {others} {what} (after an optional leading `+`)")
    } else if digits > 15 {
        format!("`{key}` has {digits} digits; the limit is 15")
    } else {
        return;
    };
    cx.report(&INBOUND_MSISDN_INVALID, path, Finding::Other(message))
        .help("the gateway sends numbers as +<country code><number>, e.g. +46000000000");
}

/// Checks a URL member: http:// or https://, no white space.
pub(super) fn check_url(cx: &mut Cx, obj: &Obj<'_>, key: &str) {
    let Some((url, path)) = obj.str(key) else { return };
    let message = if !has_http_scheme(url) {
        format!("`{key}` does not start with http:// or https://")
    } else if url.chars().any(char::is_whitespace) {
        let breaks = url.chars().filter(|c| *c == '\n' || *c == '\r').count();
        if breaks == 1 {
            format!("`{key}` contains a line break")
        } else if breaks > 1 {
            format!("`{key}` contains {breaks} line breaks")
        } else {
            format!("`{key}` contains white space")
        }
    } else {
        return;
    };
    cx.report(&INCOMING_MEDIA_SOURCE_INVALID, path, Finding::Other(message));
}

/// Checks a MIME type member: `type/subtype`, no white space.
pub(super) fn check_mime(cx: &mut Cx, obj: &Obj<'_>, key: &str) {
    let Some((mime, path)) = obj.str(key) else { return };
    let ok = mime.split_once('/').is_some_and(|(t, s)| {
        let token = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_graphic() && b != b'/');
        token(t) && token(s.split(';').next().unwrap_or(s).trim_end())
    });
    if !ok {
        cx.report(
            &INCOMING_MEDIA_TYPE_NOT_MIME,
            path,
            Finding::Other(format!("`{key}` `{}` is not a MIME type", quote(mime))),
        )
        .help("e.g. image/jpeg, audio/ogg, video/mp4, application/pdf");
    }
}

/// Checks the `route` member of an incoming message.
pub(super) fn check_route(cx: &mut Cx, obj: &Obj<'_>) {
    let Some(route) = obj.obj(cx, "route", &ROUTE) else { return };
    check_msisdn(cx, &route, "number");
    check_date(cx, &route, "start");
    check_date(cx, &route, "end");
    check_str_or_null(cx, &route, "keyword");
    check_key_value(cx, &route, "customParameters", &[]);
    if let Some(gates) = route.arr("gateIds") {
        for (item, path) in gates.iter().filter(|(v, _)| !v.is_string()) {
            cx.report(
                &WRONG_TYPE,
                path,
                Finding::WrongType { subject: "a gate id".into(), expected: "a string", actual: json_type(item) },
            );
        }
    }
}
