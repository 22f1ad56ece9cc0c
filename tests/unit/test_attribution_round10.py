"""Held-out real texts, round 10 (benchmarks/realtext/): the rules their false alarms and misses
asked for, each as rows that pass and rows that fail with the exact message.

- An apostrophe inside a word (`America’s`) opens no quotation within the speaker's words, even as
  the first single mark before the quoted words (a Justice Department release's `journalists'`
  closing nothing).
- A quotation over paragraphs that the stored copy ends inside (an opinion quoting a trial judge's
  charge, each paragraph opening with `'`) is the quoted words to the text's end, not the author's.
- An ellipsis may not drop the degree word of a kept adjective (`is … dangerous` for `is more
  dangerous than …`), a restrictive relative clause after a kept noun (`disclosures … without` for
  `disclosures that inflict harm … without`), or join the start of one sentence to a phrase of the
  next that needs its verb (`Costa a été élu … pour assumer la présidence de la Commission`).
"""
from __future__ import annotations

import pytest
from quotecheck import problems

R, A = "reported", "authored"
_DOJ = ("“This is a just outcome,” said Attorney General Lee.  “The defendant’s disclosures compromised America’s "
        "security.  The disclosures placed lives at risk.  It is possible to fully prosecute disclosures that inflict "
        "harm upon our security without interfering with journalists' ability to do their jobs.”")
_CHARGE = ("Reversal is sought upon the ground that the charge exceeded the bounds of fair comment. The court then "
           "charged the jury as follows:\n\n'I think that every single word that man said was a lie.\n\n"
           "'Now, that opinion is not binding on you, and if you don't agree")
_QUOTED = "The court said:\n\n'I think that every single word that man said was a lie.'\n\nThat was error."
_SAFE = "Today, our security environment is more dangerous than it has been since the Cold War."
_COSTA = ("António Costa a été élu président du Conseil européen. Ursula von der Leyen a été proposée pour assumer la "
          "présidence de la Commission.")
_PODCAST = ("Back then, podcasting was coming into its own and there was a question about it. But it was clear that "
            "people were turning to podcasts.")

PASS = [
    (_DOJ, R, "ann-lee", 1, "The disclosures placed lives at risk."),
    (_DOJ, R, "ann-lee", 1, "It is possible to fully prosecute disclosures that inflict harm upon our security"),
    (_CHARGE, A, "ann-lee", 1, "the charge exceeded the bounds of fair comment"),
    (_QUOTED, A, "ann-lee", 3, "That was error."),
    (_SAFE, A, "ann-lee", 1, "our security environment is more dangerous than it has been since the Cold War"),
    (_SAFE, A, "ann-lee", 1, "our security environment is more dangerous … since the Cold War"),
    ("We said that the plan would work, and it did.", A, "ann-lee", 1, "We said … it did"),
    ("We know that we will win the vote soon.", A, "ann-lee", 1, "We know … we will win the vote"),
    ("I thank the staff, who worked hard, for their help.", A, "ann-lee", 1, "I thank the staff … for their help"),
    (_COSTA, A, "ann-lee", 1, "António Costa a été élu président du Conseil européen. … Ursula von der Leyen a été "
                              "proposée pour assumer la présidence de la Commission."),
    (_PODCAST, A, "ann-lee", 1, "podcasting was coming into its own … people were turning to podcasts"),
    ("I thank Mr. Chan, who is kind, for his help. Yes.", A, "ann-lee", 1, "I thank Mr. … Chan"),
]

FAIL = [
    (_CHARGE, A, "ann-lee", 2, "every single word that man said was a lie",
     "these words stand inside a quotation within Lee’s words ('I think that every single word that man said was a "
     "lie.): Lee is repeating someone else's words; quote them with the words that introduce them, inner marks and "
     "all"),
    (_SAFE, A, "ann-lee", 1, "Today, our security environment is … dangerous",
     "the ellipsis drops 'more', which grades the kept 'dangerous': the quote turns a comparison into a plain "
     "statement; keep the word, or end the quote before it"),
    ("Cette crise est plus grave que prévu.", A, "ann-lee", 1, "Cette crise est … grave",
     "the ellipsis drops 'plus', which grades the kept 'grave': the quote turns a comparison into a plain statement; "
     "keep the word, or end the quote before it"),
    (_DOJ, R, "ann-lee", 1, "It is possible to fully prosecute disclosures … without interfering with journalists' "
                            "ability to do their jobs",
     "the ellipsis drops 'that inflict harm upon our security', which says which disclosures are meant: without it "
     "the quote speaks of them all; keep the clause, or end the quote before it"),
    ("We will help the families who lost their homes in the flood.", A, "ann-lee", 1, "We will help the families … "
                                                                                         "in the flood",
     "the ellipsis drops 'who lost their homes', which says which families are meant: without it the "
     "quote speaks of them all; keep the clause, or end the quote before it"),
    (_COSTA, A, "ann-lee", 1, "António Costa a été élu … pour assumer la présidence de la Commission",
     "the ellipsis joins the start of one sentence to the end of another (the one that begins 'Ursula von der Leyen "
     "…'): a quote across sentences keeps each one whole; quote them apart"),
    ("Chan was elected chair of the board. Lee was asked to lead the audit next year.", A, "ann-lee", 1,
     "Chan was elected … to lead the audit next year",
     "the ellipsis joins the start of one sentence to the end of another (the one that begins 'Lee was asked …'): a "
     "quote across sentences keeps each one whole; quote them apart"),
]


@pytest.mark.parametrize("row", PASS, ids=[r[4][:40] for r in PASS])
def test_a_legitimate_form_of_the_round_10_texts_passes(row):
    text, voice, speaker, paragraph, quote = row
    assert problems(text, quote, speaker, paragraph, voice) == ""


@pytest.mark.parametrize("row", FAIL, ids=[r[4][:40] for r in FAIL])
def test_a_misquote_of_the_round_10_forms_fails_with_its_exact_message(row):
    text, voice, speaker, paragraph, quote, message = row
    assert problems(text, quote, speaker, paragraph, voice) == message
