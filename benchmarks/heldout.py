"""What the held-out benchmarks share (realtext.py: quotes in real sources; realclaims.py: real
analysts' sentences): the real `check`, run in a fresh process as a user runs it, and how a test
loads a benchmark script."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]


def errors(root: Path) -> list[dict]:
    """`check --format json` on a project: its errors (warnings left out), as JSON diagnostics."""
    run = subprocess.run([sys.executable, "-m", "briefbuild", "--root", str(root), "check", "--format", "json"],
                         capture_output=True, text=True, cwd=REPO)
    if run.returncode not in (0, 1):
        raise SystemExit(f"check failed to run ({run.returncode}):\n{run.stderr}{run.stdout}")
    return [d for d in json.loads(run.stdout)["diagnostics"] if d.get("severity") != "warning"]


def load(name: str) -> ModuleType:
    """benchmarks/<name>.py as a module (for the tests that hold its figures)."""
    if str(REPO / "benchmarks") not in sys.path:
        sys.path.insert(0, str(REPO / "benchmarks"))
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module
