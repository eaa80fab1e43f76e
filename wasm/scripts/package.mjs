// Writes the npm package's manifests into pkg/: package.json (name `linkwa`, the command `linkwa`
// (`bin`), conditional exports for browsers/bundlers, Node's `import` and `require`, types), web/
// and node/ package.json files that set each build's module system, and node/*.mjs (Node's
// `import`). Modules: `linkwa` (linkwa.js: lint, lintValue, version) and
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

// The package's entry points. Each module has four files: the web build (ES module, browsers and
// bundlers, `await init()`), the nodejs build (CommonJS, loads its .wasm synchronously), an ES
// module for Node's `import` that re-exports the CommonJS one (one instance either way: no
// dual-package hazard; written below), and declarations for each (`.d.mts` for the last).
const MODULES = { '.': 'linkwa', './meta': 'linkwa_meta', './inbound': 'linkwa_inbound', './templates': 'linkwa_templates', './rules': 'rules' };
const node = (name) => ({
  import: { types: `./node/${name}.d.mts`, default: `./node/${name}.mjs` },
  require: { types: `./node/${name}.d.ts`, default: `./node/${name}.js` },
});
const web = (name) => ({ types: `./web/${name}.d.ts`, default: `./web/${name}.js` });
const exportsMap = {};
for (const [entry, name] of Object.entries(MODULES)) {
  exportsMap[entry] = { browser: web(name), node: node(name), default: web(name) };
}
// The builds by name, whatever the environment: `linkwa/web`, `linkwa/node/meta`, ...
for (const [entry, name] of Object.entries(MODULES)) {
  if (name === 'rules') continue;
  const tail = entry === '.' ? '' : entry.slice(1);
  exportsMap[`./web${tail}`] = web(name);
  exportsMap[`./node${tail}`] = node(name);
}
for (const name of Object.values(MODULES)) {
  if (name !== 'rules') exportsMap[`./web/${name}_bg.wasm`] = `./web/${name}_bg.wasm`;
}
exportsMap['./package.json'] = './package.json';

const manifest = {
  name: 'linkwa',
  version,
  description: 'Payload linter for WhatsApp messages sent through the LINK Mobility WhatsApp Message API (WebAssembly)',
  license: 'MIT OR Apache-2.0',
  keywords: ['whatsapp', 'linter', 'validator', 'link-mobility', 'wasm'],
  homepage: 'https://github.com/linkwa/linkwa#readme',
  repository: { type: 'git', url: 'git+https://github.com/linkwa/linkwa.git', directory: 'wasm' },
  bugs: { url: 'https://github.com/linkwa/linkwa/issues' },
  // `npx linkwa`: the command line, compiled for WASI (cli/linkwa.wasm) and run by Node.
  bin: { linkwa: 'cli/linkwa.cjs' },
  // Browsers and bundlers (the `browser` condition, and any other environment) get the web build;
  // Node gets the nodejs build, through `require` or through `import`.
  exports: exportsMap,
  main: './node/linkwa.js',
  module: './web/linkwa.js',
  types: './node/linkwa.d.ts',
  files: ['web/', 'node/', 'cli/', 'README.md', 'CHANGELOG.md', 'LICENSE-MIT', 'LICENSE-APACHE'],
  sideEffects: Object.values(MODULES)
    .filter((name) => name !== 'rules')
    .flatMap((name) => [`./web/${name}.js`, `./node/${name}.js`, `./node/${name}.mjs`]),
  // Node 20: WASI preview1 (`npx linkwa`) and WebAssembly SIMD (the nodejs build).
  engines: { node: '>=20' },
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

// Node's `import`: an ES module per module that re-exports the CommonJS build's functions (the
// names its declarations export), and the default export `import linkwa from 'linkwa'` has
// always had (the CommonJS exports object).
for (const name of Object.values(MODULES)) {
  const dts = fs.readFileSync(path.join(pkg, 'node', `${name}.d.ts`), 'utf8');
  const names = [...dts.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]);
  if (names.length === 0) throw new Error(`node/${name}.d.ts declares no function`);
  fs.writeFileSync(
    path.join(pkg, 'node', `${name}.mjs`),
    `import cjs from './${name}.js';\n\nexport const { ${names.join(', ')} } = cjs;\nexport default cjs;\n`,
  );
  fs.writeFileSync(
    path.join(pkg, 'node', `${name}.d.mts`),
    `export * from './${name}.js';\nimport * as cjs from './${name}.js';\nexport default cjs;\n`,
  );
}
