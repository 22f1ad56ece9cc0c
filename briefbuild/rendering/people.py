"""People introduced on first mention: the first quote or paraphrase of a person in a brief gives
their full name with role and affiliation (as people.yaml has them); later mentions the family name."""
from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup, escape

from ..inputs.models import Person
from .i18n import Language

# A name not inside a longer word; Japanese writes it against the next character (Kishidaは).
_NOT_CJK_WORD = r"[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]"
_EDGE_BEFORE, _EDGE_AFTER = rf"(?<!{_NOT_CJK_WORD})", rf"(?!{_NOT_CJK_WORD})"


def introduction(person: Person, lang: Language) -> str:
    """'Jun Nagashima, an adjunct professor at …,' (the brief's language's introduction from
    people.yaml) or 'Liviu Lazar (Industry relations coordinator, NATO)' (role and affiliation)."""
    chosen = _chosen(person, lang)
    return lang("introduced_as", name=person.name, introduction=chosen) if chosen else credit(person, lang)


def credit(person: Person, lang: Language) -> str:
    """Name with role and affiliation in parentheses: a pull quote's attribution, and the
    introduction where an appositive would not read."""
    role = _chosen(person, lang) or (lang("role_at", role=person.role, affiliation=person.affiliation)
                                     if person.affiliation else person.role)
    return lang("introduced", name=person.name, role=role)


def _chosen(person: Person, lang: Language) -> str | None:
    return person.introduction.get(lang.tag) or person.introduction.get(lang.base)


def mention(text: str, person: Person) -> re.Match | None:
    """The first place our prose names the person (full name first, then family name)."""
    for name in (person.name, person.short):
        found = _name(name).search(text)
        if found:
            return found
    return None


@lru_cache(maxsize=1024)
def _name(name: str) -> re.Pattern:
    return re.compile(rf"{_EDGE_BEFORE}{re.escape(name)}{_EDGE_AFTER}")


def introduce_in(text: str, person: Person, lang: Language, inline) -> list[Markup] | None:
    """Prose with the person's first mention replaced by their introduction: [before, intro, after]
    as HTML, or None when the prose does not name them. An appositive ('Name, role,') only where
    a word follows; before punctuation or a possessive it would not read, so the parenthetical form."""
    found = mention(text, person)
    if found is None:
        return None
    after = text[found.end():]
    intro = introduction(person, lang)
    if intro.endswith(",") and not re.match(r"\s+\w", after):
        intro = credit(person, lang)
    before = text[:found.start()]
    return [inline(before) if before.strip() else Markup(escape(before)), Markup(escape(intro)),
            inline(after) if after.strip() else Markup(escape(after))]
