"""Tried as a new user would: a brief in German with a table and a chart, in a theme of one's own
(logo, colours, fonts from files, A5 paper, margins); and what the build keeps in .cache/ for
charts and web fonts cannot change the next build's output."""
from __future__ import annotations

import base64
import re
import shutil
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from conftest import REPO, cli
from factory import make_project
from overlays import pdf_text, structure, svgs_of

from briefbuild.rendering.fonts import package_dir

LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="24" viewBox="0 0 120 24">'
        '<rect width="24" height="24" fill="#8b1e3f"/><rect x="30" y="8" width="90" height="8" fill="#d4a017"/></svg>')
THEME = """\
name: Stiftung Beispiel
logo: logo.svg
logo-alt: Stiftung Beispiel
colours:
  accent: "#8b1e3f"
  series: ["#8b1e3f", "#d4a017"]
fonts:
  serif: {family: Haus Serif, files: [fonts/Caladea-Regular.ttf, fonts/Caladea-Bold.ttf]}
  sans: {family: Haus Sans, files: [fonts/Lato-Regular.ttf, fonts/Lato-Bold.ttf]}
page:
  size: A5
  margins: 15mm
"""
CSV = "Bereich,2023,2024\nHeer,\"1.234,5\",\"1.300\"\nMarine,800,950\nLuftwaffe,\"1.000\",\"1.100,5\"\n"
# A spreadsheet formula is a cell's text, never a link (written without quotation marks: a table
# may not put words in them, checking/assets.py).
TABLE_CSV = CSV + "=HYPERLINK(A1&B1),-,-\n"


def png(width: int = 8, height: int = 4) -> bytes:
    """A small valid PNG (a dark red block), written without an imaging library."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\x8b\x1e\x3f" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
LONG = ("Die Beschaffungsvorhaben des Bundesverteidigungsministeriums und die Rüstungskontrollverhandlungen "
        "verlangen Haushaltsausschussberatungen, Verteidigungsausgabenberichte und Infrastrukturinvestitionen. ") * 3
BRIEF = f"""\
title: Verteidigungshaushalt im Überblick
date: "2024-03-05"
organization: Stiftung Beispiel
language: de
summary: Der Haushalt wächst in allen Bereichen.
key-findings:
  - Alle Bereiche wachsen.
sections:
  - title: Zahlen
    blocks:
      - claim: Lee sagte {{lee-act}}.
      - text: {LONG}
      - table:
          caption: Ausgaben nach Bereich
          csv: assets/tabelle.csv
          notes: [In Millionen Euro.]
          source:
            - source: s1
              paragraph: 2
      - figure:
          chart:
            kind: bar
            csv: assets/ausgaben.csv
            y-label: Millionen Euro
          alt: Balkendiagramm der drei Bereiche; alle steigen von 2023 auf 2024, das Heer am stärksten.
          caption: Ausgaben nach Bereich
          source:
            - source: s1
              paragraph: 2
      - figure:
          image: assets/block.png
          alt: Ein dunkelroter Block.
          caption: Ein Block
