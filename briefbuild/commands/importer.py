"""Import references from a reference manager: CSL-JSON (Zotero's export), BibTeX/BibLaTeX
and RIS (read through pandoc), one `sources/<id>.yaml` per item.

Only what the file says is written; nothing is invented. An imported source has no stored
text yet: the analyst adds `text:` or `text-file:` (check says so until then).
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from ..errors import ToolError
from ..inputs.csl import Bibliographic, from_csl_json
from ..inputs.models import ID_PATTERN
from ..tools import run_tool

PANDOC_FORMATS = {".bib": "biblatex", ".bibtex": "bibtex", ".biblatex": "biblatex", ".ris": "ris"}
SCHEMA_LINE = "# yaml-language-server: $schema=../briefbuild/schemas/source.schema.json\n"
STOP_WORDS = {"a", "an", "the", "of", "on", "in", "and", "for", "to", "le", "la", "les", "der", "die", "das"}


@dataclass
class Report:
    written: list[Path] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # ids whose file exists (no --force/--update)
    refused: list[str] = field(default_factory=list)  # items that could not be mapped, with why
    dropped: list[str] = field(default_factory=list)  # fields a source has no place for, per item


def read_items(path: Path) -> list[dict]:
    """The CSL-JSON items of a reference file (pandoc converts BibTeX, BibLaTeX and RIS)."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        text = path.read_text("utf-8")
    elif suffix in PANDOC_FORMATS:
        from ..rendering.cite import pandoc_path
        run = run_tool([pandoc_path(), "-f", PANDOC_FORMATS[suffix], "-t", "csljson", str(path)], "pandoc",
                       text=True, encoding="utf-8")
        if run.returncode != 0:
            raise ToolError(f"{path.name}: pandoc could not read it: {run.stderr.strip()[:500]}")
        text = run.stdout
    else:
        raise ToolError(f"{path.name}: unknown kind of file: give .json (CSL-JSON), .bib, .bibtex, .biblatex or .ris")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ToolError(f"{path.name}:{exc.lineno}:{exc.colno}: not JSON ({exc.msg})") from None
    items = data.get("items", [data]) if isinstance(data, dict) else data
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ToolError(f"{path.name}: expected a list of CSL-JSON items")
    return items


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def citation_key(item: dict) -> str:
    """The id of an imported source: the reference manager's own key when it makes an id
    (Better BibTeX, Zotero, an export of ours), else author-year-first word of the title."""
    own = _slug(str(item.get("id", "")))
    if own and re.fullmatch(ID_PATTERN, own) and not own.isdigit() and not re.fullmatch(r"item-?\d+", own):
        return own
    names = item.get("author") or item.get("editor") or []
    who = (names[0].get("family") or names[0].get("literal") or "") if names else ""
    year = str(((item.get("issued") or {}).get("date-parts") or [[""]])[0][0]) if isinstance(item.get("issued"), dict) else ""
    words = [w for w in _slug(str(item.get("title", ""))).split("-") if w and w not in STOP_WORDS]
    parts = [_slug(who).split("-")[0] if who else "", year or "nd", words[0] if words else ""]
    return "-".join(p for p in parts if p) or "source"


def source_yaml(fields: dict, origin: str, keep: dict | None = None) -> str:
    head = SCHEMA_LINE + f"# Imported from {origin}.\n"
    if not keep:
        head += "# Add the stored text (text: or text-file:) before a brief cites it.\n"
    body = yaml.safe_dump({**fields, **(keep or {})}, sort_keys=False, allow_unicode=True, width=100)
    return head + body


def _fields(item: dict) -> tuple[dict, list[str]]:
    """The source fields of one item and what had no place; ValueError when it cannot be a source."""
    fields, unmapped = from_csl_json(item)
    if not fields.get("type"):
        raise ValueError("the file gives no item type (pandoc gives none for @misc and some RIS types): "
                         "set the type in the reference manager and export again")
    try:
        model = Bibliographic.model_validate(fields)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'item'}: {e['msg'].removeprefix('Value error, ')}"
                             for e in exc.errors())
        raise ValueError(problems) from None
    return model.model_dump(by_alias=True, exclude_none=True), unmapped  # in the model's order


def import_file(root: Path, path: Path, force: bool = False, update: bool = False) -> Report:
    """Write sources/<id>.yaml for every item of the file; an existing source is replaced only
    with force, or with update (which keeps its stored text, quotes, voice and speaker)."""
    from ..write import write_atomic
    report = Report()
    folder = root / "sources"
    seen: set[str] = set()
    for n, item in enumerate(read_items(path), 1):
        label = f"item {n} ({item.get('id', 'no id')})"
        try:
            fields, unmapped = _fields(item)
        except ValueError as exc:
            report.refused.append(f"{label}: {exc}")
            continue
        key = base = citation_key(item)
        k = 1
        while key in seen:
            k += 1
            key = f"{base}-{k}"
        seen.add(key)
        if unmapped:
            report.dropped.append(f"{key}: {', '.join(sorted(unmapped))} (no such field in a source)")
        target = folder / f"{key}.yaml"
        keep = None
        if target.exists():
            if update:
                old = yaml.load(target.read_text("utf-8"), Loader=yaml.BaseLoader) or {}  # every scalar stays text
                keep = {k2: v for k2, v in old.items() if k2 not in BIBLIOGRAPHIC_KEYS}
            elif not force:
                report.kept.append(key)
                continue
        write_atomic(target, source_yaml(fields, path.name, keep).encode("utf-8"))
        report.written.append(target)
    return report


BIBLIOGRAPHIC_KEYS = frozenset(f.alias or n for n, f in Bibliographic.model_fields.items())
