//! Currency and DateTime objects, and the whole-number reading they share with button indexes.
//!
//! In Cloud API JSON the objects are spelt `currency { fallback_value, code, amount_1000 }` and
//! `date_time { fallback_value, … }`; `amount_1000` is a JSON integer there (Meta: "Amount
//! multiplied by 1000", an integer in every example), and a `date_time` is shown as its
//! `fallback_value` only.

use super::codes::{
    CURRENCY_AMOUNT_INVALID, CURRENCY_CODE_INVALID, CURRENCY_CODE_UNKNOWN, DATE_TIME_DAY_OF_WEEK_MISMATCH,
    DATE_TIME_FIELD_INVALID, DATE_TIME_FIELDS_INCOMPLETE, DATE_TIME_LOCALIZATION_IGNORED,
    DATE_TIME_TIMESTAMP_NOT_ALONE, TIMESTAMP_LOOKS_LIKE_SECONDS,
};
use super::currencies::is_iso_4217;
use crate::diagnostic::Dialect;
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, quote};
use crate::rules::path::Path;
use crate::rules::shape::{Obj, Shape, Ty, opt, req};
use crate::rules::strings::days_in_month;

/// A whole number given as a JSON integer or as a string of ASCII digits with an optional leading
/// `-` (the documents type many numbers as String and show them as numbers). `None` for anything
/// else: fractions, exponents, empty or non-numeric strings, integers beyond `i64`.
pub(super) fn whole_number(value: &Value) -> Option<i64> {
    match value {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => {
            let digits = s.strip_prefix('-').unwrap_or(s);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            s.parse().ok()
        }
        _ => None,
    }
}

/// Milliseconds below this (1973-03-03) are most likely seconds: a timestamp in seconds stays
/// below it until the year 5138.
pub(super) const SECONDS_THRESHOLD: i64 = 100_000_000_000;

/// Reports a millisecond timestamp that looks like seconds.
pub(super) fn check_milliseconds(cx: &mut Cx, ms: i64, path: Path, member: &str) {
    if (0..SECONDS_THRESHOLD).contains(&ms) {
        cx.report(
            &TIMESTAMP_LOOKS_LIKE_SECONDS,
            path,
            Finding::Other(format!("`{member}` is {ms}, which as milliseconds is in 1970-1973; it looks like seconds")),
        )
        .help(format!("milliseconds are seconds × 1000: {}", ms.saturating_mul(1000)));
    }
}

/// `currency`: all three members required.
pub(crate) static CURRENCY: Shape = Shape {
    cache: Shape::cache(),
    name: "`currency`",
    fields: &[req("fallbackValue", Ty::Str), req("code", Ty::Str), req("amount1000", Ty::NumOrStr)],
};

/// `currency` in Cloud API JSON: `amount_1000` is an integer.
pub(crate) static CLOUD_CURRENCY: Shape = Shape {
    cache: Shape::cache(),
    name: "`currency`",
    fields: &[
        req("fallbackValue", Ty::Str).cloud("fallback_value"),
        req("code", Ty::Str),
        req("amount1000", Ty::Int).cloud("amount_1000"),
    ],
};

/// Checks the `currency` object of a currency parameter.
pub(super) fn check_currency(cx: &mut Cx, param: &Obj<'_>) {
    let shape = if cx.dialect == Dialect::Cloud { &CLOUD_CURRENCY } else { &CURRENCY };
    let Some(currency) = param.obj(cx, "currency", shape) else { return };
    if let Some((code, path)) = currency.str("code") {
        if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
            if !is_iso_4217(code) {
                cx.report(
                    &CURRENCY_CODE_UNKNOWN,
                    path,
                    Finding::Other(format!("`{code}` is not an ISO 4217 currency code")),
                );
            }
        } else {
            let upper = code.trim().to_ascii_uppercase();
            let d = cx.report(
                &CURRENCY_CODE_INVALID,
                path,
                Finding::Other(format!("currency code `{}` is not three uppercase letters", quote(code))),
            );
            if upper.len() == 3 && is_iso_4217(&upper) {
                d.help(format!("use `{upper}`")).fix_string(path, &upper);
            } else {
                d.help("use an ISO 4217 code such as `USD` or `EUR`");
            }
        }
    }
    if let Some((amount, path)) = currency.get("amount1000")
        && whole_number(amount).is_none()
    {
        let name = currency.name_of("amount1000");
        cx.report(&CURRENCY_AMOUNT_INVALID, path, Finding::Other(format!("`{name}` is not a whole number")))
            .help("give the amount in minor units × 1000 as digits: $100.99 is 100990");
    }
}

