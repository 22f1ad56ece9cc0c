"""Omissions and cuts that change what was said, round 2 (the lead's red-team): each rule as rows
that pass and rows that fail with the exact message.

1. Fused sentences (omissions.py): an ellipsis across a sentence end of the source keeps the
   sentence before it whole, or begins a sentence or clause of its own after it (Chicago 13.53);
   `We support … the trade deal` for `We support sanctions. We oppose the trade deal` says the
   opposite.
2. A dropped quantifier (omissions.py, restrictors.py, cuts.py): `… our allies agree` for `Some of
   our allies agree` turns part into all; inside a quote the ellipsis fails, at its start (no
   ellipsis or a leading one, Chicago 13.60) the claim's sentence must carry the quantifier.
3. A dropped condition (restrictors.py, cuts.py, omissions.py): a quote that begins in the main
   clause after `If …,` (`Si …,`, `Wenn …,`) must carry a condition in the claim's sentence, with a
   leading ellipsis or none alike; an inner ellipsis that drops one fails at the quote.
4. A quotation its own attribution interrupts (interrupted.py): closed up, it leaves out nothing of
   the speaker's, inside one sentence, for that speaker's own tag only.
"""
from __future__ import annotations

import pytest
from factory import brief, errors_of, make_project
from quotecheck import problems

R, A = "reported", "authored"
NEWS = ("“We support sanctions on the regime. We oppose the trade deal that the commission negotiated,” Lee said.\n\n"
        "“Some of our allies agree with us, but there is no evidence that Japan violated the treaty,” she added.\n\n"
        "“If Russia attacks, we will respond with force,” Lee said.\n\n"
        "“We will respond,” Lee said, “with all the means we have.”")
MET = "We met the ministers on Monday. {}"
FR_DEAL = "Nous soutenons les sanctions contre le régime. Nous rejetons l'accord que la commission a négocié."
DE_DEAL = "Wir unterstützen die Sanktionen. Wir lehnen das Abkommen ab, das die Kommission ausgehandelt hat."
ES_DEAL = "Apoyamos las sanciones contra el régimen. Rechazamos el acuerdo que negoció la comisión."

FUSED = ("the ellipsis joins the start of one sentence to the end of another (the one that begins '{} …'): a quote "
         "across sentences keeps each one whole; quote them apart")
QUANTIFIED = ("the ellipsis drops '{}', which says how many of the kept '{}' are meant: without it the quote says of all "
              "what the speaker said of some; keep it, or end the quote before it")
APART = ("the ellipsis drops '{}' between '{}' and the words it takes a part of: the quote sets '{}' on '{}' instead; "
         "keep those words, or end the quote before them")
CONDITION = ("the ellipsis omits the condition '{}' that the words after it hold under: the quote states as a fact what "
             "the speaker made conditional; keep the condition, or quote from after that sentence")
OMITS_IF = ("the ellipsis omits the condition 'if' ('{}'): an omission must leave the meaning intact; quote those words "
            "or end the quote before them")
NOT_VERBATIM = "not verbatim in the source: fix the quote or mark changes with [brackets] and …"
INTERRUPTED = ("the source interrupts these words after '{}' (with its attribution or other words): mark the omission "
               "with … there")

