"""Progress of a multi-brief build: a live status line on a terminal, plain lines elsewhere (CI)."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TextIO


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
            self._line(text + "\n  " + error.replace("\n", "\n  "))
        elif self.quiet:
            return
        elif self.tty and not self.verbose:
            self._clear()
            self.stream.write(text[:120])
            self.stream.flush()
            self.live = True
        else:
            self._line(text)

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
