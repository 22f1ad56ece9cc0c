"""`Name verb that …`: the clause a paraphrase prints as (rendering/compose.py::paraphrase)."""
from __future__ import annotations

import pytest

from briefbuild.rendering.compose import paraphrase

LOWER = frozenset("the plan is ready a new strategy will open doors space and cyberspace".split())

CASES = [
    ("The plan is ready", ("that ", "the plan is ready")),
    ("A new strategy will open doors", ("that ", "a new strategy will open doors")),
    ("Space and cyberspace matter", ("that ", "space and cyberspace matter")),
    ("Japan wants to deepen ties", ("that ", "Japan wants to deepen ties")),
    ("Tokyo must ensure interoperability", ("that ", "Tokyo must ensure interoperability")),
    ("NATO has grown", ("that ", "NATO has grown")),
    ("I will go", ("that ", "I will go")),
    ("Whether the plan is ready", ("", "whether the plan is ready")),
    ("whether the plan is ready", ("", "whether the plan is ready")),
    ("If the plan is ready", ("", "if the plan is ready")),
    ("How long the talks will last", ("", "how long the talks will last")),
    ("That the plan is ready", ("", "that the plan is ready")),
    ("McDonald's view is shared", ("that ", "McDonald's view is shared")),
    ("Its allies agree", ("that ", "its allies agree")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_paraphrase_reads_right_after_name_and_verb(text, expected):
    assert paraphrase(text, LOWER) == expected
