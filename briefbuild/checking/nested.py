"""Words in the speaker's passage that stand for someone else.

A quotation within a quotation is the words of someone the speaker quotes (Chicago 13.30).

`"Chan told me, 'We will act,' and I believed him," Lee said.`: the inner words are Chan's as
Lee tells them, never Lee's own. A quote of those words alone, without what introduces them,
would print them as Lee's. A quote that keeps the inner marks shows the reader whose they are;
words the speaker quotes from themselves (`I told him, 'We will act'`) stay theirs. And `I`,
`my` are the speaker: a bracket for them may shift the person (`[she]`) or name the speaker,
never someone else (`[Chan's] plan` for `my plan`).

Nor are the inner words the person's the speaker quotes: the source has the speaker tell them,
second-hand (AP and Chicago: "as quoted by", "Lee said Chan told her"), so a quote that gives
them to that person fails too, pointing to the two quotes that would hold: the speaker's, with
the words that introduce them, or that person's, from a source where they say them.
"""
from __future__ import annotations

import re

from ..chars import single_marks
from ..inputs.models import Person, Quote
from . import alterations
from .matcher import Match, Matcher
from .speakers import names

_WINDOW = 600  # characters of an inner quotation looked at: a phrase or a sentence or two
# `I told him, '…'`, `as we wrote, '…'`: the speakers quoting their own words.
_OWN = re.compile(r"\b(?:I|we)\s+(?:\w+\s+){0,2}?(?:said|say|says|told|tell|wrote|write|asked|ask|replied|reply|answered|"
                  r"promised|warned|added|insisted|stated|declared|put it)\b[^.!?']{0,40}$", re.I)


def inner_quotation(passage: str, start: int, end: int) -> str:
    """The inner quotation (with its marks) that holds passage[start:end] whole, or ''.
    Passages are normalized: every inner mark is a straight single one."""
    at = passage.rfind("'", max(0, start - _WINDOW), start)
    for _ in range(8):  # skip the apostrophes before the words (don't, Lee's)
        if at < 0:
            return ""
        window = passage[at:min(len(passage), end + _WINDOW)]
        kinds = single_marks(window)
        if kinds and kinds[0] == (0, "open"):
            depth = 0
            for pos, kind in kinds:
                depth += {"open": 1, "close": -1}.get(kind, 0)
                if depth == 0:
                    if at + pos < end or _OWN.search(passage[max(0, at - 80):at]):
                        return ""  # closes before the quote ends, or the speaker quotes themselves
                    return window[:pos + 1]
            return ""
        at = passage.rfind("'", max(0, start - _WINDOW), at)
    return ""


_ME = frozenset("i me my mine myself".split())


def not_me(m: Matcher, match: Match, quote: Quote, people: dict[str, Person]) -> str | None:
    """`I`, `my` are the speaker: a bracket for them may name no one else (`[Chan's] plan` for `my plan`)."""
    for gap in match.gaps:
        if gap.where == "ellipsis" or not gap.source or not set(alterations.words(gap.source)) <= _ME:
            continue
        bracket = m.tokens[gap.token][1]
        index = names(people)
        others = {pid for found in index.pattern.finditer(bracket)
                  for pid in index.by_form.get(found.group(0).casefold(), ())} - {quote.speaker}
        if others:
            me, other = people[quote.speaker].short, people[sorted(others)[0]].name
            return (f"{bracket} replaces '{gap.source}', {me} speaking in the first person: it stands for {me}, "
                    f"not {other}; a bracket may only name what a word stands for")
    return None


def nested(match: Match, speaker: Person) -> str | None:
    """The problem when the quote's words stand inside a quotation within the speaker's."""
    inner = inner_quotation(match.passage, match.start, match.end) if "'" in match.passage else ""
    if not inner:
        return None
    return (f"these words stand inside a quotation within {speaker.short}’s words ({inner}): {speaker.short} is "
            "repeating someone else's words; quote them with the words that introduce them, inner marks and all")


def second_hand(m: Matcher, span_text: str, k: int, owner: Person, speaker: Person) -> str | None:
    """The problem when a quote gives `speaker` words that stand in paragraph k only inside a
    quotation within `owner`'s words (`Lee said: "As Chan put it, 'we must act'"`, quoted as Chan's)."""
    if "'" not in span_text:
        return None
    for match in m.finditer(span_text):
        inner = inner_quotation(match.passage, match.start, match.end)
        if inner:
            return (f"paragraph {k} has these words only inside a quotation within {owner.short}’s words ({inner}): "
                    f"{owner.short} relays them second-hand, and a quote of {speaker.short}’s must be words the "
                    f"source has {speaker.short} say; quote {owner.short}, with the words that introduce them, "
                    f"or {speaker.short} from a source where {speaker.short} says them")
    return None
