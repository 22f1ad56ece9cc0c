"""Claims as UN briefings, NATO news and La Moncloa write them (realclaims round 6), each form read by a rule.

The UN's envoys are offices (`Special Envoy for Yemen`: `the Special Envoy`, `the envoy` on second
reference, AP). A title whose holder the claim names only in a later sentence (a briefing's `The
Secretary-General said that … Mr. Guterres added`) is that person's when people.yaml gives them the
office; a later sentence naming someone else names no holder. A subject pronoun carries on the
sentence before it: when that sentence's subject is an office (`the Secretary-General thanked Chan
…`), the pronoun is the office's holder, or no one named, never the last name (Chan). A phrase
set off by commas may open the clause after `that` (`adding that, to be effective, …`: Chicago 6.31),
so `that,` introduces the paraphrase as `that` does. Spanish releases write the perfect (`ha destacado
que`): each preterite verb of saying has its participle.
"""
from __future__ import annotations

import pytest
from attribution_cases import PARAPHRASE_GIVES, PARAPHRASE_NO_ONE
from quotecheck import PEOPLE

from briefbuild.checking.claims import claim_problem
from briefbuild.inputs.models import Person, Quote

CAST = {**PEOPLE,
        "ruth-kane": Person(id="ruth-kane", name="Ruth Kane", role="Special Envoy for Yemen"),
        "omar-haddad": Person(id="omar-haddad", name="Omar Haddad", role="Secretary-General")}
_Q = {"lee-q": ("ann-lee", "direct"), "lee-p": ("ann-lee", "paraphrase"), "chan-q": ("bo-chan", "direct"),
      "chan-p": ("bo-chan", "paraphrase"), "kane-p": ("ruth-kane", "paraphrase"), "kane-p2": ("ruth-kane", "paraphrase"),
      "kane-q": ("ruth-kane", "direct"), "haddad-p": ("omar-haddad", "paraphrase"),
      "haddad-p2": ("omar-haddad", "paraphrase"), "perez-p": ("carlos-perez", "paraphrase"),
      "garcia-p": ("lucia-garcia", "paraphrase")}
QUOTES = {k: Quote(id=k, speaker=v[0], kind=v[1], text="x", paragraph=1) for k, v in _Q.items()}
P_TO_KANE = PARAPHRASE_GIVES.format(q="lee-p", a="Ann Lee", b="Ruth Kane", s="Lee")
P_TO_HADDAD = PARAPHRASE_GIVES.format(q="lee-p", a="Ann Lee", b="Omar Haddad", s="Lee")
P_TO_CHAN = PARAPHRASE_GIVES.format(q="lee-p", a="Ann Lee", b="Bo Chan", s="Lee")
CHAN_P_TO_LEE = PARAPHRASE_GIVES.format(q="chan-p", a="Bo Chan", b="Ann Lee", s="Chan")
HADDAD_NO_ONE = PARAPHRASE_NO_ONE.format(q="haddad-p", a="Omar Haddad", s="Haddad")
HE_CHAN = ("paraphrase 'chan-p' is Bo Chan's, but the claim introduces it with 'He', which stands for no one named "
           "before it (in the claim or the block before it): make Chan the subject of the verb that introduces it, "
           "or place {chan-p} alone (it prints as 'Chan said that …')")
SPANISH_TO_PEREZ = ("paraphrase 'garcia-p' is Lucía García's, but the claim gives it to Carlos Pérez: make García "
                    "the one the claim names as its source, or place {garcia-p} alone (it then names its speaker itself)")

# (claim, quote id, language, message or ''); the 12 marked * failed before these rules
ROUND6 = [
    # the UN's envoys are offices: `the Special Envoy`, `the envoy`
    ("Mr. Kane said that {kane-p}. The Special Envoy added that {kane-p2}.", "kane-p2", None, ""),  # *
    ("Mr. Kane said that {kane-p}. The Special Envoy added that {lee-p}.", "lee-p", None, P_TO_KANE),  # *
    ("Ruth Kane spoke. The envoy said {kane-q}.", "kane-q", None, ""),  # *
    ("Meanwhile, the Special Envoy for Yemen, Ruth Kane, welcomed the talks. She said that {kane-p}.", "kane-p", None, ""),
    ("Meanwhile, the Special Envoy for Yemen, Ruth Kane, welcomed the talks. She said that {lee-p}.", "lee-p", None,
     P_TO_KANE),
    # a title whose holder a later sentence of the claim names
    ("The Secretary-General said that {haddad-p}. In fact, it is growing. {haddad-p2}, Mr. Haddad added.", "haddad-p",
     None, ""),  # *
    ("The Secretary-General said that {lee-p}. In fact, it is growing. {haddad-p2}, Mr. Haddad added.", "lee-p",
     None, P_TO_HADDAD),  # *
    ("The Secretary-General said that {haddad-p}. {lee-p}, Ms. Lee added.", "haddad-p", None, HADDAD_NO_ONE),
    ("The Secretary-General said that {haddad-p}. He added that {haddad-p2}.", "haddad-p", None, HADDAD_NO_ONE),
    # a pronoun after a sentence whose subject is an office: the office's, not the last name's
    ("In the meeting, the Secretary-General thanked Bo Chan for his work. He stressed that {chan-p}.", "chan-p",
     None, HE_CHAN),  # *
    ("Secretary-General Omar Haddad arrived. In the meeting, the Secretary-General thanked Bo Chan for his work. "
     "He stressed that {haddad-p}.", "haddad-p", None, ""),  # *
    ("The Secretary-General thanked Bo Chan. {chan-q}, he said.", "chan-q", None,
     "direct quote 'chan-q' is not attributed: 'he' stands for no one named before it (in the claim or the block "
     "before it): name Chan before it"),  # *
    ("The Defense Department thanked Bo Chan. He said that {chan-p}.", "chan-p", None, ""),  # a body, not an office
    # a participle of saying after a dash (as after a comma); a phrase set off by commas after `that`
    ("Ann Lee called on everyone to act — adding that {lee-p}.", "lee-p", None, ""),
    ("Ann Lee called on everyone to act — adding that {chan-p}.", "chan-p", None, CHAN_P_TO_LEE),
    ("Ann Lee called on everyone to act, adding that, {lee-p}.", "lee-p", None, ""),
    ("Ann Lee called on everyone to act, adding that, {chan-p}.", "chan-p", None, CHAN_P_TO_LEE),  # *
    ("Bo Chan said that, {lee-p}.", "lee-p", None, P_TO_CHAN),  # *
    # Spanish: the perfect's participle
    ("Carlos Pérez ha destacado que {perez-p}.", "perez-p", "es", ""),
    ("Carlos Pérez ha destacado en el Congreso que {garcia-p}.", "garcia-p", "es", SPANISH_TO_PEREZ),  # *
    ("Carlos Pérez ha recordado que {garcia-p}.", "garcia-p", "es", SPANISH_TO_PEREZ),  # *
]


@pytest.mark.parametrize("claim,qid,language,message", ROUND6, ids=[f"{r[0][:50]}-{r[1]}" for r in ROUND6])
def test_a_briefing_s_attribution_gives_the_quote_to_its_speaker(claim, qid, language, message):
    assert (claim_problem(claim, qid, QUOTES, CAST, language) or "") == message
