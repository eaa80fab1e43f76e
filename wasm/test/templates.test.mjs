// `linkwa/templates`: every send of the definition-match fixtures, linted through the nodejs
// package with the fixtures' definitions, gives exactly the diagnostics of the native CLI's
// `lint --templates DIR --format json`, whether the definitions are given as texts or as values;
// `preview` gives what `linkwa preview --json` prints; a bad definition set gives diagnostics,
// never a thrown Error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI, ROOT, jsonFiles, cliDiagnostics, linkwa, linkwaTemplates as t } from './helpers.mjs';

/** The folders of send fixtures checked against definitions, each with its `templates/`. */
const FOLDERS = ['fixtures/cloud/definition-match', 'fixtures/link/definition-match'].filter((dir) =>
  fs.existsSync(path.join(ROOT, dir)),
);

for (const dir of FOLDERS) {
  const definitionFiles = jsonFiles(path.join(ROOT, dir, 'templates'));
  const texts = definitionFiles.map((file) => fs.readFileSync(path.join(ROOT, file), 'utf8'));
  const values = texts.map((text) => JSON.parse(text));
  const sends = ['valid', 'invalid', 'fixed'].flatMap((sub) =>
    fs.existsSync(path.join(ROOT, dir, sub)) ? jsonFiles(path.join(ROOT, dir, sub)) : [],
  );

  test(`${dir}: lint(send, { templates }) = the CLI's lint --templates`, () => {
    assert.ok(sends.length >= 10, `${sends.length} sends`);
    const expected = cliDiagnostics(sends, ['--templates', path.join(dir, 'templates')]);
    for (const file of sends) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const report = t.lint(text, { templates: texts });
      assert.deepStrictEqual(report.diagnostics, expected.get(file) ?? [], file);
      // The definitions as values: the same diagnostics of the send.
      assert.deepStrictEqual(t.lint(text, { templates: values }).diagnostics, report.diagnostics, `${file} (values)`);
      const fromValue = t.lintValue(JSON.parse(text), { templates: values }).diagnostics;
      assert.deepStrictEqual(fromValue, report.diagnostics.map(({ fix, ...d }) => ({ ...d, line: null, column: null, start: null, end: null, start_utf16: null, end_utf16: null })), file);
    }
  });

  test(`${dir}: the definitions' own diagnostics are the report's templates`, () => {
    const own = cliDiagnostics(definitionFiles);
    const expected = definitionFiles.flatMap((file, i) =>
      (own.get(file) ?? []).map((d) => ({ ...d, path: `/${i}${d.path}` })),
    );
    const report = t.lint('{"type": "text", "text": {"body": "Hi"}}', { templates: texts });
    assert.deepStrictEqual(report.templates, expected);
    assert.equal(linkwa.lint('{"type": "text", "text": {"body": "Hi"}}').templates, undefined);
  });

  test(`${dir}: preview(send, { templates }) = linkwa preview --json`, () => {
    let compared = 0;
    for (const file of sends.filter((f) => f.includes('/valid/'))) {
      const run = spawnSync(CLI, ['preview', '--json', '--templates', path.join(dir, 'templates'), file], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      if (run.status !== 0) continue; // A send the CLI has no preview of (it says why on stderr).
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      assert.deepStrictEqual(t.preview(text, { templates: texts }), JSON.parse(run.stdout), file);
      assert.deepStrictEqual(t.preview(JSON.parse(text), { templates: values }), JSON.parse(run.stdout), file);
      compared += 1;
    }
    assert.ok(compared >= 3, `${compared} previews compared`);
  });
}

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

const send = (bodyParams) =>
  JSON.stringify({
    messaging_product: 'whatsapp',
    to: '+46700000001',
    type: 'template',
    template: {
      name: 'order_update',
      language: { code: 'en_US' },
      components: [
        { type: 'header', parameters: [{ type: 'text', text: 'B-7' }] },
        { type: 'body', parameters: bodyParams.map((text) => ({ type: 'text', text })) },
        { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: 'B-7' }] },
      ],
    },
  });

