"""Regular expressions compiled on first use.

The checks hold a few hundred module-level patterns, some thousands of characters long (every
verb of saying, in each language). Python compiles a pattern in Python code: compiling all of
them at import was about a third of every command's start, while a check of an English brief
uses fewer than a third of them. A pattern made here compiles when a method is first called;
its `.pattern`, which other patterns are built from, is there before that.
"""
from __future__ import annotations

import re
from typing import AnyStr, cast

# What a use of the pattern reads: bound once, from then on found in the instance's own dict.
_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "groups", "groupindex",
            "flags")


class _Later:
    def __init__(self, pattern, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str):
        """Called only for what is not yet in the instance's dict: compile, then bind every method."""
        if name.startswith("__"):  # copy and pickle probing: not a use
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for method in _METHODS:
            self.__dict__[method] = getattr(compiled, method)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """re.compile(pattern, flags), done when the pattern is first used."""
    return cast("re.Pattern[AnyStr]", _Later(pattern, int(flags)))
