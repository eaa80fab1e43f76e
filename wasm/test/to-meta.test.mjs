// `toMeta` through the nodejs build of `linkwa/meta` against the native CLI's `linkwa to-meta`: for
// every LINK fixture that lints without error, the Cloud API bodies (and the notes the CLI prints on
// standard error) are the CLI's; a MessageRequest is translated as it is, a bare message for the
// recipient given to both; what the CLI refuses (exit status 2), `toMeta` throws with the same
// message. For every fixture with errors, `toMeta` translates nothing and reports exactly what
// `lint` reports. The same payloads as parsed values give the same translations (without positions).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, jsonFiles, cliToMeta, noteLine, linkwaMeta as linkwa } from './helpers.mjs';

const TO = '+46700000001';
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Every fixture as { file, bytes, text (null when not UTF-8), value (null when JSON.parse fails), errors }. */
const corpus = jsonFiles().map((file) => {
  const bytes = fs.readFileSync(path.join(ROOT, file));
  let text = null;
  let value = null;
  try {
    text = utf8.decode(bytes);
    value = JSON.parse(text);
  } catch {
    // Not UTF-8, or not strict JSON (or too deep for JSON.parse): lint reports it.
  }
  const errors = linkwa.lint(bytes).diagnostics.some((d) => d.severity === 'error');
  return { file, bytes, text, value, errors };
});

