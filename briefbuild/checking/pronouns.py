"""Whether a pronoun can stand for a person: agreement with the pronouns people.yaml gives them.

A person's `pronouns` (`she/her`, `he/him`, `they/them`, `he/they`) say which pronouns refer to
them; a pronoun that does not agree refers to someone else, or to no one (`Chan spoke. He said`
is not Chan's when Chan's pronouns are she/her). Without pronouns given, every pronoun agrees:
people.yaml then says nothing, and no check can guess from a name.
"""
from __future__ import annotations

import re

# Each pronoun a claim or a source may use, by the English form it agrees with. German `sie`
# and `ihr` are she or they; French `ils`, `elles` and Spanish `ellos`, `ellas` are plural, as
# `they` is when it is not one person's.
_FORMS = {
    "he": "he him his himself il lui él er ihm ihn",
    "she": "she her hers herself elle ella sie ihr",
    "they": "they them their theirs themself themselves iel ils elles eux ellos ellas sie ihr ihnen",
}
AGREES: dict[str, frozenset[str]] = {}
for _form, _words in _FORMS.items():
    for _word in _words.split():
        AGREES[_word] = AGREES.get(_word, frozenset()) | {_form}
_ANY = frozenset(("any", "all"))


def of_person(pronouns: str | None) -> frozenset[str]:
    """The forms a person's `pronouns` allow (`she/her` -> she; `he/they` -> he, they; a form
    of its own, `xe/xem`, allows itself); empty when none are given."""
    words = [w for w in re.split(r"[\s/,]+", (pronouns or "").lower()) if w]
    if any(w in _ANY for w in words):
        return frozenset(_FORMS)
    found: set[str] = set(words)
    for w in words:
        forms = AGREES.get(w, frozenset())
        found |= {"she"} if w in ("sie", "ihr") else forms  # in people.yaml, `sie/ihr` is one person's: she
    return frozenset(found)


def number(word: str) -> str:
    """'plural' for a pronoun only a group takes (`ils`, `ellos`, `ont-ils`), 'singular' for one only a
    person takes (`elle`, `er`, `a-t-il`), '' when either (`sie`, a singular `they`) or no pronoun (`dijeron`)."""
    letters = re.findall(r"[^\W\d_]+", word.lower())
    last = letters[-1] if letters else ""
    forms = AGREES.get(last)
    if not forms or "they" in forms and (len(forms) > 1 or last.startswith("the")):
        return ""
    return "plural" if "they" in forms else "singular"


def agrees(word: str, allowed: frozenset[str]) -> bool:
    """Whether the pronoun `word` (`She`, `elle`, `a-t-il`, `dit-elle`) can stand for a person whose
    pronouns allow `allowed` (empty: not given, so it can)."""
    if not allowed or not word:
        return True
    letters = re.findall(r"[^\W\d_]+", word.lower())
    last = letters[-1] if letters else ""  # `a-t-elle`: the pronoun ends the word
    forms = AGREES.get(last)
    return forms is None or bool(forms & allowed) or last in allowed


def clash(clause: str, pronouns: str | None) -> str:
    """The first pronoun in an attribution clause that does not agree with `pronouns`, or ''."""
    allowed = of_person(pronouns)
    return next((w for w in re.findall(r"[^\W\d_]+", clause) if w.lower() in AGREES and not agrees(w, allowed)), "")
