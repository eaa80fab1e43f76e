#!/usr/bin/env bash
# Builds the npm package `linkwa` into wasm/pkg/ (web/ = ES modules for browsers and bundlers,
# node/ = CommonJS for Node), copies the web builds and example payloads into the playground
# (wasm/www/pkg/, wasm/www/examples/), and fails when a gzipped .wasm is over its budget.
#
# Four modules, built from the one crate (code splitting), each for browsers (web/) and for Node
# (node/), plus one data module:
# - `linkwa` (lint, lintValue, version): what a page that lints as the user types loads;
# - `linkwa/meta` (the same and toMeta, cargo feature `meta`): translation pulls in serde's derived
#   Deserialize of the typed model, which pages that only lint never download;
# - `linkwa/inbound` (the same and parseInbound, cargo feature `inbound`);
# - `linkwa/templates` (lint with the `templates` option, and preview; cargo feature `templates`):
#   the send-vs-definition checks and the hydrated message add about 25 KB of gzip;
# - `linkwa/rules` (rules(): every rule with its summary and why, plain JavaScript data generated
#   from the release CLI's `linkwa rules --format json`): the .wasm modules are built without the
#   core's `docs` feature, so the prose (about 26 KB of the lint module's gzip) is downloaded only
#   by pages that show it.
#
# The browser builds are sized (profile wasm-release, wasm-opt -Oz) and fail the build over their
# budget (gzip -9 of web/*_bg.wasm); the Node builds are fast (profile wasm-node, wasm-opt -O3) and
# have none (Cargo.toml explains the two profiles).
#
# Budgets, gzip: `linkwa` 250 KB (issue 8's target), `linkwa/meta` 350, `linkwa/inbound` 310,
# `linkwa/templates` 270. The sizes measured so far, and the changes that moved them, are in
# docs/performance.md ("WASM module sizes").
#
# Also the command line for `npx linkwa` (cli/: the CLI for wasm32-wasip1 and its Node launcher),
# and the license texts and changelog.
#
# Installs what is missing, non-interactively (the recipe of ../shared/WASM-TOOLCHAIN.md): the
# wasm32-unknown-unknown and wasm32-wasip1 targets, wasm-bindgen-cli 0.2.130 (the version the crate pins), and
# wasm-opt from npm's binaryen 132.0.0 in wasm/tools/ (not Debian's binaryen, which breaks the
# module). Idempotent: a second run installs nothing.
#
# Usage: bash wasm/build.sh
set -euo pipefail

WASM_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$WASM_DIR")"
BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132 # pinned exactly in tools/package.json and tools/package-lock.json
BUDGET_BYTES=250000      # 250 KB of gzip (gzip -9) for web/linkwa_bg.wasm (lint)
META_BUDGET_BYTES=350000 # 350 KB of gzip for web/linkwa_meta_bg.wasm (lint and toMeta)
INBOUND_BUDGET_BYTES=325000 # 325 KB of gzip for web/linkwa_inbound_bg.wasm (lint and parseInbound; issue 21's `extra` maps, 15 KB)
TEMPLATES_BUDGET_BYTES=280000 # 280 KB of gzip for web/linkwa_templates_bg.wasm (lint with templates, preview)

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cd "$ROOT"

step() { printf '== %s\n' "$*"; }

step "tools"
for target in wasm32-unknown-unknown wasm32-wasip1; do
  if ! rustup target list --installed | grep -qx "$target"; then
    rustup target add "$target"
  fi
done
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $BINDGEN_VERSION" ]; then
  # Without --locked: the CLI's own lock file pins a crate version this registry lacks.
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION"
fi
WASM_OPT="$WASM_DIR/tools/node_modules/.bin/wasm-opt"
if ! "$WASM_OPT" --version 2>/dev/null | grep -q "version $BINARYEN_VERSION\b"; then
  npm ci --prefix "$WASM_DIR/tools" --no-audit --no-fund
fi
echo "$(wasm-bindgen --version); $("$WASM_OPT" --version)"

TARGET_DIR="$(cargo metadata --format-version 1 --no-deps --locked | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')"
VERSION="$(cargo metadata --format-version 1 --no-deps --locked | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).packages.find(p=>p.name==="linkwa-wasm").version))')"
PKG="$WASM_DIR/pkg"
rm -rf "$PKG"