# (text, voice, paragraph, quote)
PASS = [
    # 1. the kept words before the ellipsis end their sentence, or those after it begin one or a clause
    (NEWS, R, 1, "We support sanctions. … We oppose the trade deal"),
    (NEWS, R, 1, "We support sanctions … We oppose the trade deal"),  # the first sentence's end dropped
    (NEWS, R, 1, "We oppose the trade deal … the commission negotiated"),  # inside one sentence
    (MET.format("But it was clear that the talks had stalled."), A, 1, "We met the ministers … the talks had stalled"),
    (MET.format("Frankly, we expected more."), A, 1, "We met the ministers … we expected more"),
    (MET.format("Then they left."), A, 1, "We met the ministers … they left"),
    (FR_DEAL, A, 1, "Nous soutenons les sanctions. … Nous rejetons l'accord"),
    (DE_DEAL, A, 1, "Wir unterstützen die Sanktionen … Wir lehnen das Abkommen ab"),
    # (the kept words end their sentence: what is dropped of the next is no subject and verb, or the
    # quote marks the end with its own full stop)
    (MET.format("In the spring the ministers will meet again."), A, 1, "We met the ministers on Monday … the ministers "
     "will meet again"),
    (NEWS, R, 1, "We support sanctions on the regime. … the trade deal that the commission negotiated"),
    (MET.format("Frankly, we expected more."), A, 1, "We met the ministers on Monday … we expected more"),
    # 2. the quantifier kept with its noun; at the quote's start it is the claim's to carry (cuts.py)
    (NEWS, R, 2, "Some of our allies agree with us"),
    (NEWS, R, 2, "… our allies agree with us"),
    ("Many of our allies, and most of our partners, agree with us.", A, 1, "Many of our allies … agree with us"),
    ("Nous savons que certains de nos alliés, après de longues discussions, partagent notre avis.", A, 1,
     "Nous savons que certains de nos alliés … partagent notre avis"),
    ("Wir wissen, dass einige unserer Verbündeten, nach langen Gesprächen, unsere Sicht teilen.", A, 1,
     "einige unserer Verbündeten … unsere Sicht teilen"),
    ("Sabemos que algunos de nuestros aliados, tras largas conversaciones, comparten nuestra opinión.", A, 1,
     "algunos de nuestros aliados … comparten nuestra opinión"),
    # 3. a leading ellipsis over a fronted condition is judged where the quote is placed, as no ellipsis is
    (NEWS, R, 3, "… we will respond with force."),
    (NEWS, R, 3, "If Russia attacks … we will respond with force"),
    ("Si la Russie attaque, nous répondrons par la force.", A, 1, "… nous répondrons par la force"),
    ("Si la Russie attaque, nous répondrons par la force.", A, 1, "Si la Russie attaque … nous répondrons par la force"),
    ("Wenn Russland angreift, werden wir mit Gewalt antworten.", A, 1, "… werden wir mit Gewalt antworten"),
    ("Si Rusia ataca, responderemos con la fuerza.", A, 1, "… responderemos con la fuerza"),
    # 4. closed up across the speaker's own tag, inside one sentence
    (NEWS, R, 4, "We will respond with all the means we have."),
    (NEWS, R, 4, "We will respond … with all the means we have."),
    ("“We will respond,” said Lee, the minister, “with all the means we have.”", R, 1,
     "We will respond with all the means we have"),
    ("Lee spoke in Tokyo. “We will not back down,” she added, “whatever the cost.”", R, 1,
     "We will not back down whatever the cost"),
    ("“The deal is not dead,” Lee said on Tuesday, “but it is not alive either.”", R, 1,
     "The deal is not dead, but it is not alive either"),
]

# (text, voice, paragraph, quote, message)
FAIL = [
    # 1.
    (NEWS, R, 1, "We support … the trade deal that the commission negotiated", FUSED.format("We oppose")),
    (NEWS, R, 1, "We support … the trade deal", FUSED.format("We oppose")),
    # the kept words end their sentence in the source, but the quote shows no boundary and keeps the
    # object of the next one's dropped subject and verb (these two passed before, added by the lead)
    (NEWS, R, 1, "We support sanctions on the regime … the trade deal that the commission negotiated",
     FUSED.format("We oppose")),
    (MET.format("They rejected the plan outright."), A, 1, "We met the ministers on Monday … the plan outright",
     FUSED.format("They rejected")),
    (MET.format("They rejected the plan outright."), A, 1, "We met … the plan outright", FUSED.format("They rejected")),
    (FR_DEAL, A, 1, "Nous soutenons … l'accord que la commission a négocié", FUSED.format("Nous rejetons")),
    (DE_DEAL, A, 1, "Wir unterstützen … das Abkommen ab", FUSED.format("Wir lehnen")),
    (ES_DEAL, A, 1, "Apoyamos … el acuerdo que negoció la comisión", FUSED.format("Rechazamos")),
    # 2.
    ("We know that some of our allies agree with us.", A, 1, "We know that … our allies agree with us",
     QUANTIFIED.format("some of", "our allies")),
    ("In the end, many of the members voted against the plan.", A, 1, "In the end … the members voted against the plan",
     QUANTIFIED.format("many of", "the members")),
    (NEWS, R, 2, "Some of … allies agree with us", APART.format("our", "Some of", "Some of", "allies agree")),
    ("Nous savons que la plupart de nos alliés partagent notre avis.", A, 1,
     "Nous savons que … nos alliés partagent notre avis", QUANTIFIED.format("la plupart de", "nos alliés")),
    ("Wir wissen, dass die meisten unserer Verbündeten unsere Sicht teilen.", A, 1,
     "Wir wissen, dass … unserer Verbündeten unsere Sicht teilen", QUANTIFIED.format("die meisten", "unserer Verbündeten")),
    ("Sabemos que la mayoría de nuestros aliados comparten nuestra opinión.", A, 1,
     "Sabemos que … nuestros aliados comparten nuestra opinión", QUANTIFIED.format("la mayoría de", "nuestros aliados")),
    # 3. an inner ellipsis that drops a condition fails at the quote, in every language
    ("We said that if Russia attacks, we will respond with force.", A, 1, "We said that … we will respond with force",
     OMITS_IF.format("if Russia attacks,")),
    ("Nous savons que si la Russie attaque, nous répondrons par la force.", A, 1,
     "Nous savons que … nous répondrons par la force", CONDITION.format("si la Russie attaque,")),
    ("Wir wissen, dass wir, wenn Russland angreift, mit Gewalt antworten.", A, 1,
     "Wir wissen, dass wir … mit Gewalt antworten", CONDITION.format("wenn Russland angreift,")),
    ("Sabemos que si Rusia ataca, responderemos con la fuerza.", A, 1, "Sabemos que … responderemos con la fuerza",
     CONDITION.format("si Rusia ataca,")),
    ("Nous savons que, s'il attaque, nous répondrons.", A, 1, "Nous savons que … nous répondrons",
     CONDITION.format("s'il attaque,")),
    # 4. not closed up: two sentences, an event between, another speaker between
    ("“We will respond,” Lee said before leaving, “with all the means we have.”", R, 1,
     "We will respond, with all the means we have", INTERRUPTED.format("We will respond,")),
    ("“We will respond,” Lee said as the crowd cheered, “with all the means we have.”", R, 1,
     "We will respond, with all the means we have", INTERRUPTED.format("We will respond,")),
    ("“We will respond,” Lee said, adding that talks had failed, “with all the means we have.”", R, 1,
     "We will respond, with all the means we have", INTERRUPTED.format("We will respond,")),
    ("“We will respond,” Lee said, “with all the means we have.” “We will not,” Chan said, “back down.”", R, 1,
     "with all the means we have. We will not back down", NOT_VERBATIM),
    ("“We will respond,” Lee said, “with all the means we have.”\n\n“With force,” Lee added.", R, 1,
     "with all the means we have with force", NOT_VERBATIM),
]


