"""An ellipsis that fuses two clauses: it keeps the start of one and the end of the next.

An omission may run over the end of a sentence or of a clause closed by a semicolon (Chicago
13.53-13.56), but then the kept words before it end their clause (its end punctuation kept:
`… territoriales; … redoute`) or the kept words after it start one. An ellipsis that cuts both
(`Le président du Comité, André Laignel, … redoute des centaines de milliers d'emplois` over
`craint pour l'investissement ; le président de l'Assemblée, Claudy Lebreton,`) sets the second
clause's predicate on the first clause's subject: a sentence the speaker never said, whatever
the language. Omissions over a turn or paragraph break (SEP) are judged elsewhere.
"""
from __future__ import annotations

import re

from ..patterns import lazy
from .matcher import SEP, Gap
from .textcheck import NOT_ABBREVIATED

# The end of an independent clause: a semicolon, or a sentence's end (not after an initial or a
# title: `Mr. Poilievre`), French spacing before `;`, `?` and `!` allowed.
_BOUNDARY = lazy(r"\s*;\s+|(?<=[.!?])" + NOT_ABBREVIATED + r"\s+")
_WORD = lazy(r"[^\W_]")  # a letter or digit: words, not marks alone
# A sentence opens with a capital, after any opening mark; a point before a digit or a lower-case
# word ends an abbreviation (`§ 60 Abs. 1`, `z. B. die`), not a sentence.
_OPENS = lazy(r"[\"'“‘«„(¿¡]*[^\W\d_]")
# The kept clause before is whole when what the omission drops of it is a clause of its own joined
# by a conjunction (`… and there was a question about whether …`), and the kept words after are a
# whole clause when what it drops of theirs is a frame ending in a complementizer (`But it was
# clear that`, `Il est clair que`, `Es ist klar, dass`): then nothing is fused.
_JOINS = lazy(r"^[,;]?\s*(?i:and|but|or|so|yet|while|whereas|et|mais|ou|donc|und|aber|oder|sondern|y|e|pero|o|sino)\s")
_FRAMES = lazy(r"(?i:\bthat|\bque|\bqu['’]|\bdass|\bdaß|\bwhether|\bob|\bsi)[,:]?$")


def fused_clauses(gap: Gap) -> tuple[str, str] | None:
    """(the dropped end of the first clause, the dropped start of the next) when the ellipsis cuts
    both; else None."""
    kept = gap.before.rstrip()
    if SEP in gap.source or not gap.after.strip() or not kept or kept[-1] in ".!?;:" + SEP:
        return None  # a turn's break, an ellipsis ending the quote, or kept words that end their clause
    parts = _sentences(gap.source)
    if len(parts) < 2:
        return None
    end, start = parts[0].strip(), parts[-1].strip()
    if not _WORD.search(end) or not _WORD.search(start) or not _WORD.match(gap.after.lstrip()):
        return None
    if _JOINS.match(end) or _FRAMES.search(start):
        return None
    return end, start


def _sentences(text: str) -> list[str]:
    """The text cut at each clause boundary a new clause follows (a capital after a sentence's end)."""
    parts, last = [], 0
    for m in _BOUNDARY.finditer(text):
        opens = _OPENS.match(text, m.end())
        if ";" in m.group(0) or opens and opens.group(0)[-1].isupper():
            parts.append(text[last:m.start()])
            last = m.end()
    return parts + [text[last:]]


def fused_message(found: tuple[str, str]) -> str:
    end, start = (re.sub(r"\s+", " ", s) for s in found)
    return (f"the ellipsis drops the end of one clause ('{end}') and the start of the next ('{start}'), so the words "
            "after it are set on the words before it as one clause the speaker never said: quote the clauses "
            "apart, or keep the first one to its end")
