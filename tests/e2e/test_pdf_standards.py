"""The PDF as an archive and an assistive reader see it: standards claimed, structure, fonts, attachments."""
from __future__ import annotations

import re
from collections import Counter

import pdfplumber
import pikepdf
import pytest
from conftest import SAMPLE_BRIEF, cli, copy_project

PDFUA = "{http://www.aiim.org/pdfua/ns/id/}part"
PDFA_PART = "{http://www.aiim.org/pdfa/ns/id/}part"
PDFA_CONFORMANCE = "{http://www.aiim.org/pdfa/ns/id/}conformance"
DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
OUR_FAMILIES = ("Source-Serif-Pro", "Source-Sans-Pro")


@pytest.fixture(scope="module")
def archival_build(tmp_path_factory):
    """The sample brief built as PDF/A-3b, with the project it was built from."""
    root = copy_project(tmp_path_factory.mktemp("archival"))
    run = cli(root, "build", SAMPLE_BRIEF, "--format", "pdf", "--pdf-variant", "pdf/a-3b")
    assert run.returncode == 0, run.stderr
    return root, root / "dist" / f"{SAMPLE_BRIEF}.pdf"


def font_names(pdf: pikepdf.Pdf) -> set[str]:
    """Every embedded font's name without its subset tag (ABCDEF+)."""
    names = set()
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font" and "/BaseFont" in obj:
            names.add(re.sub(r"^[A-Z]{6}\+", "", str(obj.BaseFont)[1:]))
    return names


def test_default_pdf_declares_pdf_ua_1_in_xmp(sample_build):
    with pikepdf.open(sample_build / f"{SAMPLE_BRIEF}.pdf") as pdf:
        meta = pdf.open_metadata()
        assert meta.get(PDFUA) == "1"
        assert meta.get(DC_TITLE) == "Japan and NATO: From summit guest to interoperable partner"


def test_default_pdf_is_tagged_with_language_and_title_shown(sample_build):
    with pikepdf.open(sample_build / f"{SAMPLE_BRIEF}.pdf") as pdf:
        root = pdf.Root
        assert "/StructTreeRoot" in root
        assert root.MarkInfo.Marked is True
        assert str(root.Lang) == "en"
        assert root.ViewerPreferences.DisplayDocTitle is True
        assert str(pdf.docinfo.Title).startswith("Japan and NATO")
        # The tree is a real one: headings, paragraphs and the notes are tagged.
        kinds = Counter()
        stack = [root.StructTreeRoot]
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Dictionary):
                if "/S" in node:
                    kinds[str(node.S)] += 1
                kids = node.get("/K")
                stack.extend(kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else [])
        assert kinds["/H1"] == 1
        assert kinds["/H2"] >= 5
        assert kinds["/P"] >= 20


@pytest.mark.parametrize("variant", ["default", "archival"])
def test_pdf_embeds_only_the_pip_installed_fonts(sample_build, archival_build, variant):
    path = sample_build / f"{SAMPLE_BRIEF}.pdf" if variant == "default" else archival_build[1]
    with pikepdf.open(path) as pdf:
        names = font_names(pdf)
    assert names, "no fonts found"
    strangers = sorted(n for n in names if not n.startswith(OUR_FAMILIES) or "Oblique" in n)
    assert not strangers, f"system fallback or synthesized fonts embedded: {strangers}"


def test_body_is_source_serif_and_headings_source_sans(sample_build):
    with pdfplumber.open(sample_build / f"{SAMPLE_BRIEF}.pdf") as pdf:
        page = pdf.pages[1]
        body = Counter(c["fontname"].split("+")[-1] for c in page.chars if 10 <= c["size"] <= 11)
        heads = {c["fontname"].split("+")[-1] for c in page.chars if c["size"] >= 13.5 and c["text"].isalpha()
                 and "Italic" not in c["fontname"]}
    assert body.most_common(1)[0][0] == "Source-Serif-Pro"
    assert heads and all(name.startswith("Source-Sans-Pro") for name in heads), heads


def test_archival_pdf_declares_pdf_a_3b(archival_build):
    with pikepdf.open(archival_build[1]) as pdf:
        meta = pdf.open_metadata()
        assert meta.get(PDFA_PART) == "3"
        assert meta.get(PDFA_CONFORMANCE) == "B"
        assert str(pdf.Root.Lang) == "en"
        # The archival copy is tagged too, not only the default PDF/UA-1.
        assert "/StructTreeRoot" in pdf.Root and pdf.Root.MarkInfo.Marked is True


def test_archival_pdf_carries_its_inputs_byte_for_byte(archival_build):
    root, path = archival_build
    with pikepdf.open(path) as pdf:
        files = {name: spec for name, spec in pdf.attachments.items()}
        assert f"briefs/{SAMPLE_BRIEF}.yaml" in files
        assert "sources/people.yaml" in files
        assert any(n.startswith("sources/") and n.endswith(".yaml") and n != "sources/people.yaml" for n in files)
        for name, spec in files.items():
            assert spec.obj.AFRelationship == "/Source", name
            assert spec.get_file().read_bytes() == (root / name).read_bytes(), f"{name} differs from the project's file"
        # Each is listed in the catalog's /AF too, as PDF/A-3 asks. (WeasyPrint 70 lists each twice.)
        assert {x.objgen for x in pdf.Root.AF} == {spec.obj.objgen for spec in files.values()}
