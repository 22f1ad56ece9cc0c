"""Page marks in a stored text, so `page:` locators are verified like `paragraph:` ones.

A text captured from a PDF (`build.py add report.pdf`) records where each page starts
with a line of its own:

    [page 4]                  printed page 4 (the PDF's own page order when nothing is printed)
    [page 4, PDF page 6]      printed page 4 is the PDF's sixth page
    [PDF page 1]              a page that prints no number

A mark between paragraphs stands between blank lines; a paragraph that runs on to the
next page carries the mark inside it, on a line of its own. Marks are not text: they are
taken out before paragraphs are numbered and quotes verified.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..patterns import lazy
from . import linenumbers, notes, verify
from .matcher import matcher
from .who import pieces

SEPARATOR = lazy(r"^\s*(\*\s*){3}\s*$|^\s*(-\s*){3,}\s*$")  # '***', as verify.paragraphs skips it
MARK = lazy(r"^\[(?:page (?P<label>[0-9A-Za-z]+))?(?:,? ?PDF page (?P<pdf>\d+))?\]$")


@dataclass(frozen=True)
class Page:
    label: str | None  # the number printed on the page (or the PDF's page number), None if unnumbered
    pdf: int  # 1-based page of the PDF file

    def __str__(self) -> str:
        if self.label is None:
            return f"PDF page {self.pdf} (unnumbered)"
        return f"page {self.label}" + (f" (PDF page {self.pdf})" if self.label != str(self.pdf) else "")


@dataclass(frozen=True)
class PageMap:
    """Where each paragraph stands: pages[k] in order; breaks[i] = ((offset, page index), …) for
    paragraph i, offsets in its normalized text (verify.normalize), the first at offset 0."""

    pages: tuple[Page, ...]
    breaks: tuple[tuple[tuple[int, int], ...], ...]

    def page_at(self, i: int, offset: int = 0) -> Page | None:
        found = None
        for at, k in self.breaks[i]:
            if at <= offset:
                found = k
        return None if found is None else self.pages[found]

    def pages_of(self, i: int, start: int = 0, end: int | None = None) -> list[Page]:
        """The pages paragraph i spans (between `start` and `end` of its normalized text)."""
        first = self.page_at(i, start)
        seen = [first] if first else []
        for at, k in self.breaks[i]:
            if start < at and (end is None or at < end) and self.pages[k] not in seen:
                seen.append(self.pages[k])
        return seen

    def resolve(self, locator: str) -> list[Page] | None:
        """The pages a locator like '4', '4-6' or '4-6, 9' names; None if an end is not a page of the text."""
        labels = [p.label for p in self.pages]
        found: list[Page] = []
        for piece in re.split(r"\s*,\s*", str(locator).strip()):
            ends = [e.strip() for e in re.split(r"[-–]", piece)]
            if any(e not in labels for e in ends):
                return None
            a, b = labels.index(ends[0]), labels.index(ends[-1])
            found += [p for p in self.pages[min(a, b):max(a, b) + 1] if p not in found]
        return found

    def span(self) -> str:
        labels = [p.label for p in self.pages if p.label]
        return f"{labels[0]}–{labels[-1]}" if len(labels) > 1 else (labels[0] if labels else "none")


def split(text: str) -> tuple[list[str], PageMap | None]:
    """The paragraphs of a stored text (as verify.paragraphs numbers them, marks taken out) and
    its page map, or None when the text has no page marks."""
    if "[page " not in text and "[PDF page " not in text:  # most texts: no marks, nothing to do
        return verify.paragraphs(text), None
    lines = text.replace("\r\n", "\n").split("\n")
    kept: list[str] = []
    marks: list[tuple[int, Page]] = []  # (offset in the text without marks, page)
    dropped: list[int] = []  # lines of the text without marks where a mark inside a paragraph was
    offset = 0
    for line in lines:
        m = MARK.match(line.strip()) if line.startswith("[") else None
        if m and (m["label"] or m["pdf"]):
            pdf = int(m["pdf"]) if m["pdf"] else (len(marks) + 1)
            marks.append((offset, Page(m["label"], pdf)))
            if not kept or not kept[-1].strip():  # between paragraphs: a blank line keeps line numbers
                kept.append("")
                offset += 1
            else:  # inside a paragraph: the lines after it move up by one
                dropped.append(len(kept) + 1)
            continue
        kept.append(line)
        offset += len(line) + 1
    clean = "\n".join(kept)
    paras = verify.paragraphs(clean)
    for para in paras:  # messages point at the stored text's own lines
        first: int = getattr(para, "line", 0)
        if dropped and first:
            para.line = first + len([d for d in dropped if d <= first])  # type: ignore[attr-defined]
    spans = _spans(clean)
    if len(spans) != len(paras) or not marks:  # cannot happen with verify.paragraphs as it is
        return paras, None
    pages = tuple(page for _, page in marks)
    breaks = []
    numbered = linenumbers.shows([clean[start:end] for start, end in spans])  # offsets as the words read
    for start, end in spans:
        before = [k for k, (at, _) in enumerate(marks) if at <= start]
        inside = [(len(verify.normalize(linenumbers.lift(clean[start:at]) if numbered else clean[start:at])) + 1, k)
                  for k, (at, _) in enumerate(marks) if start < at < end]
        breaks.append(tuple(([(0, before[-1])] if before else []) + inside))
    return paras, PageMap(pages, tuple(breaks))


def _spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each numbered paragraph, split as verify.paragraphs splits."""
    spans, start = [], 0
    for gap in [*re.finditer(r"\n\s*\n", text), None]:
        end = gap.start() if gap else len(text)
        block = text[start:end]
        if block.strip() and not SEPARATOR.match(block.strip()):
            lead = len(block) - len(block.lstrip())
            spans.append((start + lead, start + len(block.rstrip())))
        if gap:
            start = gap.end()
    return spans


