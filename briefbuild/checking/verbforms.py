"""A bracketed verb for the source's verb: the same verb in another form, never another verb.

Chicago 13.60-13.61 lets an editor bracket a change that fits the quoted words to the sentence that
reports them, never one that changes what was said. For the linking and auxiliary verbs of each
language (references.py) that is: another person or number of the same verb (`[is]` for `are`,
`[hat]` for `haben`), or its past for its present (`[was]` for `is`), the shift reported speech makes
to fit a sentence in the past, which keeps the time the speaker meant. Never another verb (`[has]`
for `is`: `is gone` and `has gone` say different things), nor the present for the past (`[is]` for
`was` says it still holds, which the speaker did not say). Modals are alterations.py's: a bracket
never changes one (`[will]` for `would`).
"""
from __future__ import annotations

from functools import lru_cache

from .references import References


@lru_cache(maxsize=8)  # one table per language
def _forms(refs: References) -> list[tuple[frozenset[str], frozenset[str]]]:
    out = []
    for verb in refs.verbs:
        now, past = verb.split("|")
        out.append((frozenset(now.split()), frozenset(past.split())))
    return out


def _which(word: str, refs: References) -> tuple[int, str] | None:
    """(the verb's index in the table, 'present' or 'past') of a word, or None for another word."""
    for k, (now, past) in enumerate(_forms(refs)):
        if word in now:
            return k, "present"
        if word in past:
            return k, "past"
    return None


def changed_verb(bracket: str, src: str, refs: References) -> str | None:
    """The problem when a one-word bracket puts another verb, or the present for the past, in place
    of the source's linking or auxiliary verb; '' when it gives that verb another form it may take
    (`[sind]` for `ist`, `[was]` for `is`); None for any other pair of words."""
    ours, theirs = bracket[1:-1].strip().lower().replace("’", "'"), src.strip().lower().replace("’", "'")
    if " " in ours or " " in theirs or ours == theirs:
        return None
    a, b = _which(ours, refs), _which(theirs, refs)
    if a is None or b is None:
        other = ours if a is None else theirs  # `[seems]` for `is`, `[is]` for `remains`
        return _another(bracket, src) if (a or b) and other in _LINKING_OTHERS else None
    if theirs == "'s" and a[1] == "present":
        return ""  # `it's`: `is` or `has`, the contraction does not say which
    if a[0] != b[0]:
        return _another(bracket, src)
    if a[1] == "present" and b[1] == "past":
        return (f"{bracket} puts the present '{ours}' for the source's past '{theirs}': a bracket may shift a "
                "verb into the past to fit a sentence reporting it, never into the present, which says it still "
                f"holds; keep '{theirs}' or paraphrase")
    return ""


# Verbs that link a subject to what is said of it as `be` does, none of them `be`: a bracket that puts
# one of these for `is` (or the reverse) makes the speaker say another thing.
_LINKING_OTHERS = frozenset("seem seems seemed remain remains remained become becomes became appear appears "
                            "appeared stay stays stayed look looks looked get gets got".split())


def _another(bracket: str, src: str) -> str:
    return (f"{bracket} puts another verb for the source's '{src.strip()}': a bracket may give a verb another "
            "form (agreement, or its past to fit a sentence reporting it), never put in another verb; keep "
            f"'{src.strip()}' or paraphrase")
