"""From a PDF or a saved page to a verified quote, through the real command line:
PDFs made here with WeasyPrint, captured paragraph for paragraph; page locators checked in
printed numbering; add -> find --add -> a brief citing it -> build, as an editor works."""
from __future__ import annotations

import re
from pathlib import Path

import capture_docs as docs
import pikepdf
import pytest
from conftest import cli
from factory import PEOPLE, make_project
from pdftext import pages as pdf_pages

from briefbuild.capture import capture
from briefbuild.checking.pages import split

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "capture"
PEOPLE_PLUS = PEOPLE + """\
  - id: aiko-tanaka
    name: Aiko Tanaka
    role: Minister
  - id: yoko-kamikawa
    name: Yoko Kamikawa
    role: Foreign minister
"""


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdfs")
    report = docs.make_report(folder / "review.pdf")
    turns = docs.make_transcript(folder / "briefing.pdf")
    return folder, report, turns


def flat(paragraphs: list[str]) -> list[str]:
    return [" ".join(p.split()) for p in paragraphs]


def test_two_column_report_is_captured_paragraph_for_paragraph(made):
    folder, report, _ = made
    got = capture(folder / "review.pdf")
    paras, page_map = split(got.text)
    assert flat(paras) == [*report.cover, *report.contents, *report.body]
    # No running header, footer or page number survives; hyphenated words are whole again.
    assert not re.search(r"Alliance Review 2026|Harbor Institute for Strategic Studies \d|‐", got.text.replace(
        report.cover[1], ""))
    assert got.fields == {"title": "Japan and NATO: A Partnership Review", "author": [{"literal": "Harbor Institute"}]}
    assert got.pages == "printed"
    # Printed numbers, not the PDF's: an unnumbered cover, a roman contents page, then 1, 2, ...
    labels = [str(p) for p in page_map.pages]
    assert labels[:4] == ["PDF page 1 (unnumbered)", "page ii (PDF page 2)", "page 1 (PDF page 3)",
                          "page 2 (PDF page 4)"]
    assert len(labels) == len(pdf_pages(folder / "review.pdf"))


def test_transcript_pdf_keeps_every_turn_as_a_paragraph(made):
    folder, _, turns = made
    got = capture(folder / "briefing.pdf", voice="transcript")
    paras, page_map = split(got.text)
    assert flat(paras) == turns
    assert "Page 1 of" not in got.text
    assert got.fields["title"] == "Press Briefing by the Minister"
    assert [p.label for p in page_map.pages] == [str(k) for k in range(1, len(page_map.pages) + 1)]
    # Without --voice, the turns are still paragraphs, and the editor is told it looks like a transcript.
    plain = capture(folder / "briefing.pdf")
    assert plain.text == got.text
    assert plain.notes == ["36 lines open with a speaker's label: if this is a transcript, add --voice transcript"]


def _project(tmp_path, brief: str | None = None) -> Path:
    files = {"sources/people.yaml": PEOPLE_PLUS}
    if brief:
        files["briefs/b2.yaml"] = brief
    return make_project(tmp_path / "p", files)


def test_a_quote_on_printed_page_4_passes_with_page_4_and_fails_with_page_3(tmp_path, made):
    folder, _, _ = made
    root = _project(tmp_path)
    run = cli(root, "add", str(folder / "review.pdf"), "--id", "harbor-review", "--set", "issued=2026-03-01")
    assert run.returncode == 0, run.stderr
    assert "wrote sources/harbor-review.txt (53 paragraphs, 7 pages)" in run.stdout
    run = cli(root, "find", "We will not let distance decide who our partners are", "--add", "harbor-review",
              "--id", "tanaka-distance")
    assert run.returncode == 0, run.stderr
    assert "    page: 4\n" in run.stdout
    assert cli(root, "check").returncode == 0
    yaml_path = root / "sources" / "harbor-review.yaml"
    yaml_path.write_text(yaml_path.read_text("utf-8").replace("    page: 4\n", "    page: 3\n"), "utf-8")
    run = cli(root, "check")
    assert run.returncode == 1
    assert re.search(r"sources/harbor-review.yaml:\d+:5: quotes.0.page: quote 'tanaka-distance': the quote "
                     r"stands on page 4 \(PDF page 6\), not page 3: set page: 4", run.stderr), run.stderr


