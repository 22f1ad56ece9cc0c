"""A time limit for a block of a test: it fails, never hangs the suite (a FIFO, /dev/zero or a
backtracking match must not stall a run)."""
from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    def fail(signum, frame):
        raise AssertionError(f"took longer than {seconds} s")
    previous = signal.signal(signal.SIGALRM, fail)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
