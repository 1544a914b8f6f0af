#!/usr/bin/env python3
"""Batch speed-up from Python: a loop of tinbai.extract against tinbai.extract_many.

    python benches/batch.py [--articles N] [--runs R]

Uses the installed tinbai package and the seed articles (repeated to N articles).
Prints the median of R runs for each way and the speed-ups.
"""

import argparse
import os
import pathlib
import statistics
import time

import tinbai

ROOT = pathlib.Path(__file__).resolve().parents[1]


def median_time(fn, runs):
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts = [seeds[i % len(seeds)] for i in range(a.articles)]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    loop = median_time(lambda: [tinbai.extract(t) for t in texts], a.runs)
    one = median_time(lambda: tinbai.extract_many(texts, threads=1), a.runs)
    cores = os.cpu_count() or 1
    many = median_time(lambda: tinbai.extract_many(texts, threads=cores), a.runs)
    print("%d articles, %.1f MB, %d cores, median of %d runs" % (len(texts), mb, cores, a.runs))
    print("python loop of extract      %7.3f s  %6.1f MB/s" % (loop, mb / loop))
    print("extract_many(threads=1)     %7.3f s  %6.1f MB/s" % (one, mb / one))
    print("extract_many(threads=%d)     %7.3f s  %6.1f MB/s" % (cores, many, mb / many))
    print("speed-up over the loop: %.2fx; threads %d vs 1: %.2fx" % (loop / many, cores, one / many))


if __name__ == "__main__":
    main()
