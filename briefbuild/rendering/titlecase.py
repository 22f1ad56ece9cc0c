"""Words a title keeps in lowercase through citeproc's title case.

Headline style (Chicago 8.159) lowercases prepositions whatever their length; citeproc lowercases
only the short stop words of the CSL specification (of, in, on, with, ...) and capitalizes the rest
(Aggression Against Ukraine, Cooperation Between Allies). A preposition the source's title gives in
lowercase is protected with CSL's nocase span, as an editor would by hand; one written capitalized
(an adverb: Looking Back, Giving Up; a conjunction: After We Left) is left to the style, and so is
a word that is as often an adjective, adverb or conjunction (past, behind, after).
"""
from __future__ import annotations

from ..patterns import lazy

# Prepositions citeproc capitalizes (its stop words already stay lowercase), and v./vs. of case
# names: only words that are nearly always prepositions in a title. after, before, since, until
# (conjunctions too), past, near, like, off, out, behind, around, through, along, above, below,
# under, inside, outside (adjectives and adverbs too: Lessons of the Past Decade, Left Behind)
# are left to the style: a sentence-case title gives no hint which they are.
PREPOSITIONS = frozenset("""
    across against alongside amid amidst among amongst beneath beside between beyond despite during
    regarding throughout toward towards underneath unlike upon versus within without v. vs.""".split())

FIELDS = ("title", "title-short", "container-title", "collection-title", "event-title")
_TAG = lazy(r"(<[^>]+>)")
_WORD = lazy(r"(?<![\w'’.-])([a-z]+\.?)(?![\w'’-])")
_NOCASE = '<span class="nocase">'


def protect(text: str) -> str:
    """The title with each lowercase preposition (not its first word, nor the first after a colon) in a nocase span."""
    out, spans, plain = [], [], ""
    for piece in _TAG.split(text):
        if _TAG.fullmatch(piece):
            if piece.startswith("<span"):
                spans.append(piece == _NOCASE)
            elif piece == "</span>" and spans:
                spans.pop()
            out.append(piece)
            continue
        if any(spans):  # already kept as written
            out.append(piece)
            plain += piece
            continue
        at = 0
        for m in _WORD.finditer(piece):
            word = m.group(1) if m.group(1) in PREPOSITIONS else m.group(1).rstrip(".")
            before = (plain + piece[:m.start()]).rstrip()
            if word not in PREPOSITIONS or not before or before[-1] in ":?!—":
                continue
            out.append(piece[at:m.start()] + f"{_NOCASE}{word}</span>")
            at = m.start() + len(word)
        out.append(piece[at:])
        plain += piece
    return "".join(out)


def keep_lowercase(item: dict) -> dict:
    """A CSL-JSON item whose English titles keep their lowercase prepositions (citeproc title-cases
    only English items, so others are left as they are)."""
    if not str(item.get("language", "en")).lower().startswith("en"):
        return item
    return {k: protect(v) if k in FIELDS and isinstance(v, str) else v for k, v in item.items()}
