"""A PDF's pages are numbered as a reader cites them: the PDF's page labels (/PageLabels) when
it has them, the folios printed on the pages (which win when the two disagree), the PDF's own
order when nothing numbers the pages; and a report set as a book (roman front matter, chapter
openings with no folio, left and right running heads, footnotes) is read as the editor reads it.
PDFs made here with WeasyPrint, labels added with pikepdf."""
from __future__ import annotations

import re

import capture_docs as docs
import pikepdf
import pytest
from pdftext import pages as pdf_pages

from briefbuild.capture import capture
from briefbuild.checking.pages import check_quote, split
from briefbuild.inputs.models import Quote

PLAIN_CSS = "@page { size: A4; margin: 2.4cm 2cm }\nhtml {" + docs.REPORT_CSS.split("html {", 1)[1]
ROMAN_THEN_ARABIC = [0, pikepdf.Dictionary(), 1, pikepdf.Dictionary(S=pikepdf.Name.r, St=2),
                     2, pikepdf.Dictionary(S=pikepdf.Name.D)]


def labelled(source, target, nums) -> None:
    with pikepdf.open(source) as pdf:
        pdf.Root.PageLabels = pikepdf.Dictionary(Nums=pikepdf.Array(nums))
        pdf.save(target)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    from weasyprint import HTML
    folder = tmp_path_factory.mktemp("pdfs")
    doc = docs.report()
    HTML(string=docs.report_html(doc).replace(docs.REPORT_CSS, PLAIN_CSS)).write_pdf(folder / "plain.pdf")
    labelled(folder / "plain.pdf", folder / "labelled.pdf", ROMAN_THEN_ARABIC)
    docs.make_report(folder / "printed.pdf")
    labelled(folder / "printed.pdf", folder / "printed-labelled.pdf", [0, pikepdf.Dictionary(S=pikepdf.Name.D)])
    book = docs.make_book(folder / "book.pdf")
    html = docs.report_html(doc)
    for k in NOTED:
        html = html.replace(f"<p>{doc.body[k]}</p>", f"<p>{doc.body[k]}<span style='float: footnote; font-size: 7.5pt'>"
                            f"Source: interviews in Tokyo, note {k}.</span></p>")
    HTML(string=html).write_pdf(folder / "noted.pdf")
    return folder, doc, book


def flat(paragraphs: list[str]) -> list[str]:
    return [" ".join(p.split()) for p in paragraphs]


def page_check(text: str, quote_text: str, page: str) -> str | None:
    """check's verdict on a direct quote of `quote_text` cited at `page`."""
    paras, page_map = split(text)
    k = next(i for i, p in enumerate(flat(paras)) if quote_text in p)
    quote = Quote.model_validate({"id": "q", "speaker": "aiko-tanaka", "kind": "direct", "text": quote_text,
                                  "paragraph": k + 1, "page": page})
    return check_quote(quote, paras, page_map)


NOTED = (3, 20)  # body paragraphs of the report with a footnote
TANAKA = "We will not let distance decide who our partners are"


def test_page_labels_number_a_pdf_that_prints_no_numbers(made):
    folder, doc, _ = made
    got = capture(folder / "labelled.pdf")
    paras, page_map = split(got.text)
    assert flat(paras) == [*doc.cover, *doc.contents, *doc.body]
    assert got.pages == "printed" and got.notes == []
    assert [str(p) for p in page_map.pages][:4] == ["PDF page 1 (unnumbered)", "page ii (PDF page 2)",
                                                    "page 1 (PDF page 3)", "page 2 (PDF page 4)"]
    assert page_check(got.text, TANAKA, "4") is None
    assert page_check(got.text, TANAKA, "3") == "the quote stands on page 4 (PDF page 6), not page 3: set page: 4"


def test_a_pdf_with_no_numbers_at_all_is_numbered_in_its_own_order(made):
    folder, doc, _ = made
    got = capture(folder / "plain.pdf")
    paras, page_map = split(got.text)
    assert flat(paras) == [*doc.cover, *doc.contents, *doc.body]
    assert got.pages == "physical"
    assert [str(p) for p in page_map.pages] == [f"page {k}" for k in range(1, 8)]
    assert page_check(got.text, TANAKA, "6") is None
    assert page_check(got.text, TANAKA, "4") == "the quote stands on page 6, not page 4: set page: 6"


