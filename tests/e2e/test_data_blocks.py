"""Tables, figures and charts in real PDFs and web pages: tagged for screen readers, a header
row repeated over a page break, sources cited, charts byte-identical from build to build."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import cli
from overlays import pdf_text, project_with, structure, svgs_of

BRIEF = "data-brief"
ALTS = [
    "Bar chart of the seven areas in fiscal years 2022 and 2023: every area is higher in 2023, unmanned "
    "vehicles the most at 6,268 billion yen.",
    "Line chart of two areas rising from 2022 to 2023.",
    "Stacked bars of two areas, taller in 2023 than in 2022.",
    "A triangle whose top corner is the United States and whose lower corners are Europe and Japan.",
]


def build(root: Path, *args: str) -> Path:
    run = cli(root, "build", BRIEF, *args)
    assert run.returncode == 0, run.stderr
    return root / "dist"


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    return build(project_with(tmp_path_factory.mktemp("data") / "project", "data"))


def test_pdf_tags_tables_headers_and_figures_with_alt_text(dist):
    tags = structure(dist / f"{BRIEF}.pdf")
    kinds = [kind for kind, _ in tags]
    # The 60-row table runs over a page break: WeasyPrint 70 writes one Table element per page it
    # spans, each with its THead (the repeated header row), and its caption in the first.
    assert kinds.count("/Table") == 2 and kinds.count("/THead") == 2 and kinds.count("/TBody") == 2
    assert kinds.count("/TH") == 60 + 2 * 3  # a row header per row, three column headers per page
    assert kinds.count("/TD") == 60 * 2
    assert "/Caption" in kinds[kinds.index("/Table"):kinds.index("/THead")]
    # Data cells point at their headers (/Headers); WeasyPrint writes no /Scope on TH (see README).
    td = next(attrs for kind, attrs in tags if kind == "/TD")["attrs"]
    assert len(td["/Headers"]) == 2 and str(td["/O"]) == "/Table"
    figures = [attrs["alt"] for kind, attrs in tags if kind == "/Figure"]
    assert figures == ALTS


def test_table_header_row_is_repeated_on_the_next_page(dist):
    pdf = dist / f"{BRIEF}.pdf"
    first, second = pdf_text(pdf, 1), pdf_text(pdf, 2)
    for page in (first, second):
        assert "Programme line" in page and "FY2023 request (¥ bn)" in page
    assert "Stand-off defense, line 1" in first and "Cross-domain operations, line 9" not in first
    assert "Cross-domain operations, line 9" in second  # the last row
    assert "Table 1. Programme lines" in first and "Table 1." not in second


def test_html_table_is_accessible_markup(dist):
    html = (dist / f"{BRIEF}.html").read_text("utf-8")
    table = re.search(r'<div class="table-block" id="table-1">(.*?)</div>', html, re.S).group(1)
    assert "<caption><span class=\"label\">Table 1.</span> Programme lines, fiscal years 2022 and 2023</caption>" in table
    assert table.count('<th scope="col"') == 3 and table.count('<th scope="row"') == 60
    assert '<td class="right">1,059</td>' in table  # numbers right-aligned, as the CSV wrote them
    assert '<th scope="row" class="left">Stand-off defense, line 1</th>' in table


def test_sources_are_cited_like_claims(dist):
    html = (dist / f"{BRIEF}.html").read_text("utf-8")
    # A source line is a citation from citeproc among the notes: the claim before the table cites
    # the report first, in full (note 1), so the table's line and the charts' take the short form.
    lines = re.findall(r'<p class="data-source"><span class="label">Source:</span> (.*?)</p>', html)
    assert len(lines) == 5
    note1 = re.search(r'<li id="fn-1"[^>]*>(.*?) <a class="fn-back"', html).group(1)
    assert note1 == ("<em>Programme Lines of the Defense Budget Request, Test Edition</em> (Briefbuild Test Office, "
                     "2022), para.\u00a01.")
    assert lines[0] == "<em>Programme Lines</em>, para.\u00a01."
    assert lines[1] == lines[2] == lines[3] == "<em>Programme Lines</em>, para.\u00a062."
    assert "Japan Seeks Deeper Defense Ties" in lines[4] and "para.\u00a016" in lines[4]
    # Source lines are not note calls: the endnotes are the claims' notes only, numbered 1, 2.
    assert re.findall(r'<li id="fn-(\d+)"', html) == ["1", "2"]
    assert "Programme Lines" in re.search(r'<section class="sources".*?</section>', html, re.S).group(0)


def test_chart_data_is_a_table_for_screen_readers(dist):
    html = (dist / f"{BRIEF}.html").read_text("utf-8")
    details = re.findall(r'<details class="chart-data">(.*?)</details>', html, re.S)
    assert len(details) == 3
    assert "<summary>Data of figure 1</summary>" in details[0]
    assert ('<th scope="row" class="left">Unmanned vehicles</th><td class="right">4671</td>'
            '<td class="right">6268</td>') in details[0]
    assert re.findall(r'<img src="data:image/svg\+xml;base64,[^"]+" alt="([^"]*)"', html) == ALTS


def test_chart_svg_bytes_are_the_same_on_two_builds(dist, tmp_path):
    again = build(project_with(tmp_path / "elsewhere", "data"), "--format", "html")
    first = svgs_of((dist / f"{BRIEF}.html").read_text("utf-8"))
    second = svgs_of((again / f"{BRIEF}.html").read_text("utf-8"))
    assert len(first) == 4 and first == second
    chart = first[0].decode("utf-8")
    assert "<dc:date>" not in chart and "<text" not in chart  # no date; text drawn as glyph outlines
    assert "fill: #1f4e79" in chart and "fill: #8fb3d9" in chart  # the house colours, in order


@pytest.mark.browser
def test_axe_finds_no_violations_on_the_data_brief(dist, browser):  # browser: tests/e2e/conftest.py
    from test_browser import run_axe
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
        page = context.new_page()
        page.goto((dist / f"{BRIEF}.html").as_uri())
        page.click("details.chart-data summary")  # the data table open, so axe checks it too
        result = run_axe(page)
        context.close()
        assert result["violations"] == [], (scheme, result["violations"])



# Fourteen columns with long names: wider than a phone and than a desktop column.
WIDE = ("Country," + ",".join(f"Desalination plants in service {y}" for y in range(2010, 2023)) + "\n"
        + "".join(f"Country {n}," + ",".join(str(n * 10 + k) for k in range(13)) + "\n" for n in range(1, 4)))


@pytest.mark.browser
@pytest.mark.parametrize("width", [375, 1280])
def test_a_table_wider_than_the_page_scrolls_in_a_box_the_keyboard_reaches(tmp_path, browser, width):
    from factory import BRIEF, make_project
    from test_browser import run_axe
    blocks = ("      - table:\n          caption: Plants by year\n          csv: assets/wide.csv\n"
              "      - figure:\n          chart: {kind: bar, csv: assets/wide.csv}\n"
              "          alt: Bars of three countries over thirteen years.\n          caption: Plants by year\n")
    root = make_project(tmp_path, {"assets/wide.csv": WIDE, "briefs/b1.yaml": BRIEF.replace(
        "      - text: Our own words.\n", "      - text: Our own words.\n" + blocks)})
    run = cli(root, "build", "--format", "html")
    assert run.returncode == 0, run.stderr
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto((root / "dist" / "b1.html").as_uri())
    page.click("details.chart-data summary")  # the chart's data table open: as wide as the table
    result = run_axe(page)
    scroll = page.evaluate("""() => { const box = document.querySelector('#table-1 [role=region]');
        return {box: box.scrollWidth > box.clientWidth, label: box.getAttribute('aria-label'),
                page: document.documentElement.scrollWidth - document.documentElement.clientWidth}; }""")
    context.close()
    assert result["violations"] == [], result["violations"]
    assert scroll == {"box": True, "label": "Table 1", "page": 0}


def test_csv_cells_are_text_never_markup(tmp_path):
    from factory import BRIEF, make_project
    # A formula without quotation marks: a cell may not quote anyone (test_data_block_models.py).
    csv = 'Name,Value\n"<script>alert(1)</script>",1\n"=cmd|/C calc!A0+HYPERLINK(A1)",2\n"**bold** [l](javascript:x)",3\n'
    block = ("      - table:\n          caption: Cells\n          csv: assets/t.csv\n")
    root = make_project(tmp_path, {"assets/t.csv": csv,
                                   "briefs/b1.yaml": BRIEF.replace("      - text: Our own words.\n",
                                                                   "      - text: Our own words.\n" + block)})
    run = cli(root, "build", "--format", "html")
    assert run.returncode == 0, run.stderr
    page = (root / "dist" / "b1.html").read_text("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert(1)" not in page
    assert "**bold** [l](javascript:x)" in page and "javascript:x\"" not in page  # no markdown in cells
    assert "=cmd|/C calc!A0+HYPERLINK(A1)" in page  # a formula is text


def _columns(n: int, name: str, cell: str) -> str:
    return ",".join(f"{name} {i}" for i in range(n)) + "\n" + ",".join(cell.format(i=i) for i in range(n)) + "\n"


# (name, CSV, what the PDF build says): WeasyPrint cuts off what passes the right margin, so a table
# wider than the page would lose its last columns without a word; text that can wrap is no such table.
PDF_WIDTHS = [
    ("18 columns of numbers", _columns(18, "Column number", "{i}234567"),
     "Table 1 is 8"),  # …mm wider than the page
    ("6 columns of long text", _columns(6, "A column named at length", "words that wrap on as many lines as needed {i}"),
     None),
    ("12 short columns", _columns(12, "Q", "{i}.5"), None),
    ("14 columns named at length", WIDE, None),  # the web page's wide table: it fits on paper
]


@pytest.mark.parametrize("name,csv,failure", PDF_WIDTHS, ids=[w[0] for w in PDF_WIDTHS])
def test_a_table_wider_than_the_pdf_page_fails_the_build_with_what_to_do(tmp_path, name, csv, failure):
    from factory import BRIEF, make_project
    block = "      - table:\n          caption: Wide\n          csv: assets/t.csv\n"
    root = make_project(tmp_path, {"assets/t.csv": csv,
                                   "briefs/b1.yaml": BRIEF.replace("      - text: Our own words.\n",
                                                                   "      - text: Our own words.\n" + block)})
    run = cli(root, "build", "--format", "pdf")
    if failure is None:
        assert run.returncode == 0, run.stderr
        return
    assert run.returncode == 1 and not (root / "dist" / "b1.pdf").exists()
    assert f"brief 'b1': {failure}" in run.stderr
    assert ("mm wider than the page on page 1, and its last columns would be cut off in the PDF: give it fewer or "
            "narrower columns (shorter column names, units in the caption or a note), or split it in two") in run.stderr


def test_a_right_to_left_cell_is_laid_out_right_to_left_in_the_pdf(tmp_path):
    """'2023 مصر' read left to right puts the year at the left; right to left (dir="rtl", which the
    template gives a cell whose first letter is Arabic) the year, first in reading order, is at the
    right. WeasyPrint 70 has no dir="auto", so the PDF needed the direction itself."""
    import pdfplumber
    from factory import BRIEF as PLAIN
    from factory import make_project
    table = ("      - table:\n          caption: Cities\n          csv: assets/t.csv\n"
             "          source:\n            - source: s1\n              paragraph: 1\n")
    root = make_project(tmp_path / "p", {"assets/t.csv": "City,Year\n2023 مصر,2023\n",
                                         "briefs/b1.yaml": PLAIN.replace("      - text: Our own words.\n",
                                                                         "      - text: Our own words.\n" + table)})
    run = cli(root, "build", "b1", "--format", "pdf")
    assert run.returncode == 0, run.stderr
    with pdfplumber.open(root / "dist" / "b1.pdf") as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
    arabic = [c for c in chars if "\u0600" <= c["text"] <= "\u06ff"]
    row = [c for c in chars if abs(c["top"] - arabic[0]["top"]) < 2 and c["text"].isdigit()]
    year_in_cell = min(c["x0"] for c in row)  # the cell's 2023 (the next column's is far to the right)
    assert max(c["x1"] for c in arabic) <= year_in_cell + 1, "the year stands right of the Arabic word"
