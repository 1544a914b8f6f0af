//! Criterion benchmarks of `extract` on pathological inputs, each at 1 MB
//! and 10 MB, with throughput in bytes of input: the throughput should be
//! about the same at both sizes (linear time). A drop at 10 MB points at a
//! quadratic loop. These are the inputs of `crates/tinbai/tests/hostile.rs`.
//!
//! Run: `cargo bench -p tinbai --bench pathological` (one group:
//! `cargo bench -p tinbai --bench pathological -- digits`).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

#[path = "inputs.rs"]
mod inputs;
use inputs::inputs;

/// The allocator of the CLI and the Python module, so the figures are theirs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn bench_pathological(c: &mut Criterion) {
    for (size, bytes) in [("1MB", 1 << 20), ("10MB", 10 << 20)] {
        for (name, text) in inputs(bytes) {
            let mut g = c.benchmark_group(format!("pathological/{name}"));
            g.sample_size(10);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_function(size, |b| b.iter(|| tinbai::extract(black_box(&text))));
            g.finish();
        }
    }
}

criterion_group!(benches, bench_pathological);
criterion_main!(benches);