def test_printed_numbers_win_over_page_labels_that_disagree(made):
    folder, _, _ = made
    got = capture(folder / "printed-labelled.pdf")
    assert got.text == capture(folder / "printed.pdf").text
    assert got.notes == ["the PDF's page labels disagree with the numbers printed on PDF pages 2, 3, 4, 5, 6 and 1 more "
                         "(label '2', printed 'ii'): the printed numbers are used"]


def test_a_report_set_as_a_book_is_read_as_the_editor_reads_it(made):
    folder, _, book = made
    got = capture(folder / "book.pdf")
    paras, page_map = split(got.text)
    # Roman front matter; each chapter opens on a page with no folio, numbered from its place.
    assert [str(p) for p in page_map.pages] == [
        "PDF page 1 (unnumbered)", "page ii (PDF page 2)", "page iii (PDF page 3)",
        *(f"page {k} (PDF page {k + 3})" for k in range(1, 10))]
    assert got.notes == ["PDF pages 4, 7, 10 print no number: numbered 1, 4, 7 from the pages around them"]
    # The left and right pages' running heads are gone, and so are the footnote calls.
    assert "Partners at a Distance" not in got.text.split("\n", 3)[3] and "Japan and NATO" not in got.text
    assert not re.search(r"[a-z]\.?\d", got.text.replace(" km2 ", " "))  # an exponent stays: 40 km2
    # Paragraph for paragraph, each whole (hyphens rejoined, a word's own kept), even where it
    # runs on past a page's footnotes; each footnote a paragraph on the page of its call.
    notes = [i for i, p in enumerate(flat(paras)) if p.startswith(("1. ", "2. ", "3. "))]
    assert [flat(paras)[i] for i in notes] == [f"{k + 1}. {note}" for k, note in enumerate(book.notes)]
    assert [p for i, p in enumerate(flat(paras)) if i not in notes] == [
        *book.front, *(p for title, chapter in book.chapters for p in (title, *chapter))]
    printed_on = [page.text for page in pdf_pages(folder / "book.pdf")]
    for note, text in zip(notes, book.notes):
        [page] = page_map.pages_of(note)
        assert text in printed_on[page.pdf - 1]
    assert "dual-use" in got.text


def test_two_columns_with_footnotes_under_them_are_read_paragraph_for_paragraph(made):
    # Editor's trial: a note under the left column came between the columns in reading order,
    # and cut the paragraph that runs on into the right one.
    folder, doc, _ = made
    got = capture(folder / "noted.pdf")
    paras, page_map = split(got.text)
    notes = [i for i, p in enumerate(flat(paras)) if p.startswith(("1. ", "2. "))]
    assert [flat(paras)[i] for i in notes] == [f"{n + 1}. Source: interviews in Tokyo, note {k}." for n, k in enumerate(NOTED)]
    assert [p for i, p in enumerate(flat(paras)) if i not in notes] == [*doc.cover, *doc.contents, *doc.body]
    printed_on = [page.text for page in pdf_pages(folder / "noted.pdf")]
    for i, k in zip(notes, NOTED):
        [page] = page_map.pages_of(i)
        assert f"note {k}." in printed_on[page.pdf - 1]


def test_hostile_page_labels_are_read_as_data(made, tmp_path):
    # Editor's trial: a /PageLabels tree that contains itself crashed the process (PDFium
    # recursed until the stack ran out: a segfault, no message); a label of 100,000
    # characters holding a page mark of its own.
    folder, doc, _ = made
    with pikepdf.open(folder / "plain.pdf") as pdf:
        node = pdf.make_indirect(pikepdf.Dictionary())
        node.Kids = pikepdf.Array([node])
        pdf.Root.PageLabels = node
        pdf.save(tmp_path / "loop.pdf")
    labelled(folder / "plain.pdf", tmp_path / "long.pdf", [0, pikepdf.Dictionary(P=pikepdf.String("x" * 100_000 +
                                                                                               "]\n[page 9]"))])
    for name in ("loop.pdf", "long.pdf"):
        got = capture(tmp_path / name)
        paras, page_map = split(got.text)
        assert flat(paras) == [*doc.cover, *doc.contents, *doc.body]
        assert [str(p) for p in page_map.pages] == [f"page {k}" for k in range(1, 8)]
    assert capture(tmp_path / "long.pdf").notes == [
        f"PDF pages 1, 2, 3, 4, 5 and 2 more: the page label '{'x' * 40}' cannot be a page: locator (letters and "
        "digits only): cite the paragraph there"]


