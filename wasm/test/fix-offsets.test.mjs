// Fixes in JavaScript: every edit carries UTF-16 offsets (start_utf16, end_utf16) beside its UTF-8
// byte offsets (start, end), so that an editor applies it with String.prototype.slice on its own
// text. Checked against the byte offsets applied to the UTF-8 bytes, with non-ASCII text (an emoji
// is 4 bytes and 2 UTF-16 units, `é` 2 bytes and 1 unit) before the fixed values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkwa } from './helpers.mjs';

const TEXT = '{"text": {"body": "👋 é"}, "type": "TEXT", "note": "ü", "previewUrl": "yes"}';

test('edits apply the same by UTF-16 offsets on the string as by byte offsets on the bytes', () => {
  const report = linkwa.lint(TEXT);
  const edits = report.diagnostics.filter((d) => d.fix).flatMap((d) => d.fix.edits);
  assert.ok(edits.length > 0, 'the text has a fix');
  const bytes = Buffer.from(TEXT, 'utf8');
  for (const e of edits) {
    const byBytes = Buffer.concat([bytes.subarray(0, e.start), Buffer.from(e.replacement, 'utf8'), bytes.subarray(e.end)]).toString('utf8');
    const byUnits = TEXT.slice(0, e.start_utf16) + e.replacement + TEXT.slice(e.end_utf16);
    assert.equal(byUnits, byBytes);
    assert.ok(e.start_utf16 < e.start, 'the offsets differ after the emoji');
  }
});

test('a Uint8Array gets the UTF-16 offsets of its decoded text', () => {
  const fromString = linkwa.lint(TEXT).diagnostics.filter((d) => d.fix);
  const fromBytes = linkwa.lint(new TextEncoder().encode(TEXT)).diagnostics.filter((d) => d.fix);
  assert.deepEqual(fromBytes, fromString);
});

test('lintValue has no text to edit, so no fixes', () => {
  const report = linkwa.lintValue(JSON.parse(TEXT));
  assert.ok(report.diagnostics.length > 0);
  assert.ok(report.diagnostics.every((d) => d.fix == null));
});

test("every diagnostic's range is the same by UTF-16 offsets on the string as by byte offsets on the bytes", () => {
  const report = linkwa.lint(TEXT);
  const bytes = Buffer.from(TEXT, 'utf8');
  assert.ok(report.diagnostics.length > 2);
  for (const d of report.diagnostics) {
    const byUnits = TEXT.slice(d.start_utf16, d.end_utf16);
    assert.equal(byUnits, bytes.subarray(d.start, d.end).toString('utf8'), d.code);
    assert.ok(byUnits.length > 0, d.code);
  }
  // The reported values and names, after the emoji: `"yes"` (previewUrl), `"note"` (unknown).
  const slices = report.diagnostics.map((d) => TEXT.slice(d.start_utf16, d.end_utf16));
  assert.ok(slices.includes('"yes"') && slices.includes('"ü"'), JSON.stringify(slices));
  assert.ok(linkwa.lintValue(JSON.parse(TEXT)).diagnostics.every((d) => d.start === null && d.end_utf16 === null));
});