def test_show_prints_numbers_pages_turns_and_quotes_where_they_stand(tmp_path, made):
    folder, _, _ = made
    root = _project(tmp_path)
    assert cli(root, "add", str(folder / "review.pdf"), "--id", "review", "--set", "issued=2026-03-01").returncode == 0
    assert cli(root, "find", "We will not let distance decide who our partners are", "--add", "review",
               "--id", "tanaka-distance").returncode == 0
    shown = cli(root, "show", "review").stdout
    assert "--- page 4 (PDF page 6) ---" in shown and "\n\n--- page 2 (PDF page 4) ---\n\n[15] Finding 10." in shown
    assert ("\n[39] [q:tanaka-distance] “We will not let distance decide who our partners are,” Minister Aiko "
            "Tanaka said,") in shown.replace("\n     ", " ")
    assert "\x1b" not in shown and max(len(line) for line in shown.splitlines()) <= 88
    assert cli(root, "add", str(folder / "briefing.pdf"), "--voice", "transcript", "--id", "briefing",
               "--set", "issued=2026-03-02").returncode == 0
    shown = cli(root, "show", "briefing").stdout
    assert "[3] (Aiko Tanaka) TANAKA: Thank you." in shown
    assert "[2] (no one in sources/people.yaml) MODERATOR:" in shown
    found = cli(root, "find", "Our cooperation starts with practical steps", "--source", "briefing").stdout
    assert "who: Aiko Tanaka (their turn in the transcript)" in found
    assert "speaker: aiko-tanaka\n" in found and "kind: direct\n" in found


BRIEF2 = """\
# yaml-language-server: $schema=../briefbuild/schemas/brief.schema.json
title: A Liaison Office in Tokyo
date: "2024-06-01"
organization: Harbor Institute
summary: Japan is studying whether to host the alliance's first liaison office in Asia.
key-findings:
  - No decision has been made.
sections:
  - title: The proposal
    blocks:
      - claim: Foreign Minister Kamikawa said {kamikawa-studying}.
      - claim: Minister Tanaka told the review that {tanaka-distance}.
      - claim: The report recommends a standing working group.
        cite:
          - source: harbor-review
            page: "2"
"""


def test_add_find_add_brief_build_end_to_end(tmp_path, made):
    """An editor's afternoon: capture a saved page and a PDF, find a quote, cite it, build."""
    folder, _, _ = made
    root = _project(tmp_path, BRIEF2)
    page = tmp_path / "Downloads" / "Japan weighs NATO office.html"
    page.parent.mkdir()
    page.write_bytes((FIXTURES / "jsonld-news.html").read_bytes())
    run = cli(root, "add", str(page), "--set", "accessed=2024-05-20", "--keep")
    assert run.returncode == 0, run.stderr
    sid = "harbor-times-2024-05-14-japan-weighs-nato-liaison"
    assert run.stdout.splitlines()[:3] == [f"wrote sources/{sid}.yaml", f"wrote sources/{sid}.txt (4 paragraphs)",
                                           f"kept the original as sources/originals/{sid}.html"]
    assert (root / "sources" / "originals" / f"{sid}.html").read_bytes() == page.read_bytes()
    assert cli(root, "add", str(folder / "review.pdf"), "--id", "harbor-review",
               "--set", "issued=2024-03-01").returncode == 0
    run = cli(root, "find", "we are studying the proposal carefuly")
    assert run.returncode == 0 and run.stdout.startswith(f"1. {sid}, paragraph 2 ")
    assert "who: Yoko Kamikawa (in the source's quotation marks, attributed to them)" in run.stdout
    run = cli(root, "find", "we are studying the proposal carefuly", "--add", sid, "--id", "kamikawa-studying")
    assert run.returncode == 0, run.stderr
    run = cli(root, "find", "we will not let distance decide who our partners are", "--add", "harbor-review",
              "--id", "tanaka-distance")
    assert run.returncode == 0, run.stderr
    run = cli(root, "build", "--format", "html,pdf")

    assert run.returncode == 0, run.stderr
    html = (root / "dist" / "b2.html").read_text("utf-8")
    # Introduced on first mention; the claim gives her title, so only her full name is added.
    assert ('Foreign Minister Yoko Kamikawa said <span class="quote" data-quote="kamikawa-studying">'
            '“We are studying the proposal carefully') in html
    assert "Japan Weighs a NATO Liaison Office in Tokyo" in html and "The Harbor Times" in html
    assert "Partnership Review</em> (2024), 4." in html  # the quote's own page: printed page 4 of the PDF
    # The cited page 2, checked against the text's page marks, in a short note: the main title
    # without its subtitle (Chicago 13.32).
    assert "<em>Japan and NATO</em>, 2." in html
    text = "\n".join(page.text for page in pdf_pages(root / "dist" / "b2.pdf"))
    assert "We are studying the proposal carefully" in text


