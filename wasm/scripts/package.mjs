// Writes the npm package's manifests into pkg/: package.json (name `linkwa`, conditional exports
// for Node and for browsers/bundlers, types), and web/ and node/ package.json files that set each
// build's module system. Two modules: `linkwa` (linkwa.js: lint, lintValue, rules, version) and
// `linkwa/inbound` (linkwa_inbound.js: lint and parseInbound, for webhook handlers) and
// `linkwa/meta` (linkwa_meta.js: the same and toMeta, a larger .wasm that pages which only lint
// never download) and `linkwa/templates` (linkwa_templates.js: lint with template definitions,
// and preview). Usage: node scripts/package.mjs <pkg dir> <version>
import fs from 'node:fs';
import path from 'node:path';

const [pkg, version] = process.argv.slice(2);
if (!pkg || !version) {
  console.error('usage: node scripts/package.mjs <pkg dir> <version>');
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
