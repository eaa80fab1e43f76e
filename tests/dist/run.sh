#!/usr/bin/env bash
# The ways linkwa is distributed, tested in their published form (issue 23):
#   1. the GitHub Action (action.yml), its steps run as a runner runs them, with the npm package
#      from `npm pack` of wasm/pkg (tests/dist/action.py);
#   2. the pre-commit hook (.pre-commit-hooks.yaml): `pre-commit try-repo` of this repository in a
#      scratch git repository fails with a broken payload staged and passes with it fixed;
#   3. the crate: `cargo publish --dry-run` (packages it and builds the package), and its
#      documentation with warnings denied, as docs.rs builds it and with the default features.
# The npm package itself (npx linkwa, imports, types, a bundled page) is tested by
# wasm/test/packed.test.mjs, from wasm/test.sh.
#
# Needs wasm/pkg (bash wasm/build.sh). Installs pre-commit and its dependencies, pinned in
# tests/dist/requirements.txt, into a virtual environment in the target folder (idempotent).
#
# Usage: bash tests/dist/run.sh
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cd "$ROOT"
step() { printf '== %s (%d s)\n' "$*" "$SECONDS"; }

TARGET_DIR="$(cargo metadata --format-version 1 --no-deps --locked | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')"
VENV="$TARGET_DIR/dist-venv"
step "pre-commit (pinned, $VENV)"
if ! "$VENV/bin/pip" freeze 2>/dev/null | diff -q - <(grep -v '^#' "$HERE/requirements.txt") >/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$HERE/requirements.txt"
fi
"$VENV/bin/pre-commit" --version

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ -f wasm/pkg/cli/linkwa.wasm ] || { echo "wasm/pkg is missing or has no cli/: run bash wasm/build.sh" >&2; exit 1; }
tarball="$(cd wasm/pkg && npm pack --silent --pack-destination "$work")"

step "1. the GitHub Action (action.yml)"
"$VENV/bin/python" "$HERE/action.py" "$work/$tarball"

step "2. the pre-commit hook (.pre-commit-hooks.yaml): pre-commit try-repo"
repo="$work/repo"
git init -q "$repo"
printf '{\n  "type": "text",\n  "text": {"body": 42},\n}\n' >"$repo/greeting.json"
printf 'not json, and not checked: not a .json file\n' >"$repo/notes.txt"
git -C "$repo" add .
# try-repo builds the hook (`cargo install --path` of a clone of this repository) in a fresh
# temporary store each time. To keep that to seconds: the build shares this repository's target
# folder and the local crate cache (no network), so that the dependencies of the native release
# build are reused, and the linkwa crate itself is compiled without optimisation (a cargo
# configuration in a folder above the clone: the test checks the hook, not the binary's speed).
mkdir -p "$work/tmp/.cargo"
printf '[profile.release.package.linkwa]\nopt-level = 0\n' >"$work/tmp/.cargo/config.toml"
export TMPDIR="$work/tmp" CARGO_TARGET_DIR="$TARGET_DIR" CARGO_NET_OFFLINE=true
set +e
(cd "$repo" && "$VENV/bin/pre-commit" try-repo "$ROOT" linkwa --color never) >"$work/broken.log" 2>&1
broken=$?
set -e
sed 's/^/  /' "$work/broken.log"
failed=0
if [ "$broken" -ne 1 ] || ! grep -q 'LW006 wrong-type' "$work/broken.log" || ! grep -q 'greeting.json:3:' "$work/broken.log"; then
  echo "FAIL: pre-commit with a broken payload staged: expected exit status 1 and LW006 at greeting.json:3 (status $broken)"
  failed=1
fi
printf '{\n  "type": "text",\n  "text": {"body": "Hello"}\n}\n' >"$repo/greeting.json"
git -C "$repo" add greeting.json
set +e
(cd "$repo" && "$VENV/bin/pre-commit" try-repo "$ROOT" linkwa --color never) >"$work/fixed.log" 2>&1
fixed=$?
set -e
sed 's/^/  /' "$work/fixed.log"
if [ "$fixed" -ne 0 ] || ! grep -q '^linkwa\.*Passed' "$work/fixed.log"; then
  echo "FAIL: pre-commit with the payload fixed: expected Passed and exit status 0 (status $fixed)"
  failed=1
fi
unset TMPDIR CARGO_TARGET_DIR CARGO_NET_OFFLINE
[ "$failed" -eq 0 ] || exit 1
echo "ok: the pre-commit hook fails a broken payload and passes a fixed one"

step "3. the crate: cargo publish --dry-run, cargo doc -D warnings"
# --allow-dirty: also in a working tree with uncommitted changes (CI's checkout is clean).
cargo publish --dry-run --locked --allow-dirty -p linkwa
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps -p linkwa
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps -p linkwa --no-default-features --features templates,docs
echo "tests/dist/run.sh: all passed in $SECONDS s"
