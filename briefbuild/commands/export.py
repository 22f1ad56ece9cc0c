"""Export the sources a brief cites (or all) as CSL-JSON and BibTeX, for Zotero and friends."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from ..rendering.cite import csl_item, pandoc_path
from ..errors import ToolError
from ..inputs.project import Project, sources_used

EXPORT_FORMATS = {"csl-json": "json", "bibtex": "bib"}


def items_for(project: Project, brief_id: str | None) -> list[dict]:
    ids = sorted(sources_used(project, project.briefs[brief_id])) if brief_id else sorted(project.sources)
    return [csl_item(project, sid) for sid in ids]


def csl_json(items: list[dict]) -> str:
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def bibtex(items: list[dict]) -> str:
    """BibTeX through pandoc's converter rather than hand-assembled strings."""
    run = subprocess.run([pandoc_path(), "-f", "csljson", "-t", "bibtex"], input=csl_json(items),
                         capture_output=True, text=True, encoding="utf-8", timeout=120)
    if run.returncode != 0:
        raise ToolError(f"pandoc could not write BibTeX: {run.stderr.strip()[:500]}")
    return run.stdout


def export(project: Project, brief_id: str | None, formats: tuple[str, ...], out: Path) -> list[Path]:
    from ..write import write_atomic
    items = items_for(project, brief_id)
    stem = brief_id or "sources"
    written = []
    for fmt in formats:
        text = csl_json(items) if fmt == "csl-json" else bibtex(items)
        path = out / f"{stem}.{EXPORT_FORMATS[fmt]}"
        write_atomic(path, text.encode("utf-8"))
        written.append(path)
    return written