"""


def german_project(root: Path) -> Path:
    root = make_project(root, {"briefs/haushalt.yaml": BRIEF, "assets/ausgaben.csv": CSV, "assets/block.png": png(),
                               "assets/tabelle.csv": TABLE_CSV,
                               "themes/haus/theme.yaml": THEME, "themes/haus/logo.svg": LOGO,
                               "pyproject.toml": '[tool.briefbuild]\nstyle = "chicago-notes-bibliography"\ntheme = "haus"\n'})
    fonts = root / "themes" / "haus" / "fonts"
    fonts.mkdir()
    for package, names in (("font_caladea", ("Caladea-Regular.ttf", "Caladea-Bold.ttf")),
                           ("font_lato", ("Lato-Regular.ttf", "Lato-Bold.ttf"))):
        for name in names:
            shutil.copy(package_dir(package) / name, fonts / name)
    return root


@pytest.fixture(scope="module")
def german(tmp_path_factory) -> Path:
    root = german_project(tmp_path_factory.mktemp("german") / "project")
    check = cli(root, "check")
    assert check.returncode == 0, check.stderr
    run = cli(root, "build", "haushalt")
    assert run.returncode == 0, run.stderr
    return root


def test_the_german_brief_reads_german(german):
    html = (german / "dist" / "haushalt.html").read_text("utf-8")
    assert '<html lang="de">' in html and ">Kernaussagen<" in html and ">5. März 2024</time>" in html
    for words in ("Tabelle 1.", "Abbildung 1.", "Abbildung 2.", "Quelle:", "Anmerkung:"):
        assert words in html, words
    assert "„We will act on the plan“" in html
    notes = re.findall(r'<li id="fn-\d+"[^>]*>(.*?) <a class="fn-back"', html)
    assert notes and ", Abs.\u00a01." in notes[0], notes  # the German CSL term, read as a locator
    text = pdf_text(german / "dist" / "haushalt.pdf")
    assert "Seite 1 von" in text and "Tabelle 1. Ausgaben nach Bereich" in text


def test_a_figure_without_alt_fails_check_at_its_position(tmp_path):
    root = german_project(tmp_path / "project")
    brief = root / "briefs" / "haushalt.yaml"
    brief.write_text(brief.read_text("utf-8").replace("          alt: Ein dunkelroter Block.\n", ""), "utf-8")
    run = cli(root, "check")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert ("briefs/haushalt.yaml:30:9: sections.0.blocks.4.figure: a figure needs alt: one or two sentences saying "
            "what it shows, for readers who cannot see it") in run.stderr, run.stderr


def test_german_numbers_are_numbers(german):
    html = (german / "dist" / "haushalt.html").read_text("utf-8")
    table = re.search(r'<div class="table-block" id="table-1">(.*?)</div>', html, re.S).group(1)
    assert '<td class="right">1.234,5</td>' in table and '<td class="right">1.100,5</td>' in table


def test_the_own_theme_sets_logo_colours_fonts_and_page(german):
    html = (german / "dist" / "haushalt.html").read_text("utf-8")
    assert LOGO.encode() == svgs_of(html)[0] and "--accent: #8b1e3f" in html
    chart = svgs_of(html)[1]
    assert b"fill: #8b1e3f" in chart and b"fill: #d4a017" in chart
    # The chart's words are drawn from the theme's sans face (its glyphs, named by matplotlib after the font).
    assert set(re.findall(rb'<path id="([A-Za-z-]+?)-[0-9a-f]+"', chart)) == {b"Lato-Regular"}
    pdf = german / "dist" / "haushalt.pdf"
    figures = [a["alt"] for k, a in structure(pdf) if k == "/Figure"]
    assert figures == ["Stiftung Beispiel", "Balkendiagramm der drei Bereiche; alle steigen von 2023 auf 2024, das "
                       "Heer am stärksten.", "Ein dunkelroter Block."]  # the logo, the chart, the PNG
    from overlays import pdf_fonts
    # WeasyPrint names each embedded face after the theme's family (Haus-Serif-Oblique: italic slanted).
    names = {name for name, _ in pdf_fonts(pdf)}
    assert {"Haus-Serif", "Haus-Sans"} <= names and all(n.startswith(("Haus-Serif", "Haus-Sans")) for n in names), names
    with pikepdf.open(pdf) as doc:
        assert [round(float(v)) for v in doc.pages[0].MediaBox] == [0, 0, 420, 595]  # A5
    with pdfplumber.open(pdf) as doc:
        page = doc.pages[0]
        left = min(ch["x0"] for ch in page.chars)
        right = max(ch["x1"] for ch in page.chars)
    mm15 = 15 / 25.4 * 72
    assert abs(left - mm15) < 1.5 and right <= page.width - mm15 + 0.5, (left, right)
    assert not (REPO / "themes" / "haus").exists()


def test_hyphenation_follows_the_language(german):
    import pyphen
    german_breaks = pyphen.Pyphen(lang="de_DE")
    with pdfplumber.open(german / "dist" / "haushalt.pdf") as pdf:  # lines as set (pdftotext joins justified ones)
        lines = [line.strip() for page in pdf.pages for line in page.extract_text().splitlines()]
    splits = []
    for line, following in zip(lines, lines[1:]):
        if re.search(r"\w-$", line) and following:
            head, tail = line.split()[-1][:-1], following.split()[0]
            splits.append((head, re.sub(r"\W+$", "", tail)))
    assert splits, "the long German words were never hyphenated"
    for head, tail in splits:
        word = head + tail
        assert len(head) in german_breaks.positions(word), (head, tail)


# ------------------------------------------------------------------ .cache/ cannot restyle the next build



def test_a_poisoned_matplotlibrc_in_the_cache_changes_no_chart(tmp_path):
    clean = german_project(tmp_path / "clean")
    poisoned = german_project(tmp_path / "poisoned")
    folder = poisoned / ".cache" / "briefbuild" / "matplotlib"
    folder.mkdir(parents=True)
    (folder / "matplotlibrc").write_text("axes.facecolor: ff0000\nfont.size: 30\nsvg.hashsalt: other\n", "utf-8")
    charts = []
    for root in (clean, poisoned):
        run = cli(root, "build", "--format", "html")
        assert run.returncode == 0, run.stderr
        charts.append(svgs_of((root / "dist" / "haushalt.html").read_text("utf-8"))[1])
    assert charts[0] == charts[1]
    assert b"#ff0000" not in charts[1]


def test_a_poisoned_web_font_in_the_cache_never_reaches_the_page(tmp_path):
    root = german_project(tmp_path / "project")
    assert cli(root, "build", "--format", "html").returncode == 0
    page = root / "dist" / "haushalt.html"
    fonts = re.findall(r"url\(data:font/woff2;base64,([^)]+)\)", page.read_text("utf-8"))
    kept = sorted((root / ".cache" / "briefbuild" / "webfonts").glob("*.woff2"))
    assert kept and fonts
    for path in kept:  # a restored CI cache: another font (here, junk) under each digest
        path.write_bytes(b"wOF2" + b"\x00" * 64)
    run = cli(root, "build", "--format", "html", "--force", "--verbose")
    assert run.returncode == 0, run.stderr
    again = re.findall(r"url\(data:font/woff2;base64,([^)]+)\)", page.read_text("utf-8"))
    assert again == fonts and base64.b64encode(b"wOF2" + b"\x00" * 64).decode() not in page.read_text("utf-8")
    assert f"ignored {kept[0]}: not sealed with this machine's cache key" in run.stderr


def test_word_reads_german_with_the_table_and_the_chart(german):
    import zipfile

    from docx import Document
    run = cli(german, "build", "haushalt", "--format", "docx")
    assert run.returncode == 0, run.stderr
    path = german / "dist" / "haushalt.docx"
    doc = Document(str(path))
    styled: dict[str, list[str]] = {}
    for p in doc.paragraphs:
        styled.setdefault(p.style.name, []).append(p.text)
    assert styled["Key Findings Title"] == ["Kernaussagen"] and styled["Date"] == ["5. März 2024"]
    assert styled["Heading 1"] == ["Zahlen", "Literaturverzeichnis", "Über diesen Brief"]
    assert styled["Colophon"][0].startswith("Herausgegeben von Stiftung Beispiel am 5. März 2024. Er stützt sich")
    quotes = [r.text for p in doc.paragraphs for r in p.runs if r.style is not None and r.style.name == "Direct Quote"]
    assert quotes == ["„We will act on the plan“"]
    assert len(doc.tables) == 1
    cells = [[c.text for c in row.cells] for row in doc.tables[0].rows]
    assert cells[0] == ["Bereich", "2023", "2024"] and cells[1] == ["Heer", "1.234,5", "1.300"]
    assert cells[-1] == ["=HYPERLINK(A1&B1)", "-", "-"]
    text = " ".join(p.text for p in doc.paragraphs)
    assert "Tabelle 1. Ausgaben nach Bereich" in text  # the table's caption
    assert "Anmerkung: In Millionen Euro." in text and "Abbildung 1. Ausgaben nach Bereich" in text
    assert text.count("Quelle:") == 2
    with zipfile.ZipFile(path) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        body = z.read("word/document.xml").decode("utf-8")
        styles = z.read("word/styles.xml").decode("utf-8")
    # The logo above the title, the chart and the PNG; the theme's accent and its fonts' own family names.
    assert len(media) == 3 and 'descr="Balkendiagramm der drei Bereiche' in body and 'descr="Ein dunkelroter Block."' in body
    assert body.index('descr="Stiftung Beispiel"') < body.index("Verteidigungshaushalt im")
    assert "8B1E3F" in styles and "1F4E79" not in styles
    assert '"Lato"' in styles and "Source Sans Pro" not in styles
    assert "instrText" not in body and "<w:hyperlink" not in body and "<w:fldSimple" not in body  # no field, no link


def test_check_finds_a_theme_logo_linked_out_of_the_project(tmp_path):
    root = german_project(tmp_path / "project")
    outside = tmp_path / "outside.svg"
    outside.write_text(LOGO, "utf-8")
    (root / "themes" / "haus" / "logo.svg").unlink()
    (root / "themes" / "haus" / "logo.svg").symlink_to(outside)
    run = cli(root, "check")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert ("themes/haus/theme.yaml:2:1: logo: 'logo.svg' is not a file in the theme folder (missing, or a link "
            "leading out of it): put the file itself in the folder") in run.stderr, run.stderr
    github = cli(root, "check", "--format", "github")  # CI's annotations say it too
    assert github.returncode == 1 and "::error file=themes/haus/theme.yaml,line=2,col=1" in github.stdout, github.stdout
