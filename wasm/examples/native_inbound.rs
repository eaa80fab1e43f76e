//! The native half of `test/parse-inbound.test.mjs`: for each file named on the command line,
//! one JSON line `{"file": …, "result": …}` with what `parseInbound` returns for its text (the same
//! Rust function, `linkwa_wasm::inbound_result`, compiled natively), or `{"file": …, "error": …}`
//! with the message of the `Error` it throws. Files that are not UTF-8 are `{"file": …, "bytes":
//! true}` (the WASM side reads them as bytes: their report is `lint`'s).
//!
//! `cargo run -p linkwa-wasm --features inbound --example native_inbound -- FILE...`

use serde_json::json;

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let line = match String::from_utf8(bytes) {
            Err(_) => json!({"file": path, "bytes": true}),
            Ok(text) => match linkwa_wasm::inbound_result(&text) {
                Ok(result) => json!({"file": path, "result": result}),
                Err(error) => json!({"file": path, "error": error}),
            },
        };
        println!("{line}");
    }
}
