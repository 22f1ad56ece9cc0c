"""Saved news pages, in the shapes real sites use, captured paragraph for paragraph with their fields.

The pages under tests/fixtures/capture/ were written for these tests (never taken from the
internet); each has its expected stored text (.txt) and fields (.fields.json) beside it.
Regenerate an expectation only after reading the new output against the page.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefbuild.capture import CaptureError, capture
from briefbuild.capture.furniture import kind as furniture_kind
from briefbuild.checking.verify import paragraphs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "capture"
PAGES = ["jsonld-news", "og-only", "live-blog", "amp-graph", "report-notes", "press-release", "div-article"]


@pytest.mark.parametrize("name", PAGES)
def test_page_text_equals_expected_paragraph_for_paragraph(name):
    got = capture(FIXTURES / f"{name}.html")
    expected = (FIXTURES / f"{name}.txt").read_text("utf-8")
    assert paragraphs(got.text) == paragraphs(expected)
    assert got.text == expected


@pytest.mark.parametrize("name", PAGES)
def test_page_fields_equal_expected(name):
    got = capture(FIXTURES / f"{name}.html")
    assert got.fields == json.loads((FIXTURES / f"{name}.fields.json").read_text("utf-8"))


def test_no_navigation_ads_comments_or_cookie_notices_in_the_text():
    texts = " ".join(capture(FIXTURES / f"{name}.html").text for name in PAGES)
    for noise in ("cookies", "Accept", "Related:", "Most read", "Subscribe", "Advertisement", "Great article",
                  "First!", "reader42", "All rights reserved", "Home", "document.write"):
        assert noise not in texts


def test_metadata_trust_order_json_ld_before_open_graph():
    # jsonld-news: JSON-LD's headline wins over og:title, and its two authors over nothing else.
    fields = capture(FIXTURES / "jsonld-news.html").fields
    assert fields["title"] == "Japan Weighs a NATO Liaison Office in Tokyo"
    assert fields["author"] == [{"family": "Sato", "given": "Mariko"}, {"family": "Okafor", "given": "Daniel"}]
    # og-only: article:author is a URL, so the author comes from <meta name=author>; no invented fields.
    og = capture(FIXTURES / "og-only.html").fields
    assert og["author"] == [{"family": "Solberg", "given": "Ingrid"}]
    assert "publisher" not in og


def test_citation_tags_come_before_open_graph(tmp_path):
    page = tmp_path / "paper.html"
    page.write_text("""<html><head><meta name="citation_title" content="Alliances at a Distance">
<meta name="citation_author" content="Okafor, Daniel"><meta name="citation_publication_date" content="2023/11/02">
<meta name="citation_journal_title" content="Journal of Alliance Studies">
<meta property="og:title" content="Read: Alliances at a distance"><meta property="og:site_name" content="JAS Online">
</head><body><article><p>Alliances at a distance have a long history in the Pacific, and this paper traces it
from the treaty system of the 1950s to the partnerships of today.</p><p>A second paragraph of the article body
explains the method and the sources, which are archival records and interviews.</p></article></body></html>""")
    fields = capture(page).fields
    assert fields["title"] == "Alliances at a Distance"
    assert fields["issued"] == "2023-11-02"
    assert fields["container-title"] == "Journal of Alliance Studies"
    assert fields["type"] == "article-journal"


@pytest.mark.parametrize("content, message", [
    (b"", "cannot read this page (Document is empty): nothing written"),
    (b"<html><body><script>document.body.innerHTML='<p>' + 'x'.repeat(9999)</script></body></html>", "no text found"),
    (b"\x00\x01\x02\x03 binary", "p.html: binary data, not a saved web page: nothing written"),
])
def test_pages_without_text_are_refused_with_a_reason(tmp_path, content, message):
    page = tmp_path / "p.html"
    page.write_bytes(content)
    with pytest.raises(CaptureError) as err:
        capture(page)
    assert message in err.value.message


def test_a_page_of_too_many_elements_is_refused_before_the_extractor_walks_it(tmp_path):
    page = tmp_path / "pages.html"
    page.write_text("<html><body>" + "<p>a</p>" * 100_001 + "</body></html>", "utf-8")
    with pytest.raises(CaptureError) as err:
        capture(page)
    assert err.value.message == ("pages.html: 100,003 HTML elements, over the limit of 100,000: save the article "
                                 "alone (a reader view, or Print to PDF) and capture that")


def test_a_page_of_more_text_than_a_stored_text_holds_is_refused_before_extraction(tmp_path):
    page = tmp_path / "long.html"
    page.write_text("<html><body><p>" + "word " * 850_000 + "</p></body></html>", "utf-8")
    with pytest.raises(CaptureError) as err:
        capture(page)
    assert err.value.message == ("long.html: 4,250,000 characters of text, more than a stored text may hold "
                                 "(2,000,000 bytes): save the article alone and capture that")


def test_a_page_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    page = tmp_path / "huge.html"
    with page.open("wb") as fh:
        fh.truncate(20_000_001)  # sparse: no 20 MB written
    with pytest.raises(CaptureError) as err:
        capture(page)
    assert "20,000,001 bytes, over the limit of 20,000,000" in err.value.message


def test_an_unknown_kind_of_file_is_refused(tmp_path):
    doc = tmp_path / "report.docx"
    doc.write_bytes(b"PK")
    with pytest.raises(CaptureError) as err:
        capture(doc)
    assert "cannot capture a '.docx' file" in err.value.message


def test_transcript_text_marks_each_turn(tmp_path):
    txt = tmp_path / "t.txt"
    txt.write_text("**MODERATOR:** Welcome to the briefing.\nTANAKA: Thank you. We will act.\n"
                   "We will act soon.\n\nREPORTER: When?\n", "utf-8")
    got = capture(txt, voice="transcript")
    assert paragraphs(got.text) == ["MODERATOR: Welcome to the briefing.", "TANAKA: Thank you. We will act. We will act soon.",
                                    "REPORTER: When?"]


def test_markdown_title_and_paragraphs(tmp_path):
    md = tmp_path / "note.md"
    md.write_text("# A Statement on Partners\n\nFirst paragraph\nwrapped here.\n\n## Background\n\nSecond.\n", "utf-8")
    got = capture(md)
    assert got.fields == {"title": "A Statement on Partners"}
    assert paragraphs(got.text) == ["First paragraph wrapped here.", "Background", "Second."]


@pytest.mark.parametrize("name, sid, voice", [
    ("jsonld-news", "harbor-times-2024-05-14-japan-weighs-nato-liaison", "reported"),
    ("og-only", "northern-ledger-2025-02-13-defense-ministers-weigh-closer", "reported"),
    ("live-blog", "coastal-wire-2025-07-09-nato-summit-day-two", "reported"),
    ("amp-graph", "pacific-daily-2025-03-04-tokyo-brussels-sign-cyber", "reported"),
])
def test_add_writes_a_source_that_passes_check_with_the_pages_fields(tmp_path, name, sid, voice):
    from factory import make_project

    from briefbuild.checking.validate import load_project
    from briefbuild.commands.add import add
    root = make_project(tmp_path)
    done = add(root, FIXTURES / f"{name}.html")
    assert done.id == sid and done.missing == []
    source = load_project(root).sources[sid]
    expected = json.loads((FIXTURES / f"{name}.fields.json").read_text("utf-8"))
    assert source.type == expected["type"] and source.title == expected["title"]
    assert source.container_title == expected["container-title"] and source.URL == expected["URL"]
    assert str(source.issued) == expected["issued"]
    assert source.effective_voice == voice and source.voice == voice and source.accessed is None
    assert [n.model_dump(exclude_none=True, by_alias=True) for n in source.author] == expected["author"]
    assert (root / "sources" / f"{sid}.txt").read_text("utf-8") == (FIXTURES / f"{name}.txt").read_text("utf-8")


REPORT_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Partners Across the Globe | Atlantic Policy Institute</title>
<meta property="og:site_name" content="Atlantic Policy Institute">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Report",
"headline": "Partners Across the Globe", "datePublished": "2026-02-10",
"author": [{"@type": "Person", "name": "Helena Kowalski"}],
"url": "https://www.atlanticpolicy.example/reports/partners",
"publisher": {"@type": "Organization", "name": "Atlantic Policy Institute"}}</script>
</head><body><nav><a href="/">Home</a></nav><main><article><h1>Partners Across the Globe</h1>
<p>NATO's partnerships with Japan, South Korea, Australia and New Zealand have deepened since 2022, and
this report argues that the Alliance should institutionalise these ties without extending its commitments.</p>
<p>We make three recommendations. First, the Alliance should open a liaison office in Tokyo. Second, it
should create a standing dialogue on cyber defence with its four partners in the region.</p>
</article></main></body></html>"""