SHORT_CSS = """
@page { size: A4; margin: 2.4cm 2cm }
@page :left { @top-left { content: counter(page) "   Northern Flank Institute"; font: 8pt serif } }
@page :right { @top-right { content: "Cables and the Northern Flank   " counter(page); font: 8pt serif } }
@page :first { @top-right { content: none } }
html { font: 10pt/1.35 serif }
h1 { font-size: 20pt }
.body { columns: 2; column-gap: 8mm; text-align: justify; hyphens: auto }
.body p { margin: 0 0 0.6em 0 }
"""


def test_a_short_reports_right_hand_head_is_running_though_it_stands_on_one_page(tmp_path):
    # Editor's trial: a four-page report, no head on its first page, left and right pages with
    # heads of their own: the right-hand head stood on page 3 alone, so it stayed in the text,
    # inside the paragraph running from the left column ('… inconsistent at Cables and the
    # Northern Flank 3 the political level'), and page 3 was numbered from its neighbours.
    from weasyprint import HTML
    body = [docs.paragraph(n) for n in range(34)]
    HTML(string=f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><style>{SHORT_CSS}</style></head><body>"
                "<h1>Cables and the Northern Flank</h1><section class=body>"
                + "".join(f"<p>{p}</p>" for p in body) + "</section></body></html>").write_pdf(tmp_path / "short.pdf")
    assert len(pdf_pages(tmp_path / "short.pdf")) == 4
    got = capture(tmp_path / "short.pdf")
    paras, page_map = split(got.text)
    assert flat(paras) == ["Cables and the Northern Flank", *body]
    assert [str(p) for p in page_map.pages] == ["page 1", "page 2", "page 3", "page 4"]
    assert got.notes == ["PDF page 1 prints no number: numbered 1 from the pages around them"]


RELEASE_CSS = """
@page { size: A4; margin: 2.4cm 2cm; @top-center { content: "%s"; font: 8pt serif } }
@page :first { @top-center { content: none } }
html { font: 11pt/1.4 serif } h1 { font-size: 20pt; margin: 0 0 0.5em 0 }
p { margin: 0; text-indent: 1.5em } p.flush { text-indent: 0; margin: 0.6em 0 } p.masthead { font-size: 16pt; margin: 0 }
h2 { font-size: 11pt; break-before: page; margin: 0 0 1.2em 0 }
"""
SENTENCE = ("the two governments agreed that their forces would train together more often, and that officials "
            "would meet each quarter to review progress on the plan and its budget. The first exercise will take "
            "place next spring in the north of the country, with ships and aircraft from both sides.")


def release(path, head: str, masthead: str = "", body: int = 10, heading: str = "") -> list[str]:
    """A two-page press release whose page 2 alone carries a running head; its paragraphs as stored."""
    from weasyprint import HTML
    paras = [f"Paragraph {n}: {SENTENCE}" for n in range(body)]
    second = f"<h2>{heading}</h2>" + "".join(f"<p>Paragraph {n}: {SENTENCE}</p>" for n in range(body, body + 3)) \
        if heading else ""
    HTML(string=f"<html><head><meta charset=utf-8><title>UK and Japan sign defence pact</title>"
                f"<style>{RELEASE_CSS % head}</style></head><body>"
                + (f"<p class='masthead flush'>{masthead}</p>" if masthead else "")
                + "<h1>UK and Japan sign defence pact</h1><p class=flush>Published 6 December 2022</p>"
                + "<p class=flush>A short lead paragraph.</p>" + "".join(f"<p>{p}</p>" for p in paras)
                + second + "<p class=flush>ENDS</p></body></html>").write_pdf(path)
    return ([masthead] if masthead else []) + ["UK and Japan sign defence pact", "A short lead paragraph.", *paras] \
        + ([heading, *(f"Paragraph {n}: {SENTENCE}" for n in range(body, body + 3))] if heading else [])


@pytest.mark.parametrize("head, masthead", [
    ("UK and Japan sign defence pact", ""),  # the title, repeated on page 2 alone
    ("Harbor Defence Ministry", "Harbor Defence Ministry"),  # the issuer's name page 1 opens with
])
def test_a_head_on_page_2_alone_that_repeats_page_1_is_running(tmp_path, head, masthead):
    # Editor's trial: a two-page release set its title at the top of page 2 only; the rule for
    # running heads needs a line on several pages, so it stayed, inside the paragraph running
    # over the page ('… review progress on the [page 2] UK and Japan sign defence pact plan and').
    expected = release(tmp_path / "r.pdf", head, masthead)
    got = capture(tmp_path / "r.pdf")
    assert len(pdf_pages(tmp_path / "r.pdf")) == 2
    assert "\n[page 2]\n" in got.text  # a paragraph runs over the page
    assert flat(split(got.text)[0]) == expected
    assert got.notes == ["left out 2 lines of page furniture, not the source's words: 'Published 6 December 2022', "
                         "'ENDS'"]


