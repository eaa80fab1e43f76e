//! `options.templates` in the builds without template definitions (`linkwa`, `linkwa/meta`,
//! `linkwa/inbound`): the option is refused with an `Error` naming the module that has it, and
//! `lint` and `lintValue` return a `Report`. The same items as `with_templates.rs`, the
//! `templates` build's (`crate::variant` either way).

use crate::report;
use linkwa::Report;
use linkwa::options::templates::TemplateSet;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

/// No definitions in this build.
pub(crate) type Given = ();

/// No set in this build.
pub(crate) fn set(_: &Given) -> Option<Arc<TemplateSet>> {
    None
}

/// The options object, which must not have `templates` in this build (an `Error` naming the module
/// that has it).
pub(crate) fn without_templates(options: JsValue) -> Result<(JsValue, Given), JsError> {
    let given = options.is_object() && js_sys::Reflect::has(&options, &"templates".into()).unwrap_or(false);
    if given && !js_sys::Reflect::get(&options, &"templates".into()).is_ok_and(|t| t.is_undefined()) {
        return Err(JsError::new(
            "linkwa: invalid options: `templates` (template definitions) needs the module `linkwa/templates`",
        ));
    }
    Ok((options, ()))
}

/// What `lint` and `lintValue` return in the builds without template definitions.
pub type LintReport = Report;

/// The report as JavaScript.
pub(crate) fn lint_report(report: Report, _: Given) -> JsReport {
    report::to_js(&report, None).unchecked_into()
}

#[wasm_bindgen]
extern "C" {
    /// What `lint` and `lintValue` return, built by `js/bridge.js` (see `report.rs`).
    #[wasm_bindgen(typescript_type = "Report")]
    pub type JsReport;
}