const isRequest = (value) => value !== null && typeof value === 'object' && !Array.isArray(value) && 'messages' in value;
const translatable = ({ file, errors }) =>
  !errors && (/^fixtures\/link\/.*\/valid\/[^/]+\.json$/.test(file) || /^fixtures\/spec-examples\/link-[^/]+\//.test(file));
const requests = corpus.filter((f) => translatable(f) && isRequest(f.value));
const bare = corpus.filter((f) => translatable(f) && !isRequest(f.value));
const broken = corpus.filter((f) => f.errors);

/** `toMeta(input, to)`, or the message of the Error it throws. */
function attempt(input, to) {
  try {
    return { translation: linkwa.toMeta(input, to) };
  } catch (error) {
    assert.ok(error instanceof Error, `toMeta threw ${error}, not an Error`);
    return { error: error.message };
  }
}

/**
 * A MessageRequest around a bare message: two destinations (the first written with separators, so
 * that it is rewritten) and the message twice, as a pretty JSON text.
 */
function wrap(message) {
  return JSON.stringify({
    platformId: 'COMMON_API',
    platformPartnerId: '12345',
    refId: 'wrapped-1',
    priority: 'NORMAL',
    source: '+46700000000',
    destinations: ['+46 70-000 00 01', '+46700000002'],
    messages: [message, message],
  }, null, 2);
}
let wrapped = 0;

/** The positions a parsed value no longer has. */
// A value has no text to edit: no `fix` either.
const withoutPositions = (diagnostics) => diagnostics.map(({ fix, ...d }) => ({ ...d, line: null, column: null, start: null, end: null, start_utf16: null, end_utf16: null }));

test('the corpus', () => {
  assert.ok(requests.length >= 3, `${requests.length} MessageRequests`);
  assert.ok(bare.length >= 50, `${bare.length} bare messages and other documents`);
  assert.ok(broken.length >= 100, `${broken.length} fixtures with errors`);
  for (const dir of ['fixtures/link/', 'fixtures/spec-examples/link-']) {
    assert.ok(requests.some((f) => f.file.startsWith(dir)), `a MessageRequest from ${dir}`);
  }
});

for (const { file, text, value } of requests) {
  test(`request ${file}`, () => {
    const native = cliToMeta(file);
    assert.equal(native.status, 0, native.stderr);
    const { translation, error } = attempt(text);
    assert.equal(error, undefined);
    assert.ok(translation.messages.length > 0);
    assert.deepStrictEqual(translation.messages, native.messages, 'bodies');
    assert.deepStrictEqual(translation.diagnostics.map(noteLine), native.notes, 'notes');
    assert.ok(translation.diagnostics.every((d) => /^LW59\d$/.test(d.code)), 'notes are the translation rules');
    // From bytes and from the parsed value: the same translation.
    const bytes = new TextEncoder().encode(text);
    assert.deepStrictEqual(linkwa.toMeta(bytes), translation, 'toMeta(Uint8Array)');
    assert.deepStrictEqual(linkwa.toMeta(value), { ...translation, diagnostics: withoutPositions(translation.diagnostics) }, 'toMeta(value)');
    // A request names its own destinations.
    assert.match(attempt(text, TO).error, /^linkwa: a recipient is only for a bare message/);
    assert.equal(cliToMeta(file, TO).status, 2);
  });
}

for (const { file, text, value } of bare) {
  test(`bare ${file} --to ${TO}`, () => {
    const native = cliToMeta(file, TO);
    const { translation, error } = attempt(text, TO);
    if (native.status === 2) {
      // Not a message to send (an inbound notification, a response): refused by both, in the same words.
      const reason = native.stderr.trim().replace(`linkwa: ${file}: `, '');
      assert.equal(error, `linkwa: ${reason}`);
      assert.equal(attempt(value, TO).error, error, 'toMeta(value)');
      return;
    }
    assert.equal(native.status, 0, native.stderr);
    assert.equal(error, undefined);
    assert.equal(translation.messages.length, 1);
    assert.deepStrictEqual(translation.messages, native.messages, 'bodies');
    assert.deepStrictEqual(translation.diagnostics.map(noteLine), native.notes, 'notes');
    assert.deepStrictEqual(linkwa.toMeta(value, TO), { ...translation, diagnostics: withoutPositions(translation.diagnostics) }, 'toMeta(value)');
    // A bare message needs its recipient.
    assert.match(attempt(text).error, /^linkwa: this is a bare message/);
    assert.equal(cliToMeta(file).status, 2);
    // The same message in a MessageRequest (the CLI reads it from standard input): 2 × 2 bodies.
    const request = wrap(value);
    const nativeRequest = cliToMeta('-', undefined, request);
    const fromRequest = linkwa.toMeta(request);
    if (nativeRequest.status === 1) {
      // The request has errors of its own (e.g. a rule about the message's place in a request).
      assert.deepStrictEqual(fromRequest, { messages: [], diagnostics: linkwa.lint(request).diagnostics });
      return;
    }
    assert.equal(nativeRequest.status, 0, nativeRequest.stderr);
    assert.equal(fromRequest.messages.length, 4);
    assert.deepStrictEqual(fromRequest.messages, nativeRequest.messages, 'bodies of the request');
    assert.deepStrictEqual(fromRequest.diagnostics.map(noteLine), nativeRequest.notes, 'notes of the request');
    wrapped += 1;
  });
}

test('bare messages were also compared inside a MessageRequest', () => {
  assert.ok(wrapped >= 40, `${wrapped} wrapped messages translated`);
});

test('a payload with errors is not translated: the diagnostics of lint, with or without a recipient', () => {
  let values = 0;
  for (const { file, bytes, text, value } of broken) {
    const expected = { messages: [], diagnostics: linkwa.lint(bytes).diagnostics };
    assert.deepStrictEqual(linkwa.toMeta(bytes), expected, `${file}: toMeta(Uint8Array)`);
    assert.deepStrictEqual(linkwa.toMeta(bytes, TO), expected, `${file}: toMeta(Uint8Array, to)`);
    if (text !== null) {
      assert.deepStrictEqual(linkwa.toMeta(text), expected, `${file}: toMeta(string)`);
      assert.deepStrictEqual(linkwa.toMeta(text, TO), expected, `${file}: toMeta(string, to)`);
    }
    if (value !== null) {
      // As a value: what lintValue reports (which can differ from the text's: duplicate keys are gone).
      const fromValue = { messages: [], diagnostics: linkwa.lintValue(value).diagnostics };
      if (fromValue.diagnostics.some((d) => d.severity === 'error')) {
        assert.deepStrictEqual(linkwa.toMeta(value, isRequest(value) ? undefined : TO), fromValue, `${file}: toMeta(value)`);
        values += 1;
      }
    }
  }
  assert.ok(values >= 100, `${values} parsed values compared`);
});

test('the CLI refuses a request with errors (exit status 1) that toMeta reports', () => {
  const request = broken.find((f) => f.file.startsWith('fixtures/link/') && isRequest(f.value));
  assert.ok(request, 'a MessageRequest with errors');
  assert.equal(cliToMeta(request.file).status, 1);
  const translation = linkwa.toMeta(request.text);
  assert.deepStrictEqual(translation.messages, []);
  assert.deepStrictEqual(translation.diagnostics, linkwa.lint(request.text).diagnostics);
  assert.ok(translation.diagnostics.some((d) => d.severity === 'error' && d.line !== null));
});
