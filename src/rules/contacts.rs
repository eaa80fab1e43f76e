//! LW260–LW279: contacts messages.
//!
//! `contacts` is a non-empty list of Contact objects: `name` (Name: `formattedName` plus at least
//! one of `firstName`, `lastName`, `middleName`, `suffix`, `prefix`), `birthday` (YYYY-MM-DD),
//! `org` (Org) and lists of `addresses`, `emails`, `phones`, `urls`, each entry with an optional
//! `type` (HOME, WORK). LINK spells members in camelCase (`formattedName`, `waId`, `countryCode`),
//! the Cloud API in snake_case (`formatted_name`, `wa_id`, `country_code`); in each dialect the
//! other's spelling is an unknown member (the did-you-mean names the dialect's spelling), and
//! messages name members as the document's dialect spells them.
//!
//! The Contact table marks `name` optional, the Name table marks `formattedName` required and the
//! Cloud API reference marks `name` required; a contact card cannot be shown without a name, so
//! `name` is required here (LW007).
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Contacts message", "Address", "Email", "Name", "Org",
//! "Phone", "Url"; Cloud API field reference, Contacts message (limits).

use super::cx::Cx;
use super::finding::{Finding, Unit};
use super::registry::declare_rules;
use super::shape::{Obj, Shape, Ty, opt, req};
use super::strings::{has_http_scheme, is_calendar_date, same_letters};
use super::suggest::closest;
use crate::diagnostic::Dialect;

const CONTACTS: &str = "LINK WhatsApp Message API 1.6.1, Contacts message";
const PROPERTIES: &str = "LINK WhatsApp Message API 1.6.1, Address, Email, Phone, Url";

declare_rules! {
    CONTACTS_EMPTY = LW260 "contacts-empty" Error,
        "`contacts` lists at least one contact.",
        "A contacts message without a contact has nothing to show and is rejected.",
        CONTACTS;
    CONTACT_NAME_INCOMPLETE = LW261 "contact-name-incomplete" Error,
        "A contact's `name` has, besides `formattedName`, at least one of `firstName`, `lastName`, `middleName`, `suffix`, `prefix` (Cloud API: `formatted_name` and `first_name`, `last_name`, `middle_name`, `suffix`, `prefix`).",
        "The Name section says at least one of the optional parameters must be included along with formattedName; Meta rejects the contact otherwise.",
        "LINK WhatsApp Message API 1.6.1, Name";
    CONTACT_FORMATTED_NAME_EMPTY = LW262 "contact-formatted-name-empty" Error,
        "A contact's `name.formattedName` (Cloud API `formatted_name`) is not empty.",
        "`formattedName` is required and is the name the card shows; an empty one is as good as missing.",
        "LINK WhatsApp Message API 1.6.1, Name";
    CONTACT_BIRTHDAY_INVALID = LW263 "contact-birthday-invalid" Error,
        "A contact's `birthday` is a real date written YYYY-MM-DD.",
        "The Cloud API reference requires the YYYY-MM-DD format (the LINK example, 2012-08-18, follows it); other formats and impossible dates are rejected.",
        "Cloud API field reference, Contacts message (birthday: YYYY-MM-DD)";
    CONTACT_TYPE_UNKNOWN = LW264 "contact-type-unknown" Warning fix Safe,
        "The `type` of a contact's address, email, phone or url is HOME or WORK.",
        "The Cloud API reference limits type fields to HOME or WORK; LINK writes \"Eg. HOME, WORK\". Another value (or another case) is not a standard label and may be dropped or shown verbatim.",
        "Cloud API field reference, Contacts message (type fields: HOME or WORK); LINK WhatsApp Message API 1.6.1, Address, Email, Phone, Url";
    CONTACT_WA_ID_INVALID = LW265 "contact-wa-id-invalid" Error,
        "A phone's `waId` (Cloud API `wa_id`) is a WhatsApp id: digits only (country code included, no `+`, no separators), at most 15.",
        "The WhatsApp id makes the phone tappable to open a chat; a malformed one opens nothing or is rejected.",
        "LINK WhatsApp Message API 1.6.1, Phone (waId)";
    CONTACT_WA_ID_DIFFERS_FROM_PHONE = LW266 "contact-wa-id-differs-from-phone" Warning,
        "A phone's `waId` has the same digits as its international `phone`.",
        "The chat button opens the account of `waId`; when it differs from the number shown, the recipient messages someone else.",
        "LINK WhatsApp Message API 1.6.1, Phone (waId); Cloud API field reference, Contacts message";
    CONTACT_PHONE_INVALID = LW267 "contact-phone-invalid" Warning,
        "A contact's `phone` holds digits, an optional leading `+` and the separators space, `-`, `.`, `(`, `)`.",
        "The number is shown and dialled as written; letters or other characters make it unusable.",
        PROPERTIES;
    CONTACT_EMAIL_INVALID = LW268 "contact-email-invalid" Warning,
        "A contact's `email` is an address with one `@`, a local part and a domain with a dot, and no white space.",
        "The recipient cannot write to a malformed address.",
        PROPERTIES;
    CONTACT_URL_NOT_HTTP = LW269 "contact-url-not-http" Warning,
        "A contact's `url` begins with `http://` or `https://`.",
        "Like URLs in text bodies, only http(s) URLs are opened as links.",
        PROPERTIES;
    CONTACT_COUNTRY_CODE_INVALID = LW270 "contact-country-code-invalid" Warning,
        "An address's `countryCode` (Cloud API `country_code`) is a two-letter ISO 3166-1 code (e.g. `us`, `SE`).",
        "The LINK example uses the ISO two-letter code; a country name or a dialling code in its place is not understood.",
        "LINK WhatsApp Message API 1.6.1, Address (countryCode)";
    CONTACT_ENTRY_EMPTY = LW271 "contact-entry-empty" Warning,
        "A contact's address, email, phone or url entry has content besides `type`.",
        "An entry with nothing but a type shows an empty line on the card; it is usually a field left unfilled.",
        PROPERTIES;
}

