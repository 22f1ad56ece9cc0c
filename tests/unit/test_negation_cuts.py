"""A negation denies its whole clause: a quote may not end it early where the brief ends the quote.

`Nobody should expect a signature next week` quoted as `“Nobody should expect a signature.”`, or
`We will not accept any change to the status quo by force` as `will not accept any change`, says
more than the speaker did (Chicago 13.48: an omission may not change the meaning). Two tables:
- the ellipsis (checking/ellipses.py): one that leaves a negated clause for the next one drops
  the rest of that clause; an ellipsis inside the clause, an aside or a whole clause of its own
  (`, and …`) stay as the other ellipsis rules decide;
- where the quote stops (checking/cuts.py): a quote may stop anywhere its claim goes on with the
  rest in the analyst's words, but a claim that ends it there (a full stop, a comma and the
  attribution), a pull quote or an un-negated clause is judged as printed.
"""
from __future__ import annotations

import pytest
from factory import brief, errors_of, make_project
from quotecheck import problems

SIGN = "“Nobody should expect a signature next week,” Lee said. “We will take the time this needs.”"
FORCE = ("“The ministers agreed that the alliance will not accept any unilateral change to the status quo by force, "
         "and they will meet again in June,” Lee said.")
UNTIL = "“We won't sign in this form. Parliament must have its say,” Lee said."
NO = "“No, we will sign the deal next week in Oslo,” Lee said."
BELIEVE = "“I don't believe that we got a straight answer from the ministry yesterday,” Lee said."
DOUBT = "“No one doubts that we got a straight answer from the ministry yesterday,” Lee said."
NEVER = "“We have never missed a payment in our history, and we never will,” Lee said."
AND = "“We will not sign and we will not negotiate under threat,” Lee said."

ELLIPSIS_PASS = [
    (SIGN, "Nobody should expect a signature next week … [w]e will take the time"),
    (FORCE, "will not accept any unilateral change … by force"),  # inside the clause: it goes on
    (FORCE, "will not accept any unilateral change to the status quo by force … they will meet again"),
    (NO, "No … we will sign the deal next week"),
    (NEVER, "We have never missed a payment in our history … we never will"),
    (AND, "We will not sign … we will not negotiate under threat"),  # a coordinated clause of its own
    (UNTIL, "We won't sign in this form. … Parliament must have its say"),
]

CUT = "the ellipsis omits '{cut}' from inside a negated clause ('{clause}'): what follows a negation may narrow " \
      "what it denies; quote to the end of that clause, or paraphrase"
ELLIPSIS_FAIL = [
    (SIGN, "Nobody should expect a signature … [w]e will take the time",
     CUT.format(cut="next week", clause="Nobody should expect a signature next week")),
    (FORCE, "will not accept any unilateral change … they will meet again in June",
     CUT.format(cut="to the status quo by force",
                clause="that the alliance will not accept any unilateral change to the status quo by force")),
    (UNTIL, "We won't sign … Parliament must have its say",
     CUT.format(cut="in this form", clause="We won't sign in this form")),
    (NEVER, "We have never missed a payment … we never will",
     CUT.format(cut="in our history", clause="We have never missed a payment in our history")),
]


@pytest.mark.parametrize("text,quote", ELLIPSIS_PASS)
def test_an_ellipsis_that_keeps_a_negated_clause_whole_passes(text, quote):
    assert problems(text, quote, "ann-lee", 1) == ""


@pytest.mark.parametrize("text,quote,message", ELLIPSIS_FAIL)
def test_an_ellipsis_that_cuts_a_negated_clause_short_fails(text, quote, message):
    assert problems(text, quote, "ann-lee", 1) == message


SOURCE = f"""\
type: article-newspaper
title: Port Talks
container-title: The Daily
issued: "2024-01-03"
text: |
  {SIGN}

  {FORCE}

  {AND}

  {NO}

  {BELIEVE}

  {DOUBT}
quotes:
  - {{id: lee-sign, speaker: ann-lee, kind: direct, text: Nobody should expect a signature, paragraph: 1}}
  - {{id: lee-sign-week, speaker: ann-lee, kind: direct, text: Nobody should expect a signature next week, paragraph: 1}}
  - {{id: lee-time, speaker: ann-lee, kind: direct, text: We will take the time, paragraph: 1}}
  - {{id: lee-force, speaker: ann-lee, kind: direct, text: will not accept any unilateral change, paragraph: 2}}
  - {{id: lee-and, speaker: ann-lee, kind: direct, text: We will not sign, paragraph: 3}}
  - {{id: lee-no, speaker: ann-lee, kind: direct, text: "No, we will sign the deal", paragraph: 4}}
  - {{id: lee-answer, speaker: ann-lee, kind: direct, text: we got a straight answer from the ministry, paragraph: 5}}
  - {{id: lee-answer-whole, speaker: ann-lee, kind: direct, paragraph: 5,
     text: I don't believe that we got a straight answer from the ministry yesterday}}
  - {{id: lee-doubt, speaker: ann-lee, kind: direct, text: we got a straight answer from the ministry, paragraph: 6}}
"""