@pytest.mark.parametrize("text,voice,paragraph,quote", PASS, ids=[r[3] for r in PASS])
def test_a_cut_that_keeps_what_was_said_passes(text, voice, paragraph, quote):
    assert problems(text, quote, "ann-lee", paragraph, voice) == ""


@pytest.mark.parametrize("text,voice,paragraph,quote,message", FAIL, ids=[r[3] for r in FAIL])
def test_a_cut_that_changes_what_was_said_fails(text, voice, paragraph, quote, message):
    assert problems(text, quote, "ann-lee", paragraph, voice) == message


# A German tag after the closing mark (`„…“, sagte Lee, „…“`), a French one inside the guillemets.
LANGUAGES = [
    ("„Wir werden antworten“, sagte Lee, „mit allen Mitteln.“", "de", "Wir werden antworten mit allen Mitteln", ""),
    ("« Nous répondrons, a déclaré Lee, avec tous les moyens. »", "fr", "Nous répondrons avec tous les moyens", ""),
    ("«Responderemos», dijo Lee, «con todos los medios».", "es", "Responderemos con todos los medios", ""),
    ("„Wir werden antworten“, sagte Lee, als die Menge jubelte, „mit allen Mitteln.“", "de",
     "Wir werden antworten mit allen Mitteln", INTERRUPTED.format("Wir werden antworten")),
]


@pytest.mark.parametrize("text,language,quote,message", LANGUAGES, ids=[r[2] + r[1] for r in LANGUAGES])
def test_an_interrupted_quotation_closes_up_in_other_languages(text, language, quote, message):
    assert problems(text, quote, "ann-lee", 1, R, language=language) == message


SOURCE = """\
type: article-newspaper
title: Treaty Talks
container-title: The Daily
issued: "2024-01-03"
text: |
  “Some of our allies agree with us, but there is no evidence that Japan violated the treaty,” Lee said.

  “If Russia attacks, we will respond with force,” Lee said.
quotes:
  - {id: allies, speaker: ann-lee, kind: direct, text: our allies agree with us, paragraph: 1}
  - {id: allies-dots, speaker: ann-lee, kind: direct, text: … our allies agree with us, paragraph: 1}
  - {id: allies-whole, speaker: ann-lee, kind: direct, text: Some of our allies agree with us, paragraph: 1}
  - {id: respond, speaker: ann-lee, kind: direct, text: we will respond with force, paragraph: 2}
  - {id: respond-dots, speaker: ann-lee, kind: direct, text: … we will respond with force, paragraph: 2}
  - {id: will, speaker: ann-lee, kind: direct, text: will respond with force, paragraph: 2}
  - {id: respond-whole, speaker: ann-lee, kind: direct, text: "If Russia attacks, we will respond with force", paragraph: 2}
"""
SPEECH = """\
type: speech
speaker: ann-lee
title: Discours
issued: "2024-01-04"
language: {language}
text: |
  {text}
quotes:
  - {{id: {qid}, speaker: ann-lee, kind: direct, text: {quote}, paragraph: 1}}
"""
SPEECHES = {
    "sources/fr.yaml": SPEECH.format(language="fr", text="Si la Russie attaque, nous répondrons par la force. "
                                     "Certains de nos alliés partagent notre avis.", qid="fr-respond",
                                     quote="nous répondrons par la force"),
    "sources/de.yaml": SPEECH.format(language="de", text="Wenn Russland angreift, werden wir mit Gewalt antworten.",
                                     qid="de-respond", quote="werden wir mit Gewalt antworten"),
    "sources/es.yaml": SPEECH.format(language="es", text="Si Rusia ataca, responderemos con la fuerza. Algunos de "
                                     "nuestros aliados comparten nuestra opinión.", qid="es-allies",
                                     quote="nuestros aliados comparten nuestra opinión"),
    "sources/fr2.yaml": SPEECH.format(language="fr", text="La plupart de nos alliés partagent notre avis.",
                                      qid="fr-allies", quote="nos alliés partagent notre avis").replace("Discours", "Discours 2"),
}


