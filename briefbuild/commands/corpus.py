"""The project's sources as the editing commands (show, find, add --update) read them: each
source with its stored text, numbered as validation numbers it. A source that does not load
is reported and skipped, so one broken file does not stop a search. With `warnings`, a source
whose only errors lie in its bibliographic fields (a capture with no title yet) loads as check's
stand-in for it, and those errors become warnings: its text is read before the fields are filled."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..checking import pages, parsing, standins
from ..errors import Diagnostic
from ..inputs.load import YamlDoc, read_text
from ..inputs.models import PeopleFile, Person, Source

PEOPLE_FILE = "people.yaml"


@dataclass
class Stored:
    """One source with its stored text."""

    id: str
    path: Path
    doc: YamlDoc
    source: Source
    text: str
    paragraphs: list[str]
    pages: pages.PageMap | None


def people(root: Path, diags: list[Diagnostic]) -> dict[str, Person]:
    path = root / "sources" / PEOPLE_FILE
    if not path.is_file():
        return {}
    _, model = parsing.load_and_parse(PeopleFile, path, f"sources/{PEOPLE_FILE}", diags)
    return {p.id: p for p in model.people} if model else {}


def source_files(root: Path) -> list[Path]:
    folder = root / "sources"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.yaml") if p.is_file() and p.name != PEOPLE_FILE)


def load(root: Path, sid: str, diags: list[Diagnostic], warnings: list[Diagnostic] | None = None) -> Stored | None:
    """One source and its stored text; None (with diagnostics) when it does not load."""
    path = root / "sources" / f"{sid}.yaml"
    if not path.is_file():
        return None
    mine: list[Diagnostic] = []
    doc, source = parsing.load_and_parse(Source, path, f"sources/{sid}.yaml", mine)
    if source is None and warnings is not None and doc is not None:
        source = standins.stand_in(doc.data)
        if source is not None:
            warnings += [replace(d, severity="warning") for d in mine]
            mine = []
    diags += mine
    if source is None:
        return None
    text = source.text
    if source.text_file:
        text = read_sidecar(root, doc, path.parent / source.text_file, diags)
    if text is None:
        return None
    paras, page_map = pages.split(text)
    return Stored(sid, path, doc, source, text, paras, page_map)


def read_sidecar(root: Path, doc: YamlDoc, path: Path, diags: list[Diagnostic]) -> str | None:
    """A text file beside a source, only when its real path lies inside sources/."""
    folder = (root / "sources").resolve()
    try:
        real = path.resolve()
    except (OSError, RuntimeError):
        real = None
    if real is None or not real.is_relative_to(folder) or not real.is_file():
        diags.append(doc.diag(("text-file",), f"text file '{path.name}' is missing or leads outside sources/"))
        return None
    text, errs = read_text(real, f"sources/{path.name}")
    diags += errs
    return text


def load_all(root: Path, diags: list[Diagnostic], warnings: list[Diagnostic] | None = None) -> list[Stored]:
    found = []
    for path in source_files(root):
        stored = load(root, path.stem, diags, warnings)
        if stored:
            found.append(stored)
    return found


def briefs_using(root: Path, quote_ids: set[str]) -> dict[str, list[str]]:
    """For each quote id, the briefs that place or cite it, as 'brief b1 at briefs/b1.yaml:12:9'."""
    from ..inputs.models import Brief
    from ..inputs.project import evidence_of
    uses: dict[str, list[str]] = {q: [] for q in quote_ids}
    folder = root / "briefs"
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        doc, brief = parsing.load_and_parse(Brief, path, f"briefs/{path.name}", [])
        if brief is None:
            continue
        spots: dict[str, list[tuple[int, int]]] = {}
        for si, bi, kind, ref in evidence_of(brief):
            if kind == "quote" and ref in uses:
                spots.setdefault(ref, []).append(doc.where(("sections", si, "blocks", bi)))
        for i, ref in enumerate(brief.pull_quotes):
            if ref in uses:
                spots.setdefault(ref, []).append(doc.where(("pull-quotes", i)))
        for ref, where in spots.items():
            places = ", ".join(f"{line}:{col}" for line, col in sorted(set(where)))
            uses[ref].append(f"brief '{path.stem}' at briefs/{path.name}:{places}")
    return uses
