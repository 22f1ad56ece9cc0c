""".ci/run as a team's CI runs it: the tool's tests, then its content checked and built, as steps
of their own (issue 14)."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
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



def test_make_dist_on_a_fresh_debian_installs_python3_venv_before_making_the_venv():
    # Debian's python3 has no ensurepip without python3-venv: `python3 -m venv` failed on a fresh machine.
    makefile = (REPO / "Makefile").read_text("utf-8")
    assert "python3-venv" in re.search(r"^APT_RUNTIME := (.+)$", makefile, re.M).group(1).split()
    assert re.search(r"^\$\(VENV\)/bin/python: .*\bsystem-deps\b", makefile, re.M)

# The hooks that make a skip fail in CI (tests/ci_skips.py, loaded by tests/conftest.py), run by
# a real pytest on a module of each shape: (module, CI, pytest's exit status, its summary).
SKIPS = [
    ("a module skipped as it is collected", "import pytest\npytest.importorskip('no_such_module_x')\n\n"
     "def test_x():\n    pass\n", "true", 2, "1 error"),
    ("the same outside CI", "import pytest\npytest.importorskip('no_such_module_x')\n\n"
     "def test_x():\n    pass\n", "", 5, "1 skipped"),  # 5: no test collected
    ("a module skipping itself", "import pytest\npytest.skip('not here', allow_module_level=True)\n", "true", 2,
     "1 error"),
    ("a test skipped as it runs", "import pytest\n\ndef test_x():\n    pytest.skip('no tool')\n", "true", 1,
     "1 failed"),
    ("a test skipped by its mark", "import pytest\n\n@pytest.mark.skipif(True, reason='no tool')\n"
     "def test_x():\n    pass\n", "true", 1, "1 error"),  # at setup
    ("an expected failure stays one", "import pytest\n\n@pytest.mark.xfail(reason='known')\n"
     "def test_x():\n    assert False\n", "true", 0, "1 xfailed"),
    ("a test that passes", "def test_x():\n    pass\n", "true", 0, "1 passed"),
]


@pytest.mark.parametrize("module, ci, status, summary", [c[1:] for c in SKIPS], ids=[c[0] for c in SKIPS])
def test_in_ci_a_skip_of_any_kind_fails(tmp_path, module, ci, status, summary):
    (tmp_path / "pytest.ini").write_text("[pytest]\n", "utf-8")  # no configuration found above tmp_path
    (tmp_path / "test_m.py").write_text(module, "utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"} | ({"CI": ci} if ci else {})
    env["PYTHONPATH"] = str(REPO / "tests")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "ci_skips", "-p", "no:cacheprovider",
                          "-c", str(tmp_path / "pytest.ini"), str(tmp_path / "test_m.py")],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == status, run.stdout + run.stderr
    assert summary in run.stdout.splitlines()[-1], run.stdout
    assert ("skipped in CI, which must run every test" in run.stdout) == (ci == "true" and status != 0)
