"""An ellipsis across a sentence end after a word that wants what follows (omissions.py, Chicago 13.53).

Kept words that end on a conjunction of a clause (`that`, `whether`, `que`, `dass`), a preposition or an
article take the next sentence's words as theirs: `I said that … circumstances change` for `I said that,
and I stand by it. But circumstances change.` says she said circumstances change. The quote must keep
each sentence whole (or show the sentence's end), whether the ellipsis drops the rest of the first
sentence, the start of the next, or both. A preposition or article before a subject pronoun takes
nothing (`a regular visitor to … I always love being here`), and words that end on a noun or verb stay
as the earlier rounds read them (`We met the ministers … they left`).
"""
from __future__ import annotations

import pytest
from quotecheck import problems

FUSED = ("the ellipsis joins the start of one sentence to the end of another (the one that begins '{} …'): a quote "
         "across sentences keeps each one whole; quote them apart")

# (text, quote, message or "")
ROWS = [
    ("I said that, and I stand by it. But circumstances change.", "I said that … circumstances change",
     FUSED.format("But")),
    ("She said that, of course. We all heard it.", "She said that … we all heard it", FUSED.format("We all heard it.")),
    ("I said that. But circumstances change.", "I said that … circumstances change", FUSED.format("But")),
    ("We depend on the allies, as always. Trade is vital.", "We depend on … [t]rade", FUSED.format("Trade is vital.")),
    ("Je sais que nous avons raison, et je le répète. Mais le temps presse.", "Je sais que … le temps presse",
     FUSED.format("Mais")),
    ("Ich weiß, dass wir recht haben, und ich wiederhole es. Aber die Zeit drängt.", "Ich weiß, dass … die Zeit drängt",
     FUSED.format("Aber")),
    ("This is a place I'm a regular visitor to and have been for years. I always love being here.",
     "This is a place I'm a regular visitor to … I always love being here.", ""),
    ("We met the ministers on Monday. Then they left.", "We met the ministers … they left", ""),
    ("We asked for more time, and they agreed. The deadline moved.", "We asked for more time … [t]he deadline moved", ""),
    ("We support sanctions. We oppose the trade deal.", "We support sanctions … We oppose the trade deal", ""),
    ("We will act, as we promised. But the allies must help.", "We will act … the allies must help", ""),
    ("I said that, and I stand by it. But circumstances change.", "I said that, and I stand by it. … [C]ircumstances "
     "change", ""),
]


@pytest.mark.parametrize("text,quote,message", ROWS, ids=[q for _, q, _ in ROWS])
def test_kept_words_that_want_more_do_not_take_the_next_sentence(text, quote, message):
    assert problems(text, quote, "ann-lee", 1, "authored") == message
