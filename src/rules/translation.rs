//! LW590-LW599, translation: what [`to_meta`](crate::meta::to_meta) leaves out of, or rewrites in, the
//! Cloud API bodies. These rules are not run by the linter; they are the codes of the
//! [`Translation`](crate::meta::Translation)'s own diagnostics.
//!
//! Severity: `info` where nothing the recipient sees or the send's outcome changes (gateway
//! bookkeeping, a member the Cloud API ignores, a spelling rewritten); `warning` where meaning is lost
//! (a validity the Cloud API cannot express, credentials for a media link, a flow token).

use crate::rules::registry::declare_rules;

const REQUEST: &str = "LINK WhatsApp Message API 1.6.1, MessageRequest; Service4U WhatsApp API, Request Syntax";
const CLOUD_SEND: &str = "Service4U WhatsApp API, Sending Free-Form Messages: Request Syntax";

declare_rules! {
    GATEWAY_MEMBER_DROPPED = LW590 "gateway-member-dropped" Info,
        "A gateway member with no Cloud API counterpart (platformId, platformPartnerId, platformServiceId, platformServiceType, platformTransactionId, priority, refId, customParameters, eventReportGates) is left out of the Cloud API bodies.",
        "These members steer the LINK gateway (accounting, queueing, callbacks); a Cloud API body has no place for them. Status callbacks come from the app's webhook subscription instead.",
        REQUEST;
    SOURCE_NOT_IN_BODY = LW591 "source-not-in-body" Info,
        "`source` is left out of the Cloud API bodies: the sender is the business phone number id in the request URL.",
        "The Cloud API sends from `POST /<PHONE_NUMBER_ID>/messages`; the body names only the recipient.",
        CLOUD_SEND;
    VALIDITY_DROPPED = LW592 "validity-dropped" Warning,
        "`relativeValidityTime` and `absoluteValidityTime` are left out: a Cloud API message body has no validity.",
        "The gateway lets a message expire when it is not delivered in time; sent directly, it can be delivered after the moment it was meant for.",
        REQUEST;
    TEMPLATE_NAMESPACE_DROPPED = LW593 "template-namespace-dropped" Info,
        "`template.namespace` (required by LINK 1.4.2, removed in 1.5) is left out: the Cloud API finds a template by name and language.",
        "The Cloud API template object has `name`, `language` and `components` only.",
        "LINK WhatsApp Message API 1.4.2, Template; Service4U WhatsApp API, Sending Template Messages";
    DATE_TIME_PARTS_DROPPED = LW594 "date-time-parts-dropped" Info,
        "A dateTime parameter's parts (dayOfWeek, dayOfMonth, year, month, hour, minute) or `timestamp` are left out: the Cloud API `date_time` object takes `fallback_value`.",
        "Meta documents that the Cloud API always shows `fallback_value` and does not localize from the other fields, so the recipient sees the same text; only `fallback_value` must hold the whole date.",
        "Service4U WhatsApp API, Text-Based Message Templates (date_time); Meta Cloud API, Messages: date_time object";
    DESTINATION_REWRITTEN = LW595 "destination-rewritten" Info,
        "A destination written with spaces, dashes or parentheses, or with the international prefix 00, is written as `+` and digits in the Cloud API `to`.",
        "The Cloud API reads separators too, but a number without `+` gets the business's own country code prepended, so `00…` must become `+…`; one spelling keeps request logs comparable.",
        "Service4U WhatsApp API, Phone Number Formats";
    MEDIA_PROVIDER_DROPPED = LW596 "media-provider-dropped" Warning,
        "A media `provider` is left out: the Cloud API fetches a `link` itself, without a configured provider's credentials.",
        "A link that needs the provider's credentials cannot be downloaded and the message fails; host the file publicly or upload it and send its id.",
        "LINK WhatsApp Message API 1.6.1, Interactive media; Service4U WhatsApp API, Media Messages";
    FLOW_TOKEN_DROPPED = LW597 "flow-token-dropped" Warning,
        "`action.flowToken` on an interactive message is left out: the Cloud API takes the token as `action.parameters.flow_token`.",
        "The flow receives no token (the gateway does not pass `flowToken` on either, LW407).",
        "LINK WhatsApp Message API 1.6.1, Interactive action";
    LTO_EXPIRATION_REWRITTEN = LW598 "lto-expiration-rewritten" Info,
        "`expiration_time_ms` on a limited_time_offer parameter (the parameter table's form) is written inside `limited_time_offer`, the form the Cloud API takes; beside a nested one it is left out.",
        "The Cloud API reads the expiry from `limited_time_offer.expiration_time_ms` only; a round trip gives the nested form back.",
        "LINK WhatsApp Message API 1.6.1, Limited Time Offer parameter";
}