def test_a_reports_site_is_its_publisher_not_a_container(tmp_path):
    # QA: a think tank's report page gave container-title: Atlantic Policy Institute, which
    # Chicago prints as "In Atlantic Policy Institute"; for a work that stands alone it is the publisher.
    from factory import make_project

    from briefbuild.checking.validate import load_project
    from briefbuild.commands.add import add
    root = make_project(tmp_path)
    page = tmp_path / "report.html"
    page.write_text(REPORT_PAGE, "utf-8")
    done = add(root, page, fields={"accessed": "2026-03-01"})
    source = load_project(root).sources[done.id]
    assert source.type == "report" and source.publisher == "Atlantic Policy Institute"
    assert source.container_title is None and "container-title" not in done.missing and done.missing == []


@pytest.mark.parametrize("layers, title, origin", [
    (("json-ld", "citation", "og", "meta"), "From JSON-LD", "the page's JSON-LD (NewsArticle)"),
    (("citation", "og", "meta"), "From citation_title", "the page's citation_* tags"),
    (("og", "meta"), "From og:title", "the page's Open Graph tags"),
    (("meta",), "From meta", "the page's <meta> tags"),
    ((), "From the title element", "the page's <title>"),
])
def test_each_field_comes_from_the_most_trusted_layer_that_has_it(tmp_path, layers, title, origin):
    head = {"json-ld": '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "From JSON-LD"}</script>',
            "citation": '<meta name="citation_title" content="From citation_title">',
            "og": '<meta property="og:title" content="From og:title">',
            "meta": '<meta name="title" content="From meta">'}
    page = tmp_path / "p.html"
    page.write_text(f"<html><head><title>From the title element</title>{''.join(head[k] for k in layers)}</head>"
                    "<body><article><p>A paragraph long enough for the extractor to keep it as the body text of the "
                    "article, which it is.</p></article></body></html>", "utf-8")
    got = capture(page)
    assert got.fields["title"] == title
    assert got.origins == {"title": origin}


def test_a_graph_names_its_author_and_publisher_by_reference():
    # Editor's trial: an AMP page whose JSON-LD is an @graph, the author and publisher given as
    # {"@id": ...}, the article part of a WebPage part of the WebSite; no author and no
    # publication were found, and the web page's own name would have been its container.
    fields = capture(FIXTURES / "amp-graph.html").fields
    assert fields["author"] == [{"family": "Mori", "given": "Kenji"}]
    assert fields["container-title"] == "Pacific Daily"


def test_a_think_tank_report_page_with_footnotes(tmp_path):
    # Editor's trial: citation_author 'Reyes, Carmen' became given 'Reyes,' family 'Carmen'; the
    # report was typed an article (og:type) with container-title 'CSD'; footnote calls stuck to
    # the words before them ('programmes.2 Its'), the notes lost their numbers and kept their ↩.
    from factory import make_project

    from briefbuild.checking.validate import load_project
    from briefbuild.commands.add import add
    got = capture(FIXTURES / "report-notes.html")
    assert got.fields["author"] == [{"family": "Reyes", "given": "Carmen"}, {"family": "Tanaka", "given": "Hiroshi"}]
    paras = paragraphs(got.text)
    assert "We find that the IP4 has produced more meetings than programmes. Its one concrete result" in paras[2]
    assert paras[-3:] == ["1. The term was first used in official documents at the Vilnius summit in 2023.",
                          "2. Interviews with officials in Tokyo and Canberra, May–June 2025.",
                          "3. Interview, Tokyo, 12 June 2025."]
    root = make_project(tmp_path)
    done = add(root, FIXTURES / "report-notes.html")
    source = load_project(root).sources[done.id]
    assert (source.type, source.publisher, source.container_title) == ("report", "Centre for Strategic Dialogue", None)
    assert done.id == "csd-2025-09-15-minilateralism-indo-pacific-japan" and done.missing == []


@pytest.mark.parametrize("html, text", [
    ("programmes.<sup><a href='#fn2'>2</a></sup> Its", "programmes. Its"),
    ("programmes.<a class='footnote-ref' href='#fn2'>2</a> Its", "programmes. Its"),
    ("programmes.<sup class='reference'><a href='#cite_note-2'>[2]</a></sup> Its", "programmes. Its"),
    ("in 2023. <a href='#ref1' class='footnote-back'>↩</a> It", "in 2023. It"),
    # Not a note's call: an exponent, and a link to a section by its number.
    ("covers 40 km<sup>2</sup> of sea", "covers 40 km2 of sea"),
    ("as section <a class='reference internal' href='#s3'>3</a> shows", "as section 3 shows"),
])
def test_footnote_calls_are_dropped_and_nothing_else(tmp_path, html, text):
    page = tmp_path / "p.html"
    page.write_text(f"<html><body><article><p>The ministry said on Monday that the plan {html} will stay in force "
                    "until the exercise ends, and that it had been agreed with the partners.</p></article></body></html>",
                    "utf-8")
    assert text in " ".join(capture(page).text.split())


@pytest.mark.parametrize("meta, authors", [
    ('<meta name="author" content="By Ann Lee and Bob Chan">',
     [{"family": "Lee", "given": "Ann"}, {"family": "Chan", "given": "Bob"}]),
    ('<meta name="author" content="Ann Lee, Bob Chan">', [{"family": "Lee", "given": "Ann"}, {"family": "Chan", "given": "Bob"}]),
    # Dublin Core writes the family name first: one person, not two called 'Lee' and 'Ann'.
    ('<meta name="dc.creator" content="Lee, Ann">', [{"family": "Lee", "given": "Ann"}]),
    ('<meta name="author" content="Okafor, Daniel Chike">', [{"family": "Okafor", "given": "Daniel Chike"}]),
])
def test_author_names_in_meta_tags(tmp_path, meta, authors):
    page = tmp_path / "p.html"
    page.write_text(f"<html><head><title>T</title>{meta}</head><body><article><p>A paragraph long enough for the "
                    "extractor to keep it as the body text of the article, which it is.</p></article></body></html>")
    assert capture(page).fields["author"] == authors


ARTICLE = ("<p>“We are studying the proposal carefully,” the minister said on Tuesday in the café of the Diet, "
           "speaking to reporters after the cabinet meeting.</p>")


@pytest.mark.parametrize("head, codec", [
    ("", "utf-8"),  # saved without its charset (the server sent it in a header)
    ("", "cp1252"),
    ('<meta charset="iso-8859-1">', "cp1252"),  # a latin-1 label on Windows' bytes, as browsers read it
    ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', "cp1252"),
    ('<meta charset="shift_jis">', "shift_jis"),
    ('<meta charset="utf-8">', "utf-8-sig"),
])
def test_a_page_is_read_in_its_own_encoding(tmp_path, head, codec):
    # Editor's trial: a UTF-8 page saved without a charset came out as 'âWe are studying'; a
    # windows-1252 one lost its curly quotes, and with them the minister's words.
    page = tmp_path / "p.html"
    word = "喫茶店" if codec == "shift_jis" else "café"  # shift_jis has no é
    text = ARTICLE.replace("café", word)
    page.write_bytes(f"<html><head>{head}<title>T</title></head><body><article>{text}</article></body></html>"
                     .encode(codec))
    got = capture(page).text
    assert got.startswith("“We are studying the proposal carefully,” the minister said") and word in got


