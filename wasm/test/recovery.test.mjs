// Recovery from a trap (scripts/guard.mjs): a panic in the module (forced with the test-only export
// __linkwaFailNextCallForTests) costs one document, never the next call. Before the guard, each
// trap left the instance worse and from about the 700th every call failed.
//
// The hook is in a test-only build (the cargo feature `test-hooks`, scripts/build-test-hooks.sh →
// test-pkg/, LINKWA_TEST_PKG), never in the published package, whose modules must not have it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { PKG, WASM_DIR, linkwa as published, linkwaMeta as publishedMeta, linkwaTemplates } from './helpers.mjs';

const TEST_PKG = process.env.LINKWA_TEST_PKG ?? path.join(WASM_DIR, 'test-pkg');
const require = createRequire(import.meta.url);
const linkwa = require(path.join(TEST_PKG, 'node', 'linkwa.js'));
const linkwaMeta = require(path.join(TEST_PKG, 'node', 'linkwa_meta.js'));

const VALID = '{"type": "text", "text": {"body": "Hello"}}';
const INVALID = '{"type": "text", "text": {"body": 42}}';
// Several rules, a fix and help: on a fresh instance the report is built with fresh tables of
// what was sent (src/report.rs), and must come out the same.
const MANY = '{"messages": [{"recipient": "+4670000001", "type": "TEXT", "text": {"body": "hi"}, "channel": "whatsapp"}]}';

function checkRecovery(m) {
  const before = JSON.stringify(m.lint(MANY));
  for (let i = 0; i < 1000; i++) {
    m.__linkwaFailNextCallForTests();
    const report = m.lint(INVALID);
    assert.equal(report.diagnostics.length, 1, `call ${i}`);
    const [d] = report.diagnostics;
    assert.equal(d.code, 'LW000');
    assert.equal(d.name, 'internal-error');
    assert.equal(d.severity, 'error');
    assert.equal(d.path, '');
  }
  // The next calls run on a fresh instance and find what they should.
  assert.deepEqual(m.lint(VALID).diagnostics, []);
  assert.deepEqual(m.lint(INVALID).diagnostics.map((d) => d.code), ['LW006']);
  assert.equal(JSON.stringify(m.lint(MANY)), before);
  m.__linkwaFailNextCallForTests();
  assert.equal(m.lintValue(JSON.parse(INVALID)).diagnostics[0].code, 'LW000');
  assert.deepEqual(m.lintValue(JSON.parse(INVALID)).diagnostics.map((d) => d.code), ['LW006']);
  // Misuse still throws its own Error, not a trap.
  assert.throws(() => m.lint(42), /takes a string or a Uint8Array/);
  assert.equal(m.version(), published.version());
}

test('CommonJS linkwa: 1000 traps, then every call works', () => checkRecovery(linkwa));

test('CommonJS linkwa/meta: lint recovers, and toMeta throws once and then works', () => {
  checkRecovery(linkwaMeta);
  linkwaMeta.__linkwaFailNextCallForTests();
  assert.throws(() => linkwaMeta.toMeta(VALID, '+4790000001'), /internal error in toMeta\(\)/);
  assert.equal(linkwaMeta.toMeta(VALID, '+4790000001').messages.length, 1);
});

test('ES module (web build): the same, through live bindings', async () => {
  const m = await import(pathToFileURL(path.join(TEST_PKG, 'web', 'linkwa.js')));
  m.initSync({ module: fs.readFileSync(path.join(TEST_PKG, 'web', 'linkwa_bg.wasm')) });
  checkRecovery(m);
});

test('the published package has no test hook', () => {
  for (const m of [published, publishedMeta, linkwaTemplates]) {
    assert.deepEqual(Object.keys(m).filter((name) => name.startsWith('__linkwaFail')), []);
  }
  for (const build of ['web', 'node']) {
    for (const name of ['linkwa', 'linkwa_meta', 'linkwa_inbound', 'linkwa_templates']) {
      const wasm = new WebAssembly.Module(fs.readFileSync(path.join(PKG, build, `${name}_bg.wasm`)));
      const exported = WebAssembly.Module.exports(wasm).map((e) => e.name);
      assert.ok(exported.includes('lint'), `${build}/${name}_bg.wasm exports lint`);
      assert.ok(!exported.some((e) => /FailNext|fail_next/.test(e)), `${build}/${name}_bg.wasm exports a test hook`);
    }
  }
});
