"""A brief's language drives every fixed string, date, quotation mark and the notes' locale;
Japanese briefs embed a CJK font; a Japanese quote is verified against a Japanese text."""
from __future__ import annotations

import html as htmllib
import re
from pathlib import Path

import pytest
from conftest import cli
from factory import make_project
from markupsafe import Markup
from overlays import pdf_fonts, pdf_text, project_with
from pdftext import pages

from briefbuild.checking.validate import load_project
from briefbuild.errors import InputError
from briefbuild.rendering.i18n import language

ENGLISH = ["Policy Brief", "Skip to the brief", "Summary", "Key findings", "About this brief",
           "Published by", "It draws on", "Every direct quote", "Back to the text", "Pull quote", "December",
           " said that ", " noted that "]
NNBSP = "\u202f"


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    root = project_with(tmp_path_factory.mktemp("languages") / "project", "languages")
    run = cli(root, "build")
    assert run.returncode == 0, run.stderr
    return root / "dist"


def visible(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<meta[^>]*>", " ", page)
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", page))


def attributes(page: str) -> str:
    return htmllib.unescape(" ".join(re.findall(r'aria-label="([^"]*)"', page)))


@pytest.mark.parametrize("lang,date,marks", [
    ("fr", "12 décembre 2022", ("«" + NNBSP, NNBSP + "»")),
    ("ja", "2022年12月12日", ("「", "」")),
])
def test_every_fixed_string_date_and_mark_is_in_the_language(dist, lang, date, marks):
    page = (dist / f"japan-nato-{lang}.html").read_text("utf-8")
    t = language(lang)
    text, labels = visible(page), attributes(page)
    if lang == "ja":
        # A Japanese brief cites a source not in Japanese as an English brief does (citeforms.py), so
        # the notes and the bibliography entries of the English source are left out of this check.
        cited = re.sub(r'(<li id="fn-\d+"[^>]*>).*?(<a class="fn-back")', r"\1\2", page, flags=re.S)
        text = visible(re.sub(r'(<ul class="bibliography">).*?(</ul>)', r"\1\2", cited, flags=re.S))
    assert f'<html lang="{lang}">' in page
    for key in ("policy_brief", "skip", "summary", "key_findings", "notes", "bibliography", "about", "checked"):
        assert t(key) in text, key
    assert t("back_to_note", n=1) in labels and t("pull_quote") in labels
    assert f'<span class="visually-hidden">{t("note")} </span>' in page
    when = Markup(f'<time datetime="2022-12-12">{date}</time>')
    assert t.markup("published_by", organization="Alliance Policy Desk", date=when) in page
    assert t("counts", sources=t.plural("sources", 2 if lang == "ja" else 1),
             statements=t.plural("statements", 3), paraphrased=3) in " ".join(text.split())
    for english in ENGLISH:
        assert english not in text + labels, english
    # Direct quotes stand in the language's marks (French with narrow no-break spaces inside).
    quotes = re.findall(r'<span class="quote" data-quote="[^"]+">(.*?)</span>', page)
    assert quotes and all(q.startswith(marks[0]) and q.endswith(marks[1]) for q in quotes), quotes
    assert "“" not in "".join(quotes)


def test_notes_follow_the_csl_locale(dist):
    fr = (dist / "japan-nato-fr.html").read_text("utf-8")
    note1 = re.search(r'<li id="fn-1"[^>]*>(.*?) <a', fr).group(1)
    assert note1 == ("<span>«\u00a0Japan Seeks Deeper Defense Ties with NATO\u00a0»</span>, <em>National Defense</em>, "
                     "6 décembre 2022, paragr.\u00a02.")  # the locale's label, a no-break space after it (cite.py)
    ja = (dist / "japan-nato-ja.html").read_text("utf-8")
    # A Japanese brief cites a source not in Japanese in its own language's form, as an English brief
    # does (citeforms.py; was `2022年12月6日`), and a source in Japanese in the Japanese form.
    assert "December 6, 2022, para.\u00a02." in re.search(r'<li id="fn-1"[^>]*>(.*?) <a', ja).group(1)
    assert "「試験用の演説（架空）」Briefbuild Test Office、2022年11月30日、第2段落。" in ja


def test_quotes_in_translation_say_whose(dist):
    fr = (dist / "japan-nato-fr.html").read_text("utf-8")
    notes = dict(re.findall(r'<li id="fn-(\d+)"[^>]*>(.*?) <a class="fn-back"', fr))
    assert notes["2"].endswith("paragr.\u00a03. Notre traduction.")  # kishida-crossroads-fr, no translator given
    assert notes["6"].endswith("paragr.\u00a016. Traduction\u00a0: Alliance Policy Desk.")  # nagashima-triangle-fr
    assert notes["3"].endswith("paragr.\u00a04.")  # a paraphrase is our own words: no translation remark
    ja = (dist / "japan-nato-ja.html").read_text("utf-8")
    assert "訳は筆者による。" in ja


def test_pdf_pages_and_strings_are_in_the_language(dist):
    lines = pdf_text(dist / "japan-nato-fr.pdf").splitlines()
    fr = " ".join(" ".join(lines).split())
    assert "Page 1 sur 2" in fr and "NOTE D’ANALYSE" in fr and "POINTS CLÉS" in fr and "12 décembre 2022" in fr
    # poppler reads the narrow no-break space as a space; that it does not break shows in the lines.
    assert "« Je le vois comme un triangle, avec les [États-Unis] au centre pour l’interopérabilité »" in fr
    assert not any(line.rstrip().endswith("«") or line.lstrip().startswith("»") for line in lines)
    ja = pdf_text(dist / "japan-nato-ja.pdf")
    assert "1 / 2 ページ" in ja and "政策提言" in ja and "2022年12月12日" in ja and "主な論点" in ja


@pytest.mark.parametrize("lang", ["fr", "ja"])
def test_every_footnote_sits_on_the_page_of_its_call(dist, lang):
    # The Japanese brief's fifth call ends page 1 with no room left for its note: the call's line
    # goes to page 2 with the note (footnote-policy: line), not the note alone.
    for page in pages(dist / f"japan-nato-{lang}.pdf"):
        assert sorted(page.calls) == sorted(page.notes), f"page {page.number}: calls {page.calls}, notes {page.notes}"


def test_japanese_lines_keep_their_spaces_natural(dist):
    # Justified, a Japanese line's one space (between Fumio and Kishida) took the whole line's slack.
    import pdfplumber
    with pdfplumber.open(dist / "japan-nato-ja.pdf") as pdf:
        for page in pdf.pages:
            words = page.extract_words(extra_attrs=["size"])
            for a, b in zip(words, words[1:]):
                if abs(a["top"] - b["top"]) < 1 and round(a["size"], 1) == round(b["size"], 1) == 10.5:
                    assert b["x0"] - a["x1"] < 0.5 * a["size"], (a["text"], b["text"], b["x0"] - a["x1"])


def test_japanese_pdf_embeds_a_cjk_font_and_misses_no_glyph(dist):
    pdf = dist / "japan-nato-ja.pdf"
    fonts = pdf_fonts(pdf)
    assert all(embedded == "yes" for _, embedded in fonts)
    names = {name for name, _ in fonts}
    assert {"Noto-Serif-CJK-JP", "Noto-Sans-CJK-JP"} <= names
    # Nothing fell back to a font we did not choose (a missing glyph pulls one in) ...
    assert all(n.startswith(("Noto-Serif-CJK-JP", "Noto-Sans-CJK-JP", "Source-Serif-Pro", "Source-Sans-Pro"))
               for n in names), names
    # ... and every character of the page comes back out of the PDF: none was drawn as .notdef.
    text = "".join(pdf_text(pdf).split())
    assert "\ufffd" not in text
    assert "日本はNATOとのより緊密な防衛関係を求めている。" in text
    t = language("ja")
    # The head's <title> (title and subtitle joined by "：") is the document's name, not drawn on a page.
    page = visible(re.sub(r"<title>.*?</title>", "", (dist / "japan-nato-ja.html").read_text("utf-8")))
    for screen_only in (t("skip"), t("notes")):  # the skip link and the endnotes' heading
        page = page.replace(screen_only, "")
    cjk = {ch for ch in page if "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"}
    assert len(cjk) > 150 and cjk <= set(text), sorted(cjk - set(text))


JA_SOURCE = """\
type: speech
title: 試験用の演説
publisher: Test Office
issued: "2022-11-30"
speaker: ann-lee
text: |
  本日は、協力について申し上げます。

  私たちは、相互運用性を高めるために、装備と手順の共通化を一歩ずつ進めてまいります。
quotes:
  - id: lee-ja
    speaker: ann-lee
    kind: direct
    paragraph: 2
    text: {quote}
"""
JA_BRIEF = """\
title: 試験
date: "2024-02-01"
organization: Org
language: ja
summary: 要旨。
key-findings:
  - 論点。
sections:
  - title: 一
    blocks:
      - claim: Leeは述べた。{lee-ja}。
"""


@pytest.mark.parametrize("quote,problem", [
    ("相互運用性を高めるために、装備と手順の共通化を一歩ずつ進めてまいります", None),
    ("装備と手順の共通化を一歩ずつ進めてまいります。", None),  # from mid-sentence; the final 。 may go
    ("相互運用性を高めるために … 進めてまいります", None),
    ("相互運用性を高めるために、装備の共通化を一歩ずつ進めてまいります",
     "sources/ja.yaml:15:5: quotes.0.text: quote 'lee-ja': not verbatim in the source: fix the quote or mark "
     "changes with [brackets] and … (used by brief 'b1' at briefs/b1.yaml:11:9)"),
])
def test_a_japanese_quote_is_verified_against_the_japanese_text(tmp_path, quote, problem):
    root = make_project(tmp_path, {"sources/ja.yaml": JA_SOURCE.format(quote=quote), "briefs/b1.yaml": JA_BRIEF})
    try:
        load_project(root)
        found = []
    except InputError as exc:
        found = [str(d).split("\n")[0] for d in exc.diagnostics if d.severity == "error"]
    assert found == ([problem] if problem else [])


def test_machine_readable_quotations_are_the_speakers_own_words(dist):
    import json
    fr = (dist / "japan-nato-fr.html").read_text("utf-8")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', fr, re.S).group(1))
    texts = [part["text"] for part in data["hasPart"]]
    # The translation is ours; schema.org's Quotation carries the verified original.
    assert any(t.startswith("the participation of NATO’s Asia-Pacific partners, including Japan") for t in texts)
    assert not any("indissociables" in t for t in texts)


@pytest.mark.parametrize("lang,opening,closing,findings,date,para", [
    ("de", "„", "“", "Kernaussagen", "1. Februar 2024", "Abs."),
    ("es", "«", "»", "Conclusiones clave", "1 de febrero de 2024", "párr."),
    ("en-GB", "“", "”", "Key findings", "1 February 2024", "para."),
])
def test_german_and_spanish_briefs(tmp_path, lang, opening, closing, findings, date, para):
    from factory import BRIEF
    root = make_project(tmp_path, {"briefs/b1.yaml": BRIEF.replace("organization: Org", f"organization: Org\nlanguage: {lang}")})
    run = cli(root, "build", "--format", "html")
    assert run.returncode == 0, run.stderr
    page = (root / "dist" / "b1.html").read_text("utf-8")
    assert f">{findings}<" in page and f">{date}</time>" in page
    quote = re.search(r'<span class="quote" data-quote="lee-act">(.*?)</span>', page).group(1)
    inside = "." if lang == "en-GB" else ""  # the period goes inside the marks in English only
    assert quote == f"{opening}We will act on the plan{inside}{closing}"
    # The notes' locator labels are the locale's own (pandoc reads no other: 'para.' stayed loose text).
    notes = re.findall(r'<li id="fn-\d+"[^>]*>(.*?) <a class="fn-back"', page)
    assert notes and all(f", {para}\u00a0" in note for note in notes), notes


@pytest.mark.parametrize("lang,line", [
    ("fr", "Le Japon et l’OTAN\u00a0: D’invité au sommet à partenaire interopérable"),
    ("ja", "日本とNATO：首脳会合の招待国から相互運用可能なパートナーへ"),
])
def test_title_and_subtitle_are_joined_as_the_language_does(dist, lang, line):
    import pikepdf
    page = (dist / f"japan-nato-{lang}.html").read_text("utf-8")
    assert f"<title>{line}</title>" in page
    assert f'<meta name="citation_title" content="{line}">' in page
    with pikepdf.open(dist / f"japan-nato-{lang}.pdf") as pdf:  # the PDF's title, shown by the viewer
        assert str(pdf.docinfo.Title) == line
        assert pdf.open_metadata().get("dc:title") == line
