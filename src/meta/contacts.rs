//! Contacts messages: LINK's camelCase members become the Cloud API's snake_case ones.
//!
//! | LINK | Cloud API |
//! |---|---|
//! | `addresses[]`: `street`, `city`, `state`, `zip`, `country`, `countryCode`, `type` | `street`, `city`, `state`, `zip`, `country`, `country_code`, `type` |
//! | `birthday` | `birthday` |
//! | `emails[]`: `email`, `type` | the same |
//! | `name`: `formattedName`, `firstName`, `lastName`, `middleName`, `suffix`, `prefix` | `formatted_name`, `first_name`, `last_name`, `middle_name`, `suffix`, `prefix` |
//! | `org`: `company`, `department`, `title` | the same |
//! | `phones[]`: `phone`, `type`, `waId` | `phone`, `type`, `wa_id` |
//! | `urls[]`: `url`, `type` | the same |
//!
//! Source: LINK WhatsApp Message API 1.6.1, "Contacts message", "Address", "Email", "Name", "Org",
//! "Phone", "Url"; Service4U WhatsApp API, "Contacts Messages".

use super::read::{Obj, Result};
use super::write::Object;
use crate::model::contacts::{Address, Contact, Email, Name, Org, Phone, Url};
use serde_json::Value;

/// The Cloud API `contacts` array.
pub(super) fn to_cloud(contacts: &[Contact]) -> Value {
    Value::Array(contacts.iter().map(contact).collect())
}

fn contact(c: &Contact) -> Value {
    let list = |items: Option<Vec<Value>>| items.map(Value::Array);
    Object::new()
        .opt("addresses", list(c.addresses.as_ref().map(|a| a.iter().map(address).collect())))
        .opt("birthday", c.birthday.as_deref())
        .opt("emails", list(c.emails.as_ref().map(|e| e.iter().map(email).collect())))
        .opt("name", c.name.as_ref().map(name))
        .opt("org", c.org.as_ref().map(org))
        .opt("phones", list(c.phones.as_ref().map(|p| p.iter().map(phone).collect())))
        .opt("urls", list(c.urls.as_ref().map(|u| u.iter().map(url).collect())))
        .build()
}

fn address(a: &Address) -> Value {
    Object::new()
        .opt("street", a.street.as_deref())
        .opt("city", a.city.as_deref())
        .opt("state", a.state.as_deref())
        .opt("zip", a.zip.as_deref())
        .opt("country", a.country.as_deref())
        .opt("country_code", a.country_code.as_deref())
        .opt("type", a.kind.as_deref())
        .build()
}

fn email(e: &Email) -> Value {
    Object::new().opt("email", e.email.as_deref()).opt("type", e.kind.as_deref()).build()
}

fn name(n: &Name) -> Value {
    Object::new()
        .put("formatted_name", n.formatted_name.as_str())
        .opt("first_name", n.first_name.as_deref())
        .opt("last_name", n.last_name.as_deref())
        .opt("middle_name", n.middle_name.as_deref())
        .opt("suffix", n.suffix.as_deref())
        .opt("prefix", n.prefix.as_deref())
        .build()
}

fn org(o: &Org) -> Value {
    Object::new()
        .opt("company", o.company.as_deref())
        .opt("department", o.department.as_deref())
        .opt("title", o.title.as_deref())
        .build()
}

fn phone(p: &Phone) -> Value {
    Object::new()
        .opt("phone", p.phone.as_deref())
        .opt("type", p.kind.as_deref())
        .opt("wa_id", p.wa_id.as_deref())
        .build()
}

fn url(u: &Url) -> Value {
    Object::new().opt("url", u.url.as_deref()).opt("type", u.kind.as_deref()).build()
}

/// Contact cards from the Cloud API `contacts` array (one element, read at its pointer).
pub(super) fn from_cloud(value: &Value, path: crate::pointer::JsonPointer) -> Result<Contact> {
    let mut o = Obj::of(value, path)?;
    let contact = Contact {
        addresses: o.opt_list("addresses", |v, p| read_address(Obj::of(v, p)?))?,
        birthday: o.opt("birthday")?,
        emails: o.opt_list("emails", |v, p| read_email(Obj::of(v, p)?))?,
        name: o.opt_obj("name")?.map(read_name).transpose()?,
        org: o.opt_obj("org")?.map(read_org).transpose()?,
        phones: o.opt_list("phones", |v, p| read_phone(Obj::of(v, p)?))?,
        urls: o.opt_list("urls", |v, p| read_url(Obj::of(v, p)?))?,
    };
    o.finish()?;
    Ok(contact)
}

fn read_address(mut o: Obj<'_>) -> Result<Address> {
    let a = Address {
        street: o.opt("street")?,
        city: o.opt("city")?,
        state: o.opt("state")?,
        zip: o.opt("zip")?,
        country: o.opt("country")?,
        country_code: o.opt("country_code")?,
        kind: o.opt("type")?,
    };
    o.finish()?;
    Ok(a)
}

fn read_email(mut o: Obj<'_>) -> Result<Email> {
    let e = Email { email: o.opt("email")?, kind: o.opt("type")? };
    o.finish()?;
    Ok(e)
}

fn read_name(mut o: Obj<'_>) -> Result<Name> {
    let n = Name {
        formatted_name: o.req("formatted_name")?,
        first_name: o.opt("first_name")?,
        last_name: o.opt("last_name")?,
        middle_name: o.opt("middle_name")?,
        suffix: o.opt("suffix")?,
        prefix: o.opt("prefix")?,
    };
    o.finish()?;
    Ok(n)
}

fn read_org(mut o: Obj<'_>) -> Result<Org> {
    let org = Org { company: o.opt("company")?, department: o.opt("department")?, title: o.opt("title")? };
    o.finish()?;
    Ok(org)
}

fn read_phone(mut o: Obj<'_>) -> Result<Phone> {
    let p = Phone { phone: o.opt("phone")?, kind: o.opt("type")?, wa_id: o.opt("wa_id")? };
    o.finish()?;
    Ok(p)
}

fn read_url(mut o: Obj<'_>) -> Result<Url> {
    let u = Url { url: o.opt("url")?, kind: o.opt("type")? };
    o.finish()?;
    Ok(u)
}
