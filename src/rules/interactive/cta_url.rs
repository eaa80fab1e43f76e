//! CTA URL messages: `action.name: cta_url` and `action.parameters { display_text, url }`; the
//! parameters check is shared with carousel media cards.
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Interactive action", "Interactive action
//! parameters"; Cloud API reference (limits tables), "Interactive CTA URL".

use super::text;
use super::{CTA_DISPLAY_TEXT_TOO_LONG, CTA_URL_NOT_HTTP, action_name};
use crate::diagnostic::Dialect;
use crate::json::tree::Value;
use crate::rules::cx::Cx;
use crate::rules::finding::Finding;
use crate::rules::path::Path;
use crate::rules::shape::{Obj, Shape, Ty, opt, req};
use crate::rules::strings::has_http_scheme;

pub(crate) static CTA_ACTION: Shape = Shape {
    cache: Shape::cache(),
    name: "the `action` of a cta_url message",
    fields: &[req("name", Ty::Str), req("parameters", Ty::Obj)],
};

/// `{ "display_text": String, "url": String }`, both required.
pub(crate) static CTA_PARAMETERS: Shape = Shape {
    cache: Shape::cache(),
    name: "cta_url `parameters`",
    fields: &[req("display_text", Ty::Str), req("url", Ty::Str)],
};

/// Cloud API JSON: also `payment_link_preview` (Payments India, enhanced payment links: a boolean
/// that shows the payment link's preview; "not publicly available yet").
static CLOUD_CTA_PARAMETERS: Shape = Shape {
    cache: Shape::cache(),
    name: "cta_url `parameters`",
    fields: &[req("display_text", Ty::Str), req("url", Ty::Str), opt("payment_link_preview", Ty::Bool)],
};

/// Checks the `action` of a cta_url message at `path`.
pub(super) fn check(cx: &mut Cx, value: &Value, path: &Path) {
    let Some(action) = cx.object(value, path, &CTA_ACTION) else { return };
    action_name(cx, &action, &["cta_url"]);
    let shape = if cx.dialect == Dialect::Cloud { &CLOUD_CTA_PARAMETERS } else { &CTA_PARAMETERS };
    if let Some(parameters) = action.obj(cx, "parameters", shape) {
        check_parameters(cx, &parameters);
    }
}

/// Checks cta_url `parameters`: `display_text` non-empty and at most 20 characters, `url` an
/// absolute http(s) URL.
pub(super) fn check_parameters(cx: &mut Cx, parameters: &Obj<'_>) {
    if let Some((label, p)) = parameters.str("display_text")
        && !text::empty(cx, label, &p, "display text")
    {
        text::too_long(cx, &CTA_DISPLAY_TEXT_TOO_LONG, label, &p, "display text", 20);
    }
    if let Some((url, p)) = parameters.str("url")
        && !text::empty(cx, url, &p, "url")
        && !is_http_url(url)
    {
        cx.report(&CTA_URL_NOT_HTTP, p, Finding::Other("the url is not an absolute http:// or https:// URL".into()))
            .help("write the full address, e.g. https://www.example.com/offer");
    }
}

/// True when `url` starts with `http://` or `https://` (any case) followed by a host, and holds
/// no white space.
fn is_http_url(url: &str) -> bool {
    if !has_http_scheme(url) {
        return false;
    }
    let rest = &url[url.find("://").map_or(url.len(), |i| i + 3)..];
    !rest.is_empty() && !rest.starts_with('/') && !url.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::is_http_url;

    #[test]
    fn http_urls() {
        for url in ["https://www.example.com", "http://example.com/a?b=c", "HTTPS://EXAMPLE.COM", "https://x"] {
            assert!(is_http_url(url), "{url}");
        }
        for url in
            ["www.example.com", "ftp://example.com", "https://", "https:///path", "/offer", "https://a b", "tel:+4670"]
        {
            assert!(!is_http_url(url), "{url}");
        }
    }
}
