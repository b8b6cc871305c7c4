"""Cold start: how long `newsprism analyze` takes on the three seed articles, end to end.

    python benchmarks/cold_start.py [--runs N]

Each run is a new process (interpreter start, imports, reading, cleaning, writing JSON),
as a person running the command sees it; the median and the spread are reported, beside
the time of `import newsprism` alone.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from machine import SHARED, describe


def seconds(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    seeds = sorted(str(p) for p in (SHARED / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        command = [
            sys.executable,
            "-m",
            "newsprism",
            "analyze",
            *seeds,
            "--json",
            str(Path(tmp) / "s.json"),
            "-q",
        ]
        runs = [seconds(command) for _ in range(args.runs)]
    imports = [seconds([sys.executable, "-c", "import newsprism"]) for _ in range(args.runs)]
    print(
        f"cold start, `newsprism analyze` on {len(seeds)} seed articles: median {statistics.median(runs):.2f} s"
        f" (min {min(runs):.2f}, max {max(runs):.2f}, {args.runs} runs)"
    )
    print(f"`import newsprism` alone: median {statistics.median(imports):.2f} s")
    print(f"machine: {describe()}")


if __name__ == "__main__":
    main()
