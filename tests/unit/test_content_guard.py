"""The guard of tests/conftest.py: a unit test that opens or lists the checkout's briefs/ or
sources/ fails (the team's content), while the tests' own fixtures and the templates are read freely."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("reach", [
    lambda: open(REPO / "briefs" / "any.yaml", "rb"),
    lambda: open(REPO / "sources" / "people.yaml", encoding="utf-8"),
    lambda: os.listdir(REPO / "briefs"),
    lambda: list(os.scandir(REPO / "sources")),
    lambda: list((REPO / "briefs").glob("*.yaml")),
    lambda: (REPO / "sources" / "x.txt").read_text("utf-8"),
])
def test_reaching_into_the_teams_content_fails(reach):
    with pytest.raises(AssertionError, match="a unit test read the checkout's own content"):
        reach()


def test_the_tests_own_files_and_the_templates_are_read():
    assert os.listdir(REPO / "templates")
    assert (REPO / "tests" / "factory.py").read_text("utf-8")
    assert open(REPO / "pyproject.toml", "rb").read(1)
    with pytest.raises(FileNotFoundError):  # a name that only starts like briefs/ is no content
        open(REPO / "briefs-of-another-kind" / "x.yaml", "rb")
