"""Property-based, as test_fuzz_untrusted.py does for prose: a table's cells from a CSV, its caption and
notes, and a chart's data table are any adversarial text, and the page keeps only the templates'
own elements, no event handler, and a size linear in the text (a per-example time budget)."""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

from factory import BRIEF, make_project
from hypothesis import given
from hypothesis import strategies as st
from test_fuzz_untrusted import ALLOWED_INLINE, BUDGET, hostile_text, tags_of

from briefbuild.checking.validate import load_project
from briefbuild.inputs.data import parse_csv
from briefbuild.rendering.compose import compose
from briefbuild.rendering.markup import inline
from briefbuild.rendering.render import render_html

BLOCKS = """\
      - table:
          caption: Cells
          columns: [Name, Value]
          rows: [[a, "1"]]
      - figure:
          chart: {kind: bar, columns: [Year, Value], rows: [["2022", "3"]]}
          alt: One bar.
          caption: A chart
"""
_ROOT = make_project(Path(tempfile.mkdtemp(prefix="fuzz-data-")),
                     {"briefs/b1.yaml": BRIEF.replace("      - text: Our own words.\n",
                                                      "      - text: Our own words.\n" + BLOCKS)})
_PROJECT = load_project(_ROOT)


def _page(cells: list[list[str]], caption: str) -> str:
    doc = compose(_PROJECT, "b1")
    table, figure = (b for b in doc.sections[0].blocks if b.kind in ("table", "figure"))
    table.table.columns, table.table.rows = cells[0], cells[1:]
    table.table.align = ["left"] * len(cells[0])
    table.table.caption, table.table.notes = inline(caption), [inline(caption)]
    figure.figure.columns, figure.figure.rows = cells[0], cells[1:]
    figure.figure.align = ["left"] * len(cells[0])
    figure.figure.caption = inline(caption)
    return render_html(doc, _ROOT / "templates", "screen", project=_PROJECT)


def _csv(cells: list[list[str]]) -> bytes:
    return "\n".join(",".join('"' + c.replace('"', '""') + '"' for c in row) for row in cells).encode("utf-8")


# The page's own elements and size, rendered here and not in the first example: the first renders
# compile the templates, which took 2.6 s on a loaded machine, past the per-example time budget.
_BASE = (tags_of(_page([["Name", "Value"], ["a", "1"]], "Cells")), len(_page([["N", "V"], ["", ""]], "")))


@BUDGET
@given(st.lists(st.lists(hostile_text, min_size=2, max_size=2), min_size=2, max_size=6), hostile_text)
def test_a_page_from_any_table_cells_has_only_the_templates_own_elements(cells, caption):
    cells = [[re.sub(r"[\x00\r]", "", c).strip() or "x" for c in row] for row in cells]
    try:
        cells = [list(r) for r in [parse_csv(_csv(cells), "assets/t.csv")[0], *parse_csv(_csv(cells), "assets/t.csv")[1]]]
    except ValueError:
        return  # the CSV itself is refused, with a message (test_data_block_models.py)
    html = _page(cells, caption)
    allowed = {tag for tag, _ in _BASE[0]} | set(ALLOWED_INLINE)
    tags = tags_of(html)
    assert {tag for tag, _ in tags} <= allowed
    assert sum(tag == "script" for tag, _ in tags) == sum(tag == "script" for tag, _ in _BASE[0])
    assert not [a for _, attrs in tags for a in attrs if a.startswith("on")]
    size = sum(len(c) for row in cells for c in row) + len(caption)
    assert len(html) - _BASE[1] <= 60 * size + 400
