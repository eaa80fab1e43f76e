// The npm package as a user gets it: `npm pack` of pkg/, installed from the tarball into an empty
// scratch project (a copy, no link into this tree), then used there:
// - `npx linkwa`: every subcommand's output, byte for byte, and exit status equal the native CLI's
//   (LINKWA_CLI) on a copy of the fixtures: `lint` of the whole corpus in every format with the
//   repository's linkwa.toml and without, each fixture folder on its own, `--fix` and
//   `--unsafe-fixes` of a copy (the files written), `--diff`, `--templates`, standard input;
//   `rules`, `explain`, `preview`, `to-meta`, `schema`; and `lsp` over standard input and output;
// - the manifest: bin, exports (browser, Node's import and require, types), files, license,
//   repository, engines, and the tarball's files (license texts, changelog, no test hook);
// - the library from CommonJS and from ES modules in Node, its declarations type-checked with tsc
//   under `moduleResolution` node16 and bundler, and a page bundled by esbuild that lints in
//   Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CLI, PKG, ROOT, WASM_DIR } from './helpers.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
let scratch;
let project;
let tarball;
let packed;
const VERSION = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8')).version;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 << 20, ...options });
  if (result.error) throw result.error;
  return result;
}

/** `npx --no -- linkwa ...args` in the scratch project (or a folder in it): its own bin, never the registry. */
function npx(args, options = {}) {
  return run('npx', ['--no', '--', 'linkwa', ...args], { cwd: project, ...options });
}

/** The command npx runs (node_modules/.bin/linkwa's target), without npm's start-up of about half
 * a second: for the many runs of one test. */
function bin(args, options = {}) {
  return run(process.execPath, [path.join(project, 'node_modules', 'linkwa', 'cli', 'linkwa.cjs'), ...args], {
    cwd: project,
    ...options,
  });
}

function runAsync(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: project });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
  });
}

function native(args, options = {}) {
  return run(CLI, args, { cwd: project, ...options });
}

/** The two runs print the same and exit with the same status. */
function same(wasi, nat, what) {
  assert.equal(wasi.stderr, nat.stderr, `${what}: standard error`);
  assert.equal(wasi.stdout, nat.stdout, `${what}: standard output`);
  assert.equal(wasi.status, nat.status, `${what}: exit status`);
}

function copyFixtures(dir) {
  fs.cpSync(path.join(ROOT, 'fixtures'), path.join(dir, 'fixtures'), { recursive: true });
}