SITE_TITLES = [
    # (head, the title captured): a site's name the page itself gives is not part of the headline.
    ('<title>Press Briefing on Undersea Cables | The White House</title>'
     '<meta property="og:site_name" content="The White House">', "Press Briefing on Undersea Cables"),
    ('<title>Defence Secretary announces £1.2 billion for seabed sensors - GOV.UK</title>'
     '<meta property="og:site_name" content="GOV.UK">', "Defence Secretary announces £1.2 billion for seabed sensors"),
    ('<title>Ministers meet in Brussels – Northern Ledger</title><meta name="application-name" content="Northern Ledger">',
     "Ministers meet in Brussels"),
    ('<title>Coastal Wire: Storm closes the port</title><meta property="og:site_name" content="Coastal Wire">',
     "Storm closes the port"),
    # Yoast's WebPage name is the <title>, site and all.
    ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage", "name": "Cable Map Ordered | The White House",'
     ' "isPartOf": {"@id": "#site"}}, {"@type": "WebSite", "@id": "#site", "name": "The White House"}]}</script>',
     "Cable Map Ordered"),
    # A site the page does not name stays: nothing is guessed.
    ("<title>Ministers meet in Brussels | Northern Ledger</title>", "Ministers meet in Brussels | Northern Ledger"),
    # A headline that only contains the site's name keeps it.
    ('<title>Why the Harbor Times changed its name</title><meta property="og:site_name" content="Harbor Times">',
     "Why the Harbor Times changed its name"),
    ('<title>Interview - Harbor Times: the editor on ten years</title><meta property="og:site_name" content="Harbor Times">',
     "Interview - Harbor Times: the editor on ten years"),
]


@pytest.mark.parametrize("head, title", SITE_TITLES)
def test_the_sites_name_is_not_part_of_the_title(tmp_path, head, title):
    # Editor's trial: a White House transcript page was captured with the title 'Press Briefing
    # by … | The White House' (its JSON-LD WebPage name), cited as '“… | The White House,” The
    # White House', and its headline stayed as the first paragraph of the text.
    page = tmp_path / "p.html"
    page.write_text(f"<html><head>{head}</head><body><article><h1>{title.split(' | ')[0]}</h1><p>A paragraph long "
                    "enough for the extractor to keep it as the body text of the article, which it is.</p></article>"
                    "</body></html>", "utf-8")
    got = capture(page)
    assert got.fields["title"] == title
    if " | " not in title:  # the headline is the title field, not a paragraph
        assert got.text.startswith("A paragraph long enough")


LEAD = "<p>The UK will invest £1.2 billion in seabed sensors and uncrewed vessels, the ministry announced today.</p>"


@pytest.mark.parametrize("body, paras", [
    # A press release: the introduction, then the words set off (GOV.UK); one paragraph or several.
    ("<p>Defence Secretary John Doe said:</p><blockquote><p>We will act on the plan.</p></blockquote>",
     ["Defence Secretary John Doe said:", "“We will act on the plan.”"]),
    ("<p>Defence Secretary John Doe said:</p><blockquote><p>We will act.</p><p>We will <em>watch</em> the seabed.</p>"
     "</blockquote>", ["Defence Secretary John Doe said:", "“We will act.", "“We will watch the seabed.”"]),
    ("<p>Doe said:</p><blockquote>We will act on the plan.</blockquote>", ["Doe said:", "“We will act on the plan.”"]),
    # Marks of its own: left as they are (no second pair).
    ("<p>Doe said:</p><blockquote><p>“We will act on the plan.”</p></blockquote>", ["Doe said:", "“We will act on the plan.”"]),
    ("<p>Doe said:</p><blockquote><p>The allies say ‘act now’ and we will.</p></blockquote>",
     ["Doe said:", "The allies say ‘act now’ and we will."]),
])
def test_a_block_quotation_keeps_its_quotation_marks(tmp_path, body, paras):
    # Editor's trial: a GOV.UK press release set the Defence Secretary's words in a <blockquote>
    # under 'Defence Secretary John Doe said:'; the captured text lost what set them off, so they
    # read as the ministry's own and could not be quoted as his.
    page = tmp_path / "p.html"
    page.write_text(f"<html><head><title>T</title></head><body><main><article>{LEAD}{body}</article></main></body></html>",
                    "utf-8")
    assert paragraphs(capture(page).text)[1:] == paras


def test_a_press_releases_block_quotes_are_quoted_as_their_speakers(tmp_path):
    from quotecheck import problems
    page = tmp_path / "release.html"
    page.write_text(f"<html><head><title>T</title></head><body><main><article>{LEAD}<p>Defence Minister Jane Doe "
                    "said:</p><blockquote><p>We will act on the plan.</p><p>We will watch the seabed.</p></blockquote>"
                    "<p>Analyst Bo Chan said:</p><blockquote><p>The threat is real.</p></blockquote>"
                    "<p>The programme is part of the defence review.</p></article></main></body></html>", "utf-8")
    text = capture(page).text
    assert problems(text, "We will act on the plan.", "jane-doe", 3) == ""
    assert problems(text, "We will watch the seabed.", "jane-doe", 4) == ""
    assert problems(text, "The threat is real.", "bo-chan", 6) == ""
    assert problems(text, "The threat is real.", "jane-doe", 6) == ("paragraph 6 gives these words to Bo Chan, "
                                                                      "not to Jane Doe: fix the speaker")


def test_a_paragraph_written_as_a_div_among_paragraphs_is_kept():
    # Editor's trial: a site that sets some paragraphs as <div>s (one a quotation in <span>s)
    # among <p>s lost them without a word: the extractor reads divs only on pages with little
    # <p> text, so the negotiator's words were not in the stored text at all.
    text = capture(FIXTURES / "div-article.html").text
    assert "“We are close, but we are not there yet,” the Philippine negotiator, Marco Santos, said after" in text
    assert "whether the code would be legally binding, which China has resisted." in text


def test_page_furniture_is_left_out_and_every_line_of_it_reported():
    # A GOV.UK-style release: its stamps, share and teaser links, sign-up prompt and end marks
    # were paragraphs 1 to 3 and moved every locator; the notes to editors after 'ENDS' are the
    # release's own text and stay.
    got = capture(FIXTURES / "press-release.html")
    paras = paragraphs(got.text)
    assert paras[0].startswith("The United Kingdom and Japan today signed")
    assert "Notes to editors" in paras and "Update 12 January: a line on the parliamentary timetable was added." in paras
    assert got.notes == [
        "left out 8 lines of page furniture, not the source's words: 'Published 11 January 2023', "
        "'Last updated 12 January 2023', 'Share this page', 'Read more: UK announces frigate exports to Australia', "
        "'Sign up for email updates from the Ministry of Defence.', 'ENDS', 'Related: Defence in the Indo-Pacific', '###'"]
    paywalled = capture(FIXTURES / "div-article.html")
    assert paywalled.notes == [
        "left out 3 lines of page furniture, not the source's words: 'Updated June 5, 2024 at 9:14 a.m. PHT', "
        "'Subscribe to continue reading. You have reached your limit of free articles.', 'Already a subscriber? Log in'",
        # The article stops at the paywall: said, not only listed as furniture.
        "the page stops at a paywall ('Subscribe to continue reading. You have reached your limit of free articles.'): "
        "the stored text may stop where the paywall does; capture the whole article (saved while signed in, or the "
        "publisher's PDF) before quoting past it"]


SAID = "<p>“We are studying the proposal carefully,” Foreign Minister Yoko Kamikawa told reporters on Tuesday.</p>"
REPORTED = "<p>China will never accept a bloc confrontation in the region, a ministry spokesman said on Tuesday.</p>"
STUDYING = "“We are studying the proposal carefully,” Foreign Minister Yoko Kamikawa told reporters on Tuesday."
NEVER = "China will never accept a bloc confrontation in the region, a ministry spokesman said on Tuesday."


