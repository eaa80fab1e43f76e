// Lints the fixture corpus through the WASM package (nodejs build) and natively (the release
// build of examples/native_bench.rs, in process), and prints the WASM/native ratio (target: <= 2).
//
// Corpus: every fixture, as the criterion bench (benches/lint.rs) takes it: the 100 000-deep
// nesting stress test and files that are not UTF-8 left out.
//
// Method, the same on both sides: the texts are read into memory once; warm-up passes (the WASM
// side warms up for a full round, so that V8 has tiered the module up to optimised code); then
// passes over the whole corpus for LINKWA_BENCH_SECONDS (default 1, at least 20 passes). The two
// sides take turns for LINKWA_BENCH_ROUNDS rounds (default 5). Two statistics per side: the best
// round's median pass, and the fastest pass of all. On a quiet machine they agree; on a shared one
// other processes only ever add time, and the fastest pass is the cost of the work itself.
//
// The WASM side calls `lint(string)` and so also pays for what a JavaScript caller pays: copying
// the string into WASM memory and building the report's JavaScript objects. The native side calls
// `linkwa::lint_str` and drops the `Report`. No process start-up, file I/O or output formatting on
// either side.
//
// Usage: node bench/wasm-vs-native.mjs   (after wasm/build.sh and `cargo build --release
//        -p linkwa-wasm --example native_bench`; LINKWA_NATIVE_BENCH names that binary,
//        LINKWA_BENCH_ENFORCE=1 exits 1 when the ratio of fastest passes is over the target)
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, jsonFiles, linkwa } from '../test/helpers.mjs';

const SECONDS = Number(process.env.LINKWA_BENCH_SECONDS ?? 1);
const ROUNDS = Number(process.env.LINKWA_BENCH_ROUNDS ?? 5);
const TARGET = 2;
const native = process.env.LINKWA_NATIVE_BENCH ?? path.join(ROOT, 'target', 'release', 'examples', 'native_bench');

const utf8 = new TextDecoder('utf-8', { fatal: true });
const files = jsonFiles().filter((file) => {
  if (file.endsWith('nesting-too-deep.json')) return false;
  try {
    utf8.decode(fs.readFileSync(path.join(ROOT, file)));
    return true;
  } catch {
    return false;
  }
});
const texts = files.map((file) => fs.readFileSync(path.join(ROOT, file), 'utf8'));

let sink = 0;
function wasmPass() {
  const started = process.hrtime.bigint();
  for (const text of texts) sink += linkwa.lint(text).diagnostics.length;
  return Number(process.hrtime.bigint() - started);
}

function wasmRound() {
  const passes = [];
  const started = Date.now();
  while (passes.length < 20 || Date.now() - started < SECONDS * 1000) passes.push(wasmPass());
  passes.sort((a, b) => a - b);
  return { median_pass_ns: passes[Math.floor(passes.length / 2)], min_pass_ns: passes[0] };
}

function nativeRound() {
  const env = { ...process.env, LINKWA_BENCH_SECONDS: String(SECONDS) };
  const run = spawnSync(native, files, { cwd: ROOT, encoding: 'utf8', env });
  if (run.status !== 0) throw new Error(`${native} failed: ${run.stderr}`);
  const result = JSON.parse(run.stdout);
  if (result.files !== files.length) throw new Error('the two sides linted different corpora');
  return result;
}

if (!fs.existsSync(native)) {
  console.error(`${native} is missing: cargo build --release -p linkwa-wasm --example native_bench`);
  process.exit(2);
}

wasmRound(); // warm-up
const rounds = { native: [], wasm: [] };
for (let round = 0; round < ROUNDS; round += 1) {
  rounds.native.push(nativeRound());
  rounds.wasm.push(wasmRound());
}
if (sink < 0) console.log(sink);

const stat = (side, key) => Math.min(...rounds[side].map((r) => r[key]));
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
const ms = (ns) => (ns / 1e6).toFixed(3);
const row = (label, side) =>
  `${label} median ${ms(stat(side, 'median_pass_ns'))} ms, fastest ${ms(stat(side, 'min_pass_ns'))} ms per pass` +
  `  [round medians: ${rounds[side].map((r) => ms(r.median_pass_ns)).join(' ')}]`;
const ratioMedian = stat('wasm', 'median_pass_ns') / stat('native', 'median_pass_ns');
const ratioFastest = stat('wasm', 'min_pass_ns') / stat('native', 'min_pass_ns');
console.log(`corpus: ${files.length} files, ${bytes} bytes (fixtures/, as benches/lint.rs takes them)`);
console.log(row('native (linkwa::lint_str, profile release):', 'native'));
console.log(row(`wasm   (lint(string), Node ${process.versions.node}):     `, 'wasm'));
console.log(`ratio wasm/native: ${ratioFastest.toFixed(2)}x fastest pass, ${ratioMedian.toFixed(2)}x best median (target <= ${TARGET}x)`);
if (process.env.LINKWA_BENCH_ENFORCE === '1' && ratioFastest > TARGET) {
  console.error(`the ratio ${ratioFastest.toFixed(2)} is over the target of ${TARGET}`);
  process.exit(1);
}
