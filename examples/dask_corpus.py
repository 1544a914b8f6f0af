#!/usr/bin/env python3
"""Run tinbai over a collection of articles with Dask's distributed scheduler.

    python examples/dask_corpus.py seeds/*.txt            # a LocalCluster on this machine
    python examples/dask_corpus.py --scheduler tcp://HOST:8786 /data/articles/*.txt

Each task reads a batch of files and calls ``tinbai.extract_many`` (which runs
in parallel in Rust without the GIL); only the small entity rows travel back.
The same code runs on a real cluster: pass the scheduler's address.
"""

from __future__ import annotations

import argparse
import pathlib
from typing import Any, Dict, List, Sequence


def extract_batch(paths: Sequence[str]) -> List[Dict[str, Any]]:
    """Read and extract a batch of articles; return their entity rows."""
    import tinbai
    from tinbai._frames import rows

    texts = [pathlib.Path(p).read_text(encoding="utf-8") for p in paths]
    docs = tinbai.extract_many(texts)
    return rows(docs, "entities", ids=[pathlib.Path(p).stem for p in paths])


def entities_frame(paths: Sequence[str], client: Any, batch_size: int = 16, timeout: float = 600) -> Any:
    """Submit the paths in batches to ``client`` and gather one pandas DataFrame."""
    import pandas as pd
    from dask.distributed import wait

    from tinbai._frames import ENTITY_COLUMNS

    batches = [list(paths[i : i + batch_size]) for i in range(0, len(paths), batch_size)]
    futures = client.map(extract_batch, batches, pure=False)
    wait(futures, timeout=timeout)
    rows: List[Dict[str, Any]] = []
    for part in client.gather(futures):
        rows.extend(part)
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS)


def main() -> None:
    from dask.distributed import Client, LocalCluster

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    a = ap.parse_args()
    if a.scheduler:
        client = Client(a.scheduler)
    else:
        client = Client(LocalCluster(n_workers=2, threads_per_worker=1))
    with client:
        df = entities_frame(a.paths, client)
    print(df.groupby("type").size())
    print(df.head(20).to_string())


if __name__ == "__main__":
    main()
