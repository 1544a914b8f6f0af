//! Criterion benchmarks of tinbai: each stage and the whole `extract`, on one
//! seed article and on a ~10 MB corpus made of all seeds, with throughput in
//! bytes of input; `extract_many` on 1 and 2 threads; and the once-per-process
//! construction of the embedded tables and automata (a child process that
//! extracts one short article, against one that only starts).

use criterion::{black_box, criterion_group, BenchmarkId, Criterion, Throughput};
use tinbai::{clean, entities, normalize, numbers, sentences, Options};

/// The allocator of the CLI and the Python module, so the figures are theirs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SEEDS: &[&str] = &[
    include_str!("../seeds/000_5168cd824a8382ba.txt"),
    include_str!("../seeds/001_131bf2ea8ccdff0c.txt"),
    include_str!("../seeds/002_ec4e49db9ba98951.txt"),
    include_str!("../seeds/003_d725f2a24901c8cf.txt"),
    include_str!("../seeds/004_060e889996191cc7.txt"),
];

/// The seeds repeated until they add up to about `bytes`: a corpus of articles.
fn corpus(bytes: usize) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut n = 0;
    while n < bytes {
        for seed in SEEDS {
            out.push(*seed);
            n += seed.len();
        }
    }
    out
}

/// What one article looks like after cleaning and splitting, for the later stages.
struct Prepared {
    cleaned: clean::Cleaned,
    sentences: Vec<tinbai::Sentence>,
}

fn prepare(articles: &[&str]) -> Vec<Prepared> {
    let opts = Options::default();
    articles
        .iter()
        .map(|a| {
            let cleaned = clean::clean(a, &opts);
            let sentences = sentences::split(&cleaned.text, &cleaned.paragraphs);
            Prepared { cleaned, sentences }
        })
        .collect()
}

fn bench_stages(c: &mut Criterion) {
    let opts = Options::default();
    let inputs: Vec<(&str, Vec<&'static str>)> = vec![
        ("seed_000", vec![SEEDS[0]]),
        ("corpus_10MB", corpus(10 * 1024 * 1024)),
    ];
    for (name, articles) in inputs {
        let raw_bytes: usize = articles.iter().map(|a| a.len()).sum();
        let prepared = prepare(&articles);
        let kept_bytes: usize = prepared.iter().map(|p| p.cleaned.text.len()).sum();
        let mut g = c.benchmark_group(format!("stages/{name}"));
        if raw_bytes > 1024 * 1024 {
            g.sample_size(10);
        }
        // Stages that read the raw article: throughput in raw bytes.
        g.throughput(Throughput::Bytes(raw_bytes as u64));
        g.bench_function("normalize", |b| {
            b.iter(|| {
                for a in &articles {
                    black_box(a.split('\n').map(normalize::clean_line).count());
                }
            })
        });
        g.bench_function("clean", |b| {
            b.iter(|| {
                for a in &articles {
                    black_box(clean::clean(a, &opts));
                }
            })
        });
        g.bench_function("extract", |b| {
            b.iter(|| {
                for a in &articles {
                    black_box(tinbai::extract(a));
                }
            })
        });
        // Stages that read the kept text: throughput in kept bytes.
        g.throughput(Throughput::Bytes(kept_bytes as u64));
        g.bench_function("sentences", |b| {
            b.iter(|| {
                for p in &prepared {
                    black_box(sentences::split(&p.cleaned.text, &p.cleaned.paragraphs));
                }
            })
        });
        g.bench_function("entities", |b| {
            b.iter(|| {
                for p in &prepared {
                    black_box(entities::extract(
                        &p.cleaned.text,
                        &p.cleaned.paragraphs,
                        &p.sentences,
                    ));
                }
            })
        });
        g.bench_function("numbers", |b| {
            b.iter(|| {
                for p in &prepared {
                    black_box(numbers::extract(
                        &p.cleaned.text,
                        &p.sentences,
                        p.cleaned.meta.date.as_deref(),
                    ));
                }
            })
        });
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

/// Set in a child process of this benchmark: `start` returns at once,
/// `tables` extracts one short article first (building every table and
/// automaton that article needs: the once-per-process construction).
const CHILD: &str = "TINBAI_BENCH_CHILD";

fn bench_construction(c: &mut Criterion) {
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let mut g = c.benchmark_group("construction");
    g.sample_size(10);
    for (name, what) in [
        ("process_start", "start"),
        ("process_start_and_tables", "tables"),
    ] {
        g.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let t = std::time::Instant::now();
                for _ in 0..iters {
                    let ok = std::process::Command::new(&exe)
                        .env(CHILD, what)
                        .status()
                        .is_ok_and(|s| s.success());
                    assert!(ok, "the child process failed");
                }
                t.elapsed()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench_stages, bench_batch, bench_construction);

fn main() {
    match std::env::var(CHILD).as_deref() {
        Ok("start") => return,
        Ok("tables") => {
            let doc = tinbai::extract(
                "Hai tỉnh hợp tác\n\n(QNO) - Ngày 5/9, Bộ CHQS tỉnh Hủa Phăn (Lào) thăm \
                 huyện Mường Lát, tỉnh Thanh Hóa và trao 50 triệu đồng.\nẢnh: Văn Minh\n",
            );
            black_box(doc.to_json());
            return;
        }
        _ => {}
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
