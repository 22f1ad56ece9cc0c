"""A fourth red team of the claim checker, on defects the third left alone: a quote inside a
relative clause whose verb of saying has another subject, a possessive before a noun of saying
after a verb of answering, a noun of saying owned after `of`, verbs of quoting, German verbs with a
detached particle, and paraphrases given to several people, in English, French, German and Spanish.

The rules these rows brought:
- A quote inside a relative clause whose own verb of saying or naming has the relative's head for
  subject is that head's words (`Those who called the plan {q} were wrong, Lee said`, `Ceux qui l'ont
  qualifié de {q}`, `Quienes lo calificaron de {q}`, `Wer es {q} nannte`), not the sentence's final
  speaker's (relatives.py; English already read `Lee dismissed critics who called it {q}` so).
- A verb of answering keeps its object with its preposition (`Chan responded to her claim that {q}`,
  `reacted to`): the `that` clause is the claim's content, the possessor's words, as `Chan rejected
  her claim that` reads; before, `to` made it an adjunct and the words Chan's (sayings.py). French,
  Spanish and German alike (`Martin a répondu à son affirmation selon laquelle`, `García respondió a
  su afirmación de que`, `Weber antwortete auf ihre Behauptung, dass`): the possessive stands for the
  person named before the subject, never the subject (foreignclaims._answered).
- `The view of Lee, which Chan shares, is that {q}`: a noun of saying owned after `of`/`by`, the
  subject of a copula, gives the words to its owner past an aside (sayings.py).
- A verb of quoting names the speaker (`Chan, quoting Lee, said:`, `{q}, Chan said, quoting Lee.`,
  `citant Dupont`, `García citó a Pérez:`, `citando a`, `zitierte Müller mit den Worten`): quoting.py.
- German separable verbs of saying with their particle apart (`hielt dem entgegen`, `gab zurück`,
  `gab zu`, `wies darauf hin`, `fügt hinzu`) are verbs of saying of their subject (newsroom.py,
  foreign._SEPARABLE); before, the last person named took the quote.
- A paraphrase given to several people passes where the sentence calls the words a joint statement,
  as a direct quote does (jointly.py via paraphrases.py), and elsewhere its message offers that
  statement as a direct quote's does; ownwords.py's phrases already served paraphrases.
"""
from __future__ import annotations

import pytest
from attribution_cases import GIVES, UNATTRIBUTED
from quotecheck import PEOPLE

from briefbuild.checking.claims import claim_problem
from briefbuild.inputs.models import Quote

_SPEAKERS = {"lee": "ann-lee", "chan": "bo-chan", "jones": "ruth-jones", "dupont": "anne-dupont", "weber": "klaus-weber",
             "perez": "carlos-perez", "martin": "jean-martin", "muller": "zoe-muller", "garcia": "lucia-garcia"}
QUOTES = {f"{k}-{mark}": Quote(id=f"{k}-{mark}", speaker=v, kind=kind, text="we will act on the plan", paragraph=1)
          for k, v in _SPEAKERS.items() for mark, kind in (("q", "direct"), ("p", "paraphrase"))}


def _name(key: str) -> tuple[str, str]:
    person = PEOPLE[_SPEAKERS[key]]
    return person.name, person.short


def gives(q: str, to: str) -> str:
    return GIVES.format(q=f"{q}-q", a=_name(q)[0], b=_name(to)[0], s=_name(q)[1])


def unattributed(q: str) -> str:
    return UNATTRIBUTED.format(q=f"{q}-q", s=_name(q)[1])


def nobody(q: str, word: str) -> str:
    return (f"direct quote '{q}-q' is not attributed: '{word}' stands for no one named before it (in the claim or "
            f"the block before it): name {_name(q)[1]} before it")


def _fix(q: str, foreign: bool) -> str:
    short = _name(q)[1]
    alone = f"or place {{{q}-p}} alone"
    if foreign:
        return f"make {short} the one the claim names as its source, {alone} (it then names its speaker itself)"
    return f"make {short} the subject of the verb that introduces it, {alone} (it prints as '{short} said that …')"


def para_gives(q: str, to: str, foreign: bool = False) -> str:
    return f"paraphrase '{q}-p' is {_name(q)[0]}'s, but the claim gives it to {_name(to)[0]}: {_fix(q, foreign)}"


def para_joint(q: str, words: str, statement: bool = True) -> str:
    """As a direct quote's message: the joint statement that would let it stand, where the speaker is one of them."""
    foreign = " et " in words or " y " in words or " und " in words
    return (f"paraphrase '{q}-p' is {_name(q)[0]}'s, but the claim gives it to several people at once ('{words}'): "
            f"{_fix(q, foreign)}" + (_STATEMENT if statement else ""))


