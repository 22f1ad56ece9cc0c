"""Claims: whom a subject pronoun after a quote, a speech act's quoted phrase and a German
verb-second pronoun give a quote to (held-out benchmarks, realclaims: stoltenberg-biden, scholz-kallas).

- AP attribution after a quotation (`{q}, she added`, `{q}, said he`) continues the sentence's
  subject, never an object (`Lee criticized Chan: {q}, she added` is Lee's); only a person whose
  pronouns agree (people.yaml), an object only when no subject agrees.
- A speech act (thank, praise, welcome, commend, congratulate, hail) gives a short quoted phrase in
  its object to its subject (`Chan thanked Lee for the {q}`); `, and said` after it shares that subject.
  A full quoted sentence is read as before.
- German verb second (Duden): when an adverbial opens the clause, the pronoun right after the finite
  verb is the subject (`In Anwesenheit der Ministerpräsidentin Müller sagte er`), not a name inside it;
  and a masculine pronoun (er, il, él) is not a person the text calls by a woman's title
  (`Ministerpräsidentin`, `la ministre`, `la ministra`, `Frau`).
Each row: (language, claim, quote id, with people.yaml pronouns, exact message or '').
"""
from __future__ import annotations

import pytest
from attribution_cases import PRONOUNS
from quotecheck import PEOPLE

from briefbuild.checking.claims import claim_problem
from briefbuild.inputs.models import Quote

_SPEAKERS = {"lee-q": "ann-lee", "lee-q2": "ann-lee", "chan-q": "bo-chan", "chan-q2": "bo-chan", "smith-q": "mark-smith",
             "dupont-q": "anne-dupont", "martin-q": "jean-martin", "perez-q": "carlos-perez", "garcia-q": "lucia-garcia",
             "muller-q": "zoe-muller", "weber-q": "klaus-weber"}
QUOTES = {qid: Quote(id=qid, speaker=pid, kind="direct", text="steady support", paragraph=1) for qid, pid in _SPEAKERS.items()}
QUOTES |= {qid: Quote(id=qid, speaker=pid, kind="direct", text="We will act on the plan.", paragraph=1)
           for qid, pid in {"lee-s": "ann-lee", "chan-s": "bo-chan"}.items()}
GIVES = ("direct quote '{q}' is {a}'s words, but the claim gives them to {b}: make {s} the subject of the verb that "
         "introduces it (or, if they are {b}'s words, correct the quote's speaker in its source)")
NO_ONE = ("direct quote '{q}' is not attributed: '{w}' stands for no one named before it (in the claim or the block "
          "before it): name {s} before it")
LEE, CHAN, SMITH = "Ann Lee", "Bo Chan", "Mark Smith"
DUPONT, MARTIN, PEREZ, GARCIA = "Anne Dupont", "Jean Martin", "Carlos Pérez", "Lucía García"
MULLER, WEBER = "Zoë Müller", "Klaus Weber"

PRONOUN_AFTER = [
    ("en", "Lee criticized Chan: {lee-q}, he added.", "lee-q", False, ""),
    ("en", "Lee criticized Chan: {lee-q}, said he.", "lee-q", False, ""),
    ("en", "Chan criticized Lee: {chan-q}, she added.", "chan-q", False, ""),
    ("en", "In Tokyo, Chan criticized Lee: {chan-q}, she said.", "chan-q", False, ""),
    ("en", "Lee criticized Chan's plan: {lee-q}, he said.", "lee-q", False, ""),
    ("en", "Lee said {lee-q}. {lee-q2}, he added.", "lee-q2", False, ""),
    ("en", "Chan met Lee on Tuesday. {lee-q}, he said.", "lee-q", True, ""),
    # no subject agrees (Lee is he/him): the one person who does, the object
    ("en", "Lee criticized Chan: {chan-q}, she added.", "chan-q", True, ""),
    ("en", "In Tokyo, Chan criticized Lee: {lee-q}, he said.", "lee-q", True, ""),
    # careless: the quote given to the object
    ("en", "Lee criticized Chan: {chan-q}, she added.", "chan-q", False, GIVES.format(q="chan-q", a=CHAN, b=LEE, s="Chan")),
    ("en", "Lee criticized Chan: {chan-q}, said she.", "chan-q", False, GIVES.format(q="chan-q", a=CHAN, b=LEE, s="Chan")),
    ("en", "Chan criticized Lee: {lee-q}, he added.", "lee-q", False, GIVES.format(q="lee-q", a=LEE, b=CHAN, s="Lee")),
    ("en", "In Tokyo, Chan criticized Lee: {lee-q}, he said.", "lee-q", False, GIVES.format(q="lee-q", a=LEE, b=CHAN, s="Lee")),
    ("en", "Chan criticized Lee: {lee-q}, she added.", "lee-q", True, GIVES.format(q="lee-q", a=LEE, b=CHAN, s="Lee")),
    ("en", "Lee and Chan met Smith: {chan-q}, they said.", "chan-q", False,
     "the claim gives direct quote 'chan-q' to several people at once ('Lee and Chan'): a quote is one person's words; "
     "make Chan alone the subject of the verb that introduces it"
     ", or, if the words are a joint statement of theirs, say so (… said in a joint statement that …)"),
]

