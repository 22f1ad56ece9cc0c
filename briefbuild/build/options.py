"""What a build is asked to do: one definition of every option and its default.

The CLI's options, the engine, watch and serve all read their defaults from here, so
`--pdf-variant`, `--jobs` and `--format` mean the same thing in every command. Light on
purpose: the CLI imports it to declare its options.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

FORMATS = ("pdf", "html", "docx", "site")  # "site": index, feed and sitemap of every brief (build/site.py)
DEFAULT_FORMATS = ("pdf", "html")
PAPERS = ("letter", "a4")
PDF_VARIANTS = ("pdf/ua-1", "pdf/a-3b", "none")
DEFAULT_PDF_VARIANT = PDF_VARIANTS[0]


def default_jobs() -> int:
    """Typesetting workers when --jobs is not given: one per CPU."""
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Options:
    formats: tuple[str, ...] = DEFAULT_FORMATS
    out: Path = Path("dist")
    paper: str | None = None
    pdf_variant: str = DEFAULT_PDF_VARIANT
    strict: bool = False
    force: bool = False
    """Rebuild every selected output even if it is up to date."""
    jobs: int | None = None
    """Typesetting worker processes (default: the number of CPUs)."""
    shard: tuple[int, int] | None = None
    """(k, n): build only the k-th of n stable shares of the briefs (1 ≤ k ≤ n)."""

    @property
    def job_count(self) -> int:
        """The number of typesetting workers to run."""
        return max(1, self.jobs or default_jobs())

    def for_format(self, fmt: str) -> dict:
        """The options that reach an output of this format (part of its key)."""
        return {"paper": self.paper, "variant": self.pdf_variant} if fmt == "pdf" else {}
