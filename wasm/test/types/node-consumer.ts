// Type-checked by package.test.mjs against the package's generated declarations, resolved as Node
// resolves `linkwa`, `linkwa/meta` and `linkwa/rules` (the `node` condition: the nodejs builds).
import { lint, lintValue, version } from 'linkwa';
import { rules, type Rule } from 'linkwa/rules';
import * as small from 'linkwa';
import { toMeta, type Translation } from 'linkwa/meta';
import type { Diagnostic, Dialect, JsonPointer, LintOptions, Report, Severity } from 'linkwa';

const options: LintOptions = { dialect: 'link' };
const report: Report = lint('{"type": "text"}', options);
const fromBytes: Report = lint(new Uint8Array([123, 125]), { dialect: 'auto' });
const fromValue: Report = lintValue({ type: 'text' });
const dialect: Dialect = report.dialect;
const first: Diagnostic | undefined = report.diagnostics[0];
if (first) {
  const severity: Severity = first.severity;
  const path: JsonPointer = first.path;
  const where: string = first.line === null ? path : `${first.line}:${first.column ?? 0}`;
  const help: string | null = first.help;
  console.log(severity, where, help, first.code, first.name, first.message, first.source);
}
const all: Rule[] = rules();
const v: string = version();
console.log(dialect, fromBytes, fromValue, all[0]?.since, all[0]?.why, all[0]?.fix === 'safe', v);

const request: Translation = toMeta('{"messages": []}');
const bare: Translation = toMeta({ type: 'text', text: { body: 'Hi' } }, '+46700000001');
const fromBytes2: Translation = toMeta(new Uint8Array([123, 125]), null);
const body: Record<string, unknown> | undefined = bare.messages[0];
const notes: Diagnostic[] = request.diagnostics;
console.log(body?.['messaging_product'], notes.length, fromBytes2.messages.length);

// @ts-expect-error: toMeta is in linkwa/meta, not in linkwa
small.toMeta('{}');
// @ts-expect-error: the rules' prose is in linkwa/rules, not in linkwa
small.rules();
// @ts-expect-error: the recipient is a string
toMeta('{}', 46700000001);
// @ts-expect-error: not a dialect
lint('{}', { dialect: 'meta' });
// @ts-expect-error: not an option
lint('{}', { dialekt: 'link' });
// @ts-expect-error: lint() takes text
lint({ type: 'text' });
// @ts-expect-error: severities are lowercase words
const wrong: Severity = 'fatal';
console.log(wrong);
