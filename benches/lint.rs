//! Lint the fixture corpus, and parse the same bytes with `serde_json::from_str::<Value>` in the
//! same run: the ratio of the two is the cost of linting over parsing (target: at most 3×).
//!
//! `cargo bench --bench lint`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::{Path, PathBuf};

/// Every fixture (valid and invalid, our own and the documents' examples), as text.
fn corpus() -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "json") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"), &mut files);
    files.sort();
    // The 100 000-deep nesting fixture is a parser stress test, not a payload: leave it out.
    files
        .iter()
        .filter(|p| !p.ends_with("nesting-too-deep.json"))
        .filter_map(|p| String::from_utf8(std::fs::read(p).unwrap()).ok())
        .collect()
}

fn bench(c: &mut Criterion) {
    let all = corpus();
    // Payloads that lint clean: what a service sends most of the time.
    let clean: Vec<String> = all.iter().filter(|t| linkwa::lint_str(t).diagnostics.is_empty()).cloned().collect();
    group(c, "corpus", &all);
    group(c, "clean", &clean);
}

fn group(c: &mut Criterion, name: &str, texts: &[String]) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("serde_json_parse", |b| {
        b.iter(|| {
            for t in texts {
                let _ = black_box(serde_json::from_str::<serde_json::Value>(black_box(t)));
            }
        })
    });
    group.bench_function("lint_str", |b| {
        b.iter(|| {
            for t in texts {
                black_box(linkwa::lint_str(black_box(t)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
