"""`In her words`, `in Lee's words`, `as Lee put it`: a phrase set beside a quotation that says
whose words it is, wherever it stands (`{q}, in Lee's words, …`, `Lee's plan — {q}, in her
words — …`, `The plan was, to use Lee's words, {q}`).

Such a phrase attributes the quotation itself, as `according to` does (AP: the attribution may
stand before, inside or after the quote), so it names the speaker whatever the sentence's verb
(`The plan, Chan said, was, in Lee's words, {q}` is Lee's phrase, reported by Chan). A
possessive pronoun (`her`, `ses`, `seinen`, `sus`) stands for the nearest fitting person named
before it, as every pronoun does (claimrefs._antecedent). French `selon ses mots`, `pour
reprendre les mots de Dupont`, `selon la formule de Dupont`; German `in seinen Worten`, `in
Webers Worten`, `mit den Worten von Weber`, `um es mit Webers Worten zu sagen`; Spanish `en
palabras de Pérez`, `en sus propias palabras`, `según sus palabras`.

Only right beside the quote: the phrase ends the words before it (after a comma, a dash, a
parenthesis or the sentence's start) or opens the words after it.
"""
from __future__ import annotations

import re

from ..patterns import lazy
from .claimrefs import _antecedent
from .clauses import Who
from .foreign import Foreign
from .pronouns import AGREES
from .speakers import Names

_NAME = r"(?:[^\W\d_][\w.'-]*\s+){0,3}?[^\W\d_][\w.-]*?"
# (slot: the possessive pronoun, the name and its possessive ending, per language)
_POSSESSIVE = {"en": (r"his|her|their", r"(?:'s|')"), "fr": (r"ses|sa|son|leurs|leur", None),
               "de": (r"seinen|seinem|seine|seiner|ihren|ihrem|ihre|ihrer", r"(?:s|'|’)"), "es": (r"sus|su", None)}
_SUBJECT = {"en": r"he|she|they", "fr": r"il|elle|ils|elles", "de": r"er|sie", "es": r"él|ella"}
_OBJECT = {"en": r"him|her|them"}
# {P}: a possessive (pronoun or name's), {N}: a name after a preposition, {S}: a subject, {O}: an object.
_FORMS = {
    "en": (r"(?:in|to\s+use|to\s+borrow)\s+{P}\s+(?:own\s+)?(?:words|phrase)",
           r"(?:in|to\s+use|to\s+borrow)\s+the\s+(?:very\s+)?(?:words|phrase)\s+of\s+{N}",
           r"to\s+quote\s+{O}",
           r"(?:was|were|is|are)\s+{P}\s+(?:own\s+)?(?:words|phrase)(?=\s*[.;!?]?\s*$)",  # `{q} were Chan's words.`
           r"as\s+{S}\s+(?:[a-z]+ly\s+|once\s+|later\s+|has\s+|had\s+)?(?:put|puts|phrased|phrases)\s+it"),
    "fr": (r"(?:selon|dans|avec|en|pour\s+reprendre)\s+{P}\s+(?:propres\s+)?(?:mots|termes|paroles|propos|expression|formule)",
           r"(?:selon|pour\s+reprendre)\s+(?:les|l'|la)\s*(?:propres\s+)?(?:mots|termes|paroles|propos|expression|formule)"
           r"\s+(?:de\s+|d'){N}",
           r"comme\s+{S}\s+l'a\s+(?:dit|formulé|résumé)"),
    "de": (r"(?:um\s+es\s+)?(?:in|mit)\s+{P}\s+(?:eigenen\s+)?Worten(?:\s+zu\s+sagen)?",
           r"(?:um\s+es\s+)?(?:in|mit)\s+den\s+(?:eigenen\s+)?Worten\s+(?:von\s+)?{N}(?:\s+zu\s+sagen)?",
           r"wie\s+{S}\s+es\s+(?:formulierte|ausdrückte|nannte)"),
    "es": (r"(?:en|con|según|usando)\s+{P}\s+(?:propias\s+)?palabras",
           r"en\s+{P}\s+propios\s+términos",
           r"(?:en|con|según|usando)\s+(?:las\s+)?(?:propias\s+)?palabras\s+de\s+{N}",
           r"como\s+(?:lo\s+)?(?:expresó|formuló|resumió)\s+{N}"),
}
_BEFORE = r"(?:^|(?<=[,(—–:-])|(?<=\s))\s*"   # where the phrase may start in the words before the quote
_CLOSE = r"\s*(?:[,:)—–-]\s*)?$"
_OPEN = r"^\s*(?:[,(—–-]\s*)?"
_AFTER = r"\s*(?:[,.;:!?)—–-]|$)"


