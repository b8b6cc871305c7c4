from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from newsprism.output import write_atomic


def test_write_replaces_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "story.json"
    write_atomic(path, "first")
    write_atomic(path, "second")
    assert path.read_text() == "second"
    assert [p.name for p in path.parent.iterdir()] == ["story.json"]


def test_a_new_file_gets_the_usual_mode_and_an_old_one_keeps_its_own(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        fresh = tmp_path / "new.json"
        write_atomic(fresh, "x")
        assert fresh.stat().st_mode & 0o777 == 0o644
        private = tmp_path / "private.json"
        private.write_text("old")
        private.chmod(0o600)
        write_atomic(private, "new")
        assert private.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(umask)


def test_a_writer_killed_mid_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    path.write_text("the previous story")
    writer = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from newsprism.output import write_atomic; "
         "write_atomic(__import__('pathlib').Path(sys.argv[1]), 'x' * 400_000_000)", str(path)],
    )  # fmt: skip
    deadline = time.monotonic() + 20
    while not list(tmp_path.glob(".story.json.*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.01)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert path.read_text() == "the previous story"
