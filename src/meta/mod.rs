//! Translation between LINK gateway payloads and Meta's WhatsApp Cloud API send bodies (Graph
//! v15-v17 as the Service4U document shows them, with the Cloud API reference's limits tables).
//!
//! - [`to_meta`]: a LINK [`MessageRequest`](crate::MessageRequest) → one Cloud API body per
//!   destination × message (destination-major), plus diagnostics for every LINK member left out or
//!   rewritten ([`Translation`]). A request with errors is not translated.
//! - [`from_meta`]: one Cloud API body → a LINK [`Message`](crate::Message) and its `to`
//!   ([`LinkMessage`]), or a [`FromMetaError`] naming the JSON Pointer at fault.
//! - [`round_tripped`]: what `from_meta(to_meta(…))` gives back for a message.
//!
//! # Mapping
//! One module per family holds both directions and its table: `text`, `media`, `location`,
//! `contacts`, `template`, `interactive`. In short:
//!
//! | LINK | Cloud API |
//! |---|---|
//! | `destinations[i]` | `to` (`+` and digits; separators removed, `00` → `+`; LW595 info) |
//! | message `type` and its member | `type` and its member; `messaging_product: "whatsapp"`, `recipient_type: "individual"` added |
//! | `previewUrl` beside `text` | `text.preview_url` |
//! | `subType` (`quickReply`, `CATALOG` …) | `sub_type` (`quick_reply`, `catalog` …) |
//! | button `index` | a string |
//! | `parameterName` | `parameter_name` |
//! | type `dateTime`, `dateTime.fallbackValue` | type `date_time`, `date_time.fallback_value` |
//! | `currency.fallbackValue`, `amount1000` (string) | `currency.fallback_value`, `amount_1000` (integer) |
//! | contacts `formattedName`, `firstName`, `countryCode`, `waId` … | `formatted_name`, `first_name`, `country_code`, `wa_id` … |
//! | interactive object, template `action`, location, media `id`/`link`/`caption`/`filename`/`voice` | the same (already the Cloud API spelling) |
//!
//! # Left out
//! | LINK | rule | severity |
//! |---|---|---|
//! | `platformId`, `platformPartnerId`, `platformServiceId`, `platformServiceType`, `platformTransactionId`, `priority`, `refId`, `customParameters`, `eventReportGates` | LW590 gateway-member-dropped | info |
//! | `source` (the sender is the phone number id in the URL) | LW591 source-not-in-body | info |
//! | `relativeValidityTime`, `absoluteValidityTime` | LW592 validity-dropped | warning |
//! | `template.namespace` | LW593 template-namespace-dropped | info |
//! | dateTime `dayOfWeek`, `dayOfMonth`, `year`, `month`, `hour`, `minute`, `timestamp` | LW594 date-time-parts-dropped | info |
//! | media `provider` | LW596 media-provider-dropped | warning |
//! | interactive `action.flowToken` | LW597 flow-token-dropped | warning |
//! | limited_time_offer `expiration_time_ms` beside a nested one (alone it is moved inside) | LW598 lto-expiration-rewritten | info |
//!
//! The dateTime parts are `info`: Meta documents that the Cloud API always shows `fallback_value`
//! and does not localize from the other fields, so the recipient sees the same text either way.

mod contacts;
mod error;
mod from_meta;
mod interactive;
mod location;
mod media;
mod read;
mod round_trip;
mod template;
mod text;
mod to_meta;
mod write;

#[cfg(test)]
mod tests;

pub use error::{FromMetaError, ToMetaError};
pub use from_meta::{LinkMessage, from_meta};
pub use round_trip::round_tripped;
pub use to_meta::{to_meta, to_meta_message, to_meta_str};

use crate::diagnostic::{Diagnostic, Severity};
use serde::Serialize;

/// What [`to_meta`] makes of a LINK request.
///
/// Serialized as `{"messages": [<Cloud API body>, …], "diagnostics": [<Diagnostic>, …]}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct Translation {
    /// The Cloud API send bodies, one per destination × message, destination-major; empty when the
    /// request has errors.
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>[]"))]
    pub messages: Vec<serde_json::Value>,
    /// When translated: what was left out or rewritten (LW590-LW598), at JSON Pointers into the
    /// LINK request. When not: the request's lint diagnostics, errors among them. Sorted by path,
    /// then code.
    pub diagnostics: Vec<Diagnostic>,
}

impl Translation {
    /// True when the request had errors and was not translated.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }
}
