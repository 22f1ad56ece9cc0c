"""Placeholders `new` writes, left in a brief or source: every one an error at its own
line:column, all in one run, in any field; an author's own angle brackets never.
In-process, through the real loader and validator, on files `new` itself wrote."""
from __future__ import annotations

import re

import pytest
from factory import BRIEF, SOURCE, make_project

from briefbuild.checking.validate import load_project
from briefbuild.commands.new import new, placeholders
from briefbuild.errors import InputError
from briefbuild.inputs.starters import FIND, GENERAL_FIX, PLACEHOLDERS

# The keys `new` writes commented out, for an author to uncomment (the line's own indentation kept).
COMMENTED = re.compile(r"^(\s*)# (?=\s*(- )?(authors|author|family|given|URL|accessed|claim|cite|source|paragraph):|\s*- <)")


def errors_of(root) -> list[str]:
    with pytest.raises(InputError) as caught:
        load_project(root)
    return [str(d) for d in caught.value.diagnostics]


def expected(name: str, text: str) -> list[str]:
    """file:line:column of every placeholder on a line that is not a comment, in order."""
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        value = re.split(r"(?:^|\s)#", line, maxsplit=1)[0]
        out += [f"{name}:{n}:{m.start() + 1}" for m in FIND.finditer(value)]
    return out


@pytest.mark.parametrize("uncomment", [False, True], ids=["as-written", "commented-keys-uncommented"])
def test_every_placeholder_new_writes_is_an_error_at_its_place_all_in_one_run(tmp_path, uncomment):
    root = make_project(tmp_path)
    files = [new(root, "brief", "acting"), new(root, "source", "daily-2024-01-03-council")]
    want = []
    for path in files:
        text = path.read_text("utf-8")
        if uncomment:
            text = "\n".join(COMMENTED.sub(r"\1", line) for line in text.splitlines()) + "\n"
            path.write_text(text, "utf-8")
        want += expected(path.relative_to(root).as_posix(), text)
    lines = errors_of(root)
    # one error per placeholder, nothing else (no "not a date", no "unknown quote '<quote-id>'")
    assert [line.split(": ", 1)[0] for line in lines] == want
    assert all("placeholder from `new` left in: " in line for line in lines), lines
    assert len(want) == (22 if uncomment else 14)


def test_a_placeholder_names_its_key_and_what_to_write():
    assert PLACEHOLDERS["<Title of the brief>"] == "write the brief's title"
    assert all(fix != GENERAL_FIX for fix in PLACEHOLDERS.values()), "each placeholder says what goes there"


BRIEF_TITLE = BRIEF.replace("title: A Brief", "title: <Title of the brief>")


@pytest.mark.parametrize(("files", "want"), [
    # A placeholder that is valid text (a title, a summary) would be published: an error.
    ({"briefs/b1.yaml": BRIEF_TITLE},
     ["briefs/b1.yaml:1:8: title: placeholder from `new` left in: write the brief's title"]),
    ({"briefs/b1.yaml": BRIEF.replace("summary: Short summary.", "summary: >-\n  <One paragraph: what the brief "
                                      "finds and what it recommends.>")},
     ["briefs/b1.yaml:5:3: summary: placeholder from `new` left in: write the summary: one paragraph on what the "
      "brief finds and recommends"]),
    # Inside an author's own text, and twice in one value: each at its column.
    ({"briefs/b1.yaml": BRIEF.replace("Our own words.", "Our own words. <Section title> and <Section title>")},
     ["briefs/b1.yaml:12:30: sections.0.blocks.2.text: placeholder from `new` left in: write the section's title",
      "briefs/b1.yaml:12:50: sections.0.blocks.2.text: placeholder from `new` left in: write the section's title"]),
    # In quotes (YAML) the column is still the placeholder's own.
    ({"sources/s1.yaml": SOURCE.replace('issued: "2024-01-02"', 'issued: "<YYYY-MM-DD>"')},
     ["sources/s1.yaml:4:10: issued: placeholder from `new` left in: write the date as YYYY-MM-DD"]),
    # Other errors still come in the same run.
    ({"briefs/b1.yaml": BRIEF_TITLE.replace("{lee-act}", "{lee-acts}")},
     ["briefs/b1.yaml:1:8: title: placeholder from `new` left in: write the brief's title",
      "briefs/b1.yaml:10:9: sections.0.blocks.0.claim: unknown quote 'lee-acts' (did you mean 'lee-act'?)"
      ": use the id of a quote in a source's quotes (sources/), or add the quote there"]),
    # The paste placeholder left above the pasted text shifts every paragraph: an error there too.
    ({"sources/s1.yaml": SOURCE.replace("text: |\n", "text: |\n  <Paste the source's text here: paragraphs "
                                        "separated by blank lines.>\n\n")},
     ["sources/s1.yaml:6:3: text: placeholder from `new` left in: paste the source's text, paragraphs separated "
      "by blank lines"]),
])
def test_a_placeholder_left_among_filled_fields(tmp_path, files, want):
    lines = errors_of(make_project(tmp_path, files))
    assert [line for line in lines if "placeholder" in line or "unknown quote" in line] == want


LEGIT = """\
type: article-newspaper
title: <i>Nature</i> and the <b>Plan</b>
container-title: The <i>Daily</i>
issued: "2024-01-02"
text: |
  “We will act on the plan,” Lee said. The page used <b> and <type> tags, and <number> and <quote-id> fields.

  Lee also said the plan is ready, and Chan agreed.

  “Set <type> to <number> in the <source-id> form,” Lee said.
quotes:
  - id: lee-act
    speaker: ann-lee
    kind: direct
    text: We will act on the plan
    paragraph: 1
  - id: lee-ready
    speaker: ann-lee
    kind: paraphrase
    text: the plan is ready
    paragraph: 2
  - id: lee-form
    speaker: ann-lee
    kind: direct
    text: Set <type> to <number> in the <source-id> form
    paragraph: 3
"""


def test_angle_brackets_of_the_source_itself_or_csl_markup_are_not_placeholders(tmp_path):
    brief = BRIEF.replace("In short, {lee-ready}.", "In short, {lee-ready}; Lee also said {lee-form}.")
    project = load_project(make_project(tmp_path, {"sources/s1.yaml": LEGIT, "briefs/b1.yaml": brief}))
    assert "lee-form" in project.quotes


def test_new_s_placeholders_are_the_ones_the_check_knows():
    assert placeholders("title: <Title of the brief>  # <i>x</i> <b>") == ["<Title of the brief>"]
    assert "<…>" not in PLACEHOLDERS and len(PLACEHOLDERS) == 25  # 20 of a brief and a source, 5 of people.yaml
