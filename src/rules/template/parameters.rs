//! Template parameters: one shape per parameter `type`, so that a misspelt member gets a precise
//! did-you-mean, and the checks of each kind (text, payload, currency, dateTime, image, document,
//! video, location, action, coupon_code, limited_time_offer).

use super::codes::{
    COUPON_CODE_TOO_LONG, LOCATION_HEADER_OUT_OF_RANGE, LTO_EXPIRATION_INVALID, LTO_EXPIRATION_NOT_NESTED,
    PARAMETER_TYPE_NOT_ALLOWED, PARAMETER_TYPE_UNKNOWN, PARAMETER_VALUE_EMPTY, TEXT_PARAMETER_TOO_LONG,
    TEXT_PARAMETER_WHITESPACE, URL_BUTTON_PARAMETER_FULL_URL, URL_BUTTON_PAYLOAD_PARAMETER,
};
use super::values::{self, check_milliseconds};
use super::{action, cloud};
use crate::diagnostic::Dialect;
use crate::json::tree::Value;
use crate::rules::cloud::calling;
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, Unit, quote};
use crate::rules::media::{MediaContext, check_media};
use crate::rules::path::Path;
use crate::rules::shape::{Obj, Shape, Ty, chars, opt, req};
use crate::rules::strings::has_http_scheme;
use crate::rules::structure::REQUIRED_MEMBER_MISSING;
use crate::rules::suggest::closest;

/// Every parameter type, in the document's order (plus location and action from Service4U and the
/// Action parameter section).
pub(super) const TYPES: &[&str] = &[
    "text",
    "payload",
    "currency",
    "dateTime",
    "image",
    "document",
    "video",
    "location",
    "action",
    "coupon_code",
    "limited_time_offer",
];

/// The parameter types in Cloud API JSON: `date_time` for LINK's `dateTime`, and Meta's
/// `product`, `ttl_minutes` and `tap_target_configuration` (see [`super::cloud`]).
const CLOUD_TYPES: &[&str] = &[
    "text",
    "payload",
    "currency",
    "date_time",
    "image",
    "document",
    "video",
    "location",
    "action",
    "coupon_code",
    "limited_time_offer",
    "product",
    "ttl_minutes",
    "tap_target_configuration",
];

/// The parameter types of the document's dialect.
fn types(dialect: Dialect) -> &'static [&'static str] {
    if dialect == Dialect::Cloud { CLOUD_TYPES } else { TYPES }
}

/// A button's sub type, canonical LINK spelling in comments (Cloud API `quick_reply`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SubType {
    /// `quickReply` (Cloud API `quick_reply`)
    QuickReply,
    /// `url`
    Url,
    /// `flow`
    Flow,
    /// `catalog` (`CATALOG` in the catalog example)
    Catalog,
    /// `copy_code`
    CopyCode,
    /// `mpm` (Service4U)
    Mpm,
    /// `order_details` (Cloud API JSON: Payments order details templates)
    OrderDetails,
    /// `voice_call` (Cloud API JSON: call buttons; no `index`)
    VoiceCall,
}

/// Where a parameter is: decides which types it may have and which limits apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Slot {
    Header,
    CardHeader,
    Body,
    /// The body of a template whose only component is the body (Cloud API JSON: 32768).
    SoleBody,
    CardBody,
    /// A button of the given sub type (`None` when the sub type is missing or unknown).
    Button(Option<SubType>),
    LimitedTimeOffer,
    /// A `tap_target_configuration` component (Cloud API JSON).
    TapTarget,
}

/// What the cross-parameter checks need to know of one parameter.
#[derive(Debug)]
pub(super) struct Param<'v> {
    pub kind: &'v str,
    /// The `text` of a text parameter.
    pub text: Option<(&'v str, Path<'v>)>,
    /// The `parameterName` (Cloud API `parameter_name`) of a text parameter.
    pub name: Option<(&'v str, Path<'v>)>,
    pub path: Path<'v>,
}

const fn shape(name: &'static str, fields: &'static [crate::rules::shape::Field]) -> Shape {
    Shape { cache: Shape::cache(), name, fields }
}

