"""Word for reviewers: `--format docx` writes the same composed brief through pandoc, with
real Word footnotes for the notes (as many as the PDF has, in order, each with its text),
the house styles on the title block, findings, headings, quotes, sources and colophon, and
the same bytes from every build."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import yaml
from conftest import SAMPLE_BRIEF, cli, copy_project
from docx import Document
from factory import make_project
from pdftext import pages

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("docx") / "project")
    run = cli(root, "build", "--format", "pdf,docx")
    assert run.returncode == 0, run.stderr
    return root


def footnotes(path: Path) -> list[str]:
    """The text of each real Word footnote, in the order the document calls them."""
    with zipfile.ZipFile(path) as z:
        notes = ET.fromstring(z.read("word/footnotes.xml"))
        body = ET.fromstring(z.read("word/document.xml"))
    text = {n.get(f"{W}id"): "".join(t.text or "" for t in n.iter(f"{W}t")).strip()
            for n in notes.findall(f"{W}footnote") if n.get(f"{W}type") is None}
    order = [ref.get(f"{W}id") for ref in body.iter(f"{W}footnoteReference")]
    assert sorted(order) == sorted(text), "every footnote is called once"
    return [text[i] for i in order]


def formatted_notes(root: Path) -> list[str]:
    """The notes as the citation stage formats them (the same text the PDF prints)."""
    run = cli(root, "notes", SAMPLE_BRIEF)
    assert run.returncode == 0, run.stderr
    found = re.findall(r"^<p>(\d+)\. (.*)</p>$", run.stdout.split("<h2>Bibliography</h2>")[0], re.M)
    assert [int(n) for n, _ in found] == list(range(1, len(found) + 1))
    return [" ".join(re.sub(r"<[^>]+>", "", html).replace("&amp;", "&").split()) for _, html in found]


def test_as_many_footnotes_as_the_pdf_has_notes_in_order_with_their_text(sample):
    docx = sample / "dist" / f"{SAMPLE_BRIEF}.docx"
    in_word = footnotes(docx)
    in_pdf = [n for page in pages(sample / "dist" / f"{SAMPLE_BRIEF}.pdf") for n in page.notes]
    assert in_pdf == list(range(1, len(in_pdf) + 1)) and len(in_pdf) > 10
    assert len(in_word) == len(in_pdf)
    assert [" ".join(t.split()) for t in in_word] == formatted_notes(sample)
    with zipfile.ZipFile(docx) as z:
        assert b"endnote" not in z.read("word/document.xml"), "footnotes, not endnotes"


def test_title_block_findings_headings_quotes_sources_and_colophon_carry_the_house_styles(sample):
    doc = Document(str(sample / "dist" / f"{SAMPLE_BRIEF}.docx"))
    styled: dict[str, list[str]] = {}
    for p in doc.paragraphs:
        styled.setdefault(p.style.name, []).append(p.text)
    assert styled["Title"] == ["Japan and NATO"]
    assert styled["Subtitle"] == ["From summit guest to interoperable partner"]
    assert styled["Date"] == ["December 12, 2022"] and styled["Organization"] == ["Alliance Policy Desk"]
    brief = yaml.safe_load((sample / "briefs" / f"{SAMPLE_BRIEF}.yaml").read_text("utf-8"))
    assert styled["Key Finding"] == [" ".join(f.split()) for f in brief["key-findings"]]
    assert styled["Key Findings Title"] == ["Key findings"]
    headings = styled["Heading 1"]
    assert headings[-2:] == ["Bibliography", "About this brief"]  # as the page heads them and len(headings) >= 4
    assert len(styled["Bibliography"]) >= 1 and styled["Colophon"][0].startswith("Published by Alliance Policy Desk")
    quotes = [r.text for p in doc.paragraphs for r in p.runs if r.style is not None and r.style.name == "Direct Quote"]
    assert quotes and all(q.startswith("“") and q.rstrip(".,").endswith("”") for q in quotes), quotes
    assert "I see it as a triangle" in " ".join(quotes)
    names = {s.name for s in doc.styles}
    assert {"Block Text", "Direct Quote", "Key Finding", "Colophon", "Bibliography"} <= names


def test_a_long_quote_is_a_block_quote_with_its_footnote(tmp_path):
    words = "We will act on the plan and we will fund it in full over the next five years so that every " \
            "region gets the ports the roads the schools and the clinics it was promised when the plan " \
            "was first made public in the spring"
    from factory import SOURCE
    root = make_project(tmp_path / "p", {
        "sources/s1.yaml": SOURCE.replace("“We will act on the plan,” Lee said.", f"“{words},” Lee said.")
                                 .replace("text: We will act on the plan\n", f"text: {words}\n")})
    run = cli(root, "build", "--format", "docx")
    assert run.returncode == 0, run.stderr
    doc = Document(str(root / "dist" / "b1.docx"))
    blocks = [p for p in doc.paragraphs if p.style.name == "Block Text"]
    assert len(blocks) == 1 and blocks[0].text.startswith("We will act on the plan")
    assert len(footnotes(root / "dist" / "b1.docx")) == 2  # the block quote's note and the paraphrase's


def test_the_same_bytes_from_every_build_in_any_folder(sample, tmp_path):
    other = copy_project(tmp_path / "elsewhere")
    run = cli(other, "build", "--format", "docx", "--out", str(tmp_path / "out"))
    assert run.returncode == 0, run.stderr
    first = (sample / "dist" / f"{SAMPLE_BRIEF}.docx").read_bytes()
    assert (tmp_path / "out" / f"{SAMPLE_BRIEF}.docx").read_bytes() == first
    with zipfile.ZipFile(tmp_path / "out" / f"{SAMPLE_BRIEF}.docx") as z:
        assert {info.date_time for info in z.infolist()} == {(2022, 12, 12, 0, 0, 0)}
        assert b"2022-12-12" in z.read("docProps/core.xml")


def test_docx_is_incremental(sample):
    run = cli(sample, "build", "--format", "pdf,docx")
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().endswith("0 written, 2 up to date, 0 failed")


def test_markup_in_the_yaml_stays_text_in_word(tmp_path):
    from factory import BRIEF
    title = "Ports <img src=file:///etc/passwd> & <b>roads</b>"
    root = make_project(tmp_path / "p", {"briefs/b1.yaml": BRIEF.replace("title: A Brief", f"title: {title}")})
    run = cli(root, "build", "--format", "docx")
    assert run.returncode == 0, run.stderr
    doc = Document(str(root / "dist" / "b1.docx"))
    assert [p.text for p in doc.paragraphs if p.style.name == "Title"] == [title]
    with zipfile.ZipFile(root / "dist" / "b1.docx") as z:
        assert not [n for n in z.namelist() if n.startswith("word/media/")], "nothing was fetched into the file"


def test_word_introduces_people_as_the_page_does(sample):
    text = " ".join(p.text for p in Document(str(sample / "dist" / f"{SAMPLE_BRIEF}.docx")).paragraphs)
    assert "Liviu Lazar, industry relations coordinator at NATO, noted that Japan has taken part" in text
    assert text.count("industry relations coordinator at NATO") == 1


def test_word_never_runs_code_from_the_cache(tmp_path):
    """pandoc's Lua filter is the package's own file: one planted in .cache/ (where it was written and
    read back) is neither run nor needed."""
    root = make_project(tmp_path / "p")
    planted = root / ".cache" / "briefbuild" / "docx-notes.lua"
    planted.mkdir(parents=True)  # not even a file: the build must not depend on it
    (tmp_path / "canary").unlink(missing_ok=True)
    run = cli(root, "build", "--format", "docx")
    assert run.returncode == 0, run.stderr
    assert len(footnotes(root / "dist" / "b1.docx")) == 2


def test_word_follows_the_briefs_language_and_says_whose_translation(tmp_path):
    from overlays import project_with
    root = project_with(tmp_path / "project", "languages")
    run = cli(root, "build", "japan-nato-fr", "--format", "docx")
    assert run.returncode == 0, run.stderr
    path = root / "dist" / "japan-nato-fr.docx"
    notes = footnotes(path)
    assert notes[1].endswith("paragr.\u00a03. Notre traduction.") and notes[0].endswith("paragr.\u00a02."), notes[:2]
    doc = Document(str(path))
    quotes = [r.text for p in doc.paragraphs for r in p.runs if r.style is not None and r.style.name == "Direct Quote"]
    assert quotes and all(q.startswith("«\u202f") and q.endswith("\u202f»") for q in quotes), quotes
    assert [p.text for p in doc.paragraphs if p.style.name == "Key Findings Title"] == ["Points clés"]


# docProps/core.xml: the title (subtitle joined as the language does), the authors (else the
# organization) and the language, escaped; pandoc left title and creator empty.
CORE_CASES = [  # language, title, subtitle, authors -> dc:title, dc:creator
    ("en", "Ports & <b>Roads</b>", "Who pays, and when?", ["Ann Author", "O'Brien & <Co>"],
     "Ports & <b>Roads</b>: Who pays, and when?", "Ann Author; O'Brien & <Co>"),
    ("fr", "Le Japon et l’OTAN", "D’invité à partenaire", [], "Le Japon et l’OTAN\u00a0: D’invité à partenaire", "Org"),
    ("ja", "日本とNATO", "招待国からパートナーへ", ["山田花子"], "日本とNATO：招待国からパートナーへ", "山田花子"),
    ("de", "Ist die NATO überholt?", "Ein Plädoyer", [], "Ist die NATO überholt? Ein Plädoyer", "Org"),
    ("en-GB", "No Subtitle \\1 Here", None, ["Ann Author"], "No Subtitle \\1 Here", "Ann Author"),
]


def test_word_document_properties_are_the_briefs(tmp_path):
    import json

    from factory import BRIEF
    files: dict[str, str | None] = {"briefs/b1.yaml": None}
    for k, (lang, title, subtitle, authors, _, _) in enumerate(CORE_CASES):
        head = f"title: {json.dumps(title)}\n" + (f"subtitle: {json.dumps(subtitle)}\n" if subtitle else "")
        files[f"briefs/c{k}.yaml"] = BRIEF.replace("title: A Brief\n", head).replace(
            "organization: Org", f"organization: Org\nlanguage: {lang}\nauthors: {json.dumps(authors)}")
    root = make_project(tmp_path / "p", files)
    run = cli(root, "build", "--format", "docx")
    assert run.returncode == 0, run.stderr
    for k, (lang, _, _, _, title, creator) in enumerate(CORE_CASES):
        props = Document(str(root / "dist" / f"c{k}.docx")).core_properties
        assert (props.title, props.author, props.language) == (title, creator, lang), k
