#!/usr/bin/env python3
"""Is the cost of `tinbai extract` linear in the size of its input?

    python3 benches/linear.py instructions [--sizes 1,2,8] [--only NAME,...]
    python3 benches/linear.py corpus [--sizes 10,100]

`instructions` writes each pathological input of `benches/inputs.rs` (one
huge line, no spaces, runs of dots or digits, nested brackets, NFD, mixed
scripts...) at each size in MB, runs the CLI on it under valgrind's
callgrind, and prints the instructions per input byte between consecutive
sizes. Instruction counts do not depend on the machine's load, so a
superlinear loop shows as a per-byte cost that grows with the size.

`corpus` builds JSONL corpora of the seed and fixture articles at each size
in MB and times the CLI on them (wall clock, median of 3, and peak resident
memory from /usr/bin/time -v): a 100 MB input should take about 10 times a
10 MB one, and memory should stay flat.

Needs a release build: cargo build --release -p tinbai-cli --examples -p tinbai.
"""

import argparse
import json
import pathlib
import re
import statistics
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
CLI = ROOT / "target" / "release" / "tinbai"
WRITER = ROOT / "target" / "release" / "examples" / "write_inputs"
MB = 1 << 20


def build() -> None:
    subprocess.check_call(
        ["cargo", "build", "--release", "-q", "-p", "tinbai-cli", "-p", "tinbai", "--example", "write_inputs"],
        cwd=ROOT,
    )


def instructions(path: pathlib.Path) -> int:
    r = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", str(CLI), "extract", "--no-progress", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    m = re.search(r"refs:\s+([\d,]+)", r.stderr)
    if not m:
        raise SystemExit("callgrind gave no count for %s:\n%s" % (path, r.stderr[-2000:]))
    return int(m.group(1).replace(",", ""))


def run_instructions(sizes, only) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        dirs = {}
        for mb in sizes:
            d = pathlib.Path(tmp) / ("%dMB" % mb)
            subprocess.check_call([str(WRITER), str(d), str(mb * MB)])
            dirs[mb] = d
        names = sorted(p.stem for p in dirs[sizes[0]].glob("*.txt"))
        if only:
            names = [n for n in names if n in only]
        head = "  ".join("%d→%d MB" % (a, b) for a, b in zip(sizes, sizes[1:]))
        print("instructions per input byte between sizes (callgrind); last/first ratio")
        print("%-18s %s   ratio" % ("input", head))
        worst = 0.0
        for name in names:
            counts = [(mb, (dirs[mb] / (name + ".txt")).stat().st_size, instructions(dirs[mb] / (name + ".txt"))) for mb in sizes]
            per_byte = [(c2 - c1) / max(b2 - b1, 1) for (_, b1, c1), (_, b2, c2) in zip(counts, counts[1:])]
            ratio = per_byte[-1] / per_byte[0] if per_byte[0] > 0 else float("nan")
            worst = max(worst, ratio)
            print("%-18s %s   %.2f" % (name, "  ".join("%9.1f" % x for x in per_byte), ratio), flush=True)
        print("largest ratio: %.2f (1.00 = linear)" % worst)


def corpus(path: pathlib.Path, mb: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "crates/tinbai/tests/fixtures").glob("*/*.txt"))]
    n = 0
    i = 0
    with path.open("w", encoding="utf-8") as f:
        while n < mb * MB:
            line = json.dumps({"id": str(i), "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n"
            f.write(line)
            n += len(line.encode("utf-8"))
            i += 1


def timed(path: pathlib.Path, threads: int):
    cmd = ["/usr/bin/time", "-v", str(CLI), "extract", "--no-progress", "--threads", str(threads), str(path)]
    t = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    wall = time.perf_counter() - t
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr).group(1))
    return wall, rss / 1024


def run_corpus(sizes, threads) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for mb in sizes:
            p = pathlib.Path(tmp) / ("corpus_%dMB.jsonl" % mb)
            corpus(p, mb)
            runs = [timed(p, threads) for _ in range(3)]
            wall = statistics.median(r[0] for r in runs)
            rss = max(r[1] for r in runs)
            rows.append((mb, wall, rss))
            print("%4d MB  %7.2f s  %6.1f MB/s  peak RSS %6.1f MB" % (mb, wall, mb / wall, rss), flush=True)
        for (a, ta, _), (b, tb, _) in zip(rows, rows[1:]):
            print("%d MB / %d MB: time ratio %.2f for a size ratio %.1f" % (b, a, tb / ta, b / a))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["instructions", "corpus"])
    ap.add_argument("--sizes", help="sizes in MB, comma-separated")
    ap.add_argument("--only", default="", help="instructions: input names, comma-separated")
    ap.add_argument("--threads", type=int, default=2, help="corpus: CLI threads")
    ap.add_argument("--no-build", action="store_true")
    a = ap.parse_args()
    if not a.no_build:
        build()
    if a.mode == "instructions":
        sizes = [int(x) for x in (a.sizes or "1,2,8").split(",")]
        run_instructions(sizes, set(filter(None, a.only.split(","))))
    else:
        sizes = [int(x) for x in (a.sizes or "10,100").split(",")]
        run_corpus(sizes, a.threads)


if __name__ == "__main__":
    main()
