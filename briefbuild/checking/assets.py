"""Checks of a brief's tables and figures: their files in assets/, their data and their sources."""
from __future__ import annotations

import io
import re
import struct
from xml.etree import ElementTree

from ..inputs.data import DECIMAL_COMMA, AssetError, number, read_asset, table_data
from ..inputs.models import prose_problem
from ..inputs.project import placeholders
from ..patterns import lazy
from .cells import check_rows, placement_problem
from .evidence import check_evidence
from .messages import did_you_mean
from .svgrefs import data_svg, tree_problem

PNG = b"\x89PNG\r\n\x1a\n"
# Far more than print needs (a full page at 300 dpi is about 2,500 × 3,300), far less than the
# decompression bomb Pillow refuses: past that WeasyPrint drops the image and prints its alt text.
MAX_PIXELS = 40_000_000
# An SVG may not pull in other files or addresses (the PDF's sandbox would refuse them late, a browser silently).
EXTERNAL = lazy(rb"""(?:href|src)\s*=\s*["']\s*((?!#|data:)[^"'\s]+)|url\(\s*["']?((?!#|data:)[^)"'\s]+)""", re.I)
# `@namespace svg url(http://www.w3.org/2000/svg);` names a namespace and fetches nothing.
NAMESPACE_RULE = lazy(rb"@namespace\b[^;{}]*;?", re.I)
# Nor may it carry code or what a parser would expand: a browser shown the file on its own runs its
# scripts, and an entity can read a file or grow a few bytes into gigabytes.
ACTIVE = lazy(rb"<script|<foreignObject|<!DOCTYPE|<!ENTITY|<\?xml-stylesheet|@import|javascript:|"
              rb"[\s/\"']on[a-z]+\s*=", re.I)


# The fix for each kind of problem an SVG has (svgrefs.py names the kinds).
SVG_FIXES = {
    "reference": ": an image must be self-contained (embed it or remove the reference)",
    "animation": ": an image must be self-contained (remove the animation)",
    "active": (": an image must be a drawing only (no scripts, event handlers, foreign objects, DTDs, entities or "
               "imports): save it again as plain SVG"),
    "broken": ": save it again from the drawing program",
    "other": "",
}
NESTED_SVGS = 3  # an SVG in a data: URL in an SVG in a data: URL…: deeper than this is refused


def svg_problem(rel: str, body: bytes) -> str | None:
    """Why an SVG file cannot be an image of a brief or a theme's logo, or None."""
    found = _svg_found(body, 0)
    return f"'{rel}' {found[0]}{SVG_FIXES[found[1]]}" if found else None


def _svg_found(body: bytes, depth: int) -> tuple[str, str] | None:
    if b"<svg" not in body[:4096]:
        return "is not an SVG image", "other"
    if found := EXTERNAL.search(NAMESPACE_RULE.sub(b" ", body)):
        target = (found.group(1) or found.group(2)).decode("utf-8", "replace")[:80]
        return f"refers to {target}", "reference"
    if found := ACTIVE.search(body):
        what = found.group(0).decode("utf-8", "replace").strip(" \t\r\n/\"'=")[:40]
        return f"holds {what}", "active"
    try:  # no DTD or entity is left to expand (ACTIVE): expat only reads the tags
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:  # WeasyPrint would leave it out and print the alt text in its place
        return f"is not well-formed SVG ({exc})", "broken"
    # what the bytes hide: character references, CSS escapes, animations that set an href (svgrefs.py)
    return tree_problem(root, lambda url: embedded_svg(url, depth))


def embedded_svg(url: str, depth: int = 0) -> tuple[str, str] | None:
    """What is wrong with the SVG a data: URL holds, checked as a file of its own (None: fine, or no SVG)."""
    inner = data_svg(url)
    if inner is None:
        return None
    if depth >= NESTED_SVGS:
        return f"embeds SVG images in one another more than {NESTED_SVGS} deep", "broken"
    found = _svg_found(inner, depth + 1)
    return (f"embeds an SVG (a data: URL) that {found[0]}", found[1]) if found else None


def png_problem(rel: str, body: bytes) -> str | None:
    """Why a PNG file cannot be drawn in a brief, or None: the PDF would show its alt text instead."""
    if not body.startswith(PNG) or body[12:16] != b"IHDR":
        return f"'{rel}' is not a PNG image"
    width, height = struct.unpack(">II", body[16:24])
    if width * height > MAX_PIXELS:
        return (f"'{rel}' is {width:,} × {height:,} pixels, over {MAX_PIXELS // 1_000_000} megapixels: scale it "
                "down (a full page at 300 dpi is about 2,500 × 3,300)")
    from PIL import Image  # WeasyPrint's own dependency, imported only for a brief with a PNG
    try:
        with Image.open(io.BytesIO(body)) as image:
            image.verify()  # every chunk present and its checksum right, without decoding the pixels
    except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds for a damaged file
        return f"'{rel}' is a damaged PNG ({str(exc)[:80] or type(exc).__name__}): export it again"
    return None