@pytest.mark.parametrize("body, paras, pulled", [
    # Pull quotes as CMSs set them, repeating a sentence of the text: each left out, and listed.
    (f'{SAID}<blockquote class="pullquote">We are studying the proposal carefully</blockquote>{REPORTED}',
     [STUDYING, NEVER], ["We are studying the proposal carefully"]),
    (f'{SAID}<blockquote class="pull-quote"><p>“We are studying the proposal carefully”</p></blockquote>{REPORTED}',
     [STUDYING, NEVER], ["“We are studying the proposal carefully”"]),
    (f'{SAID}<figure class="wp-block-pullquote"><blockquote><p>We are studying the proposal carefully</p><cite>Yoko '
     f'Kamikawa</cite></blockquote></figure>{REPORTED}', [STUDYING, NEVER], ["We are studying the proposal carefully"]),
    (f'{SAID}<div class="pullQuote">“We are studying the proposal carefully”</div>{REPORTED}', [STUDYING, NEVER],
     ["“We are studying the proposal carefully”"]),
    (f'{SAID}<p class="article__pull_quote">“We are studying the proposal carefully”</p>{REPORTED}', [STUDYING, NEVER],
     ["“We are studying the proposal carefully”"]),
    # No class, but the reporter's own sentence set again as display type: quoting it would
    # give a spokesman words the article only reports.
    (f'{SAID}<blockquote><p>China will never accept a bloc confrontation in the region</p></blockquote>{REPORTED}',
     [STUDYING, NEVER], ["China will never accept a bloc confrontation in the region"]),
    (f'{REPORTED}<blockquote>China will never accept a bloc confrontation in the region</blockquote>{SAID}',
     [NEVER, STUDYING], ["China will never accept a bloc confrontation in the region"]),
    # A block quotation whose words stand nowhere else is the text: kept, with its marks.
    (f'{SAID}<p>The spokesman said:</p><blockquote><p>We oppose any bloc in the region</p></blockquote>{REPORTED}',
     [STUDYING, "The spokesman said:", "“We oppose any bloc in the region”", NEVER], None),
    # Repeated only in a caption or an aside (not the text), or too short to tell: kept.
    (f'{SAID}<p>The spokesman said:</p><blockquote><p>We oppose any bloc in the region</p></blockquote>'
     '<figure><figcaption>“We oppose any bloc in the region,” the spokesman said.</figcaption></figure>'
     f'{REPORTED}', [STUDYING, "The spokesman said:", "“We oppose any bloc in the region”", NEVER], None),
    (f'{SAID}<p>The spokesman said:</p><blockquote><p>No.</p></blockquote><p>No. He said no.</p>',
     [STUDYING, "The spokesman said:", "“No.”", "No. He said no."], None),
])
def test_a_pull_quote_repeating_the_text_is_left_out_once(tmp_path, body, paras, pulled):
    # Trial of saved pages: a pull quote (<blockquote class="pullquote">, or a plain
    # <blockquote> repeating a sentence) stood in the stored text beside the sentence it
    # repeats: the words twice (an ellipsis could join the wrong copy), every locator after it
    # moved, and the reporter's own sentence given quotation marks the article never set.
    page = tmp_path / "p.html"
    page.write_text(f"<html><head><title>T</title></head><body><main><article>{body}</article></main></body></html>",
                    "utf-8")
    got = capture(page)
    assert paragraphs(got.text) == paras
    notes = [n for n in got.notes if "pull quote" in n]
    if pulled is None:
        assert notes == []
    else:
        assert notes == ["left out 1 pull quote repeating the article's own words (kept where they stand in the "
                         "text): " + ", ".join(f"'{q}'" for q in pulled)]


HEADER = "Harbor Times — printed from harbortimes.example"
NOTICE = "This copy is for your personal, non-commercial use only."


@pytest.mark.parametrize("body, paras, dropped", [
    # A print view (QA: its header was stored as paragraph 1 and moved every locator).
    (f'<div id="print-header">{HEADER}</div>{SAID}{REPORTED}', [STUDYING, NEVER], [HEADER]),
    (f'<div class="print-header"><span>Harbor Times</span></div>{SAID}{REPORTED}', [STUDYING, NEVER], ["Harbor Times"]),
    (f'<p class="print-only">https://harbortimes.example/a/1</p>{SAID}{REPORTED}', [STUDYING, NEVER],
     ["https://harbortimes.example/a/1"]),
    (f'{SAID}{REPORTED}<div class="print-footer">{NOTICE}</div>', [STUDYING, NEVER], [NOTICE]),
    (f'<div class="d-none d-print-block">Harbor Times</div>{SAID}{REPORTED}', [STUDYING, NEVER], ["Harbor Times"]),
    # Its words as a paragraph of the page, without the class: known by their form.
    (f'<p>{HEADER}</p>{SAID}{REPORTED}<p>{NOTICE}</p>', [STUDYING, NEVER], [HEADER, NOTICE]),
    # The article's words about printing, or set for print with someone's words in them: kept.
    (f'{SAID}<p>Printed copies of the plan were handed out on Tuesday, officials said.</p>',
     [STUDYING, "Printed copies of the plan were handed out on Tuesday, officials said."], []),
    (f'<div class="print-only">{SAID}</div>{REPORTED}', [STUDYING, NEVER], []),
])
def test_a_print_views_header_and_footer_are_left_out_and_reported(tmp_path, body, paras, dropped):
    page = tmp_path / "p.html"
    page.write_text(f"<html><head><title>T</title></head><body><div class='page'>{body}</div></body></html>", "utf-8")
    got = capture(page)
    assert paragraphs(got.text) == paras
    notes = [n for n in got.notes if "page furniture" in n]
    assert notes == ([f"left out {len(dropped)} line{'s' if len(dropped) > 1 else ''} of page furniture, not the "
                      "source's words: " + ", ".join(f"'{d}'" for d in dropped)] if dropped else [])


def mhtml(page: bytes, *, charset: str = "", encoding: str = "quoted-printable", start: bool = False) -> bytes:
    """A single-file save as Chrome writes it ("Webpage, Single File"): the page (quoted-printable)
    first, then its style sheet and an image; or, as Edge and IE wrote .mht, a base64 part named
    by the multipart's `start`, after an image."""
    import base64
    import quopri
    body = quopri.encodestring(page) if encoding == "quoted-printable" else base64.encodebytes(page)
    html = (f"Content-Type: text/html{'; charset=' + charset if charset else ''}\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
            f"Content-Transfer-Encoding: {encoding}\r\nContent-Location: https://news.example/a\r\n\r\n").encode() + body
    css = (b"Content-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
           b"Content-Location: https://news.example/main.css\r\n\r\nbody { color: black; }")
    png = (b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://news.example/a.png"
           b"\r\n\r\n" + base64.encodebytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64))
    parts = [png, html] if start else [html, css, png]
    head = (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/a\r\nSubject: A page\r\n"
            b"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
            + (b"\tstart=\"<frame-1@mhtml.blink>\";\r\n" if start else b"")
            + b"\tboundary=\"----MultipartBoundary--x1----\"\r\n\r\n\r\n")
    return head + b"".join(b"------MultipartBoundary--x1----\r\n" + p + b"\r\n" for p in parts) \
        + b"------MultipartBoundary--x1------\r\n"


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("options", [{}, {"encoding": "base64", "start": True}])
def test_a_single_file_save_gives_the_pages_text_and_fields(tmp_path, name, options):
    # Trial: Chrome's "Webpage, Single File" (.mhtml) was refused as an unknown kind of file.
    saved = tmp_path / f"{name}.mhtml"
    saved.write_bytes(mhtml((FIXTURES / f"{name}.html").read_bytes(), **options))
    got = capture(saved)
    assert got.text == (FIXTURES / f"{name}.txt").read_text("utf-8")
    assert got.fields == json.loads((FIXTURES / f"{name}.fields.json").read_text("utf-8"))
    assert got.original == saved.read_bytes()


def test_a_single_file_save_is_read_in_the_charset_its_part_names(tmp_path):
    page = ("<html><head><title>Paris doubts</title></head><body><article><p>“We are studying the proposal "
            "carefully,” the minister said in Paris, where officials were sceptical of the office.</p></article>"
            "</body></html>").encode("cp1252")
    saved = tmp_path / "p.mht"
    saved.write_bytes(mhtml(page, charset="windows-1252"))
    assert capture(saved).text.startswith("“We are studying the proposal carefully,” the minister said")


def test_a_single_file_save_without_a_page_is_refused(tmp_path):
    saved = tmp_path / "p.mhtml"
    saved.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\n"
                      b"Content-Type: image/png\r\n\r\nxx\r\n--b--\r\n")
    with pytest.raises(CaptureError, match=r"p\.mhtml: no web page inside this single-file save \(MHTML\)"):
        capture(saved)