/// The Cloud API's text parameter: LINK's members and `payment_link_preview` (Payments India:
/// enhanced payment links, on a url button's parameter).
pub(crate) static CLOUD_TEXT: Shape = shape(
    "a text parameter",
    &[
        req("type", Ty::Str),
        req("text", Ty::Str),
        opt("parameterName", Ty::Str).cloud("parameter_name"),
        opt("payment_link_preview", Ty::Bool),
    ],
);
static TEXT: Shape = shape(
    "a text parameter",
    &[req("type", Ty::Str), req("text", Ty::Str), opt("parameterName", Ty::Str).cloud("parameter_name")],
);
static PAYLOAD: Shape = shape("a payload parameter", &[req("type", Ty::Str), req("payload", Ty::Str)]);
static CURRENCY: Shape = shape("a currency parameter", &[req("type", Ty::Str), req("currency", Ty::Obj)]);
static DATE_TIME: Shape =
    shape("a dateTime parameter", &[req("type", Ty::Str), req("dateTime", Ty::Obj).cloud("date_time")]);
static IMAGE: Shape = shape("an image parameter", &[req("type", Ty::Str), req("image", Ty::Obj)]);
static DOCUMENT: Shape = shape("a document parameter", &[req("type", Ty::Str), req("document", Ty::Obj)]);
static VIDEO: Shape = shape("a video parameter", &[req("type", Ty::Str), req("video", Ty::Obj)]);
static LOCATION: Shape = shape("a location parameter", &[req("type", Ty::Str), req("location", Ty::Obj)]);
static ACTION: Shape = shape("an action parameter", &[req("type", Ty::Str), req("action", Ty::Obj)]);
static COUPON: Shape = shape("a coupon_code parameter", &[req("type", Ty::Str), req("coupon_code", Ty::Str)]);
pub(crate) static LTO: Shape = shape(
    "a limited_time_offer parameter",
    &[req("type", Ty::Str), opt("limited_time_offer", Ty::Obj), opt("expiration_time_ms", Ty::Int)],
);
/// For a parameter whose type is missing or unknown: every member of every kind.
pub(crate) static ANY: Shape = shape(
    "a template parameter",
    &[
        req("type", Ty::Str),
        opt("text", Ty::Str),
        opt("parameterName", Ty::Str).cloud("parameter_name"),
        opt("payload", Ty::Str),
        opt("currency", Ty::Obj),
        opt("dateTime", Ty::Obj).cloud("date_time"),
        opt("image", Ty::Obj),
        opt("document", Ty::Obj),
        opt("video", Ty::Obj),
        opt("location", Ty::Obj),
        opt("action", Ty::Obj),
        opt("coupon_code", Ty::Str),
        opt("limited_time_offer", Ty::Obj),
    ],
);

/// `limited_time_offer` inside an LTO parameter.
pub(crate) static LTO_OBJECT: Shape = shape("`limited_time_offer`", &[req("expiration_time_ms", Ty::Int)]);

/// A location header (Service4U): coordinates as numbers or numeric strings.
pub(crate) static LOCATION_OBJECT: Shape = shape(
    "a location header",
    &[req("latitude", Ty::NumOrStr), req("longitude", Ty::NumOrStr), opt("name", Ty::Str), opt("address", Ty::Str)],
);

fn shape_of(kind: Option<&str>, dialect: Dialect) -> &'static Shape {
    match (kind, dialect) {
        (Some("dateTime"), Dialect::Link) | (Some("date_time"), Dialect::Cloud) => &DATE_TIME,
        (Some("text"), Dialect::Cloud) => &CLOUD_TEXT,
        (Some("product"), Dialect::Cloud) => &cloud::PRODUCT,
        (Some("ttl_minutes"), Dialect::Cloud) => &cloud::TTL,
        (Some("tap_target_configuration"), Dialect::Cloud) => &cloud::TAP_TARGET,
        (kind, _) => shape_of_kind(kind),
    }
}

fn shape_of_kind(kind: Option<&str>) -> &'static Shape {
    match kind {
        Some("text") => &TEXT,
        Some("payload") => &PAYLOAD,
        Some("currency") => &CURRENCY,
        Some("image") => &IMAGE,
        Some("document") => &DOCUMENT,
        Some("video") => &VIDEO,
        Some("location") => &LOCATION,
        Some("action") => &ACTION,
        Some("coupon_code") => &COUPON,
        Some("limited_time_offer") => &LTO,
        _ => &ANY,
    }
}

