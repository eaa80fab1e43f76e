// The linkwa playground: lints the textarea as the user types, lists the diagnostics and marks
// their lines; a LINK payload without errors is translated into Meta Cloud API send bodies
// (`toMeta`), shown beside the diagnostics with the translation's notes. Uses the web builds of the
// npm package, copied to ./pkg by wasm/build.sh: `linkwa` (lint) when the page loads, and
// `linkwa/meta` (toMeta, a larger .wasm) only the first time there is something to translate.
// When template definitions are given in the Template pane, `linkwa/templates` is loaded (once):
// the payload is then linted against them (LW750-LW764), their own problems are listed under
// them, and the template message is shown as a WhatsApp-like bubble (`preview`).
import init, { lint, version } from './pkg/linkwa.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const gutter = $('gutter');
const highlights = $('highlights');
const list = $('diagnostics');
const summary = $('summary');
const status = $('status');
const examples = $('examples');
const dialect = $('dialect');
const media = $('media');
const recipientField = $('recipient-field');
const recipient = $('recipient');
const translationSummary = $('translation-summary');
const translationStatus = $('translation-status');
const translationView = $('translation');
const notesTitle = $('notes-title');
const notes = $('notes');
const templatesInput = $('templates');
const templateList = $('template-diagnostics');
const templateSummary = $('template-summary');
const previewStatus = $('preview-status');
const bubbles = $('bubbles');
const fixAllButton = $('fix-all');

const DEBOUNCE_MS = 150;
const SEVERITY_RANK = { error: 3, warning: 2, info: 1 };

let lintCount = 0;

/** `toMeta` of `linkwa/meta`, once loaded; `meta` is the promise of loading it (started once). */
let toMeta = null;
let meta = null;
let translationCount = 0;

function loadMeta() {
  meta ??= import('./pkg/linkwa_meta.js').then(async (module) => {
    await module.default();
    toMeta = module.toMeta;
  });
  return meta;
}

/** `linkwa/templates` (lint with definitions, preview), once loaded; `templatesModule` is the promise. */
let withTemplates = null;
let templatesModule = null;

function loadTemplates() {
  templatesModule ??= import('./pkg/linkwa_templates.js').then(async (module) => {
    await module.default();
    withTemplates = module;
  });
  return templatesModule;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The worst severity of the diagnostics on each line (1-based), and the first range marked on it:
 * the diagnostic's own `[start_utf16, end_utf16)` (what the library reports: the value or member
 * name), as offsets in the line, cut at its end.
 */
function marksByLine(diagnostics, lineStarts, lines) {
  const marks = new Map();
  for (const d of diagnostics) {
    if (d.line == null || d.start_utf16 == null) continue;
    const from = lineStarts[d.line - 1];
    if (from === undefined) continue;
    const length = lines[d.line - 1].length;
    const start = Math.min(d.start_utf16 - from, length);
    const range = [start, Math.max(start, Math.min(d.end_utf16 - from, length))];
    const mark = marks.get(d.line);
    if (!mark) {
      marks.set(d.line, { severity: d.severity, count: 1, range });
    } else {
      if (SEVERITY_RANK[d.severity] > SEVERITY_RANK[mark.severity]) mark.severity = d.severity;
      if (range[0] < mark.range[0]) mark.range = range;
      mark.count += 1;
    }
  }
  return marks;
}

function renderEditor(text, diagnostics) {
  const lines = text.split('\n');
  const lineStarts = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const marks = marksByLine(diagnostics, lineStarts, lines);
  const gutterRows = document.createDocumentFragment();
  const rows = document.createDocumentFragment();
  lines.forEach((line, i) => {
    const mark = marks.get(i + 1);
    const number = el('div', mark ? mark.severity : '', String(i + 1));
    const row = el('div', mark ? mark.severity : '');
    if (mark) {
      number.title = plural(mark.count, 'diagnostic');
      // Underline the first marked range of the line; the rest of the line stays plain.
      const [start, end] = mark.range;
      row.append(line.slice(0, start), el('mark', '', line.slice(start, end) || ' '), line.slice(end));
    } else {
      row.textContent = line || ' ';
    }
    gutterRows.append(number);
    rows.append(row);
  });
  gutter.replaceChildren(gutterRows);
  highlights.replaceChildren(rows);
  syncScroll();
}

/**
 * A list item for a diagnostic: position, severity, code and name; message, path, help, source.
 * Clicking it selects its token in `target` (the payload; the definitions for theirs).
 */
