"""Two quotations the source sets apart, quoted as one run (verify.py, after interrupted.py).

`“It is final,” Lee told reporters. “We move on.”`: the reporter's tag stands between two sentences,
and nothing says the speaker said them together (AP: quotes said at different times are not joined).
Closed up (`It is final. We move on`), the quote hides a join the source shows, so it fails; the
message says where the source interrupts the words and that an ellipsis marks it (Chicago 13.50). The
comma before the tag is read as the period the quote gives the first sentence; French and German set
no comma inside the marks. Inside one sentence (lower case after the tag) the quote may close up
(interrupted.py).
"""
from __future__ import annotations

import pytest
from quotecheck import problems

TEXT = ("“I never said the deal was dead,” Lee told reporters. “I said it was on hold.”\n\n"
        "« C'est fini », a déclaré Lee. « Nous passons à autre chose. »\n\n"
        "„Das ist vorbei“, sagte Lee. „Wir machen weiter.“\n\n"
        "“Es el final”, dijo Lee. “Seguimos adelante”.\n\n"
        "“We will respond,” Lee said, “with all the means we have.”\n\n"
        "“It is final!” Lee said. “We move on.”")
JOIN = ("the source interrupts these words after '{after}' (with its attribution or other words): mark the "
        "omission with … there")

# (paragraph, language, quote, message or "")
ROWS = [
    (1, None, "I never said the deal was dead. … I said it was on hold", ""),
    (1, None, "I never said the deal was dead … I said it was on hold", ""),
    (2, "fr", "C'est fini … Nous passons à autre chose", ""),
    (3, "de", "Das ist vorbei. … Wir machen weiter", ""),
    (4, "es", "Es el final … Seguimos adelante", ""),
    (5, None, "We will respond with all the means we have", ""),
    (6, None, "It is final! … We move on", ""),
    (1, None, "I never said the deal was dead. I said it was on hold", JOIN.format(after="the deal was dead")),
    (2, "fr", "C'est fini. Nous passons à autre chose", JOIN.format(after="C'est fini")),
    (3, "de", "Das ist vorbei. Wir machen weiter", JOIN.format(after="Das ist vorbei")),
    (4, "es", "Es el final. Seguimos adelante", JOIN.format(after="Es el final")),
    (6, None, "It is final! We move on", JOIN.format(after="It is final!")),
]


@pytest.mark.parametrize("para,language,quote,message", ROWS, ids=[r[2] for r in ROWS])
def test_two_quotations_the_source_sets_apart_need_an_ellipsis(para, language, quote, message):
    assert problems(TEXT, quote, "ann-lee", para, language=language) == message
