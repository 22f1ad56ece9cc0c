"""`build.py add FILE`: a saved web page, PDF or text file becomes sources/<id>.yaml and the
stored text beside it, with the fields the file itself shows. It never overwrites a source
(`--update` is update.py) and lists the fields it could not find."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..capture import Captured, CaptureError, capture
from ..chars import ascii_words, escape
from ..errors import BriefError
from ..hashing import digest
from ..inputs.csl import CslType
from ..inputs.models import ID_PATTERN, Source
from ..inputs.scan import id_for
from ..write import write_atomic
from .yamltext import SCHEMA_LINE, scalar

TYPES = CslType.__args__  # type: ignore[attr-defined]
VOICE_OF_TYPE = {"speech": "authored", "interview": "transcript", "broadcast": "transcript"}
DEFAULT_TYPE = {"html": "webpage", "pdf": "report", "text": "document"}
# The order of the fields in a written source, as in the sample.
ORDER = ["type", "title", "title-short", "container-title", "publisher", "issued", "author", "URL", "accessed",
         "voice", "speaker"]
WANTED = ["title", "issued", "author", "container-title", "URL"]  # what an editor should look for if missing
# Works that stand alone: the site or organisation a page names is their publisher, not a
# container (CSL: container-title is the periodical, site or book a part appears in). Chicago
# printed a think tank's report as "In Atlantic Policy Institute".
STANDALONE = frozenset("report book thesis dataset software pamphlet document standard speech".split())


def wanted(ctype: str) -> list[str]:
    """The fields an editor should look for when the file does not show them."""
    return [("publisher" if k == "container-title" and ctype in STANDALONE else k) for k in WANTED]
STOP = {"a", "an", "the", "of", "and", "in", "on", "to", "for", "with", "at", "by", "from", "is", "its"}


@dataclass
class Added:
    """What `add` wrote and what is left for the editor."""

    id: str
    source: Path
    text: Path
    paragraphs: int
    pages: int
    missing: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    kept: Path | None = None
    truncated: str | None = None  # why the stored text is not the whole document


def parse_fields(pairs: list[str]) -> dict[str, object]:
    """`--set KEY=VALUE` pairs; author takes 'Family, Given' names separated by ';'."""
    out: dict[str, object] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key:
            raise BriefError(f"--set {pair!r}: write KEY=VALUE, e.g. --set issued=2024-05-14")
        if key == "author":
            out[key] = [_author(v) for v in value.split(";") if v.strip()]
        else:
            out[key] = value
    return out


def _author(text: str) -> dict[str, str]:
    family, comma, given = (p.strip() for p in text.partition(","))
    return {"family": family, "given": given} if comma and given else {"literal": text.strip()}


def add(root: Path, file: Path, *, source_id: str | None = None, kind: str | None = None, voice: str | None = None,
        fields: dict[str, object] | None = None, keep: bool = False) -> Added:
    """Capture `file` as a new source; raise BriefError (nothing written) if it cannot be read or
    a source of that id exists."""
    captured = capture(file, voice=voice)
    values = {**captured.fields, **(fields or {})}
    ctype = kind or str(values.pop("type", "") or "") or _type_for(captured, voice)
    values.pop("type", None)
    if ctype not in TYPES:
        raise BriefError(f"--type {ctype}: not a CSL type this tool knows; choose one of {', '.join(TYPES)}")
    sid = source_id or suggest_id(values, file)
    if not re.fullmatch(ID_PATTERN, sid):
        suggested = id_for(sid)
        raise BriefError(f"--id {escape(sid)}: an id is lowercase words joined by hyphens, "
                         + (f"write {suggested}" if suggested else "e.g. harbor-times-2024-05-14-nato"))
    folder = root / "sources"
    yaml_path, text_path = folder / f"{sid}.yaml", folder / f"{sid}.txt"
    for path in (yaml_path, text_path):
        if path.exists():
            raise BriefError(f"sources/{path.name} exists: choose another --id, or capture a newer version "
                             f"with: build.py add {file.name} --update {sid}")
    # Where each field the file shows was found, for the editor to check it there (not one given).
    origins = {k: v for k, v in captured.origins.items() if k not in (fields or {})}
    site = captured.fields.get("container-title")
    if ctype in STANDALONE and site and "container-title" not in (fields or {}):
        # The site a standalone work stands on is its publisher, or nothing when the page
        # names the publisher itself (a think tank's 'CSD' beside 'Centre for Strategic Dialogue').
        values.pop("container-title", None)
        where = origins.pop("container-title", None)
        if not values.get("publisher") and where:
            origins["publisher"] = where
        values["publisher"] = values.get("publisher") or site
    voice = voice or str(values.pop("voice", "") or "") or VOICE_OF_TYPE.get(ctype, "reported")
    values.pop("voice", None)
    sha = digest(captured.original)  # the bytes captured, read once within the limit
    text = source_yaml(sid, ctype, voice, values, captured, file.name, sha, origins)
    _check(text, sid)
    folder.mkdir(parents=True, exist_ok=True)
    kept = None
    if keep:
        kept = folder / "originals" / f"{sid}{file.suffix.lower()}"
        if kept.exists():
            raise BriefError(f"sources/originals/{kept.name} exists: remove it or choose another --id")
        kept.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(kept, captured.original)
    write_atomic(text_path, captured.text.encode("utf-8"))
    write_atomic(yaml_path, text.encode("utf-8"))
    from ..checking.pages import split
    paras, page_map = split(captured.text)
    missing = [k for k in wanted(ctype) if not values.get(k)]
    if voice == "authored" and not values.get("speaker"):
        missing.append("speaker")
    return Added(sid, yaml_path, text_path, len(paras), len(page_map.pages) if page_map else 0,
                 missing, captured.notes, kept, captured.truncated)


def _type_for(captured: Captured, voice: str | None) -> str:
    if voice == "transcript":
        return "interview"
    if voice == "authored":
        return "speech"
    return DEFAULT_TYPE[captured.kind]


def suggest_id(values: dict[str, object], file: Path) -> str:
    """publication-date-title words, as the sample's national-defense-2022-12-06-japan-nato."""
    def slug(text: str, words: int) -> list[str]:
        return [w for w in ascii_words(text) if w not in STOP][:words]
    parts = slug(str(values.get("container-title") or values.get("publisher") or ""), 3)
    if values.get("issued"):
        parts.append(str(values["issued"]))
    parts += slug(str(values.get("title") or file.stem), 4)
    sid = "-".join(parts) or "source"
    return re.sub(r"-+", "-", sid).strip("-")


