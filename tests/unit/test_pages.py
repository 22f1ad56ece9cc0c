"""page: locators are verified against the [page N] marks of a stored text (checking/pages.py)."""
from __future__ import annotations

import pytest
from factory import brief, make_project

from briefbuild.checking.pages import split
from briefbuild.checking.validate import load_project
from briefbuild.checking.verify import paragraphs
from briefbuild.errors import InputError

TEXT = """\
[page ii, PDF page 2]

Contents of the report.

[page 1, PDF page 3]

“We act now,” Lee said on the first page.

Lee also said the plan is ready, and Chan agreed. The plan runs
[page 2, PDF page 4]
over two pages, Lee said, and “the second half is here.”

[page 3, PDF page 5]

“The end is near,” Lee said.
"""

SOURCE = """\
type: report
title: A Report
issued: "2024-01-02"
text-file: s1.txt
pages: printed
quotes:
  - id: lee-act
    speaker: ann-lee
    kind: direct
    text: We act now
    paragraph: 2
    page: "{act}"
  - id: lee-second
    speaker: ann-lee
    kind: direct
    text: the second half is here
    paragraph: 3
    page: "{second}"
  - id: lee-ready
    speaker: ann-lee
    kind: paraphrase
    text: the plan is ready
    paragraph: 3
    page: "{ready}"
"""

BRIEF = brief("""\
      - claim: Lee said {{lee-act}} and {{lee-second}}; {{lee-ready}}.
      - claim: The report says so.
        cite:
          - source: s1
            page: "{cited}"
""")


def _errors(tmp_path, act="1", second="2", ready="1", cited="2", text=TEXT) -> list[str]:
    root = make_project(tmp_path, {"sources/s1.yaml": SOURCE.format(act=act, second=second, ready=ready),
                                   "sources/s1.txt": text, "briefs/b1.yaml": BRIEF.format(cited=cited)})
    try:
        load_project(root)
    except InputError as exc:
        return [f"{d.key}: {d.message}" for d in exc.diagnostics if d.severity == "error"]
    return []


def test_marks_are_not_paragraphs_and_page_breaks_are_kept():
    paras, pages = split(TEXT)
    assert len(paras) == 4
    assert [paras[0], paras[1], paras[3]] == ["Contents of the report.", "“We act now,” Lee said on the first page.",
                                              "“The end is near,” Lee said."]
    assert paras[2].split() == ("Lee also said the plan is ready, and Chan agreed. The plan runs over two pages, "
                                "Lee said, and “the second half is here.”").split()
    assert [str(p) for p in pages.pages_of(2)] == ["page 1 (PDF page 3)", "page 2 (PDF page 4)"]
    assert str(pages.page_at(0)) == "page ii (PDF page 2)"


def test_a_text_without_marks_is_numbered_as_before():
    text = "One.\n\n***\n\nTwo [page 3] inside.\n"
    assert split(text) == (paragraphs(text), None)


def test_every_locator_where_the_words_stand_passes(tmp_path):
    assert _errors(tmp_path) == []


@pytest.mark.parametrize("field, value, message", [
    ("act", "2", "quotes.0.page: quote 'lee-act': the quote stands on page 1 (PDF page 3), not page 2: set page: 1"),
    ("second", "1", "quotes.1.page: quote 'lee-second': the quote stands on page 2 (PDF page 4), not page 1: set page: 2"),
    ("ready", "3", "quotes.2.page: quote 'lee-ready': the quote stands on pages 1–2, not page 3: set page: 1-2"),
    ("act", "9", "quotes.0.page: quote 'lee-act': page 9 is not a page of the stored text (its pages are ii–3): fix the page"),
    ("cited", "7", ("sections.0.blocks.1.cite.0.page: source 's1': page 7 is not a page of the stored text "
                    "(its pages are ii–3): fix the page")),
])
def test_a_wrong_page_names_the_page_where_the_quote_stands(tmp_path, field, value, message):
    assert _errors(tmp_path, **{field: value}) == [message]


def test_a_paraphrase_may_cite_either_page_of_its_paragraph_and_a_range_covers_both(tmp_path):
    assert _errors(tmp_path, ready="2") == []
    assert _errors(tmp_path, ready="1-2", second="1-2") == []


def test_a_page_on_a_text_without_marks_is_an_error_not_a_silent_pass(tmp_path):
    plain = "\n".join(line for line in TEXT.splitlines() if not line.startswith("[page")) + "\n"
    errors = _errors(tmp_path, text=plain)
    assert errors[0] == ("quotes.0.page: quote 'lee-act': page 1: the stored text has no page marks, so the page "
                         "cannot be checked: cite the paragraph only, or capture the PDF with build.py add")


def test_paragraphs_keep_the_stored_texts_own_line_numbers():
    paras, _ = split(TEXT)
    assert [getattr(p, "line", None) for p in paras] == [3, 7, 9, 15]
