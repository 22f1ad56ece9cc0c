"""A quotation nested in another of the same family of double marks.

Each language nests its quotations in its own marks: French `« … “…” … »` or `« … « … » … »`
(Imprimerie nationale), Spanish `« … “…” … »` (RAE), German `„… »…« …“` (Duden), Swiss and
French `« … ‹…› … »`, and a badly typeset English text `“… “…” …”` (Chicago 13.30 wants ‘…’).
The outer quotation is the speaker's its clause names; the inner one is someone the speaker
quotes, second-hand, as a single-marked quotation inside a double one in English.
"""
from __future__ import annotations

import pytest
from quotecheck import problems

from briefbuild.chars import inner_quotations
from briefbuild.checking.textcheck import normalize

FR = "« Nous refusons la “logique de guerre” qu'on nous propose », a déclaré Anne Dupont."
FR_TOLD = "« Jean Martin m'a dit : « Nous agirons demain », et je l'ai cru », a déclaré Anne Dupont."
FR_SWISS = "« Jean Martin m'a dit : ‹ Nous agirons demain ›, et je l'ai cru », a déclaré Anne Dupont."
DE = "„Weber hat mir gesagt: »Wir handeln morgen«, und ich habe ihm geglaubt“, sagte Zoë Müller."
ES = "«El portavoz me dijo: “Actuaremos mañana”, y le creí», dijo Lucía García."
EN = "“Chan told me, “We will act,” and I believed him,” Lee said."
EN_OWN = "“I told them, “We will act,” and we did,” Lee said."
OVER = "“We will act on the plan.\n\n“As Chan put it, “we are ready,” and we are,” Lee said."

# (language, text, speaker, paragraph, quote[, last paragraph])
PASS = [
    ("fr", FR, "anne-dupont", 1, "Nous refusons la “logique de guerre” qu'on nous propose"),
    ("fr", FR, "anne-dupont", 1, "Nous refusons la « logique de guerre » qu'on nous propose"),
    ("fr", FR, "anne-dupont", 1, "qu'on nous propose"),
    ("fr", FR_TOLD, "anne-dupont", 1, "Jean Martin m'a dit : « Nous agirons demain », et je l'ai cru"),
    ("fr", FR_TOLD, "anne-dupont", 1, "Jean Martin m'a dit : “Nous agirons demain”"),
    ("fr", FR_TOLD, "anne-dupont", 1, "et je l'ai cru"),
    ("fr", FR_SWISS, "anne-dupont", 1, "Jean Martin m'a dit : ‹ Nous agirons demain ›, et je l'ai cru"),
    ("de", DE, "zoe-muller", 1, "Weber hat mir gesagt: »Wir handeln morgen«, und ich habe ihm geglaubt"),
    ("de", DE, "zoe-muller", 1, "Weber hat mir gesagt: ‚Wir handeln morgen‘"),
    ("de", DE, "zoe-muller", 1, "und ich habe ihm geglaubt"),
    ("es", ES, "lucia-garcia", 1, "El portavoz me dijo: “Actuaremos mañana”, y le creí"),
    ("es", ES, "lucia-garcia", 1, "y le creí"),
    (None, EN, "ann-lee", 1, "Chan told me, “We will act,” and I believed him"),
    (None, EN, "ann-lee", 1, "Chan told me, ‘We will act,’ and I believed him"),
    (None, EN, "ann-lee", 1, "and I believed him"),
    (None, EN_OWN, "ann-lee", 1, "We will act"),  # the speaker quoting herself
    (None, OVER, "ann-lee", 1, "We will act on the plan. As Chan put it, “we are ready,” and we are", 2),
]


def _second_hand(k: int, inner: str, owner: str, speaker: str) -> str:
    return (f"paragraph {k} has these words only inside a quotation within {owner}’s words ({inner}): {owner} relays "
            f"them second-hand, and a quote of {speaker}’s must be words the source has {speaker} say; quote "
            f"{owner}, with the words that introduce them, or {speaker} from a source where {speaker} says them")


def _repeating(inner: str, speaker: str) -> str:
    return (f"these words stand inside a quotation within {speaker}’s words ({inner}): {speaker} is repeating "
            "someone else's words; quote them with the words that introduce them, inner marks and all")


