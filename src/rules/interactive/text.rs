//! Text helpers for interactive messages: emoji and WhatsApp-markdown detection, and the small
//! checks every interactive string goes through (empty, too long, plain label, duplicate).
//!
//! Neither detector uses regular expressions; both walk the string once (markdown looks ahead on
//! the same line for a closing delimiter, so it is quadratic only in the length of one line, and
//! interactive strings are at most 1024 characters).

use super::{INTERACTIVE_EMOJI_NOT_ALLOWED, INTERACTIVE_MARKDOWN_NOT_ALLOWED, INTERACTIVE_TEXT_EMPTY};
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, Unit};
use crate::rules::path::Path;
use crate::rules::registry::Rule;
use crate::rules::shape::{Arr, chars};
use crate::rules::suggest::closest;

/// True when `c` is an emoji code point, or a character that only ever occurs inside an emoji
/// sequence.
///
/// Counted as emoji (Unicode 15 blocks):
/// - U+1F000–U+1FAFF: Mahjong and playing cards, enclosed alphanumerics and ideographs
///   (including the regional indicators U+1F1E6–U+1F1FF that make flags), pictographs,
///   emoticons, transport and map symbols, geometric shapes extended, supplemental symbols and
///   pictographs, chess, symbols and pictographs extended-A;
/// - U+2600–U+27BF: miscellaneous symbols and dingbats (☀ ☎ ✅ ✨ ❤ ➡);
/// - U+2B00–U+2BFF: miscellaneous symbols and arrows (⬆ ⬛ ⭐ ⭕);
/// - the emoji of miscellaneous technical: ⌚⌛ (U+231A–U+231B), ⌨ (U+2328), ⏏ (U+23CF),
///   ⏩–⏳ (U+23E9–U+23F3), ⏸–⏺ (U+23F8–U+23FA);
/// - 〰 (U+3030), 〽 (U+303D), ㊗ (U+3297), ㊙ (U+3299);
/// - U+FE0F (variation selector-16, "show as emoji"), U+20E3 (combining keycap, as in 1️⃣) and
///   the tag characters U+E0020–U+E007F (subdivision flags).
///
/// Not counted: U+200D (zero-width joiner) on its own, because Indic scripts (Devanagari,
/// Malayalam, Sinhala…) use it in ordinary words; inside an emoji sequence the emoji around it
/// are found anyway. Also not counted: ©, ®, ™, ‼ and plain arrows (→), which are ordinary text
/// unless followed by U+FE0F, which is counted.
pub(crate) fn is_emoji(c: char) -> bool {
    matches!(
        c as u32,
        0x1F000..=0x1FAFF
            | 0x2600..=0x27BF
            | 0x2B00..=0x2BFF
            | 0x231A..=0x231B
            | 0x2328
            | 0x23CF
            | 0x23E9..=0x23F3
            | 0x23F8..=0x23FA
            | 0x3030
            | 0x303D
            | 0x3297
            | 0x3299
            | 0xFE0F
            | 0x20E3
            | 0xE0020..=0xE007F
    )
}

/// True when `s` contains an emoji (see [`is_emoji`] for what counts).
///
/// Used where the LINK documents say "does not allow emojis": list button, reply button titles,
/// `flow_cta` (LINK WhatsApp Message API 1.6.1, Interactive action, Interactive button,
/// Interactive action parameters).
pub(crate) fn has_emoji(s: &str) -> bool {
    s.chars().any(is_emoji)
}

/// True when `s` contains WhatsApp formatting: `*bold*`, `_italic_`, `~strikethrough~` or
/// ```` ```monospace``` ````.
///
/// A single-character delimiter counts only as WhatsApp reads it: the opening one starts the
/// text or follows white space or punctuation and is followed by a non-space character; a closing
/// one on the same line follows a non-space character and ends the text or is followed by white
/// space or punctuation. So `snake_case_id`, `5*3*2` and `a * b` are not markdown, `*Sale*` is.
/// Triple backticks count when a second triple backtick follows with something in between.
pub(crate) fn has_markdown(s: &str) -> bool {
    if let Some(open) = s.find("```")
        && s.get(open + 3..).and_then(|rest| rest.find("```")).is_some_and(|close| close > 0)
    {
        return true;
    }
    s.split('\n').any(line_has_markdown)
}

