"""Which source files a set of briefs needs, without loading every source.

`build BRIEF` validates that brief, the people and the sources it cites, not the whole
project: on a large project, most of a one-brief build would otherwise go to checking
sources it never uses. Quotes are named by id in the briefs but live inside source
files, so an index maps each source file's bytes (by digest) to the quote ids it holds.
The index is kept in .cache/ and only files whose bytes changed are parsed again.
"""
from __future__ import annotations

import json
from pathlib import Path

import orjson

from ..files import MAX_RECORD, Refused, read_regular
from ..seal import opened, seal

INDEX = Path(".cache") / "briefbuild" / "quote-index.json"


class QuoteIndex:
    """Source file (relative path) -> (digest of its bytes, the quote ids it holds)."""

    def __init__(self, root: Path, stamp: str):
        self.path, self.stamp = root / INDEX, stamp
        self.files: dict[str, tuple[str, list[str]]] = {}
        self.changed = False
        try:
            saved = orjson.loads(opened(read_regular(self.path, MAX_RECORD, follow=False)))
            if saved.get("stamp") == stamp:
                self.files = {str(rel): (str(d), [str(i) for i in ids]) for rel, (d, ids) in saved["files"].items()}
        except (Refused, ValueError, KeyError, TypeError, AttributeError):  # damaged: parse again
            self.files = {}

    def lookup(self, rel: str, digest: str) -> list[str] | None:
        entry = self.files.get(rel)
        return entry[1] if entry and entry[0] == digest else None

    def record(self, rel: str, digest: str, ids: list[str]) -> None:
        if self.files.get(rel) != (digest, ids):
            self.files[rel] = (digest, list(ids))
            self.changed = True

    def forget_except(self, rels: set[str]) -> None:
        for rel in set(self.files) - rels:
            del self.files[rel]
            self.changed = True

    def save(self) -> None:
        if not self.changed:
            return
        from ..write import write_atomic
        try:
            write_atomic(self.path, seal(json.dumps({"stamp": self.stamp, "files": self.files}, sort_keys=True,
                                                    separators=(",", ":")).encode("utf-8")), durable=False)
            self.changed = False
        except OSError:  # a read-only checkout still builds, only slower
            pass


def wanted(briefs) -> tuple[set[str], set[str]]:
    """(quote ids, source ids) the briefs refer to, known or not."""
    from ..inputs.project import evidence_of
    quotes: set[str] = set()
    sources: set[str] = set()
    for brief in briefs:
        for *_, kind, ref in evidence_of(brief):
            (quotes if kind == "quote" else sources).add(ref)
        quotes.update(brief.pull_quotes)
    return quotes, sources