def test_the_written_source_says_where_each_field_the_page_showed_was_found(tmp_path):
    # Trial: the written source gave a title, date and author with nothing to say where on the
    # page each was found, so the editor checking them could not tell a byline from a <title>.
    import yaml
    from factory import make_project

    from briefbuild.commands.add import add
    root = make_project(tmp_path)
    page = tmp_path / "report.html"
    page.write_text(REPORT_PAGE.replace("<title>", '<meta name="author" content="Ann Lee"><title>'), "utf-8")
    done = add(root, page, fields={"issued": "2026-02-11"})
    text = done.source.read_text("utf-8")
    lines = {line.split(":")[0]: line for line in text.splitlines() if not line.startswith((" ", "#"))}
    assert lines["title"].endswith("# from the page's JSON-LD (Report)")
    assert lines["author"].endswith("# from the page's JSON-LD (Report)")  # before <meta name=author>
    assert lines["publisher"].endswith("# from the page's JSON-LD (Report)")  # its publisher, as a report's
    assert lines["URL"].endswith("# from the page's JSON-LD (Report)")
    assert lines["issued"] == 'issued: "2026-02-11"'  # given on the command line: nothing to say
    assert yaml.safe_load(text)["title"] == "Partners Across the Globe"


DRILLS = ("“We will not be intimidated by the drills,<br>and we will keep our ships at sea,” Jane Doe told reporters "
          "after the visit.")


@pytest.mark.parametrize("body, paras", [
    # A single <br> is a line inside its paragraph: a quotation a CMS set over two lines ...
    (f"<p>{DRILLS}</p>", [DRILLS.replace("<br>", "\n")]),
    (f"<p>{DRILLS.replace('<br>', '<br/>')}</p>", [DRILLS.replace("<br>", "\n")]),
    # ... an address, a poem, a dateline on its own line, a break inside an inline element.
    ("<p>Write to the ministry at:<br>Ministry of Defence<br>5-1 Ichigaya-Honmuracho<br>Tokyo 162-8801</p>",
     ["Write to the ministry at:\nMinistry of Defence\n5-1 Ichigaya-Honmuracho\nTokyo 162-8801"]),
    ("<p>The minister read a poem at the ceremony:<br>\n  The sea is wide,<br>\n  the watch is long.</p>",
     ["The minister read a poem at the ceremony:\nThe sea is wide,\nthe watch is long."]),
    ("<p>TOKYO, May 14 (Harbor Times)<br>The ministry said on Tuesday it would keep two ships at sea.</p>",
     ["TOKYO, May 14 (Harbor Times)\nThe ministry said on Tuesday it would keep two ships at sea."]),
    ("<p><em>We will act,<br>and soon,</em> the minister wrote in a letter to the committee.</p>",
     ["We will act,\nand soon, the minister wrote in a letter to the committee."]),
    # A break at the start or end of a block is no line.
    ("<p><br>The ministry said on Tuesday it would keep two ships at sea.<br></p>",
     ["The ministry said on Tuesday it would keep two ships at sea."]),
    # Two or more (white space between them or not) end a paragraph, as a CMS writes one block.
    ("<p>The ministry said on Tuesday it would keep two ships at sea.<br><br>It gave no date for their return "
     "to port.</p>", ["The ministry said on Tuesday it would keep two ships at sea.", "It gave no date for their "
                      "return to port."]),
    ("<div>The ministry said on Tuesday it would keep two ships at sea.<br />\n&nbsp;<br />It gave no date for their "
     "return to port.<br><br><br>A spokesman declined to comment.</div>",
     ["The ministry said on Tuesday it would keep two ships at sea.", "It gave no date for their return to port.",
      "A spokesman declined to comment."]),
    # The page's own mark for a line break is its text, not a break.
    ("<p>Press ⏎ to confirm,<br>the screen said.</p>", ["Press ⏎ to confirm,\nthe screen said."]),
])
def test_a_single_line_break_is_a_line_inside_its_paragraph(tmp_path, body, paras):
    # Trial of saved pages: each <br> began a paragraph, so a quotation a CMS set over two
    # lines stood in two paragraphs (a quote of it failed) and every number after it moved.
    page = tmp_path / "p.html"
    page.write_text(f"<html><head><title>T</title></head><body><main><article><p>The defence minister visited the "
                    f"port on Tuesday and met the crews of two destroyers.</p>{body}</article></main></body></html>",
                    "utf-8")
    assert paragraphs(capture(page).text)[1:] == paras


def test_a_quotation_over_a_line_break_verifies_and_the_paragraphs_after_it_keep_their_numbers(tmp_path):
    from quotecheck import problems
    page = tmp_path / "p.html"
    page.write_text(f"<html><head><title>T</title></head><body><main><article><p>The defence minister visited the "
                    f"port on Tuesday.</p><p>{DRILLS}</p><p>“The fleet is ready,” she added.</p></article></main>"
                    "</body></html>", "utf-8")
    text = capture(page).text
    assert problems(text, "We will not be intimidated by the drills, and we will keep our ships at sea", "jane-doe",
                    2) == ""
    assert paragraphs(text)[2] == "“The fleet is ready,” she added."


def test_a_byline_over_a_stamp_set_apart_by_a_line_break_is_furniture(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>T</title></head><body><main><article><p>By Jane Doe<br>Published 14 May "
                    "2024</p><p>The ministry said on Tuesday it would keep two ships at sea.</p></article></main>"
                    "</body></html>", "utf-8")
    got = capture(page)
    assert paragraphs(got.text) == ["The ministry said on Tuesday it would keep two ships at sea."]
    assert got.notes == ["left out 2 lines of page furniture, not the source's words: 'By Jane Doe', "
                         "'Published 14 May 2024'"]


CABLES = "Ministers from five countries agreed on Tuesday to share the cost of repairing undersea cables."
SEABED = "“We cannot leave the seabed unguarded,” Defence Minister Jane Doe said after the meeting."
REVIEW = "The plan will be reviewed next year."


def ld_page(body: str | None, shown: str = "<div id='app'></div>") -> str:
    item = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ministers agree cable plan",
            "datePublished": "2025-03-04", **({"articleBody": body} if body is not None else {})}
    return (f"<html><head><title>Ministers agree cable plan</title><script type='application/ld+json'>"
            f"{json.dumps(item)}</script></head><body>{shown}<script>render()</script></body></html>")


SPLIT = "3 paragraphs, split where it has line breaks"


@pytest.mark.parametrize("body, paras, split", [
    # A page whose script draws the article: the publisher's own text of it, paragraphs at its breaks.
    (f"{CABLES}\n\n{SEABED}\n\n{REVIEW}", [CABLES, SEABED, REVIEW], SPLIT),
    (f"{CABLES}\n{SEABED}\r\n{REVIEW}", [CABLES, SEABED, REVIEW], SPLIT),
    (f"Ministers agree cable plan\n\n{CABLES}\n\n{SEABED}\n\n{REVIEW}", [CABLES, SEABED, REVIEW], SPLIT),
    (f"<p>{CABLES}</p><p>{SEABED.replace('“', '&ldquo;')}</p>\n<p>{REVIEW}</p>", [CABLES, SEABED, REVIEW], SPLIT),
    # No line breaks: one paragraph (where sentences end is no paragraph's end).
    (f"{CABLES} {SEABED} {REVIEW}", [f"{CABLES} {SEABED} {REVIEW}"],
     "one paragraph: it has no line breaks, so no paragraph is guessed"),
])
def test_a_page_that_shows_no_text_is_captured_from_its_json_ld_article_body(tmp_path, body, paras, split):
    # Trial of saved pages: an article whose text a script draws (the saved page holds none)
    # was refused with 'no text found', though the page's JSON-LD holds the publisher's own text.
    page = tmp_path / "p.html"
    page.write_text(ld_page(body), "utf-8")
    got = capture(page)
    assert paragraphs(got.text) == paras
    assert got.notes == [f"the page itself shows no article text: the text is its JSON-LD articleBody, the "
                         f"publisher's own text of the article ({split}): check it against the page in a browser"]


