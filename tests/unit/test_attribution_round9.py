"""Held-out real texts, round 9 (benchmarks/realtext/): the rules their false alarms and misses
asked for, each as rows that pass and rows that fail with the exact message.

- The Federal Press Office's Mitschrift prints `StS Seibert:` (Staatssekretär), `Vors. Welty:`
  (Vorsitzender) and the reporters' `Frage:` / `Zusatzfrage:`: titles before a name, and nobody's turns.
- A staff or moderator label whose turn opens with a self-introduction (`STAFF: Good afternoon, I'm
  Commander Jessica McNulty and I'll be facilitating…`, DoD) is that person's.
- vie-publique.fr labels a recording it plays with the name and a description in capitals on a line
  of its own (`HEDI, TOUCHE PAR UN TIR DE LBD`): the name's turn.
- An aside dropped whole takes its own qualifiers with it, even one that holds a relative clause
  after a name (`, including Mr. Poilievre, whom I'll upgrade in just a moment,`).
- An ellipsis stands for whole words: it may not cut one (`can … lecture` for `can't lecture`).
"""
from __future__ import annotations

import pytest
from quotecheck import PEOPLE, problems

from briefbuild.inputs.models import Person

R, T, A = "reported", "transcript", "authored"
NOBODY = "paragraph 1 is in the turn of '{label}' (line 1), whose words no person can be quoted from, not {name}'s"
_BPA = "Vors. Lee: Ich denke, wir starten.\n\nStS Chan: So ist es. - Guten Tag!\n\n{label}: Gilt das auch?"
_STAFF = "{label}:  Good afternoon, {intro} and I'll be facilitating today's briefing.\n\nLEE:  Thank you."
_CLIP = ("JEAN MARTIN\nÉcoutez ce témoignage.\n\nANN LEE, TEMOIN DES EMEUTES A MARSEILLE\n"
         "A aucun moment on ne m'a demandé mes papiers.\n\nJEAN MARTIN\nVous reprenez ces mots ?")
_ASIDE = ("I recognize that all of my colleagues, including Mr. Chan, whom I'm going to agree with in just a "
          "moment, are incredibly kind.")
_BELIEVE = "I said I would be brief, but I don't believe that we got helpful information from the witnesses."

PASS = [
    (_BPA.format(label="Frage"), T, "bo-chan", 2, "So ist es."),
    (_BPA.format(label="Zusatzfrage"), T, "ann-lee", 1, "Ich denke, wir starten."),
    (_STAFF.format(label="STAFF", intro="I'm Commander Ann Lee"), T, "ann-lee", 1, "I'll be facilitating today's briefing"),
    (_STAFF.format(label="MODERATOR", intro="my name is Ann Lee"), T, "ann-lee", 1, "I'll be facilitating today's briefing"),
    (_CLIP, T, "ann-lee", 2, "A aucun moment on ne m'a demandé mes papiers."),
    (_CLIP, T, "jean-martin", 3, "Vous reprenez ces mots ?"),
    (_ASIDE, A, "ann-lee", 1, "I recognize that all of my colleagues … are incredibly kind"),
    (_BELIEVE, A, "ann-lee", 1, "I don't believe that we got helpful information from the witnesses"),
    ("I can't lecture you, and we will not.", A, "ann-lee", 1, "I can't lecture you"),
]

FAIL = [
    (_BPA.format(label="Frage"), T, "ann-lee", 3, "Gilt das auch?", NOBODY.format(label="Frage", name="Ann Lee")
     .replace("paragraph 1", "paragraph 3").replace("line 1", "line 5")),
    # someone else's turn, or an introduction of another person, names no speaker
    (_STAFF.format(label="STAFF", intro="we have Commander Ann Lee"), T, "ann-lee", 1,
     "I'll be facilitating today's briefing", NOBODY.format(label="STAFF", name="Ann Lee")),
    (_STAFF.format(label="STAFF", intro="I'm Commander Ann Lee"), T, "bo-chan", 1,
     "I'll be facilitating today's briefing", "paragraph 1 gives these words to Ann Lee, not to Bo Chan: fix the speaker"),
    (_CLIP, T, "jean-martin", 2, "A aucun moment on ne m'a demandé mes papiers.",
     "paragraph 2 gives these words to Ann Lee, not to Jean Martin: fix the speaker"),
    # a qualifier in the kept sentence's own words, or an aside that restricts it, still counts
    ("I recognize that all of my colleagues, only in the north, are incredibly kind.", A, "ann-lee", 1,
     "I recognize that all of my colleagues … are incredibly kind",
     "the ellipsis omits the qualifier 'only' (', only in the north,'): an omission must leave the meaning intact; "
     "quote those words or end the quote before them"),
    ("I certainly can't lecture you, Mr. Chair.", A, "ann-lee", 1, "I certainly can … lecture you",
     "the ellipsis cuts the word 'can't' (keeps 'can', drops ''t'): an omission drops whole words; quote the word "
     "whole"),
]

OFFICE = dict(PEOPLE, **{"steffen-seibert": Person(id="steffen-seibert", name="Steffen Seibert", role="Regierungssprecher")})


@pytest.mark.parametrize("row", PASS, ids=[r[4][:40] for r in PASS])
def test_a_legitimate_form_of_the_round_9_texts_passes(row):
    text, voice, speaker, paragraph, quote = row
    assert problems(text, quote, speaker, paragraph, voice) == ""


@pytest.mark.parametrize("row", FAIL, ids=[r[4][:40] for r in FAIL])
def test_a_misquote_of_the_round_9_forms_fails_with_its_exact_message(row):
    text, voice, speaker, paragraph, quote, message = row
    assert problems(text, quote, speaker, paragraph, voice) == message


def test_a_german_state_secretary_label_names_the_person():
    text = "Vors. Chan: Wir starten.\n\nStS Seibert: So ist es."
    assert problems(text, "So ist es.", "steffen-seibert", 2, T, people=OFFICE) == ""
    assert problems(text, "Wir starten.", "bo-chan", 1, T, people=OFFICE) == ""
