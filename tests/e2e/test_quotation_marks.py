"""In the built HTML and PDF, every span in quotation marks is a verified direct quote.

Titles inside notes and the bibliography are the only other quotation marks allowed.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from conftest import SAMPLE_BRIEF, shared_sample
from pdftext import body_text

from briefbuild.checking import verify
from briefbuild.checking.validate import load_project

PROJECT = load_project(shared_sample())
EXCLUDED = {"head", "script", "style"}
EXCLUDED_CLASSES = {"notes", "sources", "fn", "bibliography"}


def letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def verified_direct_quotes() -> dict[str, str]:
    """letters-only form of each direct quote the brief shows -> quote id, for quotes that verify."""
    out = {}
    for qid, quote in PROJECT.quotes.items():
        sid = PROJECT.quote_source[qid]
        if quote.kind == "direct" and not verify.verify_quote(quote, PROJECT.sources[sid], PROJECT.paragraphs[sid],
                                                              PROJECT.people):
            out[letters(quote.text)] = qid
    return out


class _Body(HTMLParser):
    """Text of the page outside head, scripts, notes and the sources list."""

    def __init__(self):
        super().__init__()
        self.stack: list[bool] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        classes = set((dict(attrs).get("class") or "").split())
        skip = tag in EXCLUDED or bool(classes & EXCLUDED_CLASSES) or (self.stack and self.stack[-1])
        if tag not in ("br", "hr", "img", "meta", "link", "input", "wbr"):
            self.stack.append(bool(skip))

    def handle_endtag(self, tag):
        if tag not in ("br", "hr", "img", "meta", "link", "input", "wbr") and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]):
            self.text.append(data)


def spans(text: str) -> list[str]:
    return re.findall(r"“([^”]*)”", " ".join(text.split()))


def check_spans(found: list[str]):
    known = verified_direct_quotes()
    assert found, "the brief shows direct quotes"
    for span in found:
        assert letters(span) in known, f"in quotation marks but not a verified direct quote: “{span}”"
    return {known[letters(s)] for s in found}


def test_html_quotation_marks_hold_only_verified_quotes(sample_build):
    parser = _Body()
    parser.feed((sample_build / f"{SAMPLE_BRIEF}.html").read_text("utf-8"))
    body = "".join(parser.text)
    assert '"' not in body, "no straight double quotes in the body text"
    shown = check_spans(spans(body))
    assert {"kishida-crossroads", "nagashima-triangle", "nagashima-perspective"} <= shown


def test_pdf_quotation_marks_hold_only_verified_quotes(sample_build):
    body = body_text(sample_build / f"{SAMPLE_BRIEF}.pdf")
    # The sources list closes the brief: its titles are the only other quotation marks.
    body, tail = body.rsplit(" Bibliography ", 1)
    assert tail.startswith("National Defense. “Japan Seeks Deeper Defense Ties with NATO.”")
    shown = check_spans(spans(body))
    assert {"kishida-crossroads", "nagashima-triangle"} <= shown


def test_paraphrases_are_never_in_quotation_marks(sample_build):
    html = (sample_build / f"{SAMPLE_BRIEF}.html").read_text("utf-8")
    for qid, quote in PROJECT.quotes.items():
        if quote.kind == "paraphrase":
            for m in re.finditer(rf'data-quote="{qid}">([^<]*)<', html):
                assert "“" not in m.group(1) and "”" not in m.group(1)
                person = PROJECT.people[quote.speaker]
                # The first paraphrase of a person introduces them (people.py), the others name them.
                assert m.group(1).startswith((f"{person.short} {quote.verb} that ",
                                              f"{person.name}, {person.introduction['en']}, {quote.verb} that ")), m.group(1)
