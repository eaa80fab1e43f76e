// The assembled npm package: its manifest, resolving `linkwa` and `linkwa/meta` by name from
// CommonJS and from ES modules in Node (toMeta only in `linkwa/meta`), and its generated TypeScript
// declarations (type-checked with tsc, as Node and as a bundler resolve them).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { CLI, PKG, WASM_DIR, linkwa, linkwaMeta } from './helpers.mjs';

const scratch = [];
after(() => scratch.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A scratch project whose node_modules/linkwa is the built package. */
function project() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkwa-pkg-'));
  scratch.push(dir);
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.symlinkSync(PKG, path.join(dir, 'node_modules', 'linkwa'), 'dir');
  return dir;
}

test('manifest', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'linkwa');
  assert.equal(manifest.version, linkwa.version());
  const targets = (exports) => (typeof exports === 'string' ? [exports] : Object.values(exports).flatMap(targets));
  assert.ok(manifest.exports['./meta'], 'exports has linkwa/meta');
  assert.ok(manifest.exports['./templates'], 'exports has linkwa/templates');
  for (const target of targets(manifest.exports)) {
    assert.ok(fs.existsSync(path.join(PKG, target)), `exports names ${target}, which is missing`);
  }
  const common = [
    'export interface Report',
    'export interface Diagnostic',
    'export type Severity = "info" | "warning" | "error";',
    'export type JsonPointer = string;',
    'export interface LintOptions',
    'export function lint(text: string | Uint8Array, options?: LintOptions | null): Report;',
    'export function lintValue(value: unknown, options?: LintOptions | null): Report;',
    'export function version(): string;',
  ];
  const meta = [
    'export interface Translation',
    'messages: Record<string, unknown>[];',
    'export function toMeta(input: unknown, to?: string | null): Translation;',
  ];
  for (const build of ['web', 'node']) {
    const dts = fs.readFileSync(path.join(PKG, build, 'linkwa.d.ts'), 'utf8');
    for (const declaration of common) {
      assert.ok(dts.includes(declaration), `${build}/linkwa.d.ts lacks ${declaration}`);
    }
    assert.ok(!dts.includes('export function toMeta'), `${build}/linkwa.d.ts declares toMeta`);
    // The rules' prose is in linkwa/rules, not in the .wasm.
    assert.ok(!dts.includes('export function rules'), `${build}/linkwa.d.ts declares rules`);
    assert.ok(!dts.includes('export function preview'), `${build}/linkwa.d.ts declares preview`);
    assert.ok(!dts.includes('templates?:'), `${build}/linkwa.d.ts has the templates option`);
    const templatesDts = fs.readFileSync(path.join(PKG, build, 'linkwa_templates.d.ts'), 'utf8');
    for (const declaration of [
      'export function lint(text: string | Uint8Array, options?: LintOptions | null): LintReport;',
      'export function preview(send: unknown, options: PreviewOptions): Preview[];',
      'export interface TemplateDefinition',
      'export type Templates =',
      'templates?: Templates | null;',
    ]) {
      assert.ok(templatesDts.includes(declaration), `${build}/linkwa_templates.d.ts lacks ${declaration}`);
    }
    const metaDts = fs.readFileSync(path.join(PKG, build, 'linkwa_meta.d.ts'), 'utf8');
    for (const declaration of [...common, ...meta]) {
      assert.ok(metaDts.includes(declaration), `${build}/linkwa_meta.d.ts lacks ${declaration}`);
    }
  }
});

test('the version is the CLI version', () => {
  const run = spawnSync(CLI, ['--version'], { encoding: 'utf8' });
  assert.equal(run.stdout.trim(), `linkwa ${linkwa.version()}`);
});

test('require("linkwa") and import("linkwa") in Node: lint, without toMeta', async () => {
  const dir = project();
  const required = createRequire(path.join(dir, 'index.js'))('linkwa');
  assert.equal(required.lint('{"type": "text", "text": {"body": 42}}').diagnostics[0].code, 'LW006');
  fs.writeFileSync(path.join(dir, 'index.mjs'), "export * from 'linkwa';\nimport def from 'linkwa';\nexport { def };\n");
  const imported = await import(pathToFileURL(path.join(dir, 'index.mjs')).href);
  assert.equal(imported.lint('{"type": "text", "text": {"body": 42}}').diagnostics[0].code, 'LW006');
  assert.equal(typeof imported.lintValue, 'function');
  assert.equal(imported.rules, undefined);
  assert.equal(imported.version(), linkwa.version());
  // Translation is in linkwa/meta only.
  assert.equal(required.toMeta, undefined);
  assert.equal(imported.toMeta, undefined);
  assert.equal(linkwa.toMeta, undefined);
});

