#!/usr/bin/env bash
# Builds the WASM package and runs all of its tests:
#   1. wasm-bindgen-test on the wasm32 target, with `--features meta` (bad input through the
#      exports, toMeta), on Node;
#   2. Node tests (node --test): every fixture through the nodejs build of `linkwa` equals the
#      native CLI's `--format json`, and `toMeta` of `linkwa/meta` its `to-meta` output for the LINK
#      fixtures that translate; the npm package (exports of both modules, require/import, generated
#      .d.ts type-checked); a string linted as its UTF-8 bytes are (test/strings.test.mjs);
#      recovery from a trap (test/recovery.test.mjs, on the test-only build of
#      scripts/build-test-hooks.sh);
#   3. the playground in Debian's Chromium (playwright-core), lint and the lazily loaded
#      translation, strict about console errors;
#   4. the package as `npm pack` makes it, installed into a scratch project (test/packed.test.mjs):
#      `npx linkwa` (the CLI for WASI) prints and exits as the native CLI on the fixtures, in every
#      subcommand; the manifest; imports from CommonJS and ES modules; tsc under node16 and
#      bundler; a page bundled by esbuild, in Chromium;
#   5. the WASM/native benchmark (prints the ratios of lint, on the Node and the browser builds,
#      and of toMeta; LINKWA_BENCH_ENFORCE=1 fails when lint's on the Node build is over 1.6x).
#
# On a fresh machine it installs what it needs, non-interactively: everything wasm/build.sh
# installs (wasm32 targets, wasm-bindgen-cli 0.2.130, npm's binaryen), Chromium and chromedriver
# from apt when /usr/bin/chromium is missing, and the test packages (`npm ci` in wasm/).
# Idempotent: a second run installs nothing.
#
# Usage: bash wasm/test.sh
set -euo pipefail

WASM_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$WASM_DIR")"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cd "$ROOT"

step() { printf '== %s\n' "$*"; }

step "browser"
if [ ! -x /usr/bin/chromium ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo -n"; fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
fi
/usr/bin/chromium --version

step "npm ci (wasm/)"
if ! (cd "$WASM_DIR" && npm ls --depth=0 >/dev/null 2>&1); then
  (cd "$WASM_DIR" && npm ci --no-audit --no-fund)
fi

bash "$WASM_DIR/build.sh"
# The test-only modules with the hook test/recovery.test.mjs needs (test-pkg/, never published).
bash "$WASM_DIR/scripts/build-test-hooks.sh"

step "native CLI and benchmark binary (profile release)"
cargo build --locked --release --bin linkwa
cargo build --locked --release -p linkwa-wasm --example native_bench
cargo build --locked --release -p linkwa-wasm --features inbound --example native_inbound
TARGET_DIR="$(cargo metadata --format-version 1 --no-deps --locked | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')"
export LINKWA_CLI="$TARGET_DIR/release/linkwa"
export LINKWA_NATIVE_BENCH="$TARGET_DIR/release/examples/native_bench"
export LINKWA_NATIVE_INBOUND="$TARGET_DIR/release/examples/native_inbound"

step "clippy (linkwa-wasm and the core with its tsify feature; wasm32 and native; with and without meta)"
cargo clippy --locked -p linkwa-wasm --all-targets --target wasm32-unknown-unknown -- -D warnings
cargo clippy --locked -p linkwa-wasm --all-targets --target wasm32-unknown-unknown --features meta -- -D warnings
cargo clippy --locked -p linkwa-wasm --all-targets -- -D warnings
cargo clippy --locked -p linkwa-wasm --all-targets --features meta -- -D warnings
cargo clippy --locked -p linkwa-wasm --all-targets --target wasm32-unknown-unknown --features inbound -- -D warnings
cargo clippy --locked -p linkwa-wasm --all-targets --features meta,inbound -- -D warnings
cargo clippy --locked -p linkwa-wasm --all-targets --target wasm32-unknown-unknown --features templates -- -D warnings
cargo clippy --locked -p linkwa-wasm --all-targets --features meta,inbound,templates,test-hooks -- -D warnings

step "1. wasm-bindgen-test (wasm32, Node, --features meta,inbound,templates)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown -p linkwa-wasm --features meta,inbound,templates

step "2. Node tests: fixtures against the CLI (lint of linkwa, to-meta of linkwa/meta), the npm package"
(cd "$WASM_DIR" && node --test --test-reporter=spec test/fixtures.test.mjs test/fix-offsets.test.mjs test/strings.test.mjs test/report.test.mjs test/to-meta.test.mjs test/package.test.mjs test/recovery.test.mjs test/templates.test.mjs \
  && LINKWA_INBOUND_MODULE="$WASM_DIR/pkg/node/linkwa_inbound.js" node --test --test-reporter=spec test/parse-inbound.test.mjs)

step "3. browser test (Chromium)"
(cd "$WASM_DIR" && node --test --test-reporter=spec test/browser.test.mjs)

step "4. the packed package (npm pack → a scratch project): npx linkwa against the CLI, imports, tsc, esbuild in Chromium"
(cd "$WASM_DIR" && node --test --test-reporter=spec test/packed.test.mjs)

step "5. benchmark: WASM vs native"
(cd "$WASM_DIR" && node bench/wasm-vs-native.mjs)

echo "wasm/test.sh: all passed"
