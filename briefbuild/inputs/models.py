"""Typed models of the inputs. Field docstrings become the JSON Schema and the README's field list (schema.py)."""
from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

if TYPE_CHECKING:  # defined in blocks.py, which builds on this module and completes Block
    from .blocks import Figure, Table

from ..chars import single_marks
from ..patterns import lazy
from .csl import Bibliographic, Name, date_readings  # noqa: F401 (Name is part of the models)
from .locators import KINDS, MAX_NUMBER, Chapters, Lines, Pages, Paragraphs, Sections, Timestamps

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
_SUFFIXES = frozenset("jr sr ii iii iv".split())  # generational suffixes: never the family name
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

MAX_CITATIONS = 1_000  # quote placements and cite entries per brief

# Quotation marks are reserved for verified quotes; prose may not make its own, of any kind.
# An apostrophe (don't, Japan’s, allies’, ’90s, rock ’n’ roll, ’em) is not a quotation mark:
# chars.single_marks tells them apart, the same rule the verifier reads British quotations by.
QUOTE_MARKS = "\"“”„‟«»‚‛‹›「」『』〝〞〟＂″"
_NOT_PROSE = ("in prose: quote a source through a quote id like {quote-id} in a claim, "
              "or reword without quotation marks")


_INCHES = lazy(r'(?<=\d)["″](?![^\W\d_])')  # 12" guns, 5′10″: a measure after a number, not a quotation


def _prose(value: str) -> str:
    marks = _INCHES.sub("", value) if '"' in value or "″" in value else value
    for mark in QUOTE_MARKS:
        if mark in marks:
            raise ValueError(f"quotation mark {mark} {_NOT_PROSE}")
    for at, kind in single_marks(value):
        if kind != "apostrophe":
            raise ValueError(f"quotation mark {value[at]} {_NOT_PROSE}")
        if value[at] == "‘":  # a word processor's ‘ before an elision: the mark is right, its shape is not
            raise ValueError(f"‘ opens a quotation; an apostrophe is ’ (’em, rock ’n’ roll, the ’90s): "
                             f"write ’ or ' in '{value[max(0, at - 12):at + 12].strip()}'")
    return value


Prose = Annotated[Text, AfterValidator(_prose)]


def prose_problem(value: str, where: str = "in prose") -> str | None:
    """Why `value` cannot be our own words (a quotation mark of its own), or None."""
    try:
        _prose(value)
    except ValueError as exc:
        return str(exc).replace(" in prose: ", f" {where}: ", 1)
    return None


def _iso(value: str, partial: bool) -> str:
    shape = r"\d{4}(-\d{2}(-\d{2})?)?" if partial else r"\d{4}-\d{2}-\d{2}"
    if not re.fullmatch(shape, value):
        hint = date_readings(value, day_needed=not partial)
        raise ValueError(f"'{value}' is not an ISO date{hint}" if hint else
                         f"'{value}' is not an ISO date: write {'YYYY, YYYY-MM or ' if partial else ''}YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")] + [1] * (3 - value.count("-") - 1)
    try:
        date(*parts)
    except ValueError as exc:
        raise ValueError(f"'{value}' is not a real date ({exc})") from None
    return value


# The JSON Schema says what check accepts (tests/unit/test_schema_agrees.py): an editor reads
# YAML 1.2, where an unquoted 12 is a number, while the loader keeps every scalar as text.
ISO_DATE = r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
IsoDate = Annotated[str, AfterValidator(lambda v: _iso(v, partial=False)),
                    WithJsonSchema({"type": "string", "pattern": ISO_DATE})]


def _whole(value: object) -> object:
    """A number as YAML writes a whole number (3, +3, 03), not 3.0 or 3_000, which pydantic alone accepts."""
    if isinstance(value, str) and not re.fullmatch(r"[-+]?[0-9]+", value):
        raise PydanticCustomError("int_parsing", "Input should be a valid integer, unable to parse string as an integer")
    return value


# A paragraph number has at most nine digits (locators.MAX_NUMBER): int() of 5,000 digits fails.
QUOTE_PARAGRAPHS = r"^\+?0*[1-9][0-9]{0,8}(\s*[-–]\s*0*[1-9][0-9]{0,8})?$"  # a quote's paragraph: 6, or a range 6-7
Paragraph = Annotated[int, BeforeValidator(_whole), Field(ge=1, le=MAX_NUMBER),
                      WithJsonSchema({"anyOf": [{"type": "integer", "minimum": 1, "maximum": MAX_NUMBER},
                                                {"type": "string", "pattern": r"^\+?0*[1-9][0-9]{0,8}$"}]})]


