"""Held-out real texts, round 8 (benchmarks/realtext/): the rules their false alarms and miss asked
for, each as rows that pass and rows that fail with the exact message.

- GOV.UK prints a quotation as a block quote after `Name said:`; a copy keeps it as a paragraph with
  no quotation marks, and a unit after the name may lack its closing comma (`Tracey Bowers, JCCC said:`);
  it runs on in the first person (test_unmarked_statements.py).
- Opening a quote, a bracket stands for as many source words as it replaces (`[the ministry is]`
  for `we are`): the reference ending before the quote's first words (test_opening_brackets.py); a
  relative `that` only when the bracket repeats the name before it.
- A dash between two capitalized words is part of a name inside a bracket, not a clause.
- A generic questioner's turn that opens `Name, Outlet.` is that person's (NASA, DoD, State briefings).
- A label with a comma (`Abe, Asahi Shimbun:`, MOFA's reporters) matches people's `labels` as written,
  and the message that suggests one quotes it for YAML.
- An ellipsis may drop a comparison's `as much … as we can` with its modal; it may not keep one
  clause's verb and the next clause's phrase (`I will focus on … our efforts around Nepal`).
"""
from __future__ import annotations

import pytest
from quotecheck import PEOPLE, labels, problems

from briefbuild.inputs.models import Person

R, T = "reported", "transcript"
REPORTER = ("the text of paragraph {k} is the reporter's wording, not in the source's quotation marks: it is not "
            "Lee’s own words; nor does the source attribute that paragraph to them: check the speaker")
NOT_CLARIFY = ("{b} replaces '{s}' at the start of the quote, which it does not clarify: a bracket may only change a "
               "first letter's case, a word's form, or name what a pronoun or reference stands for")
NOBODY = "paragraph 1 is in the turn of '{label}' (line 1), whose words no person can be quoted from, not {name}'s"
_BLOCK = "The plan was approved.\n\nAnn Lee, Defence Ministry said:\n\nWe will act on the plan."
_ASKED = "{label}: {words} Will you act?\n\nLEE: We will act on the plan."
_FOCUS = ("“Today I will focus on Iraq, but I'll also provide an overview of our work in Vanuatu, and our efforts "
          "around Nepal,” Lee said.")
_SUPPORT = ("“We assigned an official to each family to provide as much support as we can in a manner that respects "
            "them,” Lee said.")

PASS = [
    (_BLOCK, R, "ann-lee", 3, "We will act on the plan."),
    ("Ann Lee said:\n\nWe will act on the plan.", R, "ann-lee", 2, "We will act on the plan."),
    ("Ann Lee, Defence Ministry said:\n\n“We will act on the plan.”", R, "ann-lee", 2, "We will act on the plan."),
    ("“That is why we are continuing to support the plan,” Lee said.", R, "ann-lee", 1,
     "[the ministry is] continuing to support the plan"),
    ("“We received it, but we're starting to understand the plan,” Lee said.", R, "ann-lee", 1,
     "[the ministry is] starting to understand the plan"),
    ("“We set up the Counter Terrorism Unit – Japan that was established last year,” Lee said.", R, "ann-lee", 1,
     "[the Counter Terrorism Unit – Japan] was established last year"),
    # the unit is the one thing its sentence names that `they` can stand for (test_opening_brackets.py)
    ("“The unit helps, and indeed they often take the initiative,” Lee said.", R, "ann-lee", 1,
     "[the unit] often take the initiative"),
    (_ASKED.format(label="QUESTIONER", words="Ruth Jones, USA Today."), T, "ruth-jones", 1, "Will you act?"),
    (_ASKED.format(label="Q", words="Hi, Ruth Jones with NPR."), T, "ruth-jones", 1, "Will you act?"),
    (_SUPPORT, R, "ann-lee", 1, "We assigned an official to each family … in a manner that respects them"),
    ("“We will act on the plan, but they said they would wait, and we will win,” Lee said.", R, "ann-lee", 1,
     "We will act on the plan, … and we will win"),
    ("“I will focus on Iraq, but I'll also talk about Nepal. Our efforts are large,” Lee said.", R, "ann-lee", 1,
     "I will focus on Iraq … Our efforts are large"),
]

