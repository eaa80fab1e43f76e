//! [`ResultCode`]: the gateway's `resultCode`, with what each documented code means for the
//! sender; and the Meta error codes the gateway resends ([`resent_meta_error`]).
//!
//! Source: LINK WhatsApp Message API 1.6.1 (and 1.6), "Possible resultCodes in MessageResponse",
//! "Possible resultCodes in ErrorResponse", "Possible resultCodes in Message Status
//! Notifications", "Resending"; 1.4.2, "Response codes".

use serde::{Deserialize, Serialize};
use std::fmt;

/// A gateway result code (`resultCode` of a MessageResponse, an ErrorResponse or a message status
/// notification). Any integer is kept: [`ResultCode::info`] is `None` for a code no document lists.
///
/// ```
/// use linkwa::inbound::{Outcome, ResultCode, Resend};
///
/// let code = ResultCode(112403);
/// assert_eq!(code.description(), Some("Not delivered."));
/// assert_eq!(code.outcome(), Some(Outcome::Failed));
/// assert_eq!(code.is_final(), Some(true));
/// assert_eq!(code.resend(), Some(Resend::DependsOnMetaError));
/// assert_eq!(ResultCode(999).info(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify), tsify(type = "number"))]
#[serde(transparent)]
pub struct ResultCode(pub i64);

/// The outcome a code reports, for the message (status notifications) or the request (responses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// The request was accepted and its messages queued (112001); 1.4.2's 112004 "Ok".
    Accepted,
    /// The message was handed to WhatsApp (112002) or forwarded by WhatsApp to its servers (112006).
    Sent,
    /// The message reached the recipient's phone (112003); 1.4.2's 112005 "Received".
    Delivered,
    /// The recipient read the message (112007).
    Read,
    /// The recipient deleted the message (112008).
    Deleted,
    /// The message was not delivered, or its fate is unknown (112000, 112403, 112404, 112406,
    /// 112408, 12409/112409).
    Failed,
    /// The request was refused; nothing was queued (ErrorResponse codes).
    RequestRejected,
}

/// Whether to submit the same message again, as the documents advise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Resend {
    /// No: the message went out, or cannot reach this recipient; sending again duplicates it or
    /// fails the same way.
    No,
    /// Not yet: more notifications follow. The gateway itself resends on the Meta errors of
    /// [`RESENT_META_ERRORS`] (every 60 seconds, at most 15 times) before it notifies, so wait at
    /// least 15 minutes for a notification before submitting the same message again.
    WaitForStatus,
    /// After fixing the request: it was badly formed or failed validation.
    AfterFixing,
    /// After contacting LINK support: access, authentication or a gateway failure ("Contact
    /// support"); sending again as is fails the same way.
    AfterSupport,
    /// It depends on Meta's error (in `resultDescription` or `customParameters.metaErrorDetails`,
    /// written `(#131000)`): one of [`RESENT_META_ERRORS`] was already resent by the gateway for
    /// 15 minutes and may pass later; any other needs the message or the account fixed.
    DependsOnMetaError,
}

/// One of the documents' result-code tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Table {
    /// 1.6/1.6.1 "Possible resultCodes in MessageResponse".
    MessageResponse,
    /// 1.6/1.6.1 "Possible resultCodes in ErrorResponse" (112505 and 112506 new in 1.6.1).
    ErrorResponse,
    /// 1.6/1.6.1 "Possible resultCodes in Message Status Notifications".
    StatusNotification,
    /// 1.4.2 "Response codes", one table for every answer and notification.
    Legacy,
}

/// What the documents say about one result code, and what it means for the sender.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CodeInfo {
    /// The code.
    pub code: i64,
    /// The "Description" column of the newest document listing it, as printed (`"Delivered."`).
    pub description: &'static str,
    /// The "Explained" column of the newest document listing it.
    pub explained: &'static str,
    /// The tables that list it.
    pub tables: &'static [Table],
    /// The 1.4.2 table's description and explanation, when its wording differs from the newer one.
    pub legacy: Option<(&'static str, &'static str)>,
    /// What happened to the message (or the request).
    pub outcome: Outcome,
    /// True when no later notification changes whether the message arrived: delivered, read,
    /// deleted, failed, or a refused request. Read and deleted may still follow a delivered
    /// message ("time for final status such as delivered", 1.6.1 "Message Status Notifications").
    pub is_final: bool,
    /// Whether to submit the message again.
    pub resend: Resend,
}

use Outcome::*;
use Table::*;

const STATUS: &[Table] = &[StatusNotification];
const STATUS_LEGACY: &[Table] = &[StatusNotification, Legacy];
const ERROR_LEGACY: &[Table] = &[ErrorResponse, Legacy];

/// 12409 Redis error, as printed; 112409 has the same entry.
#[rustfmt::skip]
const REDIS: CodeInfo = info(12409, "Redis error", "Error communicating with internal Redis database. No more message status notifications will be delivered related to this message.", STATUS, None, Failed, true, Resend::AfterSupport);

