"""What machine a benchmark ran on, printed beside every figure."""

from __future__ import annotations

import os
import platform
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def describe() -> str:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB"
    return f"{cpu}, {os.cpu_count()} cores{memory}, Python {platform.python_version()}"
