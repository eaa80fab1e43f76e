// The assembled npm package: its manifest, resolving `linkwa` by name from CommonJS and from ES
// modules in Node, and its generated TypeScript declarations (type-checked with tsc, as Node and
// as a bundler resolve them).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { CLI, PKG, WASM_DIR, linkwa } from './helpers.mjs';

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
  const targets = JSON.stringify(manifest.exports).match(/"\.\/[^"]+"/g).map((s) => JSON.parse(s));
  for (const target of targets.filter((t) => t.includes('/'))) {
    assert.ok(fs.existsSync(path.join(PKG, target)), `exports names ${target}, which is missing`);
  }
  for (const build of ['web', 'node']) {
    const dts = fs.readFileSync(path.join(PKG, build, 'linkwa.d.ts'), 'utf8');
    for (const declaration of [
      'export interface Report',
      'export interface Diagnostic',
      'export type Severity = "info" | "warning" | "error";',
      'export type JsonPointer = string;',
      'export interface Rule',
      'export interface LintOptions',
      'export function lint(text: string | Uint8Array, options?: LintOptions | null): Report;',
      'export function lintValue(value: unknown, options?: LintOptions | null): Report;',
      'export function rules(): Rule[];',
      'export interface Translation',
      'messages: Record<string, unknown>[];',
      'export function toMeta(input: unknown, to?: string | null): Translation;',
      'export function version(): string;',
    ]) {
      assert.ok(dts.includes(declaration), `${build}/linkwa.d.ts lacks ${declaration}`);
    }
  }
});

test('the version is the CLI version', () => {
  const run = spawnSync(CLI, ['--version'], { encoding: 'utf8' });
  assert.equal(run.stdout.trim(), `linkwa ${linkwa.version()}`);
});

test('require("linkwa") and import("linkwa") in Node', async () => {
  const dir = project();
  const required = createRequire(path.join(dir, 'index.js'))('linkwa');
  assert.equal(required.lint('{"type": "text", "text": {"body": 42}}').diagnostics[0].code, 'LW006');
  fs.writeFileSync(path.join(dir, 'index.mjs'), "export * from 'linkwa';\nimport def from 'linkwa';\nexport { def };\n");
  const imported = await import(pathToFileURL(path.join(dir, 'index.mjs')).href);
  assert.equal(imported.lint('{"type": "text", "text": {"body": 42}}').diagnostics[0].code, 'LW006');
  assert.equal(typeof imported.lintValue, 'function');
  assert.equal(typeof imported.rules, 'function');
  const translation = imported.toMeta('{"type": "text", "text": {"body": "Hi"}}', '+46700000001');
  assert.equal(translation.messages[0].messaging_product, 'whatsapp');
  assert.equal(typeof required.toMeta, 'function');
  assert.equal(imported.version(), linkwa.version());
});

test('the declarations type-check (tsc --strict), for Node and for bundlers', () => {
  const tsc = path.join(WASM_DIR, 'node_modules', 'typescript', 'bin', 'tsc');
  const dir = project();
  for (const [file, flags] of [
    ['node-consumer.ts', ['--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom']],
    ['web-consumer.ts', ['--module', 'esnext', '--moduleResolution', 'bundler', '--target', 'es2022', '--lib', 'es2022,dom']],
  ]) {
    fs.copyFileSync(path.join(WASM_DIR, 'test', 'types', file), path.join(dir, file));
    const run = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', ...flags, file], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, `tsc ${file}:\n${run.stdout}${run.stderr}`);
  }
});
