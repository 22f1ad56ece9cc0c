"""Typed models of the inputs. Field docstrings become the JSON Schema and the README's field list (schema.py)."""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

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
PartialDate = Annotated[str, AfterValidator(lambda v: _iso(v, partial=True))]


def _http(value: str) -> str:
    if not re.fullmatch(r"https?://[^\s<>\"']+", value):
        raise ValueError("a URL must start with http:// or https:// and contain no spaces or quotes")
    return value


HttpUrl = Annotated[str, AfterValidator(_http)]
Locator = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z]+([-–][0-9A-Za-z]+)?$")]


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


class Name(Model):
    """A CSL name: family and given, or a literal for organizations."""

    family: Text | None = None
    """Family name."""
    given: Text | None = None
    """Given name(s)."""
    literal: Text | None = None
    """An organization or a name that must not be split."""

    @model_validator(mode="after")
    def _one_form(self):
        if bool(self.literal) == bool(self.family):
            raise ValueError("give either family (with given) or literal")
        return self


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


CslType = Literal[
    "article-magazine", "article-newspaper", "article-journal", "article", "report", "webpage",
    "post", "post-weblog", "speech", "interview", "broadcast", "book", "chapter", "document"]


class Source(Model):
    """One source: bibliographic data (CSL-JSON names), its stored text and the quotes taken from it."""

    type: CslType
    """CSL item type, e.g. article-magazine, speech, report, webpage."""
    title: Text
    """Title as published."""
    title_short: Text | None = None
    """Short title for subsequent notes (Chicago: up to four words of the title)."""
    container_title: Text | None = None
    """Periodical, site or collection it appeared in."""
    issued: PartialDate
    """Publication date: YYYY-MM-DD (or YYYY-MM, YYYY)."""
    author: list[Name] | None = None
    """Authors, only when the source shows them."""
    publisher: Text | None = None
    """Publisher, only when the source shows it."""
    URL: HttpUrl | None = Field(default=None, alias="URL")
    """Address, only when known."""
    accessed: IsoDate | None = None
    """When the URL was read: YYYY-MM-DD."""
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
    """A source id (with paragraph or page)."""
    paragraph: int | None = Field(default=None, ge=1)
    """Paragraph locator in the source."""
    page: Locator | None = None
    """Page locator in the source, e.g. 12 or 12-14."""

    @model_validator(mode="after")
    def _shape(self):
        if bool(self.quote) == bool(self.source):
            raise ValueError("give either quote or source")
        if self.source and (self.paragraph is None) == (self.page is None):
            raise ValueError("a source needs one locator: paragraph or page")
        if self.quote and (self.paragraph or self.page):
            raise ValueError("a quote carries its own locator: remove paragraph/page")
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
