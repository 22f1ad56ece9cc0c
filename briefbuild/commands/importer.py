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
from typing import get_args

import yaml
from pydantic import ValidationError

from ..errors import ToolError
from ..files import Refused, read_regular
from ..inputs.csl import DATE_FIELDS, NAME_FIELDS, Bibliographic, CslType, date_from_csl, from_csl_json
from ..inputs.models import ID_PATTERN
from ..patterns import lazy
from ..tools import run_tool
from . import refman

FORMAT_NAMES = {"biblatex": "BibLaTeX", "bibtex": "BibTeX", "ris": "RIS"}
PANDOC_FORMATS = {".bib": "biblatex", ".bibtex": "bibtex", ".biblatex": "biblatex", ".ris": "ris"}
SCHEMA_LINE = "# yaml-language-server: $schema=../briefbuild/schemas/source.schema.json\n"
STOP_WORDS = {"a", "an", "the", "of", "on", "in", "and", "for", "to", "le", "la", "les", "der", "die", "das"}


@dataclass
class Report:
    written: list[Path] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # ids whose file exists (no --force/--update)
    refused: list[str] = field(default_factory=list)  # items that could not be mapped, with why
    dropped: list[str] = field(default_factory=list)  # fields a source has no place for, per item
    notes: list[str] = field(default_factory=list)  # how an item was read where the file was unclear


GENERIC = "the file names no CSL type (@misc, or a generic RIS type): read as document; set type: if it is a " \
          "report, a web page or another kind"


MAX_IMPORT = 50_000_000  # a reference library of tens of thousands of items


def read_items(path: Path) -> list[dict]:
    """The CSL-JSON items of a reference file (pandoc converts BibTeX, BibLaTeX and RIS; a RIS
    file's dates, access dates, ids and web types are read from the file itself, refman.from_ris).
    The file is read once, as data: a regular file within MAX_IMPORT, in UTF-8."""
    suffix = path.suffix.lower()
    if suffix != ".json" and suffix not in PANDOC_FORMATS:
        raise ToolError(f"{path.name}: unknown kind of file: give .json (CSL-JSON), .bib, .bibtex, .biblatex or .ris")
    try:
        raw = read_regular(path, MAX_IMPORT)
    except Refused as exc:
        raise ToolError(f"{path.name}: {exc}") from None
    try:
        source = raw.decode("utf-8-sig")  # an export saved on Windows may start with a BOM
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise ToolError(f"{path.name}:{line}: not UTF-8 (byte 0x{raw[exc.start]:02x}): export the file "
                        "again as UTF-8 (Zotero and JabRef offer it)") from None
    if suffix == ".json":
        text = source
    else:
        text = _through_pandoc(path, source, PANDOC_FORMATS[suffix])
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ToolError(f"{path.name}:{exc.lineno}:{exc.colno}: not JSON ({exc.msg})") from None
    items = data.get("items", [data]) if isinstance(data, dict) else data
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ToolError(f"{path.name}: expected a list of CSL-JSON items")
    if not items:
        raise ToolError(f"{path.name}: no references found in it: is it an export of your library "
                        "(CSL-JSON, BibTeX/BibLaTeX or RIS)?")
    if suffix == ".ris":
        records = refman.ris_records(source)
        if len(records) == len(items):
            items = [refman.from_ris(i, r) for i, r in zip(items, records)]
    return items


_PANDOC_AT = lazy(r'Error at (?:"[^"]*" )?\(line (\d+), column (\d+)\):\s*(.*)', re.S)


def _through_pandoc(path: Path, source: str, fmt: str) -> str:
    from ..rendering.cite import pandoc_path
    run = run_tool([pandoc_path(), "-f", fmt, "-t", "csljson"], "pandoc", input=source, text=True, encoding="utf-8")
    if run.returncode == 0:
        return run.stdout
    message = run.stderr.strip()
    if m := _PANDOC_AT.search(message):  # pandoc's parse error, positioned: say it as file:line:col
        what = " ".join(m.group(3).replace("^", "").split())
        raise ToolError(f"{path.name}:{m.group(1)}:{m.group(2)}: pandoc cannot read this as {FORMAT_NAMES[fmt]} "
                        f"({what[:200]}): fix the entry there, or export the library again")
    raise ToolError(f"{path.name}: pandoc could not read it: {' '.join(message.split())[:500]}")


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def citation_key(item: dict) -> str:
    """The id of an imported source: the reference manager's own key when it makes an id
    (Better BibTeX, Zotero, an export of ours), else author-year-first word of the title."""
    given = str(item.get("citation-key") or item.get("id") or "")
    # Zotero's CSL-JSON ids are item URIs (http://zotero.org/users/…/items/ABC): not a key
    own = "" if re.match(r"[a-z][a-z0-9+.-]*:", given, re.I) else _slug(given)
    if own and re.fullmatch(ID_PATTERN, own) and not own.isdigit() and not re.fullmatch(r"item-?\d+", own):
        return own
    names = item.get("author") or item.get("editor") or []
    who = (names[0].get("family") or names[0].get("literal") or "") if names else ""
    year = (date_from_csl(item.get("issued") or {}) or "")[:4]
    words = [w for w in _slug(str(item.get("title", ""))).split("-") if w and w not in STOP_WORDS]
    parts = [_slug(who).split("-")[0] if who else "", year or "nd", words[0] if words else ""]
    return "-".join(p for p in parts if p) or "source"


