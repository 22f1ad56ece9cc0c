"""A folder of JSON values in .cache/, one file per key.

A fresh process reads only the entries it needs: a one-brief build of a large project
opens a handful of small files instead of parsing megabytes. Every value is a function
of its key (a digest), so an entry is written once and never changes; a damaged or
missing entry is only a miss. Nothing here is needed for a correct build.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from .files import Refused, read_regular
from .seal import opened, seal
from .write import sweep, write_atomic

MAX_ENTRY = 16_000_000  # a parsed source or a brief's notes: far less
# Records from dist/ and .cache/ that were not used (damaged, wrong shape, unsafe), for --verbose.
# They are data anyone with write access to a CI cache or artifact can change: a bad one is a miss.
REJECTED: list[str] = []


def reject(path: Path, reason: str) -> None:
    REJECTED.append(f"ignored {path}: {reason}")


class Entries:
    def __init__(self, folder: Path | None):
        self.folder = folder
        self.used: set[str] = set()
        self.added = 0

    def get(self, key: str):
        if self.folder is None:
            return None
        path = self.folder / f"{key}.json"
        try:
            value = json.loads(opened(read_regular(path, MAX_ENTRY), self._label(key)))
        except Refused as exc:
            if path.exists() or path.is_symlink():
                reject(path, str(exc))
            return None
        except ValueError as exc:
            reject(path, str(exc) if "sealed" in str(exc) else "not valid JSON")
            return None
        self.used.add(key)
        return value

    def put(self, key: str, value) -> None:
        self.used.add(key)
        if self.folder is None or (self.folder / f"{key}.json").exists():
            return
        try:
            write_atomic(self.folder / f"{key}.json",
                         seal(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
                              self._label(key)), durable=False)
            self.added += 1
        except OSError:  # a read-only checkout still builds, only slower
            self.folder = None

    def _label(self, key: str) -> str:
        return f"{self.folder.name if self.folder else ''}/{key}"

    def touch(self, key: str) -> None:
        """Mark an entry as recently used (for prune_oldest)."""
        try:
            if self.folder is not None:
                os.utime(self.folder / f"{key}.json")
        except OSError:
            pass

    def keep_only_used(self) -> None:
        """Remove every entry this process did not get or put (after it read the whole project)."""
        if self.folder is None:
            return
        sweep(self.folder)
        for name in self._names():
            if name.removesuffix(".json") not in self.used:
                (self.folder / name).unlink(missing_ok=True)

    def prune_oldest(self, most: int) -> None:
        """Keep the `most` most recently used entries."""
        folder = self.folder
        if folder is None:
            return
        sweep(folder)
        names = self._names()
        if len(names) <= most:
            return
        by_age = sorted(names, key=lambda n: _mtime(folder / n))
        for name in by_age[:len(names) - most]:
            (folder / name).unlink(missing_ok=True)

    def _names(self) -> list[str]:
        try:
            return [n for n in os.listdir(self.folder) if n.endswith(".json")] if self.folder else []
        except OSError:
            return []


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0
