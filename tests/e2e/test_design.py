"""What the design promises, checked on the real outputs: metadata for machines, quotation marks only
around verified quotes, the colophon's counts, the running header, a self-contained page."""
from __future__ import annotations

import json
import re
from collections import Counter
from html.parser import HTMLParser

import pdfplumber
import pytest
from conftest import SAMPLE_BRIEF, cli

from briefbuild.build.engine import Options, prepare
from briefbuild.rendering.render import render_html


class _Page(HTMLParser):
    """Scripts (type and text), meta tags, and the text of each section by its class."""

    def __init__(self):
        super().__init__()
        self.scripts: list[tuple[str, str]] = []
        self.meta: list[tuple[str, str]] = []
        self._in_script: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self._in_script = a.get("type", "text/javascript")
            self.scripts.append((self._in_script, ""))
        if tag == "meta" and "name" in a:
            self.meta.append((a["name"], a.get("content", "")))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            kind, text = self.scripts[-1]
            self.scripts[-1] = (kind, text + data)


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def json_ld(page: _Page) -> dict:
    blocks = [text for kind, text in page.scripts if kind == "application/ld+json"]
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.fixture(scope="module")
def sample_html(sample_build) -> str:
    return (sample_build / f"{SAMPLE_BRIEF}.html").read_text("utf-8")


@pytest.fixture(scope="module")
def sample_project(tmp_path_factory):
    from conftest import copy_project
    root = copy_project(tmp_path_factory.mktemp("design"))
    project, docs = prepare(root, [SAMPLE_BRIEF], Options())
    return root, project, docs[0]


def test_json_ld_is_a_report_with_citations_and_verified_quotations(sample_html, sample_project):
    _, project, doc = sample_project
    data = json_ld(parse(sample_html))
    assert data["@context"] == "https://schema.org" and data["@type"] == "Report"
    assert data["name"] == "Japan and NATO" and data["alternativeHeadline"].startswith("From summit")
    assert data["datePublished"] == "2022-12-12" and data["inLanguage"] == "en"
    assert data["publisher"] == {"@type": "Organization", "name": "Alliance Policy Desk"}
    assert len(data["citation"]) == len(doc.source_ids) >= 1
    direct = [q for q in project.quotes.values() if q.kind == "direct" and q.id in {v.id for v in doc.quotes_used}]
    quotations = data["hasPart"]
    assert len(quotations) == len(direct) == 5
    for item in quotations:
        assert item["@type"] == "Quotation"
        assert f"“{item['text']}" in sample_html, "a Quotation is the text the page quotes"
        assert item["spokenByCharacter"]["@type"] == "Person"
        assert item["spokenByCharacter"]["name"] in {p.name for p in project.people.values()}
    paraphrases = {v.text for v in doc.quotes_used if v.kind == "paraphrase"}
    assert not paraphrases & {item["text"] for item in quotations}, "a paraphrase is never a Quotation"


def test_json_ld_describes_each_source_when_given_the_project(sample_project):
    root, project, doc = sample_project
    data = json_ld(parse(render_html(doc, root / "templates", "screen", project=project)))
    works = {work["@id"]: work for work in data["citation"]}
    assert set(works) == {f"#source-{sid}" for sid in doc.source_ids}
    work = works["#source-national-defense-2022-12-06-japan-nato"]
    assert work["name"] == "Japan Seeks Deeper Defense Ties with NATO"
    assert work["isPartOf"]["name"] == "National Defense" and work["datePublished"] == "2022-12-06"
    for item in data["hasPart"]:
        assert item["isBasedOn"]["@id"] in works
    kishida = next(i for i in data["hasPart"] if "crossroads" in i["text"])
    assert kishida["spokenByCharacter"]["name"] == "Fumio Kishida"
    assert kishida["spokenByCharacter"]["jobTitle"] == "Prime Minister"


def test_scholar_meta_tags(sample_html):
    meta = parse(sample_html).meta
    assert ("citation_title", "Japan and NATO: From summit guest to interoperable partner") in meta
    assert ("citation_publication_date", "2022/12/12") in meta
    assert ("citation_technical_report_institution", "Alliance Policy Desk") in meta
    assert ("citation_language", "en") in meta