/// Every code of the documents' tables, sorted by code. 12409 is printed with five digits in 1.6
/// and 1.6.1, most likely a misprint of 112409: both are listed, with the same meaning.
#[rustfmt::skip]
pub static CODES: &[CodeInfo] = &[
    REDIS,
    info(112000, "Unknown error.", "An unexpected error occured. Contact support.", STATUS_LEGACY, Some(("Unknown error.", "An unexpected error occurred. Contact support.")), Failed, true, Resend::AfterSupport),
    info(112001, "Queued.", "The messages are queued to be sent.", &[MessageResponse, Legacy], None, Accepted, false, Resend::WaitForStatus),
    info(112002, "Sent to WA", "The message is sent to WhatsApp. WhatsApp will try to deliver the message to the recipients phone.", STATUS_LEGACY, Some(("Sent.", "The message is sent.")), Sent, false, Resend::WaitForStatus),
    info(112003, "Delivered.", "The message is delivered to the recipient's phone.", STATUS_LEGACY, Some(("Delivered.", "The message is delivered.")), Delivered, true, Resend::No),
    info(112004, "Ok.", "Ok status.", &[Legacy], None, Accepted, false, Resend::WaitForStatus),
    info(112005, "Received.", "The message is received.", &[Legacy], None, Delivered, true, Resend::No),
    info(112006, "Sent by WA", "The message is by WhatsApp forwarded from the Business API proxy to their internal server infrastructure.", STATUS, None, Sent, false, Resend::WaitForStatus),
    info(112007, "Read", "The message is read by the recipient.", STATUS, None, Read, true, Resend::No),
    info(112008, "Deleted", "The message was deleted by the recipient.", STATUS, None, Deleted, true, Resend::No),
    info(112400, "Unauthorized", "Not authorized. Contact support.", ERROR_LEGACY, Some(("Unauthorized.", "Not authorized. Contact support.")), RequestRejected, true, Resend::AfterSupport),
    info(112401, "No access", "Missing access. Contact support.", ERROR_LEGACY, Some(("No access.", "Missing access. Contact support.")), RequestRejected, true, Resend::AfterSupport),
    info(112402, "Bad request", "Bad formatted request.", ERROR_LEGACY, Some(("Bad request.", "Bad formatted request.")), RequestRejected, true, Resend::AfterFixing),
    info(112403, "Not delivered.", "The message was not delivered. See resultDescription for additional information.", STATUS_LEGACY, Some(("Not delivered.", "The message was not delivered.")), Failed, true, Resend::DependsOnMetaError),
    info(112404, "Invalid contact.", "The recipient is not a valid WhatsApp user.", STATUS_LEGACY, Some(("Invalid contact.", "The destination is not a valid WhatsApp destination.")), Failed, true, Resend::No),
    info(112405, "Failed authentication.", "Failed to authenticate. Contact support.", &[Legacy], None, RequestRejected, true, Resend::AfterSupport),
    info(112406, "Meta Error Description", "Error Description about failed request from Meta/WhatsApp cloud api.", STATUS_LEGACY, Some(("Failed WA request.", "Failed request from WhatsApp proxy. Contact support.")), Failed, true, Resend::DependsOnMetaError),
    info(112408, "System error", "An unexpected error occurred when contacting the WhatsApp proxy. Contact support.", STATUS, None, Failed, true, Resend::AfterSupport),
    CodeInfo { code: 112409, ..REDIS },
    info(112500, "Server error", "Server error. Contact support.", ERROR_LEGACY, Some(("Server error.", "Server error. Contact support.")), RequestRejected, true, Resend::AfterSupport),
    info(112505, "Invalid Payload", "Invalid JSON request", &[ErrorResponse], None, RequestRejected, true, Resend::AfterFixing),
    info(112506, "Validation error", "Invalid input, failed to validate against schema", &[ErrorResponse], None, RequestRejected, true, Resend::AfterFixing),
];

#[allow(clippy::too_many_arguments)]
const fn info(
    code: i64,
    description: &'static str,
    explained: &'static str,
    tables: &'static [Table],
    legacy: Option<(&'static str, &'static str)>,
    outcome: Outcome,
    is_final: bool,
    resend: Resend,
) -> CodeInfo {
    CodeInfo { code, description, explained, tables, legacy, outcome, is_final, resend }
}

impl ResultCode {
    /// 112001 Queued: a MessageResponse's code.
    pub const QUEUED: ResultCode = ResultCode(112001);
    /// 112002 Sent to WA.
    pub const SENT_TO_WA: ResultCode = ResultCode(112002);
    /// 112003 Delivered.
    pub const DELIVERED: ResultCode = ResultCode(112003);
    /// 112006 Sent by WA.
    pub const SENT_BY_WA: ResultCode = ResultCode(112006);
    /// 112007 Read.
    pub const READ: ResultCode = ResultCode(112007);
    /// 112008 Deleted.
    pub const DELETED: ResultCode = ResultCode(112008);
    /// 112403 Not delivered.
    pub const NOT_DELIVERED: ResultCode = ResultCode(112403);
    /// 112404 Invalid contact.
    pub const INVALID_CONTACT: ResultCode = ResultCode(112404);
    /// 112406 Meta Error Description.
    pub const META_ERROR: ResultCode = ResultCode(112406);

