"""Shards for a CI matrix: each of N machines builds a share of the briefs, and the shares
take about the same time.

A brief's cost is the CPU time its outputs took to render in the last full build (recorded
in the manifest's `costs`; CPU time, not wall time, so a busy machine does not skew it),
or, for a brief never built, the size of its YAML scaled to the same unit. The split starts
from a stable hash of each id (so a brief stays where it was) and then moves the fewest
briefs needed from the heaviest share to the lightest. Adding one brief therefore moves
only a few others (tested).

Each shard's build writes `.briefbuild-shard.json` (the briefs it owned) beside its
manifest; `gather` copies each shard's own outputs into one folder and merges the manifests,
so the next run's shards start from one record of every brief's cost.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..files import MAX_RECORD, Refused, read_regular
from ..hashing import digest
from ..write import write_atomic

RECORD = ".briefbuild-shard.json"
BALANCED = 1.01  # stop moving briefs once the heaviest share is within 1% of the mean


def home(brief_id: str, n: int) -> int:
    """The share a brief starts in: sha256, not Python's salted hash(), so every machine agrees."""
    return int(hashlib.sha256(brief_id.encode("utf-8")).hexdigest(), 16) % n


def costs_of(ids, recorded: dict[str, float], sizes: dict[str, int]) -> dict[str, float]:
    """Recorded cost where there is one; otherwise the YAML's size in the recorded unit."""
    known = {b: recorded[b] for b in ids if recorded.get(b, 0) > 0}
    known_size = sum(sizes.get(b, 0) for b in known)
    ratio = sum(known.values()) / known_size if known and known_size else 1.0
    return {b: known[b] if b in known else max(sizes.get(b, 0), 1) * ratio for b in ids}


def split(costs: dict[str, float], n: int) -> dict[str, int]:
    """brief id -> share (0-based): the hash's shares, then the fewest moves that balance them."""
    owner = {b: home(b, n) for b in sorted(costs)}
    loads = [0.0] * n
    for b, k in owner.items():
        loads[k] += costs[b]
    mean = sum(loads) / n if n else 0.0
    for _ in range(4 * len(costs)):
        hi = max(range(n), key=lambda k: (loads[k], -k))
        lo = min(range(n), key=lambda k: (loads[k], k))
        gap = loads[hi] - loads[lo]
        if loads[hi] <= mean * BALANCED or gap <= 0:
            break
        movable = [b for b, k in owner.items() if k == hi and 0 < costs[b] < gap]
        if not movable:
            break
        # The brief closest to half the gap evens the two shares best (ties: by id, for every machine alike).
        moved = min(movable, key=lambda b: (abs(costs[b] - gap / 2), b))
        owner[moved] = lo
        loads[hi] -= costs[moved]
        loads[lo] += costs[moved]
    return owner


def shard_ids(ids: list[str], root: Path, recorded: dict[str, float], shard: tuple[int, int] | None) -> list[str]:
    """The briefs of share k of n (1-based), in the order given."""
    if shard is None:
        return ids
    k, n = shard
    everyone = sorted(p.stem for p in (root / "briefs").glob("*.yaml"))
    sizes = {b: _size(root / "briefs" / f"{b}.yaml") for b in everyone}
    owner = split(costs_of(everyone, recorded, sizes), n)
    return [b for b in ids if owner.get(b, home(b, n)) == k - 1]


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def recorded_costs(outputs: dict) -> dict[str, float]:
    """Each brief's render CPU seconds summed over its outputs (manifest entries)."""
    costs: dict[str, float] = {}
    for entry in outputs.values():
        seconds = entry.seconds if isinstance(entry.seconds, (int, float)) else 0.0
        if entry.format != "site":
            costs[entry.brief] = costs.get(entry.brief, 0.0) + max(float(seconds), 0.0)
    return {b: round(c, 4) for b, c in sorted(costs.items())}


def write_record(out: Path, shard: tuple[int, int], briefs: list[str]) -> None:
    _write(out, [shard], briefs)


def _write(out: Path, shards: list[tuple[int, int]], briefs: list[str]) -> None:
    data: dict = {"shard": list(shards[0])} if len(shards) == 1 else {"shards": [list(s) for s in shards]}
    data["briefs"] = sorted(briefs)
    write_atomic(out / RECORD, (json.dumps(data, indent=1) + "\n").encode("utf-8"))


MAX_OUTPUT = 200_000_000  # a PDF of a very long brief with its evidence: far less


