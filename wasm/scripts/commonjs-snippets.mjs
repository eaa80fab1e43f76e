// Rewrites the JavaScript snippets of a nodejs-target build as CommonJS. Usage:
//   node scripts/commonjs-snippets.mjs <out dir of the nodejs build>
//
// wasm-bindgen copies the crate's JavaScript (`#[wasm_bindgen(module = "/js/…")]`) into
// `<out>/snippets/` as it is, an ES module, and the nodejs target's CommonJS glue `require`s it:
// Node before 20.19 (and 22.12) cannot `require` an ES module, and the package's node/ directory
// is `"type": "commonjs"`. The snippets are written for this rewrite: top-level
// `export function name(` declarations and nothing imported. Anything else (`import`, another
// form of `export`) fails the build rather than shipping a module Node cannot load.
import fs from 'node:fs';
import path from 'node:path';

const [out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/commonjs-snippets.mjs <out dir of the nodejs build>');
  process.exit(2);
}

const snippets = path.join(out, 'snippets');
const files = fs.existsSync(snippets) ? fs.readdirSync(snippets, { recursive: true }).filter((f) => f.endsWith('.js')) : [];
const MARK = "'use strict'; // rewritten as CommonJS by scripts/commonjs-snippets.mjs";
for (const file of files.map((f) => path.join(snippets, f))) {
  let code = fs.readFileSync(file, 'utf8');
  if (code.startsWith(MARK)) continue; // the modules share one snippets/ directory
  const names = [...code.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]);
  code = code.replace(/^export function /gm, 'function ');
  if (/^\s*(import|export)\b/m.test(code) || names.length === 0) {
    throw new Error(`${file}: a snippet must export only top-level functions and import nothing; update scripts/commonjs-snippets.mjs`);
  }
  fs.writeFileSync(file, `${MARK}\n${code}\n${names.map((n) => `exports.${n} = ${n};`).join('\n')}\n`);
}
