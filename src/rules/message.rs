//! A message (one element of `messages`, or a bare message document): its `type` and the member
//! that type names. The member's own content is checked by its family module.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Messages" / "Message type".

use super::cx::Cx;
use super::finding::Finding;
use super::registry::declare_rules;
use super::shape::{Hooks, Obj, Shape, Ty, opt, req};
use super::structure::REQUIRED_MEMBER_MISSING;
use super::{contacts, interactive, location, media, template, text};
use crate::diagnostic::Dialect;
use crate::json::tree::Value;
use crate::rules::path::Path;

const SOURCE: &str = "LINK WhatsApp Message API 1.6.1, Messages";

declare_rules! {
    MESSAGE_TYPE_UNKNOWN = LW110 "message-type-unknown" Error fix Safe,
        "A message's `type` is one of template, text, image, location, audio, video, document, sticker, contacts, interactive.",
        "The gateway cannot route a message of another type and rejects the request.",
        SOURCE;
    MESSAGE_MEMBER_IGNORED = LW111 "message-member-ignored" Warning,
        "A message carries the member of another type (e.g. `image` on a `text` message).",
        "Only the member named by `type` is sent; the other is silently dropped, which is seldom what was meant.",
        SOURCE;
    OUTSIDE_CARE_WINDOW = LW112 "needs-customer-care-window" Info,
        "A message that is not a template is delivered only inside the 24-hour customer care window.",
        "Outside the window Meta refuses it (error 131047, Re-engagement message); only templates start conversations.",
        "LINK WhatsApp Message API 1.6.1, Terms and glossary: 24 hour customer care window";
    PREVIEW_URL_NOT_TEXT = LW118 "preview-url-not-text" Warning,
        "`previewUrl` is set on a message that is not of type text.",
        "Only text messages show link previews; on other types the member is ignored.",
        "LINK WhatsApp Message API 1.6.1, Text message";
}

/// Every message type, in the document's order.
pub(crate) const TYPES: &[&str] =
    &["template", "text", "image", "location", "audio", "video", "document", "sticker", "contacts", "interactive"];

pub(crate) static MESSAGE: Shape = Shape {
    cache: Shape::cache(),
    name: "a message",
    fields: &[
        req("type", Ty::Str).with(&TYPE),
        opt("previewUrl", Ty::Bool),
        opt("template", Ty::Obj),
        opt("text", Ty::Obj),
        opt("image", Ty::Obj),
        opt("location", Ty::Obj),
        opt("audio", Ty::Obj),
        opt("video", Ty::Obj),
        opt("document", Ty::Obj),
        opt("sticker", Ty::Obj),
        opt("contacts", Ty::Arr),
        opt("interactive", Ty::Obj),
    ],
};

/// Checks one message at `path`. `in_request` is true inside a MessageRequest (where the 24-hour
/// window note applies); bare message documents get no such note.
pub(crate) fn check(cx: &mut Cx, value: &Value, path: &Path) {
    check_in(cx, value, path, false);
}

pub(crate) fn check_in(cx: &mut Cx, value: &Value, path: &Path, in_request: bool) {
    let Some(msg) = cx.object(value, path, &MESSAGE) else { return };
    let Some((kind, kind_path)) = msg.str("type") else { return };
    if !TYPES.contains(&kind) {
        cx.report(
            &MESSAGE_TYPE_UNKNOWN,
            kind_path,
            Finding::NotOneOf { subject: "message type", actual: kind.to_owned(), allowed: TYPES },
        )
        .help_opt(super::suggest::closest(kind, TYPES).map(|s| format!("did you mean `{s}`?")))
        .fix_spelling(kind_path, kind, TYPES);
        return;
    }
    if kind != "text" && msg.has("previewUrl") {
        cx.report(
            &PREVIEW_URL_NOT_TEXT,
            msg.path_of("previewUrl"),
            Finding::Other(format!("`previewUrl` is ignored on a message of type `{kind}`")),
        );
    }
    if in_request && kind != "template" {
        cx.report(
            &OUTSIDE_CARE_WINDOW,
            kind_path,
            Finding::Other(format!("a `{kind}` message is delivered only inside the 24-hour customer care window")),
        );
    }
    check_content(cx, &msg, kind, TYPES);
}