MAX_CELL_PROBLEMS = 5  # per block: a column of bad cells is one fix, not a screenful


def cell_problem(cell: str, where: str = "chart") -> str | None:
    """Why a cell or column name cannot stand in a table or chart: it is printed as it is, never verified,
    so it may neither place a quote nor put words in quotation marks. `where` is what holds it: a chart,
    a table's column names or CSV file, or a table's rows (which may place one quote a cell: cells.py)."""
    if placeholders(cell):
        if where == "rows":
            return placement_problem(cell)
        return _NO_PLACEMENT[where]
    return prose_problem(cell, "in a table or chart")


_NO_PLACEMENT = {
    "chart": "a quote can only be placed in a claim or a table's cell, not in a chart: quote it in a claim beside "
             "it, or cite it in the block's source",
    "columns": "a column name cannot place a quote: place it in a cell of its speaker's row, or in a claim",
    "csv": "a quote is placed in a table's inline rows, not in its CSV file (the check reads quotes from the "
           "brief): write this table as columns: and rows:, or quote it in a claim beside it",
}


def _check_cells(doc, here: tuple, data, columns: list[str], rows: list[list[str]], diags: list,
                 table: bool = False) -> None:
    found = 0
    cells: list[tuple[tuple, int | None, str]] = [(("columns", j), None, cell) for j, cell in enumerate(columns)]
    cells += [(("rows", i, j), i, cell) for i, row in enumerate(rows) for j, cell in enumerate(row)]
    for (key, i, cell) in cells:
        where = "chart" if not table else "columns" if key[0] == "columns" else "csv" if data.csv else "rows"
        problem = cell_problem(cell, where)
        if not problem:
            continue
        found += 1
        if found > MAX_CELL_PROBLEMS:
            continue
        if data.csv:  # the CSV's own line: the header is line 1 (a quoted cell over lines is rare in a brief's data)
            line = 1 if i is None else i + 2
            diags.append(doc.diag(here + ("csv",), f"'{data.csv}' line {line}, column '{columns[key[-1]]}': "
                                                   f"{problem}"))
        else:
            diags.append(doc.diag(here + key, problem))
    if found > MAX_CELL_PROBLEMS:
        diags.append(doc.diag(here + (("csv",) if data.csv else ()),
                              f"{found - MAX_CELL_PROBLEMS} more cells like these"))


def check_data_block(project, doc, base: tuple, block, diags: list, used_quotes: set[str], language: str = "en") -> None:
    """Every problem of one table or figure block, positioned at its key."""
    kind = "table" if block.table else "figure"
    data = block.table or block.figure
    here = base + (kind,)
    check_evidence(project, doc, here + ("source",), data.source, diags, used_quotes)
    root = project.root
    if block.table:
        try:
            columns, rows = table_data(root, block.table)
        except AssetError as exc:
            diags.append(doc.diag(here + ("csv",), str(exc)))
            return
        _check_cells(doc, here, block.table, columns, rows, diags, table=True)
        check_rows(project, doc, here, block.table, diags, used_quotes)
        if block.table.align and len(block.table.align) != len(columns):
            diags.append(doc.diag(here + ("align",), f"{len(block.table.align)} alignments for "
                                                     f"{len(columns)} columns: give one per column"))
        return
    figure = block.figure
    if figure.image:
        try:
            body = read_asset(root, figure.image)
        except AssetError as exc:
            diags.append(doc.diag(here + ("image",), str(exc)))
            return
        if figure.image.lower().endswith(".png") and (problem := png_problem(figure.image, body)):
            diags.append(doc.diag(here + ("image",), problem))
        if figure.image.lower().endswith(".svg") and (problem := svg_problem(figure.image, body)):
            diags.append(doc.diag(here + ("image",), problem))
        return
    chart = figure.chart
    try:
        columns, rows = table_data(root, chart)
    except AssetError as exc:
        diags.append(doc.diag(here + ("chart", "csv"), str(exc)))
        return
    _check_cells(doc, here + ("chart",), chart, columns, rows, diags)
    for key, names in (("x", [chart.x] if chart.x else []), ("series", chart.series or [])):
        for name in names:
            if name not in columns:
                diags.append(doc.diag(here + ("chart", key), f"no column '{name}'{did_you_mean(name, columns)}: "
                                                                  "name a column of the CSV's first row"))
    x = chart.x or columns[0]
    for name in chart.series or [c for c in columns if c != x]:
        if name not in columns:
            continue
        k = columns.index(name)
        bad = [row[k] for row in rows if number(row[k], language) is None]
        if bad:
            how = f" as the brief's language ({language}) writes one, e.g. 1.234,5" if language.split("-")[0] in \
                DECIMAL_COMMA else ""
            diags.append(doc.diag(here + ("chart",), f"column '{name}' holds '{bad[0]}', not a number{how}: "
                                                     "a series is plotted, so every cell must be a number"))
