// The playground in a real browser: Debian's Chromium, driven by playwright-core, loads the page
// from a local server, picks a broken fixture, shows its diagnostics and marks their lines, and
// asks for the errors to be fixed before translating (with `linkwa` only: `linkwa/meta` is not
// downloaded yet); once the text is fixed in the textarea the diagnostics clear, `linkwa/meta` is
// loaded (once) and the Cloud API translation appears (for the recipient field's number, the
// payload being a bare message). A MessageRequest example is translated for its own destinations,
// with the translation's notes; an inbound notification is not translated. With a template
// definition in the Template pane, `linkwa/templates` is loaded: a template send is linted against
// it as the user types (in either pane) and shown as a WhatsApp-like bubble. Any console error,
// page error or failed request fails the test. A fixable diagnostic has a Fix button that applies
// its edits (by their UTF-16 offsets, with an emoji before them), and Fix all writes what
// `linkwa lint --fix` writes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CLI, ROOT, WASM_DIR, linkwa, linkwaMeta, linkwaTemplates } from './helpers.mjs';

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
  for (const needed of ['pkg/linkwa.js', 'pkg/linkwa_bg.wasm', 'pkg/linkwa_meta.js', 'pkg/linkwa_meta_bg.wasm', 'pkg/linkwa_templates.js', 'pkg/linkwa_templates_bg.wasm', 'examples/index.json']) {
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
  // Each marked line underlines the range the library reports (the first on the line), cut at
  // the line's end: the playground works out no position of its own.
  const marks = await page.$$eval('#highlights mark', (all) => all.map((m) => m.textContent));
  const reported = lines.map((line) => {
    const d = expected.filter((e) => e.line === line).sort((a, b) => a.start_utf16 - b.start_utf16)[0];
    const lineEnd = text.indexOf('\n', d.start_utf16);
    return text.slice(d.start_utf16, Math.min(d.end_utf16, lineEnd === -1 ? text.length : lineEnd)) || ' ';
  });
  assert.deepEqual(marks, reported);

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

const DEFINITION = {
  name: 'order_update',
  language: 'en_US',
  category: 'UTILITY',
  components: [
    { type: 'HEADER', format: 'TEXT', text: 'Order {{1}}', example: { header_text: ['A-1'] } },
    { type: 'BODY', text: 'Hi {{1}}, your order ships {{2}}.', example: { body_text: [['Ana', 'today']] } },
    { type: 'FOOTER', text: 'Reply STOP to opt out' },
    { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Track', url: 'https://example.com/t/{{1}}', example: ['https://example.com/t/A-1'] }] },
  ],
};

/** A Cloud API send of `order_update` with these body values. */
function orderSend(values) {
  return JSON.stringify(
    {
      messaging_product: 'whatsapp',
      to: RECIPIENT,
      type: 'template',
      template: {
        name: 'order_update',
        language: { code: 'en_US' },
        components: [
          { type: 'header', parameters: [{ type: 'text', text: 'B-7' }] },
          { type: 'body', parameters: values.map((text) => ({ type: 'text', text })) },
          { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: 'B-7' }] },
        ],
      },
    },
    null,
    2,
  );
}

/** The bubbles the Template pane shows. */
async function bubbles(page) {
  return page.$$eval('#bubbles .bubble', (nodes) =>
    nodes.map((b) => ({
      header: b.querySelector('.b-header, .b-media')?.textContent ?? null,
      body: b.querySelector('.b-body').textContent,
      footer: b.querySelector('.b-footer')?.textContent ?? null,
      buttons: [...b.querySelectorAll('.b-button')].map((n) => n.textContent),
    })),
  );
}

