//! What the inbound types share: enumerated strings that keep undocumented values, members the
//! documents show as `null`, KeyValue maps, and the Route resource.

use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;

/// A KeyValue map (`customParameters`, `gateCustomParameters`): string keys to string values, one
/// level deep.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Terms and glossary: KeyValue-Type".
pub type KeyValue = BTreeMap<String, String>;

/// The members of a received object that linkwa's edition does not know (Meta's Cloud API as
/// documented in December 2025, LINK WhatsApp Message API 1.6.1), by name, as received: every
/// typed object has one (`extra`, flattened into the object when written), so that nothing Meta
/// or the gateway sends is lost. Linting reports each such member as `received-member-unknown`
/// (LW016), a warning.
pub type Extra = serde_json::Map<String, serde_json::Value>;

/// Declares an enumerated string: one variant per documented value, and `Other` for any other
/// value, kept as written (another letter case, white space around it, a value the gateway added
/// later). Serialized as the string; `Other("TEXT")` is written `TEXT` and read back as the
/// documented variant.
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "tsify", derive(tsify::Tsify), tsify(type = "string"))]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
            /// A value the documents do not list, kept as written.
            Other(String),
        }

        impl $name {
            /// The value as written in JSON.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $text,)*
                    Self::Other(other) => other,
                }
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($text => Self::$variant,)*
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                Ok(Self::from(text.as_ref()))
            }
        }
    };
}
pub(crate) use string_enum;

/// Reads a member the documents show as `null` as well as with a value: absent is `None`, `null`
/// is `Some(None)`, so that both are written back as they were read. Use with
/// `#[serde(default, deserialize_with = "nullable", skip_serializing_if = "Option::is_none")]`.
pub(crate) fn nullable<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(deserializer).map(Some)
}

/// A KeyValue member that may be `null`, absent or an object: its value for `key`, white space
/// around the key ignored (the 1.6 and 1.6.1 examples write `" metaErrorDetails"`).
pub(crate) fn lookup<'a>(map: &'a Option<Option<KeyValue>>, key: &str) -> Option<&'a str> {
    let map = map.as_ref()?.as_ref()?;
    map.get(key).or_else(|| map.iter().find(|(k, _)| k.trim() == key).map(|(_, v)| v)).map(String::as_str)
}

/// The Route resource of an incoming message: "Either MsisdnSession, SubNumber or Keyword". The
/// documents only show a keyword route, so every member is optional.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Incoming Messages Sent from Mobile Phones" (route);
/// 1.4.2, "Receive message".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Route {
    /// `id`: the route's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `refId`: the route's reference id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_id: Option<String>,
    /// `platformId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_id: Option<String>,
    /// `platformPartnerId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_partner_id: Option<String>,
    /// `platformServiceType`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_service_type: Option<String>,
    /// `platformServiceId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_service_id: Option<String>,
    /// `number`: the MSISDN the message was sent to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// `gateIds`: the gates the message is forwarded to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gate_ids: Option<Vec<String>>,
    /// `customParameters`: the route's KeyValue map (`null` kept as `Some(None)`).
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, string> | null"))]
    pub custom_parameters: Option<Option<KeyValue>>,
    /// `type`, e.g. `KEYWORD_ROUTE`.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// `keyword` (`null` kept as `Some(None)`).
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "string | null"))]
    pub keyword: Option<Option<String>>,
    /// `keywordType`, e.g. `DEFAULT`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyword_type: Option<String>,
    /// `active`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// `start`: an RFC 3339 date-time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// `end`: an RFC 3339 date-time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// `shared`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<bool>,
    /// `description`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members linkwa's edition does not know (Meta or the gateway may have added them since),
    /// kept as received and written back.
    #[serde(flatten)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<string, unknown>"))]
    pub extra: Extra,
}
