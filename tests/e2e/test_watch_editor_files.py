"""watch lists only real inputs as changes, never the files editors write while saving (issue 14)."""
from __future__ import annotations

import time

from conftest import SAMPLE_BRIEF
from test_watch import Running, edit


def test_editors_temporary_files_are_not_changes(project):
    watcher = Running(project, "watch", "--format", "html")
    try:
        watcher.expect(r"^watching")
        time.sleep(0.5)
        briefs = project / "briefs"
        (briefs / f".#{SAMPLE_BRIEF}.yaml").symlink_to("analyst@host.4242:1700000000")  # Emacs's lock, dangling
        for name in ("4913", f"{SAMPLE_BRIEF}.yaml~", f".{SAMPLE_BRIEF}.yaml.swp", f"#{SAMPLE_BRIEF}.yaml#",
                     f"{SAMPLE_BRIEF}.yaml.tmp"):
            (briefs / name).write_text("x", "utf-8")
        edit(briefs / f"{SAMPLE_BRIEF}.yaml", "title: Japan and NATO", "title: Japan and NATO, saved")
        line = watcher.expect(r"^changed: ").string
        assert line == f"changed: briefs/{SAMPLE_BRIEF}.yaml"
        watcher.expect(r"^1 written, 0 up to date, 0 failed")
    finally:
        watcher.stop()
