"""Claims as UN press-conference summaries, UK releases and speeches and a Commission news item
write them (realclaims round 8), each form read by a rule.

A short parenthesis after a name identifies the person or body (`Peter Wittig (Germany)`, `Sen. Ann
Lee (D-Ohio)`, `(OCHA)`; Chicago 6.96): the claim is read without it, unless it names a person, holds
a verb of saying or a quote (parentheticals.py). An office's own list may hold a comma (`Special
Rapporteur on torture and other cruel, inhuman or degrading treatment`): the name before the asides
is still the subject. A name followed by its own `of the <Body>` just before the verb (`Jens Laerke of
the Office for the Coordination of Humanitarian Affairs said`) is the subject, not the body. A
participle of saying after a clause whose subject is a pronoun (`She spoke of the task, saying`) has
that pronoun for its subject. A direct quote that ends with its own full stop, then a sentence that
introduces words of its own (`{q} She left, saying {q2}.`), stands alone and continues the last
speaker named (the next verb is the next quote's). A noun of saying with a relative clause naming
who gave it (`the advice she gave me was:`) names that giver. After an inverted verb, a capitalised
word before the title (`said British Prime Minister David Cameron as he took …`) leaves the name the
subject when the clause runs on in lower case. An officer's grade is a second reference by its noun
(`Lieutenant General` -> `the general`, `Vice Admiral` -> `the admiral`; AP), where a lieutenant governor
is still no governor.
"""
from __future__ import annotations

import pytest
from attribution_cases import GIVES, NO_ONE, PARAPHRASE_GIVES, UNATTRIBUTED
from quotecheck import PEOPLE

from briefbuild.checking.claims import claim_problem
from briefbuild.inputs.models import Person, Quote

_Q = {"lee-q": ("ann-lee", "direct", "x"), "lee-p": ("ann-lee", "paraphrase", "x"), "chan-q": ("bo-chan", "direct", "y"),
      "chan-p": ("bo-chan", "paraphrase", "y"), "lee-s": ("ann-lee", "direct", "It works."),
      "chan-s": ("bo-chan", "direct", "It fails."), "dupont-q": ("anne-dupont", "direct", "x"),
      "perez-q": ("carlos-perez", "direct", "x"), "weber-q": ("klaus-weber", "direct", "x")}
_RANKED = [("mark-ortiz", "Mark Ortiz", "Lieutenant General"), ("rosa-diaz", "Rosa Diaz", "Vice Admiral"),
           ("tom-reyes", "Tom Reyes", "Lieutenant Governor"), ("sue-park", "Sue Park", "Attorney General")]
PEOPLE = {**PEOPLE, **{pid: Person(id=pid, name=name, role=role) for pid, name, role in _RANKED}}
_Q |= {f"{pid.split('-')[1]}-q": (pid, "direct", "z") for pid, _, _ in _RANKED}
QUOTES = {k: Quote(id=k, speaker=v[0], kind=v[1], text=v[2], paragraph=1) for k, v in _Q.items()}
CHAN_TO_LEE = GIVES.format(q="chan-q", a="Bo Chan", b="Ann Lee", s="Chan")
LEE_TO_CHAN = GIVES.format(q="lee-q", a="Ann Lee", b="Bo Chan", s="Lee")
CHAN_P_TO_LEE = PARAPHRASE_GIVES.format(q="chan-p", a="Bo Chan", b="Ann Lee", s="Chan")