/// The single-character WhatsApp formatting delimiters.
const DELIMITERS: [char; 3] = ['*', '_', '~'];

/// True when one line holds an opening delimiter and, at least two bytes later (the first
/// character after the opening one is content), a closing one of the same kind. One pass: such
/// a pair exists exactly when the first opener of a kind comes before its last closer, so the
/// time is linear in the line (a long run of `*a ` does not rescan the rest of the line per `*`).
fn line_has_markdown(line: &str) -> bool {
    let mut first_open: [Option<usize>; 3] = [None; 3];
    let mut last_close: [Option<usize>; 3] = [None; 3];
    let mut prev: Option<char> = None;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if let Some(k) = DELIMITERS.iter().position(|&d| d == c) {
            let opens = prev.is_none_or(|p| p.is_whitespace() || (p.is_ascii_punctuation() && p != c))
                && next.is_some_and(|n| !n.is_whitespace() && n != c);
            let closes = prev.is_some_and(|p| !p.is_whitespace())
                && next.is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation());
            if opens && first_open[k].is_none() {
                first_open[k] = Some(i);
            }
            if closes {
                last_close[k] = Some(i);
            }
        }
        prev = Some(c);
    }
    first_open.iter().zip(last_close).any(|(open, close)| matches!((open, close), (Some(o), Some(c)) if c >= o + 2))
}

/// Reports `INTERACTIVE_TEXT_EMPTY` when `s` is empty or only white space; true when it was.
pub(super) fn empty(cx: &mut Cx, s: &str, path: &Path, subject: &'static str) -> bool {
    if !s.trim().is_empty() {
        return false;
    }
    let finding = if s.is_empty() {
        Finding::TooShort { subject, actual: 0, min: 1, unit: Unit::Chars }
    } else {
        Finding::Other(format!("{subject} is only white space; at least 1 visible character required"))
    };
    cx.report(&INTERACTIVE_TEXT_EMPTY, *path, finding);
    true
}

/// Reports `rule` when `s` is longer than `max` characters (Unicode scalar values).
pub(super) fn too_long(cx: &mut Cx, rule: &'static Rule, s: &str, path: &Path, subject: &'static str, max: usize) {
    let actual = chars(s);
    if actual > max {
        cx.report(rule, *path, Finding::TooLong { subject, actual, max, unit: Unit::Chars });
    }
}

/// Reports emoji (error, when `emoji` is set) and markdown (warning, when `markdown` is set) in a
/// label the documents say must be plain.
pub(super) fn plain_label(cx: &mut Cx, s: &str, path: &Path, subject: &'static str, emoji: bool, markdown: bool) {
    if emoji && has_emoji(s) {
        cx.report(&INTERACTIVE_EMOJI_NOT_ALLOWED, *path, Finding::Other(format!("{subject} contains an emoji")))
            .help("remove the emoji; this label is shown as plain text");
    }
    if markdown && has_markdown(s) {
        cx.report(
            &INTERACTIVE_MARKDOWN_NOT_ALLOWED,
            *path,
            Finding::Other(format!("{subject} contains markdown formatting (*, _, ~ or ```)")),
        )
        .help("remove the formatting characters; they are shown as typed");
    }
}

/// Reports `rule` when the array has fewer than `min` or more than `max` elements.
pub(super) fn count(cx: &mut Cx, rule: &'static Rule, arr: &Arr<'_>, subject: &'static str, min: usize, max: usize) {
    let actual = arr.len();
    if actual < min {
        cx.report(rule, arr.path, Finding::TooFew { subject, actual, min });
    } else if actual > max {
        cx.report(rule, arr.path, Finding::TooMany { subject, actual, max });
    }
}

/// Reports `rule` when `value` is not one of `allowed`; the help is the case-insensitive match,
/// the only allowed value, or else the closest value.
pub(super) fn one_of(
    cx: &mut Cx,
    rule: &'static Rule,
    value: &str,
    path: Path,
    subject: &'static str,
    allowed: &'static [&'static str],
) {
    if allowed.contains(&value) {
        return;
    }
    cx.report(rule, path, Finding::NotOneOf { subject, actual: value.to_owned(), allowed })
        .help_opt(match allowed.iter().find(|a| a.eq_ignore_ascii_case(value)) {
            Some(a) => Some(format!("use `{a}`")),
            None if allowed.len() == 1 => Some(format!("use `{}`", allowed[0])),
            None => closest(value, allowed).map(|s| format!("did you mean `{s}`?")),
        })
        .fix_spelling(path, value, allowed);
}

