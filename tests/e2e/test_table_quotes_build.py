"""A "who said what" table built for real: each cell's quote in quotation marks (a paraphrase
without), its note numbered in reading order with the brief's other notes, in the PDF (read back
as text), the web page (in Chromium: the note link goes to its note and back, axe finds nothing)
and Word (a real footnote in the table's cell). The rules of what a cell may place are in
tests/unit/test_table_quotes.py."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from conftest import cli
from factory import CHAN, brief, make_project
from overlays import pdf_text, structure
from pdftext import pages
from test_browser import run_axe
from test_docx import W, footnotes

# Note 1 before the table, 2 and 3 in its cells (Lee's words, Chan's paraphrase), 4 after it.
BRIEF = brief("""\
      - claim: The plan divides the cabinet.
        cite:
          - source: s1
            paragraph: 2
      - table:
          caption: Positions on the plan
          columns: [Minister, Position]
          rows:
            - [Ann Lee, "{lee-act}"]
            - [bo-chan, "{chan-more}"]
      - claim: Chan said {chan-small}.
""")


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    root = make_project(tmp_path_factory.mktemp("table-quotes") / "project",
                        {"sources/s2.yaml": CHAN, "briefs/b1.yaml": BRIEF})
    run = cli(root, "build", "b1", "--format", "pdf,html,docx")  # one brief: its sources found by its cells too
    assert run.returncode == 0, run.stderr
    return root / "dist"


def test_pdf_prints_the_quote_and_its_note_in_reading_order(dist):
    text = " ".join(pdf_text(dist / "b1.pdf").split())
    assert "Ann Lee “We will act on the plan”2" in text
    assert "Bo Chan The ministry will ask for more next year3" in text  # a paraphrase: no marks
    assert "“The ministry" not in text
    found = pages(dist / "b1.pdf")
    assert [n for page in found for n in page.calls] == [1, 2, 3, 4]
    assert [n for page in found for n in page.notes] == [1, 2, 3, 4]
    # The quoting cells keep their headers for screen readers: each TD points at its row's TH and its column's.
    cells = [attrs["attrs"] for kind, attrs in structure(dist / "b1.pdf") if kind == "/TD"]
    assert len(cells) == 2 and all(len(td["/Headers"]) == 2 for td in cells)
    # Chan's story is first cited in the table's cell (note 3): in full there, short in the claim after.
    assert re.search(r"2\. The Daily, “A Story,” para\. 1\. 3\. “Budget Talks,” The Daily, January 3, 2024, para\. 2\. "
                     r"4\. The Daily, “Budget Talks,” para\. 1\.", text)


@pytest.mark.browser
def test_web_page_links_each_cell_note_both_ways(dist, browser):
    page = browser.new_page()
    try:
        page.goto((dist / "b1.html").as_uri())
        cells = page.locator("table tbody tr")
        assert cells.nth(0).locator("th").inner_text() == "Ann Lee"
        assert cells.nth(1).locator("th").get_attribute("scope") == "row"
        assert cells.nth(0).locator("td .quote").inner_text() == "“We will act on the plan”"
        assert cells.nth(1).locator("td .paraphrase").inner_text() == "The ministry will ask for more next year"
        for row, number in ((0, 2), (1, 3)):
            call = cells.nth(row).locator("td a.fn-call")
            assert call.inner_text().replace("\n", " ").strip() in (f"Note {number}", f"Note{number}")
            call.click()
            assert page.evaluate("location.hash") == f"#fn-{number}"
            note = page.locator(f"#fn-{number}")
            assert ("A Story" if number == 2 else "Budget Talks") in note.inner_text()
            note.locator("a.fn-back").click()
            assert page.evaluate("location.hash") == f"#fnref-{number}"
        result = run_axe(page)
        assert result["violations"] == [], result["violations"]
    finally:
        page.close()


def test_word_puts_a_real_footnote_in_each_quoting_cell(dist):
    docx = dist / "b1.docx"
    notes = footnotes(docx)
    assert len(notes) == 4 and "A Story" in notes[1] and "Budget Talks" in notes[2]
    with zipfile.ZipFile(docx) as z:
        body = ET.fromstring(z.read("word/document.xml"))
    cells = [cell for cell in body.iter(f"{W}tc")]
    in_cells = [len(list(cell.iter(f"{W}footnoteReference"))) for cell in cells]
    assert in_cells == [0, 0, 0, 1, 0, 1]  # the header row, then each row's header and its quote
    said = ["".join(t.text or "" for t in cell.iter(f"{W}t")) for cell in cells]
    assert said[3] == "“We will act on the plan”" and said[5] == "The ministry will ask for more next year"
