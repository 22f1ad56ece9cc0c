"""WCAG 2.1 SC 3.1.2, language of parts: words in another language than the page's carry their own
`lang` in the page, a /Lang in the tagged PDF and a w:lang in Word, where the data gives the
language (a source's CSL `language`); our own words (a translation, a paraphrase) and words of a
source whose language the data does not give carry none: nothing is guessed."""
from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pikepdf
import pytest
from conftest import cli
from factory import PEOPLE, make_project

FRENCH_WORDS = ("Nous agirons sur le plan et nous le financerons entièrement au cours des cinq prochaines "
                "années afin que chaque région obtienne les ports, les routes, les écoles et les cliniques qui "
                "lui ont été promis lorsque le plan a été rendu public pour la première fois au printemps dernier")


def source(language: str | None, title: str, publisher: str, text: str, quotes: str, kind="speech") -> str:
    head = f"type: {kind}\ntitle: {title}\npublisher: {publisher}\nissued: \"2024-01-03\"\nspeaker: ann-lee\n"
    return head + (f"language: {language}\n" if language else "") + f"text: |\n  {text}\nquotes:\n{quotes}"


def quote(qid: str, text: str, kind: str = "direct", original: str | None = None) -> str:
    return (f"  - id: {qid}\n    speaker: ann-lee\n    kind: {kind}\n    paragraph: 1\n    text: {text}\n"
            + (f"    original: {original}\n" if original else ""))


SOURCES = {
    "sources/people.yaml": PEOPLE,
    "sources/fr.yaml": source("fr", "Discours sur le plan", "Ministère des Armées", FRENCH_WORDS + ".",
                              quote("fr-direct", "Nous agirons sur le plan")
                              + quote("fr-block", FRENCH_WORDS)
                              + quote("fr-paraphrase", "the plan will be funded", kind="paraphrase")
                              + quote("fr-translated", "We will act on the plan", original="Nous agirons sur le plan")),
    "sources/gb.yaml": source("en-GB", "Speech on the Plan", "Ministry of Defence", "We will act on the plan.",
                              quote("gb-direct", "We will act on the plan")),
    "sources/en.yaml": source("en", "Remarks on the Plan", "Department of State", "We will fund the plan.",
                              quote("en-direct", "We will fund the plan")),
    "sources/none.yaml": source(None, "Statement", "Office", "We will build the ports.",
                                quote("none-direct", "We will build the ports")),
    "sources/ja.yaml": source("ja", "試験用の演説", "首相官邸", "私たちは計画を実行します。",
                              quote("ja-direct", "私たちは計画を実行します")),
    "sources/ar.yaml": source("ar", "تقرير وزارة المياه", "وزارة المياه", "نص التقرير.", "  []\n", kind="report"),
}

# Each brief's claims; quote ids in the tables below are unique to each brief.
ENGLISH = """\
title: Plans
date: "2024-02-01"
organization: Org
summary: Short summary.
key-findings:
  - A finding.
pull-quotes: [fr-direct]
sections:
  - title: One
    blocks:
      - claim: Lee said {fr-direct}.
      - claim: Lee said {fr-block}
      - claim: In short, {fr-paraphrase}.
      - claim: Lee said {fr-translated}.
      - claim: Lee said {gb-direct}.
      - claim: Lee said {none-direct}.
      - claim: Lee said {ja-direct}.
      - claim: The ministry reported shortages.
        cite:
          - source: ar
            page: 3
"""
FRENCH = """\
title: Plans
date: "2024-02-01"
organization: Org
language: fr
summary: Résumé.
key-findings:
  - Un point.
sections:
  - title: Un
    blocks:
      - claim: Lee a dit {fr-direct}.
      - claim: Lee a dit {en-direct}.
      - claim: Lee a dit {none-direct}.
      - claim: Lee a dit {ja-direct}.
"""

# (brief, quote id) -> the lang its words carry: only a source's own, when not the brief's.
QUOTES = [
    ("en", "fr-direct", "fr"),
    ("en", "fr-translated", None),  # our translation: the brief's language
    ("en", "gb-direct", None),  # en-GB in an en brief: the same language
    ("en", "none-direct", None),  # the source gives no language: none guessed
    ("en", "ja-direct", "ja"),
    ("fr", "fr-direct", None),
    ("fr", "en-direct", "en"),
    ("fr", "none-direct", None),
    ("fr", "ja-direct", "ja"),
]


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    root = make_project(tmp_path_factory.mktemp("parts") / "p", {
        **SOURCES, "sources/s1.yaml": None, "briefs/b1.yaml": None, "briefs/en.yaml": ENGLISH,
        "briefs/fr.yaml": FRENCH})
    run = cli(root, "build", "--format", "html,pdf,docx")
    assert run.returncode == 0, run.stderr
    return root / "dist"


def inline_quote(page: str, qid: str) -> str:
    """The words of its quote in running text (not the pull quote's), with any span of theirs."""
    words = r'((?:<span lang="[^"]+">[^<]*</span>|[^<])*)'
    return re.search(rf'(?<!<p class="pull-text">)<span class="quote" data-quote="{qid}">{words}</span>', page).group(1)


@pytest.mark.parametrize("brief,qid,lang", QUOTES)
def test_a_quote_in_its_sources_language_carries_it_in_the_page(dist, brief, qid, lang):
    page = (dist / f"{brief}.html").read_text("utf-8")
    words = inline_quote(page, qid)
    found = re.findall(r'<span lang="([^"]+)">', words)
    assert found == ([lang] if lang else []), words
    if lang:  # the marks and our punctuation are the page's: outside the span
        assert re.fullmatch(r'[“«「]\u202f?<span lang="[^"]+">[^<]+</span>\.?\u202f?[”»」]', words), words