# build <out name> [cargo flags]: the crate twice, then wasm-bindgen and wasm-opt: for browsers
# (web/) with the profile wasm-release and -Oz, sized; for Node (node/) with wasm-node and -O3,
# fast (Cargo.toml explains the two profiles).
#
# The Node build also uses WASM's 128-bit SIMD (`+simd128`: memchr's and the standard library's
# byte searches, 2-3 % of `lint`'s time; every Node this package supports, >= 20, has it). A
# target feature is a RUSTFLAGS setting, for every crate of a build, so that build has a target
# directory of its own ($TARGET_DIR/wasm-simd): sharing one would rebuild everything at each switch
# between the two builds. The browser build keeps the baseline features, which every browser that
# runs WebAssembly has.
build() {
  local name="$1"
  shift
  local target profile level
  for target in web:wasm-release:-Oz nodejs:wasm-node:-O3; do
    IFS=: read -r target profile level <<<"$target"
    step "cargo build${*:+ $*} (profile $profile) → $name ($target)"
    local dir="$TARGET_DIR" simd=()
    if [ "$target" = nodejs ]; then
      dir="$TARGET_DIR/wasm-simd"
      simd=(--enable-simd)
      RUSTFLAGS="-C target-feature=+simd128" CARGO_TARGET_DIR="$dir" \
        cargo build --locked --target wasm32-unknown-unknown --profile "$profile" -p linkwa-wasm "$@"
    else
      cargo build --locked --target wasm32-unknown-unknown --profile "$profile" -p linkwa-wasm "$@"
    fi
    out="$PKG/${target%js}"
    wasm-bindgen "$dir/wasm32-unknown-unknown/$profile/linkwa_wasm.wasm" --target "$target" \
      --out-dir "$out" --out-name "$name" --remove-name-section --remove-producers-section
    "$WASM_OPT" "$level" "${simd[@]}" --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-mutable-globals --enable-reference-types --enable-multivalue \
      "$out/${name}_bg.wasm" -o "$out/${name}_bg.wasm"
    # The crate's JavaScript (js/bridge.js), an ES module, as CommonJS for the nodejs target's
    # `require` (scripts/commonjs-snippets.mjs).
    if [ "$target" = nodejs ]; then node "$WASM_DIR/scripts/commonjs-snippets.mjs" "$out"; fi
    # Recovery from a trap: re-instantiate the module, LW000 for the document (scripts/guard.mjs).
    node "$WASM_DIR/scripts/guard.mjs" "$out/${name}.js"
  done
}
build linkwa
build linkwa_meta --features meta
build linkwa_inbound --features inbound
build linkwa_templates --features templates

step "npm package (wasm/pkg), with linkwa/rules from the native CLI's rule list"
cargo build --locked --release --bin linkwa
RULES_JSON="$(mktemp)"
trap 'rm -f "$RULES_JSON"' EXIT
"$TARGET_DIR/release/linkwa" rules --format json >"$RULES_JSON"
node "$WASM_DIR/scripts/package.mjs" "$PKG" "$VERSION" "$RULES_JSON"
cp "$WASM_DIR/README.md" "$PKG/README.md"
cp "$ROOT/LICENSE-MIT" "$ROOT/LICENSE-APACHE" "$ROOT/CHANGELOG.md" "$PKG/"

# `npx linkwa`: the command line (src/bin/linkwa, unchanged) for WASI, run by cli/linkwa.cjs
# through node:wasi. The profile `release` as the native binary has it (no LTO: the build takes
# about a minute instead of several, and the host's build scripts and proc-macros are shared with
# the native release build); WebAssembly SIMD as in the nodejs build; the symbol names stripped
# (about 10 % of the gzip; a panic still prints its file and line).
step "command line (wasm32-wasip1, profile release) → cli/"
CARGO_TARGET_WASM32_WASIP1_RUSTFLAGS="-C target-feature=+simd128 -C strip=symbols" \
  cargo build --locked --release --target wasm32-wasip1 --bin linkwa
mkdir -p "$PKG/cli"
cp "$TARGET_DIR/wasm32-wasip1/release/linkwa.wasm" "$PKG/cli/linkwa.wasm"
cp "$WASM_DIR/cli/linkwa.cjs" "$PKG/cli/linkwa.cjs"
chmod +x "$PKG/cli/linkwa.cjs"

step "playground (wasm/www)"
rm -rf "$WASM_DIR/www/pkg"
cp -r "$PKG/web" "$WASM_DIR/www/pkg"
node "$WASM_DIR/scripts/examples.mjs" "$ROOT/fixtures" "$WASM_DIR/www/examples"

step "size"
over=0
for module in "linkwa $BUDGET_BYTES budget" "linkwa_meta $META_BUDGET_BYTES ceiling" "linkwa_inbound $INBOUND_BUDGET_BYTES ceiling" \
  "linkwa_templates $TEMPLATES_BUDGET_BYTES ceiling"; do
  read -r name limit what <<<"$module"
  raw=$(wc -c <"$PKG/web/${name}_bg.wasm")
  gz=$(gzip -9 -c "$PKG/web/${name}_bg.wasm" | wc -c)
  awk -v name="$name" -v raw="$raw" -v gz="$gz" -v limit="$limit" -v what="$what" \
    'BEGIN { printf "%s_bg.wasm: %d bytes, %d bytes gzip (%.1f KB; %s %d KB)\n", name, raw, gz, gz / 1000, what, limit / 1000 }'
  if [ "$gz" -gt "$limit" ]; then
    echo "error: the gzipped ${name}_bg.wasm ($gz bytes) is over its $what of $limit bytes" >&2
    over=1
  fi
done
raw=$(wc -c <"$PKG/cli/linkwa.wasm")
gz=$(gzip -9 -c "$PKG/cli/linkwa.wasm" | wc -c)
awk -v raw="$raw" -v gz="$gz" 'BEGIN { printf "cli/linkwa.wasm (npx linkwa): %d bytes, %d bytes gzip (%.1f KB)\n", raw, gz, gz / 1000 }'
[ "$over" -eq 0 ] || exit 1
echo "built linkwa $VERSION in $PKG"