@pytest.mark.parametrize("body", [f"{CABLES}\n\n{SEABED}", f"{CABLES} A different text the page does not show."])
def test_a_page_that_shows_its_text_is_captured_as_it_shows_it_whatever_its_article_body(tmp_path, body):
    page = tmp_path / "p.html"
    page.write_text(ld_page(body, f"<main><article><p>{SEABED}</p><p>{REVIEW}</p></article></main>"), "utf-8")
    got = capture(page)
    assert paragraphs(got.text) == [SEABED, REVIEW] and got.notes == []


@pytest.mark.parametrize("body", [None, "", "  \n  "])
def test_a_page_with_no_text_and_no_article_body_is_still_refused(tmp_path, body):
    page = tmp_path / "p.html"
    page.write_text(ld_page(body), "utf-8")
    with pytest.raises(CaptureError, match="no text found"):
        capture(page)


DOE = {"family": "Doe", "given": "Jane"}
ROE = {"family": "Roe", "given": "John"}
KOBE = ("<p>The port of Kobe reopened on Wednesday after a storm closed it for two days, the harbour authority said "
        "in a statement.</p><p>“The damage was smaller than we feared,” the authority's director, Ken Ito, told "
        "reporters at the quay.</p>")


@pytest.mark.parametrize("shown, authors", [
    # Bylines as news sites set them: marked by a class, rel or itemprop, or a line 'By …'.
    ('<p class="byline">By Jane Doe</p>', [DOE]),
    ('<div class="article-meta"><span class="byline">By Jane Doe and John Roe</span></div>', [DOE, ROE]),
    ("<p>By Jane Doe, Reuters</p>", [DOE]),  # the agency is no author
    ('<span class="c-byline">By Jane Doe, Defence Correspondent</span>', [DOE]),
    ('<div class="byline">By <a href="/authors/jane-doe" rel="author">Jane Doe</a> | Harbor Times</div>', [DOE]),
    ('<div class="byline">By Jane Doe <time datetime="2024-05-14">14 May 2024</time></div>', [DOE]),
    ('<p class="byline">By Jane Doe Updated 14 May 2024, 10:32 JST</p>', [DOE]),
    ('<span class="author-name">Jane Doe</span>', [DOE]),
    ('<span itemprop="author">Jane Doe</span>', [DOE]),
    ('<p class="byline">By JANE DOE and JOHN O\'BRIEN</p>', [DOE, {"family": "O'Brien", "given": "John"}]),
    ("<p>By Jane Doe, John Roe and Ann Lee</p>", [DOE, ROE, {"family": "Lee", "given": "Ann"}]),
    ('<p class="byline">By Jane Doe and John Roe, Tokyo Correspondents</p>', [DOE, ROE]),
    # A name of four words is not split (a wrong split is worse than none).
    ('<p class="byline">By Marie-Claire de la Tour</p>', [{"literal": "Marie-Claire de la Tour"}]),
    # No person, no byline: no author.
    ('<span class="byline">Staff report</span>', None),
    ('<p class="byline">By Harbor Times Staff</p>', None),
    ('<p class="byline">By Reuters</p>', None),
    ("<p>By Tuesday, the talks had collapsed and the port stayed closed.</p>", None),
    ('<div class="author-bio">Jane Doe is the paper\'s defence correspondent in Tokyo.</div>', None),
])
def test_the_byline_the_page_shows_is_its_author_when_its_metadata_names_none(tmp_path, shown, authors):
    # Trial of saved pages: 'By Jane Doe' under the headline was dropped as furniture and the
    # source written without an author, though the page names her.
    page = tmp_path / "p.html"
    page.write_text(f"<html><head><title>Port reopens</title></head><body><main><article><h1>Port reopens</h1>{shown}"
                    f"{KOBE}</article></main></body></html>", "utf-8")
    got = capture(page)
    assert got.fields.get("author") == authors
    assert got.origins.get("author") == ("the page's byline" if authors else None)
    assert "Jane Doe" not in got.text and "Staff report" not in got.text


@pytest.mark.parametrize("shown, note", [
    ('<span class="byline">Staff report</span>', "the page's byline 'Staff report' names no person: no author taken from it"),
    ('<p class="byline">By Harbor Times Staff</p>',
     "the page's byline 'By Harbor Times Staff' names no person: no author taken from it"),
])
def test_a_byline_that_names_no_person_is_said_to(tmp_path, shown, note):
    page = tmp_path / "p.html"
    page.write_text(f"<html><head><title>Port reopens</title></head><body><main><article>{shown}{KOBE}</article></main>"
                    "</body></html>", "utf-8")
    assert note in capture(page).notes


def test_the_pages_metadata_author_comes_before_its_byline(tmp_path):
    page = tmp_path / "p.html"
    page.write_text('<html><head><title>Port reopens</title><meta name="author" content="Ann Lee"></head><body><main>'
                    f'<article><p class="byline">By Jane Doe</p>{KOBE}</article></main></body></html>', "utf-8")
    got = capture(page)
    assert got.fields["author"] == [{"family": "Lee", "given": "Ann"}]
    assert got.origins["author"] == "the page's <meta> tags"


def test_the_written_source_says_the_author_is_from_the_byline(tmp_path):
    from factory import make_project

    from briefbuild.commands.add import add
    root = make_project(tmp_path)
    page = tmp_path / "port.html"
    page.write_text(f"<html><head><title>Port reopens</title></head><body><main><article><p>By Jane Doe, Reuters</p>"
                    f"{KOBE}</article></main></body></html>", "utf-8")
    done = add(root, page, fields={"issued": "2024-05-14"})
    lines = done.source.read_text("utf-8").splitlines()
    k = next(i for i, line in enumerate(lines) if line.startswith("author:"))
    assert lines[k].endswith("# from the page's byline") and lines[k + 1:k + 3] == ["  - family: Doe", "    given: Jane"]
    assert "author" not in done.missing


NOTED = ("<p>The term first appeared in official documents in 2023.<sup><a href='#fn1'>1</a></sup> Its meaning has "
         "shifted since then, officials in Tokyo told us.<sup><a href='#fn2'>2</a></sup></p>")
NOTE_ITEMS = ("<ol><li id='fn1'>Vilnius Summit Communiqué, 11 July 2023. <a href='#r1' role='doc-backlink'>↩︎</a></li>"
              "<li id='fn2'>Interviews, Tokyo, May–June 2025. <a href='#r2'>↩︎</a></li></ol>")
SHIFTED = "The term first appeared in official documents in 2023. Its meaning has shifted since then, officials in Tokyo told us."
NOTES_KEPT = [SHIFTED, "1. Vilnius Summit Communiqué, 11 July 2023.", "2. Interviews, Tokyo, May–June 2025."]


@pytest.mark.parametrize("notes, paras", [
    # Notes as Pandoc, WordPress plugins and CMSs set them: kept, each with its number.
    (f"<aside role='doc-endnotes'>{NOTE_ITEMS}</aside>", NOTES_KEPT),
    (f"<aside class='footnotes' id='footnotes'>{NOTE_ITEMS}</aside>", NOTES_KEPT),
    (f"<aside class='article-endnotes'><h2>Notes</h2>{NOTE_ITEMS}</aside>", [SHIFTED, "Notes", *NOTES_KEPT[1:]]),
    (f"<section class='footnotes' role='doc-endnotes'>{NOTE_ITEMS}</section>", NOTES_KEPT),
    # A sidebar is still no part of the article.
    ("<aside class='related'><ol><li>Japan weighs a NATO office in Tokyo</li><li>Ministers meet in Brussels</li></ol>"
     "</aside>", [SHIFTED]),
])
def test_a_pages_notes_in_an_aside_are_kept_with_their_numbers(tmp_path, notes, paras):
    # Probe: a report page whose notes stand in <aside role="doc-endnotes"> lost them all, with
    # no note: the extractor drops every aside as a sidebar.
    page = tmp_path / "p.html"
    page.write_text(f"<html><head><title>T</title></head><body><main><article>{NOTED}{notes}</article></main>"
                    "</body></html>", "utf-8")
    assert paragraphs(capture(page).text) == paras


TWEET = ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The harbour plan is a disaster for our town.</p>'
         '&mdash; Ann Lee (@annlee) <a href="https://twitter.com/annlee/status/1">May 14, 2024</a></blockquote>')
