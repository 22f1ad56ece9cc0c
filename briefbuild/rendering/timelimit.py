"""A time limit for rendering one brief: a clear failure instead of a build that never ends.

The limit is a SIGALRM timer, so it interrupts pure-Python work (Jinja, WeasyPrint's
layout) wherever it is; the exception is a BaseException so that no `except Exception`
inside a library swallows it. Timers belong to a process's main thread: elsewhere (a
thread of a watcher) the limit is not set.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import RenderError

DEFAULT_SECONDS = 120.0


class TimeUp(BaseException):
    """Raised by the timer; turned into a RenderError by time_limit."""


def _alarm(signum, frame):
    raise TimeUp()


@contextmanager
def time_limit(seconds: float | None, what: str) -> Iterator[None]:
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except TimeUp:
        raise RenderError(f"{what} took longer than {seconds:g} s to render: simplify it, or raise "
                          "render-timeout under [tool.briefbuild] in pyproject.toml") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