FAIL = [
    # the block runs on only in the speaker's first person (test_unmarked_statements.py)
    ("Ann Lee said:\n\nWe will act on the plan.\n\nThe ministry will review it.", R, "ann-lee", 3,
     "The ministry will review it.", REPORTER.format(k=3)),
    ("The report said:\n\nWe will act on the plan.", R, "ann-lee", 2, "We will act on the plan.", REPORTER.format(k=2)),
    # a known person after the comma is the speaker, not an aside
    ("Ann Lee, Bo Chan said:\n\nWe will act on the plan.", R, "ann-lee", 2, "We will act on the plan.",
     "paragraph 2 gives these words to Bo Chan, not to Ann Lee: fix the speaker"),
    # a relative stands for the noun right before it: the bracket keeps the words before it
    ("“We set up the unit with the police that was established last year,” Lee said.", R, "ann-lee", 1,
     "[the unit] was established last year", NOT_CLARIFY.format(b="[the unit]", s="police that")),
    ("“It failed in the Senate,” Lee said of the bill.", R, "ann-lee", 1, "[the bill – it was bad] failed in the Senate",
     "[the bill - it was bad] is 6 words with a verb or clause of its own ('-'): a bracket may name in full what a "
     "pronoun or reference stands for, never add a clause; name it in a noun phrase, quote less or paraphrase"),
    (_ASKED.format(label="Q", words="Ann Lee, thank you."), T, "ann-lee", 1, "Will you act?",
     NOBODY.format(label="Q", name="Ann Lee")),
    (_ASKED.format(label="QUESTIONER", words="Jane Roe, USA Today."), T, "ruth-jones", 1, "Will you act?",
     NOBODY.format(label="QUESTIONER", name="Ruth Jones")),
    ("MODERATOR: Ruth Jones, USA Today. Go ahead.\n\nLEE: We will act on the plan.", T, "ruth-jones", 1, "Go ahead.",
     NOBODY.format(label="MODERATOR", name="Ruth Jones")),
    ("“We assigned an official to each family so we can help them,” Lee said.", R, "ann-lee", 1,
     "We assigned an official to each family … help them",
     "the ellipsis omits the modal 'can' ('so we can'): an omission must leave the meaning intact; quote those words "
     "or end the quote before them"),
    (_FOCUS, R, "ann-lee", 1, "Today I will focus on … our efforts around Nepal",
     "the ellipsis drops 'but I'll also provide …', the clause the words after it belong to, and sets them on the "
     "verb before it: quote the clauses apart, or the words of one only"),
]

REPORTERS = dict(PEOPLE, **{"abe-asahi": Person(id="abe-asahi", name="Abe", role="Reporter",
                                                labels=["Abe, Asahi Shimbun"])})
_MOFA = "Abe, Asahi Shimbun: Will you act?\n\nLEE: We will act on the plan."
WITH_REPORTERS = [
    (_MOFA, "abe-asahi", 1, "Will you act?", ""),
    (_MOFA, "ann-lee", 2, "We will act on the plan.", ""),
    (_MOFA, "ann-lee", 1, "Will you act?", "paragraph 1 gives these words to Abe, not to Ann Lee: fix the speaker"),
]


@pytest.mark.parametrize("row", PASS, ids=[r[4][:40] for r in PASS])
def test_a_legitimate_form_of_the_round_8_texts_passes(row):
    text, voice, speaker, paragraph, quote = row
    assert problems(text, quote, speaker, paragraph, voice) == ""


@pytest.mark.parametrize("row", FAIL, ids=[r[4][:40] for r in FAIL])
def test_a_misquote_of_the_round_8_forms_fails_with_its_exact_message(row):
    text, voice, speaker, paragraph, quote, message = row
    assert problems(text, quote, speaker, paragraph, voice) == message


@pytest.mark.parametrize("row", WITH_REPORTERS, ids=[f"{r[1]}-{r[2]}" for r in WITH_REPORTERS])
def test_a_label_with_a_comma_matches_the_labels_people_give(row):
    text, speaker, paragraph, quote, message = row
    assert problems(text, quote, speaker, paragraph, T, people=REPORTERS) == message


def test_the_label_a_message_suggests_is_quoted_when_it_has_a_comma():
    assert labels("Fujita, Fuji TV: Will you act?\n\nLEE: We will act on the plan.") == [
        "the transcript's speaker label 'Fujita, Fuji TV' (line 1) matches no person: add the speaker to "
        "sources/people.yaml (or labels: [\"Fujita, Fuji TV\"] to the person it names)"]
