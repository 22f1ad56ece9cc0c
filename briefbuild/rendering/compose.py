"""Stage 4, compose: a validated brief becomes a document of blocks, quotes and numbered notes.

The walk happens once, so the order of notes is the order of their calls, and the
citation stage sees exactly the notes the templates will print.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from markupsafe import Markup

from ..checking.cells import placed
from ..checking.claims import claim_grammar, foreign_own_attribution, own_attribution
from ..checking.clauses import VERB
from ..checking.verify import BLOCK_WORDS
from ..inputs.models import Brief, Evidence, Person, Quote
from ..inputs.project import PLACEHOLDER, Project, sources_used
from ..patterns import lazy
from ..styles import citation_format, references_heading
from . import people
from .figures import figure_view
from .i18n import Language, language, other_language
from .markup import inline
from .tables import table_view
from .theme import Theme, load_theme


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
    inline: bool = False  # a table's or figure's source line: printed in full there, not called
    remark: str = ""  # after the citation: whose translation a quote is


@dataclass(frozen=True)
class QuoteView:
    id: str
    kind: str
    text: str  # as displayed: typographic apostrophes and ellipses
    speaker: Person
    verb: str
    words: int
    inline: str = ""  # direct, in running text: the final . , ; : give way to the claim's own
    lead: str = ""    # paraphrase: "that " before the reported clause, or "" (asked whether …)
    who: str = ""  # how a paraphrase names its speaker here: the introduction, or the family name
    attributed: bool = False  # paraphrase: the claim's own words name the speaker (`Chan argued that …`)
    original: str = ""  # a quote in translation: the source's words (verified); text is the translation
    lang: str = ""  # a direct quote left in its source's language (CSL `language`), when not the brief's
    source_language: str = ""  # the source's own words' language, when its CSL data gives one


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
    kind: str  # para | blockquote | list | table | figure
    parts: list[Part] = field(default_factory=list)
    items: list[Markup] = field(default_factory=list)
    quote: QuoteView | None = None
    note: Note | None = None
    continued: bool = False  # a paragraph that resumes after a block quote
    table: object | None = None  # tables.TableView
    figure: object | None = None  # figures.FigureView


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
    language: Language = field(default_factory=lambda: language("en"))
    theme: Theme | None = None

    @property
    def direct_quotes(self) -> int:
        return sum(q.kind == "direct" for q in self.quotes_used)


def display(text: str) -> str:
    """Typographic form of a quote for print: curly apostrophes, one-character ellipses."""
    text = " ".join(text.split())
    text = re.sub(r"\.\s?\.\s?\.", "…", text)
    text = text.replace('"', "'").replace("“", "‘").replace("”", "’")  # inside our double marks
    text = re.sub(r"(^|[\s(\[—–-])'(?!\d)", r"\1‘", text)  # opens a quotation: 'inseparable'
    return text.replace("'", "’")  # closes one, or an apostrophe: Europe’s, the ’90s


_OWN_CONSTRUCTION = ("whether", "if", "how", "why", "what", "when", "where", "who", "that")
_FUNCTION_WORDS = frozenset("a an the this that these those it its they their them there some many most all "
                            "no any each every both one more further new we our us you your he his him she "
                            "her my me here now then nobody everybody anybody somebody nothing everything "
                            "anything something everyone anyone someone none not never only and but or so yet "
                            "because while".split()) | frozenset(_OWN_CONSTRUCTION)


def lower_first(text: str, lower_words: frozenset[str]) -> str:
    """The first letter lowered unless it starts a proper noun: `I`, an acronym, or a word the
    source never writes in lower case (pronouns and other function words are never proper)."""
    first = re.match(r"[\w’'-]+", text)
    word = first.group(0) if first else ""
    lowered = word[:1].lower() + word[1:]
    proper = word == "I" or word.startswith(("I’", "I'")) or (len(word) > 1 and word.isupper()) \
        or any(c.isupper() for c in word[1:])
    common = lowered in lower_words or lowered in _FUNCTION_WORDS
    if word and word[:1].isupper() and not proper and common:
        return lowered + text[len(word):]
    return text


def paraphrase(text: str, lower_words: frozenset[str]) -> tuple[str, str]:
    """("that " or "", the clause) for `Name verb that …`: the first letter lowered unless it
    starts a proper noun; `asked whether …`, not `asked that whether …`."""
    text = lower_first(text, lower_words)
    first = re.match(r"[\w’'-]+", text)
    return ("" if first and first.group(0) in _OWN_CONSTRUCTION else "that "), text


# Chicago 13.19: a quotation that is a syntactical part of the sentence (`warned that “nobody …”`,
# `called it “a turning point”`) begins in lower case, whatever the original. One introduced
# by punctuation (`said, “We …”`, `put it: “We …”`), opening the sentence, or set straight after a
# verb of saying without its comma (`Lee said “We …”`, `told reporters “We …”`) keeps its capital.
_RUN_IN = lazy(r"[\w’')\]]\s+$")
_AFTER_VERB = lazy(r"^\s*(?:[\w’'-]+\s+)?$")
_JOINS = frozenset(("that", "whether", "if", "as", "it", "this", "them"))


def runs_in(before: str) -> bool:
    """Whether an English claim's prose `before` a direct quote makes it part of its sentence."""
    if not _RUN_IN.search(before):
        return False
    said = list(VERB.finditer(before[-80:]))
    rest = before[-80:][said[-1].end():] if said else None
    # `warned that “…”`, `asked whether “…”`, `called it “…”` (naming, not saying): part of the sentence
    return rest is None or not _AFTER_VERB.match(rest) or (rest.split() or [""])[0] in _JOINS


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