pub(crate) static CONTACT: Shape = Shape {
    cache: Shape::cache(),
    name: "a contact",
    fields: &[
        opt("addresses", Ty::Arr),
        opt("birthday", Ty::Str),
        opt("emails", Ty::Arr),
        req("name", Ty::Obj),
        opt("org", Ty::Obj),
        opt("phones", Ty::Arr),
        opt("urls", Ty::Arr),
    ],
};

pub(crate) static NAME: Shape = Shape {
    cache: Shape::cache(),
    name: "a contact name",
    fields: &[
        req("formattedName", Ty::Str).cloud("formatted_name"),
        opt("firstName", Ty::Str).cloud("first_name"),
        opt("lastName", Ty::Str).cloud("last_name"),
        opt("middleName", Ty::Str).cloud("middle_name"),
        opt("suffix", Ty::Str),
        opt("prefix", Ty::Str),
    ],
};

/// The Name members of which at least one accompanies `formattedName`.
const NAME_PARTS: &[&str] = &["firstName", "lastName", "middleName", "suffix", "prefix"];
/// The same, as the Cloud API spells them.
const CLOUD_NAME_PARTS: &[&str] = &["first_name", "last_name", "middle_name", "suffix", "prefix"];

pub(crate) static ORG: Shape = Shape {
    cache: Shape::cache(),
    name: "a contact organization",
    fields: &[opt("company", Ty::Str), opt("department", Ty::Str), opt("title", Ty::Str)],
};

pub(crate) static ADDRESS: Shape = Shape {
    cache: Shape::cache(),
    name: "a contact address",
    fields: &[
        opt("street", Ty::Str),
        opt("city", Ty::Str),
        opt("state", Ty::Str),
        opt("zip", Ty::Str),
        opt("country", Ty::Str),
        opt("countryCode", Ty::Str).cloud("country_code"),
        opt("type", Ty::Str),
    ],
};

pub(crate) static EMAIL: Shape =
    Shape { cache: Shape::cache(), name: "a contact email", fields: &[opt("email", Ty::Str), opt("type", Ty::Str)] };

pub(crate) static PHONE: Shape = Shape {
    cache: Shape::cache(),
    name: "a contact phone",
    fields: &[opt("phone", Ty::Str), opt("type", Ty::Str), opt("waId", Ty::Str).cloud("wa_id")],
};

