"""Stage 5, cite: notes and bibliography formatted by a real CSL processor (pandoc's citeproc).

All briefs of a build go to one pandoc process (a Lua script runs citeproc once per
brief), so the process start-up is paid once, not per brief.
"""
from __future__ import annotations

import importlib.util
import json
import re
import subprocess
from functools import lru_cache
from importlib import resources
from pathlib import Path

from markupsafe import Markup

from .compose import Cite, Document
from ..errors import ToolError
from ..styles import citation_format, style_path
from ..inputs.project import Project

LOCATOR_TERMS = {"paragraph": "para.", "page": "p."}


@lru_cache(maxsize=1)
def pandoc_path() -> str:
    try:
        import pypandoc
        return pypandoc.get_pandoc_path()
    except (ImportError, OSError) as exc:
        raise ToolError(f"pandoc not found ({exc}): pip install pypandoc-binary") from None


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


def note_markdown(cites: tuple[Cite, ...], prefix: str = "") -> str:
    # Ids and locators are validated patterns, so this markdown cannot be injected into.
    return "[" + "; ".join(f"@{{{prefix}{c.source}}}, {LOCATOR_TERMS[c.label]} {c.locator}" for c in cites) + "]"


# Briefs that share a style share one citeproc run (parsing a CSL style costs ~30 ms; a note ~1 ms).
# Each brief gets its own copy of every reference (id "k/source"), so "first", "subsequent" and
# "ibid." never reach across briefs, and an invisible mark in every printed field, so copies
# never look alike and the style never "disambiguates" one brief's source against another's.
_MARKS = "\u2061\u2062\u2063"
_MARKED_FIELDS = ("title", "title-short", "container-title", "publisher")


def _mark(k: int) -> str:
    digits = ""
    k += 1
    while k:
        k, r = divmod(k, 3)
        digits += _MARKS[r]
    return "\u2064" + digits


def unmark(text: str) -> str:
    return re.sub("[\u2061-\u2064]", "", text)


def _marked_item(item: dict, k: int) -> dict:
    mark = _mark(k)
    item = dict(item, id=f"{k}/{item['id']}")
    for field in _MARKED_FIELDS:
        if field in item:
            item[field] = item[field] + mark
    if "author" in item:
        item["author"] = [{**a, **({"family": a["family"] + mark} if "family" in a else {}),
                           **({"literal": a["literal"] + mark} if "literal" in a else {})} for a in item["author"]]
    return item


def group_request(project: Project, docs: list[Document]) -> dict:
    """One citeproc run for briefs that share a style."""
    references, notes = [], []
    for k, doc in enumerate(docs):
        references += [_marked_item(csl_item(project, sid), k) for sid in doc.source_ids]
        notes += [note_markdown(note.cites, f"{k}/") for note in doc.notes]
    return {"csl": str(style_path(docs[0].style)), "references": references, "notes": notes}


def request_for(project: Project, doc: Document) -> dict:
    """One citeproc run for one brief, unmarked: the reference the batched runs are tested against."""
    return {"csl": str(style_path(doc.style)), "references": [csl_item(project, sid) for sid in doc.source_ids],
            "notes": [note_markdown(note.cites) for note in doc.notes]}


def run_citeproc(groups: list[dict]) -> list[dict]:
    payload = json.dumps({"groups": groups})
    script = resources.files("briefbuild") / "lua" / "citeproc.lua"
    with resources.as_file(script) as path:
        try:
            run = subprocess.run([pandoc_path(), "lua", str(path)], input=payload, capture_output=True,
                                 text=True, encoding="utf-8", timeout=600)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ToolError(f"cannot run pandoc: {exc}") from None
    if run.returncode != 0:
        raise ToolError(f"pandoc citeproc failed: {run.stderr.strip()[:2000]}")
    return json.loads(run.stdout)


def cite(project: Project, docs: list[Document], batch: bool = True) -> None:
    """Fill every document's notes and bibliography in place."""
    if not docs:
        return
    if not batch:
        results = run_citeproc([request_for(project, d) for d in docs])
        for doc, result in zip(docs, results, strict=True):
            _fill(doc, result["notes"], [e["html"] for e in result["bibliography"]])
        return
    by_style: dict[str, list[Document]] = {}
    for doc in docs:
        # Numeric styles number sources in order of first citation: one run per brief for them.
        key = doc.style if citation_format(doc.style) != "numeric" else f"{doc.style}\0{doc.id}"
        by_style.setdefault(key, []).append(doc)
    groups = list(by_style.values())
    results = run_citeproc([group_request(project, g) for g in groups])
    for group, result in zip(groups, results, strict=True):
        notes = iter(result["notes"])
        for k, doc in enumerate(group):
            mine = [next(notes) for _ in doc.notes]
            entries = [e["html"] for e in result["bibliography"] if e["id"].startswith(f"{k}/")]
            _fill(doc, mine, entries)


def _fill(doc: Document, notes: list[str], bibliography: list[str]) -> None:
    for note, html in zip(doc.notes, notes, strict=True):
        note.html = Markup(unmark(html))
    doc.bibliography = [Markup(unmark(entry)) for entry in bibliography]
