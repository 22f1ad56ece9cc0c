"""Who the attribution rules give a passage to: the small interface `find` and `show` use.

It asks verify.py, which owns the rules (a transcript's turns, a quotation and the clause
that names its speaker, an author's own text), so a passage `find` suggests is given to the
person `check` will hold it to: verify.voices() gives the spans of a source with their
owners, and the people each paragraph has speaking.
"""
from __future__ import annotations

from ..chars import inner_as_single
from ..inputs.models import Person, Source
from ..patterns import lazy
from . import verify

# Typography made plain one character for one (as verify.normalize does, without its
# whitespace and ellipsis changes), so offsets in the folded text are offsets in the original.
TYPOGRAPHY = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "‹": '"', "›": '"',
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
})
LABEL = lazy(r"^([A-Z][\w.’' -]{0,60}?):\s")  # a transcript turn's 'Name: '
_PIECES = lazy(r"(\[[^\]]*\]|…)")


def fold(text: str) -> str:
    """Plain typography and lower case, one character for one."""
    out = inner_as_single(text).translate(TYPOGRAPHY)  # `« … “…” … »` as verify reads it
    lowered = out.lower()
    return lowered if len(lowered) == len(out) else "".join(c.lower() if len(c.lower()) == 1 else c for c in out)


def pieces(quote_text: str) -> list[str]:
    """The runs of a quote's own words, between its [brackets] and ellipses."""
    return [p.strip() for p in _PIECES.split(verify.normalize(quote_text))
            if p.strip() and not p.startswith("[") and p != "…"]


def speaking(source: Source, paras: list[str], i: int, people: dict[str, Person]) -> set[str]:
    """The people the source has speaking in paragraph i (its turn's owner, the people its
    attribution clauses name, the author)."""
    return {p for p in verify.voices(source, paras, people).speaking[i] if p in people}


def owner(source: Source, paras: list[str], i: int, people: dict[str, Person], passage: str) -> str | None:
    """The person whose own words `passage` is in paragraph i, or None (the reporter's wording,
    a quotation of nobody known, a turn no one in people.yaml can be quoted from)."""
    text = verify.normalize(passage)
    forms = {text, text[:1].swapcase() + text[1:]}
    for span in verify.voices(source, paras, people).spans:
        if span.para == i and span.owner in people and any(f in span.text for f in forms):
            return span.owner
    return None


def unattributed(source: Source, paras: list[str], i: int, people: dict[str, Person], passage: str) -> str | None:
    """The attribution clause of the quotation in paragraph i that holds `passage` when it
    names no one in people.yaml (`one senior official told us`; '' when there is none), or
    None when the passage is not in such a quotation."""
    text = verify.normalize(passage)
    forms = {text, text[:1].swapcase() + text[1:]}
    for span in verify.voices(source, paras, people).spans:
        if span.para == i and span.owner not in people and any(f in span.text for f in forms):
            return span.who
    return None
