// Writes the npm package's manifests into pkg/: package.json (name `linkwa`, conditional exports
// for Node and for browsers/bundlers, types), and web/ and node/ package.json files that set each
// build's module system. Two modules: `linkwa` (linkwa.js: lint, lintValue, rules, version) and
// `linkwa/inbound` (linkwa_inbound.js: lint and parseInbound, for webhook handlers) and
// `linkwa/meta` (linkwa_meta.js: the same and toMeta, a larger .wasm that pages which only lint
// never download) and `linkwa/templates` (linkwa_templates.js: lint with template definitions,
// and preview). And `linkwa/rules` (rules.js: every rule with its prose, as plain data, no WASM):
// the modules' .wasm are built without the rules' summary and why, which pages that lint never
// show; this module carries them, generated from `linkwa rules --format json`.
// Usage: node scripts/package.mjs <pkg dir> <version> <rules.json>
import fs from 'node:fs';
import path from 'node:path';

const [pkg, version, rulesJson] = process.argv.slice(2);
if (!pkg || !version || !rulesJson) {
  console.error('usage: node scripts/package.mjs <pkg dir> <version> <rules.json>');
  process.exit(2);
}

const manifest = {
  name: 'linkwa',
  version,
  description: 'Payload linter for WhatsApp messages sent through the LINK Mobility WhatsApp Message API (WebAssembly)',
  license: 'MIT OR Apache-2.0',
  keywords: ['whatsapp', 'linter', 'validator', 'link-mobility', 'wasm'],
  // Node (require or import) gets the nodejs build, which loads the .wasm synchronously;
  // browsers and bundlers get the ES module of the web build, which needs `await init()`.
  exports: {
    '.': {
      node: { types: './node/linkwa.d.ts', default: './node/linkwa.js' },
      default: { types: './web/linkwa.d.ts', default: './web/linkwa.js' },
    },
    './meta': {
      node: { types: './node/linkwa_meta.d.ts', default: './node/linkwa_meta.js' },
      default: { types: './web/linkwa_meta.d.ts', default: './web/linkwa_meta.js' },
    },
    './web': { types: './web/linkwa.d.ts', default: './web/linkwa.js' },
    './node': { types: './node/linkwa.d.ts', default: './node/linkwa.js' },
    './web/meta': { types: './web/linkwa_meta.d.ts', default: './web/linkwa_meta.js' },
    './node/meta': { types: './node/linkwa_meta.d.ts', default: './node/linkwa_meta.js' },
    './inbound': {
      node: { types: './node/linkwa_inbound.d.ts', default: './node/linkwa_inbound.js' },
      default: { types: './web/linkwa_inbound.d.ts', default: './web/linkwa_inbound.js' },
    },
    './web/inbound': { types: './web/linkwa_inbound.d.ts', default: './web/linkwa_inbound.js' },
    './node/inbound': { types: './node/linkwa_inbound.d.ts', default: './node/linkwa_inbound.js' },
    './templates': {
      node: { types: './node/linkwa_templates.d.ts', default: './node/linkwa_templates.js' },
      default: { types: './web/linkwa_templates.d.ts', default: './web/linkwa_templates.js' },
    },
    './web/templates': { types: './web/linkwa_templates.d.ts', default: './web/linkwa_templates.js' },
    './node/templates': { types: './node/linkwa_templates.d.ts', default: './node/linkwa_templates.js' },
    './rules': {
      node: { types: './node/rules.d.ts', default: './node/rules.js' },
      default: { types: './web/rules.d.ts', default: './web/rules.js' },
    },
    './web/linkwa_templates_bg.wasm': './web/linkwa_templates_bg.wasm',
    './web/linkwa_inbound_bg.wasm': './web/linkwa_inbound_bg.wasm',
    './web/linkwa_bg.wasm': './web/linkwa_bg.wasm',
    './web/linkwa_meta_bg.wasm': './web/linkwa_meta_bg.wasm',
    './package.json': './package.json',
  },
  main: './node/linkwa.js',
  module: './web/linkwa.js',
  types: './node/linkwa.d.ts',
  files: ['web/', 'node/', 'README.md'],
  sideEffects: [
    './web/linkwa.js',
    './node/linkwa.js',
    './web/linkwa_meta.js',
    './node/linkwa_meta.js',
    './web/linkwa_inbound.js',
    './node/linkwa_inbound.js',
    './web/linkwa_templates.js',
    './node/linkwa_templates.js',
  ],
  engines: { node: '>=18' },
};

const write = (file, value) => fs.writeFileSync(path.join(pkg, file), JSON.stringify(value, null, 2) + '\n');
write('package.json', manifest);
write('web/package.json', { type: 'module' });
write('node/package.json', { type: 'commonjs' });

// `linkwa/rules`: the rules as data. `rules()` returns a fresh copy, so that callers may change it.
const rules = JSON.parse(fs.readFileSync(rulesJson, 'utf8'));
if (!Array.isArray(rules) || rules.length < 200) throw new Error(`${rulesJson}: not the rule list`);
const data = JSON.stringify(rules);
const doc = `/**
 * Every rule of linkwa ${version}, sorted by code: code, name, default severity, summary, why it
 * matters, source, the version that introduced it, Meta's error code and whether it fixes (the
 * output of \`linkwa rules --format json\`). Plain data: no WebAssembly, nothing to initialise.
 */`;
fs.writeFileSync(path.join(pkg, 'web/rules.js'), `const RULES = ${data};\n\n${doc}\nexport function rules() {\n  return structuredClone(RULES);\n}\n`);
fs.writeFileSync(path.join(pkg, 'node/rules.js'), `'use strict';\nconst RULES = ${data};\n\n${doc}\nfunction rules() {\n  return structuredClone(RULES);\n}\nexports.rules = rules;\n`);
const declarations = `/** The default severity of a rule. */
export type Severity = "info" | "warning" | "error";

/** How sure a rule's fixes are to keep the payload's meaning: \`linkwa lint --fix\` applies safe ones. */
export type Applicability = "safe" | "unsafe";

/** A lint rule: what it is called, how serious it is, and which document says so. */
export interface Rule {
    /** Stable code, \`LW\` + 3 digits, grouped by family: 0xx JSON and structure, 1xx envelope,
     * 2xx text/media/location/contacts, 3xx template, 4xx interactive, 5xx Cloud API only,
     * 6xx inbound (responses, status notifications, incoming messages), 7xx template definitions. */
    code: string;
    /** Kebab-case name, unique, e.g. \`reply-title-too-long\`. */
    name: string;
    /** Default severity. */
    severity: Severity;
    /** What it checks, one sentence. */
    summary: string;
    /** Why it matters: what the gateway or Meta does with such a payload. */
    why: string;
    /** The document and section that states the constraint. */
    source: string;
    /** The linkwa version that introduced the rule. */
    since: string;
    /** The error code Meta answers a payload breaking this rule with (\`132000\`), when known. */
    meta_error?: string;
    /** Whether the rule's diagnostics can carry a fix, and how safely; absent when it proposes none. */
    fix?: Applicability;
}

${doc}
export function rules(): Rule[];
`;
for (const dir of ['web', 'node']) fs.writeFileSync(path.join(pkg, dir, 'rules.d.ts'), declarations);
