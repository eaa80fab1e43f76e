//! The interactive header (`interactive.header`, and a carousel media card's `header`):
//! `{ "type": "text" | "image" | "video" | "document", "<type>": … }`.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Interactive header", "Interactive media".

use super::{
    CAROUSEL_HEADER_FOOTER_NOT_SUPPORTED, HEADER_MEMBER_IGNORED, HEADER_TEXT_TOO_LONG, HEADER_TYPE_INVALID,
    HEADER_TYPE_NOT_ALLOWED, Kind, missing, text,
};
use crate::diagnostic::text::json_string;
use crate::diagnostic::{Applicability, Dialect};
use crate::json::tree::Value;
use crate::rules::cloud::HEADER_TYPE_MISSING;
use crate::rules::cx::Cx;
use crate::rules::finding::Finding;
use crate::rules::intent::Change;
use crate::rules::media::{MediaContext, check_media};
use crate::rules::path::Path;
use crate::rules::shape::{Hooks, Obj, Shape, Ty, opt, req};
use crate::rules::suggest::closest;

/// Every header type.
pub(super) const HEADER_TYPES: &[&str] = &["text", "image", "video", "document"];
/// Header types of list and product_list messages.
const TEXT_ONLY: &[&str] = &["text"];
/// Header types of carousel media cards.
pub(super) const CARD_HEADER_TYPES: &[&str] = &["image", "video"];

pub(crate) static HEADER: Shape = Shape {
    cache: Shape::cache(),
    name: "`header`",
    fields: &[
        req("type", Ty::Str).with(&TYPE),
        opt("text", Ty::Str),
        opt("image", Ty::Obj),
        opt("video", Ty::Obj),
        opt("document", Ty::Obj),
    ],
};

/// A LINK header without `type` gets the fix inserting the type its content implies.
static TYPE: Hooks = Hooks { hint: None, implied: Some(implied_type) };

/// The type a header without `type` implies: its only content member (for [`HEADER`]'s missing
/// `type`, an unsafe fix).
fn implied_type(map: &crate::json::tree::Map<'_>, _: Dialect) -> Option<&'static str> {
    crate::rules::message::implied_type(map, HEADER_TYPES)
}

/// The Cloud API's header: LINK's members and the optional `sub_text` (Cloud API reference,
/// header object; OpenAPI v23 `HeaderObject.sub_text`: at most 60 characters, emoji, no markdown).
/// `type` is optional here: its absence is LW521, a warning (Meta's older CTA URL example omits
/// it), and the type is told from the content member.
pub(crate) static CLOUD_HEADER: Shape = Shape {
    cache: Shape::cache(),
    name: "`header`",
    fields: &[
        opt("type", Ty::Str),
        opt("text", Ty::Str),
        opt("sub_text", Ty::Str),
        opt("image", Ty::Obj),
        opt("video", Ty::Obj),
        opt("document", Ty::Obj),
    ],
};

/// Checks `interactive.header` for the interactive type `kind`: forbidden on carousels,
/// required on product_list, and of a type the kind supports.
pub(super) fn check_main(cx: &mut Cx, inter: &Obj<'_>, kind: Option<Kind>) {
    let Some((value, path)) = inter.get("header") else {
        if kind == Some(Kind::ProductList) && !inter.has("header") {
            missing(
                cx,
                inter,
                "header",
                "a product_list message needs a header, e.g. {\"type\": \"text\", \"text\": \"…\"}",
            );
        }
        return;
    };
    let (allowed, subject): (&'static [&'static str], &'static str) = match kind {
        Some(Kind::Carousel) => {
            cx.report(
                &CAROUSEL_HEADER_FOOTER_NOT_SUPPORTED,
                path,
                Finding::Other("a carousel message has no main header; each media card has its own".into()),
            )
            .help("remove `header`");
            return;
        }
        Some(Kind::List) => (TEXT_ONLY, "list message header type"),
        Some(Kind::ProductList) => (TEXT_ONLY, "product_list header type"),
        _ => (HEADER_TYPES, "header type"),
    };
    check(cx, value, &path, allowed, subject);
}

/// Checks a header object at `path` whose type must be one of `allowed` (`subject` names that
/// restriction in messages); returns the view and the header type when it is a known one.
pub(super) fn check<'v>(
    cx: &mut Cx,
    value: &'v Value<'v>,
    path: &Path<'v>,
    allowed: &'static [&'static str],
    subject: &'static str,
) -> Option<(Obj<'v>, &'v str)> {
    let shape = if cx.dialect == Dialect::Cloud { &CLOUD_HEADER } else { &HEADER };
    let header = cx.object(value, path, shape)?;
    if cx.dialect == Dialect::Cloud
        && let Some((t, p)) = header.str("sub_text")
    {
        text::too_long(cx, &HEADER_TEXT_TOO_LONG, t, &p, "header sub_text", 60);
        text::plain_label(cx, t, &p, "header sub_text", false, true);
    }
    let (kind, kind_path) = match header.str("type") {
        Some(found) => found,
        None if cx.dialect == Dialect::Cloud && !header.has("type") => {
            let inferred = HEADER_TYPES.iter().copied().find(|t| header.has(t));
            let d = cx
                .report(
                    &HEADER_TYPE_MISSING,
                    header.path.key("type"),
                    Finding::Other(match inferred {
                        Some(t) => format!("the header has no `type`; its content says `{t}`"),
                        None => "the header has no `type` and no content".into(),
                    }),
                )
                .help(match inferred {
                    Some(t) => format!("add `\"type\": \"{t}\"`"),
                    None => "add `type` and its content member, or remove `header`".into(),
                });
            if let Some(t) = inferred {
                d.fix(
                    Applicability::Unsafe,
                    format!("add `\"type\": \"{t}\"`"),
                    [Change::Insert(header.path, "type".into(), json_string(t))],
                );
            }
            (inferred?, header.path.key("type"))
        }
        None => return None,
    };
    let Some(kind) = HEADER_TYPES.iter().copied().find(|t| *t == kind) else {
        cx.report(
            &HEADER_TYPE_INVALID,
            kind_path,
            Finding::NotOneOf { subject: "header type", actual: kind.to_owned(), allowed: HEADER_TYPES },
        )
        .help_opt(closest(kind, HEADER_TYPES).map(|s| format!("did you mean `{s}`?")))
        .fix_spelling(kind_path, kind, HEADER_TYPES);
        return None;
    };
    if !allowed.contains(&kind) {
        cx.report(&HEADER_TYPE_NOT_ALLOWED, kind_path, Finding::NotOneOf { subject, actual: kind.to_owned(), allowed });
    }
    for other in HEADER_TYPES.iter().filter(|t| **t != kind) {
        if header.has(other) {
            cx.report(
                &HEADER_MEMBER_IGNORED,
                header.path_of(other),
                Finding::Other(format!("`{other}` is ignored in a header of type `{kind}`")),
            )
            .help(format!("remove `{other}`, or set `type` to `{other}`"));
        }
    }
    if !header.has(kind) {
        missing(cx, &header, kind, &format!("a header of type `{kind}` carries its content in `{kind}`"));
    }
    if kind == "text" {
        if let Some((t, p)) = header.str("text")
            && !text::empty(cx, t, &p, "header text")
        {
            text::too_long(cx, &HEADER_TEXT_TOO_LONG, t, &p, "header text", 60);
            text::plain_label(cx, t, &p, "header text", false, true);
        }
    } else if let Some((media, p)) = header.get(kind) {
        check_media(cx, media, &p, kind, MediaContext::InteractiveHeader);
    }
    Some((header, kind))
}
