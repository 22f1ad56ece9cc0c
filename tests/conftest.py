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
from ci_skips import pytest_make_collect_report, pytest_runtest_makereport  # noqa: F401 (the CI hooks)

REPO = Path(__file__).resolve().parents[1]
TESTS = REPO / "tests"
# The tests' own copy of the sample project: the repository's briefs/ and sources/ belong
# to the team that uses it, and the tool's tests never read them.
SAMPLE = TESTS / "fixtures" / "sample"


# The unit layer never touches the checkout's briefs/ or sources/: they are the team's content.
# An audit hook (PEP 578) sees every file a unit test opens and every folder it lists, and fails
# the test that reaches into them, so a team's own briefs can never turn the tool's tests red (the
# fork issue). It is on only while a test of tests/unit runs: an e2e test in the same worker may
# copy the whole checkout, as a fork does. A bare name (no folder) is left alone: a walk that opens
# entries relative to a folder's descriptor (shutil.rmtree) names them so, relative to no folder we know.
CONTENT = tuple(str(REPO / name) for name in ("briefs", "sources"))
_GUARD_ON = [False]
_GUARDED_EVENTS = {"open", "os.listdir", "os.scandir"}


class ContentRead(AssertionError):
    """A unit test reached into the checkout's own content."""


def _audit(event: str, args: tuple) -> None:
    if not _GUARD_ON[0] or event not in _GUARDED_EVENTS or not args:
        return
    path = args[0]
    if isinstance(path, int) or path is None:
        return  # a file descriptor, or the current folder's listing by no name
    try:
        name = os.fsdecode(path)
    except (TypeError, ValueError):
        return
    if not os.path.isabs(name) and os.sep not in name:
        return
    full = os.path.abspath(name)
    if full in CONTENT or full.startswith(tuple(c + os.sep for c in CONTENT)):
        _GUARD_ON[0] = False  # the failure's own report may read files
        raise ContentRead(f"a unit test read the checkout's own content ({full}): use a fixture of the tests' own "
                          "(tests/fixtures, tests/factory.py); briefs/ and sources/ are the team's")


sys.addaudithook(_audit)


@pytest.fixture(autouse=True)
def content_untouched(request):
    """The guard above, on for the tests of tests/unit."""
    _GUARD_ON[0] = (TESTS / "unit") in Path(request.node.path).parents
    try:
        yield
    finally:
        _GUARD_ON[0] = False
SAMPLE_BRIEF = "japan-nato"
SAMPLE_SOURCE = "national-defense-2022-12-06-japan-nato"


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


def checkout_state() -> tuple[str, list[tuple[str, int]]]:
    """What a test run must leave as it was: git's view of the checkout and every file in .cache/."""
    try:
        git = subprocess.run(["git", "--no-optional-locks", "status", "--porcelain", "--untracked-files=all"], cwd=REPO,
                             capture_output=True, text=True, timeout=60)
        status = git.stdout if git.returncode == 0 else ""
    except OSError:  # no git (a copy of the repository): .cache/ is still compared
        status = ""
    cache = REPO / ".cache"
    files = sorted((p.relative_to(REPO).as_posix(), p.stat().st_mtime_ns)
                   for p in cache.rglob("*") if p.is_file()) if cache.is_dir() else []
    return status, files


@pytest.fixture(scope="session", autouse=True)
def checkout_untouched():
    """Nothing writes into the checkout during a test run (tests use tmp_path), so the suite
    runs in parallel and leaves a team's repository as it found it."""
    before = checkout_state()
    yield
    after = checkout_state()
    assert after[0] == before[0], f"the tests changed the checkout (git status):\n{after[0]}"
    assert after[1] == before[1], "the tests wrote into .cache/ of the checkout: " + \
        ", ".join(sorted({f for f, _ in after[1]} ^ {f for f, _ in before[1]}) or ["(files rewritten)"])


def pytest_collection_modifyitems(items):
    """Every test under tests/e2e is marked e2e (`-m e2e`, `-m "not e2e"`). Modules holding a
    `slow` test run first: under xdist a three-minute test started last is the run's tail."""
    for item in items:
        if (TESTS / "e2e") in Path(item.path).parents:
            item.add_marker(pytest.mark.e2e)
    slow = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow)  # stable: order within a module is kept


@pytest.fixture(scope="module")
def browser():
    """One Chromium for each module's browser tests, one at a time (two Playwright instances at
    once in one process fail). Not for the whole session: Playwright's asyncio threads live as
    long as it does, and a process with threads never forks, so a later test of the check split
    between two processes (parallel.py) in the same worker could not run."""
    from briefbuild.commands.look import CHROMIUM_ARGS
    from briefbuild.tools import find_chromium
    chromium_path = find_chromium()  # the lookup look and doctor use
    if chromium_path is None:
        pytest.skip("no Chromium on PATH (apt-get install chromium); browser tests need a real browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(chromium_path), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()
