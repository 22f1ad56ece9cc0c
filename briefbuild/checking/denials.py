"""A claim that says a quote was not said (`did not say`, `n'a pas dit`, `no dijo`, `hat nicht
gesagt`): the words that negate the attribution, and the words before them."""
from __future__ import annotations

import re

from ..patterns import lazy
from .claimtext import _around
from .clauses import VERB
from .foreign import Foreign
from .newsroom import LANGUAGES

# A verb of saying that the claim negates (`did not say`, `never said`, `denied saying`,
# `declined to say`): the quotation marks would hold words the claim says were not said.
_NOT = (r"(?:\b(?:(?:did|does|do|has|have|had|would|will|could|can)\s+)?(?:not|never|no\s+longer)|\b\w+n't)"
        r"\s+(?:\w+ly\s+)?")
_DENIAL = lazy(r"(?:" + _NOT + r"(?:" + VERB.pattern + r")(?:\s+that)?"
               r"|\b(?:denied|denies|deny|denying)\s+(?:that|saying|having\s+said|ever\s+saying)"
               r"|\b(?:declined|refused|declines|refuses)\s+to\s+(?:" + VERB.pattern + r"))")
# A denial in the clause above the attribution (`It is false that Lee said {q}`, `It is not true
# that`, `It is not the case that`): the attribution it governs is denied as a whole.
_FALSE_THAT = (r"\bit(?:\s+is|'s|\s+was|\s+has\s+been)\s+(?:simply\s+)?(?:not\s+(?:true|the\s+case|correct)|untrue|"
               r"false|incorrect|a\s+myth)\s+(?:to\s+say\s+)?that\s+[^.;:!?]{0,80}?(?:" + VERB.pattern + r")(?:\s+that)?")
_DENIAL_BEFORE = lazy(r"(?:" + _FALSE_THAT + "|" + _DENIAL.pattern + r")\s*[:,]?\s*$", re.I)
_DENIAL_AFTER = lazy(r"^\s*[,:]?\s*((?:[^\W\d_][\w.'-]*\s+){1,4}?)(" + _DENIAL.pattern + r")\s*[.,;!?]?\s*$")


def denial(claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> tuple[str, str] | None:
    """(the words by which the claim says {qid} was not said, `did not say`; the words before
    them when they follow the quote, `Lee` in `{q}, Lee never said`), or None."""
    _, _, _, head, tail = _around(claim, qid, quotes, people, nth)
    found = _DENIAL_BEFORE.search(head[-160:]) if head.strip() else None  # a match is far shorter: no scan of it all
    if found:
        return found.group(0).strip(" ,:"), ""
    after = _DENIAL_AFTER.match(tail) if not head.strip(" ,;:-") else None
    return (after.group(2).strip(), after.group(1)) if after else None


# A verb of saying the claim negates: `n'a pas dit`, `n'a jamais déclaré`, `a nié avoir dit`;
# `no dijo`, `nunca ha dicho`, `negó haber dicho`; `hat nicht gesagt`, `sagte nie`, `bestritt, gesagt zu haben`.
_NEGATIONS = {
    "fr": r"\bn(?:e\s+|')(?:\S+\s+)?(?:pas|jamais|plus|point)\s+(?:\S+\s+)?{verb}|\bn(?:e\s+|'){verb}\s+(?:pas|jamais|plus)"
          r"|\b(?:nié|nie|démenti|dément|contesté|conteste)\s+avoir\s+{verb}",
    "es": r"\b(?:no|nunca|jamás)\s+(?:(?:ha|había|habría|han)\s+)?{verb}|\b(?:negó|niega|negado)\s+haber\s+{verb}",
    "de": r"\b(?:nicht|nie|niemals)\s+(?:\S+\s+)?{verb}|{verb}\s+(?:\S+\s+){0,2}?(?:nicht|nie|niemals)(?!\s+nur)"
          r"|\b(?:bestritt|bestreitet|bestritten|dementierte)\b[^.;:!?]*{verb}\s+zu\s+haben",
}
# A denial in the clause above the attribution, as `It is false that` is in English: `Il est faux
# que Dupont ait dit`, `Es falso que Pérez haya dicho`, `Es ist falsch, dass Weber sagte`.
_FALSE_THAT_IN = {
    "fr": r"\bil\s+(?:est|était|serait)\s+(?:faux|inexact|erroné)|\bil\s+n['’](?:est|était)\s+pas\s+(?:vrai|exact|juste)",
    "es": r"\b(?:es|era|sería)\s+(?:falso|incierto|inexacto)|\bno\s+(?:es|era)\s+(?:cierto|verdad|exacto)",
    "de": r"\bes\s+(?:ist|war)\s+(?:falsch|unwahr|nicht\s+wahr|nicht\s+richtig)|\bes\s+stimmt\s+nicht",
}
_DENIALS: dict[str, re.Pattern] = {}


def foreign_denial(g: Foreign, claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> tuple[str, str] | None:
    """(the words by which a claim in the brief's language says {qid} was not said, the words
    before them), or None."""
    head = _around(claim, qid, quotes, people, nth)[3][-160:]
    if not head.strip():
        return None
    key = next(k for k, w in LANGUAGES.items() if w is g.w)
    if key not in _DENIALS:
        verbs = "|".join(sorted(g.w.verbs, key=len, reverse=True))
        negated = _NEGATIONS[key].replace("{verb}", rf"(?:{verbs})(?![\w'-])")
        above = rf"(?:{_FALSE_THAT_IN[key]}),?\s+(?:de\s+dire\s+)?(?:que|dass)\s+[^.;:!?]{{0,80}}?(?:{verbs})(?![\w'-])"
        _DENIALS[key] = re.compile(r"(?:" + negated + "|(?P<above>" + above + r"))(?:\s+(?:que|dass))?[\s,:]*$", re.I)
    found = _DENIALS[key].search(head)
    if not found and key == "de":  # `Müller bestritt, {q} gesagt zu haben`: the verb after the quote
        tail = _around(claim, qid, quotes, people)[4]
        verbs = "|".join(sorted(g.w.verbs, key=len, reverse=True))
        said = re.match(rf"\s*(?:{verbs})\s+(?:zu\s+haben|hat|habe|haben|hätte)\b", tail)
        deny = re.search(r"(?:\b(?:bestritt|bestreitet|bestritten|dementierte|dementiert)\b|(?:" + _FALSE_THAT_IN["de"]
                         + r"),?\s+dass\b)[^.;:!?]*$", head, re.I)
        if said and deny:
            return f"{deny.group(0).strip(' ,')} … {said.group(0).strip()}", head[:deny.start()][-60:]
    if found is None:
        return None
    # the words before the negation name the one who did not say it (`Dupont n'a pas dit`); above the
    # attribution, the clause it denies does (`Il est faux que Dupont ait dit`)
    return found.group(0).strip(" ,:"), found.group(0) if found.group("above") else head[:found.start()][-60:]