function diagnosticItem(d, target = input) {
  const item = el('li', d.severity);
  item.dataset.code = d.code;
  item.dataset.line = d.line ?? '';
  item.dataset.path = d.path;
  const head = el('div', 'head');
  head.append(
    el('span', 'pos', d.line == null ? '—' : `${d.line}:${d.column}`),
    el('span', 'severity', d.severity),
    el('code', 'rule-code', d.code),
    el('span', 'name', d.name),
  );
  item.append(head, el('div', 'message', d.message));
  if (d.path) item.append(el('div', 'detail path', `path: ${d.path}`));
  if (d.help) item.append(el('div', 'detail help', `help: ${d.help}`));
  item.append(el('div', 'detail source', d.source));
  if (d.fix && target === input) {
    const unsafe = d.fix.applicability === 'unsafe';
    const button = el('button', `fix${unsafe ? ' unsafe' : ''}`, unsafe ? 'Fix (unsafe)' : 'Fix');
    button.type = 'button';
    button.title = d.fix.description;
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      setInput(applyEdits(input.value, d.fix.edits));
    });
    head.append(button);
  }
  if (d.start_utf16 != null) item.addEventListener('click', () => reveal(d, target));
  return item;
}

/**
 * `text` with `edits` applied (non-overlapping, as a fix's are), by their UTF-16 offsets: what a
 * JavaScript string counts (the byte offsets `start`/`end` are of the UTF-8 text).
 */
function applyEdits(text, edits) {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start_utf16 - a.start_utf16)) {
    out = out.slice(0, e.start_utf16) + e.replacement + out.slice(e.end_utf16);
  }
  return out;
}

/** Replaces the payload's text (kept in the textarea's undo history where the browser allows). */
function setInput(text) {
  input.focus();
  input.select();
  if (!document.execCommand('insertText', false, text)) input.value = text;
  input.dispatchEvent(new Event('input'));
}

const lintOptions = () => ({ dialect: dialect.value, media: media.value });
const rank = (report) => {
  const count = (s) => report.diagnostics.filter((d) => d.severity === s).length;
  return [count('error'), count('warning'), count('info')];
};
const fewer = (a, b) => a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];

/**
 * Every safe fix, as `linkwa lint --fix` applies them: in each pass the non-overlapping edits of
 * the safe fixes, kept only when the text still parses and lints with fewer diagnostics (errors
 * first, then warnings, then infos); passes repeat while they help (at most 8).
 */
function fixAll(text) {
  let current = text;
  let report = lint(current, lintOptions());
  for (let pass = 0; pass < 8; pass += 1) {
    const edits = [];
    for (const d of report.diagnostics) {
      if (!d.fix || d.fix.applicability !== 'safe') continue;
      const overlaps = d.fix.edits.some((e) => edits.some((k) => e.start < k.end && k.start < e.end
        || (e.start === e.end && e.start === k.start)));
      if (!overlaps) edits.push(...d.fix.edits);
    }
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    const nextReport = lint(next, lintOptions());
    const unreadable = (r) => r.diagnostics.filter((d) => d.code === 'LW001' || d.code === 'LW013').length;
    if (unreadable(nextReport) > unreadable(report) || !fewer(rank(nextReport), rank(report))) break;
    current = next;
    report = nextReport;
  }
  return current;
}

function renderList(diagnostics) {
  fixAllButton.hidden = !diagnostics.some((d) => d.fix && d.fix.applicability === 'safe');
  const items = diagnostics.map((d) => diagnosticItem(d));
  if (items.length === 0 && input.value.length > 0) {
    items.push(el('li', 'clean', 'No problems found.'));
  }
  list.replaceChildren(...items);
  const count = (s) => diagnostics.filter((d) => d.severity === s).length;
  summary.textContent = input.value.length === 0
    ? ''
    : `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')}`;
}

/**
 * What the translation panel shows: `state` (`empty`, `blocked` by errors, `refused` by toMeta,
 * `translated`), a status line, the bodies (or null) and the notes.
 */
function showTranslation({ state, message = '', messages = null, diagnostics = [], bare = false }) {
  document.body.dataset.translation = state;
  recipientField.hidden = !bare;
  translationStatus.className = `translation-status ${state}`;
  translationStatus.textContent = message;
  translationView.hidden = messages === null;
  translationView.textContent = messages === null ? '' : JSON.stringify(messages, null, 2);
  notesTitle.hidden = diagnostics.length === 0;
  notesTitle.textContent = messages === null ? 'What toMeta reports' : 'Translation notes';
  notes.replaceChildren(...diagnostics.map((d) => diagnosticItem(d)));
  translationSummary.textContent = messages === null
    ? ''
    : `${messages.length} ${messages.length === 1 ? 'body' : 'bodies'}, ${plural(diagnostics.length, 'note')}`;
}

