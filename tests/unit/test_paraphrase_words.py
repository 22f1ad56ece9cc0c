"""A paraphrase's own words against its paragraphs (paraphrased.py, verify.py, crosscheck.py).

Words a paraphrase sets in quotation marks print as the speaker's own: each is verified as a direct quote
of the same speaker in the paraphrase's paragraphs, so `the plan was “dead”` fails where the source has
`dead` only in the reporter's sentence, and passes where the speaker says it. A number the paragraphs give
neither in figures nor in words is a warning (`2025` for `May`), not `12` for `twelve` nor `1,200` for `1200`.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from factory import brief, make_project
from quotecheck import problems

from briefbuild.checking import paraphrased
from briefbuild.checking.validate import load_project

NEWS = ("Lee said the plan was dead and that talks would resume in May, after twelve rounds and 1,200 hours.\n\n"
        "“The plan is dead,” Lee said. Chan said the plan was “alive and well.”")
MARKS = ("the paraphrase puts '{w}' in quotation marks, which print as Lee's own words, but {why}; quote only the "
         "speaker's words, or drop the marks")
REPORTER = ("the text of paragraph {k} is the reporter's wording, not in the source's quotation marks: it is not "
            "Lee’s own words; make it kind: paraphrase")

# (paragraph, paraphrase text, message or "")
ROWS = [
    (1, "the plan was dead", ""),
    (2, "the plan was “dead”", ""),
    (2, "the plan was \"dead\"", ""),
    (2, "le plan était « dead »", ""),
    (1, "the plan was “dead”", MARKS.format(w="dead", why="not verbatim in the source: fix the quote or mark changes "
                                                          "with [brackets] and …")),
    (2, "the plan was “alive and well”", MARKS.format(w="alive and well", why="paragraph 2 gives these words to Bo Chan, "
                                                                             "not to Ann Lee: fix the speaker")),
    (2, "the plan was “finished”", MARKS.format(w="finished", why="not verbatim in the source: fix the quote or mark "
                                                                  "changes with [brackets] and …")),
]


@pytest.mark.parametrize("para,text,message", ROWS, ids=[r[1] + str(r[0]) for r in ROWS])
def test_words_a_paraphrase_puts_in_quotation_marks_are_the_speakers(para, text, message):
    assert problems(NEWS, text, "ann-lee", para, kind="paraphrase").split(" | ")[0] == message


NUMBERS = [
    ("talks would resume after 12 rounds", []),
    ("talks would resume after 1200 hours", []),
    ("talks would resume after twelve rounds", []),
    ("talks would resume in 2025", ["2025"]),
    ("talks would resume after 13 rounds and 1,300 hours", ["13", "1,300"]),
    ("talks would resume in May", []),
]


SPELLED = [
    ("after 45 days", "after forty-five days", []),  # compound English words, as the bracket rules read them
    ("after 450 days", "after four hundred and fifty days", []),
    ("après 12 tours", "après douze tours", []),
    ("nach 12 Runden", "nach zwölf Runden", []),
    ("tras 12 rondas", "tras doce rondas", []),
    ("after 46 days", "after forty-five days", ["46"]),
]


@pytest.mark.parametrize("text,passage,missing", SPELLED, ids=[t for t, _, _ in SPELLED])
def test_numbers_spelled_out_in_the_source_count(text, passage, missing):
    assert paraphrased.unfounded_numbers(text, passage) == missing


@pytest.mark.parametrize("text,missing", NUMBERS, ids=[t for t, _ in NUMBERS])
def test_a_paraphrases_numbers_are_found_in_its_paragraphs(text, missing):
    assert paraphrased.unfounded_numbers(text, NEWS.split("\n\n")[0]) == missing


SOURCE = """\
type: article-newspaper
title: Story
container-title: The Daily
issued: "2024-01-02"
text: |
  Lee said that talks would resume in May, after twelve rounds.
quotes:
  - {id: p-ok, speaker: ann-lee, kind: paraphrase, text: talks would resume after 12 rounds, paragraph: 1}
  - {id: p-year, speaker: ann-lee, kind: paraphrase, text: talks would resume in 2025, paragraph: 1}
"""


def test_a_number_the_source_does_not_give_is_a_warning_at_the_paraphrase(tmp_path: Path):
    root = make_project(tmp_path, {"sources/s.yaml": SOURCE,
                                   "briefs/b1.yaml": brief("      - claim: 'In short, {p-ok}, and {p-year}.'\n")})
    warnings = [str(w) for w in load_project(root, include=()).warnings if "sources/s.yaml" in str(w)]
    assert warnings == [
        "sources/s.yaml:9:54: warning: quotes.1.text: paraphrase 'p-year': the paraphrase gives 2025, which paragraph 1 "
        "of the source does not, in figures or in words: check it against the source (a paraphrase gives only what "
        "the speaker said)"]


def test_a_figure_of_thousands_of_digits_is_read_without_a_traceback():
    """Python refuses int() of a string over 4,300 digits: a paragraph holding one is text (this raised ValueError)."""
    long = "9" * 5000
    assert paraphrased.unfounded_numbers("after 12 rounds", f"after {long} rounds and twelve more") == []