def source_yaml(fields: dict, origin: str, keep: dict | None = None) -> str:
    head = SCHEMA_LINE + f"# Imported from {origin}.\n"
    if not keep:
        head += "# Add the stored text (text: or text-file:) before a brief cites it.\n"
    body = yaml.safe_dump({**fields, **(keep or {})}, sort_keys=False, allow_unicode=True, width=100)
    return head + body


DATE_KEYS = {f.replace("_", "-") for f in DATE_FIELDS}
NAME_KEYS = {f.replace("_", "-") for f in NAME_FIELDS}


def _shown(value) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _fields(item: dict, via_pandoc: bool) -> tuple[dict, list[str], list[str]]:
    """(the source fields of one item, keys that had no place, notes on how it was read);
    ValueError when it cannot be a source. A field whose value fails its check is left out
    and said so; the item is refused only when its type, title or date rule fails."""
    fields, unmapped = from_csl_json(refman.tidy(item))
    notes = [f"{k}: cannot read {_shown(item.get(k))} as {'a date' if k in DATE_KEYS else 'names' if k in NAME_KEYS else 'text'}"
             " (left out)" for k in unmapped if k in BIBLIOGRAPHIC_KEYS]
    unmapped = [k for k in unmapped if k not in BIBLIOGRAPHIC_KEYS and k != "citation-key"]
    if not fields.get("type") or (via_pandoc and fields["type"] not in CSL_TYPES):
        if not via_pandoc:
            raise ValueError("the file gives no item type: set the type in the reference manager and export again")
        fields = {"type": "document", **fields}
        notes.append(f"type: {GENERIC}")
    if "ISBN" in fields and len(refman.isbns(fields["ISBN"])) > 1:  # Zotero keeps all of a book's ISBNs
        fields["ISBN"] = next((i for i in refman.isbns(fields["ISBN"]) if _valid("ISBN", i)), fields["ISBN"])
    while True:
        try:
            model = Bibliographic.model_validate(fields)
            break
        except ValidationError as exc:
            errors = exc.errors()
            keys = {str(e["loc"][0]) for e in errors if e["loc"]}
            if any(not e["loc"] for e in errors) or keys & {"type", "title"} or not keys <= set(fields):
                raise ValueError("; ".join(_problem(e) for e in errors)) from None
            notes += [f"{_problem(e)} (left out)" for e in errors]
            fields = {k: v for k, v in fields.items() if k not in keys}
    return model.model_dump(by_alias=True, exclude_none=True), unmapped, notes  # in the model's order


def _problem(error) -> str:
    return f"{'.'.join(map(str, error['loc'])) or 'item'}: {error['msg'].removeprefix('Value error, ')}"


def _valid(key: str, value: str) -> bool:
    try:
        Bibliographic.model_validate({"type": "book", "title": "t", "issued": "2000", key: value})
    except ValidationError:
        return False
    return True


def import_file(root: Path, path: Path, force: bool = False, update: bool = False) -> Report:
    """Write sources/<id>.yaml for every item of the file; an existing source is replaced only
    with force, or with update (which keeps its stored text, quotes, voice and speaker)."""
    from ..write import write_atomic
    report = Report()
    folder = root / "sources"
    seen: set[str] = set()
    via_pandoc = path.suffix.lower() in PANDOC_FORMATS
    for n, item in enumerate(read_items(path), 1):
        label = f"item {n} ({item.get('id', 'no id')})"
        try:
            fields, unmapped, notes = _fields(item, via_pandoc)
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
        report.notes += [f"{key}: {note}" for note in notes]
        target = folder / f"{key}.yaml"
        keep = None
        if target.exists():
            if update:
                keep = _kept_fields(target)
                if keep is None:
                    report.refused.append(f"{label}: sources/{key}.yaml is not a mapping of fields that can be "
                                          "read: fix it (`python build.py check` shows where), or replace it with --force")
                    continue
            elif not force:
                report.kept.append(key)
                continue
        write_atomic(target, source_yaml(fields, path.name, keep).encode("utf-8"))
        report.written.append(target)
    return report


def _kept_fields(target: Path) -> dict | None:
    """What --update keeps of an existing source (all but its bibliographic fields); None when
    the file cannot be read as a mapping."""
    try:
        old = yaml.load(read_regular(target).decode("utf-8"), Loader=yaml.BaseLoader) or {}  # scalars stay text
    except (Refused, UnicodeDecodeError, yaml.YAMLError):
        return None
    if not isinstance(old, dict):
        return None
    return {k: v for k, v in old.items() if k not in BIBLIOGRAPHIC_KEYS}


CSL_TYPES = frozenset(get_args(CslType))
BIBLIOGRAPHIC_KEYS = frozenset(f.alias or n for n, f in Bibliographic.model_fields.items())