test('require("linkwa/meta") and import("linkwa/meta") in Node: lint and toMeta', async () => {
  const dir = project();
  const required = createRequire(path.join(dir, 'index.js'))('linkwa/meta');
  assert.equal(typeof required.toMeta, 'function');
  fs.writeFileSync(path.join(dir, 'meta.mjs'), "export * from 'linkwa/meta';\n");
  const imported = await import(pathToFileURL(path.join(dir, 'meta.mjs')).href);
  const translation = imported.toMeta('{"type": "text", "text": {"body": "Hi"}}', '+46700000001');
  assert.equal(translation.messages[0].messaging_product, 'whatsapp');
  assert.equal(typeof linkwaMeta.toMeta, 'function');
  // The same lint in both modules.
  const text = '{"type": "text", "text": {"body": 42}, "previewUrl": true}';
  assert.deepStrictEqual(imported.lint(text), linkwa.lint(text));
  assert.equal(imported.version(), linkwa.version());
});

test('linkwa/rules: the CLI\'s rule list, as data, from CommonJS and ES modules, with declarations that match', async () => {
  const cli = spawnSync(CLI, ['rules', '--format', 'json'], { encoding: 'utf8', maxBuffer: 16 << 20 });
  assert.equal(cli.status, 0, cli.stderr);
  const expected = JSON.parse(cli.stdout);
  const dir = project();
  const required = createRequire(path.join(dir, 'index.js'))('linkwa/rules');
  assert.deepStrictEqual(required.rules(), expected);
  fs.writeFileSync(path.join(dir, 'rules.mjs'), "export * from 'linkwa/rules';\n");
  const imported = await import(pathToFileURL(path.join(dir, 'rules.mjs')).href);
  assert.deepStrictEqual(imported.rules(), expected);
  // A fresh copy each call: a caller's change does not reach the next caller.
  imported.rules()[0].code = 'changed';
  assert.equal(imported.rules()[0].code, expected[0].code);
  // Every member of every rule is declared, and nothing else.
  for (const build of ['web', 'node']) {
    const dts = fs.readFileSync(path.join(PKG, build, 'rules.d.ts'), 'utf8');
    const body = dts.slice(dts.indexOf('export interface Rule {'));
    const declared = new Set([...body.slice(0, body.indexOf('\n}')).matchAll(/^    (\w+)\??:/gm)].map((m) => m[1]));
    const present = new Set(expected.flatMap((rule) => Object.keys(rule)));
    assert.deepStrictEqual([...present].sort(), [...declared].sort(), `${build}/rules.d.ts`);
    assert.ok(dts.includes('export function rules(): Rule[];'));
  }
  for (const rule of expected) {
    assert.ok(['info', 'warning', 'error'].includes(rule.severity), rule.code);
    assert.ok(rule.fix === undefined || ['safe', 'unsafe'].includes(rule.fix), rule.code);
    assert.ok(rule.summary.length > 10 && rule.why.length > 10, rule.code);
  }
});

test('the declarations type-check (tsc --strict), for Node and for bundlers', () => {
  const tsc = path.join(WASM_DIR, 'node_modules', 'typescript', 'bin', 'tsc');
  const dir = project();
  for (const [file, flags] of [
    ['node-consumer.ts', ['--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom']],
    ['web-consumer.ts', ['--module', 'esnext', '--moduleResolution', 'bundler', '--target', 'es2022', '--lib', 'es2022,dom']],
    ['templates-consumer.ts', ['--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom']],
  ]) {
    fs.copyFileSync(path.join(WASM_DIR, 'test', 'types', file), path.join(dir, file));
    const run = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', ...flags, file], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, `tsc ${file}:\n${run.stdout}${run.stderr}`);
  }
});