def test_a_heading_on_top_of_page_2_that_only_begins_like_the_title_stays(tmp_path):
    expected = release(tmp_path / "r.pdf", "", body=6, heading="UK and Japan: the next steps")
    got = capture(tmp_path / "r.pdf")
    assert len(pdf_pages(tmp_path / "r.pdf")) == 2
    assert flat(split(got.text)[0]) == expected


def test_a_scanned_page_among_text_pages_keeps_its_place_and_is_named_in_a_note(tmp_path):
    # Trial: a report with one page scanned in (a signed letter) gave no word of it: the page
    # held only its mark, and nothing said its words were missing from the stored text.
    from PIL import Image, ImageDraw
    from weasyprint import HTML
    body = [docs.paragraph(n) for n in range(3)]
    HTML(string="<html><head><style>@page { size: A4; margin: 2cm } p { break-after: page }</style></head><body>"
                + "".join(f"<p>{p}</p>" for p in body) + "</body></html>").write_pdf(tmp_path / "text.pdf")
    image = Image.new("L", (620, 877), 255)
    ImageDraw.Draw(image).text((60, 60), "A signed letter, scanned.", fill=0)
    image.save(tmp_path / "scan.pdf", resolution=75)
    with pikepdf.open(tmp_path / "text.pdf") as pdf, pikepdf.open(tmp_path / "scan.pdf") as scan:
        pdf.pages.insert(1, scan.pages[0])
        pdf.save(tmp_path / "mixed.pdf")
    got = capture(tmp_path / "mixed.pdf")
    paras, page_map = split(got.text)
    assert flat(paras) == body
    assert [str(p) for p in page_map.pages] == ["page 1", "page 2", "page 3", "page 4"]
    assert got.notes == ["PDF page 2 holds no text (blank, or scanned images: OCR the PDF to quote words on them)"]


# Lines broken where the rows say (<br>), as a typesetter breaks them: '-' is a hyphen-minus at
# the line's end, '‐' (U+2010) the hyphen WeasyPrint and others set for a word they split.
HYPHEN_CASES = [
    # No character marks the typesetter's: the document decides (hyphens.py, rules 2-4).
    ("The order was interna-<br>tional in scope.", "The order was international in scope."),
    ("Well, it is known that a well-<br>known fact stands.", "Well, it is known that a well-known fact stands."),
    ("The post-conflict talks on the war shaped the post-<br>war order.",
     "The post-conflict talks on the war shaped the post-war order."),
    ("Partners in the Indo-<br>Pacific met.", "Partners in the Indo-Pacific met."),
    ("A dual-use item and a dual-<br>use export.", "A dual-use item and a dual-use export."),
    ("Cooperation grew, and co-<br>operation deepened.", "Cooperation grew, and cooperation deepened."),
    ("We left with-<br>out delay, and without a word.", "We left without delay, and without a word."),
    # The typesetter sets its own hyphen (U+2010): a hyphen-minus at a line's end is the word's.
    ("It is a well-<br>known fact that the negoti&#x2010;<br>ations were long.",
     "It is a well-known fact that the negotiations were long."),
    ("The post-<br>war order was inter&#x2010;<br>national.", "The post-war order was international."),
    # A document that writes its own hyphens as U+2010 gives no such signal.
    ("A long&#x2010;term plan, interna&#x2010;<br>tional in scope.", "A long‐term plan, international in scope."),
]


@pytest.mark.parametrize("body, text", HYPHEN_CASES)
def test_a_hyphen_at_a_line_end_is_the_words_own_or_the_typesetters(tmp_path, body, text):
    # Editor's trial: a WeasyPrint PDF (hyphens: auto) broke 'well-known' after its own hyphen,
    # and the stored text read 'wellknown': a quote of the report's words failed.
    from weasyprint import HTML
    HTML(string="<!DOCTYPE html><html lang=en><head><meta charset=utf-8><style>@page { size: A5; margin: 2cm } "
                f"p {{ font: 11pt serif }}</style></head><body><p>{body}</p></body></html>").write_pdf(tmp_path / "h.pdf")
    paras, _ = split(capture(tmp_path / "h.pdf").text)
    assert paras == [text]


