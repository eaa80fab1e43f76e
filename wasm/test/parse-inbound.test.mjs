// `parseInbound` (the `inbound` build) against the native decoder: for every fixture, what the
// WASM module returns for its text and for its bytes is exactly what `examples/native_inbound.rs`
// (the same Rust function, compiled natively) prints: `{kind, document}` for a received document,
// `{kind: "invalid", diagnostics}` (lint's) for a text with errors, the same thrown message for a
// document to send. The generated declarations type-check (test/types/inbound-consumer.ts).
//
// The module is LINKWA_INBOUND_MODULE (a nodejs build of the cargo feature `inbound`, e.g.
// pkg/node/linkwa_inbound.js), or built here (wasm32, dev profile, wasm-bindgen --target nodejs);
// the native side is LINKWA_NATIVE_INBOUND, or built here (cargo build --example native_inbound).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { ROOT, WASM_DIR, jsonFiles } from './helpers.mjs';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'linkwa-inbound-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

function run(command, args) {
  const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${r.status}:\n${r.stderr}`);
  return r.stdout;
}

const targetDir = JSON.parse(run('cargo', ['metadata', '--format-version', '1', '--no-deps', '--locked'])).target_directory;

function moduleFile() {
  if (process.env.LINKWA_INBOUND_MODULE) return path.resolve(process.env.LINKWA_INBOUND_MODULE);
  run('cargo', ['build', '--locked', '--target', 'wasm32-unknown-unknown', '-p', 'linkwa-wasm', '--features', 'inbound']);
  const out = path.join(scratch, 'inbound');
  const wasm = path.join(targetDir, 'wasm32-unknown-unknown', 'debug', 'linkwa_wasm.wasm');
  run('wasm-bindgen', [wasm, '--target', 'nodejs', '--out-dir', out, '--out-name', 'linkwa_inbound']);
  return path.join(out, 'linkwa_inbound.js');
}

function nativeBinary() {
  if (process.env.LINKWA_NATIVE_INBOUND) return path.resolve(process.env.LINKWA_NATIVE_INBOUND);
  run('cargo', ['build', '--locked', '-p', 'linkwa-wasm', '--features', 'inbound', '--example', 'native_inbound']);
  return path.join(targetDir, 'debug', 'examples', 'native_inbound');
}

const file = moduleFile();
const inbound = createRequire(import.meta.url)(file);
const files = jsonFiles();
const native = new Map(
  run(nativeBinary(), files).trim().split('\n').map((line) => {
    const { file: name, ...rest } = JSON.parse(line);
    return [name, rest];
  }),
);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `parseInbound(input)`, or the message of the Error it throws. */
function attempt(input) {
  try {
    return { result: inbound.parseInbound(input) };
  } catch (error) {
    assert.ok(error instanceof Error, `parseInbound threw ${error}, not an Error`);
    return { error: error.message };
  }
}

test('every fixture: the WASM module returns what the native decoder returns', () => {
  const kinds = {};
  for (const name of files) {
    const expected = native.get(name);
    assert.ok(expected, `${name}: no native result`);
    const bytes = fs.readFileSync(path.join(ROOT, name));
    const fromBytes = attempt(bytes);
    if (expected.bytes) {
      assert.deepStrictEqual(fromBytes, { result: { kind: 'invalid', diagnostics: inbound.lint(bytes).diagnostics } }, name);
      continue;
    }
    const fromText = attempt(utf8.decode(bytes));
    assert.deepStrictEqual(fromText, expected, `${name}: parseInbound(string)`);
    assert.deepStrictEqual(fromBytes, expected, `${name}: parseInbound(Uint8Array)`);
    const kind = expected.result?.kind ?? 'thrown';
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    if (kind === 'invalid') {
      assert.deepStrictEqual(expected.result.diagnostics, inbound.lint(bytes).diagnostics, `${name}: lint's diagnostics`);
    } else if (kind !== 'thrown' && !inbound.lint(bytes).diagnostics.some((d) => d.code === 'LW008')) {
      // A member read under a non-canonical spelling (LW008) is written in the canonical one.
      assert.deepStrictEqual(expected.result.document, JSON.parse(utf8.decode(bytes)), `${name}: the document as received`);
    }
  }
  for (const kind of ['messageResponse', 'errorResponse', 'status', 'incoming', 'alternative', 'webhook', 'invalid', 'thrown']) {
    assert.ok((kinds[kind] ?? 0) >= 2, `${kind}: ${JSON.stringify(kinds)}`);
  }
});

test("Meta's webhook examples decode, and a member from the future is kept, not an error (issue 21)", () => {
  const meta = files.filter((name) => /cloud\/webhook\/valid\/meta-/.test(name));
  assert.ok(meta.length >= 30, `${meta.length} Meta examples`);
  const plant = (value) => {
    if (Array.isArray(value)) return value.map(plant);
    if (value === null || typeof value !== 'object') return value;
    const planted = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plant(v)]));
    return { ...planted, member_from_the_future: 1 };
  };
  for (const name of meta) {
    const document = JSON.parse(fs.readFileSync(path.join(ROOT, name), 'utf8'));
    const result = inbound.parseInbound(JSON.stringify(document));
    assert.equal(result.kind, 'webhook', name);
    const planted = plant(document);
    const again = inbound.parseInbound(JSON.stringify(planted));
    assert.equal(again.kind, 'webhook', `${name}, planted`);
    const warnings = inbound.lint(JSON.stringify(planted)).diagnostics.filter((d) => d.path.endsWith('/member_from_the_future'));
    assert.ok(warnings.length > 0 && warnings.every((d) => d.code === 'LW016' && d.severity === 'warning'), name);
    if (!/participant_recipient_id/.test(JSON.stringify(document))) {
      assert.deepStrictEqual(again.document, planted, `${name}: nothing lost`);
    }
  }
});

test('a value the typed model cannot hold is an invalid result at its member, not a throw (issue 21 item 6)', () => {
  const name = 'cloud/webhook/invalid/wrong-type--placeholder-coordinates.json';
  const result = inbound.parseInbound(fs.readFileSync(path.join(ROOT, 'fixtures', name)));
  assert.equal(result.kind, 'invalid');
  assert.ok(result.diagnostics.some((d) => d.code === 'LW006' && d.path.endsWith('/location/latitude')), JSON.stringify(result));
});

test('the declarations type-check (tsc --strict)', () => {
  const tsc = path.join(WASM_DIR, 'node_modules', 'typescript', 'bin', 'tsc');
  const dir = fs.mkdtempSync(path.join(scratch, 'types-'));
  fs.cpSync(path.dirname(file), path.join(dir, 'inbound'), { recursive: true });
  fs.copyFileSync(path.join(WASM_DIR, 'test', 'types', 'inbound-consumer.ts'), path.join(dir, 'inbound-consumer.ts'));
  fs.writeFileSync(path.join(dir, 'inbound', 'package.json'), '{"type": "commonjs"}\n');
  const flags = ['--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom'];
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', ...flags, 'inbound-consumer.ts'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, `tsc:\n${r.stdout}${r.stderr}`);
});