/**
 * Translates the payload when `report` (the lint of `text` with the chosen options) has no error.
 * The first time, `linkwa/meta` is loaded first, and the latest text translated once it is there.
 */
function renderTranslation(text, report) {
  translationCount += 1;
  if (text.length === 0) {
    showTranslation({ state: 'empty', message: 'the Cloud API send bodies of a LINK payload without errors appear here' });
    return;
  }
  if (report.diagnostics.some((d) => d.severity === 'error')) {
    showTranslation({ state: 'blocked', message: 'fix the errors to see the translation' });
    return;
  }
  if (report.dialect === 'cloud') {
    showTranslation({ state: 'refused', message: 'this is Cloud API JSON already: the translation is of LINK payloads' });
    return;
  }
  // Without errors the text is strict JSON (linkwa reports every extension as an error). A
  // MessageRequest names its destinations; a bare message is sent to the recipient field's number.
  let doc = null;
  try {
    doc = JSON.parse(text);
  } catch {
    // Left to toMeta, which reports it.
  }
  const bare = !(doc !== null && typeof doc === 'object' && 'messages' in doc);
  if (bare && recipient.value.trim() === '') {
    showTranslation({ state: 'blocked', message: 'a bare message has no destinations: give its recipient', bare });
    return;
  }
  if (toMeta === null) {
    showTranslation({ state: 'loading', message: 'loading the translator…', bare });
    const wanted = translationCount;
    loadMeta().then(() => {
      if (translationCount === wanted) renderTranslation(text, report);
    }, (error) => {
      showTranslation({ state: 'failed', message: `the translator failed to load: ${error.message}` });
      throw error;
    });
    return;
  }
  let translation;
  try {
    translation = toMeta(text, bare ? recipient.value : undefined);
  } catch (error) {
    // Not something to send (an inbound notification, a response): toMeta says why.
    showTranslation({ state: 'refused', message: `not translated: ${error.message.replace(/^linkwa: /, '')}` });
    return;
  }
  if (translation.messages.length === 0) {
    // Errors with the default options that the chosen ones did not report (toMeta lints as
    // `auto`, with media ids allowed).
    showTranslation({
      state: 'blocked',
      message: 'fix the errors to see the translation (toMeta lints with the default options)',
      diagnostics: translation.diagnostics,
      bare,
    });
    return;
  }
  showTranslation({
    state: 'translated',
    message: `POST /<PHONE_NUMBER_ID>/messages, once per body${bare ? '' : ' (one per destination × message)'}:`,
    messages: translation.messages,
    diagnostics: translation.diagnostics,
    bare,
  });
}

/** Selects the diagnostic's range (UTF-16 offsets, as the library reports them) in the textarea
 * `target` and scrolls its line into view. */
function reveal(d, target = input) {
  target.focus();
  target.setSelectionRange(d.start_utf16, Math.max(d.end_utf16, d.start_utf16 + 1));
  const lineHeight = parseFloat(getComputedStyle(target).lineHeight) || 20;
  target.scrollTop = Math.max(0, (d.line - 4) * lineHeight);
  syncScroll();
}

function syncScroll() {
  highlights.scrollTop = input.scrollTop;
  highlights.scrollLeft = input.scrollLeft;
  gutter.scrollTop = input.scrollTop;
}

/** A header of the bubble: bold text, or a grey box naming the media. */
function headerNode(header) {
  if (header === null) return null;
  if (header.kind === 'text') return el('div', 'b-header', header.text);
  return el('div', 'b-media', header.source ? `${header.format}: ${header.source}` : header.format);
}

/** The buttons of a message or card. */
function buttonNodes(buttons) {
  return buttons.map((b) => {
    const node = el('div', 'b-button', b.text || b.kind);
    node.dataset.kind = b.kind;
    if (b.value) node.append(el('small', '', b.value));
    return node;
  });
}

/** A WhatsApp-like bubble of one hydrated template message (`preview`). */
function bubble(message) {
  const node = el('div', 'bubble');
  node.dataset.template = message.name;
  const header = headerNode(message.header);
  if (header) node.append(header);
  node.append(el('div', 'b-body', message.body));
  if (message.footer !== null) node.append(el('div', 'b-footer', message.footer));
  node.append(...buttonNodes(message.buttons));
  if (message.cards.length > 0) {
    const cards = el('div', 'b-cards');
    for (const card of message.cards) {
      const c = el('div', 'b-card');
      const h = headerNode(card.header);
      if (h) c.append(h);
      if (card.body !== null) c.append(el('div', 'b-body', card.body));
      c.append(...buttonNodes(card.buttons));
      cards.append(c);
    }
    node.append(cards);
  }
  return node;
}

