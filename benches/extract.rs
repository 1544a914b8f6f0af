//! Criterion benchmarks of tinbai's stages and of the whole `extract`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

const SEEDS: &[&str] = &[
    include_str!("../seeds/000_5168cd824a8382ba.txt"),
    include_str!("../seeds/001_131bf2ea8ccdff0c.txt"),
    include_str!("../seeds/002_ec4e49db9ba98951.txt"),
    include_str!("../seeds/003_d725f2a24901c8cf.txt"),
    include_str!("../seeds/004_060e889996191cc7.txt"),
];

fn bench_extract(c: &mut Criterion) {
    let mut g = c.benchmark_group("extract");
    let one = SEEDS[0];
    g.throughput(Throughput::Bytes(one.len() as u64));
    g.bench_function("seed_000", |b| b.iter(|| tinbai::extract(black_box(one))));
    g.finish();
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