/// A message without `type` gets the fix inserting the type its content implies.
static TYPE: Hooks = Hooks { hint: None, implied: Some(implied_message_type) };

/// The type a message without `type` implies: the only member named after a message type (for
/// [`MESSAGE`]'s missing `type`, an unsafe fix: the author should confirm it).
fn implied_message_type(map: &crate::json::tree::Map<'_>, _: Dialect) -> Option<&'static str> {
    implied_type(map, TYPES)
}

/// The only member of `map` named after one of `types`.
pub(crate) fn implied_type(map: &crate::json::tree::Map<'_>, types: &[&'static str]) -> Option<&'static str> {
    let mut present = types.iter().filter(|t| map.contains_key(t));
    match (present.next(), present.next()) {
        (Some(kind), None) => Some(kind),
        _ => None,
    }
}

/// Checks the content of a message whose `type` is `kind` (one of `types`): the member named by
/// `kind` is present, the members of the other types are absent, and the member itself is checked
/// by its family. Shared by LINK messages and Cloud API send bodies.
pub(crate) fn check_content(cx: &mut Cx, msg: &Obj<'_>, kind: &str, types: &[&str]) {
    let ignored: Vec<&'static str> = msg.present_keys().filter(|k| *k != kind && types.contains(k)).collect();
    for other in ignored {
        cx.report(
            &MESSAGE_MEMBER_IGNORED,
            msg.path_of(other),
            Finding::Other(format!("`{other}` is ignored on a message of type `{kind}`")),
        );
    }
    if !msg.has(kind) {
        cx.report(&REQUIRED_MEMBER_MISSING, msg.path.key(kind), Finding::Missing { member: kind.to_owned() })
            .help(format!("a message of type `{kind}` carries its content in `{kind}`"));
    }
    match kind {
        "text" => text::check_message(cx, msg),
        "image" | "audio" | "video" | "document" | "sticker" => media::check_message(cx, msg, kind),
        "location" => location::check_message(cx, msg),
        "contacts" => contacts::check_message(cx, msg),
        "template" => template::check_message(cx, msg),
        "interactive" => interactive::check_message(cx, msg),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn unknown_type_is_reported_with_a_suggestion() {
        let d = assert_reports(r#"{"type": "txt", "text": {"body": "hi"}}"#, "LW110");
        assert_eq!(d[0].help.as_deref(), Some("did you mean `text`?"));
        assert_not_reported(r#"{"type": "text", "text": {"body": "hi"}}"#, "LW110");
    }

    #[test]
    fn member_of_another_type_is_ignored() {
        assert_reports(r#"{"type": "text", "text": {"body": "hi"}, "image": {"id": "1"}}"#, "LW111");
        assert_not_reported(r#"{"type": "text", "text": {"body": "hi"}}"#, "LW111");
    }

    #[test]
    fn preview_url_only_on_text() {
        assert_reports(r#"{"type": "image", "image": {"id": "1"}, "previewUrl": true}"#, "LW118");
        assert_not_reported(
            r#"{"type": "text", "text": {"body": "https://example.com"}, "previewUrl": true}"#,
            "LW118",
        );
    }

    #[test]
    fn the_member_named_by_type_is_required() {
        let d = assert_reports(r#"{"type": "text"}"#, "LW007");
        assert_eq!(d[0].path.to_string(), "/text");
    }

    #[test]
    fn care_window_note_only_in_requests_and_not_for_templates() {
        let request = |msg: &str| {
            format!(
                r#"{{"platformId":"p","platformPartnerId":"pp","refId":"r","priority":"NORMAL","source":"+4670000000",
                "destinations":["+4670000001"],"messages":[{msg}]}}"#
            )
        };
        assert_reports(&request(r#"{"type":"text","text":{"body":"hi"}}"#), "LW112");
        assert_not_reported(
            &request(r#"{"type":"template","template":{"name":"t","language":{"code":"en"},"components":[]}}"#),
            "LW112",
        );
        assert_not_reported(r#"{"type": "text", "text": {"body": "hi"}}"#, "LW112");
    }
}