def anchor(name: str, before: list[Section]) -> str:
    """A section's HTML id, namespaced: no title ('Fn 1', 'Main', 'Notes h') can take an id of
    the page's own (fn-1, main, notes-h), and two sections never share one."""
    base = f"section-{name}"
    taken = {s.id for s in before}
    n, candidate = 1, base
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


class _Composer:
    def __init__(self, project: Project, brief_id: str):
        self.project = project
        self.brief = project.briefs[brief_id]
        self.notes: list[Note] = []
        self.used: dict[str, QuoteView] = {}
        self._lower: dict[str, frozenset[str]] = {}
        self.in_text = citation_format(self.brief.style or project.config.style) != "note"
        self.lang = language(self.brief.language)
        self.theme = load_theme(project.root, project.config.theme)
        self.introduced: set[str] = set() if self.brief.introduce == "first-mention" else set(project.people)
        self.counts = {"table": 0, "figure": 0}

    def note(self, cites, inline: bool = False) -> Note:
        number = 0 if inline else sum(not n.inline for n in self.notes) + 1
        note = Note(number, tuple(cites), inline=inline)
        self.notes.append(note)
        return note

    def translated(self, note: Note, q: Quote) -> Note:
        if q.original:
            note.remark = self.lang("translation", translator=q.translator) if q.translator else \
                self.lang("our_translation")
        return note

    def data_block(self, block) -> Block:
        """A table or figure, numbered in order, its source line cited like a claim's evidence."""
        kind = "table" if block.table else "figure"
        data = block.table or block.figure
        self.counts[kind] += 1
        # A table's quotes are read before its source line, which is printed under it: notes in reading order.
        quotes, headers = self.cell_quotes(data) if kind == "table" else ({}, {})
        source = self.note([self.cite_of(ev) for ev in data.source], inline=True) if data.source else None
        if kind == "table":
            return Block("table", table=table_view(self.project.root, data, self.counts[kind], source,
                                                   self.brief.language, quotes, headers))
        return Block("figure", figure=figure_view(self.project.root, data, self.counts[kind], source,
                                                  self.theme, self.brief.language))

    def cell_quotes(self, table) -> tuple[dict[tuple[int, int], Part], dict[int, str]]:
        """The quotes a table's cells place (checking/cells.py: one a cell, in the speaker's row), each
        with its note, row by row; and the row headers that name a speaker by id, printed as the name.
        The row header attributes the quote: a paraphrase prints its clause alone, as the source words it."""
        parts: dict[tuple[int, int], Part] = {}
        headers: dict[int, str] = {}
        for i, row in enumerate(table.rows or ()):
            for j, cell in enumerate(row):
                qid = placed(cell)
                if qid is None or j == 0:
                    continue
                q = self.project.quotes[qid]
                quote = self.view(qid)
                if quote.kind == "paraphrase":
                    quote = replace(quote, text=display(q.text), lead="", attributed=True)
                note = self.translated(self.note([Cite(self.project.quote_source[qid], *_locator(q))]), q)
                parts[(i, j)] = Part(quote.kind, quote=quote, note=note)
                if row[0] == q.speaker:
                    headers[i] = self.project.people[q.speaker].name
        return parts, headers

    def view(self, qid: str) -> QuoteView:
        q: Quote = self.project.quotes[qid]
        text = display(q.text)
        spoken = self.project.sources[self.project.quote_source[qid]].language or ""
        # A translation (original) and a paraphrase are our words, in the brief's language.
        lang = other_language(spoken, self.brief.language) if q.kind == "direct" and not q.original else ""
        if q.kind == "paraphrase":
            lead, text = paraphrase(text, self._lower_words(self.project.quote_source[qid]))
            view = QuoteView(qid, q.kind, text, self.project.people[q.speaker], q.verb, len(q.text.split()), lead=lead)
        else:
            # The final mark goes, also from inside a closing inner quotation (‘inseparable.’).
            closing = text[len(text.rstrip("’")):]
            view = QuoteView(qid, q.kind, text, self.project.people[q.speaker], q.verb, len(q.text.split()),
                             inline=text[:len(text) - len(closing)].rstrip(".,;: ") + closing,
                             original=display(q.original) if q.original else "", lang=lang,
                             source_language=spoken)
        self.used.setdefault(qid, view)
        return view

    def _lower_words(self, sid: str) -> frozenset[str]:
        """Words the source writes in lower case somewhere: not proper nouns."""
        if sid not in self._lower:
            text = " ".join(self.project.paragraphs.get(sid, ()))
            self._lower[sid] = frozenset(re.findall(r"\b[a-z][\w’'-]*", text))
        return self._lower[sid]

    def cite_of(self, ev: Evidence) -> Cite:
        if ev.quote:
            q = self.project.quotes[ev.quote]
            self.view(ev.quote)
            return Cite(self.project.quote_source[ev.quote], *_locator(q))
        # The model guarantees a source with exactly one locator (Evidence._shape).
        assert ev.source is not None and ev.locator is not None
        label, value = ev.locator
        return Cite(ev.source, label, str(value))

    def claim(self, text: str, evidence: list[Evidence]) -> list[Block]:
        blocks: list[Block] = []
        parts: list[Part] = []
        pieces = PLACEHOLDER.split(text)  # prose, id, prose, id, …
        intros = self.introductions(pieces)
        carry = end = ""
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                piece = carry + piece
                carry = ""
                stop = re.search(r"(?<![.…])[.,;:?!]$", piece) if evidence and i == len(pieces) - 1 else None
                if stop and piece[:stop.start()].strip():
                    # The claim's closing punctuation: before a note call, after an in-text citation.
                    piece, end = piece[:stop.start()], stop.group(0)
                if i in intros:  # a speaker's first mention, with role and affiliation
                    parts += [Part("html", html) for html in intros[i] if html]
                elif piece.strip():
                    parts.append(Part("html", inline(piece)))
                elif parts and piece:
                    parts.append(Part("html", Markup(" ")))
                continue
            quote = self.view(piece)
            q = self.project.quotes[piece]
            if quote.kind == "direct" and quote.inline and (self.brief.language or "en").split("-")[0] == "en" \
                    and runs_in(pieces[i - 1]):
                sid = self.project.quote_source[piece]
                quote = replace(quote, text=lower_first(quote.text, self._lower_words(sid)),
                                inline=lower_first(quote.inline, self._lower_words(sid)))
            if quote.kind == "paraphrase":
                own = self.own_attribution(text, piece, pieces[1:i:2].count(piece))
                # The claim introduces it (`Chan argued that {p}`): its clause alone, `that` kept after a bare verb.
                quote = replace(quote, attributed=True, lead=quote.lead if own == "verb" else "") if own \
                    else self.named(quote)
                if own == "after":  # `{p}, Kirby said.`: the clause opens the sentence
                    quote = replace(quote, text=quote.text[:1].upper() + quote.text[1:])
            note = self.translated(self.note([Cite(self.project.quote_source[piece], *_locator(q))]), q)
            after = pieces[i + 1]
            trail = after[:len(after) - len(after.lstrip(".,;:?!"))]
            pieces[i + 1] = after[len(trail):]
            if not trail and not after.strip() and i + 2 == len(pieces):  # the quote ends the claim's sentence
                ends = (quote.inline or "") if quote.kind == "direct" else quote.text.rstrip()
                trail = "" if ends.rstrip("’”'\")")[-1:] in "?!…" or (quote.kind == "paraphrase" and ends[-1:] == ".") \
                    else "."
            if quote.kind == "direct" and quote.words >= BLOCK_WORDS:
                if parts:
                    blocks.append(Block("para", parts))
                blocks.append(Block("blockquote", quote=quote, note=note))
                parts = []
                continue
            closers = quote.inline[len(quote.inline.rstrip("’")):]
            if closers and trail in (".", ",") and not self.in_text:
                # Chicago 6.9: the full stop or comma goes inside both marks: ‘inseparable.’”
                quote = replace(quote, inline=quote.inline[:-len(closers)] + trail + closers)
                trail = ""
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

    def introductions(self, pieces: list[str]) -> dict[int, list[Markup]]:
        """For each direct quote whose speaker is not yet introduced, the prose before it that names
        them, with the name replaced by the introduction: {piece index: HTML pieces}."""
        found: dict[int, list[Markup]] = {}
        by_paraphrase: set[str] = set()  # introduced by their own attribution, in reading order (named)
        for i in range(1, len(pieces), 2):
            q = self.project.quotes.get(pieces[i])
            if q is None or q.speaker in self.introduced or q.speaker in by_paraphrase:
                continue
            if q.kind == "paraphrase" and not self.own_attribution("".join(
                    p if k % 2 == 0 else "{" + p + "}" for k, p in enumerate(pieces)), pieces[i], pieces[1:i:2].count(pieces[i])):
                by_paraphrase.add(q.speaker)
                continue
            person = self.project.people[q.speaker]
            for k in range(i - 1, -1, -2):
                if k in found:
                    continue
                html = people.introduce_in(pieces[k], self.as_introduced(person), self.lang, inline)
                if html is not None:
                    found[k] = html
                    self.introduced.add(q.speaker)
                    break
        return found

    def own_attribution(self, claim: str, qid: str, nth: int = 0) -> str | None:
        """How the claim's own words introduce paraphrase {qid} at its nth placement: English, French,
        Spanish and German attribution (claims.py); in another language a paraphrase always names its speaker."""
        if self.lang.tag.split("-")[0] == "en":
            return own_attribution(claim, qid, self.project.quotes, self.project.people, nth)
        grammar = claim_grammar(self.lang.tag)
        if grammar is None:
            return None
        return foreign_own_attribution(grammar, claim, qid, self.project.quotes, self.project.people, nth)

    def as_introduced(self, person: Person) -> Person:
        """The person with this brief's own introduction of them, if it gives one."""
        chosen = self.brief.introductions.get(person.id)
        return person.model_copy(update={"introduction": {self.lang.tag: chosen}}) if chosen else person

    def named(self, quote: QuoteView) -> QuoteView:
        """A paraphrase names its speaker in full with role the first time, by family name after."""
        first = quote.speaker.id not in self.introduced
        self.introduced.add(quote.speaker.id)
        who = people.introduction(self.as_introduced(quote.speaker), self.lang) if first else quote.speaker.short
        if "{who}," in self.lang.strings["paraphrase"]:  # 'selon Jun Nagashima, professeur…, le Japon…'
            who = who.rstrip(",")
        return replace(quote, who=who)

    def compose(self, brief_id: str) -> Document:
        brief = self.brief
        sections: list[Section] = []
        for section in brief.sections:
            blocks: list[Block] = []
            for block in section.blocks:
                if block.text is not None:
                    blocks.append(Block("para", [Part("html", inline(block.text))]))
                elif block.items is not None:
                    blocks.append(Block("list", items=[inline(item) for item in block.items]))
                elif block.table is not None or block.figure is not None:
                    blocks.append(self.data_block(block))
                elif block.claim is not None:
                    blocks += self.claim(block.claim, block.cite)
            sections.append(Section(anchor(section.id or slug(section.title), sections), inline(section.title), blocks))
        # A pull quote stands apart from the text: it always says who, in full, and introduces no one.
        pulls = [replace(self.view(qid), who=people.credit(self.as_introduced(self.view(qid).speaker), self.lang))
                 for qid in brief.pull_quotes]
        style = brief.style or self.project.config.style
        return Document(
            id=brief_id, brief=brief, style=style, paper=self.theme.spec.page.size or self.project.config.paper,
            language=self.lang, theme=self.theme,
            summary=inline(brief.summary), findings=[inline(f) for f in brief.key_findings],
            sections=sections, notes=self.notes, pull_quotes=pulls,
            quotes_used=list(self.used.values()),
            source_ids=sorted(sources_used(self.project, brief)),
            in_text=citation_format(style) != "note", references_heading=references_heading(style))


def compose(project: Project, brief_id: str) -> Document:
    return _Composer(project, brief_id).compose(brief_id)


def _locator(quote) -> tuple[str, str]:
    """A quote is cited by its page when it has one (a PDF), else by its paragraph."""
    if quote.page:
        return "page", quote.page
    return "paragraph", getattr(quote, "locator", None) or str(quote.paragraph)  # '12' or a range '12-13'
