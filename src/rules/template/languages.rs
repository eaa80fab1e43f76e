//! `template.language`: the object and its `code`, checked against the Supported languages table;
//! in Cloud API JSON also its `policy`.

use super::codes::{LANGUAGE_CODE_HYPHEN, LANGUAGE_CODE_UNSUPPORTED, LANGUAGE_POLICY_INVALID};
use crate::diagnostic::text::json_string;
use crate::diagnostic::{Applicability, Dialect};
use crate::rules::cx::Cx;
use crate::rules::finding::{Finding, quote};
use crate::rules::intent::Change;
use crate::rules::path::Path;
use crate::rules::shape::{Obj, Shape, Ty, opt, req};
use crate::rules::suggest::closest;

/// The language codes of the "Supported languages" table, in the document's order: 111 distinct
/// codes (the table has 112 rows; Thai `th` is listed twice). Identical in 1.6 and 1.6.1; the
/// 1.4.2 table is a 68-code subset. Language and region are joined by `_`, e.g. `en_US`, `prs_AF`.
///
/// Source: LINK WhatsApp Message API 1.6.1, "Supported languages".
pub(crate) const LANGUAGES: &[&str] = &[
    "af", "sq", "ar", "ar_EG", "ar_AE", "ar_LB", "ar_MA", "ar_QA", "az", "be_BY", "bn", "bn_IN", //
    "bg", "ca", "zh_CN", "zh_HK", "zh_TW", "hr", "cs", "da", "prs_AF", "nl", "nl_BE", "en", //
    "en_GB", "en_US", "en_AE", "en_AU", "en_CA", "en_GH", "en_IE", "en_IN", "en_JM", "en_MY", "en_NZ", "en_QA", //
    "en_SG", "en_UG", "en_ZA", "et", "fil", "fi", "fr", "fr_BE", "fr_CA", "fr_CH", "fr_CI", "fr_MA", //
    "ka", "de", "de_AT", "de_CH", "el", "gu", "ha", "he", "hi", "hu", "id", "ga", //
    "it", "ja", "kn", "kk", "rw_RW", "ko", "ky_KG", "lo", "lv", "lt", "mk", "ms", //
    "ml", "mr", "nb", "ps_AF", "fa", "pl", "pt_BR", "pt_PT", "pa", "ro", "ru", "sr", //
    "si_LK", "sk", "sl", "es", "es_AR", "es_CL", "es_CO", "es_CR", "es_DO", "es_EC", "es_HN", "es_MX", //
    "es_PA", "es_PE", "es_ES", "es_UY", "sw", "sv", "ta", "te", "th", "tr", "uk", "ur", //
    "uz", "vi", "zu",
];

/// `template.language`: `code` only. The Cloud API's `policy` ("deterministic") is not in any
/// LINK document and is reported as an unknown member.
pub(crate) static LANGUAGE: Shape =
    Shape { cache: Shape::cache(), name: "`template.language`", fields: &[req("code", Ty::Str)] };

/// `template.language` in Cloud API JSON: `code` and `policy`. Meta's reference marks `policy`
/// required, yet every Service4U example (003) omits it and Meta sends without it; it is optional
/// here, and when given must be "deterministic" (LW347).
pub(crate) static CLOUD_LANGUAGE: Shape = Shape {
    cache: Shape::cache(),
    name: "`template.language`",
    fields: &[req("code", Ty::Str), opt("policy", Ty::Str)],
};

/// The only language policy (Cloud API).
const POLICIES: &[&str] = &["deterministic"];

/// Checks `template.language`.
pub(super) fn check(cx: &mut Cx, template: &Obj<'_>) {
    let shape = if cx.dialect == Dialect::Cloud { &CLOUD_LANGUAGE } else { &LANGUAGE };
    let Some(language) = template.obj(cx, "language", shape) else { return };
    if let Some((code, path)) = language.str("code") {
        check_code(cx, code, path);
    }
    if cx.dialect == Dialect::Cloud
        && let Some((policy, path)) = language.str("policy")
        && policy != POLICIES[0]
    {
        cx.report(
            &LANGUAGE_POLICY_INVALID,
            path,
            Finding::NotOneOf { subject: "language policy", actual: policy.to_owned(), allowed: POLICIES },
        )
        .help("use \"deterministic\", or leave `policy` out");
    }
}

fn check_code(cx: &mut Cx, code: &str, path: Path) {
    if LANGUAGES.contains(&code) {
        return;
    }
    if code.contains('-') {
        let underscored = code.replace('-', "_");
        // `en-US` → `en_US` is certain when `en_US` is listed (in any case); another listed code
        // (`de-DE` → `de`) is a likely intent.
        let listed = LANGUAGES.iter().find(|l| l.eq_ignore_ascii_case(&underscored)).map(|l| (*l).to_owned());
        let certain = listed.is_some();
        let help = listed.or_else(|| suggestion(&underscored)).unwrap_or(underscored);
        let d = cx
            .report(
                &LANGUAGE_CODE_HYPHEN,
                path,
                Finding::Other(format!("language code `{}` uses `-`; the supported codes use `_`", quote(code))),
            )
            .help(format!("use `{help}`"));
        if LANGUAGES.contains(&help.as_str()) {
            let applicability = if certain { Applicability::Safe } else { Applicability::Unsafe };
            d.fix(applicability, format!("replace with `{help}`"), [Change::Replace(path, json_string(&help))]);
        }
        return;
    }
    let suggested = suggestion(code);
    let d = cx
        .report(
            &LANGUAGE_CODE_UNSUPPORTED,
            path,
            Finding::Other(format!("language code `{}` is not in the Supported languages table", quote(code))),
        )
        .help_opt(suggested.as_ref().map(|s| format!("did you mean `{s}`?")));
    // The same code in another case (`EN_us`) is certain; another one a likely intent.
    if let Some(s) = suggested {
        let applicability = if s.eq_ignore_ascii_case(code) { Applicability::Safe } else { Applicability::Unsafe };
        d.fix(applicability, format!("replace with `{s}`"), [Change::Replace(path, json_string(&s))]);
    }
}

/// The listed code `code` most likely means: the same letters in another case, the bare language
/// of an unlisted region (`de_DE` → `de`), or the closest code.
fn suggestion(code: &str) -> Option<String> {
    if let Some(same) = LANGUAGES.iter().find(|l| l.eq_ignore_ascii_case(code)) {
        return Some((*same).to_owned());
    }
    if let Some((language, _)) = code.split_once('_')
        && let Some(bare) = LANGUAGES.iter().find(|l| l.eq_ignore_ascii_case(language))
    {
        return Some((*bare).to_owned());
    }
    closest(code, LANGUAGES).map(str::to_owned)
}
