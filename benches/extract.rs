//! Criterion benchmarks of tinbai: each stage and the whole `extract`, on one
//! seed article and on a ~10 MB corpus made of all seeds, with throughput in
//! bytes of input.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use tinbai::{clean, entities, normalize, numbers, sentences, Options};

const SEEDS: &[&str] = &[
    include_str!("../seeds/000_5168cd824a8382ba.txt"),
    include_str!("../seeds/001_131bf2ea8ccdff0c.txt"),
    include_str!("../seeds/002_ec4e49db9ba98951.txt"),
    include_str!("../seeds/003_d725f2a24901c8cf.txt"),
    include_str!("../seeds/004_060e889996191cc7.txt"),
];

/// All seeds, one after another, repeated until the text is about `bytes` long.
fn corpus(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 64 * 1024);
    while s.len() < bytes {
        for seed in SEEDS {
            s.push_str(seed);
            s.push('\n');
        }
    }
    s
}

fn inputs() -> Vec<(&'static str, String)> {
    vec![
        ("seed_000", SEEDS[0].to_string()),
        ("corpus_10MB", corpus(10 * 1024 * 1024)),
    ]
}

fn bench_stages(c: &mut Criterion) {
    let opts = Options::default();
    for (name, text) in inputs() {
        let mut g = c.benchmark_group(format!("stages/{name}"));
        if text.len() > 1024 * 1024 {
            g.sample_size(10);
        }
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("normalize", |b| {
            b.iter(|| {
                black_box(text.split('\n').map(normalize::clean_line).count());
            })
        });
        g.bench_function("clean", |b| {
            b.iter(|| clean::clean(black_box(&text), &opts))
        });
        let cleaned = clean::clean(&text, &opts);
        g.bench_function("sentences", |b| {
            b.iter(|| sentences::split(black_box(&cleaned.text), &cleaned.paragraphs))
        });
        let sents = sentences::split(&cleaned.text, &cleaned.paragraphs);
        g.bench_function("entities", |b| {
            b.iter(|| entities::extract(black_box(&cleaned.text), &cleaned.paragraphs, &sents))
        });
        g.bench_function("numbers", |b| {
            b.iter(|| {
                numbers::extract(
                    black_box(&cleaned.text),
                    &sents,
                    cleaned.meta.date.as_deref(),
                )
            })
        });
        g.bench_function("extract", |b| b.iter(|| tinbai::extract(black_box(&text))));
        g.finish();
    }
}

fn bench_batch(c: &mut Criterion) {
    // Many articles: the seeds repeated, 1 vs 2 threads.
    let docs: Vec<&str> = SEEDS.iter().cycle().take(500).copied().collect();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let mut g = c.benchmark_group("extract_many");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    for threads in [1usize, 2] {
        g.bench_with_input(BenchmarkId::from_parameter(threads), &threads, |b, &t| {
            b.iter(|| tinbai::extract_many(black_box(&docs), Some(t)))
        });
    }
    g.finish();
}

criterion_group!(benches, bench_stages, bench_batch);
criterion_main!(benches);
