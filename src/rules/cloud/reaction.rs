//! Reaction messages: `reaction.message_id` and `reaction.emoji`.
//!
//! Source: Service4U WhatsApp API (Meta Cloud API), "Send reaction messages".

use super::{REACTION_EMOJI_INVALID, REACTION_NOT_REPLY, check_wamid, has_context};
use crate::rules::cx::Cx;
use crate::rules::finding::Finding;
use crate::rules::interactive::text::is_emoji;
use crate::rules::shape::{Obj, Shape, Ty, req};

pub(crate) static REACTION: Shape =
    Shape { cache: Shape::cache(), name: "`reaction`", fields: &[req("message_id", Ty::Str), req("emoji", Ty::Str)] };

/// Checks the `reaction` member of a reaction message.
pub(super) fn check(cx: &mut Cx, body: &Obj<'_>) {
    if has_context(body) {
        cx.report(
            &REACTION_NOT_REPLY,
            body.path_of("context"),
            Finding::Other("a reaction cannot be a reply: remove `context`".into()),
        );
    }
    let Some(reaction) = body.obj(cx, "reaction", &REACTION) else { return };
    if let Some((id, path)) = reaction.str("message_id") {
        check_wamid(cx, id, path);
    }
    if let Some((emoji, path)) = reaction.str("emoji")
        && !emoji.is_empty()
        && !is_single_emoji(emoji)
    {
        let chars = emoji.chars().count();
        cx.report(
            &REACTION_EMOJI_INVALID,
            path,
            Finding::Other(format!("`emoji` is {chars} characters that are not one emoji")),
        )
        .help("give one emoji, e.g. \"\\uD83D\\uDE00\", or \"\" to remove the reaction");
    }
}

/// Zero-width joiner, which glues emoji into one (👩‍💻).
const ZWJ: char = '\u{200D}';

/// True when `s` is one emoji: one emoji character, optionally with variation selector, skin tone,
/// keycap or tag characters, or several such joined by zero-width joiners, or a flag (a pair of
/// regional indicators).
pub(crate) fn is_single_emoji(s: &str) -> bool {
    let regional = |c: char| ('\u{1F1E6}'..='\u{1F1FF}').contains(&c);
    let chars: Vec<char> = s.chars().collect();
    if chars.len() == 2 && chars.iter().all(|c| regional(*c)) {
        return true;
    }
    let modifier = |c: char| matches!(c as u32, 0xFE0F | 0x20E3 | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F);
    let keycap_base = |c: char| c.is_ascii_digit() || c == '#' || c == '*';
    let mut bases = 0;
    let mut after_joiner = false;
    for (i, &c) in chars.iter().enumerate() {
        if c == ZWJ {
            if i == 0 || after_joiner {
                return false;
            }
            after_joiner = true;
        } else if modifier(c) {
            if i == 0 {
                return false;
            }
        } else if is_emoji(c) || (keycap_base(c) && chars.get(i + 1..).is_some_and(|r| r.contains(&'\u{20E3}'))) {
            if !after_joiner {
                bases += 1;
            }
            after_joiner = false;
        } else {
            return false;
        }
    }
    bases == 1 && !after_joiner
}
