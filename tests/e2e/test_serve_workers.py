"""serve keeps typesetting after a PDF worker dies (issue 14): its pool is replaced, as watch's is,
and what failed with the dead worker is built again at once."""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from conftest import SAMPLE_BRIEF
from test_watch import Running, edit


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def test_serve_replaces_a_dead_pdf_worker_and_the_next_save_builds_again(project):
    server = Running(project, "serve", "--format", "pdf", "--jobs", "1", "--port", "0")
    try:
        # serve also writes the site's index and feed beside the brief: count only what matters
        server.expect(r"^[1-9]\d* written, 0 up to date, 0 failed")
        server.expect(r"^watching")
        (worker,) = children(server.proc.pid)
        os.kill(worker, signal.SIGKILL)
        time.sleep(0.5)
        brief = project / "briefs" / f"{SAMPLE_BRIEF}.yaml"
        edit(brief, "title: Japan and NATO", "title: Japan and NATO, once")
        server.expect(r"^\d+ written, \d+ up to date, 1 failed")
        server.expect(r"typesetting worker died: starting new ones")
        server.expect(r"^[1-9]\d* written, \d+ up to date, 0 failed")  # that save's PDF, without another save
        time.sleep(0.5)
        edit(brief, "title: Japan and NATO, once", "title: Japan and NATO, twice")
        server.expect(r"^[1-9]\d* written, \d+ up to date, 0 failed")
        assert b"%PDF" in (project / "dist" / f"{SAMPLE_BRIEF}.pdf").read_bytes()[:8]
    finally:
        server.stop()
