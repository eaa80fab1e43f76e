//! The `linkwa` binary's integration tests: one test executable with a module per area (as ruff's
//! `tests/cli/`), so a change to the library links one CLI test binary, not nine. Run one area
//! with `cargo test --test cli fix::` (a module path filter).

#![cfg(all(feature = "cli", feature = "lsp"))] // the features the `linkwa` binary requires

#[path = "../common/mod.rs"]
mod common;

mod config;
mod docs;
mod faults;
mod fix;
mod formats;
mod lint;
mod placeholder;
mod result_codes;
mod templates;
