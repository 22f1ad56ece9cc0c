"""A direct quote that is part of its sentence begins in lower case (Chicago 13.19).

`Chan warned that “nobody should expect …”` and `called it “a turning point”`, though the speaker
began a sentence there; `Chan said, “Nobody …”`, `put it: “Nobody …”`, a quote opening the claim
and one set straight after a verb of saying keep the capital, and a proper noun keeps it always.
The verifier forgives the first letter's case either way (tests/unit/attribution_cases.py); this
is the printed form (rendering/compose.py), in-process, through the real composer and template.
"""
from __future__ import annotations

import re

import pytest
from factory import brief, make_project

from briefbuild.checking.validate import load_project
from briefbuild.rendering.compose import compose, runs_in
from briefbuild.rendering.render import render_html

SOURCE = """\
type: article-newspaper
title: Port Talks
container-title: The Daily
issued: "2024-01-03"
text: |
  “Nobody should expect a signature next week,” Chan said. “Japan will wait. NATO will wait. I will wait.”

  “We are closer than ever,” Lee said. “The ports are ready, and nobody doubts it.”
quotes:
  - {id: chan-nobody, speaker: bo-chan, kind: direct, text: Nobody should expect a signature next week, paragraph: 1}
  - {id: chan-japan, speaker: bo-chan, kind: direct, text: Japan will wait, paragraph: 1}
  - {id: chan-nato, speaker: bo-chan, kind: direct, text: NATO will wait, paragraph: 1}
  - {id: chan-i, speaker: bo-chan, kind: direct, text: I will wait, paragraph: 1}
  - {id: lee-closer, speaker: ann-lee, kind: direct, text: We are closer than ever, paragraph: 2}
  - {id: lee-ports, speaker: ann-lee, kind: direct, text: The ports are ready, paragraph: 2}
"""

# (claim, the quote as printed)
CASES = [
    # part of the sentence: lower case
    ("Chan warned that {chan-nobody}.", "nobody should expect a signature next week"),
    ("Lee insisted that {lee-closer}.", "we are closer than ever"),
    ("Lee said the allies were {lee-closer}.", "we are closer than ever"),
    ("Lee called the situation {lee-ports}.", "the ports are ready"),
    ("Lee was asked whether {lee-ports}.", "the ports are ready"),
    ("Chan said, in effect, that {chan-nobody}.", "nobody should expect a signature next week"),
    # a proper noun, an acronym and `I` keep their capital wherever the quote stands
    ("Chan warned that {chan-japan}.", "Japan will wait"),
    ("Chan warned that {chan-nato}.", "NATO will wait"),
    ("Chan warned that {chan-i}.", "I will wait"),
    # introduced by punctuation, opening the claim, or straight after a verb of saying: capital kept
    ("Chan said, {chan-nobody}.", "Nobody should expect a signature next week"),
    ("Chan put it plainly: {chan-nobody}.", "Nobody should expect a signature next week"),
    ("{chan-nobody}, Chan said.", "Nobody should expect a signature next week"),
    ("Chan said {chan-nobody}.", "Nobody should expect a signature next week"),
    ("Chan told reporters {chan-nobody}.", "Nobody should expect a signature next week"),
    ("Lee was blunt. {lee-ports}, she said.", "The ports are ready"),
    ("Lee was blunt — {lee-ports}, she said.", "The ports are ready"),
]


@pytest.mark.parametrize("claim,printed", CASES, ids=[c for c, _ in CASES])
def test_a_quote_begins_in_the_case_its_sentence_gives_it(tmp_path, claim, printed):
    root = make_project(tmp_path, {"sources/s2.yaml": SOURCE, "briefs/b1.yaml": brief(f"      - claim: '{claim}'\n")})
    project = load_project(root)
    html = render_html(compose(project, "b1"), root / "templates", "screen")
    quoted = re.findall(r'<span class="quote" data-quote="[^"]+">“(.*?)”</span>', html)
    assert [re.sub(r"<[^>]+>", "", q).rstrip(".,") for q in quoted] == [printed]


RUN_IN = [  # (the claim's prose before the quote, whether the quote is part of its sentence)
    ("Chan warned that ", True),
    ("the allies were ", True),
    ("Lee called it ", True),
    ("Lee asked whether ", True),
    ("Lee described the plan as ", True),
    ("Lee said ", False),
    ("Lee told reporters ", False),
    ("Lee said, ", False),
    ("Lee said: ", False),
    ("", False),
    ("Lee left. ", False),
    ("Lee was blunt — ", False),
    ("(", False),
]


@pytest.mark.parametrize("before,expected", RUN_IN)
def test_a_quote_is_part_of_its_sentence_when_no_punctuation_or_verb_sets_it_off(before, expected):
    assert runs_in(before) is expected