def where(quote_text: str, paragraph: str, spans: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """(start, end) of a direct quote's words in the normalized paragraph: from its first
    word to its last (brackets and ellipses between them), found as the verifier finds it:
    in the speaker's own words (`spans`, verify.Span texts of this paragraph) when given, not
    the reporter's; over a transcriber's note (`(Laughter.)`), which the quote leaves out; a
    quote that runs on into the next paragraph starts here and ends with this paragraph."""
    texts = pieces(quote_text)
    if not texts:
        return None
    para = verify.normalize(paragraph)
    plain, origin = _without_notes(para.replace('"', "'"))
    for span in spans:
        at = plain.find(span)
        m = _first(matcher(quote_text), span) if at >= 0 and span else None
        if m is not None:
            return origin[at + m.start], origin[at + m.end - 1] + 1 if m.end > m.start else origin[at + m.start]
    m = _first(matcher(quote_text), plain)
    if m is None:  # the longest run of its first words that is here (the rest is in the next paragraph)
        words = quote_text.split()
        for n in range(len(words) - 1, 0, -1):
            if pieces(" ".join(words[:n])):
                m = _first(matcher(" ".join(words[:n])), plain)
                if m is not None:
                    return origin[m.start], len(para)
    if m is not None:
        return origin[m.start], origin[m.end - 1] + 1 if m.end > m.start else origin[m.start]
    low = para.lower()  # not the speaker's words as they stand here: where the first run stands
    first, last = texts[0].lower(), texts[-1].lower().rstrip(" .,;:!?")
    start = low.find(first)
    if start < 0:
        return None
    while start > 0 and low[start - 1].isalnum():  # '[T]he': the word the bracket altered
        start -= 1
    end = low.find(last, start) if last else -1
    return start, (end + len(last) if end >= 0 else start + len(first))


def _first(m, text: str):
    """The first match, preferring one whose opening bracket changes only a letter's case
    (`[T]he` in `She said … “The plan`: the `he` of `She` is not it)."""
    found = list(m.finditer(text))
    for match in found:
        if all(g.source.lower() == m.tokens[g.token][1].strip("[]").lower() for g in match.gaps
               if g.where == "start" and len(m.tokens[g.token][1]) == 3):
            return match
    return found[0] if found else None


# The transcriber's notes a quote runs over (`(Laughter.)`, `[Applause.]`): every parenthesis, as
# in a transcript; a note of lost words stays (a quote keeps it as `[inaudible]` or marks it …).
_NOTE = lazy(r"\([^()\n]{1,300}\)|" + notes.ROOM.pattern, re.I)


def _without_notes(text: str) -> tuple[str, list[int]]:
    """The text without the room's notes, and the offset in `text` of each character kept;
    `we will - (applause) - we will win` keeps one dash, as the verifier reads it."""
    if "(" not in text and "[" not in text:
        return text, list(range(len(text) + 1))
    cuts = []
    for note in _NOTE.finditer(text):
        if notes.lost(note.group(0)):
            continue
        start, end = note.start(), note.end()
        while end < len(text) and text[end] == " ":
            end += 1
        if text[:start].endswith("- ") and text[end:end + 2] == "- ":
            end += 2
        cuts.append((start, end))
    kept: list[str] = []
    origin: list[int] = []
    at = 0
    for start, end in cuts:
        kept.append(text[at:start])
        origin += range(at, start)
        at = end
    kept.append(text[at:])
    origin += range(at, len(text) + 1)
    return "".join(kept), origin


def check_quote(quote, paras: list[str], pages: PageMap | None) -> str | None:
    """A problem with a quote's page locator, or None. The page must be where its words stand
    (for a paraphrase, a page its paragraph stands on)."""
    if quote.page is None or quote.paragraph > len(paras):
        return None
    if pages is None:
        return (f"page {quote.page}: the stored text has no page marks, so the page cannot be checked: "
                "cite the paragraph only, or capture the PDF with build.py add")
    cited = pages.resolve(quote.page)
    if cited is None:
        return f"page {quote.page} is not a page of the stored text (its pages are {pages.span()}): fix the page"
    i = quote.paragraph - 1
    at = where(quote.text, paras[i]) if quote.kind == "direct" else None
    stands = pages.pages_of(i, *at) if at else pages.pages_of(i)
    if not stands:
        return None
    if quote.kind == "direct" and at:
        if all(p in cited for p in stands):
            return None
    elif any(p in cited for p in stands):
        return None
    fix = _locator(stands)
    if fix is None:
        return f"the quote stands on {', '.join(map(str, stands))}, which prints no number: cite the paragraph only"
    return f"the quote stands on {_pages_text(stands)}, not page {quote.page}: set page: {fix}"


def check_page(locator: str, pages: PageMap | None) -> str | None:
    """A problem with a brief's `source` + `page` locator: the page must be in the stored text."""
    if pages is None or pages.resolve(locator) is not None:
        return None
    return f"page {locator} is not a page of the stored text (its pages are {pages.span()}): fix the page"


def _locator(stands: list[Page]) -> str | None:
    labels = [p.label for p in stands]
    if None in labels:
        return None
    return labels[0] if len(labels) == 1 else f"{labels[0]}-{labels[-1]}"


def _pages_text(stands: list[Page]) -> str:
    if len(stands) == 1:
        return str(stands[0])
    return f"pages {stands[0].label}–{stands[-1].label}"


def quote_problems(project, qids) -> list:
    """The `page` locators of the quotes `qids` (of one source), checked against its page marks."""
    diags = []
    for qid in qids:
        quote, sid = project.quotes[qid], project.quote_source[qid]
        if getattr(quote, "page", None) is None or sid not in project.paragraphs:
            continue
        problem = check_quote(quote, project.paragraphs[sid], project.pages.get(sid))
        if problem:
            doc, loc = project.quote_at[qid]
            diags.append(doc.diag(loc + ("page",), f"quote '{qid}': {problem}"))
    return diags


def brief_problems(project, bid: str) -> list:
    """The source pages a brief cites (`cite: [{source, page}]`), checked against the page marks."""
    diags = []
    brief, doc = project.briefs[bid], project.docs[f"brief:{bid}"]
    for si, section in enumerate(brief.sections):
        for bi, block in enumerate(section.blocks):
            for ei, ev in enumerate(block.cite):
                if ev.source and ev.page and ev.source in project.paragraphs:
                    problem = check_page(ev.page, project.pages.get(ev.source))
                    if problem:
                        diags.append(doc.diag(("sections", si, "blocks", bi, "cite", ei, "page"),
                                              f"source '{ev.source}': {problem}"))
    return diags
