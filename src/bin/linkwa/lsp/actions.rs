//! Code actions from the diagnostics' fixes, and only from them (the library offers a fix only
//! when the fixed text still parses; nothing here makes edits of its own): one quick fix per
//! fixable diagnostic in the asked range (preferred when the fix is safe), and "fix all safe" as a
//! `source.fixAll` action. Ranges come from the diagnostics' and edits' byte ranges.

use super::diagnostics::{span, to_lsp};
use super::position::Text;
use linkwa::{Applicability, Diagnostic, Edit};
use lsp_types::{self as lsp, CodeAction, CodeActionKind, CodeActionOrCommand, TextEdit, Uri, WorkspaceEdit};
use std::collections::{BTreeMap, HashMap};

/// The kind of "fix all safe fixes" (`source.fixAll.linkwa`).
pub fn fix_all_kind() -> CodeActionKind {
    CodeActionKind::new("source.fixAll.linkwa")
}

fn text_edits(edits: &[&Edit], text: &Text<'_>) -> Vec<TextEdit> {
    let spans: Vec<(usize, usize)> = edits.iter().map(|e| (e.start, e.end)).collect();
    let ranges = text.ranges(&spans);
    edits.iter().zip(ranges).map(|(e, range)| TextEdit { range, new_text: e.replacement.clone() }).collect()
}

fn workspace_edit(uri: &Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit { changes: Some(HashMap::from([(uri.clone(), edits)])), ..WorkspaceEdit::default() }
}

fn overlaps(a: &lsp::Range, b: &lsp::Range) -> bool {
    let key = |p: &lsp::Position| (p.line, p.character);
    key(&a.start) <= key(&b.end) && key(&b.start) <= key(&a.end)
}

/// The code actions for `asked` (a range of the document), given its diagnostics.
pub fn code_actions(
    uri: &Uri,
    diagnostics: &[Diagnostic],
    text: &Text<'_>,
    asked: &lsp::Range,
    only: Option<&[CodeActionKind]>,
) -> Vec<CodeActionOrCommand> {
    let wants = |kind: &CodeActionKind| {
        only.is_none_or(|kinds| {
            kinds.iter().any(|k| kind.as_str() == k.as_str() || kind.as_str().starts_with(&format!("{}.", k.as_str())))
        })
    };
    let mut actions = Vec::new();
    if wants(&CodeActionKind::QUICKFIX) {
        let fixable: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.fix.is_some()).collect();
        let spans: Vec<(usize, usize)> = fixable.iter().map(|d| span(d, text)).collect();
        for (d, range) in fixable.into_iter().zip(text.ranges(&spans)) {
            let Some(fix) = &d.fix else { continue };
            if !overlaps(&range, asked) {
                continue;
            }
            let safe = fix.applicability == Applicability::Safe;
            let edits: Vec<&Edit> = fix.edits.iter().collect();
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: if safe { fix.description.clone() } else { format!("{} (unsafe)", fix.description) },
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![to_lsp(d, text)]),
                edit: Some(workspace_edit(uri, text_edits(&edits, text))),
                is_preferred: Some(safe),
                ..CodeAction::default()
            }));
        }
    }
    let fix_all = fix_all_kind();
    if wants(&fix_all) {
        let edits = safe_edits(diagnostics);
        if !edits.is_empty() {
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: "linkwa: apply every safe fix".into(),
                kind: Some(fix_all),
                edit: Some(workspace_edit(uri, text_edits(&edits, text))),
                ..CodeAction::default()
            }));
        }
    }
    actions
}

/// The edits of every safe fix, in text order, leaving out a fix that overlaps one taken before
/// (a later run of the action takes it). The overlap check looks up the taken edits by start
/// (O(n log n) in all; it compared each edit with every taken one).
fn safe_edits(diagnostics: &[Diagnostic]) -> Vec<&Edit> {
    let mut fixes: Vec<&Vec<Edit>> = diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .filter(|f| f.applicability == Applicability::Safe && !f.edits.is_empty())
        .map(|f| &f.edits)
        .collect();
    fixes.sort_by_key(|edits| edits[0].start);
    // Taken edits by start; an insertion counts as one byte, so that two at one place clash.
    let mut taken: BTreeMap<(usize, usize), &Edit> = BTreeMap::new();
    let clashes = |taken: &BTreeMap<(usize, usize), &Edit>, e: &Edit| {
        let end = e.end.max(e.start + 1);
        // The last taken edit starting before `end` is the only one that can reach into `e`
        // (taken edits do not overlap one another).
        taken.range(..(end, 0)).next_back().is_some_and(|(_, t)| e.start < t.end.max(t.start + 1))
    };
    for edits in fixes {
        if !edits.iter().any(|e| clashes(&taken, e)) {
            for (k, e) in edits.iter().enumerate() {
                taken.insert((e.start, k), e);
            }
        }
    }
    taken.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::super::position::Encoding;
    use super::*;
    use linkwa::Fix;

    fn fixed(start: usize, end: usize, applicability: Applicability) -> Diagnostic {
        let mut d = linkwa::lint_str(r#"{"type": "text", "text": {"body": 1}}"#).diagnostics.remove(0);
        d.fix = Some(Fix { description: "rename".into(), applicability, edits: vec![Edit::new(start, end, "x")] });
        d
    }

    #[test]
    fn quick_fixes_are_preferred_when_safe_and_fix_all_skips_overlaps() {
        let text = r#"{"type": "text", "text": {"body": 1}}"#;
        let lines = Text::new(text, Encoding::Utf16);
        let uri: Uri = "file:///tmp/a.json".parse().unwrap();
        let all = lsp::Range { start: lines.position(0), end: lines.position(text.len()) };
        let ds =
            [fixed(2, 6, Applicability::Safe), fixed(4, 8, Applicability::Safe), fixed(10, 12, Applicability::Unsafe)];
        let actions = code_actions(&uri, &ds, &lines, &all, None);
        assert_eq!(actions.len(), 4);
        let CodeActionOrCommand::CodeAction(first) = &actions[0] else { panic!() };
        assert_eq!(first.is_preferred, Some(true));
        let CodeActionOrCommand::CodeAction(third) = &actions[2] else { panic!() };
        assert_eq!(third.is_preferred, Some(false));
        assert!(third.title.ends_with("(unsafe)"));
        let CodeActionOrCommand::CodeAction(all_fix) = &actions[3] else { panic!() };
        let edits = &all_fix.edit.as_ref().unwrap().changes.as_ref().unwrap()[&uri];
        assert_eq!(edits.len(), 1, "the overlapping and the unsafe fixes are left out");
        let only = [CodeActionKind::QUICKFIX];
        assert_eq!(code_actions(&uri, &ds, &lines, &all, Some(&only)).len(), 3);
    }
}