# Texts set justified in a narrow column with hyphens: auto, so the typesetter splits words at
# many line ends; with hyphenate-character "\AD" its breaks print an invisible soft hyphen (no
# character at all in the PDF's text), with the default a visible U+2010.
SOFT_TEXTS = [
    ("en", "The international negotiations on the extraordinarily complicated implementation of the agreement "
           "were characterised by considerable disagreement among the representatives of the participating "
           "governments. A well-known and long-term understanding remained."),
    ("en", "Parliamentary accountability for intelligence cooperation remains fragmentary: the committee's "
           "recommendations on interoperability, procurement and infrastructure investment were acknowledged "
           "but never implemented by successive administrations."),
    ("de", "Die Bundesregierung hat die Verteidigungsausgaben erheblich erhöht, und die parlamentarische "
           "Kontrolle der Beschaffungsvorhaben bleibt nach Auffassung des Rechnungshofes unzureichend."),
]


@pytest.mark.parametrize("hyphen", ['"\\AD"', "auto"])
@pytest.mark.parametrize("lang, text", SOFT_TEXTS)
def test_a_word_split_with_an_invisible_soft_hyphen_is_one_word(tmp_path, lang, text, hyphen):
    # Editor's trial: a WeasyPrint report set with hyphenate-character: "\AD" prints its breaks
    # as soft hyphens, which leave no character in the PDF's text: the stored text read
    # 'interna tional', 'negoti ations', and a quote of the report's words failed.
    from weasyprint import HTML
    css = ("@page { size: A6; margin: 1cm } p { font: 11pt serif; width: 5cm; text-align: justify; "
           f"hyphens: auto; hyphenate-character: {hyphen} }}")
    HTML(string=f"<!DOCTYPE html><html lang={lang}><head><meta charset=utf-8><style>{css}</style></head><body>"
                f"<p>{text}</p></body></html>").write_pdf(tmp_path / "h.pdf")
    shown = pdfium_text(tmp_path / "h.pdf")
    assert re.search(r"[^\W\d_]\r?\n[^\W\d_A-Z]", shown), "the typesetter split no word"
    paras, _ = split(capture(tmp_path / "h.pdf").text)
    assert paras == [text]


# Lines ending at word boundaries (no hyphenation), where a word at a line's end and the next
# line's first word occur nowhere else: each break stays a space.
@pytest.mark.parametrize("body", [
    "The minister signed the memorandum<br>yesterday in Manila, after talks on the<br>shoal and its<br>"
    "fisheries, which<br>continue.",
    "Negotiators met in Geneva on<br>Tuesday and reached a framework<br>understanding on<br>verification, "
    "inspections and<br>timelines.",
])
def test_a_line_ending_at_a_word_is_never_joined_to_the_next(tmp_path, body):
    from weasyprint import HTML
    HTML(string="<!DOCTYPE html><html lang=en><head><meta charset=utf-8><style>@page { size: A5; margin: 2cm } "
                f"p {{ font: 11pt serif }}</style></head><body><p>{body}</p></body></html>").write_pdf(tmp_path / "h.pdf")
    paras, _ = split(capture(tmp_path / "h.pdf").text)
    assert paras == [body.replace("<br>", " ")]


def pdfium_text(path) -> str:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def test_a_two_column_report_hyphenated_with_soft_hyphens_reads_whole_words(tmp_path):
    # The short report above, its breaks printed as invisible soft hyphens: across columns and
    # pages every split word is whole again.
    from weasyprint import HTML
    css = SHORT_CSS.replace("hyphens: auto", 'hyphens: auto; hyphenate-character: "\\AD"')
    body = [docs.paragraph(n) for n in range(34)]
    HTML(string=f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><style>{css}</style></head><body>"
                "<h1>Cables and the Northern Flank</h1><section class=body>"
                + "".join(f"<p>{p}</p>" for p in body) + "</section></body></html>").write_pdf(tmp_path / "short.pdf")
    assert re.search(r"[^\W\d_]\r?\n[^\W\d_A-Z]", pdfium_text(tmp_path / "short.pdf"))
    paras, _ = split(capture(tmp_path / "short.pdf").text)
    assert flat(paras) == ["Cables and the Northern Flank", *body]