def _output(path: Path) -> bytes | None:
    """The bytes of an output as a regular file of its folder, never of a link in its place."""
    try:
        return read_regular(path, MAX_OUTPUT, follow=False)
    except Refused:
        return None


def _read_record(folder: Path) -> tuple[list[tuple[int, int]], set[str]]:
    """The shards (k, n) a folder holds and the briefs they owned: a shard's build writes one
    shard, a gather of some shards of a run all of them, a gather of every shard (1, 1)."""
    from ..errors import BriefError
    try:  # a CI artifact: a link planted there (to /dev/zero, which never ends) or a FIFO is refused unread
        data = json.loads(read_regular(folder / RECORD, MAX_RECORD, follow=False))
        pairs = data["shards"] if "shards" in data else [data["shard"]]
        shards = [(int(k), int(n)) for k, n in pairs if type(k) is int and type(n) is int and 1 <= k <= n]
        briefs = data["briefs"]
        if len(shards) != len(pairs) or not shards or not isinstance(briefs, list) \
                or not all(isinstance(b, str) for b in briefs):
            raise ValueError("not a record of shards")
    except (Refused, OSError, ValueError, KeyError, TypeError) as exc:
        why = str(exc) if isinstance(exc, Refused) else type(exc).__name__
        raise BriefError(f"{folder}: no readable {RECORD} ({why}): "
                         "gather takes the output folders of `build --shard K/N`") from None
    return shards, set(briefs)


@dataclass
class Gathered:
    copied: list[Path]
    briefs: list[str]
    shards: list[tuple[int, int]]  # the shards gathered, (k, n); [(1, 1)] once every shard of a run is in
    missing: list[int]  # the shards of the run not given (k): a part was gathered


def _whole(records: list[tuple[Path, list[tuple[int, int]], set[str]]], briefs: list[str] | None):
    """The shards given, and those of their run not given; an error when they cannot be one run's,
    or when every shard is in and a brief of the project was built by none of them."""
    from ..errors import BriefError
    seen: dict[tuple[int, int], Path] = {}
    for folder, shards, _ in records:
        for shard in shards:
            if shard in seen:
                raise BriefError(f"shard {shard[0]}/{shard[1]} is in both {seen[shard]} and {folder}: "
                                 "give each shard's folder once")
            seen[shard] = folder
    runs = sorted({n for _, n in seen})
    if len(runs) > 1:
        raise BriefError(f"the folders are shards of different splits (N = {', '.join(map(str, runs))}): "
                         "gather the shards of one run, all built with --shard K/N of the same N")
    n = runs[0]
    missing = [k for k in range(1, n + 1) if (k, n) not in seen]
    owned = set().union(*(owned for _, _, owned in records))
    if not missing and briefs is not None and (lost := sorted(set(briefs) - owned)):
        raise BriefError(f"{len(lost)} brief(s) of briefs/ were built by no shard: {', '.join(lost[:10])}"
                         f"{' …' if len(lost) > 10 else ''}. The shards split the briefs differently, as when one "
                         "started without the build cache the others restored: build every shard from the same "
                         "dist/ (or build without --shard)")
    return sorted(seen), missing


def gather(shards: list[Path], out: Path, briefs: list[str] | None = None) -> Gathered:
    """Copy each shard's own outputs (its record says which briefs) into `out` and merge the
    manifests' entries for them; the merged manifest's costs cover every brief. `briefs`: the
    project's brief ids, which every shard of a run together must have built."""
    from .manifest import Manifest
    records = [(folder, *_read_record(folder)) for folder in shards]
    given, missing = _whole(records, briefs)
    merged = Manifest.load(out)
    copied, owned_all = [], []
    for folder, _, owned in records:
        manifest = Manifest.load(folder)
        for name, entry in sorted(manifest.outputs.items()):
            if entry.brief not in owned:
                continue
            data = _output(folder / name)  # a shard's folder is a CI artifact: a link there is not copied
            if data is None or digest(data) != entry.output:
                continue
            if folder.resolve() != out.resolve():
                write_atomic(out / name, data, durable=False)
                copied.append(out / name)
            merged.outputs[name] = entry
        owned_all += sorted(owned)
    merged.costs = recorded_costs(merged.outputs)
    merged.save()
    whole = [(1, 1)] if not missing else given
    _write(out, whole, sorted(set(owned_all)))
    return Gathered(copied, sorted(set(owned_all)), whole, missing)
