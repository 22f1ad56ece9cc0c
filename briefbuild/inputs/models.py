"""Typed models of the inputs. Field docstrings become the JSON Schema and the README's field list (schema.py)."""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .csl import Bibliographic, Name  # noqa: F401 (Name is part of the models)
from .locators import KINDS, Chapters, Lines, Pages, Paragraphs, Sections, Timestamps

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

MAX_CITATIONS = 1_000  # quote placements and cite entries per brief

# Quotation marks are reserved for verified quotes; prose may not make its own.
QUOTE_MARKS = "\"“”„‟«»"


def _prose(value: str) -> str:
    for mark in QUOTE_MARKS:
        if mark in value:
            raise ValueError(
                f"quotation mark {mark} in prose: quote a source through a quote id "
                "like {quote-id} in a claim, or reword without quotation marks")
    return value


Prose = Annotated[Text, AfterValidator(_prose)]


def _iso(value: str, partial: bool) -> str:
    shape = r"\d{4}(-\d{2}(-\d{2})?)?" if partial else r"\d{4}-\d{2}-\d{2}"
    if not re.fullmatch(shape, value):
        raise ValueError(f"'{value}' is not an ISO date: write {'YYYY, YYYY-MM or ' if partial else ''}YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")] + [1] * (3 - value.count("-") - 1)
    try:
        date(*parts)
    except ValueError as exc:
        raise ValueError(f"'{value}' is not a real date ({exc})") from None
    return value


IsoDate = Annotated[str, AfterValidator(lambda v: _iso(v, partial=False))]


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, alias_generator=_kebab, populate_by_name=True,
        str_strip_whitespace=True)
    # Field docstrings document the schema; schema.py reads them. (pydantic's
    # use_attribute_docstrings would read the source at every import: 40 ms of each run.)


class Person(Model):
    """Someone quoted in a source."""

    id: Id
    """Unique id used by quotes, e.g. fumio-kishida."""
    name: Text
    """Full name as the source gives it."""
    family_name: Text | None = None
    """Name used in attributions (defaults to the last word of the name)."""
    role: Text
    """Role or title as the source gives it."""
    affiliation: Text | None = None
    """Organization as the source gives it."""

    @property
    def short(self) -> str:
        return self.family_name or self.name.split()[-1]


class PeopleFile(Model):
    """sources/people.yaml: everyone the sources quote, each once."""

    people: list[Person] = Field(min_length=1)
    """The people, each with a unique id."""


class Quote(Model):
    """A passage of a source attributed to a person."""

    id: Id
    """Unique id across all sources, used by briefs."""
    speaker: Id
    """Person id of who said it."""
    kind: Literal["direct", "paraphrase"]
    """direct: the speaker's own words, verified verbatim; paraphrase: our wording, never in quotation marks."""
    text: Text
    """The words. Direct: as in the source ([brackets] for alterations, … for omissions). Paraphrase: our wording."""
    paragraph: int = Field(ge=1)
    """Paragraph of the stored text where it stands (1-based; '***' separators do not count)."""
    verb: Annotated[str, StringConstraints(pattern=r"^[a-z]+( [a-z]+)?$")] = "said"
    """Verb for a paraphrase's attribution: 'Lazar noted that …'."""


class Source(Model, Bibliographic):
    """One source: bibliographic data (CSL-JSON names, inputs/csl.py), its stored text and the quotes taken from it."""

    voice: Literal["reported", "transcript", "authored"] | None = None
    """Whose words the text is: reported (news: only words in quotation marks are a speaker's),
    transcript (paragraphs start 'Name:'), authored (the text is the speaker's own). Default from type."""
    speaker: Id | None = None
    """For authored sources (a speech, a statement): the person whose text it is."""
    text: Text | None = None
    """The stored text, paragraphs separated by blank lines."""
    text_file: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]+$")] | None = None
    """A text file beside this YAML holding the stored text."""
    quotes: list[Quote] = []
    """The quotes and paraphrases taken from this source."""

    @model_validator(mode="after")
    def _text_once(self):
        if (self.text is None) == (self.text_file is None):
            raise ValueError("give the stored text once: either text or text-file")
        if self.effective_voice == "authored" and not self.speaker:
            raise ValueError(f"an authored source ({self.type}) needs speaker: the person whose text it is")
        return self

    @property
    def effective_voice(self) -> str:
        if self.voice:
            return self.voice
        if self.type in ("speech",):
            return "authored"
        if self.type in ("interview", "broadcast"):
            return "transcript"
        return "reported"


