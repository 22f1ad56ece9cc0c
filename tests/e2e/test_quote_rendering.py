"""Closing punctuation and paraphrase phrasing as printed (HTML build through the real CLI)."""
from __future__ import annotations

from conftest import cli
from factory import brief, make_project

SOURCE = """\
type: article-newspaper
title: A Story
container-title: The Daily
issued: "2024-01-02"
text: |
  “Why should we wait?” Lee asked. “We will act on the plan.”

  Lee asked whether the plan is ready, and said Japan is ready.
quotes:
  - id: lee-why
    speaker: ann-lee
    kind: direct
    text: Why should we wait?
    paragraph: 1
  - id: lee-act
    speaker: ann-lee
    kind: direct
    text: We will act on the plan.
    paragraph: 1
  - id: lee-whether
    speaker: ann-lee
    kind: paraphrase
    verb: asked
    text: Whether the plan is ready
    paragraph: 2
  - id: lee-ready
    speaker: ann-lee
    kind: paraphrase
    text: The plan is ready
    paragraph: 2
  - id: lee-japan
    speaker: ann-lee
    kind: paraphrase
    text: Japan is ready
    paragraph: 2
"""

BRIEF = brief("""\
      - claim: Lee asked {lee-why}.
      - claim: Lee said {lee-act} and left.
      - claim: In short, {lee-whether}.
      - claim: In short, {lee-ready}.
      - claim: In short, {lee-japan}.
""")


def test_closing_punctuation_is_never_doubled_and_paraphrases_read_right(tmp_path):
    root = make_project(tmp_path, {"sources/s1.yaml": SOURCE, "briefs/b1.yaml": BRIEF})
    run = cli(root, "build", "--format", "html")
    assert run.returncode == 0, run.stderr
    html = (root / "dist" / "b1.html").read_text("utf-8")
    assert '<span class="quote" data-quote="lee-why">“Why should we wait?”</span><a class="fn-call"' in html
    assert "?." not in html and "?”." not in html
    assert '<span class="quote" data-quote="lee-act">“We will act on the plan”</span><a class="fn-call"' in html
    assert '<span class="paraphrase" data-quote="lee-whether">Lee asked whether the plan is ready</span>' in html
    assert '<span class="paraphrase" data-quote="lee-ready">Lee said that the plan is ready</span>' in html
    assert '<span class="paraphrase" data-quote="lee-japan">Lee said that Japan is ready</span>' in html


MULTI = """\
type: article-newspaper
title: A Story
container-title: The Daily
issued: "2024-01-02"
text: |
  “We will act on the plan this year, and we will not wait for the others.

  “The plan is ready,” Lee said.
quotes:
  - id: lee-act
    speaker: ann-lee
    kind: direct
    text: we will not wait for the others. … The plan is ready
    paragraph: 1
    last-paragraph: 2
"""


def test_a_quotation_over_two_paragraphs_is_verified_and_cited_with_both(tmp_path):
    root = make_project(tmp_path, {"sources/s1.yaml": MULTI, "briefs/b1.yaml": brief("      - claim: Lee said {lee-act}.\n")})
    run = cli(root, "build", "--format", "html")
    assert run.returncode == 0, run.stderr
    html = (root / "dist" / "b1.html").read_text("utf-8")
    assert "“we will not wait for the others. … The plan is ready.”" in html
    note = html[html.index('id="fn-1"'):]
    assert "1–2" in note[:600], note[:600]
