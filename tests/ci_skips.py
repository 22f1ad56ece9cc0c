"""In CI nothing may be skipped silently: a skip is a failure (tests/conftest.py loads these hooks).

A test skipped as it runs (pytest.skip, skipif) and a module skipped as it is collected
(pytest.importorskip, pytest.skip(allow_module_level=True)) alike: the second is reported by
collection, not by any test, so it needs a hook of its own. An expected failure (xfail) stays one.
"""
from __future__ import annotations

import os

import pytest

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which must run every test: {report.longrepr}"


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped:
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which must run every test: a whole module, {report.longrepr}"
