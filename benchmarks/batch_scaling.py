"""Batch scaling: `newsprism batch` on one machine, and on a local Ray of 1 and 2 workers.

    python benchmarks/batch_scaling.py [--records N] [--cluster]

The corpus is the ingest benchmark's JSONL (`ingest_throughput.jsonl_corpus`: the
extraction benchmark's article bodies, each copy with its function words permuted).
Every stage runs: reading the records, cleaning, hashes, signatures and story vectors,
the full reading of each article (spaCy: entities, quotes, claims, framing), the Parquet
files, and the clustering into a new store. Reported: articles a second for each engine,
the speed-up from 1 to 2 Ray workers, and that the Ray runs wrote the same rows as the
local one. A local Ray starts in a few seconds; that start is inside the Ray figures.
First, the cost of each stage in milliseconds an article, in this process, from which to
size a cluster: all but the last run on the workers, the clustering on the machine that
runs `batch`.

`--cluster` measures the same on a Ray cluster of separate nodes on this machine, as
`--address` reaches an existing cluster: a head started by `ray start --head` (two logical
CPUs: one reading actor, one for the light stages) and, for two workers, a worker node
started by `ray start --address` with one CPU of its own. The cluster's start is outside
the figures, as an existing cluster's would be. It ends with `ray stop --force`, which
stops every Ray process of this machine.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
from ingest_throughput import jsonl_corpus
from machine import describe

from newsprism.corpus.batch import (
    BATCH,
    ReadStage,
    batch,
    clean_stage,
    cluster,
    prepare_stage,
    read_stage,
    schema,
    write_parquet,
)
from newsprism.corpus.ingest import Ingested
from newsprism.settings import Settings


def rows(out: Path) -> list[dict[str, object]]:
    table = ds.dataset(out / "articles", format="parquet").to_table()
    return table.sort_by([("input_no", "ascending"), ("record_no", "ascending")]).to_pylist()


def run(source: Path, out: Path, engine: str, workers: int | None, address: str | None = None) -> float:
    """Articles a second from the start of the batch to its store."""
    started = time.perf_counter()
    outcome = batch([str(source)], out, Settings(), engine=engine, address=address, workers=workers)
    elapsed = time.perf_counter() - started
    return (outcome.ok + outcome.duplicate + outcome.skipped + outcome.failed) / elapsed


def stage_costs(source: Path, out: Path) -> None:
    """Each stage of the local engine timed alone, in milliseconds an article."""
    settings = Settings()
    spent: Counter[str] = Counter()

    def timed(stage: str, work: Callable[..., Any], *args: Any) -> Any:
        started = time.perf_counter()
        result = work(*args)
        spent[stage] += time.perf_counter() - started
        return result

    records = timed("read the records", read_stage, {"input_no": 0, "input": str(source)}, settings)
    reading = ReadStage(settings)
    tables = []
    for start in range(0, len(records), BATCH):
        chunk = records[start : start + BATCH]
        columns = {name: [row[name] for row in chunk] for name in chunk[0]}
        prepared = timed("prepare", prepare_stage, timed("clean", clean_stage, columns, settings))
        tables.append(pa.Table.from_pydict(timed("reading (spaCy)", reading, prepared), schema=schema()))
    for k, table in enumerate(tables):
        timed("write Parquet", write_parquet, table, out / "articles" / f"001-{k:06d}.parquet")
    outcome = Ingested()
    timed("cluster into the store", cluster, out, outcome)
    articles = outcome.ok + outcome.duplicate + outcome.skipped + outcome.failed
    for stage, seconds in spent.items():
        print(f"  {stage}: {1000 * seconds / articles:.1f} ms an article")
    print(f"  all stages: {1000 * sum(spent.values()) / articles:.1f} ms an article ({articles} articles)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=1_000, help="JSONL records")
    parser.add_argument("--cluster", action="store_true", help="also on a cluster of `ray start` nodes")
    args = parser.parse_args()
    print(f"machine: {describe()}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = root / "corpus.jsonl"
        jsonl_corpus(source, args.records)
        run(source, root / "warm", "local", None)  # imports and the spaCy model, once
        print("stages, one process:")
        stage_costs(source, root / "stages")
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
        if args.cluster:
            on_cluster(source, root)


RAY = str(Path(sys.executable).with_name("ray"))
PORT = 6391  # the head's GCS port: not Ray's default, to leave a cluster of the user's alone


def ray_cli(*args: str) -> None:
    """One `ray` command; its output is kept out of the benchmark's."""
    subprocess.run([RAY, *args], check=True, capture_output=True)


def on_cluster(source: Path, root: Path) -> None:
    """The same batch on a head node alone, then with a worker node beside it."""
    address = f"127.0.0.1:{PORT}"
    rates = {}
    try:
        ray_cli(
            "start",
            "--head",
            f"--port={PORT}",
            "--num-cpus=2",
            "--include-dashboard=false",
            "--disable-usage-stats",
        )
        for workers in (1, 2):
            if workers == 2:
                ray_cli("start", f"--address={address}", "--num-cpus=1", "--disable-usage-stats")
                time.sleep(5)  # the worker node joins
            rates[workers] = run(source, root / f"cluster{workers}", "ray", None, address)
            same = rows(root / f"cluster{workers}") == rows(root / "local")
            print(
                f"Ray cluster (`ray start` nodes), {workers} worker(s): {rates[workers]:.1f} articles/s;"
                f" rows as the local engine's: {same}"
            )
    finally:
        ray_cli("stop", "--force")
    print(f"speed-up from 1 to 2 workers on the cluster: {rates[2] / rates[1]:.2f}x")


if __name__ == "__main__":
    main()
