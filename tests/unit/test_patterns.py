"""patterns.lazy: a pattern compiles when first used, and behaves as re.compile's would."""
from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import briefbuild
from briefbuild.patterns import _Later, lazy


def test_compiles_on_first_use_only():
    pattern = lazy(r"(?P<word>a+)b", re.I)
    assert pattern.pattern == r"(?P<word>a+)b"  # what other patterns are built from, before any use
    assert "search" not in vars(pattern)
    assert pattern.search("xxAAbz").group("word") == "AA"
    assert "search" in vars(pattern)  # bound once: later calls go straight to the compiled pattern
    assert pattern.flags == re.compile(r"(?P<word>a+)b", re.I).flags
    assert pattern.groupindex == {"word": 1}


@pytest.mark.parametrize("method, args", [
    ("match", ("aab",)), ("fullmatch", ("aab",)), ("findall", ("ab aab b",)), ("split", ("xaabyab",)),
    ("sub", ("-", "xaaby")), ("subn", ("-", "abab")),
])
def test_same_results_as_compiled(method, args):
    def plain(result):  # a match object is equal only to itself
        return (result.span(), result.group()) if isinstance(result, re.Match) else result
    assert plain(getattr(lazy(r"a+b"), method)(*args)) == plain(getattr(re.compile(r"a+b"), method)(*args))
    assert [m.span() for m in lazy(r"a+b").finditer("ab aab")] == [(0, 2), (3, 6)]


def test_bytes_patterns():
    assert lazy(rb"<(\w+)>").search(b"x<svg>").group(1) == b"svg"


def test_an_error_in_a_pattern_shows_at_first_use():
    broken = lazy(r"(unclosed")
    with pytest.raises(re.error):
        broken.search("x")


def _modules():
    for info in pkgutil.walk_packages(briefbuild.__path__, "briefbuild."):
        if not info.name.endswith("__main__"):  # that one runs the command line
            yield importlib.import_module(info.name)


def test_every_pattern_of_the_package_compiles():
    """A pattern is compiled when first used, no longer at import: a mistake in one would show only
    when some input reaches it. Every module-level pattern is compiled here instead."""
    found = 0
    for module in _modules():
        for name, value in vars(module).items():
            if isinstance(value, _Later):
                re.compile(value.pattern, value._flags)
                found += 1
    assert found > 300  # the checks' patterns are there to compile (337 when written)