/// Values seen so far, for uniqueness checks: reports a value equal to an earlier one.
#[derive(Debug, Default)]
pub(super) struct Seen<'v>(Vec<(&'v str, Path<'v>)>);

impl<'v> Seen<'v> {
    /// Records `value` at `path`; reports `rule` when an equal value was seen before.
    pub(super) fn check(
        &mut self,
        cx: &mut Cx,
        rule: &'static Rule,
        value: &'v str,
        path: &Path<'v>,
        subject: &'static str,
    ) {
        match self.0.iter().find(|(v, _)| *v == value) {
            Some((_, first)) => {
                let first = *first;
                cx.report(rule, *path, Finding::Duplicate { subject, first });
            }
            None => self.0.push((value, *path)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emoji_are_found() {
        for s in ["Yes 👍", "🇸🇪", "❤", "⭐ star", "✅ done", "⌛", "1️⃣", "#\u{FE0F}\u{20E3}", "👩‍💻", "🫠", "🀄", "☀"]
        {
            assert!(has_emoji(s), "{s:?}");
        }
    }

    #[test]
    fn plain_text_has_no_emoji() {
        for s in [
            "Book now",
            "Åsa & Ørjan",
            "→ next",
            "© 2025 ACME™",
            "नमस्ते",
            "क्‍ष", // Devanagari with a zero-width joiner
            "മലയാളം",
            "中文 ・ 日本語",
            "5 * 3 = 15",
            "",
        ] {
            assert!(!has_emoji(s), "{s:?}");
        }
    }

    #[test]
    fn markdown_is_found() {
        for s in
            ["*Sale*", "Big *sale* today", "_italic_", "~gone~", "```code```", "(*bold*)", "*bold*!", "say *hi*\nthere"]
        {
            assert!(has_markdown(s), "{s:?}");
        }
    }

    /// The definition of [`has_markdown`] for single-character delimiters, checked pair by pair
    /// (quadratic): the one-pass scan must agree with it.
    fn markdown_by_definition(s: &str) -> bool {
        let chars: Vec<char> = s.chars().collect();
        (0..chars.len()).any(|i| {
            let d = chars[i];
            if !matches!(d, '*' | '_' | '~') {
                return false;
            }
            let before = i.checked_sub(1).map(|k| chars[k]);
            let after = chars.get(i + 1).copied();
            let opens = before.is_none_or(|c| c.is_whitespace() || (c.is_ascii_punctuation() && c != d))
                && after.is_some_and(|c| !c.is_whitespace() && c != d);
            opens
                && (i + 2..chars.len()).take_while(|&j| chars[j - 1] != '\n').any(|j| {
                    chars[j] == d
                        && !chars[j - 1].is_whitespace()
                        && chars.get(j + 1).is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation())
                })
        })
    }

    #[test]
    fn the_one_pass_scan_agrees_with_the_definition() {
        // Every string of up to 6 characters over an alphabet that exercises each condition.
        let alphabet = ['*', '_', '~', 'a', ' ', '\n', '.', 'é'];
        let mut strings = vec![String::new()];
        for _ in 0..6 {
            strings = strings.iter().flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}"))).collect();
            for s in &strings {
                if s.contains("```") {
                    continue;
                }
                assert_eq!(has_markdown(s), markdown_by_definition(s), "{s:?}");
            }
        }
    }

    #[test]
    fn a_long_run_of_openers_is_scanned_once() {
        // Issue 13, D3 (a): each `*` rescanned the rest of the line (1 M characters took 78 s).
        let s = "*a ".repeat(300_000);
        assert!(!has_markdown(&s));
        assert!(has_markdown(&format!("{s}b*")));
    }

    #[test]
    fn plain_text_has_no_markdown() {
        for s in [
            "snake_case_id",
            "5*3*2",
            "a * b * c",
            "row_1",
            "~ 5 minutes",
            "**",
            "__init__x",
            "*open\nclose*",
            "``` ",
            "Book now",
            "",
            "50% off*",
        ] {
            assert!(!has_markdown(s), "{s:?}");
        }
    }
}
