"""Figures of a brief: an image from assets/ or a chart drawn from data, with alt text and a source.

An image reaches the PDF through the sandbox (a file: URL under the project's assets/, the
only images WeasyPrint may read) and the web page as a data: URL (the page loads nothing).
A chart's SVG is drawn at build time (charts.py) and inlined in both. Readers who cannot see
a chart get its alt text and, on the web page, the data itself as a table.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from ..inputs.blocks import Figure
from ..inputs.data import asset_path, read_asset, table_data
from ..seal import key_file
from .markup import inline
from .tables import default_align, shown_rows


@dataclass
class FigureView:
    number: int
    caption: Markup
    alt: str
    print_src: str  # what WeasyPrint fetches (through the sandbox)
    screen_src: str  # a data: URL
    svg: str = ""  # a chart's SVG text (its bytes are tested to be the same on every build)
    columns: list[str] | None = None  # a chart's data, as a table for screen readers
    rows: list[list[str]] | None = None
    align: list[str] | None = None
    source: object | None = None  # compose.Note, printed in full as the source line


def _data_uri(media: str, data: bytes) -> str:
    return f"data:{media};base64,{base64.b64encode(data).decode('ascii')}"


def figure_view(root: Path, figure: Figure, number: int, source, theme, lang_tag: str) -> FigureView:
    caption, alt = inline(figure.caption), figure.alt or ""  # validation requires alt
    if figure.image:
        data = read_asset(root, figure.image)
        media = "image/svg+xml" if figure.image.lower().endswith(".svg") else "image/png"
        return FigureView(number, caption, alt, asset_path(root, figure.image).as_uri(),
                          _data_uri(media, data), source=source)
    from .charts import chart_svg
    chart = figure.chart
    assert chart is not None  # a figure is an image or a chart (blocks.Figure)
    columns, rows = table_data(root, chart)
    c = theme.spec.colours
    fonts = tuple(f.path for f in theme.faces
                  if f.family == theme.spec.fonts.sans.family and (f.weight, f.style) == (400, "normal"))
    if lang_tag.split("-")[0] == "ja":
        from .theme import CJK_DIR
        fonts += (CJK_DIR / "NotoSansCJK-Regular.ttc",)
    svg = chart_svg(chart.kind, columns, rows, chart.x, chart.series, chart.y_label, tuple(c.series),
                    c.ink, c.muted, c.rule, fonts, key_file().parent / "matplotlib", lang_tag)
    uri = _data_uri("image/svg+xml", svg.encode("utf-8"))
    return FigureView(number, caption, alt, uri, uri, svg, columns, shown_rows(rows, lang_tag),
                      default_align(columns, rows, lang_tag), source)