_STATEMENT = ", or, if the words are a joint statement of theirs, say so (… said in a joint statement that …)"


# (language, claim, quote id, message or ''); the 60 rows marked * failed before (false alarms, misses, or by their message)
REDTEAM = [
    # relative clauses: a verb of saying inside whose subject is someone else
    ('en', 'Those who called the plan {lee-q} were wrong, Lee said.', 'lee-q',
     unattributed("lee")),  # *
    ('en', 'Critics who described it as {lee-q} were wrong, Lee said.', 'lee-q',
     unattributed("lee")),  # *
    ('en', 'Anyone who calls the plan {lee-q} is mistaken, Lee said.', 'lee-q',
     unattributed("lee")),
    ('en', 'Lee spoke. Those who called the plan {lee-q} were wrong, she said.', 'lee-q',
     unattributed("lee")),  # *
    ('en', 'Lee, who called the plan {lee-q}, left office.', 'lee-q',
     ''),
    ('en', 'It was Lee who called the plan {lee-q}.', 'lee-q',
     ''),
    ('en', 'Those who called the plan a failure were wrong, Lee said: {lee-q}', 'lee-q',
     ''),
    ('fr', "Ceux qui l'ont qualifié de {dupont-q} se trompent, a déclaré Dupont.", 'dupont-q',
     unattributed("dupont")),  # *
    ('fr', 'Dupont a critiqué les élus qui ont qualifié le plan de {dupont-q}.', 'dupont-q',
     unattributed("dupont")),  # *
    ('fr', 'Dupont, qui a qualifié le plan de {dupont-q}, a démissionné.', 'dupont-q',
     ''),
    ('fr', "Ceux qui l'ont qualifié d'échec se trompent, a déclaré Dupont : {dupont-q}", 'dupont-q',
     ''),
    ('es', 'Quienes lo calificaron de {perez-q} se equivocan, dijo Pérez.', 'perez-q',
     unattributed("perez")),  # *
    ('es', 'Los críticos que lo llamaron {perez-q} se equivocan, dijo Pérez.', 'perez-q',
     unattributed("perez")),  # *
    ('es', 'Pérez, que calificó el plan de {perez-q}, dimitió.', 'perez-q',
     ''),
    ('es', 'Quienes lo calificaron de fracaso se equivocan, dijo Pérez: {perez-q}', 'perez-q',
     ''),
    ('de', 'Wer es {weber-q} nannte, irrt sich, sagte Weber.', 'weber-q',
     unattributed("weber")),  # *
    ('de', 'Die Kritiker, die den Plan {weber-q} nannten, irren, sagte Weber.', 'weber-q',
     unattributed("weber")),  # *
    ('de', 'Weber, der den Plan {weber-q} nannte, trat zurück.', 'weber-q',
     ''),
    ('de', 'Wer es einen Fehler nannte, irrt sich, sagte Weber: {weber-q}', 'weber-q',
     ''),
    ("es", "Los que lo tildaron de {perez-q} mienten, afirmó Pérez.", "perez-q", unattributed("perez")),  # *
    ("de", "Diejenigen, die den Plan {weber-q} nennen, irren, sagte Weber.", "weber-q", unattributed("weber")),  # *
    ("fr", "Les critiques qui ont qualifié le plan de {dupont-q} ont tort, selon Dupont.", "dupont-q",
     unattributed("dupont")),  # *
    ("en", "Lee's critics, who called the plan {lee-q}, were wrong.", "lee-q", unattributed("lee")),
    ("en", "Everyone who heard Lee call it {lee-q} agreed.", "lee-q", ""),
    # a noun of saying with a possessive pronoun: the possessor's words
    ('en', 'Chan responded to her claim that {lee-q}.', 'lee-q',
     nobody("lee", "her")),  # *
    ('en', 'Lee spoke. Chan responded to her claim that {lee-q}.', 'lee-q',
     ''),  # *
    ('en', 'Lee spoke. Chan responded to her claim that {chan-q}.', 'chan-q',
     gives("chan", "lee")),  # *
    ('en', 'Chan responded to her claim that {chan-q}.', 'chan-q',
     nobody("chan", "her")),  # *
    ('en', 'Lee spoke. Chan rejected her argument that {lee-q}.', 'lee-q',
     ''),
    ('en', "Chan rejected Lee's claim that {lee-q}.", 'lee-q',
     ''),
    ('en', "Lee spoke. Chan responded to Lee's claim that {lee-q}.", 'lee-q',
     ''),  # *
    ('en', 'Lee spoke. Chan replied to her warning that {lee-q}.', 'lee-q',
     ''),  # *
    ('en', 'Lee spoke. Chan reacted to her claim that {chan-q}.', 'chan-q',
     gives("chan", "lee")),  # *
    ('en', 'Chan rejected her own argument that {chan-q}.', 'chan-q',
     ''),
    ('en', "Lee said in response to Chan's statement that {lee-q}.", 'lee-q',
     ''),
    # the same in French, Spanish and German: a verb of answering and its preposition before a possessive
    ("fr", "Dupont a parlé. Martin a répondu à son affirmation selon laquelle {dupont-q}", "dupont-q", ""),  # *
    ("fr", "Dupont a parlé. Martin a répondu à son affirmation selon laquelle {martin-q}", "martin-q",
     gives("martin", "dupont")),  # *
    ("fr", "Martin a répondu à son affirmation selon laquelle {martin-q}", "martin-q", nobody("martin", "son")),  # *
    ("es", "Pérez habló. García respondió a su afirmación de que {perez-q}", "perez-q", ""),  # *
    ("es", "Pérez habló. García respondió a su afirmación de que {garcia-q}", "garcia-q", gives("garcia", "perez")),  # *
    ("de", "Müller sprach. Weber antwortete auf ihre Behauptung, dass {muller-q}", "muller-q", ""),  # *
    ("de", "Müller sprach. Weber antwortete auf ihre Behauptung, dass {weber-q}", "weber-q", gives("weber", "muller")),  # *
    ("fr", "Martin a répondu à l'affirmation de Dupont selon laquelle {dupont-q}", "dupont-q", ""),  # *
    ("fr", "Dupont a déclaré dans son communiqué que {dupont-q}", "dupont-q", ""),
    ("de", "Müller sagte in ihrer Erklärung, dass {muller-q}", "muller-q", ""),
    # a noun of saying owned after `of`/`by`, an aside between
    ('en', 'The view of Lee, which Chan shares, is that {lee-q}.', 'lee-q',
     ''),  # *
    ('en', 'The view of Lee is that {lee-q}.', 'lee-q',
     ''),  # *
    ('en', 'The warning by Lee, which Chan echoed, was that {lee-q}.', 'lee-q',
     ''),  # *
    ('en', 'The claim of Lee, which Chan repeated, was that {lee-q}.', 'lee-q',
     ''),  # *
    ('en', 'The view of Lee, which Chan shares, is that {chan-q}.', 'chan-q',
     gives("chan", "lee")),  # *
    ('en', "Lee's view, which Chan shares, is that {chan-q}.", 'chan-q',
     gives("chan", "lee")),  # *
    # verbs of quoting: the one quoted is the speaker
    ('en', 'Chan, quoting Lee, said: {lee-q}', 'lee-q',
     ''),  # *
    ('en', 'Chan, quoting Lee, said: {chan-q}', 'chan-q',
     gives("chan", "lee")),  # *
    ('en', 'Chan quoted Lee as saying {lee-q}.', 'lee-q',
     ''),
    ('en', 'Chan quoted Lee as saying {chan-q}.', 'chan-q',
     gives("chan", "lee")),
    ('en', "Chan, quoting Lee's report, said {chan-q}.", 'chan-q',
     ''),
    ('fr', 'Martin, citant Dupont, a déclaré : {dupont-q}', 'dupont-q',
     ''),  # *
    ('fr', 'Martin, citant Dupont, a déclaré : {martin-q}', 'martin-q',
     gives("martin", "dupont")),  # *
    ('fr', 'Martin a cité Dupont : {dupont-q}', 'dupont-q',
     ''),
    ('es', 'García citó a Pérez: {perez-q}', 'perez-q',
     ''),  # *
    ('es', 'García citó a Pérez: {garcia-q}', 'garcia-q',
     gives("garcia", "perez")),  # *
    ('es', 'García, citando a Pérez, dijo: {perez-q}', 'perez-q',
     ''),  # *
    ('de', 'Weber zitierte Müller mit den Worten: {muller-q}', 'muller-q',
     ''),
    ('de', 'Weber zitierte Müller mit den Worten: {weber-q}', 'weber-q',
     gives("weber", "muller")),
    ('de', 'Weber zitierte Müller: {muller-q}', 'muller-q',
     ''),
    ("en", "{lee-q}, Chan said, quoting Lee.", "lee-q", ""),  # *
    ("en", "{chan-q}, Chan said, quoting Lee.", "chan-q", gives("chan", "lee")),  # *
    ("en", "{chan-q}, Chan said, quoting Lee's report.", "chan-q", ""),
    ("fr", "« {dupont-q} », a déclaré Martin, citant Dupont.", "dupont-q", ""),  # *
    ("fr", "« {martin-q} », a déclaré Martin, citant Dupont.", "martin-q", gives("martin", "dupont")),  # *
    ("es", "{perez-q}, dijo García, citando a Pérez.", "perez-q", ""),  # *
    # German verbs with a detached particle
    ('de', 'Weber hielt dem entgegen: {weber-q}', 'weber-q',
     ''),
    ('de', 'Weber gab zurück, {weber-q}', 'weber-q',
     ''),
    ('de', 'Weber fügte hinzu: {weber-q}', 'weber-q',
     ''),
    ('de', 'Weber wies darauf hin, dass {weber-q}', 'weber-q',
     ''),
    ('de', 'Weber hielt Müller entgegen: {muller-q}', 'muller-q',
     gives("muller", "weber")),  # *
    ('de', 'Weber gab Müller zurück, {muller-q}', 'muller-q',
     gives("muller", "weber")),  # *
    ('de', 'Weber wies Müller darauf hin, dass {muller-q}', 'muller-q',
     gives("muller", "weber")),  # *
    ('de', '{weber-q}, gab Weber zurück.', 'weber-q',
     ''),  # *
    ('de', '{weber-q}, hielt Weber dem entgegen.', 'weber-q',
     ''),  # *
    ('de', '{muller-q}, hielt Weber dem entgegen.', 'muller-q',
     gives("muller", "weber")),  # *
    ('de', 'Müller sprach. {muller-q}, gab Weber zurück.', 'muller-q',
     gives("muller", "weber")),  # *
    ('de', 'Weber gab zu, dass {weber-q}', 'weber-q',
     ''),
    ('de', 'Weber hält dem entgegen, {weber-q}', 'weber-q',
     ''),
    ('de', 'Weber hat darauf hingewiesen, dass {weber-q}', 'weber-q',
     ''),
    ('de', 'Weber hat darauf hingewiesen, dass {muller-q}', 'muller-q',
     gives("muller", "weber")),
    ('de', 'Weber wies Müllers Behauptung zurück, dass {muller-q}', 'muller-q',
     ''),
    # paraphrases: the phrases of ownwords.py and the joint statement of jointly.py
    ('en', 'Chan spoke. {lee-p}, as Lee put it.', 'lee-p',
     ''),
    ('en', 'Lee spoke. {lee-p}, as Chan put it.', 'lee-p',
     para_gives("lee", "chan")),
    ('en', "Chan said that, in Lee's words, {lee-p}.", 'lee-p',
     ''),
    ('en', "Lee said that, in Chan's words, {lee-p}.", 'lee-p',
     para_gives("lee", "chan")),
    ('en', 'Lee and Chan said in a joint statement that {lee-p}.', 'lee-p',
     ''),  # *
    ('en', 'Lee and Chan jointly argued that {chan-p}.', 'chan-p',
     ''),  # *
    ('en', 'Lee and Chan said that {lee-p}.', 'lee-p',
     para_joint("lee", "Lee and Chan")),  # *
    ('en', 'Lee and Chan said in a joint statement that {jones-p}.', 'jones-p',
     para_joint("jones", "Lee and Chan", statement=False)),
    ('fr', 'Dupont et Martin ont déclaré dans un communiqué commun que {dupont-p}.', 'dupont-p',
     ''),  # *
    ('fr', 'Dupont et Martin ont déclaré que {dupont-p}.', 'dupont-p',
     para_joint("dupont", "Dupont et Martin")),  # *
    ('de', 'Weber und Müller erklärten in einer gemeinsamen Erklärung, dass {weber-p}.', 'weber-p',
     ''),  # *
    ('es', 'Pérez y García afirmaron en un comunicado conjunto que {perez-p}.', 'perez-p',
     ''),  # *
    ('es', 'Pérez y García afirmaron que {perez-p}.', 'perez-p',
     para_joint("perez", "Pérez y García")),  # *
]


@pytest.mark.parametrize("language,claim,qid,message", REDTEAM, ids=[f"{r[0]}-{r[1][:60]}" for r in REDTEAM])
def test_a_claim_gives_the_quote_to_its_speaker(language, claim, qid, message):
    assert (claim_problem(claim, qid, QUOTES, PEOPLE, None if language == "en" else language) or "") == message
