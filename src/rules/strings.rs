//! Small string tests several rule families share.

/// True when `s` begins with `http://` or `https://`, in any letter case. Where the documents say
/// a URL or link "begins with http:// or https://" (LINK 1.6.1, Text message, Image message;
/// Cloud API reference, media and url fields).
pub(crate) fn has_http_scheme(s: &str) -> bool {
    starts_with_ci(s, "http://") || starts_with_ci(s, "https://")
}

/// True when `s` begins with `prefix`, ignoring ASCII case.
pub(crate) fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

/// The same name ignoring case, `_` and `-`: `first_name`, `firstName` and `FirstName`.
pub(crate) fn same_letters(a: &str, b: &str) -> bool {
    fn letters(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars().filter(|c| *c != '_' && *c != '-').flat_map(char::to_lowercase)
    }
    letters(a).eq(letters(b))
}

/// The number of days of `month` (1–12) of `year` in the proleptic Gregorian calendar (leap years:
/// divisible by 4, except centuries not divisible by 400); `None` for a month outside 1–12.
pub(crate) fn days_in_month(year: i64, month: i64) -> Option<i64> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 if leap => Some(29),
        2 => Some(28),
        _ => None,
    }
}

/// `YYYY-MM-DD` naming a real day of the proleptic Gregorian calendar, year 0001 or later
/// (RFC 3339 §5.6 `full-date`, with §5.7's day-of-month limits): `2026-02-29` and `2026-02-30`
/// are not dates, `2028-02-29` is.
pub(crate) fn is_calendar_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        b[r].iter().try_fold(0i64, |acc, c| c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0')))
    };
    let (Some(year), Some(month), Some(day)) = (num(0..4), num(5..7), num(8..10)) else { return false };
    year > 0 && days_in_month(year, month).is_some_and(|days| (1..=days).contains(&day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_dates() {
        for good in ["2026-01-31", "2028-02-29", "2000-02-29", "0001-12-31"] {
            assert!(is_calendar_date(good), "{good}");
        }
        for bad in ["2026-02-29", "2026-02-30", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "0000-01-01"] {
            assert!(!is_calendar_date(bad), "{bad}");
        }
        for bad in ["2026-1-01", "2026/01/01", "20260101", "２０２６-01-01", ""] {
            assert!(!is_calendar_date(bad), "{bad}");
        }
    }

    #[test]
    fn http_schemes_in_any_case() {
        assert!(has_http_scheme("https://example.com") && has_http_scheme("HTTP://x"));
        assert!(!has_http_scheme("www.example.com") && !has_http_scheme("ftp://x") && !has_http_scheme("http:/x"));
        assert!(!starts_with_ci("é", "e"), "no panic inside a character");
    }

    #[test]
    fn same_letters_ignores_case_and_separators() {
        assert!(same_letters("first_name", "firstName") && same_letters("wa-id", "WaId"));
        assert!(!same_letters("first_name", "last_name"));
    }
}
