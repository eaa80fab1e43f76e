// The playground in a real browser: Debian's Chromium, driven by playwright-core, loads the page
// from a local server, picks a broken fixture, shows its diagnostics and marks their lines, and
// asks for the errors to be fixed before translating (with `linkwa` only: `linkwa/meta` is not
// downloaded yet); once the text is fixed in the textarea the diagnostics clear, `linkwa/meta` is
// loaded (once) and the Cloud API translation appears (for the recipient field's number, the
// payload being a bare message). A MessageRequest example is translated for its own destinations,
// with the translation's notes; an inbound notification is not translated. Any console error, page
// error or failed request fails the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { ROOT, WASM_DIR, linkwa, linkwaMeta } from './helpers.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const BROKEN = 'link/structure/invalid/trailing-comma.json';
const REQUEST = 'link/envelope/valid/messagerequest-absolute-validity.json';
const INBOUND = 'link/inbound/valid/status-delivered.json';
const RECIPIENT = '+46700000001';
const FIXED = '{\n  "type": "text",\n  "text": {\n    "body": "Hello"\n  }\n}\n';

let server;
let context;
let profile;
let base;
const problems = [];

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

before(async () => {
  const www = path.join(WASM_DIR, 'www');
  for (const needed of ['pkg/linkwa.js', 'pkg/linkwa_bg.wasm', 'pkg/linkwa_meta.js', 'pkg/linkwa_meta_bg.wasm', 'examples/index.json']) {
    assert.ok(fs.existsSync(path.join(www, needed)), `www/${needed} is missing: run wasm/build.sh`);
  }
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', www], {
    stdio: 'ignore',
  });
  await waitForServer(`${base}/index.html`);
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'linkwa-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
});

