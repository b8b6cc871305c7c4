"""Batch scaling: `newsprism batch` on one machine, and on a local Ray of 1 and 2 workers.

    python benchmarks/batch_scaling.py [--records N]

The corpus is the ingest benchmark's JSONL (`ingest_throughput.jsonl_corpus`: the
extraction benchmark's article bodies, each copy with its function words permuted).
Every stage runs: reading the records, cleaning, hashes, signatures and story vectors,
the full reading of each article (spaCy: entities, quotes, claims, framing), the Parquet
files, and the clustering into a new store. Reported: articles a second for each engine,
the speed-up from 1 to 2 Ray workers, and that the Ray runs wrote the same rows as the
local one. A local Ray starts in a few seconds; that start is inside the Ray figures.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pyarrow.dataset as ds
from ingest_throughput import jsonl_corpus
from machine import describe

from newsprism.corpus.batch import batch
from newsprism.settings import Settings


def rows(out: Path) -> list[dict[str, object]]:
    table = ds.dataset(out / "articles", format="parquet").to_table()
    return table.sort_by([("input_no", "ascending"), ("record_no", "ascending")]).to_pylist()


def run(source: Path, out: Path, engine: str, workers: int | None) -> float:
    """Articles a second from the start of the batch to its store."""
    started = time.perf_counter()
    outcome = batch([str(source)], out, Settings(), engine=engine, workers=workers)
    elapsed = time.perf_counter() - started
    return (outcome.ok + outcome.duplicate + outcome.skipped + outcome.failed) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=1_000, help="JSONL records")
    args = parser.parse_args()
    print(f"machine: {describe()}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = root / "corpus.jsonl"
        jsonl_corpus(source, args.records)
        run(source, root / "warm", "local", None)  # imports and the spaCy model, once
        local = run(source, root / "local", "local", None)
        print(f"local engine (this process): {local:.1f} articles/s")
        rates = {}
        for workers in (1, 2):
            rates[workers] = run(source, root / f"ray{workers}", "ray", workers)
            same = rows(root / f"ray{workers}") == rows(root / "local")
            print(
                f"Ray, {workers} worker(s): {rates[workers]:.1f} articles/s; rows as the local engine's: {same}"
            )
        print(f"speed-up from 1 to 2 Ray workers: {rates[2] / rates[1]:.2f}x")


if __name__ == "__main__":
    main()
