#!/usr/bin/env python3
"""Build the policy briefs: `python build.py --help`."""
from pathlib import Path

from briefbuild.cli import run

if __name__ == "__main__":
    run(Path(__file__).resolve().parent)
