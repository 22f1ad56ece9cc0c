"""TheyWorkForYou's speaker line: the name, the party and the time, on a line of their own.

TheyWorkForYou and its sister sites (the Senedd's, the Scottish Parliament's, the Commons') set each
speech under a line naming the speaker, their party and, for the first speech after a pause, the
time and date (`Mark Drakeford Labour 1:53, 19 March 2024`, `Andrew RT Davies Conservative`), no
colon. Such a line opens the named person's turn when it starts with a known person's name and the
rest is a party's name, one to four capitalised words, and that time: a line of text that opens with a
name goes on with lower-case words or ends with a stop (`Mark Drakeford said…`), never so.
"""
from __future__ import annotations

from collections.abc import Callable

from ..patterns import lazy

_TAIL = lazy(r"^(?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’&.-]*"
             r"(?:\s+\d{1,2}:\d{2}(?:\s*[ap]m)?(?:,\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?)?$")


def party_line(line: str, known: Callable[[str], bool]) -> str | None:
    """The name a speaker line sets as a turn's label, when `known(name)`; None otherwise."""
    words = line.split()
    if not 2 < len(words) < 12 or line[-1:] in ".?!:;,":
        return None
    for n in range(len(words) - 1, 1, -1):  # the longest name first: `Plaid Cymru` is no one's
        name, rest = " ".join(words[:n]), " ".join(words[n:])
        if _TAIL.match(rest) and known(name):
            return name
    return None
