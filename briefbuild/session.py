"""What one command remembers while it runs, and nothing longer.

A command creates a Session and passes it down: a build or a check uses one for its single
run; `watch` and `serve` keep one for their whole life, so a save re-reads, re-hashes and
re-parses only the files whose bytes changed. Nothing is remembered between commands
except through .cache/ on disk, and two sessions in one process (tests, a library caller)
never see each other's state.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Stamp = tuple[int, int, int, int]  # size, mtime, ctime, inode


@dataclass
class Session:
    seen: dict[str, tuple[Stamp, str]] = field(default_factory=dict)
    """hashing.file_hash: path -> (stat stamp, sha256), for files not changed in the last second."""
    parsed: dict[tuple[str, str], tuple[Any, ...]] = field(default_factory=dict)
    """validate: (path, model) -> (digest of the bytes, YAML document, model, diagnostics)."""
    disks: dict[Path, Any] = field(default_factory=dict)
    """validate: each project's parse cache on disk (load.DiskCache), used by the first load only."""
    indexes: dict[Path, Any] = field(default_factory=dict)
    """validate: each project's quote index (scope.QuoteIndex), read from disk once."""
