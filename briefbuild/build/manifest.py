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

from ..hashing import digest, file_hash, hash_json, tool_hash
from ..inputs.scan import Scan
from ..write import write_atomic

MANIFEST = ".briefbuild-manifest.json"
FORMAT_VERSION = 2


@lru_cache(maxsize=1)
def fonts_hash() -> str:
    from ..rendering.fonts import font_files
    return hash_json({p.name: file_hash(p) for p in font_files()})


def output_key(scan: Scan, fmt: str, options: dict, inputs: dict[str, str | None]) -> str:
    """The key of one output: the same key means the same bytes."""
    parts = {"format": fmt, "options": options, "inputs": inputs, "tool": tool_hash(),
             "templates": scan.templates, "pyproject": scan.files["pyproject.toml"]}
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
    seconds: float = 0.0  # CPU seconds its render took: the cost that balances shards (shards.py)


@dataclass
class Manifest:
    path: Path
    outputs: dict[str, Entry] = field(default_factory=dict)  # output file name -> entry
    costs: dict[str, float] = field(default_factory=dict)  # brief -> render seconds, as of the last full build

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
            costs = data.get("costs", {})
            if not all(isinstance(b, str) and isinstance(c, (int, float)) for b, c in costs.items()):
                raise TypeError("costs")
            return cls(path, outputs, costs)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls(path)  # missing or damaged: everything is out of date

    def save(self) -> None:
        data = {"version": FORMAT_VERSION, "outputs": {name: vars(e) for name, e in sorted(self.outputs.items())},
                "costs": dict(sorted(self.costs.items()))}
        write_atomic(self.path, (json.dumps(data, sort_keys=True, indent=1) + "\n").encode("utf-8"))

    def current(self, name: str, key: str) -> bool:
        """True if the output `name` was built with `key` and is still the file we wrote."""
        entry = self.outputs.get(name)
        return bool(entry and entry.key == key and file_hash(self.path.parent / name) == entry.output)
