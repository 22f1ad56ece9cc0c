"""A large check in two processes: a forked child shares the work, its results come back by pipe.

Checking is pure Python and CPU-bound, so a second core needs a second process. fork, not
spawn: the child starts with everything the parent has loaded (modules, configuration, the
parsed sources) in milliseconds, where a spawned interpreter would import and parse it all
again. The child sends back only plain results (diagnostics, what each brief uses, cache
records as bytes), never models, and writes nothing: the parent alone writes .cache/.

The items are handed out one chunk at a time, to whichever process asks first, from a pipe
filled before the fork: a slow process (a busy core, a long brief) takes fewer, and both
finish together. If the child fails in any way (killed, out of memory, an exception), the
parent does what the child took: the outcome never depends on the split.
"""
from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
CHUNKS = 1024  # numbers in the pipe, 4 bytes each: within the smallest pipe buffer Linux gives (4 KB)


def cpus() -> int:
    """The CPUs this process may run on (its affinity, which a container or `taskset` narrows)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def possible() -> bool:
    """A second process helps and is safe: Linux (where a pipe read of 4 bytes is never split
    between two readers), two CPUs, and no other thread (a fork copies only the calling
    thread; a lock another thread held would stay locked in the child)."""
    return sys.platform.startswith("linux") and cpus() >= 2 and threading.active_count() == 1


def in_two(work: Callable[[Iterable[int]], T], count: int) -> tuple[T, T]:
    """work(items) in this process and in a forked child at the same time, each given the
    numbers 0..count-1 that it takes from a shared queue; both results (this process's first)."""
    size = -(-count // CHUNKS) or 1
    queue_out, queue_in = os.pipe()
    os.write(queue_in, b"".join(c.to_bytes(4, "little") for c in range(-(-count // size))))
    read_end, write_end = os.pipe()
    # Ctrl-C is held back across the fork: arriving while the child ran Python's at-fork handlers,
    # it printed "Exception ignored in: <function _after_fork …>" and a traceback. The child takes
    # it once it ends quietly on it; this process, inside the try below, where the child is reaped.
    _hold(signal.SIG_BLOCK)
    try:
        pid = os.fork()
    except OSError:  # no memory or no process left for a second one: all of it here
        _hold(signal.SIG_UNBLOCK)
        for fd in (queue_out, queue_in, read_end, write_end):
            os.close(fd)
        return work(range(count)), work(())
    os.close(queue_in)  # both ends: the queue ends when it is empty
    if pid == 0:  # the child: never returns, never runs the parent's exit handlers
        code = 1
        try:
            os.close(read_end)
            signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends it quietly; the parent reports
            _hold(signal.SIG_UNBLOCK)
            data = pickle.dumps(work(_taken(queue_out, size, count, [])), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    mine: list[int] = []
    status = None
    try:
        _hold(signal.SIG_UNBLOCK)  # a Ctrl-C held back is raised here
        result = work(_taken(queue_out, size, count, mine))
        with os.fdopen(read_end, "rb", closefd=False) as pipe:
            data = pipe.read()
        status = os.waitpid(pid, 0)[1]
    except BaseException:  # Ctrl-C, or an error here: the child goes too, and is reaped
        if status is None:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        raise
    finally:
        os.close(queue_out)
        os.close(read_end)
    if os.waitstatus_to_exitcode(status) == 0:
        try:
            return result, pickle.loads(data)  # from our own child, over a pipe only the two of us hold
        except Exception:  # noqa: BLE001 (cut short: the child's share is done here)
            pass
    done = set(mine)
    return result, work(i for i in range(count) if i not in done)


def _hold(how: int) -> None:
    """Block or unblock SIGINT for this thread (where the platform can)."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(how, {signal.SIGINT})


def _taken(queue: int, size: int, count: int, log: list[int]) -> Iterator[int]:
    """The item numbers this process takes from the queue, chunk by chunk, until it is empty."""
    while len(data := os.read(queue, 4)) == 4:
        chunk = int.from_bytes(data, "little")
        for i in range(chunk * size, min(chunk * size + size, count)):
            log.append(i)
            yield i
