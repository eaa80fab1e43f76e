//! Template definitions (Meta's template object) and list responses of them, from the
//! definition rules' shapes.

use super::build::{array, def, member, object};
use crate::diagnostic::Dialect;
use serde_json::Value;

const DEFINITIONS: &str = "Meta WhatsApp Business Management API, Message templates (template object and components)";

/// A template definition (Meta's template object), the same in both dialects: the linter lints
/// definitions as Meta JSON whatever the dialect.
pub(super) fn definition() -> Value {
    use crate::rules::definition::DEFINITION;
    object(&DEFINITION, Dialect::Cloud, DEFINITIONS, vec![member("components", array(def("definitionComponent")))])
}

/// A component of a template definition (also inside a carousel card).
pub(super) fn definition_component() -> Value {
    use crate::rules::definition::{buttons, kinds, text};
    let dialect = Dialect::Cloud;
    let source = DEFINITIONS;
    let plain = |shape| object(shape, dialect, source, vec![]);
    let button =
        object(&buttons::BUTTON, dialect, source, vec![member("supported_apps", array(plain(&kinds::SUPPORTED_APP)))]);
    let card = object(&kinds::CARD, dialect, source, vec![member("components", array(def("definitionComponent")))]);
    object(
        &text::COMPONENT,
        dialect,
        source,
        vec![
            member("example", plain(&text::EXAMPLE)),
            member("buttons", array(button)),
            member("cards", array(card)),
            member("limited_time_offer", plain(&kinds::LTO)),
        ],
    )
}

/// A list response of template definitions (`GET …/message_templates`).
pub(super) fn definition_list() -> Value {
    use crate::rules::definition::LIST;
    let source = "Meta WhatsApp Business Management API, Message templates (list response)";
    object(&LIST, Dialect::Cloud, source, vec![member("data", array(def("definition")))])
}
