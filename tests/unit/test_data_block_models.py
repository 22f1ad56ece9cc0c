"""Tables and figures in a brief: every bad input a positioned message, in-process (no PDF)."""
from __future__ import annotations

import base64
import struct
import zlib
from urllib.parse import quote

import pytest
from factory import BRIEF, make_project

from briefbuild.checking.validate import load_project
from briefbuild.errors import InputError
from briefbuild.rendering.compose import compose
from briefbuild.rendering.docx import document_html
from briefbuild.rendering.render import render_html
from briefbuild.rendering.tables import default_align, shown

B = "briefs/b1.yaml"
CSV = "Country,Budget (bn),Share\nJapan,\"1,234.5\",12%\nItaly,−3,n/a\n"
SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'


def png(width: int, height: int, rows: bytes | None = None) -> bytes:
    """A PNG whose header says width × height (the pixels are only read if the header passes)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    data = rows if rows is not None else b"".join(b"\0" + b"\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(data)) + chunk(b"IEND", b""))


def brief_with(block: str) -> str:
    return BRIEF.replace("      - text: Our own words.\n", "      - text: Our own words.\n" + block)


TABLE = """\
      - table:
          caption: Budgets
          csv: assets/budgets.csv
          source:
            - source: s1
              paragraph: 2
"""
FIGURE = """\
      - figure:
          image: assets/box.svg
          alt: A black square.
          caption: A square
"""
CHART = """\
      - figure:
          chart:
            kind: bar
            columns: [Year, Value]
            rows:
              - ["2022", "3"]
              - ["2023", "4"]
          alt: Two bars.
          caption: Values
