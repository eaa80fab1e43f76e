#!/usr/bin/env bash
# The language server in a real client: headless Neovim (Debian's package `neovim`) runs
# `linkwa lsp` on a copy of a broken fixture, shows its diagnostics, applies a quick fix and
# asks for a hover (tests/nvim/lsp.lua says what is checked).
#
# Installs Neovim from apt when `nvim` is missing (idempotent: a second run installs nothing).
# Skips, saying so, only when it cannot be installed; exits 1 when the test fails.
#
# Usage: bash tests/nvim/run.sh
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"

echo "== Neovim: linkwa lsp in a real client"
if ! command -v nvim >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo -n"; fi
  if ! { $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
         $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends neovim; }; then
    echo "SKIPPED: the Neovim LSP test: neovim could not be installed with apt-get (see above)"
    exit 0
  fi
fi
nvim --version | head -1

cargo build --locked --quiet --bin linkwa
# The binary where cargo puts it (CARGO_TARGET_DIR or the workspace's target folder).
TARGET_DIR="$(cargo metadata --format-version 1 --no-deps --locked |
  sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A folder of its own: no linkwa.toml above it suppresses the fixture's diagnostics.
cp fixtures/link/structure/invalid/comment-in-json.json "$work/greeting.json"

# Neovim's own files (the LSP log, shada) go to the scratch folder, not the user's.
XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache" \
LINKWA="$TARGET_DIR/debug/linkwa" LINKWA_FILE="$work/greeting.json" LINKWA_RESULT="$work/result" \
  timeout 120 nvim --headless --clean -u NONE -c "luafile $HERE/lsp.lua" </dev/null >"$work/nvim.log" 2>&1 || true

if [ ! -f "$work/result" ]; then
  echo "Neovim wrote no result; its output:"
  cat "$work/nvim.log"
  echo "0 passed, 1 failed"
  exit 1
fi
sed 's/^/  /' "$work/result"
if [ "$(tail -1 "$work/result")" != "ok" ]; then
  cat "$work/nvim.log"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "1 passed, 0 failed"
