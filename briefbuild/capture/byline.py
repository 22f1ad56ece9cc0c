"""A page's byline as its author, when its metadata names none: the names the page shows under
the headline ('By Jane Doe and John Roe', <span class="byline">), as the page shows them.

Only people are read from it, and only when every part of it is a person's name or what a
newsroom prints after one: an agency or a desk ('By Jane Doe, Reuters', 'By Jane Doe | Harbor
Times'), a title ('Defence Correspondent'). A byline that names no person ('Staff report',
'By Reuters', 'By Harbor Times staff') gives no author, and says so: nothing is guessed.
"""
from __future__ import annotations

import re

from ..patterns import lazy
from . import ORGANIZATION, clean_line, name_of

MAX_BYLINE = 160  # characters: a byline is a line; an author's biography is not one
# Elements a page marks as its byline or its author's name (class tokens, rel, itemprop).
MARKED = lazy(r"(?i)byline|by-line|author|contributor")
PARTICLES = {"de", "del", "della", "di", "da", "dos", "du", "van", "von", "der", "den", "la", "le", "al", "el", "bin",
             "ibn", "ter", "y", "zu"}
# Words a byline's line may hold that are no part of a name: a stamp, a reading time.
NOT_NAME = lazy(r"(?i)\b(?:updated|published|posted|min(?:ute)?s?|read|ago|staff|report|reporter|desk|"
                r"correspondent|editor|writer|team|wire|agenc(?:y|ies)|photos?|video)\b|\d")
_WORD = r"(?:[A-Z][\w’'.-]*|[A-Z]\.)"
PERSON = lazy(rf"{_WORD}(?: (?:{_WORD}|{'|'.join(PARTICLES)})){{1,4}}")


def people(text: str, marked: bool) -> list[dict[str, str]] | None:
    """The people a byline names, or None when it names none or is no byline. `marked`: the
    page marks the element as one (a class, rel or itemprop), so 'By' may be left out."""
    text = clean_line(text)
    by = re.match(r"(?i)^by:?\s+", text)
    if (not by and not marked) or len(text) > MAX_BYLINE:
        return None
    # What follows a bar or a dash is the desk or a stamp: 'Jane Doe | Harbor Times', 'Jane Doe Updated 14 May'.
    text = re.split(r"\s*[|•·]\s*|\s+[–—-]\s+|\s+(?i:updated|published|posted)\b", text[by.end() if by else 0:])[0]
    *names, last = re.split(r"\s*(?:,\s*and|\band|&)\s+", text)
    # 'Jane Doe, John Roe and Ann Lee': a list; 'Jane Doe, Reuters': what follows the last name's comma is
    # the desk, the agency or the title, not a name.
    parts = [n.strip() for chunk in names for n in chunk.split(",")] + [last.split(",")[0].strip()]
    found = []
    for part in parts:
        if part.isupper():  # 'JANE DOE', as some sites set a byline
            part = re.sub(r"[A-Za-z]+", lambda m: m.group().capitalize(), part.lower())
        if not PERSON.fullmatch(part) or ORGANIZATION.search(part) or NOT_NAME.search(part):
            return None
        found.append(name_of(part))
    return found or None


def shown(tree) -> list[str]:
    """The lines a page marks as its byline or author, in the order the page shows them: the
    article's own first (a related story's byline comes later). Read before the extractor,
    which drops them."""
    roots = tree.xpath("(//body//article | //body//main)[1]") + tree.xpath("//body")
    out: dict[str, None] = {}
    for root in roots:
        for el in root.iter():
            if not isinstance(el.tag, str) or el.tag in ("script", "style"):
                continue
            tokens = " ".join(el.get(a) or "" for a in ("class", "rel", "itemprop"))
            if MARKED.search(tokens):
                # A <time> in it is its stamp, no part of a name ('By Jane Doe <time>14 May</time>').
                text = " ".join(" ".join(el.xpath(".//text()[not(ancestor::time)]")).split())
                if text and len(text) <= MAX_BYLINE:
                    out[text] = None
    return list(out)


def author(marked: list[str], dropped: list[str]) -> tuple[list[dict[str, str]] | None, str | None]:
    """The byline's people and the byline they were read from: the lines the page marks as
    one, then a line 'By …' left out as furniture; (None, the byline) when it names no person."""
    lines = [(t, True) for t in marked] + [(t, False) for t in dropped if re.match(r"(?i)^by\s", t)]
    for text, is_marked in lines:
        found = people(text, is_marked)
        if found:
            return found, text
    bylines = [t for t, _ in lines if re.match(r"(?i)^by\s", t) or re.search(r"(?i)\bstaff\b", t)]
    return None, (bylines[0] if bylines else None)
