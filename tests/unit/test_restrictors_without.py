"""A fronted `Without …,` as a condition (restrictors.py, cuts.py, omissions.py).

`Without price stability, the economy does not work for anyone` makes the economy's failure hang
on the missing stability: quoted from `the economy does not work`, it states as a fact what the
speaker made conditional, as a quote from after `If …,` does. A `without` phrase is such an implicit
condition when the clause it opens is negated or modal; of manner (`Without hesitation, we voted
yes`) or in a set phrase (`Without doubt,`, `Sans doute,`, `Sin embargo,`) it conditions nothing.
English, French and Spanish (German puts its verb straight after `Ohne …`, with no comma: not read).
"""
from __future__ import annotations

import pytest
from factory import brief, errors_of, make_project
from quotecheck import problems

NEWS = """\
type: article-newspaper
title: Rates and Allies
container-title: The Daily
issued: "2024-01-03"
text: |
  “Without price stability, the economy does not work for anyone,” Lee said.

  “Without NATO, Europe could not defend itself,” Lee said.

  “Without hesitation, we voted yes,” Lee said.

  “Without doubt, the economy does not work for anyone,” Lee said.

  “We know that without allies, we cannot win,” Lee said.

  “We will act, without delay, to restore order,” Lee said.
quotes:
  - {id: econ, speaker: ann-lee, kind: direct, text: the economy does not work for anyone, paragraph: 1}
  - {id: econ-dots, speaker: ann-lee, kind: direct, text: … the economy does not work for anyone, paragraph: 1}
  - {id: econ-whole, speaker: ann-lee, kind: direct, paragraph: 1,
     text: "Without price stability, the economy does not work for anyone"}
  - {id: defend, speaker: ann-lee, kind: direct, text: Europe could not defend itself, paragraph: 2}
  - {id: voted, speaker: ann-lee, kind: direct, text: we voted yes, paragraph: 3}
  - {id: doubt, speaker: ann-lee, kind: direct, text: the economy does not work for anyone, paragraph: 4}
  - {id: win, speaker: ann-lee, kind: direct, text: we cannot win, paragraph: 5}
  - {id: order, speaker: ann-lee, kind: direct, text: to restore order, paragraph: 6}
"""
SPEECH = """\
type: speech
speaker: ann-lee
title: {title}
issued: "2024-01-04"
language: {language}
text: |
  {text}
quotes:
  - {{id: {qid}, speaker: ann-lee, kind: direct, text: "{quote}", paragraph: 1}}
"""
SPEECHES = {
    "sources/fr.yaml": SPEECH.format(title="Discours", language="fr", qid="fr-econ",
                                     text="Sans stabilité des prix, l'économie ne fonctionne pour personne.",
                                     quote="l'économie ne fonctionne pour personne"),
    "sources/fr2.yaml": SPEECH.format(title="Discours 2", language="fr", qid="fr-doute",
                                      text="Sans doute, l'économie ne fonctionne pas bien.",
                                      quote="l'économie ne fonctionne pas bien"),
    "sources/es.yaml": SPEECH.format(title="Discurso", language="es", qid="es-econ",
                                     text="Sin estabilidad de precios, la economía no funciona para nadie.",
                                     quote="la economía no funciona para nadie"),
    "sources/es2.yaml": SPEECH.format(title="Discurso 2", language="es", qid="es-embargo",
                                      text="Sin embargo, la economía no funciona para nadie.",
                                      quote="la economía no funciona para nadie"),
}


def _condition(qid: str, clause: str) -> str:
    return (f"direct quote '{qid}' begins in the main clause of a sentence its source makes conditional ('{clause} …'): "
            f"without it the claim states as a fact what the speaker made conditional; carry the condition in the "
            f"claim's sentence (… said that if …, {{{qid}}}), or quote from the condition")


# (claim, the message for it, or None: it passes)
CLAIMS = [
    ("Lee said that without price stability, {econ}.", None),
    ("Lee said that without price stability {econ-dots}.", None),
    ("Lee said {econ-whole}.", None),
    ("Lee said that without the alliance, {defend}.", None),
    ("Lee said {voted}.", None),  # of manner: conditions nothing
    ("Lee said {doubt}.", None),  # a set phrase
    ("Lee said that without allies {win}.", None),
    ("Lee said Japan would act {order}.", None),  # `without delay` is inside the sentence, no fronted phrase
    ("Lee said that without stable prices, {fr-econ}.", None),
    ("Lee said {fr-doute}.", None),
    ("Lee said {es-embargo}.", None),
    ("Lee said {econ}.", _condition("econ", "Without price stability,")),
    ("{econ-dots}, Lee said.", _condition("econ-dots", "Without price stability,")),
    ("Lee said {defend}.", _condition("defend", "Without NATO,")),
    ("Lee said {win}.", _condition("win", "without allies,")),
    ("Lee said {fr-econ}.", _condition("fr-econ", "Sans stabilité des prix,")),
    ("Lee said {es-econ}.", _condition("es-econ", "Sin estabilidad de precios,")),
]


@pytest.mark.parametrize("claim,message", CLAIMS, ids=[c for c, _ in CLAIMS])
def test_a_claim_carries_the_without_phrase_its_quote_begins_after(tmp_path, claim, message):
    files = {"sources/s2.yaml": NEWS, "briefs/b1.yaml": brief(f"      - claim: '{claim}'\n"), **SPEECHES}
    assert errors_of(make_project(tmp_path, files)) == ([message] if message else [])


def test_a_pull_quote_after_a_without_condition_fails_standing_alone(tmp_path):
    pulled = brief("      - claim: 'Lee said that without price stability, {econ}.'\n").replace(
        "sections:", "pull-quotes: [econ, voted]\nsections:")
    assert errors_of(make_project(tmp_path, {"sources/s2.yaml": NEWS, "briefs/b1.yaml": pulled})) == [
        "pull quote 'econ' begins in the main clause of a sentence its source makes conditional ('Without price "
        "stability, …'): standing alone, it states as a fact what the speaker made conditional; quote from the condition"]


CONDITION = ("the ellipsis omits the condition '{}' that the words after it hold under: the quote states as a fact what "
             "the speaker made conditional; keep the condition, or quote from after that sentence")
# (English `without` is a negation word for the ellipsis rules already: dropped inside a quote it fails as one)
NEGATION = ("the ellipsis omits the negation 'without' ('{}'): an omission must leave the meaning intact; quote those "
            "words or end the quote before them")
AUTHORED = [
    ("We know that without allies, we cannot win.", "We know that … we cannot win", NEGATION.format("without allies,")),
    ("Nous savons que sans alliés, nous ne pouvons pas gagner.", "Nous savons que … nous ne pouvons pas gagner",
     CONDITION.format("sans alliés,")),
    ("Sabemos que sin aliados, no podemos ganar.", "Sabemos que … no podemos ganar", CONDITION.format("sin aliados,")),
    ("Nous savons que sans doute, nous ne pouvons pas gagner.", "Nous savons que … nous ne pouvons pas gagner", None),
    ("Sabemos que, sin embargo, no podemos ganar.", "Sabemos que … no podemos ganar", None),
    ("Nous savons que sans hésiter, nous avons voté oui.", "Nous savons que … nous avons voté oui", None),
]


@pytest.mark.parametrize("text,quote,message", AUTHORED, ids=[q for _, q, _ in AUTHORED])
def test_an_inner_ellipsis_may_not_drop_a_without_condition(text, quote, message):
    assert problems(text, quote, "ann-lee", 1, "authored") == (message or "")
