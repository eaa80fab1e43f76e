// Strings into WASM (wasm/src/text.rs: `TextEncoder.encodeInto` straight into WASM memory, with
// room for three bytes per UTF-16 unit): linting a string gives what linting its UTF-8 bytes
// gives, for texts that fill that room exactly (only `€`, three bytes per unit), surrogate pairs,
// lone surrogates (U+FFFD, as TextEncoder and Buffer both write them), ASCII and the empty string.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkwa } from './helpers.mjs';

const TEXTS = [
  '',
  '€',
  '€'.repeat(1000),
  '{"type": "TEXT", "text": {"body": "ASCII only"}}',
  '{"type": "TEXT", "text": {"body": "€€€"}}',
  '{"type": "TEXT", "text": {"body": "👋👋 é"}, "previewUrl": "yes"}',
  '{"type": "TEXT", "text": {"body": "lone \uD800 high"}}',
  '{"type": "TEXT", "text": {"body": "lone \uDC00 low"}, "x\uD83D": 1}',
  '\uD83D',
  `{"type": "TEXT", "text": {"body": "${'x'.repeat(100000)}"}}`,
];

test('a string lints as its UTF-8 bytes do', () => {
  for (const text of TEXTS) {
    const fromString = linkwa.lint(text);
    const fromBytes = linkwa.lint(new TextEncoder().encode(text));
    assert.deepEqual(fromString, fromBytes, JSON.stringify(text.slice(0, 40)));
  }
});

test('the empty string is an empty document, not a thrown error', () => {
  assert.deepEqual(linkwa.lint('').diagnostics.map((d) => d.code), ['LW013']);
});