test('every form of templates: a definition, its text, a list response, an array of them', () => {
  const broken = send(['Bo']); // one body parameter of two: 132000
  const codes = (options) => t.lint(broken, options).diagnostics.map((d) => `${d.code} ${d.path}`);
  const expected = codes({ templates: DEFINITION });
  assert.ok(expected.some((c) => c.startsWith('LW75')), expected.join(', '));
  for (const templates of [
    JSON.stringify(DEFINITION),
    { data: [DEFINITION], paging: { cursors: {} } },
    JSON.stringify({ data: [DEFINITION] }),
    [DEFINITION],
    [JSON.stringify(DEFINITION)],
  ]) {
    assert.deepStrictEqual(codes({ templates }), expected, JSON.stringify(templates).slice(0, 60));
  }
  assert.deepStrictEqual(t.lint(send(['Bo', 'soon']), { templates: DEFINITION }).diagnostics, []);
  // Without definitions, the send is not compared with any.
  assert.ok(!codes({}).some((c) => c.startsWith('LW75')));
  assert.ok(!codes({ templates: null }).some((c) => c.startsWith('LW75')));
});

test('a bad definition set gives diagnostics, never an Error', () => {
  const cases = [
    ['{"name": ', 'LW001'], // not JSON
    ['', 'LW013'],
    [42, 'LW015'],
    [JSON.stringify([DEFINITION]), 'LW015'], // a text holds one definition or a list response
    [[() => 1], 'LW001'],
    [{ name: 'x' }, 'LW015'],
    [[DEFINITION, DEFINITION], 'LW729'],
    [{ ...DEFINITION, components: [{ type: 'BODY', text: '{{1}} at the start' }] }, 'LW7'],
  ];
  for (const [templates, code] of cases) {
    const report = t.lint(send(['Bo', 'soon']), { templates });
    assert.ok(
      report.templates.some((d) => d.code.startsWith(code)),
      `${JSON.stringify(templates)?.slice(0, 40)}: ${report.templates.map((d) => d.code).join(', ')}`,
    );
    t.lintValue(JSON.parse(send(['Bo'])), { templates });
  }
  // A cycle in the definitions: a diagnostic at its path.
  const cyclic = { ...DEFINITION };
  cyclic.components = [cyclic];
  assert.equal(t.lint('{}', { templates: cyclic }).templates[0].code, 'LW003');
  // A definition given as text is reported at its line and column.
  const text = JSON.stringify(DEFINITION, null, 2).replace('"UTILITY"', '"UTILITIES"');
  const category = t.lint('{}', { templates: text }).templates.find((d) => d.path === '/category');
  assert.ok(category && category.line > 1 && category.column > 1, JSON.stringify(category));
  // In an array, the element's index comes first.
  assert.ok(t.lint('{}', { templates: [DEFINITION, text] }).templates.some((d) => d.path === '/1/category'));
});

test('preview: the hydrated message, typed', () => {
  const [message] = t.preview(send(['Bo', 'soon']), { templates: DEFINITION });
  assert.deepStrictEqual(message, {
    name: 'order_update',
    language: 'en_US',
    header: { kind: 'text', text: 'Order B-7' },
    body: 'Hi Bo, your order ships soon.',
    footer: 'Reply STOP to opt out',
    buttons: [{ kind: 'URL', text: 'Track', value: 'https://example.com/t/B-7' }],
    cards: [],
  });
  // A variable without a value stays as written.
  assert.equal(t.preview(send(['Bo']), { templates: [DEFINITION] })[0].body, 'Hi Bo, your order ships {{2}}.');
  // From bytes.
  assert.equal(t.preview(new TextEncoder().encode(send(['Bo', 'soon'])), { templates: DEFINITION }).length, 1);
});

test('preview throws for a send it cannot show, and for misuse', () => {
  const throws = (f, pattern) => assert.throws(f, (e) => e instanceof Error && pattern.test(e.message));
  throws(() => t.preview('{"type": "text", "text": {"body": "Hi"}}', { templates: DEFINITION }), /no template message/);
  throws(() => t.preview(send(['Bo']).replace('en_US', 'en'), { templates: DEFINITION }), /no definition of `order_update` in `en`/);
  throws(() => t.preview('{"template": ', { templates: DEFINITION }), /not JSON/);
  throws(() => t.preview(send(['Bo']), {}), /needs `options.templates`/);
  throws(() => t.preview(send(['Bo']), { templates: DEFINITION, dialect: 'cloud' }), /unknown field `dialect`/);
});

test('the other modules have no templates option and no preview', () => {
  assert.equal(linkwa.preview, undefined);
  assert.throws(() => linkwa.lint('{}', { templates: DEFINITION }), /linkwa\/templates/);
  assert.equal(t.version(), linkwa.version());
  assert.deepStrictEqual(t.lint('{"type": "text", "text": {"body": 42}}'), linkwa.lint('{"type": "text", "text": {"body": 42}}'));
});