def source_yaml(sid: str, ctype: str, voice: str, values: dict[str, object], captured: Captured,
                file_name: str, sha: str, origins: dict[str, str] | None = None) -> str:
    """The new source file: schema line, fields in the usual order (each the file showed with
    where it was found), what was not found as comments."""
    out = [SCHEMA_LINE.format(name="source"),
           f"# Captured by build.py add from {file_name}: check every field against the source itself."]
    for key in ORDER + sorted(k for k in values if k not in ORDER):
        found = len(out)
        if key == "type":
            out.append(f"type: {ctype}")
        elif key == "voice":
            why = "from the type" if voice == VOICE_OF_TYPE.get(ctype, "reported") else "as given"
            out.append(f"voice: {voice}                 # {why}: {_VOICES[voice]}")
        elif key == "author" and values.get("author"):
            out.append("author:")
            names: list[dict[str, str]] = values["author"]  # type: ignore[assignment]
            for name in names:
                first = True
                for part in ("family", "given", "literal"):
                    if name.get(part):
                        out.append(f"  {'- ' if first else '  '}{part}: {scalar(name[part])}")
                        first = False
        elif key == "speaker" and voice == "authored" and not values.get(key):
            out.append("speaker:                  # not found: the person id whose text this is (sources/people.yaml)")
        elif values.get(key):
            value = str(values[key])
            out.append(f"{key}: {json_date(value) if key in ('issued', 'accessed') else scalar(value)}")
        elif key == "title":
            out.append("title:                    # not found in the file: the title as published")
        elif key == "issued" and values.get("accessed"):
            # optional once accessed dates the source: an empty `issued:` would fail check as "'' is not a date"
            out.append("# issued: not found in the file; give it only if the source shows it (accessed dates it)")
        elif key == "issued":
            out.append("issued:                   # not found in the file: the date it was published, YYYY-MM-DD")
        elif key in wanted(ctype):
            out.append(f"# {key}: not found in the file; give it only if the source shows it")
        where = (origins or {}).get(key)
        if where and values.get(key) and len(out) > found:
            out[found] = f"{out[found]:<25} # from {where}"
    out.append(f"text-file: {sid}.txt")
    if captured.pages:
        out.append(f"pages: {captured.pages}                # the [page N] marks of the stored text: "
                   + ("numbers printed on the pages" if captured.pages == "printed" else "the PDF's own page order"))
    out.append(f"captured-from: {{file: {scalar(file_name)}, sha256: {sha}}}")
    if captured.truncated:  # said where the editor reads the source, not only once on the terminal
        out.append(f"# TRUNCATED: {captured.truncated}: the stored text is not the whole article; capture it whole "
                   "before quoting past its end")
    out.append("")
    out.append(f"# Quotes: find a passage with build.py find \"PHRASE\", then add it with --add {sid} --id QUOTE-ID.")
    return "\n".join(out) + "\n"


_VOICES = {"reported": "only words in the source's quotation marks are a speaker's",
           "transcript": "paragraphs that open with 'Name:' are that person's turn",
           "authored": "the text outside quotation marks is the speaker's own"}


def json_date(value: str) -> str:
    return f'"{value}"' if re.fullmatch(r"[0-9-]+", value) else scalar(value)


def _check(text: str, sid: str) -> None:
    """The written file must parse; a field given on the command line that the model refuses is
    reported now, with its name (a missing title or date is left for the editor to fill)."""
    import yaml
    from pydantic import ValidationError
    data = {k: v for k, v in yaml.safe_load(text).items() if v is not None}
    # What the editor still has to fill stands in for itself here: only given values are judged.
    probe = {"title": "T", "issued": "2000", **({"speaker": "x"} if data.get("voice") == "authored" else {}), **data}
    try:
        Source.model_validate(probe)
    except ValidationError as exc:
        wrong = [e for e in exc.errors() if e["type"] != "missing"]
        if wrong:
            where = ".".join(str(p) for p in wrong[0]["loc"])
            raise BriefError(f"sources/{sid}.yaml would not be valid: {where}: {wrong[0]['msg']}: fix the --set value") from None


__all__ = ["Added", "CaptureError", "add", "parse_fields", "suggest_id"]
