"""Number: a bracket for a singular personal pronoun names one person or one body, never a group.

A pronoun agrees in number with what it stands for (Chicago 5.26; Grevisse, Duden and the RAE say
the same of `il`, `er`, `él`): `he`, `she`, `him`, `her`, `il`, `elle`, `er`, `él`, `ella` stand for
one person or one body, so `[Western Australians]` for the `he` of `why he tried` names others than
the one the speaker meant. German `sie` is singular only by its verb (`sie sagt`, not `sie sagen`).
A group is what a bracket joins (`Russia and China`), a plural description (`the farmers`, `les
agriculteurs`, `los agricultores`, German `die` before a plural ending: `die Familien`) or a people
(`Australians`); a state whose name is plural (`the Netherlands`, `los Estados Unidos`) is one body.
"""
from __future__ import annotations

from ..patterns import lazy
from . import states
from .references import PARTIES, References, apart

_SINGULAR = frozenset("he she him her his il elle lui él ella er ihn ihm".split())
_SIE_SINGULAR = frozenset("ist hat wird war hatte wurde kann will muss soll darf mag".split())
_PLURAL_OPENERS = frozenset("these those les des ces leurs mes nos vos ses los las unos unas estos estas esos esas "
                            "aquellos aquellas sus nuestros nuestras".split())
_DETERMINERS = frozenset("the their our his her its my your".split()) | _PLURAL_OPENERS
_WORD = lazy(r"[^\W\d_][\w.'’-]*")


def singular(pronoun: str, after: str) -> bool:
    """Whether a pronoun of the source stands for one: `he`, `il`, `er`; `sie` before a singular verb."""
    low = pronoun.strip().lower()
    if low in _SINGULAR:
        return True
    verb = (_WORD.findall(after) or [""])[0].lower()
    return low == "sie" and (verb in _SIE_SINGULAR or verb.endswith(("t", "te")) and not verb.endswith("ten"))


def plural_for_one(bracket: str, pronoun: str, after: str, refs: References) -> str | None:
    """The problem when a bracket names a group for the source's singular personal pronoun, or None."""
    if not singular(pronoun, after) or not _group(bracket[1:-1], refs):
        return None
    return (f"{bracket} names a group for the source's '{pronoun.strip()}', which stands for one person or one "
            f"body: a pronoun agrees in number with what it stands for, and a bracket may only name that; name the "
            f"one '{pronoun.strip()}' stands for or quote without the bracket")


def _group(inner: str, refs: References) -> bool:
    """Whether a bracket names a group; a state is looked up (CLDR, on first use) only when it might be one."""
    inner = apart(inner, refs).strip()
    parts = PARTIES.split(inner)
    if len(parts) > 1 and all(_party(p, refs) for p in parts):
        return True  # `Russia and China`, `the ministers and the envoys`
    ws = _WORD.findall(inner)
    if not ws:
        return False
    first, last = ws[0].lower(), ws[-1]
    plural = first in _PLURAL_OPENERS or refs.code == "de" and german_plural(first, last) and len(ws) > 1 \
        or first in ("the", "their", "our") and len(ws) > 1 and _plural_noun(last)  # `the farmers`
    if plural:
        return states.state_code(inner, refs.code) is None  # `the Netherlands`, `los Estados Unidos`: one state
    return last[:1].isupper() and last.endswith("s") and _people(last, refs)  # `[Western Australians]`


def german_plural(determiner: str, noun: str) -> bool:
    """`die Familien`, `die Bauern`, `die Ministerinnen`: `die` before a plural ending (not `den Präsidenten`,
    one man, nor `die Kanzlerin`, one woman)."""
    return determiner.lower() == "die" and noun.endswith(("en", "ern"))


def _party(part: str, refs: References) -> bool:
    """One side of a join that is a party of its own: a state, or a phrase opening with a determiner."""
    ws = _WORD.findall(part)
    return bool(ws) and (states.state_code(part, refs.code) is not None or ws[0].lower() in _DETERMINERS)


def _plural_noun(word: str) -> bool:
    w = word.lower()
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


def _people(word: str, refs: References) -> bool:
    """A people by its plural name: the plural of a name states.py gives a state's people (`Americans`,
    `Israelis`, `Britons`), or a plural whose stem is a country's name (`Canadians` of `Canada`)."""
    w = word.lower().replace("’", "'")
    if not w.endswith("s") or w.endswith(("ss", "us", "'s")) or states.is_country(w, refs.code):
        return False
    if states.state_code(w[:-1], refs.code):
        return True  # `Americans`, `Israelis` (not `Brussels`: its singular names nothing)
    return not w.endswith("is") and any(len(n) >= 5 and " " not in n and w.startswith(n[:-1])
                                        for n in states.country_names(refs.code))