after(async () => {
  await context?.close();
  server?.kill();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

/** The diagnostics the page lists: line, code and message of each. */
async function shown(page) {
  return page.$$eval('#diagnostics li[data-code]', (items) =>
    items.map((li) => ({
      line: li.dataset.line === '' ? null : Number(li.dataset.line),
      code: li.dataset.code,
      message: li.querySelector('.message').textContent,
    })),
  );
}

/** What the translation panel shows. */
async function translation(page) {
  return page.evaluate(() => {
    const view = document.getElementById('translation');
    return {
      state: document.body.dataset.translation,
      status: document.getElementById('translation-status').textContent,
      messages: view.hidden ? null : JSON.parse(view.textContent),
      notes: [...document.querySelectorAll('#notes li[data-code]')].map((li) => ({
        code: li.dataset.code,
        path: li.dataset.path,
        message: li.querySelector('.message').textContent,
      })),
      recipient: document.getElementById('recipient-field').hidden ? null : document.getElementById('recipient').value,
    };
  });
}

/** The notes as the panel lists them, from a Translation. */
const notesOf = (t) => t.diagnostics.map((d) => ({ code: d.code, path: d.path, message: d.message }));

test('the playground lints a broken fixture, marks its lines, clears once fixed, and translates', async () => {
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const wasmRequests = [];
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop();
    if (file.endsWith('.wasm')) wasmRequests.push(file);
  });

  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  assert.match(await page.textContent('#version'), new RegExp(`v${linkwa.version().replaceAll('.', '\\.')}`));

  // Pick the broken fixture in the example picker.
  const option = BROKEN.replaceAll('/', '__');
  await page.selectOption('#examples', option);
  const text = fs.readFileSync(path.join(ROOT, 'fixtures', BROKEN), 'utf8');
  const expected = linkwa.lint(text).diagnostics;
  assert.ok(expected.length > 0, `${BROKEN} has diagnostics`);
  await page.waitForFunction((n) => document.querySelectorAll('#diagnostics li[data-code]').length === n, expected.length);
  assert.equal(await page.inputValue('#input'), text);
  assert.deepEqual(
    await shown(page),
    expected.map((d) => ({ line: d.line, code: d.code, message: d.message })),
  );

  // The offending lines are marked in the gutter and in the text.
  const lines = [...new Set(expected.map((d) => d.line))].sort((a, b) => a - b);
  const marked = await page.$$eval('#gutter div.error', (rows) => rows.map((r) => Number(r.textContent)));
  assert.deepEqual(marked, lines);
  const highlighted = await page.$$eval('#highlights div', (rows) =>
    rows.flatMap((r, i) => (r.classList.contains('error') ? [i + 1] : [])),
  );
  assert.deepEqual(highlighted, lines);

  // No translation while there are errors.
  assert.deepEqual(await translation(page), {
    state: 'blocked',
    status: 'fix the errors to see the translation',
    messages: null,
    notes: [],
    recipient: null,
  });
  assert.deepEqual(wasmRequests, ['linkwa_bg.wasm'], 'only the lint module is downloaded before a translation');

  // Fix the payload in the textarea: the diagnostics clear, and the translation appears, for the
  // recipient field's number (the payload is a bare message).
  await page.fill('#input', FIXED);
  assert.deepEqual(linkwa.lint(FIXED).diagnostics, [], 'the fixed text is clean');
  await page.waitForSelector('#diagnostics li.clean');
  assert.deepEqual(await shown(page), []);
  assert.equal(await page.$$eval('#gutter div.error, #highlights div.error', (rows) => rows.length), 0);
  await page.waitForSelector('body[data-translation="translated"] #translation:not([hidden])');
  const translated = await translation(page);
  assert.equal(translated.recipient, RECIPIENT);
  assert.equal(translated.messages.length, 1);
  assert.equal(translated.messages[0].messaging_product, 'whatsapp');
  assert.equal(translated.messages[0].type, 'text');
  assert.equal(translated.messages[0].to, RECIPIENT);
  assert.deepEqual(translated.messages, linkwaMeta.toMeta(FIXED, RECIPIENT).messages);
  assert.deepEqual(wasmRequests, ['linkwa_bg.wasm', 'linkwa_meta_bg.wasm'], 'linkwa/meta loaded for the translation');
  assert.deepEqual(translated.notes, []);
  assert.match(await page.textContent('#translation-summary'), /^1 body, 0 notes$/);

  // Another recipient, written with separators: the body's `to` follows, with a note.
  await page.fill('#recipient', '+46 70 000 00 02');
  await page.waitForFunction(() => document.getElementById('translation').textContent.includes('"+46700000002"'));
  const other = await translation(page);
  assert.deepEqual(other.messages, linkwaMeta.toMeta(FIXED, '+46 70 000 00 02').messages);
  assert.deepEqual(other.notes.map((n) => n.code), ['LW595']);
  await page.fill('#recipient', RECIPIENT);
  await page.waitForFunction((to) => document.getElementById('translation').textContent.includes(`"${to}"`), RECIPIENT);

  // Typing lints as the user types (debounced): break it again, key by key.
  await page.focus('#input');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('}');
  await page.waitForSelector('#diagnostics li[data-code="LW001"]');
  const again = await shown(page);
  assert.deepEqual(again, linkwa.lint(`${FIXED}}`).diagnostics.map((d) => ({ line: d.line, code: d.code, message: d.message })));

  // Clicking a diagnostic selects its token in the textarea.
  await page.click('#diagnostics li[data-code="LW001"]');
  const selection = await page.$eval('#input', (t) => [t.selectionStart, t.selectionEnd]);
  assert.deepEqual(selection, [FIXED.length, FIXED.length + 1]);
  assert.equal((await translation(page)).state, 'blocked');

  // A MessageRequest: its own destinations (no recipient field), and the translation's notes.
  await page.selectOption('#examples', REQUEST.replaceAll('/', '__'));
  await page.waitForSelector('body[data-translation="translated"]');
  const requestText = fs.readFileSync(path.join(ROOT, 'fixtures', REQUEST), 'utf8');
  const expectedRequest = linkwaMeta.toMeta(requestText);
  const fromRequest = await translation(page);
  assert.equal(fromRequest.recipient, null);
  assert.deepEqual(fromRequest.messages, expectedRequest.messages);
  assert.equal(fromRequest.messages[0].messaging_product, 'whatsapp');
  assert.equal(fromRequest.messages[0].type, 'template');
  assert.deepEqual(fromRequest.notes, notesOf(expectedRequest));
  assert.ok(fromRequest.notes.some((n) => n.code === 'LW591'), 'source-not-in-body among the notes');

  // An inbound notification lints clean but is nothing to send.
  await page.selectOption('#examples', INBOUND.replaceAll('/', '__'));
  await page.waitForSelector('body[data-translation="refused"]');
  const inbound = await translation(page);
  assert.match(inbound.status, /^not translated: not a LINK MessageRequest or message/);
  assert.equal(inbound.messages, null);

  await page.close();
  assert.deepEqual(wasmRequests, ['linkwa_bg.wasm', 'linkwa_meta_bg.wasm'], 'each module downloaded once');
  assert.deepEqual(problems, [], 'no console errors, page errors or failed requests');
});
