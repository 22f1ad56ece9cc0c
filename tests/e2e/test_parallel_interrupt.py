"""Ctrl-C while a large check runs in two processes (checking/parallel.py): exit 130, one line,
no traceback, and no process left behind."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factory import PEOPLE, brief, make_project, numbered_source

from briefbuild.checking import parallel

pytestmark = pytest.mark.skipif(not parallel.possible(), reason="needs Linux and two CPUs (CI has both)")


def children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def test_ctrl_c_during_a_split_check_exits_130_and_leaves_no_process(tmp_path):
    files: dict[str, str | None] = {"sources/people.yaml": PEOPLE, "sources/s1.yaml": None, "briefs/b1.yaml": None}
    for n in range(400):
        files[f"sources/s{n:03d}.yaml"] = numbered_source(n)
    for b in range(600):
        blocks = "".join(f"      - claim: Lee said {{q{(b + k) % 400}}}.\n" for k in range(12))
        files[f"briefs/b{b:03d}.yaml"] = brief(blocks, title=f"Brief {b}")
    root = make_project(tmp_path / "p", files)
    proc = subprocess.Popen([sys.executable, "-m", "briefbuild", "--root", str(root), "check"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while not (child := children(proc.pid)) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert child, "the check never forked its second process"
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole process group
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1].startswith("interrupted:")
    gone = time.monotonic() + 5
    while Path(f"/proc/{child[0]}").exists() and time.monotonic() < gone:
        time.sleep(0.01)
    assert not Path(f"/proc/{child[0]}").exists(), "the second process outlived the check"
