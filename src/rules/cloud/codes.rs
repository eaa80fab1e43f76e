//! The LW5xx rule table: every rule of the Cloud API dialect that no message family owns: the send
//! body envelope, replies and reactions, placeholders, send responses (LW500–LW559), and webhooks
//! (LW560–LW589).

use crate::rules::registry::declare_rules;

const SEND: &str = "Service4U WhatsApp API (Meta Cloud API), Send messages";
const ADDRESS: &str = "Service4U WhatsApp API (Meta Cloud API), Address Messages";
const WEBHOOKS: &str = "Meta Cloud API, Webhooks: messages field (object, entry, changes, value)";
const NFM: &str =
    "Service4U WhatsApp API (Meta Cloud API), Address Messages: Receive Notifications for Address Submissions";
const STATUSES: &str = "Service4U WhatsApp API (Meta Cloud API), Address Messages: Feature Not Supported; Meta Cloud API, Webhooks: statuses object";
const INBOUND: &str = "Meta Cloud API, Webhooks: messages object";

declare_rules! {
    MESSAGING_PRODUCT_INVALID = LW500 "messaging-product-invalid" Error,
        "`messaging_product` is \"whatsapp\".",
        "The Cloud API serves several products from one endpoint; any other value is rejected (error 100, Invalid parameter).",
        SEND;
    RECIPIENT_TYPE_INVALID = LW501 "recipient-type-invalid" Error fix Safe,
        "`recipient_type` is \"individual\" (its default).",
        "Only individual recipients are documented; other values are rejected.",
        SEND;
    REACTION_EMOJI_INVALID = LW502 "reaction-emoji-invalid" Error,
        "A reaction's `emoji` is one emoji, or \"\" to remove the reaction.",
        "Meta rejects reactions with text or several emoji (error 131009, Parameter value is not valid).",
        "Service4U WhatsApp API (Meta Cloud API), Send reaction messages";
    REACTION_NOT_REPLY = LW503 "reaction-not-reply" Error,
        "A reaction carries no `context`: reactions cannot be replies.",
        "The message reacted to is named by `reaction.message_id`; a `context` on a reaction is rejected.",
        "Service4U WhatsApp API (Meta Cloud API), Send reaction messages";
    WAMID_INVALID = LW504 "wamid-invalid" Warning,
        "`context.message_id` and `reaction.message_id` are WhatsApp message ids (`wamid.…`).",
        "Meta answers an unknown id with error 131009 or delivers the message without the reply; ids from the LINK gateway (messageIds) are not wamids.",
        "Service4U WhatsApp API (Meta Cloud API), Reply to a message";
    PREVIEW_URL_MISPLACED = LW505 "preview-url-misplaced" Error fix Safe,
        "In a Cloud API send body `preview_url` sits inside `text`, not beside it (and LINK's `previewUrl` is not a Cloud API member).",
        "A top-level `preview_url` is the On-Premises API's spelling and LINK puts `previewUrl` beside `text`; the Cloud API rejects both as unknown parameters, and the preview asked for is not shown.",
        "Service4U WhatsApp API (Meta Cloud API), Text Messages; Meta Cloud API reference, Messages: preview_url (On-Premises API only)";
    BIZ_OPAQUE_CALLBACK_DATA_TOO_LONG = LW506 "biz-opaque-callback-data-too-long" Error,
        "`biz_opaque_callback_data` is at most 512 characters (Unicode scalar values).",
        "Meta: \"Maximum 512 characters\"; the string is returned in status webhooks for tracking, and a longer one is rejected.",
        "Meta Cloud API reference, Messages: Message object (biz_opaque_callback_data)";
    ADDRESS_COUNTRY_PHONE_MISMATCH = LW507 "address-country-phone-mismatch" Warning,
        "An address message to `to` asks for an address in the recipient's country: `+91…` for IN, `+65…` for SG.",
        "\"If the area code of the phone number for the given country is not correct, businesses will be unable to request the address message from the recipient\" (e.g. country SG with a +91 number). A number written without `+` is compared by its leading digits.",
        ADDRESS;
    PLACEHOLDER_VALUE = LW508 "placeholder-value" Warning,
        "A value is a documentation or template placeholder (`<TO>`, `{{recipient_phone}}`, `PHONE_NUMBER`, `+91xxxxxxxxxx`) where a phone number, media link, id, date, code or coordinate belongs; its format is not checked.",
        "The Cloud API documents write such placeholders in their examples, and tools fill `{{…}}` variables before sending; sent as is, the request fails. A warning, so that templates lint clean of errors but a forgotten placeholder is seen. Detected: `<…>`, `{{…}}`, upper-case words joined by `_` or `-` (at least 6 letters), and numbers redacted with `xxx`.",
        "Service4U WhatsApp API (Meta Cloud API) and Cloud API field reference, examples";
    TEMPLATE_COMPONENT_FRAGMENT = LW509 "template-component-fragment" Info,
        "The document is a template component on its own (`{\"type\": \"header\", \"parameters\": […]}`), not a message; it is checked as a component of a Cloud API template.",
        "Service4U documents the location header as such a fragment. A component is sent inside `template.components` of a template message; on its own it is not a request.",
        "Service4U WhatsApp API (Meta Cloud API), Location-based Message Templates (Syntax)";
    RESPONSE_MESSAGE_ID_NOT_WAMID = LW510 "response-message-id-not-wamid" Warning,
        "A send response's `messages[].id` is a WhatsApp message id (`wamid.…`).",
        "\"A successful response includes an object with an identifier prefixed with wamid\"; status webhooks and replies refer to that id.",
        "Service4U WhatsApp API (Meta Cloud API), Send messages: Response Syntax";

    WEBHOOK_OBJECT_INVALID = LW560 "webhook-object-invalid" Error,
        "A Cloud API webhook's `object` is \"whatsapp_business_account\".",
        "WhatsApp webhooks are sent for the WhatsApp Business Account object; a receiver that dispatches on `object` ignores anything else.",
        WEBHOOKS;
    WEBHOOK_LIST_EMPTY = LW561 "webhook-list-empty" Error,
        "A webhook's `entry` and each entry's `changes` list at least one element.",
        "Meta sends a notification because something changed: an empty list carries nothing to process.",
        WEBHOOKS;
    WEBHOOK_FIELD_NOT_CHECKED = LW562 "webhook-field-not-checked" Info,
        "A change whose `field` is not \"messages\" (account_update, message_template_status_update, …) is not checked.",
        "linkwa knows the `messages` field (incoming messages and statuses, Service4U's webhooks); other fields have other `value` shapes.",
        WEBHOOKS;
    WEBHOOK_VALUE_EMPTY = LW563 "webhook-value-empty" Warning,
        "A `messages` change value has `messages`, `statuses` or `errors`.",
        "Without one of them the notification says nothing: a receiver finds neither a message, a status nor an error.",
        WEBHOOKS;
    WEBHOOK_TIMESTAMP_INVALID = LW564 "webhook-timestamp-invalid" Error,
        "A webhook `timestamp` is a UNIX time in seconds written as a string of digits (\"1670394125\").",
        "Meta sends timestamps as strings of seconds; a receiver parsing them as such fails on anything else, and 13 digits are milliseconds.",
        "Service4U WhatsApp API (Meta Cloud API), Receive Notifications for Address Submissions (timestamp)";
    WEBHOOK_WA_ID_INVALID = LW565 "webhook-wa-id-invalid" Warning,
        "WhatsApp ids in a webhook (`from`, `wa_id`, `recipient_id`) are 1 to 15 digits, without `+` or separators.",
        "A WhatsApp id is the phone number in international form as digits only; the Service4U status example writes `+91xxxxxxxxxx` in the On-Premises `message.recipient_id`, but a receiver matching ids compares digits.",
        STATUSES;
    WEBHOOK_MESSAGE_TYPE_UNKNOWN = LW566 "webhook-message-type-unknown" Warning,
        "An incoming message's `type` is one of text, image, audio, video, document, sticker, location, contacts, interactive, button, reaction, order, system, referral, unsupported, unknown.",
        "A receiver dispatches on the type; another value goes unhandled.",
        INBOUND;
    WEBHOOK_MESSAGE_MEMBER_IGNORED = LW567 "webhook-message-member-ignored" Warning,
        "An incoming message carries the member of another type (e.g. `image` on a `text` message).",
        "A receiver reads the member named by `type`; the payload contradicts itself.",
        INBOUND;
    WEBHOOK_INTERACTIVE_TYPE_UNKNOWN = LW568 "webhook-interactive-type-unknown" Warning,
        "An incoming interactive message's `type` is button_reply, list_reply or nfm_reply (and the member of that name is present).",
        "nfm_reply is the Native Flow Response of an address message or a flow (Service4U's table: \"Would be nfm_reply\"); a receiver dispatches on the type.",
        NFM;
    NFM_REPLY_RESPONSE_JSON_INVALID = LW569 "nfm-reply-response-json-invalid" Error,
        "`nfm_reply.response_json` is a string holding a JSON object.",
        "\"The values of the address fields filled by the user in JSON format\": a receiver parses the string as JSON; text that is no JSON object cannot be read.",
        NFM;
    NFM_REPLY_NAME_UNKNOWN = LW570 "nfm-reply-name-unknown" Warning,
        "`nfm_reply.name` is \"address_message\" or \"flow\".",
        "\"Would be address_message indicating the type of NFM action response\"; flows reply with \"flow\". Another value matches no request.",
        NFM;
    NFM_ADDRESS_FIELD_UNKNOWN = LW571 "nfm-address-field-unknown" Warning,
        "An address submission's `response_json` has `values` of the address fields (name, phone_number, in_pin_code, sg_post_code, house_number, floor_number, tower_number, building_name, address, landmark_area, unit_number, city, state) and optionally `saved_address_id`.",
        "These are the fields of the address form (Service4U's field table); another member is not one WhatsApp collects.",
        NFM;
    WEBHOOK_STATUS_UNKNOWN = LW572 "webhook-status-unknown" Warning,
        "A status's `status` is one of sent, delivered, read, failed, deleted, warning.",
        "A receiver tracks messages by these values; another one goes unhandled.",
        STATUSES;
    WEBHOOK_STATUS_ERRORS_MISMATCH = LW573 "webhook-status-errors-mismatch" Warning,
        "A `failed` status carries `errors`; sent, delivered, read and deleted statuses carry none.",
        "The failure's reason is in `errors` (e.g. 1026 Receiver Incapable); a failed status without it cannot be explained, and errors on a delivered message contradict it.",
        STATUSES;
    WEBHOOK_RECEIVER_INCAPABLE = LW574 "webhook-receiver-incapable" Info,
        "A status error 1026 (Receiver Incapable): the recipient's WhatsApp cannot show the message.",
        "\"In the case where the client does not support address_message, messages are silently dropped and an error message is sent back\": send the address request another way.",
        STATUSES;
}