"""
FILES = {"assets/budgets.csv": CSV, "assets/box.svg": SVG}

# (name, files, expected diagnostics)
CASES = [
    ("figure without alt", {B: brief_with(FIGURE.replace("          alt: A black square.\n", ""))},
     ["briefs/b1.yaml:13:9: sections.0.blocks.3.figure: a figure needs alt: one or two sentences saying "
      "what it shows, for readers who cannot see it"]),
    # A figure's missing alt, and a brief's missing byline, are checked of the whole block or brief:
    # they are reported with every error of its fields in one run, not once those are fixed.
    ("figure without alt, caption quoted", {B: brief_with(FIGURE.replace("          alt: A black square.\n", "")
                                                          .replace("caption: A square", "caption: A “square”"))},
     ["briefs/b1.yaml:13:9: sections.0.blocks.3.figure: a figure needs alt: one or two sentences saying "
      "what it shows, for readers who cannot see it",
      "briefs/b1.yaml:15:11: sections.0.blocks.3.figure.caption: quotation mark “ in prose: quote a source "
      "through a quote id like {quote-id} in a claim, or reword without quotation marks"]),
    ("figure without alt, brief misdated", {B: brief_with(FIGURE.replace("          alt: A black square.\n", ""))
                                            .replace('"2024-02-01"', '"2024-02-30"')},
     ["briefs/b1.yaml:2:1: date: '2024-02-30' is not a real date (day is out of range for month)",
      "briefs/b1.yaml:13:9: sections.0.blocks.3.figure: a figure needs alt: one or two sentences saying "
      "what it shows, for readers who cannot see it"]),
    ("brief without byline, figure without alt", {B: brief_with(FIGURE.replace("          alt: A black square.\n", ""))
                                                  .replace("organization: Org\n", "")},
     ["briefs/b1.yaml:1:1: give authors or organization (or both)",
      "briefs/b1.yaml:12:9: sections.0.blocks.3.figure: a figure needs alt: one or two sentences saying "
      "what it shows, for readers who cannot see it"]),
    ("brief without byline, title quoted", {B: BRIEF.replace("organization: Org\n", "")
                                            .replace("title: A Brief", "title: A “Brief”")},
     ["briefs/b1.yaml:1:1: give authors or organization (or both)",
      "briefs/b1.yaml:1:1: title: quotation mark “ in prose: quote a source through a quote id like "
      "{quote-id} in a claim, or reword without quotation marks"]),
    ("figure with image and chart", {B: brief_with(FIGURE.replace(
        "          caption: A square\n",
        "          caption: A square\n          chart: {kind: bar, csv: assets/budgets.csv}\n"))},
     ["briefs/b1.yaml:13:9: sections.0.blocks.3.figure: give either image (an SVG or PNG in assets/) or "
      "chart"]),
    ("image not in assets", {B: brief_with(FIGURE.replace("assets/box.svg", "../secret.svg"))},
     ["briefs/b1.yaml:14:11: sections.0.blocks.3.figure.image: '../secret.svg' is not a file in assets/: "
      "write a path inside the project's assets/ folder, like assets/budget.csv (letters, digits, _ . -; "
      "no '..')"]),
    ("image missing", {B: brief_with(FIGURE.replace("assets/box.svg", "assets/gone.svg"))},
     ["briefs/b1.yaml:14:11: sections.0.blocks.3.figure.image: 'assets/gone.svg' does not exist: put the "
      "file in the project's assets/ folder"]),
    ("image of another kind", {B: brief_with(FIGURE.replace("assets/box.svg", "assets/box.gif"))},
     ["briefs/b1.yaml:13:9: sections.0.blocks.3.figure: 'assets/box.gif' is not an SVG or PNG: convert it "
      "to one of them"]),
    ("png that is not one", {B: brief_with(FIGURE.replace("assets/box.svg", "assets/box.png")), "assets/box.png": "text"},
     ["briefs/b1.yaml:14:11: sections.0.blocks.3.figure.image: 'assets/box.png' is not a PNG image"]),
    # WeasyPrint leaves out an image it cannot draw and prints the alt text in its place.
    ("png too large", {B: brief_with(FIGURE.replace("assets/box.svg", "assets/box.png")),
                       "assets/box.png": png(20_000, 20_000, b"")},
     ["briefs/b1.yaml:14:11: sections.0.blocks.3.figure.image: 'assets/box.png' is 20,000 × 20,000 pixels, over "
      "40 megapixels: scale it down (a full page at 300 dpi is about 2,500 × 3,300)"]),
    ("png cut short", {B: brief_with(FIGURE.replace("assets/box.svg", "assets/box.png")),
                       "assets/box.png": png(40, 30)[:60]},
     ["briefs/b1.yaml:14:11: sections.0.blocks.3.figure.image: 'assets/box.png' is a damaged PNG (Truncated File "
      "Read): export it again"]),
    ("png sound", {B: brief_with(FIGURE.replace("assets/box.svg", "assets/box.png")), "assets/box.png": png(40, 30)}, []),
    ("svg not well-formed", {"assets/box.svg": SVG.replace("/></svg>", "></svg>"), B: brief_with(FIGURE)},
     ["briefs/b1.yaml:14:11: sections.0.blocks.3.figure.image: 'assets/box.svg' is not well-formed SVG "
      "(mismatched tag: line 1, column 94): save it again from the drawing program"]),
    ("csv missing", {B: brief_with(TABLE.replace("budgets.csv", "none.csv"))},
     ["briefs/b1.yaml:15:11: sections.0.blocks.3.table.csv: 'assets/none.csv' does not exist: put the file "
      "in the project's assets/ folder"]),
    ("csv ragged", {"assets/budgets.csv": CSV + "Spain,4\n", B: brief_with(TABLE)},
     ["briefs/b1.yaml:15:11: sections.0.blocks.3.table.csv: 'assets/budgets.csv' line 4 has 2 cells for 3 "
      "columns"]),
    ("csv not utf-8", {"assets/budgets.csv": "Land,Wert\nK\xf6ln,1\n".encode("latin-1"), B: brief_with(TABLE)},
     ["briefs/b1.yaml:15:11: sections.0.blocks.3.table.csv: 'assets/budgets.csv' is not UTF-8 (byte 11): "
      "save it as UTF-8"]),
    ("inline rows and csv", {B: brief_with(TABLE.replace("          csv: assets/budgets.csv\n",
                                                          "          csv: assets/budgets.csv\n          rows: [[a]]\n"))},
     ["briefs/b1.yaml:13:9: sections.0.blocks.3.table: give the data once: either csv (a file in assets/) "
      "or columns and rows"]),
    ("inline row too short", {B: brief_with(CHART.replace('["2023", "4"]', '["2023"]'))},
     ["briefs/b1.yaml:19:17: sections.0.blocks.3.figure.chart.rows.1: row 2 has 1 cell for 2 columns"]),
    # Every row miscounted, each at its own line (the table's line, and only the first, hid the rest).
    ("inline rows miscounted", {B: brief_with(TABLE.replace("          csv: assets/budgets.csv\n", (
        "          columns: [Land, Budget, Share]\n          rows:\n            - [Japan, '1', 2%]\n"
        "            - [France, '2']\n            - [Italy, '3', 4%]\n            - [Spain, '4', 5%, extra]\n")))},
     ["briefs/b1.yaml:18:15: sections.0.blocks.3.table.rows.1: row 2 has 2 cells for 3 columns",
      "briefs/b1.yaml:20:15: sections.0.blocks.3.table.rows.3: row 4 has 4 cells for 3 columns"]),
    ("alignments miscounted", {B: brief_with(TABLE.replace("          caption: Budgets\n",
                                                            "          caption: Budgets\n          align: [left]\n"))},
     ["briefs/b1.yaml:15:11: sections.0.blocks.3.table.align: 1 alignments for 3 columns: give one per "
      "column"]),
    ("table source unknown", {B: brief_with(TABLE.replace("source: s1", "source: s2"))},
     ["briefs/b1.yaml:17:15: sections.0.blocks.3.table.source.0.source: unknown source 's2' (known: s1)"
      ": use a source's id (its file name in sources/), or add the source (build.py add FILE)"]),
    ("table source paragraph", {B: brief_with(TABLE.replace("paragraph: 2", "paragraph: 9"))},
     ["briefs/b1.yaml:18:15: sections.0.blocks.3.table.source.0.paragraph: paragraph 9 does not exist: the "
      "stored text of 's1' has 2"]),
    ("figure source quote unknown", {B: brief_with(FIGURE + "          source:\n            - quote: lee-acts\n")},
     ["briefs/b1.yaml:18:15: sections.0.blocks.3.figure.source.0.quote: unknown quote 'lee-acts' (did you "
      "mean 'lee-act'?): use the id of a quote in a source's quotes (sources/), or add the quote there"]),
    ("chart column unknown", {B: brief_with(CHART.replace("kind: bar", "kind: bar\n            series: [Valeu]"))},
     ["briefs/b1.yaml:16:13: sections.0.blocks.3.figure.chart.series: no column 'Valeu' (did you mean "
      "'Value'?): name a column of the CSV's first row"]),
    ("chart value not a number", {B: brief_with(CHART.replace('"4"]', '"four"]'))},
     ["briefs/b1.yaml:14:11: sections.0.blocks.3.figure.chart: column 'Value' holds 'four', not a number: "
      "a series is plotted, so every cell must be a number"]),
    # A cell is printed as it is, never verified: it may not quote anyone. It may place one quote of the
    # person its row header names (by id or full name: tests/unit/test_table_quotes.py); 'Lee' names no one.
    ("table cell places a quote", {B: brief_with(TABLE.replace(
        "          csv: assets/budgets.csv\n", "          columns: [Who, Said]\n          rows: [[Lee, '{lee-act}']]\n"))},
     ["briefs/b1.yaml:16:19: sections.0.blocks.3.table.rows.0.0: the row header 'Lee' names no one in "
      "sources/people.yaml: it gives the speaker of quote 'lee-act', so write the person's id or name as "
      "people.yaml has it (ann-lee or Ann Lee)"]),
    ("table cell in quotation marks", {"assets/budgets.csv": CSV + "Spain,“We will not pay”,1%\n", B: brief_with(TABLE)},
     ["briefs/b1.yaml:15:11: sections.0.blocks.3.table.csv: 'assets/budgets.csv' line 4, column 'Budget (bn)': "
      "quotation mark “ in a table or chart: quote a source through a quote id like {quote-id} in a claim, "
      "or reword without quotation marks"]),
    ("table header in quotation marks", {"assets/budgets.csv": CSV.replace("Share", "«Share»"), B: brief_with(TABLE)},
     ["briefs/b1.yaml:15:11: sections.0.blocks.3.table.csv: 'assets/budgets.csv' line 1, column '«Share»': "
      "quotation mark « in a table or chart: quote a source through a quote id like {quote-id} in a claim, "
      "or reword without quotation marks"]),
    ("chart label in quotation marks", {B: brief_with(CHART.replace('"2022"', "'\"Year one\"'"))},
     ['briefs/b1.yaml:18:18: sections.0.blocks.3.figure.chart.rows.0.0: quotation mark " in a table or chart: '
      "quote a source through a quote id like {quote-id} in a claim, "
      "or reword without quotation marks"]),
    ("cells with apostrophes and measures", {"assets/budgets.csv": CSV + "Japan’s navy,\"12\"\" guns\",don't\n",
                                             B: brief_with(TABLE)}, []),
    ("chart kind unknown", {B: brief_with(CHART.replace("kind: bar", "kind: pie"))},
     ["briefs/b1.yaml:15:13: sections.0.blocks.3.figure.chart.kind: 'pie' is not allowed: choose one of "
      "bar, line or stacked-bar"]),
]


def diagnostics(root) -> list[str]:
    try:
        load_project(root)
    except InputError as exc:
        return [str(d) for d in exc.diagnostics]
    return []


@pytest.mark.parametrize("name,files,expected", CASES, ids=[c[0] for c in CASES])
def test_bad_data_block_gives_a_positioned_message(tmp_path, name, files, expected):
    assert diagnostics(make_project(tmp_path, {**FILES, **files})) == expected


def test_good_blocks_pass_and_compose_in_order(tmp_path):
    root = make_project(tmp_path, {**FILES, B: brief_with(TABLE + FIGURE + CHART)})
    project = load_project(root)
    doc = compose(project, "b1")
    kinds = [b.kind for b in doc.sections[0].blocks]
    assert kinds == ["para", "para", "para", "table", "figure", "figure"]
    table = doc.sections[0].blocks[3].table
    assert (table.number, table.columns, table.align) == (1, ["Country", "Budget (bn)", "Share"], ["left", "right", "right"])
    assert table.source is not None and table.source.inline and table.source.number == 0
    assert [b.figure.number for b in doc.sections[0].blocks[4:]] == [1, 2]
    # The source line is a citation like a claim's: it goes to citeproc with the other notes, in order.
    assert [n.inline for n in doc.notes] == [False, False, True]


@pytest.mark.parametrize("cells,align", [
    (["1", "2,345.6", "−3", "12%", "$40"], "right"),
    (["1", "n/a", "–", ""], "right"),
    (["1", "two"], "left"),
    (["", ""], "left"),
])
def test_numbers_are_right_aligned(cells, align):
    assert default_align(["c"], [[c] for c in cells]) == [align]


# (cell, language, as typeset): a negative number takes a real minus sign (U+2212, as wide as a
# digit in tabular figures, so the column lines up); a hyphen that is not a number's sign stays.
@pytest.mark.parametrize("cell,language,typeset", [
    ("-3.2", "en", "\u22123.2"),
    ("-1,234.5", "en", "\u22121,234.5"),
    ("-12%", "en", "\u221212%"),
    ("-3,2", "de", "\u22123,2"),
    ("-1 234,5", "fr", "\u22121 234,5"),
    ("\u22123", "en", "\u22123"),
    ("+4", "en", "+4"),
    ("-", "en", "-"),
    ("pre-war", "en", "pre-war"),
    ("-3,2", "en", "-3,2"),  # not how English writes a number: text, printed as it is
    ("-x", "en", "-x"),
    ("2022-23", "en", "2022-23"),
    ("-3.5", "de", "-3.5"),
])
def test_a_negative_number_is_typeset_with_a_minus_sign(cell, language, typeset):
    assert shown(cell, language) == typeset


def test_minus_signs_reach_every_output_of_a_table(tmp_path):
    csv = "Area,Change,Note\nNorth,-3.2,pre-war\nSouth,\"-1,234.5\",well-known\n"
    root = make_project(tmp_path, {**FILES, "assets/budgets.csv": csv, B: brief_with(TABLE + CHART.replace(
        '"3"]', '"-3"]'))})
    project = load_project(root)
    doc = compose(project, "b1")
    table, chart = doc.sections[0].blocks[3].table, doc.sections[0].blocks[4].figure
    assert table.rows == [["North", "\u22123.2", "pre-war"], ["South", "\u22121,234.5", "well-known"]]
    assert table.align == ["left", "right", "left"]
    assert chart.rows == [["2022", "\u22123"], ["2023", "4"]]  # the chart's data table on the web page
    for medium in ("screen", "print"):
        html = render_html(doc, root / "templates", medium, project=project)
        assert '<td class="right">\u22123.2</td><td class="left">pre-war</td>' in html
    # Word: the same cells, and each column aligned as on the page (pandoc reads align).
    word = document_html(doc)
    assert '<td align="left">North</td><td align="right">\u22123.2</td><td align="left">pre-war</td>' in word
    assert '<th align="right">Change</th>' in word


def test_a_link_out_of_assets_is_refused_without_reading_it(tmp_path):
    outside = tmp_path / "outside.csv"
    outside.write_text("secret,data\n1,2\n", "utf-8")
    root = make_project(tmp_path / "project", {B: brief_with(TABLE)})
    (root / "assets").mkdir()
    (root / "assets" / "budgets.csv").symlink_to(outside)
    assert diagnostics(root) == ["briefs/b1.yaml:15:11: sections.0.blocks.3.table.csv: 'assets/budgets.csv' leads "
                                 "out of assets/ (a link?): keep the file itself in assets/"]


NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
INNER = '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.org/a.png"/></svg>'
EMPTY = '<svg xmlns="http://www.w3.org/2000/svg"/>'


@pytest.mark.parametrize("svg,target", [
    ('<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>', "file:///etc/passwd"),
    ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
     '<image xlink:href="../x.png"/></svg>', "../x.png"),
    ('<svg xmlns="http://www.w3.org/2000/svg"><style>rect { fill: url(https://example.org/p.svg) }</style></svg>',
     "https://example.org/p.svg"),
    # What the bytes hide and a parser reads: XML character references, CSS escapes and comments, image-set's
    # strings, xml:base (it makes every #id an address elsewhere) and an SVG inside a data: URL.
    (f'<svg {NS}><rect style="fill:&#117;rl(https://example.org/p.svg#g)"/></svg>', "https://example.org/p.svg#g"),
    (f'<svg {NS}><style>rect {{ fill: \\75 rl(https://example.org/p.svg) }}</style></svg>', "https://example.org/p.svg"),
    (f'<svg {NS}><rect style="fill:\\000075rl(\'https://example.org/q.svg\')"/></svg>', "https://example.org/q.svg"),
    (f'<svg {NS}><style>rect {{ background: image-set("https://example.org/a.png" 1x) }}</style></svg>',
     "https://example.org/a.png"),
    (f'<svg {NS}><g xml:base="https://example.org/"><use href="#a"/></g></svg>', "https://example.org/"),
    (f'<svg {NS}><rect><set attributeName="fill" to="url(https://example.org/p.svg#g)"/></rect></svg>',
     "https://example.org/p.svg#g"),
])
def test_an_svg_that_pulls_in_other_files_is_refused(tmp_path, svg, target):
    root = make_project(tmp_path, {**FILES, "assets/box.svg": svg, B: brief_with(FIGURE)})
    assert diagnostics(root) == [f"briefs/b1.yaml:14:11: sections.0.blocks.3.figure.image: 'assets/box.svg' refers to "
                                 f"{target}: an image must be self-contained (embed it or remove the reference)"]


# An animation that sets a link, and an SVG in a data: URL that refers out: both passed a search of the bytes.
@pytest.mark.parametrize("svg,problem", [
    (f'<svg {NS}><a><set attributeName="href" to="https://example.org/x"/><rect/></a></svg>',
     'holds <set attributeName="href">, an animation that changes a link: an image must be self-contained (remove '
     'the animation)'),
    (f'<svg {NS}><image><animate attributeName="xlink:href" values="https://e.example/a.png;#b"/></image></svg>',
     'holds <animate attributeName="xlink:href">, an animation that changes a link: an image must be self-contained '
     '(remove the animation)'),
    (f'<svg {NS}><image href="data:image/svg+xml;base64,{base64.b64encode(INNER.encode()).decode()}"/></svg>',
     "embeds an SVG (a data: URL) that refers to https://example.org/a.png: an image must be self-contained (embed "
     "it or remove the reference)"),
    (f'<svg {NS}><image href="data:image/svg+xml,{quote(INNER)}"/></svg>',
     "embeds an SVG (a data: URL) that refers to https://example.org/a.png: an image must be self-contained (embed "
     "it or remove the reference)"),
])
def test_an_svg_that_changes_or_hides_a_reference_is_refused(tmp_path, svg, problem):
    root = make_project(tmp_path, {**FILES, "assets/box.svg": svg, B: brief_with(FIGURE)})
    assert diagnostics(root) == [f"briefs/b1.yaml:14:11: sections.0.blocks.3.figure.image: 'assets/box.svg' {problem}"]


@pytest.mark.parametrize("inside", [
    '<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="5" height="5"/><use href="#g"/>',
    # a false alarm is a defect too: a namespace rule fetches nothing, local() is an installed font,
    # an escape in content is a character, an animation of a position changes no link
    '<style>@namespace svg url(http://www.w3.org/2000/svg); svg|rect { fill: red }</style><rect/>',
    '<style>@font-face { font-family: X; src: local("Arial") } text { font-family: X }</style><text>x</text>',
    '<style>text::before { content: "\\201C" }</style><text>x</text>',
    '<rect><animate attributeName="x" from="0" to="10" dur="1s"/><set attributeName="fill" to="url(#g)"/></rect>',
    f'<image href="data:image/svg+xml;base64,{base64.b64encode(EMPTY.encode()).decode()}"/>',
])
def test_an_svg_with_internal_references_passes(tmp_path, inside):
    svg = f'<svg {NS}>{inside}</svg>'
    assert diagnostics(make_project(tmp_path, {**FILES, "assets/box.svg": svg, B: brief_with(FIGURE)})) == []


# ------------------------------------------------------------------ numbers as the brief's language writes them

@pytest.mark.parametrize("cell,lang,value", [
    ("1,234.5", "en", 1234.5), ("1.234,5", "de", 1234.5), ("1.234.567", "es", 1234567.0),
    ("1\u202f234,5", "fr", 1234.5), ("1 234,5", "fr", 1234.5), ("3,5", "de", 3.5), ("−3", "de", -3.0),
    ("12 %", "fr", 12.0), ("12 €", "de", 12.0), ("1,234.5", "ja", 1234.5), ("$40", "en-GB", 40.0),
    # What the language would not write is no number: read the other way it would be 1,000 times off.
    ("1.234,5", "en", None), ("3.5", "de", None), ("1,2345", "en", None), ("1,2,3", "en", None),
])
def test_a_cell_is_a_number_as_the_briefs_language_writes_it(cell, lang, value):
    from briefbuild.inputs.data import number
    assert number(cell, lang) == value


def test_decimal_and_group_signs_are_cldrs():
    from babel.numbers import get_decimal_symbol, get_group_symbol

    from briefbuild.inputs.data import DECIMAL_COMMA
    from briefbuild.inputs.models import LANGUAGES
    from briefbuild.rendering.charts import written
    for lang in LANGUAGES:
        assert (get_decimal_symbol(lang) == ",") == (lang in DECIMAL_COMMA), lang
        assert written(12500.5, lang) == f"12{get_group_symbol(lang)}500{get_decimal_symbol(lang)}5", lang


# A value axis reads as a scale: every label with the decimal places of the finest (0.0, 0.5, 1.0, never
# 0, 0.5, 1), in the brief's signs. matplotlib writes each label's text beside its outlines as a comment.
@pytest.mark.parametrize("cells,lang,labels", [
    (["0.9", "-0.5", "1.6"], "en", ["−0.5", "0.0", "0.5", "1.0", "1.5"]),
    (["0,9", "-0,5", "1,6"], "de", ["−0,5", "0,0", "0,5", "1,0", "1,5"]),
    (["1200", "3400", "5600"], "en", ["0", "1,000", "2,000", "3,000", "4,000", "5,000"]),
    (["0,25", "0,5", "0,75"], "fr", ["0,0", "0,1", "0,2", "0,3", "0,4", "0,5", "0,6", "0,7"]),
])
def test_a_value_axis_labels_every_tick_with_the_same_decimals(cells, lang, labels):
    import re

    from briefbuild.rendering.charts import chart_svg
    rows = [[str(2020 + k), cell] for k, cell in enumerate(cells)]
    svg = chart_svg("bar", ["Year", "Value"], rows, None, None, None, ("#1f4e79",), "#000000", "#555555",
                    "#cccccc", (), None, lang)
    assert re.findall(r"<!-- (.*?) -->", svg)[len(rows):] == labels


def test_a_german_chart_reads_german_numbers(tmp_path):
    from briefbuild.rendering.charts import chart_svg
    draw = lambda cells, lang: chart_svg("bar", ["Jahr", "Wert"], [["2023", cells[0]], ["2024", cells[1]]], None,
                                          None, None, ("#1f4e79",), "#000000", "#555555", "#cccccc", (), None, lang)
    german = draw(["1.234,5", "980"], "de")
    assert german == draw(["1234,5", "980"], "de")  # the same values, grouped or not
    assert german != draw(["1,2345", "980"], "de")  # 1.2345 is another bar
    csv = "Jahr,Wert\n2023,\"1.234,5\"\n2024,3.5\n"
    brief = brief_with(CHART.replace("            columns: [Year, Value]\n            rows:\n"
                                     "              - [\"2022\", \"3\"]\n              - [\"2023\", \"4\"]\n",
                                     "            csv: assets/werte.csv\n")).replace("organization: Org",
                                                                                       "organization: Org\nlanguage: de")
    root = make_project(tmp_path, {**FILES, "assets/werte.csv": csv, B: brief})
    assert diagnostics(root) == [
        "briefs/b1.yaml:15:11: sections.0.blocks.3.figure.chart: column 'Wert' holds '3.5', not a number as the "
        "brief's language (de) writes one, e.g. 1.234,5: a series is plotted, so every cell must be a number"]


@pytest.mark.parametrize("svg,what", [
    ('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "<script"),
    ('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>', "onload"),
    ('<svg xmlns="http://www.w3.org/2000/svg"><rect onmouseover = "x()"/></svg>', "onmouseover"),
    ('<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>', "<foreignObject"),
    ('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
     '<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>', "<!DOCTYPE"),
    ('<svg xmlns="http://www.w3.org/2000/svg"><style>@import "x.css";</style></svg>', "@import"),
    ('<svg xmlns="http://www.w3.org/2000/svg"><a><set attributeName="href" to="javascript:alert(1)"/><rect/></a></svg>',
     "javascript:"),
])
def test_an_svg_that_carries_code_or_a_dtd_is_refused(tmp_path, svg, what):
    root = make_project(tmp_path, {**FILES, "assets/box.svg": svg, B: brief_with(FIGURE)})
    assert diagnostics(root) == [
        f"briefs/b1.yaml:14:11: sections.0.blocks.3.figure.image: 'assets/box.svg' holds {what}: an image must be a "
        "drawing only (no scripts, event handlers, foreign objects, DTDs, entities or imports): save it again as "
        "plain SVG"]


# A cell's direction is its first letter's (Unicode's bidi rules P2-P3), as dir="auto" finds it in a
# browser; every brief language is written left to right, so only a right-to-left cell gets one.
@pytest.mark.parametrize("cell, direction", [
    ("القاهرة 2023", "rtl"),  # Arabic, then a number: laid out left to right, the number stood first
    ("٢٠٢٣ مصر", "rtl"),  # Arabic-Indic digits have no direction of their own: the letter decides
    ("(مصر) 12%", "rtl"), ("ירושלים", "rtl"), ("تهران ۱۴۰۲", "rtl"), ("ދިވެހި", "rtl"),  # Hebrew, Persian, Thaana
    ("Cairo القاهرة", None), ("東京 2023", None), ("\u22123.2", None), ("2023", None), ("", None), ("–", None),
])
def test_a_cell_gets_a_direction_where_its_text_runs_against_the_brief(cell, direction):
    from briefbuild.rendering.tables import cell_dir
    assert str(cell_dir(cell, "screen")) == (' dir="auto"' if direction else "")
    assert str(cell_dir(cell, "print")) == (f' dir="{direction}"' if direction else "")


def test_right_to_left_cells_and_headers_carry_their_direction_on_the_page_and_in_print(tmp_path):
    csv = "المدينة,Year\nالقاهرة 2023,2023\nCairo,2024\n"
    root = make_project(tmp_path, {**FILES, "assets/budgets.csv": csv, B: brief_with(TABLE)})
    project = load_project(root)
    doc = compose(project, "b1")
    for medium, found in (("screen", "auto"), ("print", "rtl")):
        html = render_html(doc, root / "templates", medium, project=project)
        assert f'<th scope="col" dir="{found}" class="left">المدينة</th><th scope="col" class="right">Year</th>' in html
        assert f'<th scope="row" dir="{found}" class="left">القاهرة 2023</th><td class="right">2023</td>' in html
        assert '<th scope="row" class="left">Cairo</th>' in html