# Languages with a catalogue of fixed strings (briefbuild/locales/<lang>.toml).
LANGUAGES = ("en", "fr", "de", "es", "ja")


def _language(tag: str) -> str:
    if tag.split("-")[0] not in LANGUAGES:
        raise ValueError(f"no catalogue for language '{tag}': use one of {', '.join(LANGUAGES)} "
                         "(with a region if wanted, e.g. en-GB)")
    return tag


def _kebab(name: str) -> str:
    return name.replace("_", "-")


def with_every_error(data, handler, problem: str | None):
    """Validate `data`, and report `problem` (a check of the raw input: a key missing) together with
    every error of its fields. An `after` model validator runs only once every field is valid, so
    its error would hide until the others were fixed: check, fix, check again."""
    try:
        model = handler(data)
    except ValidationError as exc:
        if problem is None:
            raise
        errors = [InitErrorDetails(type=e["type"], loc=e["loc"], input=e["input"], ctx=e.get("ctx", {}))
                  for e in exc.errors()]
        errors.append(InitErrorDetails(type=PydanticCustomError("value_error", "Value error, {error}",
                                                                {"error": problem}), loc=(), input=data))
        raise ValidationError.from_exception_data(exc.title, errors) from None
    if problem:
        raise ValueError(problem)
    return model


class Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, alias_generator=_kebab, populate_by_name=True,
        str_strip_whitespace=True)
    # Field docstrings document the schema; schema.py reads them. (pydantic's
    # use_attribute_docstrings would read the source at every import: 40 ms of each run.)


# A name written in Japanese, Chinese or Korean script puts the family name first (田中 花子).
_FAMILY_FIRST = lazy(r"^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


PRONOUNS_PATTERN = r"^[^/\s\d]+(?:\s*/\s*[^/\s\d]+)*$"
Pronouns = Annotated[str, StringConstraints(strip_whitespace=True, pattern=PRONOUNS_PATTERN)]


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
    labels: list[Text] = []
    """Further transcript labels that name this person, e.g. THE PRESIDENT (any case; titles and names match already)."""
    introduction: dict[Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Z]{2})?$")], Text] = {}
    """How a brief introduces them after their full name, by language (en: the prime minister of Japan);
    default: role and affiliation."""
    pronouns: Pronouns | None = None
    """Their pronouns, e.g. she/her, he/him, they/them, he/they: a pronoun in a claim or source that does not
    agree (He for she/her) does not refer to them; omitted: not checked."""

    @property
    def short(self) -> str:
        if self.family_name:
            return self.family_name
        words = [w.rstrip(",") for w in self.name.split()]
        if len(words) > 1 and _FAMILY_FIRST.match(self.name):  # 田中 花子: Japanese, Chinese, Korean script
            return words[0]
        while len(words) > 1 and words[-1].lower().rstrip(".") in _SUFFIXES:  # Joseph R. Biden Jr.: Biden
            words.pop()
        return words[-1]


class PeopleFile(Model):
    """sources/people.yaml: everyone the sources quote, each once."""

    people: list[Person] = Field(min_length=1)
    """The people, each with a unique id."""


Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class Capture(Model):
    """A file a stored text was captured from."""

    file: Annotated[str, StringConstraints(min_length=1, max_length=255)]
    """The captured file's name, as it was saved."""
    sha256: Sha256
    """SHA-256 of the captured file's bytes: the evidence of what was read."""


class Revision(Model):
    """A stored text that a newer capture replaced."""

    text_sha256: Sha256
    """SHA-256 of the replaced stored text (UTF-8)."""
    captured_from: Capture | None = None
    """The file that text was captured from, if known."""
    replaced: IsoDate
    """When it was replaced: YYYY-MM-DD."""


