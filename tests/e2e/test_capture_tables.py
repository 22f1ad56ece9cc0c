"""A table in a PDF stands apart from the text around it: each row a paragraph of its own,
the paragraph after it whole. Rows are told by their cells lining up (capture/pdf.py _rows),
not by a gap, so a table set flush against the text (no space after it, as many reports set
one) is read as the editor reads it, and prose, ragged right or justified, is left as it was.
PDFs made here with WeasyPrint."""
from __future__ import annotations

import pytest

from briefbuild.capture import capture
from briefbuild.checking.verify import paragraphs

CSS = ("@page { size: A4; margin: 2.4cm 2cm } html { font: 10pt/1.35 serif } p { margin: 0 0 0.7em 0 } "
       "table { border-collapse: collapse; margin: 0 } td, th { padding: 1pt 8pt 1pt 0 }")
BEFORE = ("The ministry's budget for joint exercises has grown in each of the last three years, as the table below "
          "shows, and the number of exercises has doubled since 2022.")
AFTER = ("“We will keep this pace,” the minister said. The ministry expects the budget to grow again in the next "
         "fiscal year, though the finance ministry has asked for cuts elsewhere.")
RAGGED = ("A second paragraph follows, set ragged right over several lines, so that its line ends fall in different "
          "places and its short last line shows where it ends on the page for the reader.")
DATA = [("2022", "3", "95.5"), ("2023", "4", "120.0"), ("2024", "6", "180.0")]


def table(rows, head=("Year", "Exercises", "Budget (¥bn)"), style="") -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    top = "<tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr>" if head else ""
    return f"<table style='{style}'>{top}{cells}</table>"


CASES = [
    # A table set flush against the paragraph after it: its last row ran into that paragraph.
    ("flush", "", table(DATA), ["Year Exercises Budget (¥bn)", "2022 3 95.5", "2023 4 120.0", "2024 6 180.0"]),
    # Figures set right, as reports set them; the heading row centred over them.
    ("figures right", "td { text-align: right }", table(DATA),
     ["Year Exercises Budget (¥bn)", "2022 3 95.5", "2023 4 120.0", "2024 6 180.0"]),
    # A label column, with a total row, and no heading row.
    ("labels", "td + td { text-align: right }",
     table([("Japan", "6", "180.0"), ("South Korea", "4", "96.5"), ("Australia", "5", "120.0"), ("Total", "15", "396.5")],
           head=()), ["Japan 6 180.0", "South Korea 4 96.5", "Australia 5 120.0", "Total 15 396.5"]),
    # Even columns of figures: every space in a row alike, as a justified line's are.
    ("even columns", "table { table-layout: fixed; width: 12cm } td, th { text-align: right }",
     table([("95.5", "120.0", "180.0"), ("12.5", "14.0", "16.5"), ("40.0", "45.5", "52.0")],
           head=("2022", "2023", "2024")), ["2022 2023 2024", "95.5 120.0 180.0", "12.5 14.0 16.5", "40.0 45.5 52.0"]),
    # In one of two columns, the text running on after it.
    ("two columns", "body { columns: 2; column-gap: 1cm } p { text-align: justify }", table(DATA),
     ["Year Exercises Budget (¥bn)", "2022 3 95.5", "2023 4 120.0", "2024 6 180.0"]),
    # Words in every cell, as a chronology sets them.
    ("words", "", table([("2022", "Japan joins the summit"), ("2023", "A liaison office is proposed"),
                         ("2024", "The office opens in Tokyo")], head=("Year", "Event")),
     ["Year Event", "2022 Japan joins the summit", "2023 A liaison office is proposed", "2024 The office opens in Tokyo"]),
    # One row or two (before: the last ran into the paragraph after the table).
    ("one row", "", table(DATA[:1]), ["Year Exercises Budget (¥bn)", "2022 3 95.5"]),
    ("one row, figures right", "td { text-align: right }", table(DATA[:1]), ["Year Exercises Budget (¥bn)", "2022 3 95.5"]),
    ("two rows, no heading", "", table(DATA[:2], head=()), ["2022 3 95.5", "2023 4 120.0"]),
    ("two rows, labels", "td + td { text-align: right }", table([("Japan", "6", "180.0"), ("Total", "15", "396.5")],
                                                                 head=()), ["Japan 6 180.0", "Total 15 396.5"]),
    ("one row of words", "", table([("2022", "Japan joins the summit")], head=("Year", "Event")),
     ["Year Event", "2022 Japan joins the summit"]),
    ("even columns, two rows", "table { table-layout: fixed; width: 12cm } td { text-align: right }",
     table([("95.5", "120.0", "180.0"), ("12.5", "14.0", "16.5")], head=()), ["95.5 120.0 180.0", "12.5 14.0 16.5"]),
]


@pytest.mark.parametrize("name, css, block, rows", CASES, ids=[c[0] for c in CASES])
def test_a_tables_rows_stand_apart_from_the_text_after_it(tmp_path, name, css, block, rows):
    from weasyprint import HTML
    pdf = tmp_path / "t.pdf"
    HTML(string=f"<html><head><style>{CSS} {css}</style></head><body><p>{BEFORE}</p>{block}<p>{AFTER}</p>"
                f"<p>{RAGGED}</p></body></html>").write_pdf(pdf)
    assert [" ".join(p.split()) for p in paragraphs(capture(pdf).text)][1:] == [BEFORE, *rows, AFTER, RAGGED]


PROSE = [
    # Ragged right, paragraphs told apart by a gap, an indent, or a short last line alone.
    ("ragged, gap", "", ""),
    ("ragged, indent", "p { margin: 0; text-indent: 1.5em }", ""),
    ("justified, narrow", "p { text-align: justify; width: 6.5cm }", ""),
    ("justified, two columns", "body { columns: 2; column-gap: 1cm } p { text-align: justify; hyphens: auto }", ""),
    # Wide word spaces in two lines running (a justified line with few words), not one under the other.
    ("justified, long words", "p { text-align: justify; width: 5cm }",
     "Interoperability, standardisation, counterintelligence and decentralisation: "),
]


# Paragraphs of two lines, each a pair of lines running (the two-row table's shape).
SHORT = ["The ministry's budget for joint exercises has grown again in each of the last three years.",
         "“We will keep this pace,” the minister said on Tuesday to the reporters outside.",
         "The finance ministry has asked for cuts elsewhere, and the committee will vote on it.",
         "Interoperability, standardisation and counterintelligence lead the ministry's list."]
PROSE += [(f"two-line paragraphs, {name}", css, "") for name, css in [
    ("ragged", "p { width: 9cm }"), ("justified", "p { text-align: justify; width: 9cm }"),
    ("justified, narrow", "p { text-align: justify; width: 7cm; hyphens: auto }")]]


@pytest.mark.parametrize("name, css, lead", PROSE, ids=[c[0] for c in PROSE])
def test_prose_is_read_as_it_was(tmp_path, name, css, lead):
    from weasyprint import HTML
    pdf = tmp_path / "p.pdf"
    paras = [lead + BEFORE, AFTER, RAGGED, BEFORE.replace("2022", "2021"), AFTER.replace("next", "coming")]
    if name.startswith("two-line"):
        paras = [lead + SHORT[0], *SHORT[1:], *SHORT]
    HTML(string=f"<html><head><style>{CSS} {css}</style></head><body>" + "".join(f"<p>{p}</p>" for p in paras)
                + "</body></html>").write_pdf(pdf)
    assert [" ".join(p.split()) for p in paragraphs(capture(pdf).text)][1:] == paras