/// The six members that together give a date, with their ranges.
const PARTS: [(&str, i64, i64); 6] = [
    ("dayOfWeek", 1, 7),
    ("dayOfMonth", 1, 31),
    ("year", 1, 9999),
    ("month", 1, 12),
    ("hour", 0, 23),
    ("minute", 0, 59),
];

/// `dateTime`: `fallbackValue`, and the six parts or `timestamp`. Typed String in the table and
/// sent as numbers in the examples: both accepted.
pub(crate) static DATE_TIME: Shape = Shape {
    cache: Shape::cache(),
    name: "`dateTime`",
    fields: &[
        req("fallbackValue", Ty::Str),
        opt("dayOfWeek", Ty::NumOrStr),
        opt("dayOfMonth", Ty::NumOrStr),
        opt("year", Ty::NumOrStr),
        opt("month", Ty::NumOrStr),
        opt("hour", Ty::NumOrStr),
        opt("minute", Ty::NumOrStr),
        opt("timestamp", Ty::NumOrStr),
    ],
};

/// `date_time` in Cloud API JSON: `fallback_value`, and Meta's optional localization fields, which
/// the Cloud API ignores (LW348).
pub(crate) static CLOUD_DATE_TIME: Shape = Shape {
    cache: Shape::cache(),
    name: "`date_time`",
    fields: &[
        req("fallbackValue", Ty::Str).cloud("fallback_value"),
        opt("dayOfWeek", Ty::NumOrStr).cloud("day_of_week"),
        opt("dayOfMonth", Ty::NumOrStr).cloud("day_of_month"),
        opt("year", Ty::NumOrStr),
        opt("month", Ty::NumOrStr),
        opt("hour", Ty::NumOrStr),
        opt("minute", Ty::NumOrStr),
        opt("calendar", Ty::Str),
        opt("timestamp", Ty::NumOrStr),
    ],
};

/// Checks the `dateTime` object (Cloud API `date_time`) of a dateTime parameter.
pub(super) fn check_date_time(cx: &mut Cx, param: &Obj<'_>) {
    if cx.dialect == Dialect::Cloud {
        check_cloud_date_time(cx, param);
        return;
    }
    let Some(dt) = param.obj(cx, "dateTime", &DATE_TIME) else { return };
    let present = PARTS.iter().filter(|(k, _, _)| dt.has(k)).count();
    if dt.has("timestamp") {
        if present > 0 {
            cx.report(
                &DATE_TIME_TIMESTAMP_NOT_ALONE,
                dt.path_of("timestamp"),
                Finding::Other(format!("`timestamp` is given with {present} of the date parts; give one or the other")),
            );
        }
        if let Some((value, path)) = dt.get("timestamp") {
            match whole_number(value) {
                Some(ms) if ms >= 0 => check_milliseconds(cx, ms, path, "timestamp"),
                _ => {
                    cx.report(
                        &DATE_TIME_FIELD_INVALID,
                        path,
                        Finding::Other("`timestamp` is not a whole number of milliseconds since 1970".into()),
                    );
                }
            }
        }
    } else if present == 0 {
        cx.report(
            &DATE_TIME_FIELDS_INCOMPLETE,
            dt.path,
            Finding::Other("the dateTime has neither the date parts nor `timestamp`".into()),
        )
        .help("give dayOfWeek, dayOfMonth, year, month, hour and minute, or timestamp alone");
    } else if present < PARTS.len() {
        for (key, _, _) in PARTS.iter().filter(|(k, _, _)| !dt.has(k)) {
            cx.report(&DATE_TIME_FIELDS_INCOMPLETE, dt.path.key(key), Finding::Missing { member: (*key).to_owned() })
                .help("the date parts go together: dayOfWeek, dayOfMonth, year, month, hour, minute");
        }
    }
    let mut parts = [None; 6];
    for (slot, (key, min, max)) in parts.iter_mut().zip(PARTS) {
        let Some((value, path)) = dt.get(key) else { continue };
        match whole_number(value) {
            Some(n) if (min..=max).contains(&n) => *slot = Some(n),
            Some(n) => {
                cx.report(
                    &DATE_TIME_FIELD_INVALID,
                    path,
                    Finding::OutOfRange { subject: subject(key), actual: n as f64, min: min as f64, max: max as f64 },
                );
            }
            None => {
                cx.report(&DATE_TIME_FIELD_INVALID, path, Finding::Other(format!("`{key}` is not a whole number")));
            }
        }
    }
    let [week_day, day, year, month, _, _] = parts;
    if let (Some(day), Some(year), Some(month)) = (day, year, month) {
        let days = days_in_month(year, month).unwrap_or(31);
        if day > days {
            cx.report(
                &DATE_TIME_FIELD_INVALID,
                dt.path_of("dayOfMonth"),
                Finding::Other(format!("`dayOfMonth` is {day}; month {month} of {year} has {days} days")),
            );
        } else if let Some(given) = week_day {
            let actual = weekday(year, month, day);
            if given != actual {
                cx.report(
                    &DATE_TIME_DAY_OF_WEEK_MISMATCH,
                    dt.path_of("dayOfWeek"),
                    Finding::Other(format!(
                        "`dayOfWeek` is {given}, but {year}-{month:02}-{day:02} is a {} ({actual})",
                        WEEKDAYS[(actual - 1) as usize]
                    )),
                )
                .help(format!("use {actual}"));
            }
        }
    }
}