SKEET = ('<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x/app.bsky.feed.post/1"><p lang="en">'
         'The harbour plan is a disaster for our town.</p>&mdash; Ann Lee (<a href="https://bsky.app/profile/x">'
         '@annlee.bsky.social</a>) <a href="https://bsky.app/profile/x/post/1">May 14, 2024 at 10:02 AM</a></blockquote>')
COUNCIL = "<p>The council met on Tuesday to debate the harbour plan, which the ministry backs.</p>"
AFTER = "<p>The ministry did not respond to a request for comment by the time of publication.</p>"


@pytest.mark.parametrize("embed, source", [
    (TWEET, "— Ann Lee (@annlee) May 14, 2024"),
    (SKEET, "— Ann Lee (@annlee.bsky.social) May 14, 2024 at 10:02 AM"),
])
def test_an_embedded_post_is_its_authors_quotation_not_the_reporters_words(tmp_path, embed, source):
    # Editor's trial: an embedded tweet was stored as two plain paragraphs (its words, then
    # '— Ann Lee (@annlee) May 14, 2024'), so its words read as the reporter's own.
    from quotecheck import problems
    page = tmp_path / "p.html"
    page.write_text(f"<html><head><title>T</title><meta name=author content='Jane Doe'></head><body><article>"
                    f"{COUNCIL}{embed}{AFTER}</article></body></html>", "utf-8")
    got = capture(page)
    assert paragraphs(got.text) == [COUNCIL[3:-4], f"“The harbour plan is a disaster for our town.”\n{source}",
                                    AFTER[3:-4]]
    assert problems(got.text, "The harbour plan is a disaster for our town.", "ann-lee", 2) == ""
    assert problems(got.text, "The harbour plan is a disaster for our town.", "jane-doe", 2) == (
        "paragraph 2 gives these words to Ann Lee, not to Jane Doe: fix the speaker")
    assert got.notes[-1].startswith("1 embedded post set as a quotation")


@pytest.mark.parametrize("embed", [
    # Words with marks of their own: left as the page sets them (no marks around marks).
    TWEET.replace("The harbour plan is a disaster", "“Disaster” is the word for the plan"),
    # An embed that shows no source line (Instagram's frame shows a link): nothing to attribute.
    '<blockquote class="instagram-media"><p>A post shared by Ann Lee</p></blockquote>',
    # A plain blockquote is a block quotation (_mark_block_quotes), not a post.
    '<blockquote><p>The harbour plan is a disaster for our town.</p>&mdash; Ann Lee (@annlee) May 14, 2024</blockquote>',
])
def test_what_is_no_embedded_post_with_a_source_line_is_not_set_as_one(tmp_path, embed):
    page = tmp_path / "p.html"
    page.write_text(f"<html><head><title>T</title></head><body><article>{COUNCIL}{embed}{AFTER}</article></body></html>",
                    "utf-8")
    assert not any("embedded post" in n for n in capture(page).notes)


PORT = "<p>The government signed the port agreement on Monday after two years of talks with the operator.</p>"
LOCKED = "<p>Officials said the agreement would secure jobs for a decade, though critics questioned its cost.</p>"
NOT_FREE = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "T", "isAccessibleForFree": false, "hasPart": {"@type": "WebPageElement", '
            '"isAccessibleForFree": false, "cssSelector": ".paywall"}}</script>')


@pytest.mark.parametrize("head, body, truncated", [
    ("", f'{PORT}<div class="paywall"><p>Subscribe to read the rest of this article.</p><p>Already a subscriber? '
         'Log in</p></div>', "the page stops at a paywall ('Subscribe to read the rest of this article.')"),
    ("", f"{PORT}<p>Subscribe to continue reading</p>", "the page stops at a paywall ('Subscribe to continue reading')"),
    ("", f'{PORT}<div data-paywall="true"></div>',
     "the page marks its article as for subscribers (an element marked as its paywall, holding no article text) "
     "and does not hold the part it locks"),
    (NOT_FREE, PORT, "the page marks its article as for subscribers (JSON-LD isAccessibleForFree: false) and does "
                     "not hold the part it locks"),
    # A subscriber's save holds the locked part: the whole article, nothing to say.
    (NOT_FREE, f'{PORT}<div class="paywall">{LOCKED}</div>', None),
    ("", f"{PORT}<p>Sign up to our newsletter for the latest defence news.</p>", None),
    ("", f"{PORT}<p>Subscribers to the port's services will not see their fees rise, the operator said.</p>", None),
])
def test_a_page_that_stops_at_a_paywall_says_so(tmp_path, head, body, truncated):
    # Editor's trial: a page whose article stopped at its paywall stored 'Subscribe to read the
    # rest of this article.' as the article's last paragraph, and nothing said the text was cut.
    page = tmp_path / "p.html"
    page.write_text(f"<html><head><title>T</title>{head}</head><body><article>{body}</article></body></html>", "utf-8")
    got = capture(page)
    assert got.truncated == truncated
    assert paragraphs(got.text)[0] == PORT[3:-4]
    assert not any(furniture_kind(p) == "paywall" for p in paragraphs(got.text))
    assert (LOCKED[3:-4] in got.text) == ("paywall" in body and LOCKED in body)
    assert any("stored text may stop where the paywall does" in n for n in got.notes) == bool(truncated)


def test_add_writes_that_the_stored_text_is_truncated_into_the_source(tmp_path):
    from factory import make_project

    from briefbuild.commands.add import add
    root = make_project(tmp_path / "p")
    page = tmp_path / "port.html"
    page.write_text(f"<html><head><title>Port deal</title></head><body><article>{PORT}<p>Subscribe to read the rest "
                    "of this article.</p></article></body></html>", "utf-8")
    done = add(root, page, source_id="port-deal")
    assert done.truncated and "# TRUNCATED: the page stops at a paywall" in done.source.read_text("utf-8")


BODY3 = ("<p>Entry one: the committee met on Monday to review the harbour plan and its costs in detail.</p>"
         "<p>Entry two: ministers said the plan would be published in full before the summer recess.</p>"
         "<p>Entry three: the opposition asked for an independent review of the harbour plan costs.</p>")
ENTRIES = ["Entry one: the committee met on Monday to review the harbour plan and its costs in detail.",
           "Entry two: ministers said the plan would be published in full before the summer recess.",
           "Entry three: the opposition asked for an independent review of the harbour plan costs."]
LEADER = "Leaders gathered in Manila on Tuesday to sign the long-awaited maritime code of conduct."
LEADP = f"<p>{LEADER}</p>"