pub(crate) static URL: Shape =
    Shape { cache: Shape::cache(), name: "a contact url", fields: &[opt("url", Ty::Str), opt("type", Ty::Str)] };

/// The values of the `type` fields.
const TYPES: &[&str] = &["HOME", "WORK"];

/// Checks the `contacts` member of a contacts message.
pub(crate) fn check_message(cx: &mut Cx, msg: &Obj<'_>) {
    let Some(contacts) = msg.arr("contacts") else { return };
    if contacts.len() == 0 {
        cx.report(&CONTACTS_EMPTY, contacts.path, Finding::TooFew { subject: "`contacts`", actual: 0, min: 1 });
    }
    for contact in cx.objects(&contacts, &CONTACT) {
        check_contact(cx, &contact);
    }
}

fn check_contact(cx: &mut Cx, contact: &Obj<'_>) {
    if let Some(name) = contact.obj(cx, "name", &NAME) {
        check_name(cx, &name);
    }
    if let Some((birthday, path)) = contact.str("birthday")
        && !is_calendar_date(birthday)
    {
        cx.report(
            &CONTACT_BIRTHDAY_INVALID,
            path,
            Finding::Other("`birthday` is not a date written YYYY-MM-DD".into()),
        )
        .help("e.g. 2012-08-18");
    }
    contact.obj(cx, "org", &ORG);
    for address in contact.objs(cx, "addresses", &ADDRESS) {
        check_type(cx, &address);
        let content = ["street", "city", "state", "zip", "country", "countryCode"];
        check_not_empty(cx, &address, &content, "address");
        if let Some((code, path)) = address.str("countryCode")
            && !(code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic()))
        {
            let name = address.name_of("countryCode");
            cx.report(
                &CONTACT_COUNTRY_CODE_INVALID,
                path,
                Finding::Other(format!("`{name}` is not a two-letter ISO 3166-1 code")),
            )
            .help("e.g. `us` or `SE`; the country's name goes in `country`");
        }
    }
    for email in contact.objs(cx, "emails", &EMAIL) {
        check_type(cx, &email);
        check_not_empty(cx, &email, &["email"], "email");
        if let Some((address, path)) = email.str("email")
            && !address.is_empty()
            && !is_email(address)
        {
            cx.report(&CONTACT_EMAIL_INVALID, path, Finding::Other("`email` is not an e-mail address".into()))
                .help("write it as name@example.com");
        }
    }
    for phone in contact.objs(cx, "phones", &PHONE) {
        check_type(cx, &phone);
        check_not_empty(cx, &phone, &["phone", "waId"], "phone");
        check_phone(cx, &phone);
    }
    for url in contact.objs(cx, "urls", &URL) {
        check_type(cx, &url);
        check_not_empty(cx, &url, &["url"], "url");
        if let Some((u, path)) = url.str("url")
            && !u.is_empty()
            && !has_http_scheme(u)
        {
            cx.report(
                &CONTACT_URL_NOT_HTTP,
                path,
                Finding::Other("`url` does not begin with `http://` or `https://`".into()),
            )
            .help("start the URL with `https://`");
        }
    }
}

fn check_name(cx: &mut Cx, name: &Obj<'_>) {
    let cloud = cx.dialect == Dialect::Cloud;
    if let Some((formatted, path)) = name.str("formattedName")
        && formatted.trim().is_empty()
    {
        let subject = if cloud { "`formatted_name`" } else { "`formattedName`" };
        cx.report(
            &CONTACT_FORMATTED_NAME_EMPTY,
            path,
            Finding::TooShort { subject, actual: 0, min: 1, unit: Unit::Chars },
        );
    }
    // `first_name` in LINK JSON (`firstName` in Cloud API JSON) and the like are reported as
    // unknown members with a did-you-mean; the name is not incomplete for want of the spelling.
    let spelt = if cloud { CLOUD_NAME_PARTS } else { NAME_PARTS };
    let misspelt_part = name.map.keys().any(|k| spelt.iter().any(|p| same_letters(k, p)) && !spelt.contains(&k));
    if !has_content(name, NAME_PARTS) && !misspelt_part {
        let (formatted, first) = (name.name_of("formattedName"), name.name_of("firstName"));
        cx.report(&CONTACT_NAME_INCOMPLETE, name.path, Finding::MissingOneOf { members: spelt })
            .help(format!("`{formatted}` alone is not enough; add e.g. `{first}`"));
    }
}

