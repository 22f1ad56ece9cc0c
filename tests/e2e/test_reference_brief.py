"""The reference brief (tests/fixtures/reference): fifteen kinds of source in Chicago 18
notes-bibliography against a golden file checked by hand, in APA 7 and Chicago author-date
against what pandoc --citeproc gives for the same CSL-JSON directly, its exports read back by
pandoc, and its PDF bibliography free of inserted hyphens.

Regenerate the golden file after a reviewed change (then check it against the Chicago Manual again):
    PYTHONPATH=. .venv/bin/python tests/e2e/test_reference_brief.py
"""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))
from conftest import REPO, cli  # noqa: E402 (the tests folder is put on the path first)

REFERENCE = TESTS / "fixtures" / "reference"
GOLDEN = TESTS / "golden" / "reference.chicago.notes.html"


def reference_project(dest: Path, style: str | None = None) -> Path:
    for name in ("briefs", "sources"):
        shutil.copytree(REFERENCE / name, dest / name)
    shutil.copytree(REPO / "templates", dest / "templates")
    text = (REFERENCE / "pyproject.toml").read_text("utf-8")
    if style:
        text = text.replace('style = "chicago-notes-bibliography"', f'style = "{style}"')
    (dest / "pyproject.toml").write_text(text, "utf-8")
    return dest


def notes_html(root: Path) -> str:
    run = cli(root, "notes", "reference")
    assert run.returncode == 0, run.stderr
    return run.stdout


