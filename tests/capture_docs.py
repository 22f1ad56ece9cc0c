"""PDFs made by the tests (WeasyPrint), each with the stored text a capture must give back.

- a two-column report with a running header (holding a year, which is no page number),
  a running footer with the printed page number, an unnumbered cover, a roman-numbered
  contents page and arabic numbers from the third page: printed page N is PDF page N+2;
- a transcript: speaker turns 'NAME: …' in one column with page numbers at the foot.
Paragraphs are written here once and compared paragraph for paragraph with the capture.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

TOPICS = [
    ("interoperability", "common standards for radios, fuel and ammunition"),
    ("maritime security", "patrols in the sea lanes of the western Pacific"),
    ("cyber defense", "shared warning of intrusions into military networks"),
    ("space situational awareness", "tracking satellites and debris in crowded orbits"),
    ("defense industry", "joint production of interceptors and shells"),
    ("disaster relief", "airlift and field hospitals after earthquakes"),
    ("export controls", "licences for dual-use technology and machine tools"),
    ("training", "officer exchanges between staff colleges"),
]
SENTENCES = [
    "The review finds that {topic} has moved from the margins to the centre of the partnership.",
    "Officials on both sides describe {detail} as the most practical place to begin.",
    "Progress has been uneven, and several programmes announced in earlier years were quietly shelved.",
    "Budgets for {topic} grew in each of the last three fiscal years, though from a low base.",
    "Parliamentary committees in Tokyo and in several European capitals have asked for regular reporting.",
    "The authors recommend a standing working group with a published annual plan and measurable targets.",
]


def paragraph(n: int) -> str:
    topic, detail = TOPICS[n % len(TOPICS)]
    picks = [SENTENCES[(n + k) % len(SENTENCES)] for k in range(3 + n % 3)]
    return f"Finding {n + 1}. " + " ".join(s.format(topic=topic, detail=detail) for s in picks)


QUOTE = ("“We will not let distance decide who our partners are,” Minister Aiko Tanaka said, "
         "speaking to the review team in Tokyo.")


@dataclass(frozen=True)
class ReportDoc:
    """The report: its body paragraphs in order (the cover and contents come first)."""

    cover: tuple[str, ...]
    contents: tuple[str, ...]
    body: tuple[str, ...]


def report() -> ReportDoc:
    body: list[str] = []
    for n in range(44):
        if n % 11 == 0:
            body.append(f"Part {n // 11 + 1}: {TOPICS[n % len(TOPICS)][0].capitalize()}")
        body.append(paragraph(n))
        if n == 30:
            body.append(QUOTE)
    return ReportDoc(cover=("Japan and NATO: A Partnership Review", "Harbor Institute for Strategic Studies"),
                     contents=("Contents", "Findings and recommendations"), body=tuple(body))


REPORT_CSS = """
@page { size: A4; margin: 2.4cm 2cm 2.4cm 2cm;
  @top-center { content: "Alliance Review 2026 — Japan and NATO"; font: 8pt sans-serif }
  @bottom-left { content: "Harbor Institute for Strategic Studies"; font: 8pt sans-serif }
  @bottom-right { content: counter(page); font: 8pt sans-serif } }
@page :first { @top-center { content: none } @bottom-left { content: none } @bottom-right { content: none } }
@page front { @bottom-right { content: counter(page, lower-roman) } }
@page :nth(3) { counter-reset: page 1 }
html { font: 10pt/1.35 serif }
.cover h1 { font-size: 22pt; margin-top: 6cm }
.cover p { font-size: 12pt }
.front { page: front; break-before: page }
.front h2 { font-size: 14pt }
.body { break-before: page; columns: 2; column-gap: 1cm; text-align: justify; hyphens: auto }
.body p { margin: 0 0 0.7em 0 }
.body h2 { font-size: 12pt; margin: 0.4em 0 0.6em 0; break-after: avoid }
"""


def report_html(doc: ReportDoc) -> str:
    body = "".join(f"<h2>{escape(p)}</h2>" if p.startswith("Part ") else f"<p>{escape(p)}</p>" for p in doc.body)
    return (f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{escape(doc.cover[0])}</title>"
            f"<meta name=author content='Harbor Institute'><style>{REPORT_CSS}</style></head><body>"
            f"<section class=cover><h1>{escape(doc.cover[0])}</h1><p>{escape(doc.cover[1])}</p></section>"
            f"<section class=front><h2>{escape(doc.contents[0])}</h2><p>{escape(doc.contents[1])}</p></section>"
            f"<section class=body>{body}</section></body></html>")


def make_report(path: Path) -> ReportDoc:
    from weasyprint import HTML
    doc = report()
    HTML(string=report_html(doc)).write_pdf(path)
    return doc


TURNS = [
    ("MODERATOR", ("Good afternoon and welcome to this briefing on the partnership with NATO. "
                   "The minister will speak first and then take a few questions.")),
    ("TANAKA", ("Thank you. We will not let distance decide who our partners are. Europe and the "
                "Indo-Pacific face the same pressure on the rules that keep trade and borders stable.")),
    ("TANAKA", ("Our cooperation starts with practical steps: common standards, shared warning of "
                "cyber intrusions and joint training of officers.")),
    ("MODERATOR", "The first question is from the Harbor Times."),
    ("REPORTER", "Minister, will Japan open a liaison office for the alliance in Tokyo this year?"),
    ("TANAKA", ("No decision has been made. We are studying the proposal carefully with our partners, "
                "and we will explain our choice to the Diet before anything is signed.")),
]


def transcript() -> list[str]:
    """The turns as stored: 'LABEL: words', one paragraph each (many, so it runs over pages)."""
    turns = []
    for round_ in range(6):
        for label, words in TURNS:
            turns.append(f"{label}: {words}" + ("" if round_ == 0 else f" (Round {round_ + 1}.)"))
    return turns


TRANSCRIPT_CSS = """
@page { size: A5; margin: 2cm 1.8cm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif } }
html { font: 10pt/1.35 serif }
p { margin: 0 0 0.2em 0 }
h1 { font-size: 14pt }
"""


def make_transcript(path: Path) -> list[str]:
    from weasyprint import HTML
    turns = transcript()
    paras = "".join(f"<p><b>{escape(t.split(': ', 1)[0])}:</b> {escape(t.split(': ', 1)[1])}</p>" for t in turns)
    HTML(string=f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Press Briefing by the "
                f"Minister</title><style>{TRANSCRIPT_CSS}</style></head><body><h1>Press Briefing by the "
                f"Minister</h1>{paras}</body></html>").write_pdf(path)
    return ["Press Briefing by the Minister", *turns]


BOOK_CSS = """
@page { size: A5; margin: 2cm 1.6cm }
@page :left { @top-left { content: counter(page); font: 8pt sans-serif }
  @top-right { content: "Japan and NATO"; font: 8pt sans-serif } }
