"""An ellipsis over a number (ellipses.py): it may drop a number whole with an aside or clause
that the kept words do not bear on, never one they do (Chicago 13.50: an omission keeps the sense).

1. An ordinal of a time phrase set off inside the omission (`rightly, and for the first time,`)
   counts occasions, not anything the kept words say; any other number in that aside still counts.
2. A clause to the sentence's end that states the kept clause again over a time, its subject and
   verb the kept clause's (`and have been over 20 years.`, `, et ce depuis 1949.`, `, und das seit
   1955.`, `, y lo es desde 1949.`), takes its number with it, as a comma clause does; another verb
   (`and ratify it within 30 days`) or a time cut before the sentence's end does not.
"""
from __future__ import annotations

import pytest
from quotecheck import problems

OMITS = ("the ellipsis omits the number '{}' ('{}'): an omission must leave the meaning intact; quote those words or "
         "end the quote before them")
CONDEMNED = "The Council would have rightly, and {}, unequivocally condemned the attacks."
VISITOR = "This is a place I'm a regular visitor to and {}. I always love being here."

# (source text, quote)
PASS = [
    # 1. an ordinal of a time phrase dropped with the aside it is in
    (CONDEMNED.format("for the first time"), "The Council would have … unequivocally condemned the attacks."),
    (CONDEMNED.format("for the second time since the war"),
     "The Council would have … unequivocally condemned the attacks."),
    ("We met them, but at the third time of asking, we agreed.", "We met them … we agreed."),
    ("The Council has — for the first time — condemned the attack.", "The Council has … condemned the attack."),
    # 2. the kept clause stated again over a time, to the sentence's end
    (VISITOR.format("have been over 20 years"), "This is a place I'm a regular visitor to … I always love being here."),
    ("The alliance is strong and has been for 70 years. We will keep it so.", "The alliance is strong … We will keep it so."),
    ("The border was closed and had been since 2014. Then it opened.", "The border was closed … Then it opened."),
    ("Le pays est un allié fidèle, et ce depuis 1949. Nous le resterons.",
     "Le pays est un allié fidèle … Nous le resterons."),
    ("Das Land ist ein treuer Partner, und das seit 1955. Wir bleiben es.", "Das Land ist ein treuer Partner … Wir bleiben es."),
    ("El país es un aliado fiel, y lo es desde 1949. Lo seguirá siendo.", "El país es un aliado fiel … Lo seguirá siendo."),
]

# (source text, quote, message)
FAIL = [
    # a number the kept words bear on
    ("We sent three ships to the Gulf.", "We sent … ships to the Gulf.", OMITS.format("three", "three")),
    ("It has been over 20 years since the treaty.", "It has been … years since the treaty.", OMITS.format("20", "over 20")),
    ("We won 40 percent of voters in May.", "We won … percent of voters in May.", OMITS.format("40", "40")),
    ("Nous avons envoyé 3 navires dans le Golfe.", "Nous avons envoyé … navires dans le Golfe.", OMITS.format("3", "3")),
    ("Die Regierung hat 40 Prozent der Stimmen.", "Die Regierung hat … Prozent der Stimmen.", OMITS.format("40", "40")),
    # 1. the ordinal of a time phrase the kept words keep, one not set off, one of no time phrase,
    # another number in the aside
    ("We met for the first time in May.", "We met for the … time in May.", OMITS.format("first", "first")),
    ("The Council would have rightly and for the first time condemned the attacks.",
     "The Council would have … condemned the attacks.", OMITS.format("first", "rightly and for the first time")),
    (CONDEMNED.format("as the first body"), "The Council would have … unequivocally condemned the attacks.",
     OMITS.format("first", "rightly, and as the first body,")),
    (CONDEMNED.format("for the first time in 20 years"), "The Council would have … unequivocally condemned the attacks.",
     OMITS.format("20", "rightly, and for the first time in 20 years,")),
    # 2. another verb, which may share the kept clause's object or limit; a time cut before the sentence's end
    ("We will sign the treaty and ratify it within 30 days. Then we rest.", "We will sign the treaty … Then we rest.",
     OMITS.format("30", "and ratify it within 30 days.")),
    ("The alliance is strong and has grown by 70 percent. We will keep it so.",
     "The alliance is strong … We will keep it so.", OMITS.format("70", "and has grown by 70 percent.")),
    ("The alliance is strong and has been for 70 years, as we said.", "The alliance is strong … as we said.",
     OMITS.format("70", "and has been for 70 years,")),
]


@pytest.mark.parametrize(("text", "quote"), PASS)
def test_a_number_dropped_whole_with_its_aside_or_clause_passes(text, quote):
    assert problems(text, quote, "ann-lee", 1, "authored") == ""


@pytest.mark.parametrize(("text", "quote", "message"), FAIL)
def test_a_number_the_kept_words_bear_on_fails(text, quote, message):
    assert problems(text, quote, "ann-lee", 1, "authored") == message
