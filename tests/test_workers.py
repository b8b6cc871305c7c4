"""Worker processes that run work, and leave when the process that started them is gone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsprism.workers import worker_pool


def test_a_pool_runs_work_in_other_processes() -> None:
    with worker_pool(2) as pool:
        assert list(pool.map(abs, [-3, 0, 4])) == [3, 0, 4]
        assert pool.submit(os.getpid).result() != os.getpid()


_ORPHAN = """
import os, sys
from pathlib import Path
from newsprism.workers import worker_pool
pool = worker_pool(1)
Path(sys.argv[1]).write_text(str(pool.submit(os.getpid).result()))
os._exit(0)  # the parent dies without shutting its pool down
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        return stat.read().split(") ")[-1][0] != "Z"  # a zombie has exited


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_worker_exits_once_its_parent_is_gone(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    pid = tmp_path / "worker.pid"
    subprocess.run([sys.executable, "-c", _ORPHAN, str(pid)], env=env, timeout=60, check=True)
    worker = int(pid.read_text())
    deadline = time.monotonic() + 10
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.2)
    gone = not _alive(worker)
    if not gone:
        os.kill(worker, signal.SIGKILL)  # leave no orphan behind
    assert gone
