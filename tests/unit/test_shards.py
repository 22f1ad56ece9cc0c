"""Balanced shards: split by recorded cost, stable when a brief is added, every brief in one share."""
from __future__ import annotations

import json
import os
import random
import re

import pytest
from deadline import deadline

from briefbuild.build.shards import RECORD, costs_of, gather, home, split
from briefbuild.errors import BriefError


def corpus(n: int, seed: int = 7) -> dict[str, float]:
    """Render costs of briefs of 2 to 20 pages (about 0.08 s a page plus 0.1 s)."""
    rng = random.Random(seed)
    return {f"brief-{i:04d}": 0.1 + 0.08 * rng.randint(2, 20) for i in range(n)}


def loads(costs: dict[str, float], owner: dict[str, int], n: int) -> list[float]:
    out = [0.0] * n
    for b, k in owner.items():
        out[k] += costs[b]
    return out


@pytest.mark.parametrize("briefs, n", [(40, 2), (40, 4), (200, 4), (1000, 4), (1000, 8)])
def test_every_brief_is_in_exactly_one_share_and_the_shares_are_balanced(briefs, n):
    costs = corpus(briefs)
    owner = split(costs, n)
    assert set(owner) == set(costs) and set(owner.values()) <= set(range(n))
    shares = loads(costs, owner, n)
    assert max(shares) / (sum(shares) / n) <= 1.05, shares


def test_a_hash_split_alone_is_not_balanced_which_is_why_costs_are_used():
    costs = corpus(200)
    owner = {b: home(b, 4) for b in costs}
    shares = loads(costs, owner, 4)
    balanced = loads(costs, split(costs, 4), 4)
    assert max(balanced) < max(shares)


@pytest.mark.parametrize("seed", range(5))
def test_adding_one_brief_moves_few_others(seed):
    costs = corpus(1000, seed)
    before = split(costs, 4)
    rng = random.Random(seed)
    after = split({**costs, "brief-new": 0.1 + 0.08 * rng.randint(2, 20)}, 4)
    moved = [b for b in costs if before[b] != after[b]]
    assert len(moved) <= 10, f"{len(moved)} of 1000 briefs changed shard"
    shares = loads({**costs, "brief-new": 1.0}, after, 4)
    assert max(shares) / (sum(shares) / 4) <= 1.05


def test_the_split_is_the_same_on_every_machine():
    costs = corpus(300)
    assert split(costs, 4) == split(dict(reversed(list(costs.items()))), 4)


def test_briefs_never_built_are_costed_by_size_in_the_recorded_unit():
    recorded = {"a": 2.0, "b": 4.0}
    sizes = {"a": 1000, "b": 2000, "c": 3000}
    assert costs_of(["a", "b", "c"], recorded, sizes) == {"a": 2.0, "b": 4.0, "c": 6.0}
    assert costs_of(["a", "c"], {}, sizes) == {"a": 1000, "c": 3000}


