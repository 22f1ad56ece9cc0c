"""The data blocks of a brief: tables, figures and charts, each with a caption and a cited source.

They build on models.py (Model, Evidence) and complete its Block, so either module may be
imported first: models.py imports this one at its end, after everything it needs is defined.
"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from ..files import ASSET_PATH
from .models import Block, Brief, Evidence, Model, Prose, Section, Text, with_every_error

ASSETS = "assets"  # data and images live in the project's assets/ folder (hashed, sandboxed)


def _asset(value: str) -> str:
    if not ASSET_PATH.fullmatch(value) or "/../" in f"/{value}/":
        raise ValueError(f"'{value}' is not a file in assets/: write a path inside the project's assets/ "
                         "folder, like assets/budget.csv (letters, digits, _ . -; no '..')")
    return value


AssetPath = Annotated[str, AfterValidator(_asset)]
Align = Literal["left", "right", "center"]
MAX_ROWS = 2_000


class Data(Model):
    """Rows of values: inline, or from a CSV file (first row is the header)."""

    csv: AssetPath | None = None
    """A CSV file in the project's assets/ folder, UTF-8, its first row the column names."""
    columns: list[Text] | None = None
    """Column names (the header row), for inline rows."""
    rows: list[list[Annotated[str, StringConstraints(strip_whitespace=True)]]] | None = Field(default=None, max_length=MAX_ROWS)
    """Inline rows, each a list of cells (as many as columns)."""

    @model_validator(mode="after")
    def _one_origin(self):
        if (self.csv is None) == (self.rows is None):
            raise ValueError("give the data once: either csv (a file in assets/) or columns and rows")
        if self.rows is not None:
            if not self.columns:
                raise ValueError("inline rows need columns: the header row")
            # every row miscounted, each at its own line (one error at the table hid the others)
            bad = [InitErrorDetails(type=PydanticCustomError("value_error", "Value error, {error}", {"error": (
                       f"row {i + 1} has {len(row)} cell{'' if len(row) == 1 else 's'} for {len(self.columns)} columns")}),
                       loc=("rows", i), input=row)
                   for i, row in enumerate(self.rows) if len(row) != len(self.columns)]
            if bad:
                raise ValidationError.from_exception_data(type(self).__name__, bad)
        elif self.columns is not None:
            raise ValueError("a CSV's first row names the columns: remove columns")
        return self


class Table(Data):
    """A table: caption, header row, rows (inline or CSV), alignment, notes and a cited source."""

    caption: Prose
    """What the table shows (numbered 'Table N' before it)."""
    align: list[Align] | None = None
    """Alignment per column: left, right or center (default: numbers right, text left)."""
    row_headers: bool = True
    """The first column names its row (set as a row header for screen readers); in inline rows, a cell may
    place one {quote-id}, and its row header then names the speaker (a person id, or the name in people.yaml)."""
    notes: list[Prose] = []
    """Notes printed under the table (units, definitions, gaps in the data)."""
    source: list[Evidence] = []
    """What the data rests on: quotes or sources with locators, cited in the notes like a claim."""


class Chart(Data):
    """A chart drawn from data at build time: bar, line or stacked bar."""

    kind: Literal["bar", "line", "stacked-bar"]
    """bar (grouped when several series), line, or stacked-bar."""
    x: Text | None = None
    """Column of the categories along the x axis (default: the first column)."""
    series: list[Text] | None = None
    """Columns plotted as series (default: every other column); their cells must be numbers."""
    y_label: Prose | None = None
    """Label of the value axis, with its unit."""


class Figure(Model):
    """An image (SVG or PNG in assets/) or a chart from data, with alt text, caption and a cited source."""

    image: AssetPath | None = None
    """An SVG or PNG file in the project's assets/ folder."""
    chart: Chart | None = None
    """A chart drawn from data instead of an image."""
    alt: Text | None = None
    """Alt text: what the figure shows, for readers who cannot see it (required)."""
    caption: Prose
    """What the figure shows (numbered 'Figure N' before it)."""
    source: list[Evidence] = []
    """What the figure rests on: quotes or sources with locators, cited in the notes like a claim."""

    @model_validator(mode="after")
    def _shape(self):
        if (self.image is None) == (self.chart is None):
            raise ValueError("give either image (an SVG or PNG in assets/) or chart")
        if self.image and not self.image.lower().endswith((".svg", ".png")):
            raise ValueError(f"'{self.image}' is not an SVG or PNG: convert it to one of them")
        return self

    @model_validator(mode="wrap")
    @classmethod
    def _alt(cls, data, handler):
        missing = isinstance(data, dict) and data.get("alt") is None
        return with_every_error(data, handler, "a figure needs alt: one or two sentences saying what it shows, "
                                               "for readers who cannot see it" if missing else None)


# models.Block names these types before they exist: complete it, and what holds it, now.
_NAMES = {"Table": Table, "Figure": Figure}
for _model in (Block, Section, Brief):
    _model.model_rebuild(_types_namespace=_NAMES)