# A paraphrase's verb: one or two lower-case words of any language the brief is in (Latin with
# its accents, Greek, Cyrillic, kana and kanji); a range of literal letters, so JSON Schema reads it too.
_VERB_LETTER = "[a-zß-öø-ÿā-ɏά-ώа-џ぀-ヿ一-鿿]"
VERB_PATTERN = f"^{_VERB_LETTER}+( {_VERB_LETTER}+)?$"


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
    paragraph: Annotated[Paragraph, WithJsonSchema({"anyOf": [{"type": "integer", "minimum": 1, "maximum": MAX_NUMBER},
                                                              {"type": "string", "pattern": QUOTE_PARAGRAPHS}]})]
    """Paragraph of the stored text where it stands (1-based; '***' separators do not count), or a range 6-7."""
    last_paragraph: int | None = Field(default=None, ge=2, le=MAX_NUMBER)
    """For a quotation that runs over several paragraphs: the last one (paragraph is the first)."""
    # Lower-case words of the brief's language: `said`, `afirmó`, `erklärte`, `a déclaré`, `述べた`.
    verb: Annotated[str, StringConstraints(pattern=VERB_PATTERN)] = "said"
    """Verb for a paraphrase's attribution: 'Lazar noted that …'."""
    page: Pages | None = None
    """Page where it stands, as the stored text's [page N] marks number them (printed numbers); notes cite it."""
    original: Text | None = None
    """For a quote in translation: the source's own words, verified; text is then the translation."""
    translator: Text | None = None
    """Who translated it (with original); the note says so. Default: the brief's authors or organization."""

    @model_validator(mode="before")
    @classmethod
    def _range(cls, data):
        """`paragraph: 6-7` is a quotation over paragraphs 6 to 7, verified in them as one paragraph is."""
        span = data.get("paragraph") if isinstance(data, dict) else None
        m = re.fullmatch(r"\s*(\d+)\s*[-–]\s*(\d+)\s*", span) if isinstance(span, str) else None
        if not m:
            return data
        if max(len(m.group(1).lstrip("0")), len(m.group(2).lstrip("0"))) > 9:  # int() of 5,000 digits fails
            raise ValueError(f"paragraph '{m.group(0)[:40].strip()}…' is not a range of paragraphs: "
                             "a number has at most nine digits")
        first, last = int(m.group(1)), int(m.group(2))
        if data.get("last-paragraph", data.get("last_paragraph")) is not None:
            raise ValueError(f"paragraph '{span}' already gives the last paragraph: remove last-paragraph")
        if last < first:
            return data  # _one_place says so, at the paragraph
        rest = {k: v for k, v in data.items() if k != "paragraph"}
        return {**rest, "paragraph": first, **({"last-paragraph": last} if last > first else {})}

    @field_validator("paragraph", mode="before")
    @classmethod
    def _one_place(cls, value):
        if isinstance(value, str) and (m := re.fullmatch(r"\s*(\d+)\s*[-–]\s*(\d+)\s*", value)):
            raise ValueError(f"the range '{value}' runs backwards: write {m.group(2)}-{m.group(1)}")
        if isinstance(value, str) and "," in value:
            raise ValueError(f"'{value}' is not one place: a quote stands in one paragraph or a range, e.g. 6 or 6-7")
        return value

    @model_validator(mode="after")
    def _translation(self):
        if self.translator and not self.original:
            raise ValueError("translator is for a quote in translation: add original (the source's words)")
        if self.original and self.kind != "direct":
            raise ValueError("original is for a direct quote in translation: a paraphrase is already ours")
        return self

    @property
    def source_words(self) -> str:
        """What verification compares with the stored text: the original of a translation."""
        return self.original or self.text

    @model_validator(mode="after")
    def _paragraphs(self):
        if self.last_paragraph is not None and self.last_paragraph <= self.paragraph:
            raise ValueError(f"last-paragraph {self.last_paragraph} must come after paragraph {self.paragraph}")
        return self

    @property
    def locator(self) -> str:
        """The paragraph locator of its note: 6, or 6–7 for a quotation over paragraphs."""
        return f"{self.paragraph}–{self.last_paragraph}" if self.last_paragraph else str(self.paragraph)


# Genres of an authored text that reports what others said, as a news story does: a spokesperson's
# briefing, a press or news release, a readout, a bulletin. A speech, an op-ed, a letter or a
# statement is the author's own voice (a quotation inside is someone the author quotes).
_REPORT_GENRE = lazy(r"(?i)\b(?:briefing|(?:press|news|media)\s+release|readout|bulletin|note\s+to\s+correspondents|"
                     r"news(?:\s+(?:story|article|report))?|press\s+summary|meeting\s+coverage)\b")


