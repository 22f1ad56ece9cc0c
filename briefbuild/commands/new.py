"""`build.py new brief ID` / `new source ID` / `new people`: a commented starting file with the
schema line. Every <…> is a placeholder (inputs/starters.py); `check` reports each one left, and
once each is filled, the file passes. A project needs sources/people.yaml before its first check,
so `new` writes its starter too when there is none."""
from __future__ import annotations

import re
from pathlib import Path

from ..chars import escape
from ..errors import BriefError
from ..inputs.models import ID_PATTERN
from ..inputs.scan import id_for
from ..inputs.starters import BRIEF, FIND, PEOPLE, SOURCE
from ..write import write_atomic
from .yamltext import SCHEMA_LINE

PEOPLE_FILE = "people.yaml"


def new(root: Path, what: str, item_id: str | None = None) -> Path:
    """Write briefs/<id>.yaml or sources/<id>.yaml from the commented template, or (`new people`)
    sources/people.yaml; never overwrite."""
    people = root / "sources" / PEOPLE_FILE
    if what == "people":
        if people.exists() or people.is_symlink():
            raise BriefError(f"sources/{PEOPLE_FILE} exists: add each person to it as a new entry under people:")
        return _write(people, PEOPLE, "people", "")
    if not item_id or not re.fullmatch(ID_PATTERN, item_id):
        suggested = id_for(item_id or "")
        raise BriefError(f"'{escape(item_id or '')}': an id is lowercase words joined by hyphens, "
                         + (f"write {suggested}" if suggested else "e.g. japan-nato"))
    folder, template = {"brief": ("briefs", BRIEF), "source": ("sources", SOURCE)}[what]
    path = root / folder / f"{item_id}.yaml"
    if path.exists():
        raise BriefError(f"{folder}/{item_id}.yaml exists: choose another id")
    return _write(path, template, what, item_id)


def people_starter(root: Path) -> Path | None:
    """sources/people.yaml from its starter when the project has none (a first check needs it), else None."""
    people = root / "sources" / PEOPLE_FILE
    if people.exists() or people.is_symlink():
        return None
    return _write(people, PEOPLE, "people", "")


def _write(path: Path, template: str, name: str, item_id: str) -> Path:
    write_atomic(path, template.format(schema=SCHEMA_LINE.format(name=name), id=item_id).encode("utf-8"))
    return path


def placeholders(text: str) -> list[str]:
    """The placeholders `new` wrote that are still in a text (comments included)."""
    return FIND.findall(text)
