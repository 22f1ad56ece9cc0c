"""Whom `you` stands for in a transcript: the person the turn speaks to.

A bracket may name what a pronoun stands for (Chicago 12.70). In a transcript a turn's `you` and
`your` are the person it answers, the speaker of the turn before, unless its sentence first calls
whom it speaks to (`Mr. Chan, is your client here?`): `Is [Mr. Silver's] law clerk in front of the bar?` for the judge's `your`,
said to the voice from the floor that has just named its law clerk, names someone else. A bracket that
names no one (`[the reporters]`) or a turn after no known person's says nothing here.
"""
from __future__ import annotations

import re

from ..inputs.models import Person, Quote
from ..patterns import lazy
from .matcher import Match, Matcher
from .speakers import NOBODY, Voices, is_title

_SECOND = frozenset(("you", "your", "yours", "you're", "you’re"))
_NAME = lazy(r"[A-Z][\w'’.-]*")


def wrong_addressee(m: Matcher, match: Match, quote: Quote, found: Voices, people: dict[str, Person]) -> str | None:
    """The problem when a bracket for `you` in a transcript turn names someone but the turn's addressee."""
    for gap in match.gaps:
        if gap.where == "ellipsis" or not gap.source:
            continue
        pronoun = gap.source.strip().lower()
        if pronoun not in _SECOND:
            continue
        bracket = m.tokens[gap.token][1]
        named = [w.removesuffix("'s").removesuffix("’s").strip(".") for w in _NAME.findall(bracket[1:-1])]
        named = [w for w in named if w and not is_title(w.lower())]
        addressee = _before(found, quote)
        if not named or addressee is None:
            continue
        called = re.split(r"[.?!]\s", gap.before)[-1]  # `Mr. Chan, is your…`: whom its sentence calls first
        person = people[addressee]
        own = set(re.findall(r"[\w'’-]+", person.name.lower()))
        if all(w.lower() in own or w in called for w in named):
            continue
        return (f"{bracket} names {' '.join(named)} for the source's '{gap.source.strip()}', but the turn speaks to "
                f"{person.name}, who spoke before it: a bracket for 'you' may only name whom the speaker addresses; "
                f"name {person.short} or keep '{gap.source.strip()}'")
    return None


def _before(found: Voices, quote: Quote) -> str | None:
    """The known person whose turn comes right before the quote's, or None."""
    spans = found.spans
    mine = next((k for k, s in enumerate(spans) if s.para == quote.paragraph - 1 and s.owner == quote.speaker), None)
    if mine is None:
        return None
    for s in reversed(spans[:mine]):
        if s.group != spans[mine].group:
            return s.owner if s.owner and s.owner != NOBODY and s.owner in _people(found) else None
    return None


def _people(found: Voices) -> set[str]:
    """Everyone a turn of the transcript is given to."""
    return {s.owner for s in found.spans if s.owner and not s.owner.startswith("\0")}