def test_block_and_pull_quotes_carry_it_too_but_not_their_note_call(dist):
    page = (dist / "en.html").read_text("utf-8")
    block = re.search(r'<blockquote class="quote block" data-quote="fr-block">\s*<p>(.*?)</p>', page, re.S).group(1)
    assert block.startswith('<span lang="fr">Nous agirons') and '<a class="fn-call"' in block.split("</span>", 1)[1]
    pull = re.search(r'<p class="pull-text">(.*?)</p>', page).group(1)
    assert '“<span lang="fr">Nous agirons sur le plan</span>”' in pull
    # A paraphrase is our wording: no lang of the source's.
    para = re.search(r'<span class="paraphrase" data-quote="fr-paraphrase">(.*?)</span>', page).group(1)
    assert "lang=" not in para


def test_machine_readable_quotations_give_the_sources_language(dist):
    page = (dist / "en.html").read_text("utf-8")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    langs = {q["text"][:20]: q.get("inLanguage") for q in data["hasPart"]}
    assert langs["Nous agirons sur le "] == "fr"  # fr-direct, and fr-translated's original
    assert langs["We will act on the p"] == "en-GB" and langs["We will build the po"] is None
    assert langs["私たちは計画を実行します"] == "ja"


def notes_and_entries(page: str) -> tuple[dict[str, str], list[str]]:
    notes = dict(re.findall(r'<li id="fn-(\d+)"[^>]*>(.*?) <a class="fn-back"', page))
    entries = re.findall(r"<li>(.*?)</li>", page.split('<ul class="bibliography">')[1].split("</ul>")[0])
    return notes, entries


def test_cited_titles_and_publishers_carry_their_sources_language(dist):
    notes, entries = notes_and_entries((dist / "en.html").read_text("utf-8"))
    french = [n for n in notes.values() if "Discours" in n]
    assert french and all('<span lang="fr">Discours sur le plan</span>' in n for n in french), french
    assert '<span lang="fr">Ministère des Armées</span>' in french[0]  # the full note names the publisher
    arabic = next(n for n in notes.values() if "تقرير" in n)
    assert '<span lang="ar">\u2068تقرير وزارة المياه\u2069</span>' in arabic
    assert '<span lang="ar">\u2068وزارة المياه\u2069</span>' in arabic
    japanese = next(e for e in entries if "試験用の演説" in e)
    assert '<span lang="ja">試験用の演説</span>' in japanese and '<span lang="ja">首相官邸</span>' in japanese
    # The same language as the page, or none given: no span.
    for plain in ("Speech on the Plan", "Statement", "Ministry of Defence", "Office"):
        entry = next(e for e in entries if plain in e)
        assert not re.search(rf'<span lang="[^"]+">[^<]*{plain}', entry), entry
    # The marks sort nothing differently: the entries are in the order of their plain titles.
    assert entries == sorted(entries, key=lambda e: re.sub(r"<[^>]+>|[“”]", "", e))


def test_in_a_french_brief_only_the_others_are_tagged(dist):
    notes, entries = notes_and_entries((dist / "fr.html").read_text("utf-8"))
    joined = " ".join(notes.values()) + " ".join(entries)
    assert set(re.findall(r'<span lang="([^"]+)">', joined)) == {"en", "ja"}
    assert '<span lang="en">Remarks on the Plan</span>' in joined and "Discours sur le plan" in joined


def pdf_languages(pdf: Path) -> list[tuple[str, str]]:
    found = []
    with pikepdf.open(pdf) as doc:
        stack = [doc.Root.StructTreeRoot]
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Dictionary):
                if "/S" in node and "/Lang" in node:
                    found.append((str(node.S), str(node.Lang)))
                kids = node.get("/K")
                stack.extend(kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else [])
    return found


@pytest.mark.parametrize("brief,langs", [("en", {"fr", "ja", "ar"}), ("fr", {"en", "ja"})])
def test_the_tagged_pdf_gives_each_part_its_language(dist, brief, langs):
    found = pdf_languages(dist / f"{brief}.pdf")
    assert {lang for _, lang in found} == langs, found
    assert all(kind == "/Span" for kind, _ in found), found
    page = (dist / f"{brief}.html").read_text("utf-8")
    # Every lang of the print page became one structure element (the screen page has endnotes, not footnotes).
    assert len(found) >= len(re.findall(r'<span lang="', page.split('<section class="notes"')[0])), found


def test_word_gives_each_part_its_language(dist):
    with zipfile.ZipFile(dist / "en.docx") as z:
        body = z.read("word/document.xml").decode("utf-8")
        notes = z.read("word/footnotes.xml").decode("utf-8")
    # Word reads a run's language from the attribute of its script (ECMA-376 17.3.2.20): Japanese from
    # w:eastAsia, Arabic from w:bidi (with w:rtl); w:val="ja" was read as nothing by Word's proofing.
    for xml in (body, notes):  # quotes and the bibliography; the notes
        assert set(re.findall(r'<w:lang w:val="([^"]+)"', xml)) == {"fr"}
        assert set(re.findall(r'<w:lang w:eastAsia="([^"]+)"/>', xml)) == {"ja"}
        assert set(re.findall(r'<w:rtl/><w:lang w:bidi="([^"]+)"/>', xml)) == {"ar"}
        assert set(re.findall(r'<w:lang w:bidi="([^"]+)"', xml)) == {"ar"}