def text(fragment: str) -> str:
    """What a reader sees: tags and break opportunities gone, entities read, no-break spaces as spaces."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def chicago(tmp_path_factory) -> Path:
    return reference_project(tmp_path_factory.mktemp("chicago"))


def test_chicago_notes_and_bibliography_match_the_golden_file(chicago):
    assert notes_html(chicago) == GOLDEN.read_text("utf-8")


def test_chicago_merges_citations_of_one_source_in_one_note(chicago):
    notes = [text(line) for line in notes_html(chicago).splitlines() if re.match(r"<p>\d+\. ", line)]
    assert notes[0].endswith("Journal of Example Security Studies 12, no. 3 (2023): 203–5, 210, "
                             "https://doi.org/10.5555/jess.2023.0312.")
    assert notes[9] == "10. Nakamura and Osei, Interoperability First, paras. 2–3."
    assert notes[16].startswith("17. Example Alliance, “Harbourtown Summit Declaration,” Harbourtown Summit, "
                                "Harbourtown, June 29, 2022, paras. 6–7,")
    assert notes[22].endswith("April 2024, lines 12, 14, CSV, "
                             "https://www.example.org/databases/militaryexpenditure.")


def test_labels_keep_their_numbers_and_urls_break_only_where_allowed(chicago):
    out = notes_html(chicago)
    assert "paras.\u00a03, 5, 9–11" in out and "para.\u00a02" in out and "para. " not in out
    link = re.search(r'<a class="url" href="https://doi.org/10.5555/jess.2023.0312">(.*?)</a>', out).group(1)
    assert link == ('<span class="nobr">https://</span><wbr><span class="nobr">doi</span><wbr>'
                    '<span class="nobr">.org/</span><wbr><span class="nobr">10</span><wbr>'
                    '<span class="nobr">.5555/</span><wbr><span class="nobr">jess</span><wbr>'
                    '<span class="nobr">.2023</span><wbr><span class="nobr">.0312</span>')


def test_a_language_keeps_citeproc_from_title_casing(tmp_path):
    root = reference_project(tmp_path)
    assert "“<span lang=\"fr\">Le Japon et l’Alliance des exemples</span>,”" in notes_html(root)
    french = root / "sources" / "french-article.yaml"
    french.write_text(french.read_text("utf-8").replace("language: fr\n", ""), "utf-8")
    assert "“Le Japon Et l’Alliance Des Exemples,”" in notes_html(root)


def _oracle(root: Path, style: str) -> tuple[list[str], list[str]]:
    """pandoc --citeproc on the hand-written citations and the exported CSL-JSON: (citations, references)."""
    from briefbuild.rendering.cite import pandoc_path
    from briefbuild.styles import style_path
    run = cli(root, "export", "reference", "--format", "csl-json", "--out", "oracle")
    assert run.returncode == 0, run.stderr
    out = subprocess.run([pandoc_path(), str(REFERENCE / "citations.md"), "--citeproc", "-t", "html",
                          "--wrap=none", "--bibliography", str(root / "oracle" / "reference.json"),
                          "--csl", str(style_path(style))], capture_output=True, text=True, check=True).stdout
    refs = out[out.index('<div id="refs"'):]
    cites = [text(p) for p in re.findall(r"<p>(.*?)</p>", out[:out.index('<div id="refs"')])]
    entries = [text(e) for e in re.findall(r'<div id="ref-[^"]+" class="csl-entry"[^>]*>(.*?)</div>', refs, re.DOTALL)]
    return cites, entries


def _built(root: Path) -> tuple[str, list[str], list[str]]:
    run = cli(root, "build", "reference", "--format", "html")
    assert run.returncode == 0, run.stderr
    page = (root / "dist" / "reference.html").read_text("utf-8")
    cites = []
    for start in re.finditer(r'<span class="cite">', page):
        depth, i = 1, start.end()
        while depth:
            tag = re.compile(r"<(/?)span\b[^>]*>").search(page, i)
            depth += -1 if tag.group(1) else 1
            i = tag.end()
        cites.append(text(page[start.end():i - len("</span>")]))
    section = page[page.index('<section class="sources"'):]
    entries = [text(e) for e in re.findall(r"<li>(.*?)</li>", section, re.DOTALL)]
    return page, cites, entries


@pytest.mark.parametrize("style,heading", [("apa", "References"), ("chicago-author-date", "References")])
def test_author_date_styles_cite_in_the_text_as_pandoc_does(tmp_path, style, heading):
    root = reference_project(tmp_path, style)
    page, cites, entries = _built(root)
    want_cites, want_entries = _oracle(root, style)
    assert cites == want_cites
    assert entries == want_entries
    assert len(cites) == 29 and len(entries) == 15
    # the undated web page: n.d., as the style says, in the text and in the list; no year invented
    assert [c for c in cites if "n.d." in c] == [c for c in cites if "Example Alliance" in c and "2022" not in c]
    assert len([c for c in cites if "n.d." in c]) == 2 and sum("n.d." in e for e in entries) == 1
    assert f'<h2 id="sources-h">{heading}</h2>' in page
    assert '<section class="notes"' not in page and 'class="fn-call"' not in page
    # the citation sits in the sentence, before its full stop
    para = re.search(r"<p>Two passages of the journal article, read together, support this claim.*?</p>", page).group(0)
    assert text(para) == f"Two passages of the journal article, read together, support this claim {cites[0]}."


def test_a_quote_is_followed_by_its_in_text_citation(tmp_path):
    root = reference_project(tmp_path, "apa")
    page, _, _ = _built(root)
    para = re.search(r"<p>[^<]*Rivera[^<]*put the aim plainly.*?</p>", page).group(0)
    # Her first quote introduces her (rendering/people.py).
    assert text(para) == ("Ana Rivera (Minister of Defence, Republic of Examplia) put the aim plainly: “We will "
                          "keep the sea lanes open to every nation that respects them” (Rivera, 2023, para. 11).")


def _csl_back(path: Path, fmt: str) -> dict:
    from briefbuild.rendering.cite import pandoc_path
    out = subprocess.run([pandoc_path(), "-f", fmt, "-t", "csljson", str(path)], capture_output=True,
                         text=True, check=True).stdout
    return {i["id"]: i for i in json.loads(out)}


# What each format cannot carry (pandoc reads it back as another field, or not at all).
LOST = {
    "bibtex": {"type", "interviewer", "medium", "version", "language", "event", "event-place", "genre",
               "note", "container-title", "publisher", "authority"},
    "biblatex": {"interviewer", "medium", "container-title", "publisher", "authority", "type"},
}


def _normal(item: dict, lost: set[str], fmt: str) -> dict:
    item = {k: v for k, v in item.items() if k not in lost}
    for key in ("title", "title-short"):  # CSL's nocase span is BibTeX's braces: pandoc reads both as protected text
        if key in item:
            item[key] = re.sub(r'<span class="nocase">(.*?)</span>', r"\1", item[key])
    for role in ("author", "editor"):  # BibTeX has one 'von' part: pandoc reads it as a dropping particle
        if role in item:
            item[role] = [{("particle" if "particle" in k else k): v for k, v in n.items()} for n in item[role]]
    if fmt == "bibtex" and "issued" in item:  # BibTeX months are 1-12: a season keeps its year
        item["issued"] = {"date-parts": [[p for p in d if p <= 12 or p > 31] for d in item["issued"]["date-parts"]]}
    return item


@pytest.mark.parametrize("fmt,ext", [("bibtex", "bib"), ("biblatex", "biblatex.bib")])
def test_bibtex_and_biblatex_read_back_to_the_same_items(chicago, tmp_path, fmt, ext):
    run = cli(chicago, "export", "reference", "--out", str(tmp_path))
    assert run.returncode == 0, run.stderr
    items = {i["id"]: i for i in json.loads((tmp_path / "reference.json").read_text("utf-8"))}
    back = _csl_back(tmp_path / f"reference.{ext}", fmt)
    assert set(back) == set(items)
    for sid, item in items.items():
        assert _normal(back[sid], LOST[fmt], fmt) == _normal(item, LOST[fmt], fmt), sid
    bib = (tmp_path / f"reference.{ext}").read_text("utf-8")
    if fmt == "bibtex":
        assert "month = nov," in bib and "month = {" not in bib
        assert "@techreport{government-report," in bib and "institution = {Ministry of Example Affairs}" in bib
        assert "@incollection{book-chapter," in bib and "urldate = {2023-01-10}" in bib
        assert "doi = {10.5555/jess.2023.0312}" in bib and "day = {29}" in bib
        assert re.search(r"@unpublished\{speech,[^@]*note = \{Example Security Forum, Geneva\}", bib)
    else:
        assert "date = {2022-06-29}" in bib and "urldate = {2024-03-01}" in bib and "eventtitle" in bib


def test_a_classic_bibtex_run_accepts_the_bibtex_export(chicago, tmp_path):
    run = cli(chicago, "export", "reference", "--format", "bibtex", "--out", str(tmp_path))
    assert run.returncode == 0, run.stderr
    (tmp_path / "cited.aux").write_text("\\citation{*}\n\\bibstyle{plain}\n\\bibdata{reference}\n", "utf-8")
    bibtex = subprocess.run(["bibtex", "cited"], cwd=tmp_path, capture_output=True, text=True)
    assert bibtex.returncode == 0, bibtex.stdout
    assert "Warning" not in bibtex.stdout and "error" not in bibtex.stdout.lower(), bibtex.stdout
    bbl = (tmp_path / "cited.bbl").read_text("utf-8")
    assert bbl.count("\\bibitem{") == 15
    # the month is BibTeX's macro, expanded by the style (a braced {dec} would print as dec)
    assert "December 2023" in bbl and "Ministry of Example Affairs" in bbl


def test_import_of_the_bibtex_export_writes_sources(chicago, tmp_path):
    run = cli(chicago, "export", "reference", "--format", "biblatex", "--out", str(tmp_path))
    assert run.returncode == 0, run.stderr
    target = tmp_path / "project"
    (target / "sources").mkdir(parents=True)
    run = cli(target, "import", str(tmp_path / "reference.biblatex.bib"))
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == "15 imported, 0 kept, 0 not imported"
    # pandoc gives @misc entries no CSL type: read as document (what they were), and said so
    assert "note: un-resolution: type: the file names no CSL type" in run.stderr
    assert "type: document" in (target / "sources" / "un-resolution.yaml").read_text("utf-8")
    assert (target / "sources" / "journal-article.yaml").read_text("utf-8").count("DOI: 10.5555/jess.2023.0312") == 1


RIS = """\
TY  - JOUR
AU  - Kobayashi, Hana
AU  - Lindqvist, Erik
TI  - Alliance Signalling in the Indo-Pacific
T2  - Journal of Example Security Studies
VL  - 12
IS  - 3
SP  - 201
EP  - 230
PY  - 2023
DO  - 10.5555/jess.2023.0312
ER  -""" + " \n"  # RIS ends each record with "ER  - ", its trailing space included


def test_import_of_a_ris_file(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "refs.ris").write_text(RIS, "utf-8")
    run = cli(tmp_path, "import", str(tmp_path / "refs.ris"))
    assert run.returncode == 0, run.stderr
    written = sorted(p.name for p in (tmp_path / "sources").iterdir())
    assert len(written) == 1, written
    text = (tmp_path / "sources" / written[0]).read_text("utf-8")
    for line in ("type: article-journal", "title: Alliance Signalling in the Indo-Pacific",
                 "container-title: Journal of Example Security Studies", "volume: '12'", "issue: '3'",
                 "page: 201-230", "DOI: 10.5555/jess.2023.0312", "- family: Kobayashi"):
        assert line in text, (line, text)
    assert "URL" not in text and "accessed" not in text  # nothing the file does not give
    again = cli(tmp_path, "import", str(tmp_path / "refs.ris"))
    assert again.returncode == 1 and "kept sources/" in again.stderr


def test_no_hyphen_is_inserted_into_a_url_of_the_pdf(chicago):
    import pdfplumber
    run = cli(chicago, "build", "reference", "--format", "pdf")
    assert run.returncode == 0, run.stderr
    with pdfplumber.open(chicago / "dist" / "reference.pdf") as pdf:
        lines = [line for page in pdf.pages for line in (page.extract_text() or "").splitlines()]
    joined = "".join(lines)
    all_urls = {m for f in (REFERENCE / "sources").glob("*.yaml")
                for m in re.findall(r"^URL: (\S+)", f.read_text("utf-8"), re.MULTILINE)}
    all_urls |= {f"https://doi.org/{d}" for f in (REFERENCE / "sources").glob("*.yaml")
                 for d in re.findall(r"^DOI: (\S+)", f.read_text("utf-8"), re.MULTILINE)}
    assert len(all_urls) == 13  # the two books have no URL
    breaks = []
    for url in sorted(all_urls):
        assert url in joined, url  # the lines joined without anything between them give the URL back
        for line, after in zip(lines, lines[1:]):
            cut = next((k for k in range(8, len(url)) if line.endswith(url[:k]) and after.startswith(url[k:k + 6])), None)
            if cut is not None:
                breaks.append((url[:cut], url[cut:]))
    assert len(breaks) >= 3, breaks  # URLs did break across lines: the test saw breaks
    for head, tail in breaks:  # only after a slash, or before a dot or a hyphen
        assert head.endswith("/") or tail[0] in ".-", (head, tail)
    for k, line in enumerate(lines[:-1]):
        assert not re.search(r"\b(paras?|pp?)\.$", line), (line, lines[k + 1])


def regenerate() -> None:
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        root = reference_project(Path(tmp) / "project")
        GOLDEN.write_text(notes_html(root), "utf-8")
    print(f"wrote {GOLDEN.relative_to(REPO)}: check it against the Chicago Manual before committing")


if __name__ == "__main__":
    regenerate()