def _owners(language: str) -> list[str]:
    """Each form with its slot filled once by a pronoun, once by a name (a group of either name)."""
    pron, ending = _POSSESSIVE[language]
    found = []
    for form in _FORMS[language]:
        slots = {"{P}": [f"(?P<pron>{pron})"] + ([f"(?P<who>{_NAME}){ending}"] if ending else []),
                 "{N}": [f"(?P<who>{_NAME})"],
                 "{S}": [f"(?P<pron>{_SUBJECT[language]})", f"(?P<who>{_NAME})"],
                 "{O}": [f"(?P<pron>{_OBJECT.get(language, '(?!)')})", f"(?P<who>{_NAME})"]}
        slot = next(s for s in slots if s in form)
        found += [form.replace(slot, filled) for filled in slots[slot]]
    return found


# (one pattern per form and filling: a group's name stands once in a pattern)
_HEAD = {key: [lazy(r"(?i)" + _BEFORE + "(?:" + f + ")" + _CLOSE) for f in _owners(key)] for key in _FORMS}
_TAIL = {key: [lazy(r"(?i)" + _OPEN + "(?:" + f + ")" + _AFTER) for f in _owners(key)] for key in _FORMS}
# A word every form of a language holds (lower case): without one near the quote, no form can match.
_CUES = {"en": ("word", "phrase", "quote", "put"),
         "fr": ("mots", "termes", "paroles", "propos", "expression", "formule", "l'a"),
         "de": ("worten", "formulierte", "ausdrückte", "nannte"),
         "es": ("palabras", "términos", "expresó", "formuló", "resumió")}
# German possessives by the person they agree with (pronouns.py reads `er`, `ihr`); French and
# Spanish ones agree with the thing owned, not its owner: they fit anyone.
_AGREES_AS = {"sein": "er", "ihr": "ihr"}


def own_words(text: str, start: int, here: int, head: str, tail: str, index: Names, placed: list, claim: str,
              g: Foreign | None = None, language: str | None = None) -> Who | None:
    """The speaker a phrase beside the quote names (claimtext._around's reading: `text`, the
    sentence's `start`, the quote's place `here`, the words before and after it in its sentence):
    the person named, the one a pronoun stands for (else the pronoun, unresolved); None without
    such a phrase, or when it names no person (`in the minister's words`: titles.py reads it)."""
    key = (language or "en").split("-")[0].lower()
    if key not in _FORMS:
        return None
    near = (head[-120:] + " " + tail[:200]).lower()
    if not any(word in near for word in _CUES[key]):  # most claims have no such phrase: skip its patterns
        return None
    found = next((m for p in _HEAD[key] if (m := p.search(head, max(0, len(head) - 120)))), None)
    at = start + found.start() if found else 0
    if not found:
        found = next((m for p in _TAIL[key] if (m := p.match(tail))), None)
        at = here + len("QUOTE_HERE")
    if not found:
        return None
    if found.groupdict().get("pron"):
        word = found.group("pron").lower()
        agree = next((v for k, v in _AGREES_AS.items() if word.startswith(k)), word if word in AGREES else "")
        return _antecedent(text, at + found.start("pron"), index, placed, claim, g, word=agree)
    return named(found.group("who"), index)


def named(words: str, index: Names) -> Who | None:
    """The person a phrase's name names (`Ann Lee`, German `Webers`: the genitive's), or None."""
    for text in (words, re.sub(r"(?:s|'|’)$", "", words)):
        found = [m for m in index.pattern.finditer(text) if m.end() == len(text)]
        pids = index.by_form.get(found[-1].group(0).casefold(), frozenset()) if found else frozenset()
        if len(pids) == 1:
            return Who("person", next(iter(pids)), found[-1].group(0))
        if pids:
            return Who("family", ",".join(sorted(pids)), found[-1].group(0))
    return None
