"""Nouns of saying in a source's own sentences (reported.py, with sayings.py as claims read them).

A possessive or a `by`/`of` phrase naming a person before a noun of saying (`Chan's remark`, `the
warning by Chan`) followed by `that` and a quotation makes the quotation that person's words, whatever
verb governs the noun phrase: in `"Nobody wants war," Lee said, echoing Chan's remark that "peace is in
everyone's interest."` the second quotation is Chan's remark, not Lee's (before, it was read as Lee's,
the sentence's subject); `Lee rejected Chan's claim that "…"` is Chan's (before, no one's). A noun with
no one before it (`Lee rejected the claim that "…"`) names no one; a verb that makes its subject the
sayer (`Lee made the point that`, `Lee repeated her warning that`) keeps the words the subject's, and a
noun phrase that is the subject of its own verb of saying (`A statement from Lee said:`) is read as before.
French, German and Spanish alike (`la remarque de Chan selon laquelle`, `Chans Behauptung zurück, dass`,
`la afirmación de Chan de que`).
"""
from __future__ import annotations

import pytest
from quotecheck import problems

TEXT = ("“Nobody wants war,” Lee said, echoing Chan's remark that “peace is in everyone's interest.”\n\n"
        "Lee rejected Chan's claim that “the plan is dead.”\n\n"
        "Lee rejected the claim that “the plan is dead.”\n\n"
        "Lee repeated her warning that “the talks will fail.”\n\n"
        "Lee made the point that “time is short.”\n\n"
        "A statement from Lee said: “We will act.”\n\n"
        "Lee cited the warning by Chan that “the border is closing.”\n\n"
        "In Chan's words, “the door is open.”\n\n"
        "Lee dismissed Chan's assertion that “the vote was rigged” as nonsense.")
LEE, CHAN = "ann-lee", "bo-chan"
TO_CHAN = "paragraph {} gives these words to Bo Chan, not to Ann Lee: fix the speaker"
TO_LEE = "paragraph {} gives these words to Ann Lee, not to Bo Chan: fix the speaker"
NO_ONE = ("paragraph 3 does not attribute these words to one named person (the attribution found: 'Lee rejected the "
          "claim that'): they cannot be quoted as {}")

# (paragraph, quote, speaker, message or "")
ROWS = [
    (1, "Nobody wants war", LEE, ""),
    (1, "peace is in everyone's interest", CHAN, ""),
    (1, "peace is in everyone's interest", LEE, TO_CHAN.format(1)),
    (2, "the plan is dead", CHAN, ""),
    (2, "the plan is dead", LEE, TO_CHAN.format(2)),
    (3, "the plan is dead", LEE, NO_ONE.format("Ann Lee's")),
    (4, "the talks will fail", LEE, ""),
    (4, "the talks will fail", CHAN, TO_LEE.format(4)),
    (5, "time is short", LEE, ""),
    (5, "time is short", CHAN, TO_LEE.format(5)),
    (6, "We will act", LEE, ""),
    (6, "We will act", CHAN, TO_LEE.format(6)),
    (7, "the border is closing", CHAN, ""),
    (7, "the border is closing", LEE, TO_CHAN.format(7)),
    (8, "the door is open", CHAN, ""),
    (8, "the door is open", LEE, TO_CHAN.format(8)),
    (9, "the vote was rigged", CHAN, ""),
    (9, "the vote was rigged", LEE, TO_CHAN.format(9)),
]


@pytest.mark.parametrize("para,quote,speaker,message", ROWS, ids=[f"p{r[0]}-{r[2]}" for r in ROWS])
def test_a_noun_of_saying_names_its_owner_as_the_speaker(para, quote, speaker, message):
    assert problems(TEXT, quote, speaker, para) == message


FR = ("« Personne ne veut la guerre », a déclaré Lee, reprenant la remarque de Chan selon laquelle « la paix est "
      "dans l'intérêt de tous ».\n\n"
      "Lee a rejeté l'affirmation de Chan selon laquelle « le plan est mort ».\n\n"
      "Lee a rejeté l'affirmation selon laquelle « le plan est mort ».\n\n"
      "Lee a déclaré : « Nous agirons. »")
DE = ("„Niemand will Krieg“, sagte Lee und wies Chans Behauptung zurück, dass „der Plan tot ist“.\n\n"
      "Lee sagte in einer Erklärung: „Wir werden handeln.“")
ES = "Lee rechazó la afirmación de Chan de que «el plan está muerto».\n\nLee dijo: «Actuaremos»."
FR_NO_ONE = ("paragraph 3 does not attribute these words to one named person (the attribution found: 'Lee a rejeté "
             "l'affirmation selon laquelle'): they cannot be quoted as Ann Lee's")

# (text, language, paragraph, quote, speaker, message or "")
FOREIGN = [
    (FR, "fr", 1, "Personne ne veut la guerre", LEE, ""),
    (FR, "fr", 1, "la paix est dans l'intérêt de tous", CHAN, ""),
    (FR, "fr", 1, "la paix est dans l'intérêt de tous", LEE, TO_CHAN.format(1)),
    (FR, "fr", 2, "le plan est mort", CHAN, ""),
    (FR, "fr", 2, "le plan est mort", LEE, TO_CHAN.format(2)),
    (FR, "fr", 3, "le plan est mort", LEE, FR_NO_ONE),
    (FR, "fr", 4, "Nous agirons.", LEE, ""),
    (DE, "de", 1, "Niemand will Krieg", LEE, ""),
    (DE, "de", 1, "der Plan tot ist", CHAN, ""),
    (DE, "de", 1, "der Plan tot ist", LEE, TO_CHAN.format(1)),
    (DE, "de", 2, "Wir werden handeln.", LEE, ""),
    (ES, "es", 1, "el plan está muerto", CHAN, ""),
    (ES, "es", 1, "el plan está muerto", LEE, TO_CHAN.format(1)),
    (ES, "es", 2, "Actuaremos", LEE, ""),
]


@pytest.mark.parametrize("text,language,para,quote,speaker,message", FOREIGN,
                         ids=[f"{r[1]}-p{r[2]}-{r[4]}" for r in FOREIGN])
def test_a_noun_of_saying_names_its_owner_in_french_german_and_spanish(text, language, para, quote, speaker, message):
    assert problems(text, quote, speaker, para, language=language) == message
