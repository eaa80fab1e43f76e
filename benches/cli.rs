//! The `linkwa` binary linting 10 000 files from disk: the fixtures (all but the 200 000-deep
//! nesting stress test) copied round-robin into a temporary folder, linted with
//! `linkwa lint --no-config --format json DIR` (output discarded), on every core (rayon) and on
//! one (`RAYON_NUM_THREADS=1`). Criterion reports the throughput in files per second.
//!
//! `cargo bench --bench cli`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

const FILES: usize = 10_000;

#[path = "../src/rules/fixture_files.rs"]
mod fixture_files;

/// A fresh folder of `FILES` files, 100 per subfolder, copied round-robin from the fixtures.
fn corpus() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("linkwa-bench-{FILES}"));
    let _ = std::fs::remove_dir_all(&dir);
    let sources = fixture_files::fixture_files();
    for i in 0..FILES {
        let sub = dir.join(format!("{:03}", i / 100));
        if i % 100 == 0 {
            std::fs::create_dir_all(&sub).unwrap();
        }
        std::fs::copy(&sources[i % sources.len()], sub.join(format!("{i:05}.json"))).unwrap();
    }
    dir
}

fn lint(dir: &Path, threads: Option<&str>) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_linkwa"));
    command.args(["lint", "--no-config", "--format", "json"]).arg(dir).stdout(Stdio::null()).stderr(Stdio::null());
    if let Some(n) = threads {
        command.env("RAYON_NUM_THREADS", n);
    }
    let status = command.status().unwrap();
    assert!(matches!(status.code(), Some(0 | 1)), "linkwa failed: {status}");
}

fn bench(c: &mut Criterion) {
    let dir = corpus();
    let mut group = c.benchmark_group("cli_10000_files");
    group.throughput(Throughput::Elements(FILES as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(15));
    group.bench_function("all_cores", |b| b.iter(|| lint(&dir, None)));
    group.bench_function("one_thread", |b| b.iter(|| lint(&dir, Some("1"))));
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, bench);
criterion_main!(benches);
