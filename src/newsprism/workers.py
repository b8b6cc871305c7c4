"""Worker processes that leave with the process that started them.

A `ProcessPoolExecutor`'s workers wait on a queue they also hold open, so when their
parent is killed (SIGKILL, the OOM killer) they would wait for ever. Each worker here
watches its parent and exits once it is gone.
"""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def worker_pool(jobs: int) -> ProcessPoolExecutor:
    """A pool of `jobs` worker processes, each gone within a second of this process."""
    return ProcessPoolExecutor(max_workers=jobs, initializer=_exit_with, initargs=(os.getpid(),))


def _exit_with(parent: int) -> None:
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="exit-with-parent").start()