# gather: the folders given must be shards of one run; once every shard is in, every brief of the
# project must have been built by one of them. (record of each folder, project's briefs, outcome)
GATHERS = [
    ("every shard, every brief", [{"shard": [1, 2], "briefs": ["a"]}, {"shard": [2, 2], "briefs": ["b", "c"]}],
     ["a", "b", "c"], {"shard": [1, 1], "briefs": ["a", "b", "c"]}),
    ("one shard alone: a part, its record kept", [{"shard": [2, 3], "briefs": ["b"]}],
     ["a", "b", "c"], {"shard": [2, 3], "briefs": ["b"]}),
    ("two shards of three: a part", [{"shard": [1, 3], "briefs": ["a"]}, {"shard": [3, 3], "briefs": ["c"]}],
     ["a", "b", "c"], {"shards": [[1, 3], [3, 3]], "briefs": ["a", "c"]}),
    ("a part gathered, then the rest", [{"shards": [[1, 3], [3, 3]], "briefs": ["a", "c"]},
                                        {"shard": [2, 3], "briefs": ["b"]}],
     ["a", "b", "c"], {"shard": [1, 1], "briefs": ["a", "b", "c"]}),
    ("a whole build, gathered again", [{"shard": [1, 1], "briefs": ["a", "b"]}], ["a", "b"],
     {"shard": [1, 1], "briefs": ["a", "b"]}),
    ("every shard, a brief built by none", [{"shard": [1, 2], "briefs": ["a"]}, {"shard": [2, 2], "briefs": ["a", "b"]}],
     ["a", "b", "c"], "1 brief(s) of briefs/ were built by no shard: c. The shards split the briefs differently"),
    ("the same shard twice", [{"shard": [1, 2], "briefs": ["a"]}, {"shard": [1, 2], "briefs": ["a"]}],
     ["a"], "shard 1/2 is in both"),
    ("shards of two splits", [{"shard": [1, 2], "briefs": ["a"]}, {"shard": [2, 3], "briefs": ["b"]}],
     ["a", "b"], "the folders are shards of different splits (N = 2, 3)"),
    ("shard 0", [{"shard": [0, 2], "briefs": ["a"]}], ["a"], "no readable .briefbuild-shard.json"),
    ("shard past N", [{"shard": [3, 2], "briefs": ["a"]}], ["a"], "no readable .briefbuild-shard.json"),
    ("a flag for a number", [{"shard": [True, 1], "briefs": ["a"]}], ["a"], "no readable .briefbuild-shard.json"),
    ("briefs as text", [{"shard": [1, 1], "briefs": "abc"}], ["a"], "no readable .briefbuild-shard.json"),
    ("no shards", [{"shards": [], "briefs": []}], [], "no readable .briefbuild-shard.json"),
    ("a list", [[1, 2]], [], "no readable .briefbuild-shard.json"),
]


def _fifo(path):
    os.mkfifo(path)


def _linked_record(path):
    """A good record outside the shard's folder, and a link to it in its place."""
    elsewhere = path.parent.parent / "elsewhere.json"
    elsewhere.write_text(json.dumps({"shard": [1, 1], "briefs": ["a"]}), "utf-8")
    path.symlink_to(elsewhere)


UNREAD_RECORDS = [  # (what stands where a shard's record should be, how it is made, why it is refused)
    ("a FIFO", _fifo, "not a regular file"),
    ("a link to /dev/zero", lambda path: path.symlink_to("/dev/zero"), "cannot read file"),
    ("a link to a record elsewhere", _linked_record, "cannot read file"),
    ("a folder", lambda path: path.mkdir(), "not a regular file"),
]


@pytest.mark.parametrize("make, why", [c[1:] for c in UNREAD_RECORDS], ids=[c[0] for c in UNREAD_RECORDS])
def test_a_shards_record_that_is_not_a_regular_file_is_refused_unread(tmp_path, make, why):
    """A shard's folder is a CI artifact: gather read its record through any link, and a link to
    /dev/zero filled memory (a FIFO waited for a writer for ever)."""
    folder = tmp_path / "shard-1"
    folder.mkdir()
    make(folder / RECORD)
    with deadline(10), pytest.raises(BriefError, match=re.escape(f"no readable {RECORD} ({why}")):
        gather([folder], tmp_path / "out", ["a"])
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("records, briefs, outcome", [c[1:] for c in GATHERS], ids=[c[0] for c in GATHERS])
def test_gather_takes_the_shards_of_one_run_and_every_brief(tmp_path, records, briefs, outcome):
    folders = []
    for i, record in enumerate(records):
        folder = tmp_path / f"shard-{i}"
        folder.mkdir()
        (folder / RECORD).write_text(json.dumps(record), "utf-8")
        folders.append(folder)
    out = tmp_path / "out"
    if isinstance(outcome, str):
        with pytest.raises(BriefError, match=re.escape(outcome)):
            gather(folders, out, briefs)
        assert not out.exists(), "nothing is written when the shards cannot be gathered"
    else:
        gather(folders, out, briefs)
        assert json.loads((out / RECORD).read_text("utf-8")) == outcome
