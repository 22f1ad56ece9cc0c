"""Reading a file of the project as data: a regular file, of bounded size, or a clear refusal.

A name in the project may be a link to /dev/zero (endless), a FIFO (an open that never
returns) or a link to /etc/passwd. Every read goes through here: the file is opened
without blocking, checked to be a regular file by its open descriptor (no race between
the check and the read), and read up to a limit.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from .patterns import lazy

# A file a brief's table or figure may name in the project's assets/ folder. Here, not in inputs/,
# so that the manifest reads it without importing the models (a no-op build imports no pydantic).
ASSET_PATH = lazy(r"assets/([A-Za-z0-9_][A-Za-z0-9_.-]*/)*[A-Za-z0-9_][A-Za-z0-9_.-]*")

MAX_BYTES = 2_000_000  # a brief, a source, a text file or pyproject.toml is text
MAX_RECORD = 64_000_000  # a record in .cache/ (verdict, quote index) of a very large project
MAX_ASSET = 16_000_000  # a template, stylesheet, script or font in templates/


class Refused(Exception):
    """The file cannot be read as data; the message says why and what to do."""


class TooBig(Refused):
    """The file is over the limit: `size` (None when it grew while read) and `limit` in bytes,
    so a caller can say what to do about this kind of file."""

    def __init__(self, message: str, size: int | None, limit: int):
        super().__init__(message)
        self.size, self.limit = size, limit


def open_regular(path: Path, max_bytes: int = MAX_BYTES, follow: bool = True) -> tuple[int, int]:
    """(descriptor, size) of the regular file at `path`, opened to read; Refused otherwise.
    `follow=False` for the tool's own records (.cache/): a link planted there is refused
    unopened, so it can never make a build read outside the project. The caller closes the descriptor."""
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY | (0 if follow else os.O_NOFOLLOW)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise Refused(f"cannot read file: {exc.strerror}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise Refused("not a regular file (a FIFO, device or folder): replace it with a plain file")
        if st.st_size > max_bytes:
            raise TooBig(f"file is {st.st_size:,} bytes, over the limit of {max_bytes:,}: "
                         "split it or store less text", st.st_size, max_bytes)
    except OSError as exc:
        os.close(fd)
        raise Refused(f"cannot read file: {exc.strerror}") from None
    except Refused:
        os.close(fd)
        raise
    return fd, st.st_size


def read_regular(path: Path, max_bytes: int = MAX_BYTES, follow: bool = True) -> bytes:
    """The bytes of the regular file at `path` (links followed unless `follow=False`); Refused otherwise."""
    fd, _ = open_regular(path, max_bytes, follow)
    try:
        chunks, size = [], 0
        while chunk := os.read(fd, 1 << 20):  # the size may grow while we read
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise TooBig(f"file is over the limit of {max_bytes:,} bytes: split it or store less text",
                             None, max_bytes)
        return b"".join(chunks)
    except OSError as exc:
        raise Refused(f"cannot read file: {exc.strerror}") from None
    finally:
        os.close(fd)


def read_inside(folder: Path, path: Path, max_bytes: int = MAX_ASSET) -> bytes:
    """The bytes of the regular file at `path`, whose real path (every link resolved) must lie in
    `folder`, as for templates/: a link there to /proc/self/environ had a build print the CI's
    secrets into every page. Refused otherwise, with the reason."""
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        raise Refused("cannot read file: missing, or a loop of links") from None
    if not real.is_relative_to(folder.resolve()):
        raise Refused(f"a symbolic link leads out of {folder.name}/ (to {real}): put the file itself there")
    return read_regular(real, max_bytes)


def hash_regular(path: str | Path, hasher, follow: bool = True) -> bool:
    """Feed the regular file at `path` to `hasher`; False (nothing read) for anything else.
    `follow=False` for an output in dist/: a link there is no output of ours, whatever it leads to."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY | (0 if follow else os.O_NOFOLLOW))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        while chunk := os.read(fd, 1 << 20):
            hasher.update(chunk)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def leads_out(root: Path, path: Path | str) -> str | None:
    """The real path of `path`, a folder the tool writes in the project (dist/, .cache/), when a
    symbolic link takes it out of the project (a repository can hold `dist -> /var/www`); None
    when it stays inside, or when it names a place outside the project itself (`--out /srv/x`:
    the user's own choice)."""
    named = os.path.normpath(os.path.join(os.path.abspath(root), path))
    if not (named + os.sep).startswith(os.path.abspath(root) + os.sep):
        return None
    top, real = os.path.realpath(root), os.path.realpath(named)
    return None if real == top or real.startswith(top + os.sep) else real
