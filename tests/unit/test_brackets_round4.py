"""Brackets, round 4: a capital inside a bracket is not always a name (Chicago 13.60).

An English name ends in its capital (`[the United States]`, `[the Paris Agreement]`, `[Secretary
Blinken]`); a capital before a common noun modifies that noun (`[the Brazilian envoys]`, `[the Tokyo
pact]`): the bracket is a description, and a description with another noun than the source's reference
puts one thing for another (`[the Brazilian envoys]` for `the leaks`, as `[the disclosures]` did), while
one that keeps the noun clarifies (`[the Brazilian leaks]`). Before, any capital made the bracket a name,
so `[the Brazilian envoys]` for `the leaks` passed when the text named Brazil.
"""
from __future__ import annotations

import pytest
from quotecheck import problems

TEXT = ("The Paris Agreement and the envoys from Brazil were discussed, Lee said. Secretary Blinken joined the "
        "North Atlantic Treaty Organization talks in Tokyo.\n\n"
        "“We will honour the agreement and look into the leaks,” she added. “We will talk to them. The secretary "
        "agrees, and the alliance does too.”")
UNCLEAR = ("{b} replaces '{s}'{w}, which it does not clarify: a bracket may only change a first letter's case, a "
           "word's form, or name what a pronoun or reference stands for")
START, END = " at the start of the quote", " at the end of the quote"

ROWS = [
    # names, ending in their capital; descriptions keeping the source's noun
    ("We will honour [the Paris Agreement] and look", ""),
    ("We will honour [the Brazilian agreement] and look", ""),
    ("We will honour [the climate agreement] and look", ""),
    ("look into [the Brazilian leaks]", ""),
    ("look into [the leaks from Brazil]", ""),
    ("We will talk to [the Brazilian envoys]", ""),  # a pronoun: its people named
    ("[Secretary Blinken] agrees", ""),
    ("[the North Atlantic Treaty Organization] does too", ""),
    # descriptions putting another noun in: a capital before it does not make them names
    ("look into [the Brazilian envoys]", UNCLEAR.format(b="[the Brazilian envoys]", s="the leaks", w=END)),
    ("look into [Brazilian envoys]", UNCLEAR.format(b="[Brazilian envoys]", s="the leaks", w=END)),
    ("look into [the Tokyo talks]", UNCLEAR.format(b="[the Tokyo talks]", s="the leaks", w=END)),
    ("We will honour [the Paris accord] and look", UNCLEAR.format(b="[the Paris accord]", s="the agreement", w="")),
    ("[The American diplomat] agrees", UNCLEAR.format(b="[The American diplomat]", s="The secretary", w=START)),
]


@pytest.mark.parametrize("quote,message", ROWS, ids=[q for q, _ in ROWS])
def test_a_capital_before_a_common_noun_makes_a_description(quote, message):
    assert problems(TEXT, quote, "ann-lee", 2) == message