def test_add_refuses_to_overwrite_and_lists_what_it_could_not_find(tmp_path, made):
    folder, _, _ = made
    root = _project(tmp_path)
    run = cli(root, "add", str(folder / "review.pdf"), "--id", "review")
    assert run.returncode == 0
    assert run.stdout.splitlines()[-1] == ("not found in the file, fill in sources/review.yaml: issued, "
                                           "publisher, URL")
    assert 'issued:                   # not found in the file' in (root / "sources" / "review.yaml").read_text()
    before = (root / "sources" / "review.yaml").read_bytes()
    run = cli(root, "add", str(folder / "review.pdf"), "--id", "review")
    assert run.returncode == 1
    assert "Error: sources/review.yaml exists: choose another --id, or capture a newer version with: " \
           "build.py add review.pdf --update review" in run.stderr
    assert (root / "sources" / "review.yaml").read_bytes() == before


def test_update_from_a_corrected_page_reports_each_move_then_refuses_a_changed_quote(tmp_path):
    root = _project(tmp_path, BRIEF2.split("      - claim: Minister Tanaka")[0])
    page = tmp_path / "article.html"
    original = (FIXTURES / "jsonld-news.html").read_text("utf-8")
    page.write_text(original, "utf-8")
    sid = "harbor-times-2024-05-14-japan-weighs-nato-liaison"
    assert cli(root, "add", str(page)).returncode == 0
    assert cli(root, "find", "We are studying the proposal carefully", "--add", sid, "--id", "kamikawa-studying").returncode == 0
    assert cli(root, "check").returncode == 0
    corrected = tmp_path / "article-corrected.html"
    corrected.write_text(original.replace("<p>TOKYO", "<p>Correction: an earlier version of this article misstated "
                                          "the minister's title.</p>\n<p>TOKYO"), "utf-8")
    run = cli(root, "add", str(corrected), "--update", sid)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["quote 'kamikawa-studying' moved: paragraph 2 -> paragraph 3",
                                       f"updated sources/{sid}.yaml and its stored text (1 quote(s) moved)"]
    assert cli(root, "check").returncode == 0
    changed = tmp_path / "article-changed.html"
    changed.write_text(original.replace("We are studying the proposal carefully", "We are not studying the proposal"),
                       "utf-8")
    before = {p.name: p.read_bytes() for p in (root / "sources").iterdir() if p.is_file()}
    run = cli(root, "add", str(changed), "--update", sid)
    assert run.returncode == 1
    assert re.search(rf"sources/{sid}.yaml:\d+:5: quotes.0.text: quote 'kamikawa-studying': its words are gone or "
                     r"changed in the new version \(used by brief 'b2' at briefs/b2.yaml:\d+:\d+\): fix or remove the "
                     r"quote, then run the update again", run.stderr), run.stderr
    assert {p.name: p.read_bytes() for p in (root / "sources").iterdir() if p.is_file()} == before


def test_new_through_the_command_line(tmp_path):
    root = _project(tmp_path)
    run = cli(root, "new", "brief", "acting")
    assert run.returncode == 0
    assert run.stdout == "wrote briefs/acting.yaml: fill its <…> placeholders, then run: build.py check\n"
    run = cli(root, "new", "brief", "acting")
    assert (run.returncode, run.stderr) == (1, "Error: briefs/acting.yaml exists: choose another id\n")


def test_a_pdf_over_the_page_limit_is_read_to_the_limit_with_a_message(tmp_path, made):
    folder, _, _ = made
    big = tmp_path / "many-pages.pdf"
    with pikepdf.open(folder / "briefing.pdf") as pdf:
        for _ in range(2_001 - len(pdf.pages)):
            pdf.add_blank_page()
        pdf.save(big)
    root = _project(tmp_path)
    run = cli(root, "add", str(big), "--id", "many", "--voice", "transcript", "--set", "issued=2026-03-02")
    assert run.returncode == 0, run.stderr
    assert "note: read the first 2,000 of 2,001 pages" in run.stdout