def test_yaml_cannot_break_out_of_the_json_ld_or_the_markup(project):
    brief = project / "briefs" / f"{SAMPLE_BRIEF}.yaml"
    hostile = "Japan </script><script>alert(1)</script> & <b>NATO</b>"
    text = brief.read_text("utf-8").replace("title: Japan and NATO\n", f"title: {hostile}\n", 1)
    text = text.replace("organization: Alliance Policy Desk", "organization: Desk </script><!--", 1)
    brief.write_text(text, "utf-8")
    run = cli(project, "build", "--format", "html")
    assert run.returncode == 0, run.stderr
    html = (project / "dist" / f"{SAMPLE_BRIEF}.html").read_text("utf-8")
    page = parse(html)
    assert [kind for kind, _ in page.scripts] == ["application/ld+json", "text/javascript"]
    data = json_ld(page)
    assert data["name"] == hostile and data["publisher"]["name"] == "Desk </script><!--"
    assert "alert(1)</script>" not in html and "<b>NATO</b>" not in html
    assert ("citation_title", f"{hostile}: From summit guest to interoperable partner") in page.meta


def _body(html: str) -> str:
    """The brief's own text: main, without the notes and the bibliography (where titles sit in marks)."""
    main = html[html.index("<main"):html.index("</main>")]
    return re.sub(r'<section class="(notes|sources)".*?</section>', "", main, flags=re.S)


def test_quotation_marks_only_around_verified_direct_quotes(sample_html, sample_project):
    _, project, _ = sample_project
    body = _body(sample_html)
    quoted = re.findall(r'<span class="quote" data-quote="([a-z0-9-]+)">“', body)
    assert quoted and all(project.quotes[qid].kind == "direct" for qid in quoted)
    assert body.count("“") == len(quoted), "an opening mark outside a verified quote"
    assert body.count("”") == len(quoted)
    for qid in set(quoted):
        assert project.quotes[qid].paragraph >= 1  # a real, verified quote from the project


def test_colophon_counts_what_the_brief_uses(sample_html, sample_project):
    _, project, doc = sample_project
    kinds = Counter(project.quotes[q.id].kind for q in doc.quotes_used)
    colophon = " ".join(re.sub(r"<[^>]+>", "", sample_html[sample_html.index('<footer class="colophon"'):]).split())
    sources = len(doc.source_ids)
    assert f"It draws on {sources} source{'s' if sources != 1 else ''}," in colophon
    assert f"quotes {kinds['direct']} statements directly and paraphrases {kinds['paraphrase']}." in colophon
    assert "December 12, 2022" in colophon


def test_page_is_self_contained_with_its_fonts_inline(sample_html):
    assert re.findall(r"""(?:src|href)=["'](?!#)""", sample_html) == []
    urls = re.findall(r"url\(([^)]{0,30})", sample_html)
    assert urls and all(u.startswith("data:font/woff2;base64,") for u in urls)
    assert '"Brief Serif"' in sample_html and '"Brief Sans"' in sample_html


def test_running_header_is_small_muted_sans(sample_build):
    with pdfplumber.open(sample_build / f"{SAMPLE_BRIEF}.pdf") as pdf:
        page = pdf.pages[1]
        top = min(c["top"] for c in page.chars)
        header = [c for c in page.chars if abs(c["top"] - top) < 1]
    assert "".join(c["text"] for c in header).replace(" ", "") == "JapanandNATO"
    assert all(c["fontname"].endswith("Source-Sans-Pro") and c["size"] < 8.5 for c in header)
    assert all(max(c["non_stroking_color"] or (0,)) > 0.2 for c in header), "muted, not black"


def test_built_page_quotations_point_at_described_sources(sample_html):
    """The page in dist/ (built by the engine) carries full source records, and every
    Quotation's isBasedOn names one of them."""
    data = json_ld(parse(sample_html))
    ids = {c["@id"] for c in data["citation"]}
    assert ids == {"#source-national-defense-2022-12-06-japan-nato"}
    quotations = [p for p in data["hasPart"] if p["@type"] == "Quotation"]
    assert quotations and all(q["isBasedOn"]["@id"] in ids for q in quotations)