@page :right { @top-right { content: counter(page); font: 8pt sans-serif }
  @top-left { content: "Partners at a Distance"; font: 8pt sans-serif } }
@page front:left { @top-left { content: counter(page, lower-roman) } @top-right { content: none } }
@page front:right { @top-right { content: counter(page, lower-roman) } @top-left { content: none } }
@page :nth(4) { counter-reset: page 1 }
@page title { @top-left { content: none } @top-right { content: none } }
@page opener { @top-left { content: none } @top-right { content: none } }
html { font: 10pt/1.4 serif }
.title { page: title } .title h1 { font-size: 20pt; margin-top: 4cm }
.front { page: front; break-before: page }
.chapter { break-before: page }
.chapter h2 { page: opener; font-size: 16pt; margin-top: 2cm }
.fn { float: footnote; font-size: 7.5pt }
p { margin: 0 0 0.5em 0; text-align: justify; hyphens: auto; hyphenate-character: "-" }
"""


EXPONENT = "The exclusion zone covers 40 km<sup>2</sup> of sea and will stay in force until the exercise ends."


@dataclass(frozen=True)
class BookDoc:
    """A think tank's report set as a book: its title page and front matter, its chapters'
    paragraphs, and its footnotes (one a chapter, called at the end of its third paragraph)."""

    front: tuple[str, ...]
    chapters: tuple[tuple[str, tuple[str, ...]], ...]
    notes: tuple[str, ...]


def make_book(path: Path) -> BookDoc:
    """A title page; roman-numbered front matter (ii, iii); chapters that open on a page with
    no running head and no folio (printed 1, 4, 7); left and right pages with running heads of
    their own, the folio at the outer edge; footnotes, their calls set above the line; words
    hyphenated with a hyphen-minus, as word processors and LaTeX do ('dual-use' keeps its own)."""
    from weasyprint import HTML
    plain = EXPONENT.replace("<sup>2</sup>", "2")  # an exponent (km²) is no note's call
    chapters = tuple((f"Chapter {c + 1}", tuple(paragraph(c * 10 + k) for k in range(9)) + ((plain,) if c == 0 else ()))
                     for c in range(3))
    notes = tuple(f"Interview with an official, Tokyo, March 2026, note {c + 1}." for c in range(3))
    front = ("Partners at a Distance", "Harbor Institute", "Foreword",
             " ".join(["This report was written for the council's annual meeting."] * 8), "Contents",
             "One: Partners at a distance. Two: What the partnership is for. Three: Recommendations.")
    html = [f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{front[0]}</title>"
            f"<style>{BOOK_CSS}</style></head><body><section class=title><h1>{front[0]}</h1>"
            f"<p>{front[1]}</p></section>",
            f"<section class=front><h2>{front[2]}</h2><p>{escape(front[3])}</p></section>",
            f"<section class=front><h2>{front[4]}</h2><p>{front[5]}</p></section>"]
    for c, (title, paras) in enumerate(chapters):
        body = "".join(f"<p>{EXPONENT if p == plain else escape(p)}"
                       + (f"<span class=fn>{escape(notes[c])}</span>" if k == 2 else "") + "</p>"
                       for k, p in enumerate(paras))
        html.append(f"<section class=chapter><h2>{title}</h2>{body}</section>")
    HTML(string="".join(html) + "</body></html>").write_pdf(path)
    return BookDoc(front, chapters, notes)
