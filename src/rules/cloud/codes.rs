//! The LW5xx rule table: every rule of the Cloud API dialect that no message family owns: the send
//! body envelope, replies and reactions, send responses (LW500–LW559), and webhooks
//! (LW560–LW589).

use crate::rules::registry::declare_rules;

const SEND: &str = "Service4U WhatsApp API (Meta Cloud API), Send messages";
const ADDRESS: &str = "Service4U WhatsApp API (Meta Cloud API), Address Messages";
const WEBHOOKS: &str = "Meta Cloud API, Webhooks: messages field (object, entry, changes, value)";
const NFM: &str =
    "Service4U WhatsApp API (Meta Cloud API), Address Messages: Receive Notifications for Address Submissions";
const STATUSES: &str = "Service4U WhatsApp API (Meta Cloud API), Address Messages: Feature Not Supported; Meta Cloud API, Webhooks: statuses object";
const INBOUND: &str = "Meta Cloud API, Webhooks: messages object";
const GROUPS: &str = "Meta Cloud API (December 2025), Groups API: Send group messages; Pin and unpin group message";
const BSUID: &str = "Meta Cloud API (December 2025), Business-scoped user IDs";
const READ: &str = "Meta Cloud API (December 2025), Mark messages as read; Typing indicators";
const MARKETING: &str = "Meta Cloud API (December 2025), Marketing Messages API: Send marketing messages";

