#!/usr/bin/env python3
"""Peer comparison: tinbai's Python API against other Vietnamese tools, on the same text, in one run.

    python3 benches/peers.py [--repeat N] [--venv DIR]

It makes its own virtual environment (default .peers-venv), installs tinbai from
this checkout and the peers from PyPI (underthesea, and pysbd as a generic
rule-based splitter), then re-runs itself inside it. Not part of the tests.

Each tool gets the same input: the kept text of the seed articles (what a user
would hand a sentence splitter) repeated --repeat times, plus, for tinbai, the
raw articles. Throughputs are in characters per second; the median of 5 runs
is printed, and the ratios tinbai / peer.
"""

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
PEERS = ["underthesea==9.5.0", "pysbd==0.3.4"]


def ensure_venv(venv: pathlib.Path) -> None:
    py = venv / "bin" / "python"
    if not py.exists():
        subprocess.check_call([sys.executable, "-m", "venv", str(venv)])
    subprocess.check_call([str(py), "-m", "pip", "install", "-q", "--upgrade", "pip", "maturin", *PEERS])
    subprocess.check_call([str(py), "-m", "pip", "install", "-q", "--force-reinstall", "--no-deps", str(ROOT)])
    os.execv(str(py), [str(py), __file__, "--inside", *sys.argv[1:]])


def fresh(data):
    """New ``str`` objects equal to ``data`` (a str or a list of them).

    CPython caches a string's UTF-8 once a native library has asked for it;
    every timed run gets strings nobody has seen, as a user's freshly read
    text would be, so no tool is timed on a cache filled by a previous run.
    """
    if isinstance(data, str):
        return (data + " ")[:-1]
    return [(s + " ")[:-1] for s in data]


def timeit(fn, data, runs=5):
    fn(fresh(data))  # warm-up (loads models, builds automata)
    times = []
    for _ in range(runs):
        d = fresh(data)
        t = time.perf_counter()
        fn(d)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=4)
    ap.add_argument("--venv", default=str(ROOT / ".peers-venv"))
    ap.add_argument("--inside", action="store_true")
    a = ap.parse_args()
    if not a.inside:
        ensure_venv(pathlib.Path(a.venv))
        return

    import tinbai

    raws = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))] * a.repeat
    cleaned = [tinbai.extract(r, entities=False, numbers=False).text for r in raws]
    paragraphs = [p for t in cleaned for p in t.split("\n") if p.strip()]
    whole = "\n".join(paragraphs)
    n_raw = sum(len(r) for r in raws)
    n_clean = sum(len(p) for p in paragraphs)
    print("input: %d articles, %d raw chars, %d kept chars in %d paragraphs" % (len(raws), n_raw, n_clean, len(paragraphs)))

    rows = {}
    rows["tinbai.extract (clean+sentences+entities+numbers, raw)"] = (
        n_raw,
        timeit(lambda d: [tinbai.extract(r) for r in d], raws),
    )
    rows["tinbai.extract_many (2 threads, raw)"] = (n_raw, timeit(lambda d: tinbai.extract_many(d, threads=2), raws))
    rows["tinbai.split_sentences (kept text)"] = (
        n_clean,
        timeit(lambda d: [tinbai.split_sentences(p) for p in d], paragraphs),
    )
    rows["tinbai.split_sentences (kept text, one call)"] = (len(whole), timeit(tinbai.split_sentences, whole))

    def peer(name, n, fn, data, runs=5):
        try:
            rows[name] = (n, timeit(fn, data, runs))
        except Exception as e:  # a peer that cannot run offline is reported, not fatal
            print("%s: unavailable (%s: %s)" % (name, type(e).__name__, str(e)[:200]))
            rows[name] = (n, float("nan"))

    from underthesea import ner, sent_tokenize, text_normalize

    peer("underthesea.sent_tokenize", n_clean, lambda d: [sent_tokenize(p) for p in d], paragraphs)
    peer("underthesea.sent_tokenize (one call)", len(whole), sent_tokenize, whole)
    peer("underthesea.text_normalize", n_clean, lambda d: [text_normalize(p) for p in d], paragraphs)

    def ut_pipeline(d):
        for p in d:
            for s in sent_tokenize(p):
                ner(s)

    peer("underthesea.sent_tokenize + ner", n_clean, ut_pipeline, paragraphs, runs=1)

    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False)
    peer("pysbd.Segmenter (en rules)", n_clean, lambda d: [seg.segment(p) for p in d], paragraphs)

    print("\n%-58s %14s" % ("tool", "chars/s"))
    speed = {}
    for name, (n, t) in rows.items():
        speed[name] = n / t if t == t and t > 0 else float("nan")
        print("%-58s %14.0f" % (name, speed[name]))
    full = speed["tinbai.extract (clean+sentences+entities+numbers, raw)"]
    sent = speed["tinbai.split_sentences (kept text)"]
    print("\nratios (median throughput):")
    print("  tinbai.extract / underthesea sent_tokenize+ner : %8.0fx" % (full / speed["underthesea.sent_tokenize + ner"]))
    print("  tinbai.extract / underthesea sent_tokenize     : %8.1fx" % (full / speed["underthesea.sent_tokenize"]))
    print("  tinbai.split_sentences / underthesea sent_tokenize: %8.1fx" % (sent / speed["underthesea.sent_tokenize"]))
    print(
        "  the same, each given the whole text in one call  : %8.1fx"
        % (speed["tinbai.split_sentences (kept text, one call)"] / speed["underthesea.sent_tokenize (one call)"])
    )
    print("  tinbai.split_sentences / pysbd                 : %8.1fx" % (sent / speed["pysbd.Segmenter (en rules)"]))


if __name__ == "__main__":
    main()