@pytest.mark.parametrize("article, paras, restored", [
    # The lead above the element the extractor takes as the body, in the shapes CMSs write.
    (f"<article><h1>Code signed</h1>{LEADP}<div class='post'>{BODY3}</div></article>", [LEADER, *ENTRIES], True),
    # WordPress: a dek in the entry header, or a standfirst block, above entry-content.
    (f"<article class='post type-post'><header class='entry-header'><h1 class='entry-title'>Code signed</h1>"
     f"<p class='dek'>{LEADER}</p></header><div class='entry-content'>{BODY3}</div></article>", [LEADER, *ENTRIES], True),
    (f"<article><h1>Code signed</h1><div class='standfirst'>{LEADP}</div><div class='entry-content'>{BODY3}</div>"
     "</article>", [LEADER, *ENTRIES], True),
    # A lede in the article's <header>, with its byline and stamp (furniture: not restored).
    (f"<article><header><h1>Code signed</h1><p class='lede'>{LEADER}</p><p>By Ann Lee</p>"
     f"<p>Published 5 June 2024</p></header><div class='article-body'>{BODY3}</div></article>", [LEADER, *ENTRIES], True),
    (f"<main><article><header><h1>Code signed</h1>{LEADP}<p><time>June 5, 2024</time></p></header>"
     f"<section class='story-body'>{BODY3}</section></article></main>", [LEADER, *ENTRIES], True),
    # Drupal's summary field above field--name-body; a summary <p class="intro">; a summary <div>.
    (f"<article class='node'><h1>Code signed</h1><div class='field field--name-field-summary'>{LEADP}</div>"
     f"<div class='field field--name-body field--type-text-with-summary'>{BODY3}</div></article>", [LEADER, *ENTRIES], False),
    (f"<article><h1>Code signed</h1><p class='intro'>{LEADER}</p><div class='content'>{BODY3}</div></article>",
     [LEADER, *ENTRIES], False),
    (f"<main><h1>Code signed</h1><div class='summary'>{LEADER}</div><div class='body'>{BODY3}</div></main>",
     [LEADER, *ENTRIES], False),
    # A paragraph between two bodies the extractor split the article into stays where it stands.
    (f"<article><div class='post'>{BODY3[:97]}</div>{LEADP}<div class='post'>{BODY3[97:]}</div></article>",
     [ENTRIES[0], LEADER, *ENTRIES[1:]], False),
    # Never restored: comments, related links, a sidebar, a caption, a newsletter box, an author's
    # bio, hidden text, another story's teaser, a paragraph of links, a share line.
    (f"<article><div class='post'>{BODY3}</div><div class='comments'><p>Great article, thanks to the writer "
     "for this clear summary of the talks.</p></div></article>", ENTRIES, False),
    (f"<article><div class='post'>{BODY3}</div><div class='related-stories'><p>Manila and Beijing trade "
     "accusations over the shoal after a collision.</p></div></article>", ENTRIES, False),
    (f"<article><div class='post'>{BODY3}</div><aside><p>The harbour plan was first proposed in 2019 by "
     "the previous government.</p></aside></article>", ENTRIES, False),
    (f"<article><figure><img src='x.jpg'><figcaption><p>Delegates arrive at the summit venue in Manila on "
     f"Tuesday morning.</p></figcaption></figure><div class='post'>{BODY3}</div></article>", ENTRIES, False),
    (f"<article><div class='post'>{BODY3}</div><div class='newsletter-signup'><p>Get the best of our "
     "reporting in your inbox every morning of the week.</p></div></article>", ENTRIES, False),
    (f"<article><div class='post'>{BODY3}</div><div class='author-bio'><p>Ann Lee is our Southeast Asia "
     "correspondent, based in Manila since 2018.</p></div></article>", ENTRIES, False),
    (f"<article><p class='sr-only'>This article was read aloud by an automated voice for screen "
     f"readers.</p><div class='post'>{BODY3}</div><p hidden>A hidden paragraph the page never shows its "
     "readers.</p></article>", ENTRIES, False),
    (f"<main><article><div class='post'>{BODY3}</div></article><article><h2>Other story</h2><p>Fishermen "
     "say they have been driven from the shoal by coast guard vessels.</p></article></main>", ENTRIES, False),
    (f"<article><div class='post'>{BODY3}</div><p><a href='/a'>South China Sea</a> <a href='/b'>Philippines"
     "</a> <a href='/c'>Maritime law</a></p><p>Share this article</p></article>", ENTRIES, False),
    # Outside any article or main: nothing is guessed.
    (f"<div class='top'>{LEADP}</div><div class='post'>{BODY3}</div>", ENTRIES, False),
])
def test_a_lead_the_extractor_skipped_is_restored_in_page_order(tmp_path, article, paras, restored):
    # Trial of saved pages: a page whose lead stood above the element the extractor took as the
    # body ('<article><h1/><p>Leaders gathered…</p><div class="post">…</div>') stored only the
    # post's paragraphs: the lead, quotes and all, was lost without a word.
    page = tmp_path / "p.html"
    page.write_text(f"<html><head><title>Code signed</title></head><body><nav><a href='/'>Home</a></nav>{article}"
                    "<footer><p>© 2024 Harbor Times. All rights reserved.</p></footer></body></html>", "utf-8")
    got = capture(page)
    assert paragraphs(got.text) == paras
    notes = [n for n in got.notes if n.startswith("restored")]
    assert notes == (["restored 1 paragraph of the article that the extractor had left out (a lead, standfirst, "
                      "heading, list or quotation outside the body it picked), where the page shows them: "
                      f"'{LEADER[:79]}…'"] if restored else [])


SUMMARY = ["Leaders signed the maritime code of conduct in Manila on Tuesday.",
           "The code binds ten states to report every collision at sea."]
DEK = "A deal ten years in the making for the region's fishing fleets"
SAID = "We have waited ten years for this code and we will honour it."
LINKS = "<li><a href='/a'>Manila and Beijing trade accusations over the shoal</a></li><li><a href='/b'>Fishermen " \
        "driven from the shoal by coast guard vessels</a></li>"


@pytest.mark.parametrize("article, paras", [
    # A dek set as a heading, a summary's bullet points (unordered and numbered), a block
    # quotation (bare, and of paragraphs) above the element the extractor took as the body.
    (f"<article><h1>Code signed</h1><h2 class='subtitle'>{DEK}</h2><div class='post'>{BODY3}</div></article>",
     [DEK, *ENTRIES]),
    (f"<article><h1>Code signed</h1><ul class='summary'>{''.join(f'<li>{s}</li>' for s in SUMMARY)}</ul>"
     f"<div class='post'>{BODY3}</div></article>", [f"- {s}" for s in SUMMARY] + ENTRIES),
    (f"<article><h1>Code signed</h1><ol>{''.join(f'<li>{s}</li>' for s in SUMMARY)}</ol>"
     f"<div class='post'>{BODY3}</div></article>", [f"{n}. {s}" for n, s in enumerate(SUMMARY, 1)] + ENTRIES),
    (f"<article><h1>Code signed</h1><blockquote>{SAID}</blockquote><div class='post'>{BODY3}</div></article>",
     [f"“{SAID}”", *ENTRIES]),
    (f"<article><h1>Code signed</h1><blockquote><p>{SAID}</p><p>{SUMMARY[1]}</p></blockquote>"
     f"<div class='post'>{BODY3}</div></article>", [f"“{SAID}", f"“{SUMMARY[1]}”", *ENTRIES]),
    # A subheading over the lead, and one over a summary (ranks nest).
    (f"<article><h1>Code signed</h1><h2>Key points</h2><h3>At sea</h3><ul><li>{SUMMARY[1]}</li></ul>"
     f"<div class='post'>{BODY3}</div></article>", ["Key points", "At sea", f"- {SUMMARY[1]}", *ENTRIES]),
    # Furniture, never restored: a heading over links only, or over nothing; a list of related
    # stories, of share links, of tags; a navigation list inside the article; a heading the
    # furniture rules know ('Most read').
    (f"<article><div class='post'>{BODY3}</div><h2>Elsewhere on the site</h2><ul>{LINKS}</ul></article>", ENTRIES),
    (f"<article><div class='post'>{BODY3}</div><h3>Topics and places in this story</h3></article>", ENTRIES),
    (f"<article><div class='post'>{BODY3}</div><ul class='related-links'><li>Manila and Beijing trade accusations "
     "over the shoal after a collision.</li></ul></article>", ENTRIES),
    (f"<article><ul class='share-tools'><li>Facebook</li><li>Email</li></ul><div class='post'>{BODY3}</div></article>",
     ENTRIES),
    (f"<article><div class='post'>{BODY3}</div><ul class='tags'><li>South China Sea</li><li>Philippines</li></ul>"
     "</article>", ENTRIES),
    (f"<article><nav><ul><li>World news and analysis from the region</li></ul></nav><div class='post'>{BODY3}</div>"
     "</article>", ENTRIES),
    (f"<article><div class='post'>{BODY3}</div><div><h2>Most read</h2><p>Manila and Beijing trade accusations "
     "over the shoal after a collision.</p></div></article>", ENTRIES),
])
def test_a_heading_list_item_or_block_quotation_the_extractor_skipped_is_restored(tmp_path, article, paras):
    # Before: only a <p> was restored, so a dek set as an <h2>, a summary's bullets and a
    # minister's words in a <blockquote> above the body were lost without a word, and a teaser
    # under 'Most read' was restored as the article's text (6 rows failed).
    page = tmp_path / "p.html"
    page.write_text(f"<html><head><title>Code signed</title></head><body><nav><a href='/'>Home</a></nav>{article}"
                    "<footer><p>© 2024 Harbor Times. All rights reserved.</p></footer></body></html>", "utf-8")
    got = capture(page)
    assert paragraphs(got.text) == paras
    restored = len(paras) - len(ENTRIES)
    assert [n.startswith(f"restored {restored} paragraph") for n in got.notes if n.startswith("restored")] == \
        ([True] if restored else [])
