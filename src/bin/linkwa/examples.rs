//! Each rule's examples, embedded at build time by `build.rs`: the failing fixture
//! `fixtures/<dialect>/<family>/invalid/<rule-name>.json` and its fixed version in `fixed/`.

mod generated {
    include!(concat!(env!("OUT_DIR"), "/examples.rs"));
}

/// One example file: its path in the repository and its bytes.
#[derive(Debug, Clone, Copy)]
pub struct Example {
    pub path: &'static str,
    pub bytes: &'static [u8],
}

fn named(table: &'static [(&str, &str, &[u8])], rule: &str) -> impl Iterator<Item = Example> {
    table.iter().filter(move |(name, ..)| *name == rule).map(|&(_, path, bytes)| Example { path, bytes })
}

/// The failing fixtures named after the rule (usually one).
pub fn failing(rule: &str) -> Vec<Example> {
    named(generated::FAILING, rule).collect()
}

/// The fixed version of a failing fixture: the same path with `fixed/` in place of `invalid/`.
pub fn fixed(failing: &Example) -> Option<Example> {
    let path = failing.path.replacen("/invalid/", "/fixed/", 1);
    generated::FIXED.iter().find(|(_, p, _)| *p == path).map(|&(_, path, bytes)| Example { path, bytes })
}

/// The options a fixture is linted with, from its folders (as the fixture harness does):
/// `fixtures/cloud/…` as Cloud API, `fixtures/link/…` as LINK, `link-only/` with that media policy,
/// with the template definitions of the family's `templates/` folder.
pub fn options(example: &Example) -> linkwa::LintOptions {
    let dialect = match example.path.split('/').nth(1) {
        Some("cloud") => Some(linkwa::Dialect::Cloud),
        Some("link") => Some(linkwa::Dialect::Link),
        _ => None,
    };
    let media =
        if example.path.contains("/link-only/") { linkwa::MediaPolicy::LinkOnly } else { linkwa::MediaPolicy::Any };
    let family: String = example.path.split('/').take(3).collect::<Vec<_>>().join("/");
    let mut templates = linkwa::options::templates::TemplateSet::new();
    for &(folder, path, bytes) in generated::TEMPLATES {
        if folder == family {
            templates.add_json(path, &String::from_utf8_lossy(bytes));
        }
    }
    let templates = (!templates.is_empty()).then(|| std::sync::Arc::new(templates));
    linkwa::LintOptions { dialect, media, templates }
}
