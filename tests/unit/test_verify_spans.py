"""A quote's paragraphs are found among a source's spans by bisection (verify._spans_in): the
same spans a scan of every span finds, in order or not."""
from __future__ import annotations

import random

import pytest

from briefbuild.checking.speakers import Span
from briefbuild.checking.verify import _runs, _spans_in


def spans(paras: list[int]) -> list[Span]:
    return [Span(p, f"words {k}", "ann-lee" if k % 3 else "bo-chan", "", k // 2) for k, p in enumerate(paras)]


def scan(found: list[Span], paras: range) -> list[Span]:
    return [s for s in found if s.para in paras]


ORDERED = [0, 0, 1, 2, 2, 2, 5, 7, 7, 9]


@pytest.mark.parametrize("paras", [range(0, 1), range(2, 3), range(3, 5), range(2, 8), range(9, 10), range(10, 12),
                                   range(0, 10), range(6, 7)])
def test_the_spans_of_a_range_are_those_a_scan_finds(paras):
    found = spans(ORDERED)
    assert _spans_in(found, paras) == scan(found, paras)
    # the runs of the whole source's spans are those of the range's spans alone, as the scan found them
    assert _runs(found, "ann-lee", paras) == _runs(scan(found, paras), "ann-lee", paras)


def test_spans_out_of_order_are_each_looked_at():
    found = spans([3, 1, 2, 1, 0, 3])
    assert _spans_in(found, range(1, 2)) == scan(found, range(1, 2)) == [found[1], found[3]]


def test_many_ranges_of_one_source_agree_with_a_scan():
    rng = random.Random(7)
    found = spans(sorted(rng.randrange(300) for _ in range(2000)))
    for _ in range(200):
        start = rng.randrange(300)
        paras = range(start, start + rng.randrange(1, 4))
        assert _spans_in(found, paras) == scan(found, paras)
