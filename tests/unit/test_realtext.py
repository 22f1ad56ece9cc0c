"""The held-out real texts (benchmarks/realtext/): the real `check` refuses no careful quote
and passes no careless one, beyond the false alarms the benchmark lists as known."""
from __future__ import annotations

from heldout import load


def _benchmark():
    return load("realtext")


def test_the_real_texts_have_no_new_false_alarm_and_no_miss():
    bench = _benchmark()
    tallies = bench.evaluate()
    assert sum(t.careful for t in tallies.values()) >= 60 and sum(t.careless for t in tallies.values()) >= 20
    # no miss beyond the few KNOWN lists with the rule each needs (checked by unexpected())
    assert [m for t in tallies.values() for m in t.misses if m.split(":")[0] not in bench.KNOWN] == []
    assert bench.unexpected(tallies) == []
