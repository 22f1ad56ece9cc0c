"""Balanced shards: split by recorded cost, stable when a brief is added, every brief in one share."""
from __future__ import annotations

import random

import pytest

from briefbuild.build.shards import costs_of, home, split


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
