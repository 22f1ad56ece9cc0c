"""Where the external programs are: one lookup used by `look`, `doctor` and the tests.

Chromium is found on PATH (Debian calls it `chromium`, Ubuntu `chromium-browser`), or
where BRIEFBUILD_CHROMIUM points; install hints name this interpreter's own pip, so a
command copied from a message installs into the environment that runs briefbuild.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from .errors import ToolError

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_ENV = "BRIEFBUILD_CHROMIUM"


def find_chromium(path: str | None = None) -> Path | None:
    """The Chromium to drive: $BRIEFBUILD_CHROMIUM if set, else the first of CHROMIUM_NAMES on
    `path` (default $PATH); None when there is none."""
    chosen = os.environ.get(CHROMIUM_ENV)
    if chosen:
        found = shutil.which(chosen, path=path)
        return Path(found) if found else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name, path=path)
        if found:
            return Path(found)
    return None


def pip_install(*args: str) -> str:
    """The command that installs `args` into the environment running briefbuild."""
    pip = Path(sys.executable).parent / "pip"
    words = [f"'{a}'" if any(c in a for c in "[]<>=*") else a for a in args]
    return " ".join([str(pip) if pip.exists() else f"{sys.executable} -m pip", "install", *words])


def run_tool(cmd: list[str], what: str, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    """Run an external program; a missing one or one that does not finish in time is a
    ToolError that says so (never a traceback). The caller judges the exit status."""
    try:
        return subprocess.run(cmd, capture_output=True, timeout=timeout, **kwargs)
    except subprocess.TimeoutExpired:
        raise ToolError(f"{what} did not finish within {timeout:g} s: try again, or run "
                        "`python build.py doctor`") from None
    except OSError as exc:
        raise ToolError(f"cannot run {what}: {exc.strerror or exc}: run `python build.py doctor`") from None
