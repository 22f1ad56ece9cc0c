"""The held-out real claims (benchmarks/realclaims/): the real `check` refuses no careful sentence,
passes no careless one and no sentence that names no one, beyond what the benchmark lists as known.
And a paraphrase a sentence attributes after it prints its clause alone."""
from __future__ import annotations

import re

import pytest
from factory import BRIEF, make_project
from heldout import load

from briefbuild.checking.validate import load_project
from briefbuild.rendering.compose import compose
from briefbuild.rendering.render import render_html


def _benchmark():
    return load("realclaims")


def test_the_real_claims_have_no_new_false_alarm_and_no_miss():
    bench = _benchmark()
    results = bench.evaluate()
    assert len(results) >= 40 and sum(len(e.get("careless", [])) for e in bench.entries()) >= 30
    assert bench.unexpected(results) == []


def test_a_paraphrase_attributed_after_it_prints_its_clause_alone(tmp_path):
    brief = BRIEF.split("sections:\n")[0] + "sections:\n  - title: One\n    blocks:\n      - claim: '{lee-ready}, Lee said.'\n"
    root = make_project(tmp_path, {"briefs/b1.yaml": brief})
    project = load_project(root)
    text = re.sub(r"<[^>]+>", "", render_html(compose(project, "b1"), root / "templates", "screen", project=project))
    assert "The plan is ready" in text and "said that the plan is ready" not in text


def test_a_paraphrase_attributed_after_it_in_the_briefs_language_prints_its_clause_alone(tmp_path):
    brief = ('language: fr\n' + BRIEF.split("sections:\n")[0]
             + "sections:\n  - title: Un\n    blocks:\n      - claim: '{lee-ready}, a déclaré Lee.'\n")
    root = make_project(tmp_path, {"briefs/b1.yaml": brief})
    project = load_project(root)
    text = re.sub(r"<[^>]+>", "", render_html(compose(project, "b1"), root / "templates", "screen", project=project))
    assert "The plan is ready" in text and "selon" not in text.lower() and "Lee a déclaré" not in text


@pytest.mark.parametrize("claim", [
    "{lee-ready}, and {lee-act}.",  # another placement after the comma: no attribution of the first
    "{lee-ready}, but Chan said it was late.",  # the verb is the next clause's
    "{lee-ready}, and Chan agreed.",
])
def test_a_paraphrase_followed_by_another_clause_keeps_its_own_attribution(tmp_path, claim):
    # The sample's `{kishida-deepen}, and {kishida-open-doors}.` printed Kishida's paraphrase with no
    # attribution at all: the next placement's verb was read as its own.
    brief = BRIEF.split("sections:\n")[0] + f"sections:\n  - title: One\n    blocks:\n      - claim: '{claim}'\n"
    root = make_project(tmp_path, {"briefs/b1.yaml": brief})
    project = load_project(root)
    text = re.sub(r"<[^>]+>", "", render_html(compose(project, "b1"), root / "templates", "screen", project=project))
    assert "said that the plan is ready" in text, text
