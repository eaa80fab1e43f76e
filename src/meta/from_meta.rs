//! Cloud API → LINK: one send body back into a LINK [`Message`] and its recipient.

use super::read::{Obj, invalid, unsupported};
use super::{FromMetaError, contacts, interactive, location, media, template, text};
use crate::model::Message;
use crate::pointer::JsonPointer;
use serde::Serialize;
use serde_json::Value;

/// One Cloud API send body read back as LINK: the message and its recipient.
///
/// A [`MessageRequest`](crate::MessageRequest) needs more (platform ids, `refId`, `source`), which a
/// Cloud API body does not carry; put `to` in its `destinations` and `message` in its `messages`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkMessage {
    /// The Cloud API `to`, as written: the recipient's number (`+` and digits, or digits only).
    pub to: String,
    /// The message, in the LINK model.
    pub message: Message,
}

/// Reads one Cloud API send body (`{"messaging_product": "whatsapp", "to": …, "type": …, <type>: {…}}`)
/// as a LINK message and its recipient: the reverse of [`to_meta`](super::to_meta) for one body.
///
/// Every member is mapped back to its LINK spelling and type (`text.preview_url` → `previewUrl`,
/// `sub_type` → `subType`, `quick_reply` → `quickReply`, `amount_1000` → `amount1000` as a string
/// of digits, `date_time` → `dateTime`, `parameter_name` → `parameterName`, `formatted_name` →
/// `formattedName`, …). `recipient_type` is optional and must be `individual`; a button `index`
/// and the coordinates keep the form they are written in.
///
/// # Errors
/// A [`FromMetaError`] naming the JSON Pointer (into `body`) of the first problem: a value that is
/// not an object where one is needed, a missing or unknown member, a wrong type, or a Cloud API
/// feature LINK cannot carry (reactions, replies with `context`, group recipients,
/// `biz_opaque_callback_data`). Bad input is an error, never a panic.
///
/// ```
/// use serde_json::json;
/// use linkwa::model::Message;
///
/// let body = json!({"messaging_product": "whatsapp", "recipient_type": "individual",
///     "to": "+46700000001", "type": "text", "text": {"body": "Hi", "preview_url": false}});
/// let read = linkwa::from_meta(&body).unwrap();
/// assert_eq!(read.to, "+46700000001");
/// assert!(matches!(read.message, Message::Text { preview_url: Some(false), .. }));
///
/// let reaction = json!({"messaging_product": "whatsapp", "to": "1", "type": "reaction",
///     "reaction": {"message_id": "wamid.X", "emoji": "👍"}});
/// assert_eq!(linkwa::from_meta(&reaction).unwrap_err().path().to_string(), "/type");
/// ```
///
/// Source: Service4U WhatsApp API, "Sending Free-Form Messages", "Sending Template Messages";
/// Cloud API reference (004).
pub fn from_meta(body: &Value) -> Result<LinkMessage, FromMetaError> {
    let root = JsonPointer::root();
    let mut o = Obj::of(body, root.clone())?;
    let product: String = o.req("messaging_product")?;
    if product != "whatsapp" {
        return Err(invalid(&root.key("messaging_product"), "expected \"whatsapp\"".into()));
    }
    if let Some(recipient) = o.opt::<String>("recipient_type")?
        && recipient != "individual"
    {
        return Err(unsupported(root.key("recipient_type"), "a recipient_type other than `individual`"));
    }
    let to: String = o.req("to")?;
    for (member, what) in
        [("context", "a reply (`context`)"), ("biz_opaque_callback_data", "`biz_opaque_callback_data`")]
    {
        if o.has(member) {
            return Err(unsupported(root.key(member), what));
        }
    }
    let kind: String = o.req("type")?;
    let message = match kind.as_str() {
        "text" => text::from_cloud(o.req_obj("text")?)?,
        "image" => Message::Image { image: media::from_cloud(o.req_obj("image")?)? },
        "audio" => Message::Audio { audio: media::from_cloud(o.req_obj("audio")?)? },
        "video" => Message::Video { video: media::from_cloud(o.req_obj("video")?)? },
        "document" => Message::Document { document: media::from_cloud(o.req_obj("document")?)? },
        "sticker" => Message::Sticker { sticker: media::from_cloud(o.req_obj("sticker")?)? },
        "location" => Message::Location { location: location::from_cloud(o.req_obj("location")?)? },
        "contacts" => Message::Contacts { contacts: o.req_list("contacts", contacts::from_cloud)? },
        "template" => Message::Template { template: template::from_cloud(o.req_obj("template")?)? },
        "interactive" => Message::Interactive { interactive: interactive::from_cloud(o.req_obj("interactive")?)? },
        "reaction" => return Err(unsupported(root.key("type"), "a reaction message")),
        other => return Err(invalid(&root.key("type"), format!("`{other}` is not a Cloud API message type"))),
    };
    o.finish()?;
    Ok(LinkMessage { to, message })
}