/// Checks one parameter at `path` in `slot`; returns what the component checks need, or `None`
/// when the parameter is not an object or its type is missing or unknown.
pub(super) fn check<'v>(cx: &mut Cx, value: &'v Value<'v>, path: &Path<'v>, slot: Slot) -> Option<Param<'v>> {
    let raw = value.as_object().and_then(|m| m.get("type")).and_then(Value::as_str);
    let allowed = types(cx.dialect);
    // Cloud API: a known type in another case (`TEXT`), accepted by Meta's live API (LW535).
    let recased = raw
        .filter(|r| cx.dialect == Dialect::Cloud && !allowed.contains(r))
        .and_then(|r| allowed.iter().copied().find(|a| a.eq_ignore_ascii_case(r)));
    let p = cx.object(value, path, shape_of(recased.or(raw), cx.dialect))?;
    let (kind, kind_path) = p.str("type")?;
    let kind = match recased {
        Some(lower) => {
            cx.report(
                &crate::rules::cloud::PARAMETER_TYPE_CASE,
                kind_path,
                Finding::Other(format!(
                    "parameter type `{}` is documented in lower case, `{lower}`; Meta's live API accepts it",
                    quote(kind)
                )),
            )
            .help(format!("write `{lower}`"))
            .fix_string(kind_path, lower);
            lower
        }
        None => kind,
    };
    if !allowed.contains(&kind) {
        cx.report(
            &PARAMETER_TYPE_UNKNOWN,
            kind_path,
            Finding::NotOneOf { subject: "parameter type", actual: kind.to_owned(), allowed },
        )
        .help_opt(closest(kind, allowed).map(|s| format!("did you mean `{s}`?")))
        .fix_spelling(kind_path, kind, allowed);
        return None;
    }
    check_allowed(cx, kind, kind_path, slot);
    let mut param = Param { kind, text: None, name: None, path: *path };
    match kind {
        "text" => {
            param.text = p.str("text");
            param.name = p.str("parameterName");
            if let Some((text, path)) = &param.text {
                check_text(cx, text, path, slot);
            }
            if cx.dialect == Dialect::Cloud && slot != Slot::Button(Some(SubType::Url)) && p.has("payment_link_preview")
            {
                cx.report(
                    &crate::rules::cloud::PAYMENT_LINK_PREVIEW_MISPLACED,
                    p.path_of("payment_link_preview"),
                    Finding::Other("`payment_link_preview` is read on a url button's text parameter only".into()),
                )
                .help("move it to the text parameter of the url button that carries the payment link");
            }
        }
        "payload" => {
            check_not_empty(cx, &p, "payload");
            if slot == Slot::Button(Some(SubType::VoiceCall))
                && let Some((payload, path)) = p.str("payload")
            {
                let subject = "the call button payload";
                crate::rules::cloud::calling::check_length(cx, payload, path, subject, calling::PAYLOAD_MAX);
            }
        }
        "product" => cloud::check_product(cx, &p),
        "ttl_minutes" => cloud::check_ttl_parameter(cx, &p),
        "tap_target_configuration" => cloud::check_tap_target(cx, &p),
        "currency" => values::check_currency(cx, &p),
        "dateTime" | "date_time" => values::check_date_time(cx, &p),
        "image" | "document" | "video" => {
            if let Some((media, path)) = p.get(kind) {
                check_media(cx, media, &path, kind, MediaContext::TemplateHeader);
            }
        }
        "location" => check_location(cx, &p),
        "action" => action::check(cx, &p, if let Slot::Button(sub) = slot { sub } else { None }),
        "coupon_code" => {
            check_not_empty(cx, &p, "coupon_code");
            if let Some((code, path)) = p.str("coupon_code") {
                let len = chars(code);
                if len > COUPON_MAX {
                    cx.report(
                        &COUPON_CODE_TOO_LONG,
                        path,
                        Finding::TooLong {
                            subject: "the coupon code",
                            actual: len,
                            max: COUPON_MAX,
                            unit: Unit::Chars,
                        },
                    );
                }
            }
        }
        _ => check_limited_time_offer(cx, &p),
    }
    Some(param)
}

