"""Locators: where in a source a citation points. A single value, a range (`6-7`) or a list
(`3, 5, 9-11`) of paragraphs, pages, sections, chapters or lines; a timestamp (`1:02:03`,
or a range) for audio and video.

Values are kept as text in one normal form (`3, 5, 9-11`); citeproc prints the ranges with
an en dash. Citations of one source in one note merge into one locator (`merge`).
"""
from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field

from ..patterns import lazy

KINDS = ("paragraph", "page", "section", "chapter", "line", "timestamp")

# Each number or label is bounded (nine digits, twenty characters): a locator is text from
# YAML, and `1-` followed by 5,000 nines is not a page anyone cites.
MAX_NUMBER = 999_999_999
_ITEM = {
    "paragraph": r"[1-9]\d{0,8}", "line": r"[1-9]\d{0,8}",
    "page": r"[0-9A-Za-z]{1,20}", "section": r"[0-9A-Za-z]{1,20}(?:\.[0-9A-Za-z]{1,20}){0,9}",
    "chapter": r"[0-9A-Za-z]{1,20}", "timestamp": r"(?:\d{1,3}:)?[0-5]?\d:[0-5]\d",
}
_EXAMPLE = {"paragraph": "7, 6-7 or 3, 5, 9-11", "line": "12, 12-14 or 3, 9-11", "page": "23, 23-25 or 23-25, 31",
            "section": "2, 2.3 or 2-4", "chapter": "3 or 3-4", "timestamp": "1:02:03 or 12:30-14:05"}


_RANGE = {kind: re.compile(rf"({item})(?:\s*[-–]\s*({item}))?") for kind, item in _ITEM.items()}
_COMMA = lazy(r"\s*,\s*")


def _parse(kind: str, value: str) -> list[tuple[str, str]]:
    """[(first, last)] of a locator; ValueError with the accepted forms."""
    spans = []
    for piece in _COMMA.split(value.strip()):
        m = _RANGE[kind].fullmatch(piece)
        if not m:
            shown = value if len(value) <= 40 else value[:40] + "…"
            bound = " (a number has at most nine digits, a label twenty characters)" \
                if re.search(r"\d{10}|\w{21}", piece) else ""
            raise ValueError(f"'{shown}' is not a {kind} locator{bound}: write {_EXAMPLE[kind]}")
        first, last = m.group(1), m.group(2) or m.group(1)
        if first.isdigit() and last.isdigit() and int(last) < int(first):
            last = _inclusive(kind, piece, first, last)
        spans.append((first, last))
    return spans


def _inclusive(kind: str, piece: str, first: str, last: str) -> str:
    """The end of a numeric range that runs backwards: a page range in the Manual's abbreviated
    form (321-28, 101-8, 1496-504; never below 100) spelled out (321-328), since the style
    abbreviates it again; anything else is an error (merged, it would print no number at all)."""
    if kind == "page" and int(first) >= 100 and len(last) < len(first):
        full = first[:len(first) - len(last)] + last
        if int(full) > int(first):
            return full
    raise ValueError(f"the range '{piece}' runs backwards: write {last}-{first}")


def _form(spans: list[tuple[str, str]]) -> str:
    return ", ".join(a if a == b else f"{a}-{b}" for a, b in spans)


def normal(kind: str, value) -> str:
    value = str(value)
    if value.isascii() and value.isdigit() and value[0] != "0" and len(value) <= 9 and kind != "timestamp":
        return value  # one number, as most locators are: already in normal form
    return _form(_parse(kind, value))


def _locator(kind: str):
    item = _ITEM[kind].replace("(?:", "(")
    shape = rf"^{item}(\s*[-–]\s*{item})?(\s*,\s*{item}(\s*[-–]\s*{item})?)*$"  # for editors' JSON Schema
    return Annotated[Annotated[int, Field(ge=1, le=MAX_NUMBER)]
                     | Annotated[str, Field(json_schema_extra={"pattern": shape})],
                     BeforeValidator(lambda v: _scalar(kind, v)),
                     AfterValidator(lambda v: normal(kind, v))]


def _scalar(kind: str, value):
    """A number as text; a list or a mapping is one error here, not one per member of the union
    (named by pydantic's own tags, `page.constrained-int`)."""
    if isinstance(value, (list, dict)):
        what = "a list" if isinstance(value, list) else "a mapping"
        raise ValueError(f"expected one {kind} locator, got {what}: write one value, e.g. {_EXAMPLE[kind]}")
    return str(value) if isinstance(value, int) else value


Paragraphs = _locator("paragraph")
Pages = _locator("page")
Sections = _locator("section")
Chapters = _locator("chapter")
Lines = _locator("line")
Timestamps = _locator("timestamp")


def last(kind: str, value: str) -> int:
    """The highest number a paragraph or line locator covers: '3, 5-6' -> 6 (spans are never
    expanded: 'paragraph: 1-99999999999' is one span, not a list of a hundred billion)."""
    return max(int(b) for _, b in _parse(kind, value))


def merge(kind: str, values: list[str]) -> str:
    """One locator for several citations of one source in one note: '6' + '7' -> '6-7';
    '23-25' + '31' -> '23-25, 31'. Numbers are sorted and joined into ranges; other values keep their order."""
    spans = [s for v in values for s in _parse(kind, v)]
    if all(a.isdigit() and b.isdigit() for a, b in spans):
        runs: list[list[int]] = []
        for a, b in sorted((int(a), int(b)) for a, b in spans):  # joined as spans, never expanded
            if runs and a <= runs[-1][1] + 1:
                runs[-1][1] = max(runs[-1][1], b)
            else:
                runs.append([a, b])
        return _form([(str(a), str(b)) for a, b in runs])
    return _form(list(dict.fromkeys(spans)))