before(() => {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run cargo build --release (or set LINKWA_CLI)`);
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'linkwa-packed-'));
  const pack = run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: PKG });
  assert.equal(pack.status, 0, pack.stderr);
  [packed] = JSON.parse(pack.stdout);
  tarball = path.join(scratch, packed.filename);
  project = path.join(scratch, 'project');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  const env = { ...process.env, npm_config_cache: path.join(scratch, 'npm-cache') };
  const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, env });
  assert.equal(install.status, 0, install.stderr);
  assert.ok(!fs.lstatSync(path.join(project, 'node_modules', 'linkwa')).isSymbolicLink(), 'installed as a copy');
  copyFixtures(project);
  fs.copyFileSync(path.join(ROOT, 'linkwa.toml'), path.join(project, 'linkwa.toml'));
});

after(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

test('the manifest: bin, exports for browsers, Node import and require, types; files, license, repository, engines', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(project, 'node_modules', 'linkwa', 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'linkwa');
  assert.deepEqual(manifest.bin, { linkwa: 'cli/linkwa.cjs' });
  assert.equal(manifest.license, 'MIT OR Apache-2.0');
  assert.match(manifest.repository.url, /github\.com\/linkwa\/linkwa/);
  assert.equal(manifest.engines.node, '>=20');
  for (const entry of ['.', './meta', './inbound', './templates', './rules']) {
    const e = manifest.exports[entry];
    assert.ok(e.browser.types && e.browser.default, `${entry}: browser`);
    assert.ok(e.node.import.types.endsWith('.d.mts') && e.node.import.default.endsWith('.mjs'), `${entry}: Node import`);
    assert.ok(e.node.require.types.endsWith('.d.ts') && e.node.require.default.endsWith('.js'), `${entry}: Node require`);
    assert.ok(e.default.types && e.default.default, `${entry}: default`);
  }
  const files = packed.files.map((f) => f.path);
  for (const file of ['LICENSE-MIT', 'LICENSE-APACHE', 'CHANGELOG.md', 'README.md', 'cli/linkwa.cjs', 'cli/linkwa.wasm', 'node/linkwa.mjs']) {
    assert.ok(files.includes(file), `the tarball has ${file}`);
  }
  // No test-only build: the hook of test/recovery.test.mjs is not in any published file.
  for (const file of files.filter((f) => /\.(js|mjs|cjs|wasm)$/.test(f))) {
    const bytes = fs.readFileSync(path.join(project, 'node_modules', 'linkwa', file));
    assert.ok(!bytes.includes('FailNextCallForTests'), `${file} has the test hook`);
  }
});

test('npx linkwa: --version, --help and a usage error as the native CLI', () => {
  same(npx(['--version']), native(['--version']), '--version');
  assert.equal(bin(['--version']).stdout.trim(), `linkwa ${VERSION}`);
  same(bin(['lint', '--help']), native(['lint', '--help']), 'lint --help');
  same(bin(['lint', '--format', 'nope', 'x.json']), native(['lint', '--format', 'nope', 'x.json']), 'usage error');
  // No ExperimentalWarning (or any other) from Node.
  assert.equal(npx(['explain', 'LW004']).stderr, '');
});

test('npx linkwa lint: the whole corpus, every format, with linkwa.toml and without', () => {
  same(npx(['lint', '--format', 'json', 'fixtures/']), native(['lint', '--format', 'json', 'fixtures/']), '--format json');
  for (const format of ['human', 'sarif', 'github', 'junit']) {
    same(bin(['lint', '--format', format, 'fixtures/']), native(['lint', '--format', format, 'fixtures/']), `--format ${format}`);
  }
  const wasi = bin(['lint', '--no-config', '--format', 'json', 'fixtures/']);
  same(wasi, native(['lint', '--no-config', '--format', 'json', 'fixtures/']), '--no-config');
  assert.equal(wasi.status, 1);
  assert.ok(new Set(JSON.parse(wasi.stdout).map((d) => d.file)).size > 500);
  const quiet = ['lint', '--config', 'fixtures/self-lint.toml', '--quiet', '--max-warnings', '0', 'fixtures/'];
  same(bin(quiet), native(quiet), 'self-lint');
});

test('npx linkwa lint: each fixture folder on its own, same output and exit status', async () => {
  const folders = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const p = path.join(dir, entry.name);
      if (['valid', 'invalid', 'fixed'].includes(entry.name)) folders.push(path.relative(project, p));
      else walk(p);
    }
  };
  walk(path.join(project, 'fixtures'));
  assert.ok(folders.length > 40);
  // Three at a time: most of each run is Node's start and the module's compilation.
  const pending = folders.sort();
  const results = [];
  await Promise.all([0, 1, 2].map(async () => {
    while (pending.length > 0) {
      const folder = pending.shift();
      const args = ['lint', '--no-config', '--format', 'json', folder];
      const wasi = await runAsync(process.execPath, [path.join(project, 'node_modules', 'linkwa', 'cli', 'linkwa.cjs'), ...args]);
      results.push([folder, wasi, native(args)]);
    }
  }));
  for (const [folder, wasi, nat] of results) same(wasi, nat, folder);
  assert.deepEqual([...new Set(results.map(([, wasi]) => wasi.status))].sort(), [0, 1]);
});

test('npx linkwa lint: standard input, --templates, --diff, unreadable paths', () => {
  const text = fs.readFileSync(path.join(project, 'fixtures/link/text/invalid/text-body-empty.json'));
  same(npx(['lint', '-'], { input: text }), native(['lint', '-'], { input: text }), 'stdin');
  same(bin(['lint', '--diff', '-'], { input: text }), native(['lint', '--diff', '-'], { input: text }), 'stdin --diff');
  const templates = ['lint', '--no-config', '--format', 'json', '--templates', 'fixtures/link/definition-match/templates', 'fixtures/link/definition-match'];
  const withTemplates = bin(templates);
  same(withTemplates, native(templates), '--templates');
  assert.match(withTemplates.stdout, /LW75\d/);
  same(bin(['lint', '--no-config', '--diff', 'fixtures/']), native(['lint', '--no-config', '--diff', 'fixtures/']), '--diff');
  // A missing file: status 2 and the same report; the operating system's error number in the
  // message is WASI's (ENOENT is 44 there, 2 on Linux).
  const wasi = bin(['lint', 'missing.json', 'fixtures/link/text']);
  const nat = native(['lint', 'missing.json', 'fixtures/link/text']);
  assert.equal(wasi.status, 2);
  assert.equal(wasi.stdout, nat.stdout);
  assert.equal(wasi.stderr.replace(/\(os error \d+\)/g, ''), nat.stderr.replace(/\(os error \d+\)/g, ''));
});

test('npx linkwa lint --fix and --unsafe-fixes on a copy write what the native CLI writes', () => {
  for (const flag of ['--fix', '--unsafe-fixes']) {
    const [a, b] = ['wasi', 'native'].map((side) => {
      const dir = path.join(project, `fix${flag}-${side}`);
      fs.mkdirSync(dir);
      copyFixtures(dir);
      return dir;
    });
    const args = ['lint', '--no-config', '--format', 'json', flag, 'fixtures/'];
    same(npx(args, { cwd: a }), native(args, { cwd: b }), flag);
    const files = (dir) => fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.json')).sort();
    const list = files(path.join(a, 'fixtures'));
    assert.deepEqual(list, files(path.join(b, 'fixtures')));
    let changed = 0;
    for (const file of list) {
      const [x, y] = [a, b].map((dir) => fs.readFileSync(path.join(dir, 'fixtures', file)));
      assert.ok(x.equals(y), `${flag}: fixtures/${file}`);
      changed += x.equals(fs.readFileSync(path.join(ROOT, 'fixtures', file))) ? 0 : 1;
    }
    assert.ok(changed > 50, `${flag} changed ${changed} files`);
  }
});

test('npx linkwa rules, explain, schema, to-meta, preview', () => {
  for (const args of [
    ['rules'],
    ['rules', '--format', 'json'],
    ['rules', '--format', 'markdown'],
    ['explain', 'LW004'],
    ['explain', 'reply-title-too-long'],
    ['explain', '112403'],
    ['explain', 'duplicate-kye'],
    ['schema'],
    ['schema', '--dialect', 'cloud'],
    ['to-meta', 'fixtures/link/envelope/valid/messagerequest-absolute-validity.json'],
    ['to-meta', '--to', '+46700000001', 'fixtures/link/text/valid/text-plain.json'],
    ['to-meta', 'fixtures/link/text/invalid/text-body-empty.json'],
  ]) {
    same(bin(args), native(args), args.join(' '));
  }
  const sends = fs.readdirSync(path.join(project, 'fixtures/link/definition-match/valid'));
  assert.ok(sends.length > 0);
  for (const send of sends) {
    for (const json of [[], ['--json']]) {
      const args = ['preview', '--no-config', '--templates', 'fixtures/link/definition-match/templates', ...json, `fixtures/link/definition-match/valid/${send}`];
      same(bin(args), native(args), args.join(' '));
    }
  }
});

/** One JSON-RPC message with its Content-Length header. */
function frame(message) {
  const body = Buffer.from(JSON.stringify(message));
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
}

test('npx linkwa lsp: answers initialize, publishes diagnostics, exits 0 after shutdown and exit', {
  timeout: 60_000,
}, async () => {
  const child = spawn('npx', ['--no', '--', 'linkwa', 'lsp'], { cwd: project, stdio: ['pipe', 'pipe', 'pipe'] });
  let buffer = Buffer.alloc(0);
  const messages = [];
  const waiters = [];
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) break;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())?.[1]);
      if (buffer.length < end + 4 + length) break;
      messages.push(JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString()));
      buffer = buffer.subarray(end + 4 + length);
    }
    waiters.splice(0).forEach((w) => w());
  });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (predicate) => {
    for (;;) {
      const found = messages.find(predicate);
      if (found) return found;
      if (child.exitCode !== null) throw new Error(`linkwa lsp exited (${child.exitCode}) while a message was awaited`);
      await Promise.race([new Promise((r) => waiters.push(r)), exited]);
    }
  };
  const uri = `file://${path.join(project, 'fixtures', 'scratch.json')}`;
  child.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
  const init = await waitFor((m) => m.id === 1);
  assert.equal(init.result.serverInfo.name, 'linkwa');
  child.stdin.write(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
  child.stdin.write(frame({
    jsonrpc: '2.0',
    method: 'textDocument/didOpen',
    params: { textDocument: { uri, languageId: 'json', version: 1, text: '{"type": "text", "text": {"body": 42}}' } },
  }));
  const published = await waitFor((m) => m.method === 'textDocument/publishDiagnostics');
  assert.deepEqual(published.params.diagnostics.map((d) => d.code), ['LW006']);
  child.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown', params: null }));
  await waitFor((m) => m.id === 2);
  child.stdin.write(frame({ jsonrpc: '2.0', method: 'exit', params: null }));
  assert.equal(await exited, 0);
});

test('the library from CommonJS and from ES modules in Node', () => {
  fs.writeFileSync(path.join(project, 'use.cjs'), `
const assert = require('node:assert/strict');
const { lint, version } = require('linkwa');
const { toMeta } = require('linkwa/meta');
const { parseInbound } = require('linkwa/inbound');
const { preview } = require('linkwa/templates');
const { rules } = require('linkwa/rules');
assert.equal(lint('{"type": "text", "text": {"body": 42}}').diagnostics[0].code, 'LW006');
assert.equal(toMeta('{"type": "text", "text": {"body": "Hi"}}', '+46700000001').messages.length, 1);
assert.equal(typeof parseInbound, 'function');
assert.equal(typeof preview, 'function');
assert.ok(rules().length > 300);
console.log('cjs', version());
`);
  fs.writeFileSync(path.join(project, 'use.mjs'), `
import assert from 'node:assert/strict';
import linkwa, { lint, lintValue, version } from 'linkwa';
import { toMeta } from 'linkwa/meta';
import { parseInbound } from 'linkwa/inbound';
import { lint as lintTemplates, preview } from 'linkwa/templates';
import { rules } from 'linkwa/rules';
import { createRequire } from 'node:module';
assert.equal(lint('{"type": "text", "text": {"body": 42}}').diagnostics[0].code, 'LW006');
assert.equal(lintValue({ type: 'text' }).diagnostics[0].code, 'LW007');
// One instance: import and require give the same functions.
assert.equal(linkwa.lint, lint);
assert.equal(createRequire(import.meta.url)('linkwa').lint, lint);
assert.equal(toMeta('{"type": "text", "text": {"body": "Hi"}}', '+46700000001').messages.length, 1);
assert.equal(typeof parseInbound, 'function');
assert.equal(typeof preview, 'function');
assert.equal(typeof lintTemplates, 'function');
assert.ok(rules().length > 300);
console.log('esm', version());
`);
  for (const file of ['use.cjs', 'use.mjs']) {
    const result = run(process.execPath, [file], { cwd: project });
    assert.equal(result.status, 0, `${file}: ${result.stderr}`);
    assert.equal(result.stdout.trim(), `${file === 'use.cjs' ? 'cjs' : 'esm'} ${VERSION}`);
  }
});

test('the declarations type-check with tsc under moduleResolution node16 and bundler', () => {
  const tsc = path.join(WASM_DIR, 'node_modules', 'typescript', 'bin', 'tsc');
  const types = path.join(WASM_DIR, 'test', 'types');
  fs.copyFileSync(path.join(types, 'node-consumer.ts'), path.join(project, 'node-esm.mts'));
  fs.copyFileSync(path.join(types, 'node-consumer.ts'), path.join(project, 'node-cjs.cts'));
  fs.copyFileSync(path.join(types, 'templates-consumer.ts'), path.join(project, 'templates.mts'));
  fs.copyFileSync(path.join(types, 'web-consumer.ts'), path.join(project, 'web.ts'));
  const common = ['--noEmit', '--strict', '--target', 'es2022', '--lib', 'es2022,dom'];
  for (const [files, flags] of [
    [['node-esm.mts', 'node-cjs.cts', 'templates.mts'], ['--module', 'node16', '--moduleResolution', 'node16']],
    [['web.ts'], ['--module', 'esnext', '--moduleResolution', 'bundler']],
  ]) {
    const result = run(process.execPath, [tsc, ...common, ...flags, ...files], { cwd: project });
    assert.equal(result.status, 0, `tsc ${flags.join(' ')}:\n${result.stdout}${result.stderr}`);
  }
});

test('a page bundled by esbuild lints in Chromium', async () => {
  const site = path.join(project, 'site');
  fs.mkdirSync(site);
  fs.writeFileSync(path.join(project, 'page.js'), `
import init, { lint } from 'linkwa';
import wasm from 'linkwa/web/linkwa_bg.wasm';
await init({ module_or_path: wasm });
const report = lint('{"type": "text", "text": {"body": 42}}');
document.body.dataset.codes = report.diagnostics.map((d) => d.code).join(',');
`);
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><link rel="icon" href="data:,"><script type="module" src="page.js"></script>\n');
  const esbuild = path.join(WASM_DIR, 'node_modules', '.bin', 'esbuild');
  const bundle = run(esbuild, ['page.js', '--bundle', '--format=esm', '--platform=browser', '--loader:.wasm=file', '--outdir=site', '--log-level=warning'], { cwd: project });
  assert.equal(bundle.status, 0, bundle.stderr);
  const server = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', site], { stdio: ['ignore', 'pipe', 'ignore'] });
  const profile = fs.mkdtempSync(path.join(scratch, 'chromium-'));
  try {
    const port = await new Promise((resolve) => {
      server.stdout.on('data', (d) => {
        const m = /port (\d+)/.exec(String(d));
        if (m) resolve(m[1]);
      });
    });
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`http://127.0.0.1:${port}/index.html`);
      await page.waitForFunction(() => document.body && document.body.dataset.codes !== undefined, null, { timeout: 30_000 });
      assert.equal(await page.evaluate(() => document.body.dataset.codes), 'LW006');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  } finally {
    server.kill();
  }
});
