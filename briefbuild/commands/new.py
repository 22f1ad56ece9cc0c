"""`build.py new brief ID` / `new source ID`: a commented starting file with the schema line.
Every <…> is a placeholder (inputs/starters.py); `check` reports each one left, and once each
is filled, the file passes."""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import BriefError
from ..inputs.models import ID_PATTERN
from ..inputs.starters import BRIEF, FIND, SOURCE
from ..write import write_atomic
from .yamltext import SCHEMA_LINE


def new(root: Path, what: str, item_id: str) -> Path:
    """Write briefs/<id>.yaml or sources/<id>.yaml from the commented template; never overwrite."""
    if not re.fullmatch(ID_PATTERN, item_id):
        raise BriefError(f"'{item_id}': an id is lowercase words joined by hyphens, e.g. japan-nato")
    folder, template, name = {"brief": ("briefs", BRIEF, "brief"), "source": ("sources", SOURCE, "source")}[what]
    path = root / folder / f"{item_id}.yaml"
    if path.exists():
        raise BriefError(f"{folder}/{item_id}.yaml exists: choose another id")
    write_atomic(path, template.format(schema=SCHEMA_LINE.format(name=name), id=item_id).encode("utf-8"))
    return path


def placeholders(text: str) -> list[str]:
    """The placeholders `new` wrote that are still in a text (comments included)."""
    return FIND.findall(text)
