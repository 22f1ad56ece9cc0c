"""Progress of a multi-brief build: a live status line on a terminal, failures as they happen,
each output with its time under --verbose; then the report of what was written, once."""
from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..chars import escape

if TYPE_CHECKING:
    from .engine import Result


@dataclass
class Progress:
    """Reports each output as it finishes. quiet: failures only; verbose: stages and timings too."""

    stream: TextIO = field(default_factory=lambda: sys.stderr)
    quiet: bool = False
    verbose: bool = False
    total: int = 0
    count: int = 0
    live: bool = False  # a terminal line is showing and must be cleared before other output

    @property
    def tty(self) -> bool:
        return hasattr(self.stream, "isatty") and self.stream.isatty()

    def plan(self, total: int, fresh: int) -> None:
        self.total, self.count = total, 0
        if self.verbose or (total and not self.quiet):
            self._line(f"{total} output(s) to build, {fresh} up to date")

    def stage(self, name: str, seconds: float) -> None:
        if self.verbose:
            self._line(f"  {name}: {seconds:.3f} s")

    def output(self, name: str, seconds: float, error: str = "") -> None:
        self.count += 1
        status = "FAILED" if error else "ok"
        text = f"[{self.count}/{self.total}] {status:6} {name} ({seconds:.2f} s)"
        if error:
            self._line(text + "\n  " + escape(error, keep_newlines=True).replace("\n", "\n  "))
        elif self.verbose:
            self._line(text)
        elif self.tty and not self.quiet:  # a live line, erased: `wrote …` is the lasting record
            self._clear()
            self.stream.write(text[:120])
            self.stream.flush()
            self.live = True

    def finish(self) -> None:
        self._clear()

    def _clear(self) -> None:
        if self.live:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.live = False

    def _line(self, text: str) -> None:
        self._clear()
        self.stream.write(text + "\n")
        self.stream.flush()


def silent() -> Progress:
    """For library callers: nothing printed (the Result carries the failures)."""
    import io
    return Progress(stream=io.StringIO(), quiet=True)


def shown(path: Path, root: Path) -> str:
    """A path as the user sees it: relative to the project when inside it."""
    path, root = path.resolve(), root.resolve()
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)


def report(result: Result, root: Path, quiet: bool, out: Callable[[str], None], err: Callable[[str], None]) -> None:
    """What a build did, each output once (build and watch): warnings, removed and written
    files, and the count."""
    for warning in result.warnings:
        err(warning)
    if quiet:
        return
    for path in result.removed:
        out(f"removed {shown(path, root)} (its brief was deleted)")
    for path in result.written:
        out(f"wrote {shown(path, root)}")
    out(f"{len(result.written)} written, {len(result.up_to_date)} up to date, {len(result.failed)} failed")
