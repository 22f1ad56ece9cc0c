"""Content hashes of every project input, read before any other work."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..hashing import file_hash, hash_json
from ..session import Session

Seen = dict  # a Session's memo of file hashes (session.Session.seen)

# models.ID_PATTERN, without importing pydantic (a no-op build imports nothing heavy).
_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def valid_id(name: str) -> bool:
    """True for a name usable as an id: a file named otherwise is an input error, never an id."""
    return _ID.fullmatch(name) is not None


def _tree(root: Path, folder: Path, recursive: bool, seen: Seen | None) -> dict[str, str | None]:
    if not recursive:
        return _folder(root, folder, seen)
    return {p.relative_to(root).as_posix(): _inside_hash(root, p, seen) for p in sorted(folder.rglob("*")) if p.is_file()}


def _folder(root: Path, folder: Path, seen: Seen | None) -> dict[str, str | None]:
    """The files of one folder, as _tree finds them, from one directory listing: a folder of
    thousands of sources is not stat-ed file by file and sorted as paths first."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError:
        return {}
    prefix = folder.relative_to(root).as_posix() + "/"
    found: dict[str, str | None] = {}
    for entry in entries:
        try:
            if not entry.is_file():  # follows links, as Path.is_file does
                continue
            link = entry.is_symlink()
        except OSError:
            continue
        path = folder / entry.name
        found[prefix + entry.name] = _inside_hash(root, path, seen) if link else file_hash(path, seen)
    return found


def _inside_hash(root: Path, path: Path, seen: Seen | None) -> str | None:
    """The hash of a file in the project; None for a link that leads out of it, which is
    never read (validation reports it), so hashing cannot be made to read /etc/hostname."""
    if path.is_symlink():
        try:
            if not path.resolve(strict=True).is_relative_to(root.resolve()):
                return None
        except (OSError, RuntimeError):  # dangling, or a loop
            return None
    return file_hash(path, seen)


@dataclass(frozen=True)
class Scan:
    """Content hashes of every project input, read before any other work."""

    root: Path
    files: dict[str, str | None]  # briefs/*.yaml, sources/*, pyproject.toml -> sha256 (None: unreadable)
    templates: str  # one hash over templates/**
    seen: Seen = field(default_factory=dict, compare=False, repr=False)  # the session's memo

    @classmethod
    def read(cls, root: Path, session: Session | None = None) -> Scan:
        seen = (session or Session()).seen
        # The themes (themes/<name>/: templates, logo, colours, fonts) are part of the look, like templates/.
        look = {**_tree(root, root / "templates", True, seen), **_tree(root, root / "themes", True, seen)}
        return cls(root, cls.inputs(root, seen), hash_json(look), seen)

    @staticmethod
    def inputs(root: Path, seen: Seen | None = None) -> dict[str, str | None]:
        """briefs/*, sources/*, assets/** (tables' and figures' files) and pyproject.toml: what validation reads."""
        files = {**_tree(root, root / "briefs", False, seen), **_tree(root, root / "sources", False, seen),
                 **_tree(root, root / "assets", True, seen)}
        files["pyproject.toml"] = _inside_hash(root, root / "pyproject.toml", seen)
        return files

    @property
    def brief_ids(self) -> list[str]:
        stems = (Path(p).stem for p in self.files if p.startswith("briefs/") and p.endswith(".yaml"))
        return sorted(stem for stem in stems if valid_id(stem))

    def hash_of(self, rel: str) -> str | None:
        return self.files[rel] if rel in self.files else _inside_hash(self.root, self.root / rel, self.seen)