IN_CLAIM = ("direct quote '{qid}' stops inside a negated clause of its source ('{clause}'), and the claim ends it there: "
            "without '{cut}', which may narrow what the negation denies, it says more than the speaker did; go on "
            "with those words in the claim ({{{qid}}} {cut}), or quote to the end of the clause")
SIGN_CUT = IN_CLAIM.format(qid="lee-sign", clause="Nobody should expect a signature next week", cut="next week")
FORCE_CUT = IN_CLAIM.format(qid="lee-force", cut="to the status quo by force",
                            clause="will not accept any unilateral change to the status quo by force")

DENIED = ("direct quote 'lee-answer' begins inside a clause its source denies ('I don't believe that …'): without that "
          "denial the claim asserts what the speaker denied; carry the negation in the claim's sentence (… did not "
          "believe that {lee-answer}), or quote from the clause's start")

# (claim, the message for it, or None: it passes)
CLAIMS = [
    ("Lee warned that {lee-sign} next week.", None),  # the claim goes on with the rest
    ("Lee said the alliance {lee-force} to the status quo by force.", None),
    ("Lee said the alliance {lee-force} by force.", None),  # the analyst's own words narrow it again
    ("Lee warned that {lee-sign-week}.", None),  # the clause whole
    ("Lee said {lee-time}.", None),  # no negation: it may stop anywhere
    ("Lee said {lee-and}.", None),  # `and we will not negotiate`: a clause of its own follows
    ("Lee said {lee-no}.", None),  # the negation is in a clause before the one cut
    ("Lee warned that {lee-sign}.", SIGN_CUT),
    ("{lee-sign}, Lee said.", SIGN_CUT),
    ("Lee was firm: {lee-sign}; the talks go on.", SIGN_CUT),
    ("Lee said the alliance {lee-force}.", FORCE_CUT),
    ("Lee said the alliance {lee-force} — a firm line.", FORCE_CUT),
    # a quote that starts inside a clause its source denies: the claim must carry the denial
    ("Lee said she did not believe that {lee-answer}.", None),
    ("Lee doubted that {lee-answer}.", None),  # a verb of doubt carries the denial
    ("Lee was not sure {lee-answer}.", None),
    ("Lee said {lee-answer-whole}.", None),  # the denial quoted with it
    ("Lee said {lee-doubt}.", None),  # `No one doubts that …` affirms it
    ("Lee said {lee-answer}.", DENIED),
    ("{lee-answer}, Lee said. She did not say more.", DENIED),
]


@pytest.mark.parametrize("claim,message", CLAIMS, ids=[c for c, _ in CLAIMS])
def test_a_claim_may_not_end_a_negated_clause_its_quote_cuts_short(tmp_path, claim, message):
    root = make_project(tmp_path, {"sources/s2.yaml": SOURCE, "briefs/b1.yaml": brief(f"      - claim: '{claim}'\n")})
    assert errors_of(root) == ([message] if message else [])


def test_a_pull_quote_that_begins_inside_a_denied_clause_fails(tmp_path):
    head = brief("      - claim: 'Lee said she did not believe that {lee-answer}.'\n")
    pulled = head.replace("sections:", "pull-quotes: [lee-answer]\nsections:")
    root = make_project(tmp_path, {"sources/s2.yaml": SOURCE, "briefs/b1.yaml": pulled})
    assert errors_of(root) == [
        "pull quote 'lee-answer' begins inside a clause its source denies ('I don't believe that …'): standing alone, "
        "it asserts what the speaker denied; quote from the clause's start"]


def test_a_pull_quote_cut_short_inside_a_negated_clause_fails(tmp_path):
    head = brief("      - claim: 'Lee warned that {lee-sign} next week.'\n")
    pulled = head.replace("sections:", "pull-quotes: [lee-sign]\nsections:")
    root = make_project(tmp_path, {"sources/s2.yaml": SOURCE, "briefs/b1.yaml": pulled})
    assert errors_of(root) == [
        "pull quote 'lee-sign' stops inside a negated clause of its source ('Nobody should expect a signature next "
        "week'): standing alone, without 'next week', which may narrow what the negation denies, it says more than "
        "the speaker did; quote to the end of the clause"]


def test_a_tables_cell_quote_cut_short_or_denied_fails_as_standing_alone(tmp_path):
    # A cell places a quote and nothing else (cells.py): no claim goes on with it or carries a denial.
    table = ("      - table:\n          caption: Positions\n          columns: [Who, Said]\n          rows:\n"
             "            - [Ann Lee, \"{lee-sign}\"]\n            - [Ann Lee, \"{lee-answer}\"]\n"
             "            - [Ann Lee, \"{lee-sign-week}\"]\n")
    root = make_project(tmp_path, {"sources/s2.yaml": SOURCE, "briefs/b1.yaml": brief(table)})
    assert errors_of(root) == [
        "quote 'lee-sign' stops inside a negated clause of its source ('Nobody should expect a signature next "
        "week'): standing alone, without 'next week', which may narrow what the negation denies, it says more than "
        "the speaker did; quote to the end of the clause",
        "quote 'lee-answer' begins inside a clause its source denies ('I don't believe that …'): standing alone, "
        "it asserts what the speaker denied; quote from the clause's start"]
