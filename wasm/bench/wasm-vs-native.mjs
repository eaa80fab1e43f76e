// Runs three workloads through the WASM package (the nodejs builds: `linkwa` for lint, `linkwa/meta`
// for toMeta; and the browsers' build of `linkwa`, loaded with `initSync`) and natively (the release
// build of examples/native_bench.rs, in process), and prints the WASM/native ratio of each (the
// target, <= 1.6, is lint's on the nodejs build; the others are printed beside it, not enforced).
// The two builds differ only in optimisation (Cargo.toml: `wasm-node` for speed, `wasm-release`
// for size), so the web build's line is the price of its smaller download:
//
// - lint: every fixture, as the criterion bench (benches/lint.rs) takes it: the 100 000-deep
//   nesting stress test and files that are not UTF-8 left out. WASM `lint(string)`, native
//   `linkwa::lint_str`.
// - toMeta: the fixtures that translate (UTF-8, no lint error, and `toMeta` does not refuse them):
//   a MessageRequest as it is, any other for the recipient +46700000001. WASM `toMeta(string, to?)`,
//   native `linkwa::meta::to_meta_str`.
//
// Method, the same on both sides: the texts are read into memory once; warm-up passes (the WASM
// side warms up for a full round, so that V8 has tiered the module up to optimised code); then
// passes over the whole corpus for LINKWA_BENCH_SECONDS (default 1, at least 20 passes). The two
// sides take turns for LINKWA_BENCH_ROUNDS rounds (default 5). Two statistics per side: the best
// round's median pass, and the fastest pass of all. On a quiet machine they agree; on a shared one
// other processes only ever add time, and the fastest pass is the cost of the work itself.
//
// The WASM side also pays for what a JavaScript caller pays: copying the string into WASM memory
// and building the result's JavaScript objects. The native side drops the `Report` or
// `Translation`. No process start-up, file I/O or output formatting on either side.
//
// Usage: node bench/wasm-vs-native.mjs   (after wasm/build.sh and `cargo build --release
//        -p linkwa-wasm --example native_bench`; LINKWA_NATIVE_BENCH names that binary,
//        LINKWA_BENCH_ENFORCE=1 exits 1 when lint's ratio of fastest passes is over the target)
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { PKG, ROOT, jsonFiles, linkwa, linkwaMeta } from '../test/helpers.mjs';

const SECONDS = Number(process.env.LINKWA_BENCH_SECONDS ?? 1);
const ROUNDS = Number(process.env.LINKWA_BENCH_ROUNDS ?? 5);
const TARGET = 1.6;
const RECIPIENT = '+46700000001';
const native = process.env.LINKWA_NATIVE_BENCH ?? path.join(ROOT, 'target', 'release', 'examples', 'native_bench');

const utf8 = new TextDecoder('utf-8', { fatal: true });
const corpus = jsonFiles().flatMap((file) => {
  if (file.endsWith('nesting-too-deep.json')) return [];
  try {
    return [{ file, text: utf8.decode(fs.readFileSync(path.join(ROOT, file))) }];
  } catch {
    return [];
  }
});

/** The recipient `toMeta` needs for a text (none for a MessageRequest), as native_bench decides it. */
function recipientOf(text) {
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) && 'messages' in value ? undefined : RECIPIENT;
  } catch {
    return RECIPIENT;
  }
}

const translatable = corpus.flatMap(({ file, text }) => {
  const to = recipientOf(text);
  try {
    return linkwaMeta.toMeta(text, to).messages.length > 0 ? [{ file, text, to }] : [];
  } catch {
    return []; // Refused: not a LINK message (an inbound notification, a response, a Cloud API body).
  }
});

const web = await import(pathToFileURL(path.join(PKG, 'web', 'linkwa.js')).href);
web.initSync({ module: fs.readFileSync(path.join(PKG, 'web', 'linkwa_bg.wasm')) });

