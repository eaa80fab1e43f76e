use std::time::Instant;
fn main() {
    let mut files = vec![];
    fn walk(d: &std::path::Path, out: &mut Vec<std::path::PathBuf>) { for e in std::fs::read_dir(d).unwrap().flatten() { let p = e.path(); if p.is_dir() { walk(&p, out) } else if p.extension().is_some_and(|x| x == "json") && !p.ends_with("nesting-too-deep.json") { out.push(p) } } }
    walk(std::path::Path::new("fixtures"), &mut files);
    let texts: Vec<String> = files.iter().filter_map(|p| String::from_utf8(std::fs::read(p).unwrap()).ok()).collect();
    let n = 200;
    let t = Instant::now(); for _ in 0..n { for s in &texts { let _ = std::hint::black_box(serde_json::from_str::<serde_json::Value>(s)); } } let parse = t.elapsed();
    let t = Instant::now(); for _ in 0..n { for s in &texts { std::hint::black_box(linkwa::lint_str(s)); } } let lint = t.elapsed();
    let vals: Vec<serde_json::Value> = texts.iter().filter_map(|s| serde_json::from_str(s).ok()).collect();
    let t = Instant::now(); for _ in 0..n { for v in &vals { std::hint::black_box(linkwa::lint_value(v)); } } let rules = t.elapsed();
    let t = Instant::now(); for _ in 0..n { for s in &texts { let _ = std::hint::black_box(jsonc_parser::parse_to_ast(s, &Default::default(), &Default::default())); } } let ast = t.elapsed();
    let clean = texts.iter().filter(|s| linkwa::lint_str(s).diagnostics.is_empty()).count();
    println!("files {} clean {} parse {:?} lint {:?} ratio {:.2} rules-only {:?} ast {:?}", texts.len(), clean, parse/n, lint/n, lint.as_secs_f64()/parse.as_secs_f64(), rules/n, ast/n);
}
