"""A quotation reported in the passive, its agent after it: `The plan was described as {q} by Lee`,
`la mort avait été jugée {q} par Emmanuel Macron`, `fue calificada de {q} por Pérez`.

The agent of a passive verb of saying or judging is the one who said the words (Chicago 5.115: the
`by` phrase names the actor); the subject is what the words were said of. Without an agent
(`Lee was described as {q}`) the words are said of the subject, by no one named.
"""
from __future__ import annotations

from ..patterns import lazy
from .clauses import Who, name_at_start
from .speakers import Names

# The auxiliary and the participle before the quote, then (after the quote) the agent's preposition.
_ENGLISH = (r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?(?:described|called|labell?ed|branded|dubbed|"
            r"termed|characteri[sz]ed|judged|deemed|hailed|praised|condemned|denounced|dismissed)\s+(?:as\s+)?"
            r"(?:(?:a|an)\s+)?$", r"by")
_FRENCH = (r"(?i:\b(?:été|est|était|sera|fut|sont|étaient)\s+(?:\w+ment\s+)?(?:jugée?s?|qualifiée?s?|décrite?s?|"
           r"dénoncée?s?|saluée?s?|considérée?s?|estimée?s?|présentée?s?)\s+(?:de\s+|d'|d’|comme\s+)?(?:(?:un|une)\s+)?$)",
           r"par")
_SPANISH = (r"(?i:\b(?:fue|fueron|ha sido|han sido|había sido|es|son|era)\s+(?:calificad[oa]s?|descrit[oa]s?|"
            r"considerad[oa]s?|tachad[oa]s?|definid[oa]s?)\s+(?:de\s+|como\s+)?(?:(?:un|una)\s+)?$)", r"por")
_PATTERNS = {key: (lazy(before), lazy(r"\s*(?:[^\W\d_]+\s+){0,2}?" + by + r"\s+"))
             for key, (before, by) in {"en": _ENGLISH, "fr": _FRENCH, "es": _SPANISH}.items()}


def agent(head: str, tail: str, index: Names, language: str | None = None) -> Who | None:
    """Whose words a quote standing after a passive participle of saying is: the person its agent
    after `by` (`par`, `por`) names, else a role naming no one (`Lee was described as {q}`, or an
    agent that is no person); None when no such passive comes right before the quote."""
    found = _PATTERNS.get((language or "en").split("-")[0].lower())
    passive = found[0].search(head[-120:]) if found else None
    if not found or not passive:
        return None
    by = found[1].match(tail)
    who = name_at_start(tail[by.end():], index) if by else None
    return who if who and who.kind in ("person", "family") else Who("role", text=passive.group(0).strip())