/// Cloud API: only `fallback_value` is used; the other members are noted once, at the first.
fn check_cloud_date_time(cx: &mut Cx, param: &Obj<'_>) {
    let Some(dt) = param.obj(cx, "dateTime", &CLOUD_DATE_TIME) else { return };
    let ignored: Vec<&str> =
        CLOUD_DATE_TIME.fields[1..].iter().map(|f| f.name(Dialect::Cloud)).filter(|k| dt.map.contains_key(k)).collect();
    let Some(first) = ignored.first() else { return };
    let list: Vec<String> = ignored.iter().map(|k| format!("`{k}`")).collect();
    cx.report(
        &DATE_TIME_LOCALIZATION_IGNORED,
        dt.path.key(first),
        Finding::Other(format!("the Cloud API shows `fallback_value` and ignores {}", list.join(", "))),
    )
    .help("write `fallback_value` as the date should be shown; the other members can go");
}

fn subject(key: &str) -> &'static str {
    match key {
        "dayOfWeek" => "`dayOfWeek`",
        "dayOfMonth" => "`dayOfMonth`",
        "year" => "`year`",
        "month" => "`month`",
        "hour" => "`hour`",
        _ => "`minute`",
    }
}

const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// ISO weekday (1 = Monday … 7 = Sunday) of a proleptic Gregorian date (Howard Hinnant's
/// days-from-civil algorithm; 1970-01-01 was a Thursday).
fn weekday(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    (days + 3).rem_euclid(7) + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays() {
        assert_eq!(weekday(1970, 1, 1), 4);
        assert_eq!(weekday(1977, 2, 25), 5);
        assert_eq!(weekday(2000, 2, 29), 2);
        assert_eq!(weekday(2024, 12, 29), 7);
    }

    #[test]
    fn whole_numbers() {
        let arena = crate::json::tree::Bump::new();
        assert_eq!(whole_number(&Value::borrow(&serde_json::Value::from(3), &arena)), Some(3));
        assert_eq!(whole_number(&Value::borrow(&serde_json::Value::from("100990"), &arena)), Some(100_990));
        assert_eq!(whole_number(&Value::borrow(&serde_json::Value::from("-4"), &arena)), Some(-4));
        assert_eq!(whole_number(&Value::borrow(&serde_json::Value::from("1.5"), &arena)), None);
        assert_eq!(whole_number(&Value::borrow(&serde_json::Value::from(1.0), &arena)), None);
        assert_eq!(whole_number(&Value::borrow(&serde_json::Value::from(""), &arena)), None);
        assert_eq!(whole_number(&Value::borrow(&serde_json::Value::from(" 1"), &arena)), None);
    }
}
