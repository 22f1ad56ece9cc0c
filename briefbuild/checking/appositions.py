"""A role owned by another with a name after it (`the spokesman for the minister, Lee`, `le
porte-parole de la ministre, Anne Dupont`): the name may be either's."""
from __future__ import annotations

import re

from .claimtext import _SENTENCE
from .clauses import OWNED_ROLE, Who
from .foreign import Foreign
from .newsroom import LANGUAGES
from .speakers import Names


def _owned_role(text: str, start: int, here: int, index: Names, pattern: re.Pattern = OWNED_ROLE) -> Who | None:
    """`the spokesman for the minister, Lee` in the quote's sentence, the name closing its
    apposition: Who('ambiguous', the person, the words), or None."""
    end = _SENTENCE.search(text, here)
    stop = end.start() if end else len(text)
    for m in pattern.finditer(text, start, stop):
        name = index.pattern.match(text, m.end())
        pids = index.by_form.get(name.group(0).casefold(), frozenset()) if name else frozenset()
        if name and len(pids) == 1 and re.match(r"\s*(?:[,.;:!?]|QUOTE_HERE|$)", text[name.end():]):
            return Who("ambiguous", next(iter(pids)), text[m.start():name.end()])
    return None


# The same in French, Spanish and German (`le porte-parole de la ministre, Anne Dupont`, `el
# portavoz del ministro, Carlos Pérez`, `der Sprecher der Ministerin, Zoë Müller`): the name may be
# either's. The roles are newsroom.py's titles; an office's complement (`la ministre de la
# Défense, Anne Dupont`) is no second role, so the name is the minister's.
_OWNED_FORMS = {
    "fr": (r"(?:le|la|l'|un|une)", r"(?:de\s+la|de\s+l'|du|des|de|d')", r"(?:sa|son|ses|leur)"),
    "es": (r"(?:el|la|un|una)", r"(?:de\s+la|del|de)", r"(?:su|sus)"),
    "de": (r"(?:der|die|dem|den|ein|eine|einem)", r"(?:der|des|von\s+der|vom|von\s+dem|von)", r"(?:ihrer|ihres|seiner|seines)"),
}
_ADJECTIVES = frozenset("premier première général générale ancien ancienne".split())
_OWNED_FOREIGN: dict[str, re.Pattern] = {}


def _foreign_owned_pattern(g: Foreign) -> re.Pattern | None:
    key = next((k for k, w in LANGUAGES.items() if w is g.w), "")
    if key not in _OWNED_FORMS:
        return None
    if key not in _OWNED_FOREIGN:
        article, of, own = _OWNED_FORMS[key]
        roles = "|".join(sorted((re.escape(t) for t in g.w.titles | set(g.w.title_endings)
                                 if len(t) > 3 and not t.endswith(".") and t not in _ADJECTIVES), key=len, reverse=True))
        _OWNED_FOREIGN[key] = re.compile(
            rf"(?i:(?<![\w'-]){article}\s*(?:[\w-]+\s+){{0,2}}?(?P<n1>{roles})\s+{of}\s*(?:(?:la|le|el|{own})\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?(?P<n2>{roles}))\s*,\s*")
    return _OWNED_FOREIGN[key]


def owned_roles(words: str) -> tuple[str, str, str] | None:
    """The two roles of an ambiguous apposition's words and the name after them (`spokesman`,
    `minister`, `Lee`), in any language read."""
    for pattern in [OWNED_ROLE, *_OWNED_FOREIGN.values()]:
        m = pattern.match(words)
        if m:  # English roles in lower case, as in running text; German nouns keep their capital
            n1, n2 = (m.group("n1").lower(), m.group("n2").lower()) if pattern is OWNED_ROLE else m.group("n1", "n2")
            return n1, n2, words[m.end():]
    return None
