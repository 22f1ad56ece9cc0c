"""The site: `build.py site` writes every brief's page and PDF, an index, an Atom feed and a
sitemap; every link resolves, each page carries its canonical URL and social cards, the
index passes axe in a real browser, and a second build writes nothing."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import cli
from factory import BRIEF, make_project
from test_browser import run_axe  # the browser fixture is in conftest.py

A = "{http://www.w3.org/2005/Atom}"
BASE = "https://briefs.example.org/policy/"


def brief(title: str, date: str, topics: list[str] | None = None) -> str:
    text = BRIEF.replace("title: A Brief", f"title: {title}").replace('date: "2024-02-01"', f'date: "{date}"')
    if topics:
        text += "topics:\n" + "".join(f"  - {t}\n" for t in topics)
    return text


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = make_project(tmp_path_factory.mktemp("site"), {
        "pyproject.toml": f'[tool.briefbuild]\nbase-url = "{BASE}"\nsite-title = "Desk & Briefs"\n',
        "briefs/b1.yaml": brief("Oldest brief", "2024-01-05", ["defense", "Japan"]),
        "briefs/b2.yaml": brief("Newest brief", "2024-06-30"),
        "briefs/b3.yaml": brief("Middle brief", "2024-01-15", ["trade"]),
    })
    run = cli(root, "site")
    assert run.returncode == 0, run.stderr
    return root


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("a", "link") and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "meta" and (attrs.get("property") or attrs.get("name")):
            self.meta[attrs.get("property") or attrs.get("name")] = attrs.get("content", "")


def parse(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text("utf-8"))
    return parser


def test_index_lists_every_brief_newest_first_with_its_details(site):
    html = (site / "dist" / "index.html").read_text("utf-8")
    titles = re.findall(r'<h2 id="brief-[^"]+"><a href="[^"]+">([^<]+)</a>', html)
    assert titles == ["Newest brief", "Middle brief", "Oldest brief"]
    assert "Desk &amp; Briefs" in html and "June 30, 2024" in html
    assert "<li>defense</li><li>Japan</li>" in html and "Short summary." in html and "Org" in html


def test_every_link_of_the_site_resolves(site):
    dist = site / "dist"
    pages = [dist / "index.html", *sorted(dist.glob("b*.html"))]
    checked = 0
    for page in pages:
        for href in parse(page).links:
            url = urlparse(href)
            if url.scheme in ("http", "https"):
                if href.startswith(BASE):  # our own address: the file must be in dist/
                    href = href[len(BASE):] or "index.html"
                else:
                    continue
            target = href.split("#", 1)[0]
            if not target:
                continue
            assert (dist / target).is_file(), f"{page.name} links to {href}, which is not in dist/"
            checked += 1
    index = parse(dist / "index.html").links
    for bid in ("b1", "b2", "b3"):
        assert f"{bid}.html" in index and f"{bid}.pdf" in index
    assert checked >= 7


def test_feed_is_atom_with_one_entry_per_brief(site):
    feed = ET.parse(site / "dist" / "feed.xml").getroot()
    assert feed.tag == f"{A}feed"
    assert feed.findtext(f"{A}id") == BASE and feed.findtext(f"{A}title") == "Desk & Briefs"
    assert feed.findtext(f"{A}updated") == "2024-06-30T00:00:00Z"
    assert feed.find(f"{A}author/{A}name") is not None
    entries = feed.findall(f"{A}entry")
    assert [e.findtext(f"{A}id") for e in entries] == [f"{BASE}b2.html", f"{BASE}b3.html", f"{BASE}b1.html"]
    for entry in entries:
        assert entry.findtext(f"{A}title") and entry.findtext(f"{A}updated") and entry.findtext(f"{A}summary")
        links = {link.get("rel"): link.get("href") for link in entry.findall(f"{A}link")}
        assert links["alternate"].endswith(".html") and links["enclosure"].endswith(".pdf")


def test_sitemap_names_the_index_and_every_page(site):
    root = ET.parse(site / "dist" / "sitemap.xml").getroot()
    locs = [u.findtext("{http://www.sitemaps.org/schemas/sitemap/0.9}loc") for u in root]
    assert locs == [BASE, f"{BASE}b2.html", f"{BASE}b3.html", f"{BASE}b1.html"]


def test_each_page_has_its_canonical_url_and_social_cards(site):
    page = parse(site / "dist" / "b1.html")
    html = (site / "dist" / "b1.html").read_text("utf-8")
    assert f'<link rel="canonical" href="{BASE}b1.html">' in html
    assert page.meta["og:url"] == f"{BASE}b1.html" and page.meta["og:title"] == "Oldest brief"
    assert page.meta["og:type"] == "article" and page.meta["og:description"] == "Short summary."
    assert page.meta["og:site_name"] == "Desk & Briefs"
    assert page.meta["twitter:card"] == "summary" and page.meta["twitter:title"] == "Oldest brief"
    assert page.meta["article:tag"] == "Japan"


def test_site_is_incremental_and_follows_a_new_brief(site):
    run = cli(site, "site")
    assert run.returncode == 0, run.stderr
    assert "0 written" in run.stdout, run.stdout
    (site / "briefs" / "b4.yaml").write_text(brief("Fourth", "2024-01-03"), "utf-8")
    try:
        run = cli(site, "build", "--format", "html,site")
        assert run.returncode == 0, run.stderr
        written = sorted(line.split()[-1] for line in run.stdout.splitlines() if line.startswith("wrote"))
        assert written == ["dist/b4.html", "dist/feed.xml", "dist/index.html", "dist/sitemap.xml"]
        assert len(ET.parse(site / "dist" / "feed.xml").getroot().findall(f"{A}entry")) == 4
    finally:
        (site / "briefs" / "b4.yaml").unlink()
        assert cli(site, "site").returncode == 0


def test_a_base_url_that_is_not_http_is_an_error(tmp_path):
    root = make_project(tmp_path, {"pyproject.toml": '[tool.briefbuild]\nbase-url = "javascript:alert(1)"\n'})
    run = cli(root, "check")
    assert run.returncode == 1
    assert "pyproject.toml:2:1: tool.briefbuild.base-url: 'javascript:alert(1)' is not an http(s) address" in run.stderr


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [375, 1280])
def test_index_passes_axe(browser, site, width, scheme):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto((site / "dist" / "index.html").as_uri())
        result = run_axe(page)
        assert result["violations"] == [], result["violations"]
        assert result["passes"] > 10
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    finally:
        context.close()


def test_serve_front_page_is_the_site_index(tmp_path):
    import urllib.request

    from test_watch import Running
    root = make_project(tmp_path / "p")
    server = Running(root, "serve", "--format", "html", "--port", "0")
    try:
        port = server.expect(r"at http://127\.0\.0\.1:(\d+)/").group(1)
        server.expect(r"^watching")
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10).read().decode("utf-8")
        assert '<a href="b1.html">A Brief</a>' in page and 'href="b1.pdf"' in page
        assert "/__reload" in page  # the live preview reloads the index too
    finally:
        server.stop()
