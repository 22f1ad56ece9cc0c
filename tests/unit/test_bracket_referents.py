"""A bracket for a third-person pronoun inside a quote (`[the ministers]` for `they`) must name what the
pronoun stands for where the source makes it sure: its sentence up to it and the sentence before name one
thing of its number and kind (antecedents.py). Where no check can choose, it passes as before.
"""
from __future__ import annotations

import pytest
from quotecheck import problems

WRONG = ("{b} names '{other}' for the source's '{p}', which stands for '{sure}', the only one its sentence or the "
         "one before names that '{p}' can stand for: a bracket may only name what a pronoun stands for; name "
         "'{sure}' or quote without the bracket")
_FUND = "“The ministers approved the plan, and they will fund it,” Lee said."
_WORKS = "“Chan met the ministers, and he said the plan works,” Lee said."
_COST = "“The ministers approved the bill, and it will cost little,” Lee said."
_THANK = "“Kerry and Hagel came to Japan, so I thank them,” Lee said."

PASS = [
    (_FUND, "approved the plan, and [the ministers] will fund it"),
    (_FUND, "approved the plan, and [the finance ministers] will fund it"),
    (_FUND, "approved the plan, and they [the ministers] will fund it"),
    (_WORKS, "and [Chan] said the plan works"),
    (_WORKS, "and [Bo Chan] said the plan works"),
    (_COST, "and [the bill] will cost little"),
    (_COST, "and [the spending bill] will cost little"),
    (_THANK, "so I thank them [Kerry and Hagel]"),
    # British English says `they` of a body: the agency is a candidate beside the ministers
    ("“The ministers told the agency, and they agreed,” Lee said.", "and [the agency] agreed"),
    ("“The ministers met the envoys. Then they agreed,” Lee said.", "Then [the envoys] agreed"),
    # a name the source does not give there: another name of the referent, perhaps; no check can choose
    (_FUND, "approved the plan, and [the government] will fund it"),
    # the candidate is two sentences back: not sure
    ("“The ministers met. It rained. The plan passed, and they will fund it,” Lee said.",
     "The plan passed, and [the plan] will fund it"),
]

FAIL = [
    (_FUND, "approved the plan, and [the plan] will fund it",
     WRONG.format(b="[the plan]", other="plan", p="they", sure="ministers")),
    (_FUND, "approved the plan, and they [the plan] will fund it",
     WRONG.format(b="[the plan]", other="plan", p="they", sure="ministers")),
    (_WORKS, "and [the ministers] said the plan works",
     WRONG.format(b="[the ministers]", other="ministers", p="he", sure="Chan")),
    (_COST, "and [the ministers] will cost little",
     WRONG.format(b="[the ministers]", other="ministers", p="it", sure="bill")),
    (_THANK, "so I thank them [Japan]",
     WRONG.format(b="[Japan]", other="Japan", p="them", sure="Kerry and Hagel")),
    ("“The ministers met on Monday. The plan was late, and they will fund it,” Lee said.",
     "and [the plan] will fund it", WRONG.format(b="[the plan]", other="plan", p="they", sure="ministers")),
]


@pytest.mark.parametrize("row", PASS, ids=[r[1][:40] for r in PASS])
def test_a_bracket_naming_the_pronouns_referent_passes(row):
    text, quote = row
    assert problems(text, quote, "ann-lee", 1) == ""


@pytest.mark.parametrize("row", FAIL, ids=[r[1][:40] for r in FAIL])
def test_a_bracket_naming_another_thing_of_the_source_fails(row):
    text, quote, message = row
    assert problems(text, quote, "ann-lee", 1) == message
