"""The site's feed and sitemap: valid Atom 1.0 and sitemaps.org XML, newest first, escaped."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from markupsafe import Markup

from briefbuild.rendering.site import Listing, SiteInfo, newest_first, render_feed, render_sitemap

A = "{http://www.w3.org/2005/Atom}"
S = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def item(bid: str, date: str, **kw) -> Listing:
    base = dict(title=f"Title {bid}", subtitle=None, authors=("Ann Lee",), organization=None,
                summary=Markup("A <em>short</em> summary &amp; more."), topics=(), language="en")
    return Listing(bid, date=date, **{**base, **kw})


BRIEFS = [item("b", "2024-01-02"), item("a", "2024-03-01", topics=("defense", "Japan")),
          item("c", "2024-01-02", title="<script>&", authors=(), organization="Org")]


def test_newest_first_then_by_id():
    assert [b.id for b in newest_first(BRIEFS)] == ["a", "b", "c"]


def test_feed_is_atom_with_every_required_element():
    site = SiteInfo("Briefs & More", "https://example.org/x/")
    feed = ET.fromstring(render_feed(BRIEFS, site))
    assert feed.tag == f"{A}feed"
    for name in ("id", "title", "updated", "author"):
        assert feed.find(f"{A}{name}") is not None, name
    assert feed.findtext(f"{A}title") == "Briefs & More"
    assert feed.findtext(f"{A}updated") == "2024-03-01T00:00:00Z"
    entries = feed.findall(f"{A}entry")
    assert [e.findtext(f"{A}id") for e in entries] == [
        "https://example.org/x/a.html", "https://example.org/x/b.html", "https://example.org/x/c.html"]
    for e in entries:
        for name in ("id", "title", "updated", "summary", "author"):
            assert e.find(f"{A}{name}") is not None, name
        assert e.find(f"{A}link[@rel='alternate']") is not None
    assert entries[0].findtext(f"{A}summary") == "A short summary & more."
    assert [c.get("term") for c in entries[0].findall(f"{A}category")] == ["defense", "Japan"]
    assert entries[2].findtext(f"{A}title") == "<script>&"
    assert entries[2].find(f"{A}author").findtext(f"{A}name") == "Org"


def test_without_a_base_url_ids_are_stable_urns():
    feed = ET.fromstring(render_feed(BRIEFS, SiteInfo("Briefs")))
    ids = [e.findtext(f"{A}id") for e in feed.findall(f"{A}entry")]
    assert all(i.startswith("urn:uuid:") for i in ids) and len(set(ids)) == 3
    assert ids == [e.findtext(f"{A}id") for e in ET.fromstring(render_feed(BRIEFS, SiteInfo("Briefs"))).findall(f"{A}entry")]


def test_sitemap_lists_the_index_and_every_page():
    root = ET.fromstring(render_sitemap(BRIEFS, SiteInfo("B", "https://example.org/")))
    assert [u.findtext(f"{S}loc") for u in root.findall(f"{S}url")] == [
        "https://example.org/", "https://example.org/a.html", "https://example.org/b.html", "https://example.org/c.html"]


def test_feed_titles_join_the_subtitle_as_the_briefs_language_does():
    briefs = [item("en", "2024-01-03", title="Japan and NATO", subtitle="A partner"),
              item("fr", "2024-01-02", title="Le Japon et l’OTAN", subtitle="Un partenaire", language="fr"),
              item("ja", "2024-01-01", title="日本とNATO", subtitle="パートナーへ", language="ja")]
    feed = ET.fromstring(render_feed(briefs, SiteInfo("Briefs")))
    assert [e.findtext(f"{A}title") for e in feed.findall(f"{A}entry")] == [
        "Japan and NATO: A partner", "Le Japon et l’OTAN\u00a0: Un partenaire", "日本とNATO：パートナーへ"]


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.mark.parametrize("feed_lang,langs,expected", [
    ("en", ["en", "fr", "ja"], [None, "fr", "ja"]),
    ("fr", ["fr", "fr-CA", "en"], [None, "fr-CA", "en"]),
    ("en", ["en-GB", "en"], ["en-GB", None]),
    ("ja", ["ja", "ja"], [None, None]),
])
def test_an_entry_in_another_language_than_the_feeds_says_so(feed_lang, langs, expected):
    briefs = [item(f"b{k}", f"2024-01-{10 - k:02d}", language=lang) for k, lang in enumerate(langs)]
    feed = ET.fromstring(render_feed(briefs, SiteInfo("Briefs", language=feed_lang)))
    assert feed.get(XML_LANG) == feed_lang
    assert [e.get(XML_LANG) for e in feed.findall(f"{A}entry")] == expected


def test_each_card_on_the_index_dates_its_brief_in_the_briefs_language():
    # The card carries its brief's lang: an English date inside lang="fr" is read as French.
    from pathlib import Path

    from briefbuild.rendering.site import render_index
    templates = Path(__file__).resolve().parents[2] / "templates"
    briefs = [item("e", "2024-03-01"), item("f", "2024-02-01", language="fr"), item("j", "2024-01-01", language="ja"),
              item("g", "2023-12-01", language="de-CH")]
    page = render_index(briefs, SiteInfo("Briefs"), templates, "")
    cards = re.findall(r'<li class="brief-card" lang="([^"]+)">.*?<time datetime="[^"]+">([^<]+)</time>', page, re.S)
    assert cards == [("en", "March 1, 2024"), ("fr", "1 février 2024"), ("ja", "2024年1月1日"),
                     ("de-CH", "1. Dezember 2023")]


@pytest.mark.parametrize("langs,site_lang", [
    (["en", "en"], "en"),
    (["fr", "fr"], "fr"),
    (["ja"], "ja"),
    (["fr", "fr-CA"], "fr"),  # they share French: the index is French, the card of fr-CA keeps its region
    (["en-GB", "en-GB"], "en-GB"),
    (["fr", "ja"], "en"),  # no language in common: English, each card in its own
    (["de", "en"], "en"),
    ([], "en"),
])
def test_the_site_speaks_the_language_every_brief_shares(langs, site_lang):
    from briefbuild.rendering.site import site_language
    assert site_language([item(f"b{k}", "2024-01-01", language=lang) for k, lang in enumerate(langs)]) == site_lang


ENGLISH_WORDS = ["Skip to", "Policy Briefs", "newest first", "Atom feed", "Read online", "Topics", "About this site",
                 "Every direct quote", "policy brief"]


@pytest.mark.parametrize("lang", ["fr", "de", "es", "ja"])
def test_an_index_of_briefs_in_one_language_has_no_english_words(lang):
    from pathlib import Path

    from briefbuild.rendering.i18n import language
    from briefbuild.rendering.site import render_index, site_info
    templates = Path(__file__).resolve().parents[2] / "templates"
    briefs = [item("a", "2024-02-01", language=lang, topics=("defense",)), item("b", "2024-01-01", language=lang)]
    site = site_info("", "", briefs)
    t = language(lang)
    page = render_index(briefs, site, templates, "")
    assert f'<html lang="{lang}">' in page
    assert f"<title>{t('site_title')}</title>" in page
    for key in ("site_skip", "site_kind", "site_feed", "site_read", "site_about", "site_checked"):
        assert str(Markup.escape(t(key))) in page, key
    assert t.plural("site_count", 2) in page and f'aria-label="{t("site_topics")}"' in page
    # The words around a card are the card's language too, so they carry no lang of their own.
    assert 'class="formats" lang=' not in page
    own = " ".join(t.strings.values())  # German says "Policy Briefs" too
    assert [w for w in ENGLISH_WORDS if w in page and w not in own] == []
    feed = ET.fromstring(render_feed(briefs, site))
    assert feed.findtext(f"{A}title") == t("site_title") and feed.get(XML_LANG) == lang


def test_in_a_site_of_several_languages_the_site_words_carry_the_sites_lang():
    from pathlib import Path

    from briefbuild.rendering.site import render_index, site_info
    templates = Path(__file__).resolve().parents[2] / "templates"
    briefs = [item("f", "2024-02-01", title="Le Japon", language="fr"), item("e", "2024-01-01", title="Japan")]
    page = render_index(briefs, site_info("", "", briefs), templates, "")
    assert '<html lang="en">' in page and "<title>Policy briefs</title>" in page
    formats = re.findall(r'<p class="formats"( lang="en")?><a href="(\w)\.html">Read online<span class="visually-hidden">'
                         r': (?:<span lang="(\w+)">)?([^<]+)', page)
    assert formats == [(' lang="en"', "f", "fr", "Le Japon"), ("", "e", "en", "Japan")]


def test_a_default_title_in_the_sites_language_keeps_the_feeds_id():
    # Without a base URL the feed's id comes from the title: a French default title must not change it.
    from briefbuild.rendering.site import site_info
    french = [item("a", "2024-01-01", language="fr")]
    ids = {ET.fromstring(render_feed(briefs, site_info("", "", briefs))).findtext(f"{A}id")
           for briefs in (french, BRIEFS)}
    assert len(ids) == 1
    assert ET.fromstring(render_feed(french, site_info("Mes notes", "", french))).findtext(f"{A}title") == "Mes notes"


OG_LOCALES = [  # (brief language, og:locale): Open Graph's language_TERRITORY; without it a page is en_US
    ("en", "en_US"), ("en-GB", "en_GB"), ("fr", "fr_FR"), ("fr-CA", "fr_CA"), ("de", "de_DE"), ("es", "es_ES"),
    ("ja", "ja_JP"),
]


@pytest.mark.parametrize("language,locale", OG_LOCALES)
def test_a_page_s_open_graph_card_says_its_language(tmp_path, language, locale):
    # A French or Japanese brief's card said nothing, so social sites took it for en_US (the default).
    from factory import brief, make_project

    from briefbuild.checking.validate import load_project
    from briefbuild.rendering.compose import compose
    from briefbuild.rendering.render import render_html
    text = brief("      - text: Words.\n").replace("organization: Org\n", f"organization: Org\nlanguage: {language}\n")
    root = make_project(tmp_path, {"briefs/b1.yaml": text, "sources/s1.yaml": None})
    project = load_project(root)
    html = render_html(compose(project, "b1"), root / "templates", "screen", project=project)
    assert re.findall(r'<meta property="og:locale" content="([^"]*)">', html) == [locale]