/// Meta's longest coupon code, in characters.
const COUPON_MAX: usize = 15;

/// The types a slot takes, and how to name the slot in a message.
fn allowed(slot: Slot, dialect: Dialect) -> Option<(&'static [&'static str], &'static str)> {
    let cloud = dialect == Dialect::Cloud;
    Some(match slot {
        Slot::Header if cloud => (&["text", "image", "document", "video", "location", "product"], "a header"),
        Slot::Header => (&["text", "image", "document", "video", "location"], "a header"),
        Slot::CardHeader if cloud => (&["image", "video", "product"], "a carousel card header"),
        Slot::CardHeader => (&["image", "video"], "a carousel card header"),
        Slot::Body | Slot::SoleBody | Slot::CardBody if cloud => (&["text", "currency", "date_time"], "a body"),
        Slot::Body | Slot::SoleBody | Slot::CardBody => (&["text", "currency", "dateTime"], "a body"),
        Slot::TapTarget => (&["tap_target_configuration"], "a tap_target_configuration component"),
        Slot::LimitedTimeOffer => (&["limited_time_offer"], "a limited_time_offer component"),
        Slot::Button(None) => return None,
        Slot::Button(Some(sub)) => match sub {
            SubType::QuickReply if cloud => (&["payload"], "a quick_reply button"),
            SubType::QuickReply => (&["payload"], "a quickReply button"),
            SubType::Url => (&["text"], "a url button"),
            SubType::CopyCode => (&["coupon_code"], "a copy_code button"),
            SubType::Catalog => (&["action"], "a catalog button"),
            SubType::Mpm => (&["action"], "an mpm button"),
            SubType::Flow => (&["action"], "a flow button"),
            SubType::OrderDetails => (&["action"], "an order_details button"),
            SubType::VoiceCall => (&["ttl_minutes", "payload"], "a voice_call button"),
        },
    })
}

fn check_allowed(cx: &mut Cx, kind: &str, path: Path, slot: Slot) {
    let Some((types, place)) = allowed(slot, cx.dialect) else { return };
    if types.contains(&kind) {
        return;
    }
    if cx.dialect == Dialect::Cloud && slot == Slot::Button(Some(SubType::QuickReply)) && kind == "text" {
        cx.report(
            &crate::rules::cloud::QUICK_REPLY_TEXT_PARAMETER,
            path,
            Finding::Other("a quick_reply button takes a `payload` parameter; this one is `text`".into()),
        )
        .help("send `{\"type\": \"payload\", \"payload\": \"<what the reply returns>\"}`");
        return;
    }
    if slot == Slot::Button(Some(SubType::Url)) && kind == "payload" {
        cx.report(
            &URL_BUTTON_PAYLOAD_PARAMETER,
            path,
            Finding::Other("a url button takes a `text` parameter; this one is `payload`".into()),
        )
        .help("send `{\"type\": \"text\", \"text\": \"<URL suffix>\"}`");
        return;
    }
    let list = match types {
        [only] => format!("a `{only}` parameter"),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(|t| format!("`{t}`")).collect();
            format!("{} or `{last}` parameters", init.join(", "))
        }
        [] => unreachable!("every slot takes at least one type"),
    };
    cx.report(&PARAMETER_TYPE_NOT_ALLOWED, path, Finding::Other(format!("{place} takes {list}, not `{kind}`")));
}

/// The longest text parameter in a slot, in characters, when Meta states one.
fn text_limit(slot: Slot) -> Option<(usize, &'static str)> {
    match slot {
        Slot::Header => Some((60, "a header text parameter")),
        Slot::Body => Some((1024, "a body text parameter")),
        // "32768 characters if the body is the only component" (Cloud API reference, parameter
        // object; OpenAPI v23 `TextParameter.maxLength`).
        Slot::SoleBody => Some((32768, "the text parameter of a body-only template")),
        Slot::CardBody => Some((160, "a card body text parameter")),
        _ => None,
    }
}

