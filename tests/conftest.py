"""Shared fixtures: a copy of the sample project, one real build of it, and the real CLI."""
from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TESTS = REPO / "tests"
# The tests' own copy of the sample project: the repository's briefs/ and sources/ belong
# to the team that uses it, and the tool's tests never read them.
SAMPLE = TESTS / "fixtures" / "sample"
SAMPLE_BRIEF = "japan-nato"
SAMPLE_SOURCE = "national-defense-2022-12-06-japan-nato"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def copy_project(dest: Path) -> Path:
    """The sample project (the tests' fixture) with the tool's default templates."""
    for name in ("briefs", "sources"):
        shutil.copytree(SAMPLE / name, dest / name)
    shutil.copytree(REPO / "templates", dest / "templates")
    shutil.copy(SAMPLE / "pyproject.toml", dest / "pyproject.toml")
    return dest


@functools.lru_cache(maxsize=1)
def shared_sample() -> Path:
    """A copy of the sample project for modules that load it at import time (read only)."""
    return copy_project(Path(tempfile.mkdtemp(prefix="sample-")) / "project")


@pytest.fixture
def project(tmp_path) -> Path:
    """A private copy of the sample project that a test may edit."""
    return copy_project(tmp_path / "project")


def cli(root: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real command line, as a user would."""
    return subprocess.run([sys.executable, "-m", "briefbuild", "--root", str(root), *args],
                          capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=300)


@pytest.fixture(scope="session")
def sample_root(tmp_path_factory) -> Path:
    """A copy of the sample project shared by the tests that only read it."""
    return copy_project(tmp_path_factory.mktemp("sample-read"))


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory) -> Path:
    """The sample project built once (PDF and HTML) into a private folder."""
    root = copy_project(tmp_path_factory.mktemp("sample"))
    run = cli(root, "build")
    assert run.returncode == 0, run.stderr
    return root / "dist"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI nothing may be skipped silently: a skip is a failure."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which must run every test: {report.longrepr}"
