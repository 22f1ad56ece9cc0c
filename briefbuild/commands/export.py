"""Export the sources a brief cites (or all) as CSL-JSON, BibTeX and BibLaTeX, for Zotero and friends."""
from __future__ import annotations

import json
from pathlib import Path

from ..inputs.csl import export_item
from ..inputs.project import Project, sources_used
from ..rendering.cite import csl_item
from . import bibtex as tex

EXPORT_FORMATS = {"csl-json": "json", "bibtex": "bib", "biblatex": "biblatex.bib"}


def items_for(project: Project, brief_id: str | None) -> list[dict]:
    ids = sorted(sources_used(project, project.briefs[brief_id])) if brief_id else sorted(project.sources)
    return [csl_item(project, sid) for sid in ids]


def csl_json(items: list[dict]) -> str:
    """CSL-JSON as the published CSL data schema describes it (tests validate it against the schema)."""
    return json.dumps([export_item(i) for i in items], indent=2, ensure_ascii=False) + "\n"


def text_of(fmt: str, items: list[dict]) -> str:
    if fmt == "csl-json":
        return csl_json(items)
    return tex.write(items, biblatex=fmt == "biblatex")


def export(project: Project, brief_id: str | None, formats: tuple[str, ...], out: Path) -> list[Path]:
    from ..write import write_atomic
    items = items_for(project, brief_id)
    stem = brief_id or "sources"
    written = []
    for fmt in formats:
        path = out / f"{stem}.{EXPORT_FORMATS[fmt]}"
        write_atomic(path, text_of(fmt, items).encode("utf-8"))
        written.append(path)
    return written
