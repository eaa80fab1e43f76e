// Shared by the Node tests: paths, the fixture corpus, the packages and the native CLI.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

export const WASM_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = path.dirname(WASM_DIR);
export const PKG = process.env.LINKWA_PKG ?? path.join(WASM_DIR, 'pkg');
export const FIXTURES = path.join(ROOT, 'fixtures');

/** The native CLI built by `cargo build --release` (test.sh sets LINKWA_CLI). */
export const CLI = process.env.LINKWA_CLI ?? path.join(ROOT, 'target', 'release', 'linkwa');

/** The nodejs build of the package (CommonJS): `linkwa`, the module that lints. */
export const linkwa = createRequire(import.meta.url)(path.join(PKG, 'node', 'linkwa.js'));

/** The nodejs build of `linkwa/meta`: the same exports and `toMeta`. */
export const linkwaMeta = createRequire(import.meta.url)(path.join(PKG, 'node', 'linkwa_meta.js'));

/** The nodejs build of `linkwa/templates`: the lint exports with `templates`, and `preview`. */
export const linkwaTemplates = createRequire(import.meta.url)(path.join(PKG, 'node', 'linkwa_templates.js'));

/** Every *.json under `dir`, recursively, as paths relative to ROOT, sorted as the CLI sorts them. */
export function jsonFiles(dir = FIXTURES) {
  const found = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && entry.name.endsWith('.json')) found.push(p);
    }
  };
  walk(dir);
  // The CLI sorts by PathBuf (component by component); comparing the component lists does the same.
  const key = (p) => path.relative(ROOT, p).split(path.sep);
  return found.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
      if (x[i] !== y[i]) return Buffer.compare(Buffer.from(x[i]), Buffer.from(y[i]));
    }
    return x.length - y.length;
  }).map((p) => path.relative(ROOT, p));
}

/** The CLI's `lint --no-config --format json [flags]` (the library's reports, no linkwa.toml) over `paths` (relative to ROOT), grouped by file, `file` dropped. */
export function cliDiagnostics(paths, flags = []) {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`cargo build --release\` (or set LINKWA_CLI)`);
  const run = spawnSync(CLI, ['lint', '--no-config', '--format', 'json', ...flags, ...paths], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`linkwa lint exited with ${run.status}: ${run.stderr}`);
  const byFile = new Map();
  for (const { file, ...diagnostic } of JSON.parse(run.stdout)) {
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file).push(diagnostic);
  }
  return byFile;
}

/**
 * The CLI's `to-meta [--to TO] FILE` (relative to ROOT; `-` reads `stdin`): its exit status, the
 * bodies it prints (parsed), and its notes on standard error as lines
 * `severity[code name] message at path`.
 */
export function cliToMeta(file, to, stdin) {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`cargo build --release\` (or set LINKWA_CLI)`);
  const args = ['to-meta', ...(to === undefined ? [] : ['--to', to]), file];
  const run = spawnSync(CLI, args, { cwd: ROOT, encoding: 'utf8', input: stdin, maxBuffer: 256 << 20 });
  const prefix = `${file === '-' ? '<stdin>' : file}: `;
  const stderr = run.stderr.split('\n').filter((line) => line !== '');
  return {
    status: run.status,
    messages: run.status === 0 ? JSON.parse(run.stdout) : null,
    notes: run.status === 0 ? stderr.map((line) => (line.startsWith(prefix) ? line.slice(prefix.length) : line)) : [],
    stderr: run.stderr,
  };
}

/** A diagnostic as `to-meta` prints a translation's note (`info` is `note`). */
export function noteLine(d) {
  return `${d.severity === 'info' ? 'note' : d.severity}[${d.code} ${d.name}] ${d.message} at ${d.path}`;
}
