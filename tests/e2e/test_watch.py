"""watch and serve as a user runs them: a real subprocess, real edits, real rebuilds."""
from __future__ import annotations

import queue
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from conftest import SAMPLE_BRIEF

TIMEOUT = 90


class Running:
    """A briefbuild command in the background whose stderr lines can be awaited."""

    def __init__(self, root: Path, *args: str):
        self.proc = subprocess.Popen([sys.executable, "-m", "briefbuild", "--root", str(root), *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def expect(self, pattern: str) -> re.Match:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                assert self.proc.poll() is None, f"exited {self.proc.returncode}: {self.seen}"
                continue
            self.seen.append(line)
            match = re.search(pattern, line)
            if match:
                return match
        raise AssertionError(f"no line matching {pattern!r} in {self.seen}")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(20)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_watch_survives_an_invalid_edit_and_rebuilds_only_the_affected_brief(project):
    brief = project / "briefs" / f"{SAMPLE_BRIEF}.yaml"
    twin = project / "briefs" / "japan-nato-twin.yaml"
    shutil.copy(brief, twin)
    watcher = Running(project, "watch", "--format", "html")
    try:
        watcher.expect(r"^2 written, 0 up to date, 0 failed")
        watcher.expect(r"^watching")
        time.sleep(0.5)
        html = project / "dist" / f"{SAMPLE_BRIEF}.html"
        twin_bytes = (project / "dist" / "japan-nato-twin.html").read_bytes()

        edit(brief, 'date: "2022-12-12"', 'date: "2022-13-12"')
        watcher.expect(r"briefs/japan-nato\.yaml:5:1: date: '2022-13-12' is not a real date")
        watcher.expect(r"waiting for the next save")
        assert watcher.proc.poll() is None, "the watcher survives an invalid edit"

        fixed = brief.read_text("utf-8").replace('date: "2022-13-12"', 'date: "2022-12-13"')
        brief.write_text(fixed.replace("title: Japan and NATO", "title: Japan and NATO, revised", 1), "utf-8")
        watcher.expect(r"^1 written, 1 up to date, 0 failed")
        assert "Japan and NATO, revised" in html.read_text("utf-8")
        assert (project / "dist" / "japan-nato-twin.html").read_bytes() == twin_bytes
    finally:
        watcher.stop()


def test_serve_injects_live_reload_into_served_pages_only_and_signals_rebuilds(project):
    server = Running(project, "serve", "--format", "html", "--port", "0")
    try:
        port = server.expect(r"at http://127\.0\.0\.1:(\d+)/").group(1)
        server.expect(r"^watching")
        url = f"http://127.0.0.1:{port}"
        page = urllib.request.urlopen(f"{url}/{SAMPLE_BRIEF}.html", timeout=10).read()
        assert b"/__reload" in page
        assert b"/__reload" not in (project / "dist" / f"{SAMPLE_BRIEF}.html").read_bytes()

        events = urllib.request.urlopen(f"{url}/__reload", timeout=30)
        time.sleep(0.5)
        edit(project / "briefs" / f"{SAMPLE_BRIEF}.yaml", "title: Japan and NATO", "title: Japan and NATO, again")
        assert events.readline() == b"data: reload\n"
        page = urllib.request.urlopen(f"{url}/{SAMPLE_BRIEF}.html", timeout=10).read()
        assert b"Japan and NATO, again" in page
    finally:
        server.stop()


def test_serve_shows_a_failed_save_over_the_page_as_text_and_drops_it_on_the_next_good_save(project):
    import json
    brief = project / "briefs" / f"{SAMPLE_BRIEF}.yaml"
    server = Running(project, "serve", "--format", "html", "--port", "0")
    try:
        port = server.expect(r"at http://127\.0\.0\.1:(\d+)/").group(1)
        server.expect(r"^watching")
        url = f"http://127.0.0.1:{port}"
        page = urllib.request.urlopen(f"{url}/{SAMPLE_BRIEF}.html", timeout=10).read()
        assert b".textContent = " in page and b"innerHTML" not in page  # the problems are shown as text
        events = urllib.request.urlopen(f"{url}/__reload", timeout=30)
        time.sleep(0.5)
        edit(brief, "summary:", "<img src=x onerror=alert(1)>:")  # a key that is markup, in the message
        assert events.readline() == b"event: problems\n"
        data = events.readline()
        assert data.startswith(b"data: ") and data.count(b"\n") == 1, "one line, whatever the message holds"
        problems = json.loads(data[len(b"data: "):])
        assert f"briefs/{SAMPLE_BRIEF}.yaml:9:1: <img src=x onerror=alert(1)>: unknown key" in problems, problems
        assert "missing required key 'summary'" in problems and problems.endswith("2 error(s), 0 warning(s)")
        assert events.readline() == b"\n"
        late = urllib.request.urlopen(f"{url}/__reload", timeout=30)  # a page opened now sees them at once
        assert late.readline() == b"event: problems\n"
        edit(brief, "<img src=x onerror=alert(1)>:", "summary:")  # the same bytes as before: nothing to write
        assert events.readline() == b"data: reload\n", "the next good save drops the overlay"
    finally:
        server.stop()


def test_serve_shows_a_broken_template_over_the_page_until_it_is_fixed(project):
    """A brief that fails to render (QA: a template edited into a syntax error) is shown over the
    page with the template's file and line, as a failed save is; the page did reload onto its
    old version, with nothing said."""
    import json
    partial = project / "templates" / "partials" / "section.html.j2"
    good = partial.read_text("utf-8")
    server = Running(project, "serve", "--format", "html", "--port", "0")
    try:
        port = server.expect(r"at http://127\.0\.0\.1:(\d+)/").group(1)
        server.expect(r"^watching")
        events = urllib.request.urlopen(f"http://127.0.0.1:{port}/__reload", timeout=30)
        time.sleep(0.5)
        partial.write_text(good + "{% if %}\n", "utf-8")
        assert events.readline() == b"event: problems\n"
        problems = json.loads(events.readline()[len(b"data: "):])
        line = good.count("\n") + 1
        assert problems == (f"dist/{SAMPLE_BRIEF}.html: templates/partials/section.html.j2:{line}: template error "
                            f"while rendering '{SAMPLE_BRIEF}': Expected an expression, got 'end of statement block': "
                            "fix the template there"), problems
        assert events.readline() == b"\n"
        partial.write_text(good, "utf-8")
        assert events.readline() == b"data: reload\n", "the fixed template drops the overlay"
    finally:
        server.stop()
