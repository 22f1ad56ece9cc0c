"""Shared fixtures: a copy of the sample project, one real build of it, and the real CLI."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE_BRIEF = "japan-nato"
SAMPLE_SOURCE = "national-defense-2022-12-06-japan-nato"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def copy_project(dest: Path) -> Path:
    for name in ("briefs", "sources", "templates", "schemas"):
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, dest / name)
    shutil.copy(REPO / "pyproject.toml", dest / "pyproject.toml")
    return dest


@pytest.fixture
def project(tmp_path) -> Path:
    """A private copy of the sample project that a test may edit."""
    return copy_project(tmp_path / "project")


def cli(root: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real command line, as a user would."""
    return subprocess.run([sys.executable, "-m", "briefbuild", "--root", str(root), *args],
                          capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=300)


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
