"""The spine end to end: the sample brief through the real CLI into a real PDF and HTML."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from conftest import SAMPLE_BRIEF, cli
from pdftext import pages

SPEAKERS = ("Kishida", "Nagashima", "Lazar")


def test_build_writes_pdf_and_html(sample_build):
    pdf = sample_build / f"{SAMPLE_BRIEF}.pdf"
    html = sample_build / f"{SAMPLE_BRIEF}.html"
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert "<html" in html.read_text("utf-8")


def test_brief_is_three_to_five_pages(sample_build):
    assert 3 <= len(pages(sample_build / f"{SAMPLE_BRIEF}.pdf")) <= 5


def test_every_footnote_sits_on_the_page_of_its_call_below_the_body(sample_build):
    seen_calls, seen_notes = [], []
    for page in pages(sample_build / f"{SAMPLE_BRIEF}.pdf"):
        assert sorted(page.calls) == sorted(page.notes), f"page {page.number}: calls {page.calls}, notes {page.notes}"
        if page.notes:
            assert page.notes_top > page.body_bottom, f"page {page.number}: a note is above body text"
        seen_calls += page.calls
        seen_notes += page.notes
    assert seen_calls == list(range(1, len(seen_calls) + 1)), "notes are numbered continuously"
    assert len(seen_notes) >= 15


def test_running_header_from_page_two_and_page_x_of_y(sample_build):
    all_pages = pages(sample_build / f"{SAMPLE_BRIEF}.pdf")
    n = len(all_pages)
    for page in all_pages:
        assert f"Page {page.number} of {n}" in page.text
    first_line = all_pages[1].text.splitlines()[0]
    assert first_line.strip() == "Japan and NATO"


def _text(path) -> str:
    return " ".join(path.read_text("utf-8").split()) if path.suffix == ".html" else \
        " ".join(" ".join(p.text for p in pages(path)).split())


def test_quotes_of_all_three_speakers_appear_in_both_outputs(sample_build):
    for name in (f"{SAMPLE_BRIEF}.pdf", f"{SAMPLE_BRIEF}.html"):
        text = _text(sample_build / name).replace("\u00ad", "").replace("- ", "-")
        assert "“I see it as a triangle, with the [United States] at the center for interoperability" in text
        assert "“As the international community stands at a crossroads in history" in text
        # Lazar's first paraphrase introduces him (rendering/people.py)
        assert "Liviu Lazar, industry" in text
        assert "at NATO, noted that Japan has taken part in the Conference of National Armaments" in text
        for speaker in SPEAKERS:
            assert speaker in text


def test_lazar_is_never_in_quotation_marks(sample_build):
    html = (sample_build / f"{SAMPLE_BRIEF}.html").read_text("utf-8")
    lazar = re.findall(r'<span class="paraphrase" data-quote="lazar-[^"]+">([^<]*)</span>', html)
    assert len(lazar) == 3 and all("“" not in s and "”" not in s for s in lazar)


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.hrefs = set(), []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and a.get("href", "").startswith("#"):
            self.hrefs.append((a["href"][1:], a.get("id"), a.get("class", "")))


def test_html_note_links_resolve_both_ways(sample_build):
    parser = _Links()
    parser.feed((sample_build / f"{SAMPLE_BRIEF}.html").read_text("utf-8"))
    calls = [(h, i) for h, i, c in parser.hrefs if "fn-call" in c]
    backs = [h for h, i, c in parser.hrefs if "fn-back" in c]
    assert calls and len(calls) == len(backs)
    for target, own_id in calls:
        assert target in parser.ids
        assert f"fnref-{target.removeprefix('fn-')}" == own_id
    for target in backs:
        assert target in parser.ids
    assert all(h in parser.ids for h, _, _ in parser.hrefs)


def test_claim_citing_a_missing_quote_fails_with_a_clear_message(project):
    brief = project / "briefs" / f"{SAMPLE_BRIEF}.yaml"
    text = brief.read_text("utf-8")
    brief.write_text(text.replace("{nagashima-triangle}", "{nagashima-triangel}"), "utf-8")
    line = next(i for i, text in enumerate(brief.read_text("utf-8").splitlines(), 1) if "nagashima-triangel" in text)
    run = cli(project, "build")
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    m = re.search(r"briefs/japan-nato.yaml:(\d+):9: sections\.3\.blocks\.\d+\.claim: unknown quote "
                  r"'nagashima-triangel' \(did you mean 'nagashima-triangle'\?\)", run.stderr)
    assert m, run.stderr
    assert 0 <= line - int(m.group(1)) <= 3, "the message points at the claim that holds the typo"
    assert not (project / "dist").exists(), "nothing is written when the inputs are invalid"


def test_usage_error_exits_2(project):
    assert cli(project, "build", "--format", "rtf").returncode == 2