class Evidence(Model):
    """What a claim rests on: a quote, or a source with a locator."""

    quote: Id | None = None
    """A quote id."""
    source: Id | None = None
    """A source id (with one locator: paragraph, page, section, chapter, line or timestamp)."""
    paragraph: Paragraphs | None = None
    """Paragraphs of the stored text: 7, a range 6-7 or a list 3, 5, 9-11."""
    page: Pages | None = None
    """Pages: 12, 12-14 or 12-14, 31."""
    section: Sections | None = None
    """Sections: 2, 2.3 or 2-4."""
    chapter: Chapters | None = None
    """Chapters: 3 or 3-4."""
    line: Lines | None = None
    """Lines: 12 or 12-14."""
    timestamp: Timestamps | None = None
    """A time in audio or video: 1:02:03, or a range 12:30-14:05."""

    @property
    def locator(self) -> tuple[str, str] | None:
        """(kind, value) of the locator given, if any."""
        return next(((k, getattr(self, k)) for k in KINDS if getattr(self, k) is not None), None)

    @model_validator(mode="after")
    def _shape(self):
        if bool(self.quote) == bool(self.source):
            raise ValueError("give either quote or source")
        given = [k for k in KINDS if getattr(self, k) is not None]
        if self.source and len(given) != 1:
            raise ValueError(f"a source needs one locator: {', '.join(KINDS)}")
        if self.quote and given:
            raise ValueError(f"a quote carries its own locator: remove {'/'.join(given)}")
        return self


class Block(Model):
    """A paragraph of our own prose, a claim with its evidence, or a list."""

    text: Prose | None = None
    """A paragraph of the brief's own prose (no citations)."""
    claim: Prose | None = None
    """A statement in our words; {quote-id} places a quote (direct in quotation marks, paraphrase attributed)."""
    cite: list[Evidence] = []
    """Further evidence for the claim, noted at its end."""
    items: list[Prose] | None = None
    """A bulleted list of our own prose."""

    @model_validator(mode="after")
    def _one_kind(self):
        kinds = [k for k in ("text", "claim", "items") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError("a block is exactly one of text, claim or items")
        if self.cite and not self.claim:
            raise ValueError("only a claim can cite evidence: make this block a claim")
        return self


class Section(Model):
    """A titled part of the brief."""

    title: Prose
    """Heading."""
    id: Id | None = None
    """Anchor for links (defaults to a slug of the title)."""
    blocks: list[Block] = Field(min_length=1)
    """Paragraphs, claims and lists, in order."""


class Brief(Model):
    """A policy brief: front matter, summary, findings and sections."""

    title: Prose
    """Main title."""
    subtitle: Prose | None = None
    """Subtitle."""
    short_title: Prose | None = None
    """Running header from page 2 (defaults to the title)."""
    date: IsoDate
    """Publication date of the brief, YYYY-MM-DD; also fixes the PDF's dates."""
    authors: list[Text] = []
    """Authors of the brief."""
    organization: Text | None = None
    """Publishing organization."""
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Z]{2})?$")] = "en"
    """Language tag, e.g. en or en-GB."""
    style: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+$")] | None = None
    """CSL style name for this brief (default from pyproject's [tool.briefbuild])."""
    summary: Prose
    """One-paragraph summary."""
    key_findings: list[Prose] = Field(min_length=1)
    """Key findings, each a sentence or two."""
    pull_quotes: list[Id] = []
    """Direct quotes to set as pull quotes."""
    topics: list[Text] = []
    """Topics, shown on the site's index and in its feed, e.g. defense, Japan."""
    sections: list[Section] = Field(min_length=1)
    """The body."""

    @model_validator(mode="after")
    def _byline(self):
        if not self.authors and not self.organization:
            raise ValueError("give authors or organization (or both)")
        return self

    @model_validator(mode="after")
    def _size(self):
        # A brief is a few pages: past this, checking and typesetting would take minutes, not seconds.
        count = len(self.pull_quotes) + sum(
            len(re.findall(r"\{[^{}\s]*\}", block.claim or "")) + len(block.cite)
            for section in self.sections for block in section.blocks)
        if count > MAX_CITATIONS:
            raise ValueError(f"the brief cites {count:,} quotes and sources, over the limit of "
                             f"{MAX_CITATIONS:,}: split it into shorter briefs")
        return self