/// True when one of `keys` is a non-blank string, or has a wrong type (already reported by the
/// shape: not to be reported again as missing).
fn has_content(obj: &Obj<'_>, keys: &[&str]) -> bool {
    keys.iter().any(|k| match obj.str(k) {
        Some((s, _)) => !s.trim().is_empty(),
        None => obj.has(k),
    })
}

/// LW264: `type` is HOME or WORK.
fn check_type(cx: &mut Cx, entry: &Obj<'_>) {
    let Some((ty, path)) = entry.str("type") else { return };
    if TYPES.contains(&ty) {
        return;
    }
    cx.report(
        &CONTACT_TYPE_UNKNOWN,
        path,
        Finding::NotOneOf { subject: "type", actual: ty.to_owned(), allowed: TYPES },
    )
    .help_opt(closest(ty, TYPES).map(|s| format!("use `{s}`")))
    .fix_spelling(path, ty, TYPES);
}

/// LW271: an entry with nothing but (at most) a type.
fn check_not_empty(cx: &mut Cx, entry: &Obj<'_>, content: &[&str], what: &str) {
    if !has_content(entry, content) {
        cx.report(&CONTACT_ENTRY_EMPTY, entry.path, Finding::Other(format!("the {what} entry has no content")))
            .help(format!("fill it in or remove the entry (it needs one of {})", list(entry, content)));
    }
}

/// The members `keys` as the entry's dialect spells them, for messages.
fn list(entry: &Obj<'_>, keys: &[&str]) -> String {
    keys.iter().map(|k| format!("`{}`", entry.name_of(k))).collect::<Vec<_>>().join(", ")
}

/// LW265–LW267: the phone's characters, the WhatsApp id's digits, and that they agree.
fn check_phone(cx: &mut Cx, phone: &Obj<'_>) {
    let number = phone.str("phone");
    if let Some((n, path)) = &number
        && !n.trim().is_empty()
        && !is_phone(n)
    {
        cx.report(
            &CONTACT_PHONE_INVALID,
            *path,
            Finding::Other("`phone` has characters other than digits, a leading `+` and separators".into()),
        );
    }
    let Some((wa_id, path)) = phone.str("waId") else { return };
    let member = phone.name_of("waId");
    let digits = wa_id.bytes().filter(u8::is_ascii_digit).count();
    if wa_id.is_empty() || digits != wa_id.len() || digits > 15 {
        cx.report(
            &CONTACT_WA_ID_INVALID,
            path,
            Finding::Other(if wa_id.is_empty() {
                format!("`{member}` is empty")
            } else if digits > 15 {
                format!("`{member}` has {digits} digits; a WhatsApp id has at most 15")
            } else {
                format!("`{member}` has characters other than digits")
            }),
        )
        .help_opt(
            (digits > 0 && digits <= 15)
                .then(|| "write the number with its country code as digits only, without `+` or separators".into()),
        );
        return;
    }
    if let Some((n, _)) = number
        && n.trim_start().starts_with('+')
        && is_phone(n)
        && !n.bytes().filter(u8::is_ascii_digit).eq(wa_id.bytes())
    {
        cx.report(
            &CONTACT_WA_ID_DIFFERS_FROM_PHONE,
            path,
            Finding::Other(format!("`{member}` is not the same number as `phone`")),
        )
        .help(format!("the chat button opens `{member}`'s account; make it the digits of `phone`"));
    }
}

/// Digits with an optional leading `+` and the separators space, `-`, `.`, `(`, `)`.
fn is_phone(s: &str) -> bool {
    let s = s.trim();
    let body = s.strip_prefix('+').unwrap_or(s);
    body.bytes().any(|b| b.is_ascii_digit()) && body.bytes().all(|b| b.is_ascii_digit() || b" -.()".contains(&b))
}

/// One `@` between a non-empty local part and a domain with an inner dot; no white space.
fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    !local.is_empty()
        && !domain.contains('@')
        && !s.contains(char::is_whitespace)
        && domain.split_once('.').is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
        && !domain.ends_with('.')
}

#[cfg(test)]
mod tests;