let sink = 0;
const workloads = [
  {
    name: 'lint',
    enforced: true,
    native: 'linkwa::lint_str',
    wasm: 'lint(string)',
    items: corpus,
    pass(items) {
      for (const { text } of items) sink += linkwa.lint(text).diagnostics.length;
    },
  },
  {
    name: 'lint, web build',
    enforced: false,
    native: 'linkwa::lint_str',
    wasm: 'lint(string)',
    items: corpus,
    pass(items) {
      for (const { text } of items) sink += web.lint(text).diagnostics.length;
    },
  },
  {
    name: 'toMeta',
    enforced: false,
    native: 'linkwa::meta::to_meta_str',
    wasm: 'toMeta(string, to?)',
    work: 'to-meta',
    items: translatable,
    pass(items) {
      for (const { text, to } of items) sink += linkwaMeta.toMeta(text, to).messages.length;
    },
  },
];

function wasmRound(workload) {
  const passes = [];
  const started = Date.now();
  while (passes.length < 20 || Date.now() - started < SECONDS * 1000) {
    const begun = process.hrtime.bigint();
    workload.pass(workload.items);
    passes.push(Number(process.hrtime.bigint() - begun));
  }
  passes.sort((a, b) => a - b);
  return { median_pass_ns: passes[Math.floor(passes.length / 2)], min_pass_ns: passes[0] };
}

function nativeRound(workload) {
  const env = { ...process.env, LINKWA_BENCH_SECONDS: String(SECONDS), LINKWA_BENCH_WORK: workload.work ?? 'lint' };
  const run = spawnSync(native, workload.items.map((i) => i.file), { cwd: ROOT, encoding: 'utf8', env, maxBuffer: 16 << 20 });
  if (run.status !== 0) throw new Error(`${native} failed: ${run.stderr}`);
  const result = JSON.parse(run.stdout);
  if (result.files !== workload.items.length) throw new Error('the two sides ran different corpora');
  return result;
}

if (!fs.existsSync(native)) {
  console.error(`${native} is missing: cargo build --release -p linkwa-wasm --example native_bench`);
  process.exit(2);
}

let over = false;
const ms = (ns) => (ns / 1e6).toFixed(3);
for (const workload of workloads) {
  wasmRound(workload); // warm-up
  const rounds = { native: [], wasm: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    rounds.native.push(nativeRound(workload));
    rounds.wasm.push(wasmRound(workload));
  }
  const stat = (side, key) => Math.min(...rounds[side].map((r) => r[key]));
  const bytes = workload.items.reduce((sum, i) => sum + Buffer.byteLength(i.text), 0);
  const width = Math.max(workload.native.length, workload.wasm.length + 11);
  const row = (label, side) =>
    `${label.padEnd(width + 2)} median ${ms(stat(side, 'median_pass_ns'))} ms, fastest ${ms(stat(side, 'min_pass_ns'))} ms per pass` +
    `  [round medians: ${rounds[side].map((r) => ms(r.median_pass_ns)).join(' ')}]`;
  const ratioMedian = stat('wasm', 'median_pass_ns') / stat('native', 'median_pass_ns');
  const ratioFastest = stat('wasm', 'min_pass_ns') / stat('native', 'min_pass_ns');
  console.log(`${workload.name}: ${workload.items.length} files, ${bytes} bytes`);
  console.log(`  ${row(`native ${workload.native}:`, 'native')}`);
  console.log(`  ${row(`wasm   ${workload.wasm}, Node ${process.versions.node}:`, 'wasm')}`);
  const target = workload.enforced ? `target <= ${TARGET}x` : `not enforced; lint's target is ${TARGET}x`;
  console.log(`  ratio wasm/native (${workload.name}): ${ratioFastest.toFixed(2)}x fastest pass, ${ratioMedian.toFixed(2)}x best median (${target})`);
  if (workload.enforced && ratioFastest > TARGET) over = true;
}
if (sink < 0) console.log(sink);
if (process.env.LINKWA_BENCH_ENFORCE === '1' && over) {
  console.error(`lint's ratio is over the target of ${TARGET}`);
  process.exit(1);
}
