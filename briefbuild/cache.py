"""A folder of JSON values in .cache/, one file per key.

A fresh process reads only the entries it needs: a one-brief build of a large project
opens a handful of small files instead of parsing megabytes. Every value is a function
of its key (a digest), so an entry is written once and never changes; a damaged or
missing entry is only a miss. Nothing here is needed for a correct build.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import orjson

from .files import Refused, open_regular, read_regular
from .seal import opened, seal
from .write import sweep, write_atomic

MAX_ENTRY = 16_000_000  # a parsed source or a brief's notes: far less
# Records from dist/ and .cache/ that were not used (damaged, wrong shape, unsafe), for --verbose.
# They are data anyone with write access to a CI cache or artifact can change: a bad one is a miss.
REJECTED: list[str] = []


def reject(path: Path, reason: str) -> None:
    REJECTED.append(f"ignored {path}: {reason}")


def _own(folder: Path | None) -> Path | None:
    """The folder, unless a link stands in its place (planted, or in a cache restored from
    elsewhere): records would then be read and written outside the project, so none are."""
    return None if folder is not None and os.path.islink(folder) else folder


class Entries:
    def __init__(self, folder: Path | None):
        self.folder = _own(folder)
        self.used: set[str] = set()
        self.added = 0

    def get(self, key: str):
        if self.folder is None:
            return None
        path = self.folder / f"{key}.json"
        try:
            value = orjson.loads(opened(read_regular(path, MAX_ENTRY, follow=False), self._label(key)))
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
                         seal(orjson.dumps(value),
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
                os.utime(self.folder / f"{key}.json", follow_symlinks=False)  # never the file a planted link names
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


PACK_LIMIT = 32_000_000  # one pack file's records; a larger batch is written as several packs
MAX_PACK = 2 * PACK_LIMIT
MAX_PACKS = 8  # more pack files than this (or as many dead bytes as live) are merged into one


class Packs:
    """Entries like `Entries`, but kept in a few pack files instead of a file each.

    Creating a file costs far more than writing its bytes (0.2 ms each on ext4): a `check`
    of 1,000 briefs wrote 7,000 entries one file at a time. Entries added by a process are
    written together by `flush` into one new pack; a pack never changes once written.

    A pack: a first line `briefbuild-pack <n>`, then its index (n bytes, sealed: JSON of
    key -> [offset, length]), then the records, each sealed with its key inside the MAC, so
    that a record cannot be passed off under another key. A process reads the indexes and
    then only the records it gets. A damaged pack or record is a miss, as in `Entries`.
    """

    def __init__(self, folder: Path | None):
        self.folder = _own(folder)
        self.used: set[str] = set()
        self.added: dict[str, bytes] = {}  # key -> sealed record, written by flush()
        self._index: dict[str, tuple[str, int, int]] | None = None  # key -> (pack, offset, length)
        self._fds: dict[str, int] = {}

    def keys(self) -> set[str]:
        """The keys stored in the packs (not those added and not yet flushed)."""
        return set(self._spots())

    def where(self, key: str) -> Path:
        """The file an entry is in (for messages)."""
        spot = self._spots().get(key)
        return (self.folder or Path()) / (spot[0] if spot else f"{key} (not written yet)")

    def get(self, key: str):
        if key in self.added:
            self.used.add(key)
            return orjson.loads(_record_value(key, opened(self.added[key])))
        spot = self._spots().get(key)
        if spot is None or self.folder is None:
            return None
        blob = self._record(key)
        try:
            if blob is None:
                raise ValueError("unreadable")
            value = orjson.loads(_record_value(key, opened(blob)))
        except ValueError as exc:
            reject(self.folder / spot[0], f"entry {key}: " + (str(exc) if "sealed" in str(exc) or "key" in str(exc)
                                                              else "damaged"))
            return None
        self.used.add(key)
        return value

    def put(self, key: str, value) -> None:
        self.used.add(key)
        if self.folder is None or key in self.added or key in self._spots():
            return
        data = orjson.dumps(value)
        self.added[key] = seal(key.encode("ascii") + b"\n" + data)

    def flush(self) -> None:
        """Write the entries added since the last flush, as one new pack (or a few, if large).
        Past MAX_PACKS files, the packs are merged into one as well."""
        if self.added and len(self._spots_packs()) + 1 > MAX_PACKS:
            self._merge(set(self._spots()))
        else:
            self._write(list(self.added.items()))
        self.added.clear()
        self.close()  # a watcher keeps its session: no descriptors held between saves

    def keep_only_used(self) -> None:
        """After a load of the whole project: drop the entries nobody used when they take as
        many bytes as the rest (or the packs are many), else only the packs nobody used."""
        if self.folder is None:
            return
        sweep(self.folder)
        spots = self._spots()
        live = sum(spots[k][2] for k in self.used if k in spots)
        dead = sum(length for k, (_, _, length) in spots.items() if k not in self.used)
        if dead > live or len(self._spots_packs()) + 1 > MAX_PACKS:
            self._merge(self.used)
        else:
            packs = self._spots_packs()
            written = self._write(list(self.added.items()))
            if self.folder is not None:
                for name in packs - {spots[k][0] for k in self.used if k in spots} - written:
                    (self.folder / name).unlink(missing_ok=True)
        self.added.clear()
        self.close()

    def _merge(self, keys: set[str]) -> None:
        """One pack of the entries `keys` (as far as the packs hold them) and those added;
        the old packs go."""
        spots, packs = self._spots(), self._spots_packs()
        records = [(key, record) for key in sorted(keys) if key in spots and key not in self.added
                   and (record := self._record(key)) is not None]
        written = self._write(records + list(self.added.items()))
        if self.folder is not None:  # else nothing was written: the old packs stay
            for name in packs - written:
                (self.folder / name).unlink(missing_ok=True)

    def _record(self, key: str) -> bytes | None:
        """The sealed record of `key`, as stored (None if unreadable)."""
        spot = self._spots().get(key)
        if spot is None:
            return None
        try:
            return os.pread(self._fds[spot[0]], spot[2], spot[1])
        except OSError:
            return None

    def _spots_packs(self) -> set[str]:
        self._spots()
        return set(self._fds)

    def close(self) -> None:
        for fd in self._fds.values():
            os.close(fd)
        self._fds.clear()
        self._index = None

    def _write(self, records: list[tuple[str, bytes]]) -> set[str]:
        """Write the records as new packs; the names written."""
        written: set[str] = set()
        if self.folder is None or not records:
            return written
        start = 0
        while start < len(records):
            size, end = 0, start
            while end < len(records) and (end == start or size + len(records[end][1]) <= PACK_LIMIT):
                size += len(records[end][1])
                end += 1
            index, offset = {}, 0
            for key, record in records[start:end]:
                index[key] = [offset, len(record)]
                offset += len(record)
            head = seal(orjson.dumps(index))
            first = f"briefbuild-pack {len(head)}\n".encode("ascii")
            body = b"".join(record for _, record in records[start:end])
            name = hashlib.blake2b(head, digest_size=12).hexdigest() + ".pack"
            try:
                write_atomic(self.folder / name, first + head + body, durable=False)
            except OSError:  # a read-only checkout still builds, only slower
                self.folder = None
                return written
            written.add(name)
            start = end
        self.close()  # the next get reads the indexes again, the new pack's too
        return written

    def _spots(self) -> dict[str, tuple[str, int, int]]:
        if self._index is None:
            self._index = {}
            try:
                names = sorted(n for n in os.listdir(self.folder) if n.endswith(".pack")) if self.folder else []
            except OSError:
                names = []
            for name in names:
                self._read_index(name)
        return self._index

    def _read_index(self, name: str) -> None:
        assert self.folder is not None and self._index is not None
        path = self.folder / name
        try:
            fd, size = open_regular(path, MAX_PACK, follow=False)
        except Refused as exc:
            reject(path, str(exc))
            return
        try:
            first = os.pread(fd, 40, 0).split(b"\n", 1)[0]
            if not first.startswith(b"briefbuild-pack "):
                raise ValueError("not a pack")
            length = int(first.removeprefix(b"briefbuild-pack "))
            base = len(first) + 1 + length
            index = orjson.loads(opened(os.pread(fd, length, len(first) + 1)))
            spots = {}
            for key, (offset, count) in index.items():
                if not (isinstance(offset, int) and isinstance(count, int) and 0 <= offset
                        and 0 < count <= MAX_ENTRY and base + offset + count <= size):
                    raise ValueError("an index entry points outside the pack")
                spots[key] = (name, base + offset, count)
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            os.close(fd)
            reject(path, str(exc) if "sealed" in str(exc) or "pack" in str(exc) else "damaged index")
            return
        self._fds[name] = fd
        for key, spot in spots.items():
            self._index.setdefault(key, spot)


def _record_value(key: str, record: bytes) -> bytes:
    """The JSON of a record sealed with its key; ValueError if the key is another's."""
    got, _, data = record.partition(b"\n")
    if got != key.encode("ascii"):
        raise ValueError(f"a record of another key ({got[:40]!r})")
    return data