fn check_text(cx: &mut Cx, text: &str, path: &Path, slot: Slot) {
    if text.trim().is_empty() {
        cx.report(&PARAMETER_VALUE_EMPTY, *path, Finding::Other("the `text` parameter is empty".into()));
        return;
    }
    if let Some((max, subject)) = text_limit(slot) {
        let len = chars(text);
        if len > max {
            cx.report(
                &TEXT_PARAMETER_TOO_LONG,
                *path,
                Finding::TooLong { subject, actual: len, max, unit: Unit::Chars },
            );
        }
        let what = if text.contains(['\n', '\r']) {
            Some("a line break")
        } else if text.contains('\t') {
            Some("a tab")
        } else if text.contains("     ") {
            Some("more than 4 consecutive spaces")
        } else {
            None
        };
        if let Some(what) = what {
            cx.report(&TEXT_PARAMETER_WHITESPACE, *path, Finding::Other(format!("the text parameter contains {what}")))
                .help("template variables are one line: put line breaks in the approved template text");
        }
    }
    if slot == Slot::Button(Some(SubType::Url)) && has_http_scheme(text) {
        cx.report(
            &URL_BUTTON_PARAMETER_FULL_URL,
            *path,
            Finding::Other("the url button parameter is a whole URL; it is appended to the template's URL".into()),
        )
        .help("send only the part that follows the template's URL, e.g. `order/1234`");
    }
}

fn check_not_empty(cx: &mut Cx, p: &Obj<'_>, member: &'static str) {
    if let Some((value, path)) = p.str(member)
        && value.trim().is_empty()
    {
        cx.report(&PARAMETER_VALUE_EMPTY, path, Finding::Other(format!("the `{member}` parameter is empty")));
    }
}

fn check_location(cx: &mut Cx, p: &Obj<'_>) {
    let Some(location) = p.obj(cx, "location", &LOCATION_OBJECT) else { return };
    for (member, limit) in [("latitude", 90.0), ("longitude", 180.0)] {
        let Some((value, path)) = location.get(member) else { continue };
        let number = match value {
            Value::Number(n) => n.as_f64(),
            Value::String(s) => crate::json::decimal(s.trim()),
            _ => None,
        };
        match number {
            Some(n) if (-limit..=limit).contains(&n) => {}
            Some(n) => {
                let subject = if member == "latitude" { "`latitude`" } else { "`longitude`" };
                cx.report(
                    &LOCATION_HEADER_OUT_OF_RANGE,
                    path,
                    Finding::OutOfRange { subject, actual: n, min: -limit, max: limit },
                );
            }
            None => {
                cx.report(&LOCATION_HEADER_OUT_OF_RANGE, path, Finding::Other(format!("`{member}` is not a number")))
                    .help("use decimal degrees, e.g. 37.483307");
            }
        }
    }
}

fn check_limited_time_offer(cx: &mut Cx, p: &Obj<'_>) {
    let nested = p.obj(cx, "limited_time_offer", &LTO_OBJECT);
    if let Some((value, path)) = p.get("expiration_time_ms") {
        cx.report(
            &LTO_EXPIRATION_NOT_NESTED,
            path,
            Finding::Other("`expiration_time_ms` is given on the parameter, not inside `limited_time_offer`".into()),
        )
        .help("send `\"limited_time_offer\": {\"expiration_time_ms\": …}`");
        check_expiration(cx, value, path);
    } else if !p.has("limited_time_offer") {
        cx.report(
            &REQUIRED_MEMBER_MISSING,
            p.path.key("limited_time_offer"),
            Finding::Missing { member: "limited_time_offer".into() },
        );
    }
    if let Some((value, path)) = nested.as_ref().and_then(|o| o.get("expiration_time_ms")) {
        check_expiration(cx, value, path);
    }
}

fn check_expiration(cx: &mut Cx, value: &Value, path: Path) {
    match value.as_i64() {
        Some(ms) if ms > 0 => check_milliseconds(cx, ms, path, "expiration_time_ms"),
        _ => {
            cx.report(
                &LTO_EXPIRATION_INVALID,
                path,
                Finding::Other(format!(
                    "`expiration_time_ms` is {}; it must be a positive UNIX time in ms",
                    quote(&value.to_string())
                )),
            );
        }
    }
}