    /// What the documents say about this code; `None` when no table lists it.
    pub fn info(self) -> Option<&'static CodeInfo> {
        CODES.binary_search_by_key(&self.0, |c| c.code).ok().map(|i| &CODES[i])
    }

    /// The documented description (`"Delivered."`), newest document first.
    pub fn description(self) -> Option<&'static str> {
        self.info().map(|i| i.description)
    }

    /// What happened to the message or the request.
    pub fn outcome(self) -> Option<Outcome> {
        self.info().map(|i| i.outcome)
    }

    /// Whether the outcome is settled (see [`CodeInfo::is_final`]).
    pub fn is_final(self) -> Option<bool> {
        self.info().map(|i| i.is_final)
    }

    /// Whether to submit the message again.
    pub fn resend(self) -> Option<Resend> {
        self.info().map(|i| i.resend)
    }
}

impl fmt::Display for ResultCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Outcome {
    /// The outcome in words: `accepted`, `sent`, …, `request rejected`.
    pub fn as_str(self) -> &'static str {
        match self {
            Accepted => "accepted",
            Sent => "sent",
            Delivered => "delivered",
            Read => "read",
            Deleted => "deleted",
            Failed => "failed",
            RequestRejected => "request rejected",
        }
    }
}

impl Resend {
    /// The advice in one sentence.
    pub fn advice(self) -> &'static str {
        match self {
            Resend::No => "do not send it again: it went out, or cannot reach this recipient",
            Resend::WaitForStatus => {
                "not yet: more notifications follow; the gateway resends on some Meta errors every 60 seconds, at most 15 times, so wait at least 15 minutes for a notification before submitting the same message again"
            }
            Resend::AfterFixing => "after fixing the request",
            Resend::AfterSupport => "after contacting LINK support; as it is, it fails the same way",
            Resend::DependsOnMetaError => {
                "it depends on Meta's error code (in resultDescription or metaErrorDetails): the gateway already resent the retried ones (1, 2, 4, 80007, 130429, 131000, 131016, 131049, 131057, 133004) for 15 minutes; other errors need the message or the account fixed"
            }
        }
    }
}

/// A Meta error code for which the gateway resubmits the message (every 60 seconds, at most 15
/// times) before it sends the status notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ResentMetaError {
    /// Meta's error code.
    pub code: u32,
    /// Meta's title, as the documents print it.
    pub title: &'static str,
    /// The documents' description.
    pub description: &'static str,
}

/// "Error codes from WhatsApp which are subject for resends", in the documents' order. The advice
/// that comes with them: "wait at least 15 minutes before the same message is submitted to the
/// API if status notification is not delivered by your endpoint".
///
/// Source: LINK WhatsApp Message API 1.6.1 and 1.6, "Resending".
pub static RESENT_META_ERRORS: &[ResentMetaError] = &[
    meta(1, "API Unknown", "Invalid request or possible server error."),
    meta(2, "API Service", "Temporary due to downtime or due to being overloaded."),
    meta(131000, "Something went wrong", "Message failed to send due to an unknown error."),
    meta(131016, "Service unavailable", "A service is temporarily unavailable."),
    meta(
        131049,
        "Meta chose not to deliver.",
        "This message was not delivered to maintain healthy ecosystem engagement.",
    ),
    meta(
        131057,
        "Account in maintenance mode",
        "Buiness Account is in maintenance mode – possible throughput upgrade.",
    ),
    meta(133004, "Server Temporarily Unavailable", "Server is temporarily unavailable."),
    meta(4, "API Too Many Calls", "The app has reached its API call rate limit."),
    meta(80007, "Rate limit issues", "The WhatsApp Business Account has reached its rate limit."),
    meta(130429, "Rate limit hit", "Cloud API message throughput has been reached."),
];

const fn meta(code: u32, title: &'static str, description: &'static str) -> ResentMetaError {
    ResentMetaError { code, title, description }
}

/// The entry of [`RESENT_META_ERRORS`] for a Meta error code, when the gateway resends on it.
pub fn resent_meta_error(code: u32) -> Option<&'static ResentMetaError> {
    RESENT_META_ERRORS.iter().find(|m| m.code == code)
}

/// The Meta error code written `(#131000)`, `#(131000)` or `#131000` in a description.
pub(crate) fn meta_code_in(text: &str) -> Option<u32> {
    text.match_indices('#').find_map(|(i, _)| {
        let rest = text.get(i + 1..)?;
        let rest = rest.strip_prefix('(').unwrap_or(rest);
        let digits = rest.split(|c: char| !c.is_ascii_digit()).next().unwrap_or_default();
        if digits.is_empty() || digits.len() > 9 { None } else { digits.parse().ok() }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_and_unique() {
        assert!(CODES.windows(2).all(|w| w[0].code < w[1].code));
    }

    #[test]
    fn meta_codes_after_non_ascii_text() {
        // The forms are tested with the rule that reads them (rules/inbound/tests/status.rs).
        assert_eq!(meta_code_in("ü#(4)"), Some(4));
        assert_eq!(meta_code_in("#ü4"), None);
    }
}