# (claim, quote id, language, message or ''); the 24 marked * failed before these rules: 7 only by their message,
# 1 (`{chan-s} Bo Chan then said {chan-q}`) by passing
ROUND8 = [
    # a parenthesis that identifies the name before it
    ("{lee-p}, Ann Lee (Germany), outgoing Chair of the Commission, said today.", "lee-p", None, ""),  # *
    ("{lee-p}, Ann Lee (Germany) said today.", "lee-p", None, ""),  # *
    ("{chan-p}, Ann Lee (Germany) said today.", "chan-p", None, CHAN_P_TO_LEE),  # * (another message)
    ("Ann Lee (D-Ohio) said {chan-q}.", "chan-q", None, CHAN_TO_LEE),
    ("Sen. Ann Lee (D-Ohio) said {lee-q}.", "lee-q", None, ""),
    ("The minister (Ann Lee) said {lee-q}.", "lee-q", None, ""),  # a name inside: kept
    ("{lee-q} (Bo Chan said)", "lee-q", None, LEE_TO_CHAN),  # an attribution inside: kept
    ("Anne Dupont (Renaissance) a déclaré : {dupont-q}", "dupont-q", "fr", ""),
    ("Carlos Pérez (PSOE) dijo: {perez-q}", "perez-q", "es", ""),
    ("Klaus Weber (CDU) sagte: {weber-q}", "weber-q", "de", ""),
    # an office's own list holds a comma
    ("{lee-p}, Ann Lee, Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment, "
     "told correspondents today.", "lee-p", None, ""),  # *
    ("{chan-p}, Ann Lee, Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment, "
     "told correspondents today.", "chan-p", None, CHAN_P_TO_LEE),  # * (another message)
    ("Ann Lee, Minister for Health, Sport and Youth, said {lee-q}.", "lee-q", None, ""),
    ("{lee-q}, the spokesman for Bo Chan, a former aide, said.", "lee-q", None, UNATTRIBUTED.format(q="lee-q", s="Lee")),
    # a name's own `of the <Body>` before its verb
    ("Ann Lee of the Office for the Coordination of Humanitarian Affairs said {lee-p}.", "lee-p", None, ""),  # *
    ("Ann Lee of the Office for the Coordination of Humanitarian Affairs said {chan-p}.", "chan-p", None,
     CHAN_P_TO_LEE),  # * (another message)
    ("Ann Lee of the Office for the Coordination of Humanitarian Affairs said {lee-q}.", "lee-q", None, ""),  # *
    ("A spokesman of the Office for Humanitarian Affairs said {lee-q}.", "lee-q", None,
     UNATTRIBUTED.format(q="lee-q", s="Lee")),
    # a participle of saying after a pronoun's clause
    ("Ann Lee spoke. She spoke of the task, saying {lee-q}.", "lee-q", None, ""),  # *
    ("Ann Lee spoke. She reminded us of the urgency, saying it was the crisis that {lee-q}.", "lee-q", None, ""),  # *
    ("Ann Lee spoke. In Paris, she spoke of the task, saying {lee-q}.", "lee-q", None, ""),  # *
    ("Bo Chan spoke. He reminded us of the task, saying {lee-q}.", "lee-q", None, LEE_TO_CHAN),  # * (another message)
    ("She spoke of the task, saying {lee-q}.", "lee-q", None, NO_ONE.format(q="lee-q", w="She", s="Lee")),  # * (message)
    # a quote that ends its own sentence before a sentence with words of its own
    ("Ann Lee spoke. {lee-q}, she said. {lee-s} She left, saying {lee-q}.", "lee-s", None, ""),  # *
    ("Ann Lee spoke. {lee-q}, she said. {lee-s} Bo Chan then said {chan-q}.", "lee-s", None, ""),  # *
    ("Ann Lee spoke. {lee-q}, she said. {chan-s} Bo Chan then said {chan-q}.", "chan-s", None,
     GIVES.format(q="chan-s", a="Bo Chan", b="Ann Lee", s="Chan")),  # * (passed)
    ("{lee-s} Ann Lee made the statement in an interview with Bo Chan.", "lee-s", None, ""),  # no words of its own
    # a noun of saying with a relative clause naming its giver
    ("Ann Lee spoke. The advice she gave me was: {lee-q}", "lee-q", None, ""),  # *
    ("So I've broken Ann Lee's advice. And the second piece of advice she gave me was: {lee-q}", "lee-q", None, ""),  # *
    ("Ann Lee spoke. The warning that Bo Chan issued was blunt: {lee-q}", "lee-q", None, LEE_TO_CHAN),
    ("Ann Lee spoke. The advice that Bo Chan gave me was: {chan-q}", "chan-q", None, ""),
    ("The advice he gave me was: {lee-q}", "lee-q", None, NO_ONE.format(q="lee-q", w="he", s="Lee")),  # * (message)
    ("Ann Lee spoke. The advice I gave her was: {lee-q}", "lee-q", None, UNATTRIBUTED.format(q="lee-q", s="Lee")),
    ("Ann Lee spoke. The advice she gave me was sound. {chan-q}", "chan-q", None, CHAN_TO_LEE),
    # a capitalised word before an inverted verb's title, then the clause runs on
    ("{lee-p}, said British Minister Ann Lee as she took to the podium.", "lee-p", None, ""),  # *
    ("{lee-p}, said British Minister Ann Lee tonight.", "lee-p", None, ""),  # *
    ("{chan-p}, said British Minister Ann Lee tonight.", "chan-p", None, CHAN_P_TO_LEE),  # * (another message)
    ("{lee-q}, said British Minister Ann Lee.", "lee-q", None, ""),
    ("{lee-q}, said Senator Ann Lee campaign spokesman Bo Chan.", "lee-q", None, LEE_TO_CHAN),
    # an officer's grade
    ("Mark Ortiz said he was pleased. {ortiz-q}, the general said.", "ortiz-q", None, ""),  # *
    ("Rosa Diaz spoke. {diaz-q}, the admiral said.", "diaz-q", None, ""),  # *
    ("Ann Lee spoke. {lee-q}, the general said.", "lee-q", None, UNATTRIBUTED.format(q="lee-q", s="Lee")),
    ("Tom Reyes spoke. {reyes-q}, the governor said.", "reyes-q", None, UNATTRIBUTED.format(q="reyes-q", s="Reyes")),
    ("Sue Park spoke. {park-q}, the general said.", "park-q", None, UNATTRIBUTED.format(q="park-q", s="Park")),
]


@pytest.mark.parametrize("claim,qid,language,message", ROUND8, ids=[f"{r[0][:50]}-{r[1]}" for r in ROUND8])
def test_a_release_s_or_a_summary_s_attribution_gives_the_quote_to_its_speaker(claim, qid, language, message):
    assert (claim_problem(claim, qid, QUOTES, PEOPLE, language) or "") == message

