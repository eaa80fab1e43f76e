#!/usr/bin/env bash
# Builds the test-only package wasm/test-pkg/ (never published): the modules `linkwa` and
# `linkwa/meta` with the cargo feature `test-hooks`, whose export `__linkwaFailNextCallForTests`
# makes the next call panic, so that test/recovery.test.mjs can check the recovery from a trap
# (scripts/guard.mjs). The published package (pkg/, build.sh) has no such export.
#
# Built as the Node build is (profile wasm-node, SIMD, its target directory: only linkwa-wasm is
# compiled again), without wasm-opt (the recovery is the same; a minute saved), and bound both
# ways from the one .wasm: node/ (CommonJS) and web/ (ES module).
#
# Usage: bash wasm/scripts/build-test-hooks.sh (after wasm/build.sh, which installs the tools)
set -euo pipefail

WASM_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$WASM_DIR")"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cd "$ROOT"

TARGET_DIR="$(cargo metadata --format-version 1 --no-deps --locked | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')"
OUT="$WASM_DIR/test-pkg"
rm -rf "$OUT"
for module in linkwa:test-hooks linkwa_meta:meta,test-hooks; do
  IFS=: read -r name features <<<"$module"
  printf '== cargo build --features %s (profile wasm-node) → test-pkg/ %s\n' "$features" "$name"
  RUSTFLAGS="-C target-feature=+simd128" CARGO_TARGET_DIR="$TARGET_DIR/wasm-simd" \
    cargo build --locked --target wasm32-unknown-unknown --profile wasm-node -p linkwa-wasm --features "$features"
  wasm="$TARGET_DIR/wasm-simd/wasm32-unknown-unknown/wasm-node/linkwa_wasm.wasm"
  for target in nodejs web; do
    out="$OUT/${target%js}"
    wasm-bindgen "$wasm" --target "$target" --out-dir "$out" --out-name "$name"
    if [ "$target" = nodejs ]; then node "$WASM_DIR/scripts/commonjs-snippets.mjs" "$out"; fi
    node "$WASM_DIR/scripts/guard.mjs" "$out/$name.js"
  done
done
echo '{ "type": "module" }' >"$OUT/web/package.json"
echo '{ "type": "commonjs" }' >"$OUT/node/package.json"
