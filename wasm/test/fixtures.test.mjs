// Every fixture, linted through the nodejs package, gives exactly the diagnostics of the native
// CLI's `--format json` (run once over all of them), `file` aside; with the default options, and
// with each dialect and media policy as the CLI's flags give them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, jsonFiles, cliDiagnostics, linkwa } from './helpers.mjs';

const files = jsonFiles();
const native = cliDiagnostics(files);
const utf8 = new TextDecoder('utf-8', { fatal: true });

test('the corpus is the whole fixture tree', () => {
  assert.ok(files.length >= 100, `${files.length} fixtures`);
  for (const file of native.keys()) assert.ok(files.includes(file), `the CLI reported ${file}, which the test did not find`);
});

for (const file of files) {
  test(file, () => {
    const bytes = fs.readFileSync(path.join(ROOT, file));
    const expected = native.get(file) ?? [];
    const fromBytes = linkwa.lint(bytes);
    assert.ok(['link', 'cloud'].includes(fromBytes.dialect), fromBytes.dialect);
    assert.deepStrictEqual(fromBytes.diagnostics, expected, 'lint(Uint8Array)');
    let text;
    try {
      text = utf8.decode(bytes);
    } catch {
      return; // Not UTF-8: only bytes can carry it (the report is LW002, checked above).
    }
    assert.deepStrictEqual(linkwa.lint(text).diagnostics, expected, 'lint(string)');
  });
}

for (const [options, flags] of [
  [{ dialect: 'link', media: 'link-only' }, ['--dialect', 'link', '--media', 'link-only']],
  [{ dialect: 'cloud' }, ['--dialect', 'cloud']],
  [{ dialect: 'auto', media: 'any' }, ['--dialect', 'auto', '--media', 'any']],
]) {
  test(`every fixture with ${JSON.stringify(options)} = the CLI with ${flags.join(' ')}`, () => {
    const expected = cliDiagnostics(files, flags);
    for (const file of files) {
      const report = linkwa.lint(fs.readFileSync(path.join(ROOT, file)), options);
      assert.deepStrictEqual(report.diagnostics, expected.get(file) ?? [], file);
    }
  });
}

test('lintValue(JSON.parse(text)) finds what lint(text) finds, without positions', () => {
  let compared = 0;
  for (const file of files) {
    let value;
    try {
      value = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
    } catch {
      continue; // Not strict JSON (or nested too deep for JSON.parse): lint(text) covers it.
    }
    const fromText = linkwa.lint(fs.readFileSync(path.join(ROOT, file))).diagnostics;
    // Properties of the text that a parsed value no longer has: bad UTF-8 (decoded to U+FFFD),
    // nesting (the text is refused at the limit, the value at the 128th level's path), duplicate
    // keys (JSON.parse keeps the last value).
    if (fromText.some((d) => ['LW002', 'LW003', 'LW004'].includes(d.code))) continue;
    // A value has no text to edit: no `fix` either.
    const withoutPositions = fromText.map(({ fix, ...d }) => ({ ...d, line: null, column: null, start: null, end: null, start_utf16: null, end_utf16: null }));
    assert.deepStrictEqual(linkwa.lintValue(value).diagnostics, withoutPositions, file);
    compared += 1;
  }
  assert.ok(compared >= 50, `${compared} files compared`);
});