declare_rules! {
    MESSAGING_PRODUCT_INVALID = LW500 "messaging-product-invalid" Error,
        "`messaging_product` is \"whatsapp\".",
        "The Cloud API serves several products from one endpoint; any other value is rejected (error 100, Invalid parameter).",
        SEND;
    RECIPIENT_TYPE_INVALID = LW501 "recipient-type-invalid" Error fix Safe,
        "`recipient_type` is \"individual\" (its default) or \"group\".",
        "Service4U (Graph v15–v17) documents individual recipients only; Meta's current documentation (Groups API, OpenAPI v23 `recipient_type` enum) adds `group`, and decides for Cloud API payloads. Other values are rejected.",
        "Meta Cloud API reference, Messages: recipient_type; Groups API: Send group messages";
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
        "For a reply or a reaction, Meta answers an unknown id with error 131009 or delivers the message without the reply; ids from the LINK gateway (messageIds) are not wamids. A read receipt's `message_id` is LW534 (error 100).",
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
    TEMPLATE_COMPONENT_FRAGMENT = LW509 "template-component-fragment" Info,
        "The document is a template component on its own (`{\"type\": \"header\", \"parameters\": […]}`), not a message; it is checked as a component of a Cloud API template.",
        "Service4U documents the location header as such a fragment. A component is sent inside `template.components` of a template message; on its own it is not a request.",
        "Service4U WhatsApp API (Meta Cloud API), Location-based Message Templates (Syntax)";
    RESPONSE_MESSAGE_ID_NOT_WAMID = LW510 "response-message-id-not-wamid" Warning,
        "A send response's `messages[].id` is a WhatsApp message id (`wamid.…`).",
        "\"A successful response includes an object with an identifier prefixed with wamid\"; status webhooks and replies refer to that id.",
        "Service4U WhatsApp API (Meta Cloud API), Send messages: Response Syntax";
    GROUP_ID_INVALID = LW511 "group-id-invalid" Warning,
        "The `to` of a group message (`recipient_type: group`) is a group id (letters, digits, `+`, `/`, `=`, `_`, `-`, such as `Y2FwaV9ncm91cDox…`), not a phone number; the `to` of an individual message is not a group id.",
        "Meta: \"You will receive an error in the sync response if the recipient_type and to type do not match.\" A warning: Meta documents group ids by example only (base64-like), not by format.",
        GROUPS;
    PIN_INVALID = LW512 "pin-invalid" Error,
        "`pin.type` is `pin` or `unpin`; a `pin` operation has `expiration_days`, an integer from 1 to 30.",
        "Meta's pin table: the operation \"can either be pin or unpin\"; the pin duration is \"required when PIN_OPERATION is pin\" and \"can be 1 to 30 days\". Other requests are rejected.",
        GROUPS;
    PIN_NOT_GROUP = LW513 "pin-not-group" Error,
        "A `pin` message is sent to a group (`recipient_type: group`).",
        "Pinning exists in groups only (\"only the group admin can pin or unpin messages\"); a pin sent to an individual is rejected.",
        GROUPS;
    BSUID_INVALID = LW514 "bsuid-invalid" Error,
        "A business-scoped user id in `to` (`user.<id>`, or a two-letter country prefix such as `US.<id>`) is at most 256 characters, letters and digits after the prefix.",
        "Meta: BSUIDs are \"composed of up to 256 alphanumeric characters\"; a longer or otherwise shaped id names no user. Phone numbers are checked as phone numbers (LW106–LW108).",
        BSUID;
    PRODUCT_POLICY_INVALID = LW515 "product-policy-invalid" Error,
        "`product_policy` is `CLOUD_API_FALLBACK` or `STRICT`.",
        "The Marketing Messages API reads these two values only (OpenAPI v23 `MarketingMessageRequestPayload`); another value is rejected.",
        MARKETING;
    MARKETING_MEMBER_NOT_TEMPLATE = LW516 "marketing-member-not-template" Warning,
        "`product_policy` and `message_activity_sharing` are given on a template message (the Marketing Messages API sends marketing templates only).",
        "The members belong to `POST /{phone-number-id}/marketing_messages`, which sends templates; on another message type they have no effect there and are unknown to `/messages`.",
        MARKETING;
    MARK_READ_STATUS_INVALID = LW517 "mark-read-status-invalid" Error,
        "A mark-as-read body (`status` with `message_id`) has `status: \"read\"`.",
        "Meta: mark a received message as read by sending `\"status\": \"read\"` with its `message_id` to `/messages`; no other status can be set by a business.",
        READ;
    TYPING_INDICATOR_TYPE_INVALID = LW518 "typing-indicator-type-invalid" Error,
        "`typing_indicator.type` is `text`.",
        "Meta documents one typing indicator type, `text`; the indicator is dismissed when the business replies or after 25 seconds.",
        READ;
    IDENTITY_KEY_HASH_INVALID = LW519 "identity-key-hash-invalid" Warning,
        "`recipient_identity_key_hash` is a non-empty base64 string (such as `DF2lS5v2W6x=`), as the webhooks' `identity_key_hash` gives it.",
        "The message is delivered only if the hash matches the user's current identity hash; a value that is not such a hash never matches. A warning: Meta documents the format by example.",
        "Meta Cloud API (December 2025), Phone numbers: Identity change check";
    FLOW_ID_AND_NAME = LW520 "flow-id-and-name" Error,
        "A Cloud API flow message names its flow by `flow_id` or by `flow_name`, not both.",
        "Meta: `flow_name` \"cannot be used with the flow_id parameter. Only one of these parameters is required.\" (OpenAPI v23: `oneOf`). LINK documents `flow_id` only, where `flow_name` is an unknown member.",
        "Meta, Flows: Sending a Flow (December 2025); OpenAPI v23 interactive flow parameters";
    HEADER_TYPE_MISSING = LW521 "header-type-missing" Warning fix Unsafe,
        "A Cloud API interactive `header` has `type` (text, image, video, document).",
        "Meta's reference and OpenAPI v23 require `type`, but Meta's older CTA URL example omits it; the header's type is then told from its content member. A warning, since Meta's own example sends it.",
        "Meta Cloud API reference, Messages: header object; Interactive CTA URL messages (older example)";
    ORDER_STATUS_INVALID = LW522 "order-status-invalid" Error,
        "An `order_status` message has `action.name: review_order`, a `reference_id`, and `order.status` one of pending, processing, partially_shipped, shipped, completed, canceled, with a `description` of at most 120 characters.",
        "Meta's order status table: the new status \"must be one of\" processing, partially_shipped, shipped, completed, canceled; the description has a 120-character limit. Meta's pages disagree on the rest: the status tables of the same pages spell `partially-shipped` and list `pending` (\"pending can transition to any of the other statuses\"), so both spellings and `pending` are accepted. Other values are rejected.",
        "Meta, Payments API (India): Payment Gateway, Step 6: order status; OpenAPI v23 example \"Send Order Status Message\"";
    VOICE_CALL_PARAMETER_INVALID = LW523 "voice-call-parameter-invalid" Error,
        "A call button (interactive `voice_call`, or a template button of sub type `voice_call`): `display_text` at most 20 characters, `ttl_minutes` a whole number from 1 to 43200, `payload` at most 512 characters.",
        "Meta's call button tables: the time to live \"must be between 1 and 43200 (30 days)\" (default 10080), the payload has a maximum of 512 characters, the button label 20. Other values are rejected.",
        "Meta, Calling API: Call button messages and deep links (December 2025)";
    TAP_TARGET_INVALID = LW524 "tap-target-invalid" Error,
        "A `tap_target_configuration` parameter lists at least one `{url, title}`: `url` an absolute http(s) URL, `title` not empty.",
        "Both are required (Meta's table); the tap target opens the URL under the title, so an empty title or a URL that cannot be opened is rejected.",
        "Meta, Tap target title URL override (December 2025)";
    ORDER_DETAILS_INVALID = LW525 "order-details-invalid" Error,
        "An `order_details` (interactive `review_and_pay`, or a template button action) has a `reference_id` of at most 35 letters, digits, `_`, `-`, `.`; `type` digital-goods or physical-goods; `currency` INR, SGD or BRL; `order.status` pending; at least one item, each `name` at most 60 characters; and `total_amount.value` = subtotal + tax + shipping − discount.",
        "Meta's order details tables (Payments India, Singapore, Brazil): the business's order is rejected when any of these does not hold. The currency is that of the payments country.",
        "Meta, Payments API (India): Payment Gateway, order_details; Payments (Brazil): order details templates";
    INTERACTIVE_TYPE_CASE = LW526 "interactive-type-case" Warning fix Safe,
        "A Cloud API `interactive.type` is written in lower case (`button`, not `BUTTON`).",
        "Meta documents the types in lower case only and says nothing of upper case; a widely used Java SDK has sent `BUTTON` and `LIST` since 2023 and its messages are delivered. A warning, not LW400: the type is known, only its case differs from the documentation.",
        "Meta Cloud API reference, Messages: interactive object (type)";
    FOOTER_TEXT_EMPTY = LW527 "footer-text-empty" Warning,
        "A Cloud API interactive `footer.text` is not empty.",
        "Meta's reference states a maximum (60 characters) and no minimum, and production bots send `\"\"`; an empty footer shows nothing. A warning in Cloud API JSON (remove the footer); in LINK JSON an empty text is LW403, an error.",
        "Meta Cloud API reference, Messages: footer object";
    ORDER_DETAILS_NESTED = LW529 "order-details-nested" Warning,
        "An interactive order_details message carries `header`, `body`, `footer` and `action` on the interactive object, not nested in `interactive.order_details`.",
        "Meta's Postman collection (Payments SG) nests them inside `interactive.order_details`; Meta's Singapore page and the India documentation put them on the interactive object. Which form the API reads is not documented either way: a warning, and the nested action is checked as an order_details action.",
        "Meta, Payments API (Singapore, India): order_details message; Meta's Postman collection, Payments SG";
    PAYMENT_LINK_PREVIEW_MISPLACED = LW530 "payment-link-preview-misplaced" Warning,
        "A template's `payment_link_preview` is on the text parameter of a url button (the payment link), not on a header or body parameter.",
        "Meta's enhanced payment links: \"add a template button component with sub type as URL call-to-action button and payment_link_preview set to true in parameters\" (India; \"not publicly available yet\"). Elsewhere it has no effect. In an interactive cta_url message it sits in `action.parameters`.",
        "Meta, Payments API (India): Enhanced payment links (December 2025)";
    QUICK_REPLY_TEXT_PARAMETER = LW528 "quick-reply-text-parameter" Warning,
        "A Cloud API quick_reply button parameter is `{\"type\": \"payload\", \"payload\": …}`.",
        "Meta's reference and OpenAPI v23 say quick_reply buttons take a `payload` parameter, which comes back in the button reply webhook; Meta's own Postman item \"Sample Issue Resolution\" sends `{\"type\": \"text\", \"text\": \"Yes\"}`. A warning in Cloud API JSON (a text parameter returns no payload you chose); in LINK JSON it stays LW309, an error.",
        "Meta Cloud API reference, Messages: button parameter object; Postman collection \"Sample Issue Resolution\"";
    TO_INTEGER = LW531 "to-integer" Warning fix Safe,
        "A Cloud API `to` is a string (`\"16505551234\"`), not a JSON number.",
        "Meta's reference and OpenAPI v23 type `to` as a string. Meta's live API accepts a JSON integer of digits: recorded calls (an SDK's test recordings of requests with Meta's answers) got HTTP 200 and a wamid for `\"to\": 13437772910` with every message type, and Meta echoed the number back as a string. Decision: what Meta does over what it documents, so a warning, not LW006; a number with a fraction, a sign or another JSON type stays LW006. Set it to \"error\" in linkwa.toml to hold payloads to the documentation.",
        "Meta Cloud API reference, Messages: to; Meta's live API (recorded requests and answers)";
    CONTEXT_NULL = LW532 "context-null" Warning fix Safe,
        "A Cloud API message that replies to nothing leaves `context` out instead of sending `\"context\": null`.",
        "Meta documents `context` as an object with `message_id`, present only on replies. Production code sends `\"context\": null` on messages that reply to nothing; Meta does not document what it does with it, and such senders report no failure. Decision: a warning, not LW006 (nothing is lost by removing it); linkwa.toml can make it an error.",
        "Meta Cloud API reference, Messages: context object; production senders";
    MARK_READ_MEMBER_UNDOCUMENTED = LW533 "mark-read-member-undocumented" Warning fix Safe,
        "A mark-as-read body has `messaging_product`, `status`, `message_id` and optionally `typing_indicator`; `recipient_type` is not one of its members.",
        "OpenAPI v23 `MarkMessageRequestPayload` and Meta's \"Mark messages as read\" page list no `recipient_type`. Meta's live API accepts it: a recorded call with `\"recipient_type\": \"individual\"` (and `typing_indicator`) was answered `{\"success\": true}`. Decision: a warning that says both, not LW005; linkwa.toml can make it an error.",
        "Meta Cloud API (December 2025), Mark messages as read; OpenAPI v23 MarkMessageRequestPayload; Meta's live API (recorded requests and answers)";
    MARK_READ_MESSAGE_ID_INVALID = LW534 "mark-read-message-id-invalid" Error [100],
        "A mark-as-read body's `message_id` is the WhatsApp message id (`wamid.…`) of a message received.",
        "Meta answers a read receipt for another id with HTTP 400, error 100: \"Please check the message ID you have provided\" (recorded answer of Meta's live API). Replies name their message in `context.message_id`, which keeps LW504.",
        READ;
    PARAMETER_TYPE_CASE = LW535 "parameter-type-case" Warning fix Safe,
        "A Cloud API template parameter's `type` is written in lower case (`text`, not `TEXT`).",
        "Meta documents the parameter types in lower case. Its live API accepts upper case: a recorded call with `\"type\": \"TEXT\"` got HTTP 200 and a wamid. Decision: a warning in Cloud API JSON, not LW308 (the type is known, only its case differs); LINK JSON keeps LW308. The fix writes it in lower case.",
        "Meta Cloud API reference, Messages: parameter object (type); Meta's live API (recorded requests and answers)";

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
        "WhatsApp ids in a webhook (`from`, `context.from`, `wa_id`, `recipient_id`, a group status's `recipient_participant_id`) are at most 15 digits, without `+` or separators; empty for a user who enabled the username feature.",
        "A WhatsApp id is the phone number in international form as digits only; the Service4U status example writes `+91xxxxxxxxxx` in the On-Premises `message.recipient_id`, but a receiver matching ids compares digits. `from` and `wa_id` \"will be empty if the user has enabled the username feature\" (WB `business-scoped-user-ids.md`), so empty is accepted; a group status's `recipient_id` is the group's id and is not checked.",
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