SPEECH_ACTS = [
    ("en", "Chan also thanked Lee for the {chan-q} provided by the ministry, and said she looked forward to a summit.",
     "chan-q", False, ""),
    ("en", "Chan praised Lee for his {chan-q}.", "chan-q", False, ""),
    ("en", "Chan congratulated Lee on her {chan-q}.", "chan-q", False, ""),
    ("en", "Chan welcomed the {chan-q} of the plan.", "chan-q", False, ""),
    ("en", "Chan thanked Lee for the {chan-q} he gave, and said {chan-q2}.", "chan-q2", False, ""),
    ("en", "Chan met Lee, and said {chan-q2}.", "chan-q2", False, ""),
    ("en", "Chan thanked Lee: {lee-q}.", "lee-q", False, ""),  # a colon's quote: read as before
    ("en", "Chan praised Lee for the {lee-s}", "lee-s", False, ""),  # a full sentence: read as before
    ("en", "Chan also thanked Lee for the {lee-q} provided by the ministry, and said she looked forward to a summit.",
     "lee-q", False, GIVES.format(q="lee-q", a=LEE, b=CHAN, s="Lee")),
    ("en", "Chan praised Lee for his {lee-q}.", "lee-q", False, GIVES.format(q="lee-q", a=LEE, b=CHAN, s="Lee")),
    ("en", "Chan met Lee, who praised the {chan-q}.", "chan-q", False, GIVES.format(q="chan-q", a=CHAN, b=LEE, s="Chan")),
    ("en", "Chan thanked Lee for the {chan-q} he gave, and said {lee-q}.", "lee-q", False,
     GIVES.format(q="lee-q", a=LEE, b=CHAN, s="Lee")),
    ("en", "Chan met Lee, and said {lee-q}.", "lee-q", False, GIVES.format(q="lee-q", a=LEE, b=CHAN, s="Lee")),
]

VERB_SECOND = [
    ("de", "Weber sprach in Hamburg. In Anwesenheit der estnischen Ministerpräsidentin Müller sagte er: {weber-q}",
     "weber-q", False, ""),
    ("de", "Weber traf Müller. In Anwesenheit der Ministerpräsidentin Müller sagte er: {weber-q}", "weber-q", False, ""),
    ("de", "Weber traf Müller. Nach dem Treffen mit Ministerin Müller sagte er: {weber-q}", "weber-q", False, ""),
    ("de", "Weber traf Frau Müller. Er sagte: {weber-q}", "weber-q", False, ""),
    ("de", "Weber traf Müller. Am Dienstag sagte Müller: {muller-q}", "muller-q", False, ""),
    ("de", "In Anwesenheit von Weber sagte die Ministerin Müller: {muller-q}", "muller-q", False, ""),
    ("fr", "Martin a rencontré la ministre Dupont. Il a déclaré : {martin-q}", "martin-q", False, ""),
    ("es", "Pérez se reunió con la ministra García. Él dijo: {perez-q}", "perez-q", False, ""),
    ("de", "Weber sprach in Hamburg. In Anwesenheit der estnischen Ministerpräsidentin Müller sagte er: {muller-q}",
     "muller-q", False, GIVES.format(q="muller-q", a=MULLER, b=WEBER, s="Müller")),
    ("de", "Weber traf Müller. In Anwesenheit der Ministerpräsidentin Müller sagte er: {muller-q}", "muller-q", False,
     GIVES.format(q="muller-q", a=MULLER, b=WEBER, s="Müller")),
    ("de", "In Anwesenheit der Ministerpräsidentin Müller sagte er: {muller-q}", "muller-q", False,
     NO_ONE.format(q="muller-q", w="er", s="Müller")),
    ("de", "Weber traf Frau Müller. Er sagte: {muller-q}", "muller-q", False,
     GIVES.format(q="muller-q", a=MULLER, b=WEBER, s="Müller")),
    ("fr", "Devant la ministre Dupont, il a déclaré : {dupont-q}", "dupont-q", False,
     NO_ONE.format(q="dupont-q", w="il", s="Dupont")),
    ("fr", "Martin a rencontré la ministre Dupont. Il a déclaré : {dupont-q}", "dupont-q", False,
     GIVES.format(q="dupont-q", a=DUPONT, b=MARTIN, s="Dupont")),
    ("es", "Ante la ministra García, él dijo: {garcia-q}", "garcia-q", False, NO_ONE.format(q="garcia-q", w="él", s="García")),
]

ROWS = PRONOUN_AFTER + SPEECH_ACTS + VERB_SECOND
_WITH = {pid: p.model_copy(update={"pronouns": PRONOUNS.get(pid)}) for pid, p in PEOPLE.items()}


@pytest.mark.parametrize("language,claim,qid,pronouns,message", ROWS, ids=[f"{r[0]}-{r[3]}-{r[1][:50]}" for r in ROWS])
def test_a_claim_gives_a_quote_to_the_subject_its_grammar_names(language, claim, qid, pronouns, message):
    people = _WITH if pronouns else PEOPLE
    assert (claim_problem(claim, qid, QUOTES, people, None if language == "en" else language) or "") == message


def test_the_table_has_passes_and_fails():
    assert sum(not r[4] for r in ROWS) >= 20 and sum(bool(r[4]) for r in ROWS) >= 15
