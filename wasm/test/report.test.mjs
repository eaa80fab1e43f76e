// The report objects built from the flat form (src/report.rs writes it, js/bridge.js reads it) are
// the CLI's `--format json`, property for property and in the same order, where the form is
// hardest to get right: strings of characters outside ASCII (offsets count UTF-16 code units,
// and astral characters take two), pointers with escapes, fixes with several edits, null and
// present `help`, and rules sent for the first time beside rules already sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliDiagnostics, linkwa } from './helpers.mjs';

const PAYLOADS = {
  // Member names with é (two UTF-8 bytes, one UTF-16 unit), 😀 (four bytes, two units), and `/`
  // and `~` (escaped in pointers as ~1 and ~0).
  'non-ascii.json': '{"type": "text", "text": {"body": "héllo 😀", "bödy😀": 1, "a/b~c": 2, "日本": 3}}',
  // A fix (a safe replacement) and did-you-mean help beside diagnostics without either.
  'fix.json':
    '{"messages": [{"recipient": "+4670000001", "type": "TEXT", "text": {"body": "hi"}, "channel": "whatsapp"}]}',
  // The same rules many times, in a request of several messages.
  'repeated.json': JSON.stringify({
    messages: Array.from({ length: 5 }, (_, i) => ({ type: 'text', text: { body: 42 + i }, prioritty: i })),
  }),
  'clean.json': '{"type": "text", "text": {"body": "Hello"}}',
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkwa-report-'));
const files = Object.keys(PAYLOADS).map((name) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, PAYLOADS[name]);
  return file;
});
const native = cliDiagnostics(files);
fs.rmSync(dir, { recursive: true });

/** Each diagnostic as JSON text: the same text means the same properties in the same order. */
const texts = (diagnostics) => diagnostics.map((d) => JSON.stringify(d));

for (const [i, name] of Object.keys(PAYLOADS).entries()) {
  test(name, () => {
    const expected = native.get(files[i]) ?? [];
    const report = linkwa.lint(PAYLOADS[name]);
    assert.deepStrictEqual(texts(report.diagnostics), texts(expected));
    assert.deepStrictEqual(Object.keys(report), ['dialect', 'diagnostics']);
  });
}

test('the payloads cover what the test is for', () => {
  const all = Object.values(PAYLOADS).flatMap((text) => linkwa.lint(text).diagnostics);
  assert.ok(all.some((d) => /[^\x00-\x7f]/.test(d.path) && /\p{Extended_Pictographic}/u.test(d.path)), 'an astral character in a path');
  assert.ok(all.some((d) => d.path.includes('~1') && d.path.includes('~0')), 'escapes in a path');
  assert.ok(all.some((d) => d.fix !== undefined) && all.some((d) => d.fix === undefined), 'with and without a fix');
  assert.ok(all.some((d) => d.help !== null) && all.some((d) => d.help === null), 'with and without help');
  assert.ok(all.filter((d) => d.code === 'LW005').length >= 5, 'a rule reported again');
});

test('a report is the same whether its rules were sent before or not', () => {
  const payloads = Object.values(PAYLOADS);
  const first = payloads.map((text) => JSON.stringify(linkwa.lint(text)));
  const again = payloads.reverse().map((text) => JSON.stringify(linkwa.lint(text))).reverse();
  assert.deepStrictEqual(again, first);
});
