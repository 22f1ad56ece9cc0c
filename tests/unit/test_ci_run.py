""".ci/run as a team's CI runs it: the tool's tests, then its content checked and built, as steps
of their own (issue 14)."""
from __future__ import annotations

import re

from conftest import REPO

CI_RUN = REPO / ".ci" / "run"


def commands() -> list[str]:
    return [line.split("#")[0].strip() for line in CI_RUN.read_text("utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def test_ci_run_is_strict_and_says_it_is_ci():
    lines = commands()
    assert "set -euo pipefail" in lines and "export CI=true" in lines
    assert lines.index("set -euo pipefail") < lines.index("export CI=true") < lines.index("make test")


def test_ci_run_tests_the_tool_then_checks_and_builds_the_content_in_steps_of_their_own():
    lines = commands()
    order = ["make test", "make lint", ".venv/bin/python build.py check", "make dist"]
    assert [line for line in lines if line in order] == order


def test_make_test_runs_on_two_workers_and_names_an_empty_collection():
    makefile = (REPO / "Makefile").read_text("utf-8")
    recipe = re.search(r"^test: .*\n\t(.+)$", makefile, re.M).group(1)
    assert "pytest -n 2" in recipe and "$$code -ne 5" in recipe
    assert re.search(r"^test-fast: .*\n\t.*pytest tests/unit", makefile, re.M)
