//! Lint the fixture corpus, and parse the same bytes with `serde_json::from_str::<Value>` in the
//! same run: the ratio of the two is the cost of linting over parsing (targets: 1.5× on the clean
//! payloads, 2× on the whole corpus). `rules_on_tree` is the rules alone (`lint_value` on trees
//! parsed beforehand). The `growth` group lints one request of 1 to 10 000 messages, each with
//! findings, minified and pretty-printed: its time per byte should not grow with the size (target:
//! less than 2× from 10 to 10 000 messages); before the groups, the fastest lints of 10 and 10 000
//! messages, taken in turns, print that ratio as well.
//!
//! `cargo bench --bench lint` (on a shared machine: `taskset -c 1 cargo bench --bench lint`)

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::{Duration, Instant};

#[path = "../src/rules/fixture_files.rs"]
mod fixture_files;

/// Every fixture (valid and invalid, our own and the documents' examples) but the nesting stress
/// test, as text; those that are not UTF-8 left out.
fn corpus() -> Vec<String> {
    fixture_files::fixture_files().iter().filter_map(|p| String::from_utf8(std::fs::read(p).unwrap()).ok()).collect()
}

fn bench(c: &mut Criterion) {
    let all = corpus();
    // Payloads that lint clean: what a service sends most of the time.
    let clean: Vec<String> = all.iter().filter(|t| linkwa::lint_str(t).diagnostics.is_empty()).cloned().collect();
    fastest_passes("clean", &clean);
    fastest_passes("corpus", &all);
    growth_fastest();
    group(c, "corpus", &all);
    group(c, "clean", &clean);
    growth(c);
}

/// Prints the fastest of 300 interleaved passes of parsing, linting and the rules alone over
/// `texts`, and their ratios: on a shared machine other processes only ever add time, so the
/// fastest pass is the cost of the work itself (criterion's medians drift with the load).
fn fastest_passes(name: &str, texts: &[String]) {
    let trees: Vec<serde_json::Value> = texts.iter().filter_map(|t| serde_json::from_str(t).ok()).collect();
    let mut best = [Duration::MAX; 3];
    for _ in 0..300 {
        let passes: [&dyn Fn(); 3] = [
            &|| texts.iter().for_each(|t| drop(black_box(serde_json::from_str::<serde_json::Value>(black_box(t))))),
            &|| texts.iter().for_each(|t| drop(black_box(linkwa::lint_str(black_box(t))))),
            &|| trees.iter().for_each(|v| drop(black_box(linkwa::lint_value(black_box(v))))),
        ];
        for (pass, best) in passes.iter().zip(&mut best) {
            let start = Instant::now();
            pass();
            *best = (*best).min(start.elapsed());
        }
    }
    let ratio = |d: Duration| d.as_secs_f64() / best[0].as_secs_f64();
    println!(
        "{name}: {} files, fastest pass: serde_json parse {:?}, lint_str {:?} ({:.2}x), rules alone {:?} ({:.2}x)",
        texts.len(),
        best[0],
        best[1],
        ratio(best[1]),
        best[2],
        ratio(best[2])
    );
}

/// Prints, for each form, the time per byte of the fastest lint of a request of 10 and of 10 000
/// messages, taken in turns (30 rounds; each round lints the small request 100 times and the
/// large one once), and their ratio: the growth target, measured so that a slow spell of a shared
/// machine falls on both sizes alike.
fn growth_fastest() {
    for pretty in [false, true] {
        let (small, large) = (request(10, pretty), request(10_000, pretty));
        let mut best = [Duration::MAX; 2];
        for _ in 0..30 {
            for (i, (text, runs)) in [(&small, 100), (&large, 1)].into_iter().enumerate() {
                for _ in 0..runs {
                    let start = Instant::now();
                    drop(black_box(linkwa::lint_str(black_box(text))));
                    best[i] = best[i].min(start.elapsed());
                }
            }
        }
        let per_byte = |d: Duration, text: &str| d.as_secs_f64() * 1e9 / text.len() as f64;
        let (a, b) = (per_byte(best[0], &small), per_byte(best[1], &large));
        let name = if pretty { "pretty-printed" } else { "minified" };
        println!(
            "growth, {name}: fastest lint, 10 messages {a:.1} ns/byte, 10 000 messages {b:.1} ns/byte ({:.2}x)",
            b / a
        );
    }
}

/// One message with two findings (a wrong type, an unknown member).
const MESSAGE: &str =
    r#"{"type": "text", "text": {"body": "Your order has shipped", "previewUrl": "yes", "colour": 1}}"#;

/// A request of `n` messages, pretty-printed or on one line.
fn request(n: usize, pretty: bool) -> String {
    let messages = vec![MESSAGE; n];
    let text = if pretty {
        let body = messages.join(",\n    ");
        format!(
            "{{\n  \"source\": \"+46700000000\",\n  \"destinations\": [\"+46700000001\"],\n  \"messages\": [\n    {body}\n  ]\n}}"
        )
    } else {
        let body = messages.join(",");
        format!(r#"{{"source":"+46700000000","destinations":["+46700000001"],"messages":[{body}]}}"#)
    };
    if pretty { text } else { text.replace(": ", ":").replace(", ", ",") }
}

fn growth(c: &mut Criterion) {
    let mut group = c.benchmark_group("growth");
    group.sample_size(10).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
    for pretty in [false, true] {
        let name = if pretty { "pretty" } else { "minified" };
        for n in [1, 10, 100, 1_000, 10_000] {
            let text = request(n, pretty);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, n), &text, |b, t| b.iter(|| black_box(linkwa::lint_str(t))));
        }
    }
    group.finish();
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
    // The rules alone, on the trees of the texts that strict JSON parsing reads.
    let trees: Vec<serde_json::Value> = texts.iter().filter_map(|t| serde_json::from_str(t).ok()).collect();
    group.bench_function("rules_on_tree", |b| {
        b.iter(|| {
            for v in &trees {
                black_box(linkwa::lint_value(black_box(v)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
