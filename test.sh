#!/usr/bin/env bash
# Every test of the project: the Rust crate (unit tests, fixture snapshots, CLI, bad input, model,
# translation, schema, language server, doc tests), the language server in headless Neovim, then
# the WASM package (wasm-bindgen tests, Node parity with the CLI, the playground in Chromium, the
# WASM/native benchmark, `npx linkwa` from the packed package), and the distribution (the GitHub
# Action, the pre-commit hook, `cargo publish --dry-run`). On a fresh machine tests/nvim/run.sh
# installs Neovim from apt, and wasm/test.sh what it needs (rustup target, wasm-bindgen-cli,
# Chromium, npm packages), and tests/dist/run.sh pre-commit (pinned, in a virtual environment).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
cargo test --locked
bash tests/nvim/run.sh
bash wasm/test.sh
bash tests/dist/run.sh
