//! Documentation and template placeholders (LW508): `<TO>`, `{{recipient_phone}}`,
//! `PHONE_NUMBER`, `MEDIA-OBJECT-ID`, `+91xxxxxxxxxx`.
//!
//! The Cloud API documents (003, 004) fill their examples with such values, and tools that keep
//! request templates (Postman and the like) substitute `{{…}}` variables before sending. Where a
//! value has a format (a phone number, a media link or id, a date, a language or country code, a
//! coordinate, a message id), a placeholder is reported once, as a warning, instead of the format
//! error it would otherwise get. Only in Cloud API JSON: LINK payloads are checked as before.

use super::codes::PLACEHOLDER_VALUE;
use crate::diagnostic::Dialect;
use crate::rules::finding::{Finding, quote};
use crate::rules::shape::Cx;
use crate::rules::shape::Path;

/// True when `s` is a placeholder: `<…>` (also `<a> or <b>`), `{{…}}`, an upper-case word of at
/// least 6 letters joined by `_` or `-` (`PHONE_NUMBER`, `MEDIA-OBJECT-ID`), or a number redacted
/// with a run of `x` (`+91xxxxxxxxxx`).
pub(crate) fn is_placeholder(s: &str) -> bool {
    let s = s.trim();
    if s.starts_with('<') && s.contains('>') {
        return true;
    }
    if let Some(open) = s.find("{{")
        && s[open..].contains("}}")
    {
        return true;
    }
    let letters = s.bytes().filter(u8::is_ascii_uppercase).count();
    let word = s.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    if word && letters >= 6 && s.bytes().any(|b| b == b'_' || b == b'-') {
        return true;
    }
    let redacted = s.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'x' | b'X' | b'+' | b' ' | b'-'));
    redacted && s.to_ascii_lowercase().contains("xxx")
}

/// In Cloud API JSON, reports `value` at `path` as a placeholder for `what` (e.g. "phone number")
/// and returns true; the caller then skips its format checks. Returns false otherwise (and always
/// in LINK JSON).
pub(crate) fn check(cx: &mut Cx, value: &str, path: &Path, what: &str) -> bool {
    if cx.dialect != Dialect::Cloud || !is_placeholder(value) {
        return false;
    }
    cx.report(
        &PLACEHOLDER_VALUE,
        *path,
        Finding::Other(format!("`{}` is a placeholder, not a {what}", quote(value))),
    )
    .help = Some(format!("replace it with the real {what} before sending"));
    true
}

#[cfg(test)]
mod tests {
    use super::is_placeholder;

    #[test]
    fn placeholders_are_recognized() {
        for s in [
            "<TO>",
            "<phone number> or <wa_id>",
            "{{recipient_phone}}",
            "{{media_image_url}}",
            "PHONE_NUMBER",
            "MEDIA-OBJECT-ID",
            "COUNTRY_ISO_CODE",
            "YEAR_MONTH_DAY",
            "LANGUAGE_AND_LOCALE_CODE",
            "+91xxxxxxxxxx",
            "91xxxxxxxxxx",
        ] {
            assert!(is_placeholder(s), "{s}");
        }
    }

    #[test]
    fn real_values_are_not_placeholders() {
        for s in [
            "+16505551234",
            "en_US",
            "EN_US",
            "USD",
            "IN",
            "1990-01-15",
            "https://example.com/a.png",
            "wamid.HBgL",
            "x",
            "box",
        ] {
            assert!(!is_placeholder(s), "{s}");
        }
    }
}
