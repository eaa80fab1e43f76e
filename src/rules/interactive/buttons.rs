//! Reply button messages: `action.buttons[]` of `{ "type": "reply", "reply": { id, title } }`;
//! and the id/title checks carousel quick replies share.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Interactive button"; Cloud API reference (limits
//! tables), "Interactive reply buttons".

use super::text::{self, Seen};
use super::{
    BUTTON_TYPE_NOT_REPLY, BUTTONS_COUNT_OUT_OF_RANGE, REPLY_ID_DUPLICATE, REPLY_ID_TOO_LONG, REPLY_TITLE_DUPLICATE,
    REPLY_TITLE_TOO_LONG,
};
use crate::diagnostic::Dialect;
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::Finding;
use crate::rules::path::Path;
use crate::rules::shape::{Obj, Shape, Ty, req};

pub(crate) static BUTTON_ACTION: Shape =
    Shape { cache: Shape::cache(), name: "the `action` of a button message", fields: &[req("buttons", Ty::Arr)] };

pub(crate) static BUTTON: Shape =
    Shape { cache: Shape::cache(), name: "a reply button", fields: &[req("type", Ty::Str), req("reply", Ty::Obj)] };

pub(crate) static REPLY: Shape =
    Shape { cache: Shape::cache(), name: "`reply`", fields: &[req("id", Ty::Str), req("title", Ty::Str)] };

/// Checks the `action` of a button message at `path`.
pub(super) fn check(cx: &mut Cx, value: &Value, path: &Path) {
    let Some(action) = cx.object(value, path, &BUTTON_ACTION) else { return };
    let Some(buttons) = action.arr("buttons") else { return };
    text::count(cx, &BUTTONS_COUNT_OUT_OF_RANGE, &buttons, "`buttons`", 1, 3);
    let mut replies = Replies::default();
    for button in cx.objects(&buttons, &BUTTON) {
        if let Some((kind, p)) = button.str("type")
            && kind != "reply"
        {
            cx.report(
                &BUTTON_TYPE_NOT_REPLY,
                p,
                Finding::NotOneOf { subject: "button type", actual: kind.to_owned(), allowed: &["reply"] },
            )
            .help("use `reply`");
        }
        if let Some(reply) = button.obj(cx, "reply", &REPLY) {
            replies.check(cx, &reply, true);
        }
    }
}

/// The ids and titles of the reply buttons (or one card's quick replies) seen so far.
#[derive(Debug, Default)]
pub(super) struct Replies<'v> {
    ids: Seen<'v>,
    titles: Seen<'v>,
}

impl<'v> Replies<'v> {
    /// Checks the `id` (non-empty, at most 256, unique) and `title` (non-empty, at most 20, unique;
    /// with `plain`, no emoji or markdown) of a reply or quick-reply object.
    pub(super) fn check(&mut self, cx: &mut Cx, reply: &Obj<'v>, plain: bool) {
        if let Some((id, p)) = reply.str("id")
            && !text::empty(cx, id, &p, "reply id")
        {
            text::too_long(cx, &REPLY_ID_TOO_LONG, id, &p, "reply id", 256);
            self.ids.check(cx, &REPLY_ID_DUPLICATE, id, &p, "this reply id");
        }
        if let Some((title, p)) = reply.str("title")
            && !text::empty(cx, title, &p, "reply title")
        {
            text::too_long(cx, &REPLY_TITLE_TOO_LONG, title, &p, "reply title", 20);
            self.titles.check(cx, &REPLY_TITLE_DUPLICATE, title, &p, "this reply title");
            if plain {
                // Meta's reference: "Emojis are supported, markdown is not"; LINK: no emoji.
                let emoji = cx.dialect == Dialect::Link;
                text::plain_label(cx, title, &p, "reply title", emoji, true);
            }
        }
    }
}