/** The Template pane: the definitions' own problems and the bubbles of the send's template messages. */
function renderTemplates(text, report) {
  const given = templatesInput.value.trim() !== '';
  document.body.dataset.preview = given ? (withTemplates === null ? 'loading' : 'shown') : 'empty';
  const problems = report.templates ?? [];
  templateList.replaceChildren(...problems.map((d) => diagnosticItem(d, templatesInput)));
  templateSummary.textContent = given && withTemplates !== null ? plural(problems.length, 'problem') + ' in the definitions' : '';
  if (!given) {
    previewStatus.textContent = 'paste a template definition to check template sends against it and preview them';
    bubbles.replaceChildren();
    return;
  }
  if (withTemplates === null) {
    previewStatus.textContent = 'loading the template checks…';
    bubbles.replaceChildren();
    return;
  }
  if (text.trim() === '') {
    previewStatus.textContent = 'the template send to preview goes in the payload editor';
    bubbles.replaceChildren();
    return;
  }
  try {
    const messages = withTemplates.preview(text, { templates: templatesInput.value });
    previewStatus.textContent = '';
    bubbles.replaceChildren(...messages.map(bubble));
  } catch (error) {
    document.body.dataset.preview = 'none';
    previewStatus.textContent = `no preview: ${error.message.replace(/^linkwa: /, '')}`;
    bubbles.replaceChildren();
  }
}

function run() {
  const text = input.value;
  let report = { dialect: 'link', diagnostics: [] };
  const templates = templatesInput.value.trim() === '' ? undefined : templatesInput.value;
  if (templates !== undefined && templatesModule === null) {
    // Lint without the definitions until the module that has them is there, then again.
    loadTemplates().then(run, (error) => {
      previewStatus.textContent = `the template checks failed to load: ${error.message}`;
      throw error;
    });
  }
  if (text.length > 0) {
    const started = performance.now();
    try {
      report = templates !== undefined && withTemplates !== null
        ? withTemplates.lint(text, { dialect: dialect.value, media: media.value, templates })
        : lint(text, { dialect: dialect.value, media: media.value });
      status.className = 'status';
      status.textContent = `linted as ${report.dialect === 'cloud' ? 'Cloud API' : 'LINK'} in ${(performance.now() - started).toFixed(1)} ms`;
    } catch (error) {
      status.className = 'status failed';
      status.textContent = `linkwa failed: ${error.message}`;
      throw error;
    }
  } else {
    status.className = 'status';
    status.textContent = 'paste a payload or pick an example';
  }
  renderEditor(text, report.diagnostics);
  renderList(report.diagnostics);
  renderTranslation(text, report);
  renderTemplates(text, report);
  lintCount += 1;
  document.body.dataset.lints = String(lintCount);
}

let timer;
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
}

async function loadExamples() {
  const response = await fetch('examples/index.json');
  if (!response.ok) throw new Error(`examples/index.json: HTTP ${response.status}`);
  const groups = new Map();
  for (const example of await response.json()) {
    if (!groups.has(example.group)) {
      const group = el('optgroup');
      group.label = example.group;
      groups.set(example.group, group);
    }
    const option = el('option', '', example.name);
    option.value = example.file;
    groups.get(example.group).append(option);
  }
  examples.append(...groups.values());
}

async function showExample(file) {
  if (!file) return;
  const response = await fetch(`examples/${file}`);
  if (!response.ok) throw new Error(`examples/${file}: HTTP ${response.status}`);
  input.value = await response.text();
  input.scrollTop = 0;
  input.scrollLeft = 0;
  clearTimeout(timer);
  run();
}

await init();
$('version').textContent = `v${version()}`;
input.addEventListener('input', schedule);
fixAllButton.addEventListener('click', () => {
  const fixed = fixAll(input.value);
  if (fixed !== input.value) setInput(fixed);
});
input.addEventListener('scroll', syncScroll);
dialect.addEventListener('change', run);
media.addEventListener('change', run);
recipient.addEventListener('input', schedule);
templatesInput.addEventListener('input', schedule);
examples.addEventListener('change', () => showExample(examples.value));
await loadExamples();
const wanted = new URLSearchParams(location.search).get('example');
if (wanted && [...examples.options].some((o) => o.value === wanted)) {
  examples.value = wanted;
  await showExample(wanted);
} else {
  run();
}
document.body.dataset.ready = 'true';
