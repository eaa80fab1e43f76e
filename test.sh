#!/usr/bin/env bash
# Every test of the project: the Rust crate (unit tests, fixture snapshots, CLI, bad input, model,
# translation, schema, language server, doc tests), the language server in headless Neovim, then
# the WASM package (wasm-bindgen tests, Node parity with the CLI, the playground in Chromium, the
# WASM/native benchmark). On a fresh machine tests/nvim/run.sh
# installs Neovim from apt, and wasm/test.sh what it needs (rustup target, wasm-bindgen-cli,
# Chromium, npm packages).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
cargo test --locked
bash tests/nvim/run.sh
bash wasm/test.sh
