"""A PDF from LaTeX, LibreOffice or Word prints an automatic hyphenation as a visible hyphen
(LaTeX's \\hyphenchar is `-`), which PDFium reports at a line's end as it reports a word's own
hyphen there (U+FFFE, for a hyphen-minus and a soft hyphen, WinAnsi's 0x2D and 0xAD, alike): no
character tells the two apart, so the document and the rules of hyphenation do
(capture/hyphens.py, rules 2-5).

The PDFs are built here as pdfTeX writes a page: a Type 1 font in WinAnsi encoding, one `Tj` a
line, the break's hyphen the last glyph of its line, and the language in the catalogue's /Lang
(hyperref's `pdflang`, LibreOffice's and Word's document language). Neither LaTeX nor
LibreOffice is installed where these tests run, so no PDF of theirs is used."""
from __future__ import annotations

import pikepdf
import pytest

from briefbuild.capture import capture
from briefbuild.checking.pages import split


def typeset(path, lines: list[str], lang: str | None, hyphen: str = "-") -> None:
    """One page, each of `lines` set on its own line; a line ending in '-' ends in `hyphen`."""
    pdf = pikepdf.new()
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Times, Encoding=pikepdf.Name.WinAnsiEncoding))
    ops = [b"BT /F1 11 Tf 72 760 Td 14 TL"]
    for line in lines:
        line = line[:-1] + hyphen if line.endswith("-") else line
        ops.append(b"(" + line.encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)") + b") Tj T*")
    ops.append(b"ET")
    pdf.pages.append(pikepdf.Page(pikepdf.Dictionary(
        Type=pikepdf.Name.Page, MediaBox=[0, 0, 595, 842], Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
        Contents=pdf.make_stream(b"\n".join(ops)))))
    if lang:
        pdf.Root.Lang = pikepdf.String(lang)
    pdf.docinfo["/Producer"] = "pdfTeX-1.40.25"
    pdf.save(path)


CASES = [
    # The typesetter's break: the word written whole elsewhere, or a part that is no word.
    ("en", ["The order was interna-", "tional in scope and the talks were long."],
     "The order was international in scope and the talks were long."),
    ("en", ["The negoti-", "ations began, and the negotiations ended."], "The negotiations began, and the negotiations ended."),
    ("de", ["Die Zusammen-", "arbeit mit den Partnern wurde ausgebaut."], "Die Zusammenarbeit mit den Partnern wurde ausgebaut."),
    # The word's own: written so elsewhere, or both parts words of the text.
    ("en", ["Cooperation grew; co-", "operation is what the text calls co-operation."],
     "Cooperation grew; co-operation is what the text calls co-operation."),
    ("en", ["Well, it is known that a well-", "known fact stands."], "Well, it is known that a well-known fact stands."),
    # No typesetter breaks off one letter (TeX's \lefthyphenmin 2).
    ("en", ["The notice went out by e-", "mail to every member."], "The notice went out by e-mail to every member."),
    ("fr", ["Le message est parti par e-", "mail hier soir."], "Le message est parti par e-mail hier soir."),
    # The language's hyphenation dictionary has no break there: `longterm`.
    ("en", ["A long-", "term plan for the fleet."], "A long-term plan for the fleet."),
    ("en-GB", ["A long-", "term plan for the fleet."], "A long-term plan for the fleet."),
]


@pytest.mark.parametrize("hyphen", ["-", "\xad"])
@pytest.mark.parametrize("lang, lines, text", CASES)
def test_a_latex_or_office_pdfs_line_end_hyphen_is_the_typesetters_or_the_words(tmp_path, lang, lines, text, hyphen):
    # Before: 'e-mail' and 'long-term' broken at their own hyphen read 'email', 'longterm' (rule 5
    # alone: 'e' and 'term' are no words of the text), and a quote of them failed (8 rows failed).
    typeset(tmp_path / "t.pdf", lines, lang, hyphen)
    paras, _ = split(capture(tmp_path / "t.pdf").text)
    assert paras == [text]
