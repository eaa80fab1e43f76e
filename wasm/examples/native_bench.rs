//! The native half of `wasm/bench/wasm-vs-native.mjs`: lints the files named on the command line
//! in process, pass after pass over all of them, and prints the timings as one JSON object.
//!
//! Same method as the WASM half: the texts are read once; a few warm-up passes; then passes until
//! at least `LINKWA_BENCH_SECONDS` (default 1) have gone by and at least 20 passes were made; the
//! median and the fastest pass are the result. Each pass calls `linkwa::lint_str` on every text and drops the report;
//! with `LINKWA_BENCH_WORK=to-meta`, `linkwa::meta::to_meta_str` instead (a text with `messages` as a MessageRequest,
//! any other as a bare message for +46700000001, as `toMeta` is called on the WASM side) and drops the translation.
//!
//! `cargo run --release -p linkwa-wasm --example native_bench -- FILE...`

use std::hint::black_box;
use std::time::{Duration, Instant};

fn main() {
    let texts: Vec<String> = std::env::args()
        .skip(1)
        .map(|path| std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")))
        .collect();
    let seconds: f64 = std::env::var("LINKWA_BENCH_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(1.0);
    let to_meta = match std::env::var("LINKWA_BENCH_WORK").as_deref() {
        Ok("to-meta") => true,
        Ok("lint") | Err(_) => false,
        Ok(other) => panic!("LINKWA_BENCH_WORK is lint or to-meta, not {other}"),
    };
    // The recipient of each text for to-meta, decided before timing: none for a MessageRequest.
    let recipients: Vec<Option<&str>> = texts
        .iter()
        .map(|text| {
            let request = serde_json::from_str::<serde_json::Value>(text).is_ok_and(|v| v.get("messages").is_some());
            if request { None } else { Some("+46700000001") }
        })
        .collect();
    let pass = || {
        let started = Instant::now();
        if to_meta {
            for (text, to) in texts.iter().zip(&recipients) {
                black_box(linkwa::meta::to_meta_str(black_box(text), *to)).ok();
            }
        } else {
            for text in &texts {
                black_box(linkwa::lint_str(black_box(text)));
            }
        }
        started.elapsed()
    };
    for _ in 0..5 {
        pass();
    }
    let budget = Duration::from_secs_f64(seconds);
    let started = Instant::now();
    let mut passes: Vec<Duration> = Vec::new();
    while passes.len() < 20 || started.elapsed() < budget {
        passes.push(pass());
    }
    passes.sort();
    let (median, fastest) = (passes[passes.len() / 2], passes[0]);
    let bytes: usize = texts.iter().map(String::len).sum();
    println!(
        "{{\"files\": {}, \"bytes\": {bytes}, \"passes\": {}, \"median_pass_ns\": {}, \"min_pass_ns\": {}}}",
        texts.len(),
        passes.len(),
        median.as_nanos(),
        fastest.as_nanos()
    );
}
