//! Filling a definition's texts with a send's values: what the recipient reads. Used for the
//! hydrated-length check (LW762, Meta error 132005) and by [`crate::options::templates`]'s preview.

use super::vars::{self, Piece};
use crate::json::tree::Value;

/// The first of `names` that `value` has as a member, with its key (LINK and Cloud API
/// spellings: `["sub_type", "subType"]`).
pub(crate) fn member<'v>(value: &'v Value<'v>, names: &[&str]) -> Option<(&'v str, &'v Value<'v>)> {
    let map = value.as_object()?;
    names.iter().find_map(|n| map.get_key_value(n))
}

/// What a parameter shows: a text parameter's `text`; a currency's or date_time's
/// `fallback_value` (the Cloud API always shows the fallback); `None` for other parameters.
pub(crate) fn shown<'v>(param: &'v Value<'v>) -> Option<&'v str> {
    let kind = param.get("type").and_then(Value::as_str)?;
    match kind {
        "text" => param.get("text").and_then(Value::as_str),
        "currency" | "date_time" | "dateTime" => {
            let inner = member(param, &["currency", "date_time", "dateTime"])?.1;
            member(inner, &["fallback_value", "fallbackValue"])?.1.as_str()
        }
        _ => None,
    }
}

/// The parameter's `parameter_name` (LINK `parameterName`).
pub(crate) fn name_of<'v>(param: &'v Value<'v>) -> Option<&'v str> {
    member(param, &["parameter_name", "parameterName"])?.1.as_str()
}

/// `text` with each variable replaced by its value among `params`: by `parameter_name` when
/// `named`, by position (`{{1}}` is the first) otherwise. A variable without a value stays as
/// written (`{{2}}`).
pub(crate) fn fill(text: &str, params: &[&Value], named: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for piece in vars::pieces(text) {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Var(name) => {
                let param = if named {
                    params.iter().find(|p| name_of(p) == Some(name))
                } else {
                    name.parse::<usize>().ok().and_then(|n| n.checked_sub(1)).and_then(|i| params.get(i))
                };
                match param.and_then(|p| shown(p)) {
                    Some(value) => out.push_str(value),
                    None => {
                        out.push_str("{{");
                        out.push_str(name);
                        out.push_str("}}");
                    }
                }
            }
            Piece::Bad(inner) => {
                out.push_str("{{");
                out.push_str(inner);
                out.push_str("}}");
            }
            // Written as it is, with everything after it: the recipient reads all of it.
            Piece::Unclosed(rest) => {
                out.push_str("{{");
                out.push_str(rest);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fills_by_position_or_by_name() {
        let arena = crate::json::tree::Bump::new();
        let a = json!({"type": "text", "text": "Ada"});
        let b = json!({"type": "currency", "currency": {"fallback_value": "$10", "code": "USD", "amount_1000": 10000}});
        assert_eq!(
            fill("Hi {{1}}, pay {{2}} by {{3}}.", &[&Value::borrow(&a, &arena), &Value::borrow(&b, &arena)], false),
            "Hi Ada, pay $10 by {{3}}."
        );
        let n = json!({"type": "text", "parameter_name": "first_name", "text": "Ada"});
        assert_eq!(fill("Hi {{first_name}}{{x}}", &[&Value::borrow(&n, &arena)], true), "Hi Ada{{x}}");
    }

    #[test]
    fn the_text_after_an_unclosed_placeholder_is_kept() {
        let arena = crate::json::tree::Bump::new();
        let a = json!({"type": "text", "text": "Ada"});
        let filled = fill("Hi {{1}}, see {{2 and the rest", &[&Value::borrow(&a, &arena)], false);
        assert_eq!(filled, "Hi Ada, see {{2 and the rest");
    }
}