NOT_VERBATIM = "not verbatim in the source: fix the quote or mark changes with [brackets] and …"

# (language, text, speaker, paragraph, quote, message)
FAIL = [
    ("fr", FR_TOLD, "jean-martin", 1, "Nous agirons demain", _second_hand(1, "'Nous agirons demain'", "Dupont", "Martin")),
    ("fr", FR_SWISS, "jean-martin", 1, "Nous agirons demain",
     _second_hand(1, "'Nous agirons demain'", "Dupont", "Martin")),
    ("fr", FR_TOLD, "anne-dupont", 1, "Nous agirons demain", _repeating("'Nous agirons demain'", "Dupont")),
    ("fr", FR, "anne-dupont", 1, "logique de guerre", _repeating("'logique de guerre'", "Dupont")),
    ("fr", FR_TOLD, "jean-martin", 1, "et je l'ai cru",
     "paragraph 1 gives these words to Anne Dupont, not to Jean Martin: fix the speaker"),
    ("fr", FR, "anne-dupont", 1, "Nous refusons la “logique de paix” qu'on nous propose", NOT_VERBATIM),
    ("de", DE, "klaus-weber", 1, "Wir handeln morgen", _second_hand(1, "'Wir handeln morgen'", "Müller", "Weber")),
    ("de", DE, "zoe-muller", 1, "Weber hat mir gesagt: »Wir handeln heute«", NOT_VERBATIM),
    ("es", ES, "lucia-garcia", 1, "Actuaremos mañana", _repeating("'Actuaremos mañana'", "García")),
    (None, EN, "bo-chan", 1, "We will act", _second_hand(1, "'We will act,'", "Lee", "Chan")),
    (None, EN, "ann-lee", 1, "We will act", _repeating("'We will act,'", "Lee")),
    (None, EN, "ann-lee", 1, "Chan told me, “We will not act,” and I believed him", NOT_VERBATIM),
    (None, EN, "ann-lee", 1, "Chan told me, “We will not act”", NOT_VERBATIM),  # its marks are the inner quotation's
]


def _id(row) -> str:
    return f"{row[0]}-{row[2]}-{row[4][:40]}"


@pytest.mark.parametrize("row", PASS, ids=[_id(r) for r in PASS])
def test_the_outer_speakers_words_across_the_inner_quotation_verify(row):
    language, text, speaker, paragraph, quote = row[:5]
    assert problems(text, quote, speaker, paragraph, language=language, last=row[5] if len(row) > 5 else None) == ""


@pytest.mark.parametrize("row", FAIL, ids=[_id(r) for r in FAIL])
def test_the_inner_words_are_second_hand_and_a_misquote_fails(row):
    language, text, speaker, paragraph, quote, message = row
    assert problems(text, quote, speaker, paragraph, language=language) == message


# (text, the text as compared): inner marks become single ones, nothing else changes.
MARKS = [
    ("« a “b” c »", "\"a 'b' c\""),
    ("« a « b » c »", "\"a 'b' c\""),
    ("« a ‹ b › c »", "\"a 'b' c\""),
    ("„a »b« c“", "\"a 'b' c\""),
    ("»a ›b‹ c«", "\"a 'b' c\""),
    ("“a “b” c”", "\"a 'b' c\""),
    ("“a “b” c “d” e”", "\"a 'b' c 'd' e\""),
    ("“a\n“b “c” d.”", "\"a \"b 'c' d.\""),  # a quotation over paragraphs opens each with a mark
    # no nesting: two quotations, a stray opening mark, British ‘outer “inner”’, German closing with “
    ("« a » et « b »", '"a" et "b"'),
    ("“a,“ Lee said. “b.”", '"a," Lee said. "b."'),
    ("“a,“ Lee said. “b “c” d.”", '"a," Lee said. "b "c" d."'),
    ("‘a “b” c’", "'a \"b\" c'"),
    ("„a“ und „b“", '"a" und "b"'),
]


@pytest.mark.parametrize("text,plain", MARKS)
def test_an_inner_quotation_is_compared_in_single_marks(text, plain):
    assert normalize(text) == plain


def test_only_a_closed_outer_quotation_nests():
    assert inner_quotations("“a “b” c") == []
    assert inner_quotations("“a “b” c”") == [(3, 5)]
