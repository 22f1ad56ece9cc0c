"""Stage 4, compose: a validated brief becomes a document of blocks, quotes and numbered notes.

The walk happens once, so the order of notes is the order of their calls, and the
citation stage sees exactly the notes the templates will print.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup

from .markup import inline
from ..inputs.models import Brief, Evidence, Person, Quote
from ..inputs.project import PLACEHOLDER, Project, sources_used
from ..checking.verify import BLOCK_WORDS
from ..styles import citation_format, references_heading


@dataclass(frozen=True)
class Cite:
    """One citation inside a note: a source and a locator."""

    source: str
    label: str  # a locator kind: paragraph, page, section, chapter, line, timestamp
    locator: str


@dataclass
class Note:
    number: int
    cites: tuple[Cite, ...]
    html: Markup = Markup("")  # filled by the citation stage


@dataclass(frozen=True)
class QuoteView:
    id: str
    kind: str
    text: str  # as displayed: typographic apostrophes and ellipses
    speaker: Person
    verb: str
    words: int


@dataclass
class Part:
    """A piece of a paragraph: our prose ('html'), a quote or a paraphrase, or a bare note call."""

    kind: str  # html | direct | paraphrase | note
    html: Markup = Markup("")
    quote: QuoteView | None = None
    note: Note | None = None
    trail: str = ""  # punctuation moved before the note call (Chicago 14.26)


@dataclass
class Block:
    kind: str  # para | blockquote | list
    parts: list[Part] = field(default_factory=list)
    items: list[Markup] = field(default_factory=list)
    quote: QuoteView | None = None
    note: Note | None = None
    continued: bool = False  # a paragraph that resumes after a block quote


@dataclass
class Section:
    id: str
    title: Markup
    blocks: list[Block]


@dataclass
class Document:
    id: str
    brief: Brief
    style: str
    paper: str
    summary: Markup
    findings: list[Markup]
    sections: list[Section]
    notes: list[Note]
    pull_quotes: list[QuoteView]
    quotes_used: list[QuoteView]
    source_ids: list[str]
    bibliography: list[Markup] = field(default_factory=list)
    in_text: bool = False  # an author-date (or numeric) style: citations in the running text, no notes
    references_heading: str = "Bibliography"  # the reference list's heading, from the style's class

    @property
    def direct_quotes(self) -> int:
        return sum(q.kind == "direct" for q in self.quotes_used)


def display(text: str) -> str:
    """Typographic form of a quote for print: curly apostrophes, one-character ellipses."""
    text = " ".join(text.split())
    text = re.sub(r"\.\s?\.\s?\.", "…", text)
    text = re.sub(r"(\w)'", r"\1’", text)
    return text.replace('"', "'").replace("“", "‘").replace("”", "’")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


class _Composer:
    def __init__(self, project: Project, brief_id: str):
        self.project = project
        self.brief = project.briefs[brief_id]
        self.notes: list[Note] = []
        self.used: dict[str, QuoteView] = {}

    def note(self, cites) -> Note:
        note = Note(len(self.notes) + 1, tuple(cites))
        self.notes.append(note)
        return note

    def view(self, qid: str) -> QuoteView:
        q: Quote = self.project.quotes[qid]
        view = QuoteView(qid, q.kind, display(q.text), self.project.people[q.speaker], q.verb, len(q.text.split()))
        self.used.setdefault(qid, view)
        return view

    def cite_of(self, ev: Evidence) -> Cite:
        if ev.quote:
            q = self.project.quotes[ev.quote]
            self.view(ev.quote)
            return Cite(self.project.quote_source[ev.quote], "paragraph", str(q.paragraph))
        label, value = ev.locator
        return Cite(ev.source, label, str(value))

    def claim(self, text: str, evidence: list[Evidence]) -> list[Block]:
        blocks: list[Block] = []
        parts: list[Part] = []
        pieces = PLACEHOLDER.split(text)  # prose, id, prose, id, …
        carry = end = ""
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                piece = carry + piece
                carry = ""
                stop = re.search(r"(?<![.…])[.,;:?!]$", piece) if evidence and i == len(pieces) - 1 else None
                if stop and piece[:stop.start()].strip():
                    # The claim's closing punctuation: before a note call, after an in-text citation.
                    piece, end = piece[:stop.start()], stop.group(0)
                if piece.strip():
                    parts.append(Part("html", inline(piece)))
                elif parts and piece:
                    parts.append(Part("html", Markup(" ")))
                continue
            quote = self.view(piece)
            q = self.project.quotes[piece]
            note = self.note([Cite(self.project.quote_source[piece], "paragraph", str(q.paragraph))])
            after = pieces[i + 1]
            trail = re.match(r"^[.,;:?!]*", after).group(0)
            pieces[i + 1] = after[len(trail):]
            if quote.kind == "direct" and quote.words >= BLOCK_WORDS:
                if parts:
                    blocks.append(Block("para", parts))
                blocks.append(Block("blockquote", quote=quote, note=note))
                parts = []
                continue
            # A leading space would sit between a quote and its note call: keep it in the prose.
            parts.append(Part(quote.kind, quote=quote, note=note, trail=trail))
        if evidence:
            cites = [self.cite_of(ev) for ev in evidence]
            ends_with_quote = not pieces[-1].strip() and len(pieces) > 1
            last = parts[-1] if parts else (blocks[-1] if blocks else None)
            if ends_with_quote and last is not None and last.note is not None:
                # Two note calls in one place are never right: the claim's evidence joins the quote's note.
                last.note.cites = last.note.cites + tuple(c for c in cites if c not in last.note.cites)
            else:
                parts.append(Part("note", note=self.note(cites), trail=end))
        if parts and any(p.kind != "html" or p.html.strip() for p in parts):
            blocks.append(Block("para", parts, continued=bool(blocks)))
        return blocks

    def compose(self, brief_id: str) -> Document:
        brief = self.brief
        sections = []
        for section in brief.sections:
            blocks: list[Block] = []
            for block in section.blocks:
                if block.text is not None:
                    blocks.append(Block("para", [Part("html", inline(block.text))]))
                elif block.items is not None:
                    blocks.append(Block("list", items=[inline(item) for item in block.items]))
                else:
                    blocks += self.claim(block.claim, block.cite)
            sections.append(Section(section.id or slug(section.title), inline(section.title), blocks))
        pulls = [self.view(qid) for qid in brief.pull_quotes]
        style = brief.style or self.project.config.style
        return Document(
            id=brief_id, brief=brief, style=style, paper=self.project.config.paper,
            summary=inline(brief.summary), findings=[inline(f) for f in brief.key_findings],
            sections=sections, notes=self.notes, pull_quotes=pulls,
            quotes_used=list(self.used.values()),
            source_ids=sorted(sources_used(self.project, brief)),
            in_text=citation_format(style) != "note", references_heading=references_heading(style))


def compose(project: Project, brief_id: str) -> Document:
    return _Composer(project, brief_id).compose(brief_id)