test('the playground checks a template send against the definition beside it and shows the bubble', async () => {
  const page = await context.newPage();
  const own = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') own.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => own.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => own.push(`request failed: ${request.url()}`));
  const wasmRequests = [];
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop();
    if (file.endsWith('.wasm')) wasmRequests.push(file);
  });
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.getAttribute('body', 'data-preview'), 'empty');

  // A send with one body value of two, then the definition: linted against it, as typed.
  const broken = orderSend(['Bo']);
  await page.fill('#input', broken);
  await page.waitForSelector('#diagnostics li.clean');
  await page.fill('#templates', JSON.stringify(DEFINITION, null, 2));
  await page.waitForSelector('body[data-preview="shown"] #bubbles .bubble');
  assert.ok(wasmRequests.includes('linkwa_templates_bg.wasm'), wasmRequests.join(', '));
  const expected = linkwaTemplates.lint(broken, { templates: JSON.stringify(DEFINITION, null, 2) }).diagnostics;
  assert.ok(expected.some((d) => d.code.startsWith('LW75')), 'the send mismatches its definition');
  await page.waitForFunction((n) => document.querySelectorAll('#diagnostics li[data-code]').length === n, expected.length);
  assert.deepEqual(await shown(page), expected.map((d) => ({ line: d.line, code: d.code, message: d.message })));
  assert.deepEqual(await bubbles(page), [
    {
      header: 'Order B-7',
      body: 'Hi Bo, your order ships {{2}}.',
      footer: 'Reply STOP to opt out',
      buttons: ['Trackhttps://example.com/t/B-7'],
    },
  ]);

  // Fix the send by typing: the mismatch clears and the bubble is filled.
  const fixed = orderSend(['Bo', 'soon']);
  await page.fill('#input', fixed);
  await page.waitForSelector('#diagnostics li.clean');
  await page.waitForFunction(() => document.querySelector('#bubbles .b-body')?.textContent === 'Hi Bo, your order ships soon.');

  // Edit the definition: its own problem is listed under it, at its line; the bubble follows.
  const edited = JSON.stringify({ ...DEFINITION, category: 'UTILITIES' }, null, 2);
  await page.fill('#templates', edited);
  const own7xx = linkwaTemplates.lint(fixed, { templates: edited }).templates;
  assert.ok(own7xx.length > 0, 'the edited definition has a problem');
  await page.waitForFunction((n) => document.querySelectorAll('#template-diagnostics li[data-code]').length === n, own7xx.length);
  const listed = await page.$$eval('#template-diagnostics li[data-code]', (items) => items.map((li) => [li.dataset.code, Number(li.dataset.line)]));
  assert.deepEqual(listed, own7xx.map((d) => [d.code, d.line]));
  // Clicking one selects its token in the definitions, not in the payload.
  await page.click('#template-diagnostics li[data-path="/category"]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'templates');
  const picked = await page.$eval('#templates', (t) => t.value.slice(t.selectionStart, t.selectionEnd));
  assert.equal(picked, '"UTILITIES"');

  // A send naming another language: no bubble, and the reason.
  await page.fill('#input', fixed.replace('"en_US"', '"en"'));
  await page.waitForSelector('body[data-preview="none"]');
  assert.match(await page.textContent('#preview-status'), /no definition of `order_update` in `en`/);
  assert.deepEqual(await bubbles(page), []);

  await page.close();
  assert.equal(wasmRequests.filter((f) => f === 'linkwa_templates_bg.wasm').length, 1, 'linkwa/templates downloaded once');
  assert.deepEqual(own, [], 'no console errors, page errors or failed requests');
});

test('the playground applies one fix, and every safe fix as linkwa lint --fix does', async () => {
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  // An emoji (2 UTF-16 units, 4 bytes) and `é` before the fixable values.
  const text = '{"text": {"body": "👋 é",}, "type": "TEXT"}\n';
  const fixable = linkwa.lint(text).diagnostics.filter((d) => d.fix);
  assert.ok(fixable.length >= 2, 'the text has two fixes');
  await page.fill('#input', text);
  await page.waitForFunction((n) => document.querySelectorAll('#diagnostics button.fix').length === n, fixable.length);

  // One fix: its edits applied to the UTF-8 bytes give the text the button leaves.
  const [first] = fixable;
  let bytes = Buffer.from(text, 'utf8');
  for (const e of [...first.fix.edits].sort((a, b) => b.start - a.start)) {
    bytes = Buffer.concat([bytes.subarray(0, e.start), Buffer.from(e.replacement, 'utf8'), bytes.subarray(e.end)]);
  }
  const one = bytes.toString('utf8');
  assert.notEqual(one, text);
  await page.locator(`#diagnostics li[data-code="${first.code}"] button.fix`).first().click();
  await page.waitForFunction((t) => document.getElementById('input').value === t, one);

  // Fix all: what the CLI writes with --fix.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkwa-fix-all-'));
  const file = path.join(dir, 'a.json');
  fs.writeFileSync(file, text);
  spawnSync(CLI, ['lint', '--fix', '--no-config', file], { encoding: 'utf8' });
  const all = fs.readFileSync(file, 'utf8');
  fs.rmSync(dir, { recursive: true, force: true });
  assert.ok(linkwa.lint(all).diagnostics.every((d) => !d.fix || d.fix.applicability !== 'safe'), 'nothing safe left');
  await page.fill('#input', text);
  await page.waitForSelector('#fix-all:not([hidden])');
  await page.click('#fix-all');
  await page.waitForFunction((t) => document.getElementById('input').value === t, all);
  const expected = linkwa.lint(all).diagnostics;
  await page.waitForFunction((n) => document.querySelectorAll('#diagnostics li[data-code]').length === n, expected.length);
  assert.deepEqual((await shown(page)).map((d) => d.code), expected.map((d) => d.code));
  await page.close();
  assert.deepEqual(problems, []);
});
