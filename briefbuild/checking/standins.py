"""A file with a fault in one entry still has the rest checked: a stand-in model without the entries
at fault (a source's quotes, the people), or a brief with the parts at fault made neutral."""
from __future__ import annotations

from typing import NamedTuple

from pydantic import BaseModel, ValidationError

from ..inputs.csl import UNDATED_OK
from ..inputs.models import Brief, PeopleFile, Source
from ..inputs.scan import valid_id

# What a source's quotes are verified with: a source whose errors lie elsewhere (a bad or missing
# date, an unknown key, an empty title) still has every quote checked in the same run.
_VERIFIED_WITH = frozenset({"type", "voice", "speaker", "text", "text-file", "quotes", "pages", "language", "genre",
                            "offices"})


def stand_in(data) -> Source | None:
    """A source whose errors (already reported) lie only in its bibliographic fields: the same
    source without those fields, so that its quotes are verified and the briefs' references to
    them checked in this run, not the next one (and `show` and `find` read its text before
    those fields are filled in). Never rendered: the errors fail the check."""
    standing = _stand_in(Source, data, None, _VERIFIED_WITH)
    return standing.model if standing and isinstance(standing.model, Source) else None


class StandIn(NamedTuple):
    """A model validated with the entries at fault of one of its lists taken out."""

    model: BaseModel
    kept: list[int]  # the position in the file of each entry left in
    aside: set[str | None]  # the ids of the entries taken out (None: an id that cannot be read)


def source_stand_in(data) -> StandIn | None:
    """The stand-in of a source with, besides, each quote at fault taken out: its error is
    reported at it, and the source's other quotes are verified in this run."""
    return _stand_in(Source, data, "quotes", _VERIFIED_WITH)


def people_stand_in(data) -> StandIn | None:
    """people.yaml with each person at fault taken out (their quotes stand out of the checks):
    the others' quotes are verified in this run."""
    return _stand_in(PeopleFile, data, "people", frozenset({"people"}))


def _stand_in(model: type[BaseModel], data, entries: str | None, needed: frozenset[str]) -> StandIn | None:
    """`data` validated with its fields at fault dropped (None if one of `needed` is at fault) and
    the entries at fault of its list `entries` taken out."""
    if not isinstance(data, dict):
        return None
    listed = data.get(entries) if entries else None
    kept = list(range(len(listed))) if isinstance(listed, list) else []
    aside: set[str | None] = set()
    for _ in range(3):  # an entry's or a model's own rules run once its fields are valid
        try:
            return StandIn(model.model_validate(data, context=UNDATED_OK), kept, aside)
        except ValidationError as exc:
            errors = [e["loc"] for e in exc.errors()]
        at_fault: dict[int, list[tuple]] = {
            loc[1]: [] for loc in errors if entries and len(loc) > 1 and loc[0] == entries and isinstance(loc[1], int)}
        for loc in errors:
            if loc[1:2] and loc[1] in at_fault and loc[0] == entries:
                at_fault[loc[1]].append(loc[2:])
            elif not loc or loc[0] in needed:
                return None
        bad = {loc[0] for loc in errors if loc[0] != entries}
        data = {k: v for k, v in data.items() if k not in bad}
        if "title" in bad:
            data["title"] = "untitled"  # required; the stand-in is never printed
        if at_fault:
            items = data[entries]
            aside |= {_id_of(items[i], at_fault[i]) for i in at_fault}
            data[entries] = [item for i, item in enumerate(items) if i not in at_fault]
            kept = [k for i, k in enumerate(kept) if i not in at_fault]
    return None


def _id_of(entry, errors: list[tuple]) -> str | None:
    """The id of an entry at fault, when it can be read."""
    pid = entry.get("id") if isinstance(entry, dict) else None
    if not isinstance(pid, str) or ("id",) in errors or not valid_id(pid.strip()):
        return None
    return pid.strip()


# A brief whose errors (already reported) lie in parts of it: each part at fault stands in neutral
# (a block as plain text, a field as a placeholder or its default), so that its other claims and
# quotes are checked against the sources in this run, not the next one. Never rendered: the
# errors fail the check. Its size limit is never stood in for.
# The date stands in as the latest there is: no source is then dated after the brief. A brief's
# language is never stood in for: its claims are read in it.
_NEUTRAL = {"title": "untitled", "summary": "untitled", "date": "9999-12-31", "key-findings": ["untitled"]}


_NEUTRAL_BLOCK = {"text": "untitled"}


def brief_stand_in(data) -> Brief | None:
    if not isinstance(data, dict):
        return None
    data = dict(data)
    for _ in range(3):
        try:
            return Brief.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors():
                if not _neutralize(data, error["loc"]):
                    return None
    return None


def _neutralize(data: dict, loc: tuple) -> bool:
    """Make the part of a brief's data at `loc` neutral (copying what it changes); False when it cannot."""
    if not loc:  # the byline: neither authors nor organization
        if data.get("authors") or data.get("organization"):
            return False  # another whole-brief rule (its size)
        data["organization"] = "untitled"
        return True
    key = loc[0]
    if key == "language":
        return False
    if key != "sections":
        if key in _NEUTRAL:
            data[key] = _NEUTRAL[key]
        else:
            data.pop(key, None)  # an optional field's default, or an unknown key gone
        return True
    sections = data.get("sections")
    if len(loc) < 3 or not isinstance(loc[1], int) or not isinstance(sections, list) or \
            not isinstance(sections[loc[1]], dict):
        return False
    sections = data["sections"] = list(sections)
    section = sections[loc[1]] = dict(sections[loc[1]])
    if loc[2] == "title":
        section["title"] = "untitled"
    elif loc[2] != "blocks":
        section.pop(loc[2], None)  # an unknown key gone
    if loc[2] != "blocks":
        return True
    blocks = section.get("blocks")
    if len(loc) < 4 or not isinstance(loc[3], int) or not isinstance(blocks, list):
        return False
    blocks = section["blocks"] = list(blocks)
    blocks[loc[3]] = _NEUTRAL_BLOCK
    return True
