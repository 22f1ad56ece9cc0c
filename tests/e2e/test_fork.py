"""A team forks the repository and replaces the sample with its own work: its content checks and
builds, and the tool's tests still pass (issue 14). They never read briefs/ or sources/, which belong
to the team: tests/conftest.py fails any unit test that opens or lists them, in every run of
the suite (tests/unit/test_content_guard.py proves the guard), so the unit layer is not run a
second time here in the fork (it took 207 s of a 15-minute CI run)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import REPO

SKIP = shutil.ignore_patterns(".git", ".venv", "dist", ".cache", "__pycache__", ".pytest_cache", ".hypothesis",
                              ".mypy_cache", ".ruff_cache", ".import_linter_cache", "*.egg-info")

PEOPLE = """\
people:
  - id: maria-santos
    name: Maria Santos
    role: Director of Water Resources
    affiliation: River Basin Authority
  - id: tom-okafor
    name: Tom Okafor
    role: Hydrologist
    affiliation: Delta University
  - id: lena-berg
    name: Lena Berg
    role: Mayor
    affiliation: City of Riverside
"""

SOURCE = """\
# yaml-language-server: $schema=../briefbuild/schemas/source.schema.json
type: article-newspaper
title: Drought Plan Divides the Basin
container-title: The Valley Times
issued: "2025-03-04"
text: |
  “We will cut withdrawals by a fifth before the summer,” Santos said on Monday.

  Okafor said the aquifer has fallen for nine years in a row. “The wells are a warning we keep ignoring,” he said.

  Berg said the city would publish its meter data every month.
quotes:
  - id: santos-cut
    speaker: maria-santos
    kind: direct
    paragraph: 1
    text: We will cut withdrawals by a fifth before the summer
  - id: okafor-wells
    speaker: tom-okafor
    kind: direct
    paragraph: 2
    text: The wells are a warning we keep ignoring
  - id: berg-meters
    speaker: lena-berg
    kind: paraphrase
    verb: said
    paragraph: 3
    text: the city would publish its meter data every month
"""

BRIEF = """\
# yaml-language-server: $schema=../briefbuild/schemas/brief.schema.json
title: Sharing a Shrinking River
date: "2025-04-01"
organization: Basin Policy Lab
summary: The basin authority plans deep cuts; the science supports them and cities can help.
key-findings:
  - Withdrawals are to fall by a fifth.
sections:
  - title: The plan
    blocks:
      - claim: Santos set the target plainly, {santos-cut}.
      - claim: Okafor, a hydrologist, put it more sharply, {okafor-wells}.
      - claim: In Riverside, {berg-meters}.
"""


@pytest.mark.slow
def test_a_fork_with_its_own_brief_source_and_people_builds_and_keeps_the_tools_tests_green(tmp_path):
    fork = tmp_path / "fork"
    shutil.copytree(REPO, fork, ignore=SKIP, symlinks=True)
    for folder in ("briefs", "sources"):  # the sample content goes, the team's comes
        shutil.rmtree(fork / folder, ignore_errors=True)
        (fork / folder).mkdir()
    (fork / "sources" / "people.yaml").write_text(PEOPLE, "utf-8")
    (fork / "sources" / "valley-times-2025-03-04-drought.yaml").write_text(SOURCE, "utf-8")
    (fork / "briefs" / "shrinking-river.yaml").write_text(BRIEF, "utf-8")
    env = {**os.environ, "PYTHONPATH": str(fork), "PYTHONDONTWRITEBYTECODE": "1"}

    check = subprocess.run([sys.executable, "build.py", "check"], cwd=fork, env=env, capture_output=True,
                           text=True, timeout=300)
    assert check.returncode == 0 and check.stdout.startswith("ok: 1 brief(s), 1 source(s), 3 quote(s)"), \
        check.stdout + check.stderr

    build = subprocess.run([sys.executable, "build.py", "build", "shrinking-river"], cwd=fork, env=env,
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stdout + build.stderr
    assert sorted(p.name for p in (fork / "dist").iterdir() if not p.name.startswith(".")) == \
        ["shrinking-river.html", "shrinking-river.pdf"]

    # The tool's own tests that read the repository's files (README examples, schemas, templates,
    # the workflow) pass in the fork: the ones a fork's content could reach, if any could.
    tests = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                            "tests/unit/test_content_guard.py", "tests/unit/test_readme_examples.py",
                            "tests/unit/test_schema_agrees.py", "tests/unit/test_theme_files.py"],
                           cwd=fork, env=env, capture_output=True, text=True, timeout=600)
    assert tests.returncode == 0, tests.stdout[-3000:] + tests.stderr[-2000:]
    assert " passed" in tests.stdout and " failed" not in tests.stdout