def _quantifier(qid: str, words: str) -> str:
    return (f"direct quote '{qid}' begins after a quantifier its source restricts it with ('{words} …'): without it the "
            f"claim says of all what the speaker said of some; carry it in the claim's sentence (… said "
            f"{words.lower()} {{{qid}}}), or quote from the quantifier")


def _condition(qid: str, clause: str) -> str:
    return (f"direct quote '{qid}' begins in the main clause of a sentence its source makes conditional ('{clause} …'): "
            f"without it the claim states as a fact what the speaker made conditional; carry the condition in the "
            f"claim's sentence (… said that if …, {{{qid}}}), or quote from the condition")


# (claim, the message for it, or None: it passes)
CLAIMS = [
    ("Lee said some of {allies}.", None),
    ("Lee said many of {allies-dots}.", None),  # a leading ellipsis: judged as with none
    ("Lee said {allies-whole}.", None),
    ("Lee said that if Russia attacked, {respond}.", None),
    ("Lee said that if attacked, Japan {will}.", None),
    ("Lee said that, if Russia attacked, {respond-dots}.", None),
    ("Lee said {respond-whole}.", None),
    ("Lee warned that, unless Russia held back, {respond}.", None),
    ("Lee said that if Russia attacked, {fr-respond}.", None),
    ("Lee said that if Russia attacked, {de-respond}.", None),
    ("Lee said some of {es-allies}.", None),
    ("Lee said most of {fr-allies}.", None),
    ("Lee said {allies}.", _quantifier("allies", "Some of")),
    ("{allies-dots}, Lee said.", _quantifier("allies-dots", "Some of")),
    ("Lee said {respond}.", _condition("respond", "If Russia attacks,")),
    ("Lee said Japan {will}.", _condition("will", "If Russia attacks,")),
    ("Lee said {respond-dots}.", _condition("respond-dots", "If Russia attacks,")),
    ("Lee said {fr-respond}.", _condition("fr-respond", "Si la Russie attaque,")),
    ("Lee said {de-respond}.", _condition("de-respond", "Wenn Russland angreift,")),
    ("Lee said {es-allies}.", _quantifier("es-allies", "Algunos de")),
    ("Lee said {fr-allies}.", _quantifier("fr-allies", "La plupart de")),
]


@pytest.mark.parametrize("claim,message", CLAIMS, ids=[c for c, _ in CLAIMS])
def test_a_claim_carries_the_quantifier_or_condition_its_quote_begins_after(tmp_path, claim, message):
    files = {"sources/s2.yaml": SOURCE, "briefs/b1.yaml": brief(f"      - claim: '{claim}'\n"), **SPEECHES}
    assert errors_of(make_project(tmp_path, files)) == ([message] if message else [])


def test_a_pull_quote_or_cell_after_a_quantifier_or_condition_fails_standing_alone(tmp_path):
    head = brief("      - claim: 'Lee said some of {allies}.'\n"
                 "      - table:\n          caption: Positions\n          columns: [Who, Said]\n          rows:\n"
                 "            - [Ann Lee, \"{respond}\"]\n            - [Ann Lee, \"{respond-whole}\"]\n")
    pulled = head.replace("sections:", "pull-quotes: [allies]\nsections:")
    root = make_project(tmp_path, {"sources/s2.yaml": SOURCE, "briefs/b1.yaml": pulled})
    assert errors_of(root) == [
        "pull quote 'allies' begins after a quantifier its source restricts it with ('Some of …'): standing alone, it "
        "says of all what the speaker said of some; quote from the quantifier",
        "quote 'respond' begins in the main clause of a sentence its source makes conditional ('If Russia attacks, …'): "
        "standing alone, it states as a fact what the speaker made conditional; quote from the condition"]
