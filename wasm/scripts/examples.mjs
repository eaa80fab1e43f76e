// Copies example payloads from fixtures/ into www/examples/ and lists them in
// www/examples/index.json for the playground's picker: the project's own fixtures
// (fixtures/<dialect>/<family>/{valid,invalid}/) and the LINK 1.6.1 document's examples.
// Skipped: files over 64 KB (parser stress tests) and files that are not UTF-8 (a textarea
// cannot hold them). Usage: node scripts/examples.mjs <fixtures dir> <out dir>
import fs from 'node:fs';
import path from 'node:path';

const [fixtures, out] = process.argv.slice(2);
if (!fixtures || !out) {
  console.error('usage: node scripts/examples.mjs <fixtures dir> <out dir>');
  process.exit(2);
}

const MAX_BYTES = 64 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function jsonFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? jsonFiles(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : []))
    .sort();
}

const sources = [
  ...jsonFiles(path.join(fixtures, 'link')),
  ...jsonFiles(path.join(fixtures, 'cloud')),
  ...jsonFiles(path.join(fixtures, 'spec-examples', 'link-1.6.1')),
];

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const index = [];
let skipped = 0;
for (const source of sources) {
  const bytes = fs.readFileSync(source);
  try {
    if (bytes.length > MAX_BYTES) throw new Error('too large');
    utf8.decode(bytes);
  } catch {
    skipped += 1;
    continue;
  }
  const relative = path.relative(fixtures, source).split(path.sep);
  const file = relative.join('__');
  const name = relative.at(-1).replace(/\.json$/, '');
  // link/structure/invalid/x.json → "link · structure · invalid"; spec-examples/link-1.6.1/x.json → "LINK 1.6.1 document".
  const group = relative[0] === 'spec-examples'
    ? `LINK ${relative[1].replace(/^link-/, '')} document examples`
    : relative.slice(0, -1).join(' · ');
  fs.writeFileSync(path.join(out, file), bytes);
  index.push({ group, name, file });
}
if (index.length === 0) {
  console.error(`no examples found under ${fixtures}`);
  process.exit(1);
}
fs.writeFileSync(path.join(out, 'index.json'), JSON.stringify(index, null, 1) + '\n');
console.log(`${index.length} examples in ${out} (${skipped} skipped: over 64 KB or not UTF-8)`);
