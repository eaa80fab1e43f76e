#!/usr/bin/env bash
# Builds the npm package `linkwa` into wasm/pkg/ (web/ = ES module for browsers and bundlers,
# node/ = CommonJS for Node), copies the web build and example payloads into the playground
# (wasm/www/pkg/, wasm/www/examples/), and fails when the gzipped .wasm is over budget (250 KB).
#
# Installs what is missing, non-interactively (the recipe of ../shared/WASM-TOOLCHAIN.md): the
# wasm32-unknown-unknown target, wasm-bindgen-cli 0.2.130 (the version the crate pins), and
# wasm-opt from npm's binaryen 132.0.0 in wasm/tools/ (not Debian's binaryen, which breaks the
# module). Idempotent: a second run installs nothing.
#
# Usage: bash wasm/build.sh
set -euo pipefail

WASM_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$WASM_DIR")"
BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132 # pinned exactly in tools/package.json and tools/package-lock.json
BUDGET_BYTES=250000  # 250 KB of gzip (gzip -9) for the .wasm
# The limit the build fails over: the budget, unless LINKWA_WASM_BUDGET_BYTES raises it to build and
# test a module that is over budget (a warning then says so).
LIMIT_BYTES="${LINKWA_WASM_BUDGET_BYTES:-$BUDGET_BYTES}"

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cd "$ROOT"

step() { printf '== %s\n' "$*"; }

step "tools"
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $BINDGEN_VERSION" ]; then
  # Without --locked: the CLI's own lock file pins a crate version this registry lacks.
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION"
fi
WASM_OPT="$WASM_DIR/tools/node_modules/.bin/wasm-opt"
if ! "$WASM_OPT" --version 2>/dev/null | grep -q "version $BINARYEN_VERSION\b"; then
  npm ci --prefix "$WASM_DIR/tools" --no-audit --no-fund
fi
echo "$(wasm-bindgen --version); $("$WASM_OPT" --version)"

step "cargo build (profile wasm-release)"
cargo build --locked --target wasm32-unknown-unknown --profile wasm-release -p linkwa-wasm
TARGET_DIR="$(cargo metadata --format-version 1 --no-deps --locked | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')"
VERSION="$(cargo metadata --format-version 1 --no-deps --locked | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).packages.find(p=>p.name==="linkwa-wasm").version))')"
WASM="$TARGET_DIR/wasm32-unknown-unknown/wasm-release/linkwa_wasm.wasm"

step "wasm-bindgen and wasm-opt -Oz"
PKG="$WASM_DIR/pkg"
rm -rf "$PKG"
for target in web nodejs; do
  out="$PKG/${target%js}"
  wasm-bindgen "$WASM" --target "$target" --out-dir "$out" --out-name linkwa --remove-name-section --remove-producers-section
  "$WASM_OPT" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/linkwa_bg.wasm" -o "$out/linkwa_bg.wasm"
done

step "npm package (wasm/pkg)"
node "$WASM_DIR/scripts/package.mjs" "$PKG" "$VERSION"
cp "$WASM_DIR/README.md" "$PKG/README.md"

step "playground (wasm/www)"
rm -rf "$WASM_DIR/www/pkg"
cp -r "$PKG/web" "$WASM_DIR/www/pkg"
node "$WASM_DIR/scripts/examples.mjs" "$ROOT/fixtures" "$WASM_DIR/www/examples"

step "size"
raw=$(wc -c <"$PKG/web/linkwa_bg.wasm")
gz=$(gzip -9 -c "$PKG/web/linkwa_bg.wasm" | wc -c)
awk -v raw="$raw" -v gz="$gz" -v budget="$BUDGET_BYTES" \
  'BEGIN { printf "linkwa_bg.wasm: %d bytes, %d bytes gzip (%.1f KB; budget %d KB)\n", raw, gz, gz / 1000, budget / 1000 }'
if [ "$gz" -gt "$LIMIT_BYTES" ]; then
  echo "error: the gzipped .wasm ($gz bytes) is over the budget of $LIMIT_BYTES bytes" \
    "(LINKWA_WASM_BUDGET_BYTES=<bytes> builds it anyway)" >&2
  exit 1
elif [ "$gz" -gt "$BUDGET_BYTES" ]; then
  echo "warning: the gzipped .wasm ($gz bytes) is over the budget of $BUDGET_BYTES bytes;" \
    "built because LINKWA_WASM_BUDGET_BYTES=$LIMIT_BYTES" >&2
fi
echo "built linkwa $VERSION in $PKG"
