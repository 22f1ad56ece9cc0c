"""Held-out real texts, round 11 (benchmarks/realtext/): the rules their false alarms asked for,
each as rows that pass and rows that fail with the exact message.

- A spokesperson's briefing opens with a statement printed without a label, then takes questions
  (`Q:` … `A:`, Korea's and Japan's foreign ministries): when the transcript's first label asks
  and the source names its speaker, the words before it are that speaker's. Before any other
  first label they stay no one's.
- A printed hearing's headings are set in capitals and wrap over lines (`UNITED STATES SENATE,` /
  `COMMITTEE ON EXPENDITURES IN` / …): a line in capitals after another in its paragraph goes on
  with the heading, and a witness heading (`STATEMENT OF ANN LEE, MINISTER OF …`) is the record's,
  over all its lines; neither names a speaker.
"""
from __future__ import annotations

import pytest
from quotecheck import PEOPLE, labels, paras_of, source

from briefbuild.checking import verify
from briefbuild.inputs.models import Quote

BEFORE = "paragraph {k} comes before the transcript's first speaker label: no one is given these words, not {name}"
_BRIEFING = ("Good afternoon. Let me start today's briefing.\n\nThe minister will visit Seoul on Monday.\n\n[Q&A]\n\n"
             "Q: Will the minister meet the president?\n\nA: The minister will meet the president on Tuesday.")
_ASKED = _BRIEFING.replace("Q:", "QUESTION:").replace("A:", "ANN LEE:")
_MINUTES = "The committee met at 10 a.m.\n\nLEE: We will act on the plan.\n\nCHAN: Will you act?"
_HEARING = ("UNITED STATES SENATE,\nCOMMITTEE ON EXPENDITURES IN\nTHE EXECUTIVE DEPARTMENTS,\nWashington, D. C.\n\n"
            "The CHAIRMAN. The committee will come to order.\n\nSTATEMENT OF ANN LEE, MINISTER OF THE INTE-\n"
            "RIOR, DEPARTMENT OF STATE\n\nMs. LEE. We will act on the plan.")
CHAIR = {"The CHAIRMAN": "bo-chan"}

# (text, the source's speaker, its offices, quoted speaker, paragraph, quote)
PASS = [
    (_BRIEFING, "ann-lee", None, "ann-lee", 2, "The minister will visit Seoul on Monday."),
    (_BRIEFING, "ann-lee", None, "ann-lee", 1, "Let me start today's briefing."),
    (_BRIEFING, "ann-lee", None, "ann-lee", 5, "The minister will meet the president on Tuesday."),
    (_ASKED, "ann-lee", None, "ann-lee", 2, "The minister will visit Seoul on Monday."),
    (_HEARING, None, CHAIR, "bo-chan", 2, "The committee will come to order."),
    (_HEARING, None, CHAIR, "ann-lee", 4, "We will act on the plan."),
    (_HEARING, None, None, "ann-lee", 4, "We will act on the plan."),
    ("BO CHAN\nWe will act on the plan.", None, None, "bo-chan", 1, "We will act on the plan."),
]

FAIL = [
    (_BRIEFING, "ann-lee", None, "bo-chan", 2, "The minister will visit Seoul on Monday.",
     "paragraph 2 gives these words to Ann Lee, not to Bo Chan: fix the speaker"),
    (_BRIEFING, None, None, "ann-lee", 2, "The minister will visit Seoul on Monday.",
     BEFORE.format(k=2, name="Ann Lee")),
    (_BRIEFING, "ann-lee", None, "ann-lee", 4, "Will the minister meet the president?",
     "paragraph 4 is in the turn of 'Q' (line 7), whose words no person can be quoted from, not Ann Lee's"),
    (_MINUTES, "ann-lee", None, "ann-lee", 1, "The committee met at 10 a.m.", BEFORE.format(k=1, name="Ann Lee")),
    (_MINUTES, "ann-lee", None, "ann-lee", 3, "Will you act?",
     "paragraph 3 gives these words to Bo Chan, not to Ann Lee: fix the speaker"),
    (_HEARING, None, CHAIR, "ann-lee", 1, "THE EXECUTIVE DEPARTMENTS", BEFORE.format(k=1, name="Ann Lee")),
    (_HEARING, None, CHAIR, "ann-lee", 3, "DEPARTMENT OF STATE",
     "paragraph 3 is the record's heading ('STATEMENT OF ANN LEE, MINISTER OF THE INTE- RIOR, DEPARTMENT OF "
     "STATE'), not words anyone says: it cannot be quoted as Ann Lee's"),
    (_HEARING, None, CHAIR, "bo-chan", 4, "We will act on the plan.",
     "paragraph 4 gives these words to Ann Lee, not to Bo Chan: fix the speaker"),
]

UNKNOWN = "the transcript's speaker label '{label}' (line {line}) matches no person: add the speaker to " \
          "sources/people.yaml (or labels: [{label}] to the person it names)"
LABELS = [
    (_HEARING, [UNKNOWN.format(label="The CHAIRMAN", line=6)]),
    ("PAT QUINN\nWe will act on the plan.", [UNKNOWN.format(label="PAT QUINN", line=1)]),
    ("STATEMENT OF PAT QUINN, DIRECTOR\nWe will act on the plan.", []),
]


def _problems(text: str, opener: str | None, offices: dict | None, speaker: str, paragraph: int, quote: str) -> str:
    q = Quote(id="q", speaker=speaker, kind="direct", text=quote, paragraph=paragraph)
    src = source(text, "transcript", speaker=opener, offices=offices)
    return " | ".join(p.message for p in verify.verify_quote(q, src, paras_of(text), PEOPLE))


@pytest.mark.parametrize("row", PASS, ids=[f"{r[3]}-{r[5][:30]}" for r in PASS])
def test_a_legitimate_form_of_the_round_11_texts_passes(row):
    assert _problems(*row) == ""


@pytest.mark.parametrize("row", FAIL, ids=[f"{r[3]}-{r[5][:30]}" for r in FAIL])
def test_a_misquote_of_the_round_11_forms_fails_with_its_exact_message(row):
    *args, message = row
    assert _problems(*args) == message


@pytest.mark.parametrize("row", LABELS, ids=[r[0][:30] for r in LABELS])
def test_a_heading_in_capitals_names_no_speaker(row):
    text, messages = row
    assert labels(text) == messages
