//! Decimal numbers written in strings (`"latitude": "37.483307"`, which the Cloud API accepts).
//!
//! Read with serde_json's number parser rather than `str::parse::<f64>`: the standard library's
//! parser brings its own tables into the WASM module, while serde_json's is linked anyway for the
//! documents themselves (the sizes: docs/performance.md, "Smaller measured choices").

use serde_json::Number;

/// The finite number `s` writes, in the forms `str::parse::<f64>` reads: an optional sign (`+` or
/// `-`), digits with an optional `.` (digits on at least one side of it: `5.`, `.5`, `05.50`), and
/// an optional exponent (`e` or `E`, an optional sign, digits). `None` for anything else, for
/// `inf`, `NaN` and `infinity` (which are not finite), and for a number too large for `f64`
/// (`1e400`). Surrounding whitespace is not trimmed: callers trim where their documents allow it.
///
/// The value is serde_json's reading of the same digits (exact for up to 15 significant digits,
/// and within one unit in the last place beyond: serde_json is built without `float_roundtrip`),
/// where the standard library's is always the nearest `f64`. Coordinates and the limits they are
/// checked against (±90, ±180) are far from that difference.
pub(crate) fn decimal(s: &str) -> Option<f64> {
    let (negative, rest) = match s.as_bytes().first()? {
        b'-' => (true, s.get(1..)?),
        b'+' => (false, s.get(1..)?),
        _ => (false, s),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(i) => (rest.get(..i)?, Some(rest.get(i + 1..)?)),
        None => (rest, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() && frac.is_empty() || !digits(int) || !digits(frac) {
        return None;
    }
    // JSON's grammar: no `+`, no leading zeros, digits on both sides of a `.`.
    let int = int.trim_start_matches('0');
    let mut json = String::with_capacity(s.len() + 3);
    if negative {
        json.push('-');
    }
    json.push_str(if int.is_empty() { "0" } else { int });
    if !frac.is_empty() {
        json.push('.');
        json.push_str(frac);
    }
    if let Some(exponent) = exponent {
        let unsigned = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
        if unsigned.is_empty() || !digits(unsigned) {
            return None;
        }
        json.push('e');
        json.push_str(exponent);
    }
    json.parse::<Number>().ok()?.as_f64().filter(|f| f.is_finite())
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn reads_what_str_parse_reads_when_finite() {
        let same = [
            "0",
            "-0",
            "+0",
            "37.483307",
            "-122.148981",
            "+21.1938",
            "90",
            "-90.0",
            "180.000000",
            "5.",
            ".5",
            "-.5",
            "007.50",
            "1e2",
            "1E+2",
            "2.5e-3",
            "-1.5E-3",
            "123456789012345678901234567890",
            "0.1",
            "1e-400",
            "1e-99999999999",
            "0e99999999999",
            "0.000e+5",
        ];
        for s in same {
            assert_eq!(decimal(s), s.parse::<f64>().ok(), "{s:?}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_finite_decimal() {
        for s in [
            "", "-", "+", ".", "-.", "e5", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "0x10", "inf", "-inf", "NaN",
            "infinity", "1e400", "--1", "+-1", "12a", "١٢",
        ] {
            assert_eq!(decimal(s), None, "{s:?}");
        }
    }
}
