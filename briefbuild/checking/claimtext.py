"""A claim as the attribution checks read it around one placement of {quote-id}: its sentences,
the other quotes as they print, and the words before and after the quote."""
from __future__ import annotations

import re
import unicodedata

from ..inputs.project import PLACEHOLDER as _PLACEHOLDER
from ..patterns import lazy
from .clauses import STAND_IN as _STAND_IN
from .parentheticals import unparenthesised
from .speakers import names
from .textcheck import NOT_ABBREVIATED

# A sentence ends at . ! ? before a word, but not at an initial or a title's abbreviation: `John F.
# Kirby said`, `Army Gen. Martin E. Dempsey said` are one sentence (before, the name was cut off its verb).
_SENTENCE = lazy(r"(?<=[.!?])" + NOT_ABBREVIATED + r"\s+(?=[^\W\d_{])")


def _plain(text: str, quotes: dict, people: dict) -> str:
    """The claim as it reads: apostrophes plain, a paraphrase as it prints (`Lee said that …`),
    a direct quote as a neutral lower-case word: the words, never a person (`Lee said "…", and
    Chan replied` is Chan alone, not `"…" and Chan`), with its full stop when it ends its sentence."""
    def placed(m: re.Match) -> str:
        q = quotes.get(m.group(1))
        if q is not None and q.kind == "paraphrase" and q.speaker in people:
            return f"{people[q.speaker].short} {q.verb} that PARAPHRASE"
        if q is not None and q.text.rstrip().endswith(".") and m.string[m.end():m.end() + 1] in ("", " ", "\n"):
            return _STAND_IN + "."  # `said: {q} Commissioner Breton, …`: its full stop ends the sentence
        return _STAND_IN
    return _PLACEHOLDER.sub(placed, unicodedata.normalize("NFC", text).replace("’", "'"))


def placement(claim: str, qid: str, nth: int = 0) -> int:
    """Where the nth placement of {qid} (from 0) stands in the claim: a quote placed twice is
    read at each place, each with its own attribution."""
    at = -1
    for _ in range(nth + 1):
        found = claim.find("{" + qid + "}", at + 1)
        if found < 0:
            break
        at = found
    return at


_LAST: list = [None, None, None, None]  # (claim, qid), quotes, people, result: the checks of one placement ask in turn


def _around(claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> tuple[str, int, int, str, str]:
    """The claim as it reads with QUOTE_HERE for {qid}: (text, its sentence's start, where the
    quote stands, the sentence before it, the sentence after it)."""
    key, seen_quotes, seen_people, result = _LAST
    if key == (claim, qid, nth) and seen_quotes is quotes and seen_people is people:
        return result
    result = _read_around(claim, qid, quotes, people, nth)
    _LAST[:] = [(claim, qid, nth), quotes, people, result]
    return result


def _read_around(claim: str, qid: str, quotes: dict, people: dict, nth: int) -> tuple[str, int, int, str, str]:
    mark = "{" + qid + "}"
    at = placement(claim, qid, nth)
    text = _plain(claim[:at], quotes, people) + " QUOTE_HERE " + _plain(claim[at + len(mark):], quotes, people)
    text = unparenthesised(text, names(people))  # `Peter Wittig (Germany) said`: the name next to its verb
    here = text.find("QUOTE_HERE")
    # (to here + 1: the split before a quote that opens its sentence looks at its first letter)
    starts = [0] + [m.end() for m in _SENTENCE.finditer(text, 0, here + 1)]
    end_m = _SENTENCE.search(text, here)
    return (text, starts[-1], here, text[starts[-1]:here],
            text[here + len("QUOTE_HERE"):end_m.start() if end_m else len(text)])


# A direct quote that ends with its own full stop, then a sentence that introduces words of its own
# (`{q} She reminded …, saying {q2}.`, `{q} Chan then said {p}.`): that sentence's verb is its own
# quote's, so the first stands alone, as a quotation set as a sentence of its own continues the
# last speaker named (AP). A sentence with no words of its own may still say whose it was
# (`{q} Kelly made the statement in an interview.`): read as before.
_NEW_SENTENCE = lazy(r"\s+[^\W\d_a-z]")
_OWN_WORDS = lazy(r"\b(?:" + _STAND_IN + r"|PARAPHRASE)\b")


def stands_alone(text: str, tail: str) -> bool:
    """Whether a direct quote of words `text`, before the rest of its sentence `tail` (as _around
    reads it), ends its own sentence and the next introduces words of its own."""
    return (text.rstrip().rstrip("'\"\u2019\u201d").endswith((".", "!", "?")) and bool(_NEW_SENTENCE.match(tail))
            and bool(_OWN_WORDS.search(tail)))

