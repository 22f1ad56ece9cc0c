"""What was built from what: content hashes of the inputs, keys of the outputs, kept in dist/.

An output's key is a hash of everything it depends on: the brief and the sources, people
and text files it uses, the templates and stylesheets, the fonts (PDF), pyproject.toml,
the tool's own code and the options that reach that output. Hashing reads files but
imports nothing heavy, so a no-op build decides in milliseconds that there is nothing to do.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import orjson

from ..cache import reject
from ..chars import escape
from ..files import ASSET_PATH, Refused, read_regular
from ..hashing import file_hash, hash_json, tool_hash
from ..inputs.scan import Scan
from ..patterns import lazy
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


MAX_MANIFEST = 64_000_000
_HEX = lazy(r"[0-9a-f]{64}")
_OUTPUT = lazy(r"(?P<brief>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?P<format>pdf|html|docx)")
SITE_FILES = ("index.html", "feed.xml", "sitemap.xml")  # the site's, of no one brief (site.py)
# What a brief's output may depend on: its brief, files directly in sources/ (YAML, text files)
# and its tables' and figures' files in assets/ (a path a brief may name: inputs/blocks.py).
_INPUT = lazy(r"(briefs/[a-z0-9]+(-[a-z0-9]+)*\.yaml|sources/[A-Za-z0-9_.-]+|" + ASSET_PATH.pattern + ")")


def _invalid(name, entry, good: set | None = None) -> str:
    """Why a manifest entry cannot be used ('' if it can). dist/ is data anyone with the CI
    artifact can change: an output name is a plain file name in the output folder, and an
    input is a file inside the project, or the entry is not followed. `good`: the (input,
    digest) pairs already found valid in this manifest (1,000 briefs share 14,000 inputs)."""
    site = name in SITE_FILES
    m = _OUTPUT.fullmatch(name) if isinstance(name, str) else None
    if not (site or m):
        return "output name is not <brief id>.pdf, .html or .docx, or a file of the site"
    if not isinstance(entry, dict) or set(entry) - {"seconds"} != {"brief", "format", "key", "inputs", "output"}:
        return "not an entry of this version"
    if not isinstance(entry.get("seconds", 0.0), (int, float)) or isinstance(entry.get("seconds"), bool):
        return "seconds is not a number"
    if (entry["brief"], entry["format"]) != (("", "site") if site or m is None else (m["brief"], m["format"])):
        return "brief or format does not match the output name"
    if not (isinstance(entry["key"], str) and _HEX.fullmatch(entry["key"])
            and isinstance(entry["output"], str) and _HEX.fullmatch(entry["output"])):
        return "key or output is not a sha256"
    inputs = entry["inputs"]
    if not isinstance(inputs, dict):
        return "an input is not a file of briefs/, sources/ or assets/ with its sha256"
    good = set() if good is None else good
    for pair in inputs.items():
        rel, digest = pair
        if not (digest is None or isinstance(digest, str)):  # (a list could not even be looked up)
            return "an input is not a file of briefs/, sources/ or assets/ with its sha256"
        if pair in good:
            continue
        if not (isinstance(rel, str) and _INPUT.fullmatch(rel) and ".." not in rel
                and (digest is None or _HEX.fullmatch(digest))):
            return "an input is not a file of briefs/, sources/ or assets/ with its sha256"
        good.add(pair)
    return ""


@dataclass
class Manifest:
    path: Path
    outputs: dict[str, Entry] = field(default_factory=dict)  # output file name -> entry
    seen: dict = field(default_factory=dict, repr=False, compare=False)  # a Session's memo of file hashes
    costs: dict[str, float] = field(default_factory=dict)  # brief -> render CPU seconds, as of the last full build

    @classmethod
    def load(cls, out: Path, seen: dict | None = None) -> Manifest:
        """The record in `out`; an entry that fails `_invalid` is dropped (a miss, never followed)."""
        path, seen = out / MANIFEST, {} if seen is None else seen
        try:
            data = orjson.loads(read_regular(path, MAX_MANIFEST, follow=False))
        except Refused as exc:
            if path.exists() or path.is_symlink():
                reject(path, str(exc))
            return cls(path, seen=seen)
        except ValueError:
            reject(path, "not valid JSON")
            return cls(path, seen=seen)
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION \
                or not isinstance(data.get("outputs"), dict):
            reject(path, f"not a version {FORMAT_VERSION} manifest")
            return cls(path, seen=seen)
        outputs: dict[str, Entry] = {}
        good: set[tuple] = set()
        for name, entry in data["outputs"].items():
            problem = _invalid(name, entry, good)
            if problem:
                reject(path, f"entry {escape(repr(name)[:80])}: {problem}")
            else:
                outputs[name] = Entry(**entry)
        costs = data.get("costs", {})
        if not (isinstance(costs, dict) and all(isinstance(b, str) and isinstance(c, (int, float))
                                                and not isinstance(c, bool) for b, c in costs.items())):
            costs = {}  # damaged: the next split falls back to the briefs' sizes
        return cls(path, outputs, seen, costs)

    def save(self) -> None:
        data = {"version": FORMAT_VERSION, "outputs": {name: vars(e) for name, e in sorted(self.outputs.items())},
                "costs": dict(sorted(self.costs.items()))}
        write_atomic(self.path, (json.dumps(data, sort_keys=True, indent=1) + "\n").encode("utf-8"))

    def current(self, name: str, key: str) -> bool:
        """True if the output `name` was built with `key` and is still the file we wrote. A link in
        its place is not (its target is never read): kept, it would publish whatever it leads to."""
        entry = self.outputs.get(name)
        return bool(entry and entry.key == key
                    and file_hash(self.path.parent / name, self.seen, follow=False) == entry.output)
