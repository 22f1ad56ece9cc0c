"""A quote's paragraphs as a range (`paragraph: 2-3`): verified over those paragraphs exactly as
`paragraph: 2` with `last-paragraph: 3` is (every word of the quote in them), cited as `paras. 2–3`,
and moved whole by `update`."""
from __future__ import annotations

from datetime import date

import pytest
from factory import brief, make_project

from briefbuild.checking.validate import load_project
from briefbuild.commands.update import update
from briefbuild.errors import InputError

TEXT = ("The council met.\n\n“We will act on the plan,” Lee said. “The plan is ready.\n\n"
        "“And we are ready too.”\n")
BRIEF = brief("""\
      - claim: Lee said {lee-ready2}.
""", title="Two")


def source(paragraph: str, text: str = "The plan is ready. And we are ready too.") -> str:
    return ("type: article-newspaper\ntitle: T\ncontainer-title: The Daily\nissued: \"2024-01-03\"\n"
            "text-file: s2.txt\nquotes:\n"
            f"  - id: lee-ready2\n    speaker: ann-lee\n    kind: direct\n    paragraph: {paragraph}\n"
            f"    text: \"{text}\"\n")


def project(tmp_path, paragraph: str, text: str = "The plan is ready. And we are ready too."):
    return make_project(tmp_path, {"sources/s2.yaml": source(paragraph, text), "sources/s2.txt": TEXT,
                                   "briefs/b2.yaml": BRIEF})


def messages(root) -> list[str]:
    try:
        load_project(root)
    except InputError as exc:
        return [str(d) for d in exc.diagnostics if "s2.yaml" in str(d)]
    return []


def test_a_range_is_verified_like_paragraph_and_last_paragraph(tmp_path):
    root = project(tmp_path, "2-3")
    assert messages(root) == []
    quote = load_project(root).quotes["lee-ready2"]
    assert (quote.paragraph, quote.last_paragraph, quote.locator) == (2, 3, "2–3")


CASES = [  # (paragraph, quote text, message): the same verdicts as paragraph + last-paragraph
    ("2-3", "The plan is ready. And we are ready now.", "not verbatim"),
    ("1-2", "The plan is ready. And we are ready too.", "the quote runs from paragraph 2 to 3: set paragraph: 2 "
                                                         "and last-paragraph: 3"),
    ("3-4", "And we are ready too.", "paragraph 4 does not exist: the stored text has 3"),
    ("3-2", "And we are ready too.", "sources/s2.yaml:10:5: quotes.0.paragraph: the range '3-2' runs backwards: "
                                     "write 2-3"),
    ("2, 3", "And we are ready too.", "quotes.0.paragraph: '2, 3' is not one place: a quote stands in one "
                                      "paragraph or a range, e.g. 6 or 6-7"),
]


@pytest.mark.parametrize("paragraph,text,expected", CASES)
def test_a_range_fails_where_the_quote_is_not(tmp_path, paragraph, text, expected):
    found = messages(project(tmp_path, f'"{paragraph}"', text))
    assert any(expected in m for m in found), found


def test_update_moves_a_range_as_a_range(tmp_path):
    root = project(tmp_path / "p", "2-3")
    v2 = tmp_path / "v2.txt"
    v2.write_text("Correction: an earlier version misstated the date.\n\n" + TEXT, "utf-8")
    done = update(root, v2, "s2", today=date(2024, 1, 5))
    assert done.moves == ["quote 'lee-ready2' moved: paragraph 2 -> paragraph 3"]
    after = (root / "sources" / "s2.yaml").read_text("utf-8")
    assert "    paragraph: 3-4\n" in after and "last-paragraph" not in after
    quote = load_project(root).quotes["lee-ready2"]
    assert (quote.paragraph, quote.last_paragraph) == (3, 4)
