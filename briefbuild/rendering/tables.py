"""Tables of a brief: the rows from the block or its CSV, alignment, notes and the source line.

The template (partials/table.html.j2) writes a real HTML table: <caption>, a <thead> that
WeasyPrint repeats on every page the table runs over, <th scope="col"> and, when the first
column names its row, <th scope="row">; WeasyPrint 70 tags them Table, THead, TR, TH, TD.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup

from ..inputs.blocks import Table
from ..inputs.data import number, table_data
from .markup import inline


@dataclass
class TableView:
    number: int
    caption: Markup
    columns: list[str]
    rows: list[list[str]]
    align: list[str]
    row_headers: bool
    notes: list[Markup]
    source: object | None = None  # compose.Note, printed in full as the source line
    quotes: dict[tuple[int, int], object] = field(default_factory=dict)  # (row, column) -> compose.Part

    def part(self, row: int, column: int):
        """The quote placed in a cell (a compose.Part with its note), or None: the cell's text is printed."""
        return self.quotes.get((row, column))


MINUS = "\u2212"


def shown(cell: str, language: str = "en") -> str:
    """A cell as typeset: a negative number with a real minus sign (−3.2), as wide as a digit in
    tabular figures, so a column of numbers lines up; a hyphen anywhere else (pre-war, -) stays."""
    if cell.startswith("-") and number(cell, language) is not None:
        return MINUS + cell[1:]
    return cell


def first_strong(text: str) -> str | None:
    """The direction of the first letter with one (Unicode's bidi rules P2-P3): "ltr", "rtl" or None
    (digits and signs only). Bidi controls never reach a cell (chars.py refuses them)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def cell_dir(text: str, medium: str, brief: str = "ltr") -> Markup:
    """` dir=…` for a cell or header whose text runs against the brief (every brief language is
    written left to right): an Arabic cell with numbers is otherwise laid out left to right, its
    number on the wrong side. The page says dir="auto" (the browser finds the same first letter);
    WeasyPrint 70 has no dir="auto", so the PDF is told the direction found here."""
    found = first_strong(str(text))
    if found is None or found == brief:
        return Markup("")
    return Markup(f' dir="{found}"' if medium == "print" else ' dir="auto"')


def shown_rows(rows: list[list[str]], language: str = "en") -> list[list[str]]:
    return [[shown(cell, language) for cell in row] for row in rows]


def default_align(columns: list[str], rows: list[list[str]], language: str = "en") -> list[str]:
    """Numbers right-aligned (so their digits line up), everything else left."""
    align = []
    for k in range(len(columns)):
        cells = [row[k] for row in rows if row[k].strip() and row[k].strip() not in ("–", "—", "-", "n/a")]
        align.append("right" if cells and all(number(c, language) is not None for c in cells) else "left")
    return align


def table_view(root: Path, table: Table, number_: int, source, language: str = "en",
               quotes: dict | None = None, headers: dict[int, str] | None = None) -> TableView:
    """`quotes`: the parts placed in cells, by (row, column); `headers`: a row header as printed
    (a person's name for the id that names a quote's speaker), by row."""
    columns, rows = table_data(root, table)
    align: list[str] = list(table.align) if table.align else default_align(columns, rows, language)
    rows = [[headers[i], *row[1:]] if headers and i in headers else row for i, row in enumerate(rows)]
    return TableView(number_, inline(table.caption), columns, shown_rows(rows, language), align,
                     table.row_headers, [inline(n) for n in table.notes], source, dict(quotes or {}))
