"""A denial in the clause above the attribution, in a French, Spanish or German brief, as `It is false
that Lee said {q}` is in an English one (denials.py): `Il est faux que Dupont ait dit {q}`, `Es falso
que Pérez haya dicho {q}`, `Es stimmt nicht, dass Weber {q} gesagt hat` say the words were not said.
The same clause affirmed (`Il est vrai que`, `Es cierto que`, `Es stimmt, dass`), or a speaker who
calls something else false before the quote (`Il est faux que la réforme échoue, a déclaré Dupont :
{q}`), denies nothing. All 8 rows that must fail failed before: 7 passed as the speaker's words, one
(`ait dit`) was read as naming no one."""
from __future__ import annotations

import pytest
from quotecheck import PEOPLE

from briefbuild.checking.claims import claim_problem
from briefbuild.inputs.models import Quote

_Q = {"dupont-q": "anne-dupont", "perez-q": "carlos-perez", "weber-q": "klaus-weber"}
QUOTES = {k: Quote(id=k, speaker=v, kind="direct", text="x", paragraph=1) for k, v in _Q.items()}
NAMES = {"dupont-q": ("Anne Dupont", "Dupont"), "perez-q": ("Carlos Pérez", "Pérez"), "weber-q": ("Klaus Weber", "Weber")}


def _denied(qid: str, words: str) -> str:
    name, short = NAMES[qid]
    return (f"the claim denies that {name} said direct quote '{qid}' ('{words}'), yet the source gives {short} these "
            f"words: introduce a quote with what the speaker did say ({short} said {{{qid}}}), or reword without it")


# (claim, quote id, language, message or '')
ROWS = [
    ("Il est vrai que Dupont a déclaré {dupont-q}.", "dupont-q", "fr", ""),
    ("Il est faux que la réforme échoue, a déclaré Dupont : {dupont-q}", "dupont-q", "fr", ""),
    ("Es cierto que Pérez dijo {perez-q}.", "perez-q", "es", ""),
    ("Es falso que la reforma fracase, dijo Pérez: {perez-q}", "perez-q", "es", ""),
    ("Es stimmt, dass Weber {weber-q} gesagt hat.", "weber-q", "de", ""),
    ("Es ist falsch, dass die Reform scheitert, sagte Weber: {weber-q}", "weber-q", "de", ""),
    ("Il est faux que Dupont ait dit {dupont-q}.", "dupont-q", "fr", _denied("dupont-q", "Il est faux que Dupont ait dit")),
    ("Il n'est pas vrai que Dupont a déclaré {dupont-q}.", "dupont-q", "fr",
     _denied("dupont-q", "Il n'est pas vrai que Dupont a déclaré")),
    ("Il était inexact de dire que Dupont a déclaré {dupont-q}.", "dupont-q", "fr",
     _denied("dupont-q", "Il était inexact de dire que Dupont a déclaré")),
    ("Es falso que Pérez haya dicho {perez-q}.", "perez-q", "es", _denied("perez-q", "Es falso que Pérez haya dicho")),
    ("No es cierto que Pérez dijo {perez-q}.", "perez-q", "es", _denied("perez-q", "No es cierto que Pérez dijo")),
    ("Es ist falsch, dass Weber sagte: {weber-q}.", "weber-q", "de",
     _denied("weber-q", "Es ist falsch, dass Weber sagte")),
    ("Es stimmt nicht, dass Weber {weber-q} gesagt hat.", "weber-q", "de",
     _denied("weber-q", "Es stimmt nicht, dass Weber … gesagt hat")),
    ("Es ist nicht wahr, dass Weber {weber-q} gesagt habe.", "weber-q", "de",
     _denied("weber-q", "Es ist nicht wahr, dass Weber … gesagt habe")),
]


@pytest.mark.parametrize("claim,qid,language,message", ROWS, ids=[r[0] for r in ROWS])
def test_a_denial_above_the_attribution_denies_it(claim, qid, language, message):
    assert (claim_problem(claim, qid, QUOTES, PEOPLE, language) or "") == message