class Source(Model, Bibliographic):
    """One source: bibliographic data (CSL-JSON names, inputs/csl.py), its stored text and the quotes taken from it."""

    voice: Literal["reported", "transcript", "authored"] | None = None
    """Whose words the text is: reported (news: only words in quotation marks are a speaker's),
    transcript (paragraphs start 'Name:'), authored (the text is the speaker's own). Default from type."""
    speaker: Id | None = None
    """An authored source's author (a speech, a statement), or who gives a transcript's A: answers (a Q&A)."""
    offices: dict[Annotated[str, StringConstraints(min_length=2, max_length=60)], Id] = {}
    """Offices the text names by title alone, each with the person who held it then: Secretary-General: antonio-guterres."""
    text: Text | None = None
    """The stored text, paragraphs separated by blank lines."""
    text_file: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]+$")] | None = None
    """A text file beside this YAML holding the stored text."""
    # Capture (build.py add): where the stored text came from, and what it replaced.
    captured_from: Capture | None = None
    """The file the stored text was captured from (build.py add), by name and SHA-256."""
    history: list[Revision] = []
    """Earlier stored texts this one replaced (build.py add --update), oldest first."""
    pages: Literal["printed", "physical"] | None = None
    """How the stored text's [page N] marks number pages: printed (the numbers on the pages) or physical (the PDF's order)."""
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
    def relays(self) -> bool:
        """Whether an authored text reports others' words (a briefing, a press release: its genre
        says so) rather than being the author's own voice (a speech, an op-ed, a statement)."""
        return self.effective_voice == "authored" and _REPORT_GENRE.search(self.genre or "") is not None

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
    table: Table | None = None
    """A table with caption, header row, rows and a cited source (blocks.py)."""
    figure: Figure | None = None
    """An image or a chart from data, with alt text, caption and a cited source (blocks.py)."""

    @model_validator(mode="after")
    def _one_kind(self):
        kinds = [k for k in ("text", "claim", "items", "table", "figure") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError("a block is exactly one of text, claim, items, table or figure")
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
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Z]{2})?$"), AfterValidator(_language)] = "en"
    """Language tag: en, fr, de, es or ja, with a region if wanted (en-GB); sets every fixed string, date,
    quotation mark and the notes' locale."""
    style: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+$")] | None = None
    """CSL style name for this brief (default from pyproject's [tool.briefbuild])."""
    summary: Prose
    """One-paragraph summary."""
    key_findings: list[Prose] = Field(min_length=1)
    """Key findings, each a sentence or two."""
    pull_quotes: list[Id] = []
    """Direct quotes to set as pull quotes."""
    introduce: Literal["first-mention", "none"] = "first-mention"
    """first-mention: the first quote or paraphrase of a person gives their full name, role and affiliation."""
    introductions: dict[Id, Text] = {}
    """How this brief introduces a person (by id), in place of people.yaml's introduction:
    {jun-nagashima: a former NATO liaison officer}."""
    topics: list[Text] = []
    """Topics, shown on the site's index and in its feed, e.g. defense, Japan."""
    sections: list[Section] = Field(min_length=1)
    """The body."""

    @model_validator(mode="wrap")
    @classmethod
    def _byline(cls, data, handler):
        missing = isinstance(data, dict) and not any(data.get(k) for k in ("authors", "organization"))
        return with_every_error(data, handler, "give authors or organization (or both)" if missing else None)

    @model_validator(mode="after")
    def _size(self):
        # A brief is a few pages: past this, checking and typesetting would take minutes, not seconds.
        count = len(self.pull_quotes) + sum(
            len(re.findall(r"\{[^{}\s]*\}", block.claim or "")) + len(block.cite)
            + sum(len(re.findall(r"\{[^{}\s]*\}", cell))  # quotes placed in a table's cells
                  for row in ((block.table.rows or ()) if block.table else ()) for cell in row)
            + len(block.table.source if block.table else ()) + len(block.figure.source if block.figure else ())
            for section in self.sections for block in section.blocks)
        if count > MAX_CITATIONS:
            raise ValueError(f"the brief cites {count:,} quotes and sources, over the limit of "
                             f"{MAX_CITATIONS:,}: split it into shorter briefs")
        return self


from . import blocks  # noqa: E402,F401  (completes Block with Table and Figure; see blocks.py)
