"""The bibliographic half of a source: every CSL-JSON variable a source can carry, typed and checked.

Field names are CSL-JSON's own, so a source reads like the CSL-JSON a reference manager
exports, and `csl_json`/`from_csl_json` convert without a table of renamings. Dates are
written as EDTF strings (`2023`, `2023-05`, `2023-05-04`, `2023-21` spring, `1950~` circa,
`2022-06-28/2022-06-30` a range): one short form in YAML, CSL-JSON's date-parts in
the exports and for citeproc.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)

from ..patterns import lazy

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class CslModel(BaseModel):
    # The same configuration as models.Model (this module cannot import models: models imports it).
    model_config = ConfigDict(
        extra="forbid", frozen=True, alias_generator=_kebab, populate_by_name=True,
        str_strip_whitespace=True)


# --- dates -----------------------------------------------------------------------------------

_DAY = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_EDTF = lazy(rf"(?P<year>\d{{4}})-(?P<season>2[1-4])(?P<scirca>~)?|(?P<start>{_DAY})(?:/(?P<end>{_DAY}))?(?P<circa>~)?")
DATE_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD, a range START/END, a season YYYY-21 (spring) to YYYY-24 (winter), ~ at the end for circa"


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?P<mon>[A-Za-z]{3,9})\.?"
# The dates people write instead of ISO: numbers with / . or - (day and month in either order, or
# the year first), and English month names (12 June 2022, June 12, 2022, June 2022).
_NUMERIC = lazy(r"(?P<a>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})")
_YEAR_FIRST = lazy(r"(?P<y>\d{4})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*(?P<d>\d{1,2}))?")
_NAMED = (lazy(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+{_MONTH},?\s+(?P<y>\d{{4}})"),
          lazy(rf"{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"),
          lazy(rf"{_MONTH},?\s+(?P<y>\d{{4}})"))


def _real(y: int, m: int, d: int | None) -> str | None:
    """YYYY-MM-DD (YYYY-MM without a day) if it is a real date, else None."""
    try:
        date(y, m, d or 1)
    except ValueError:
        return None
    return f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d else "")


def _month(name: str) -> int | None:
    found = [i + 1 for i, full in enumerate(_MONTHS) if full.startswith(name.lower()) and len(name) >= 3]
    return found[0] if len(found) == 1 else None


def date_readings(value: str, day_needed: bool = False) -> str:
    """What a date written another way than ISO would be, for its message: both readings of
    6/12/2022 (2022-06-12 or 2022-12-06: the order of day and month is the writer's custom, so
    neither is chosen for them), the one reading of 13/12/2022 or 12 June 2022, or '' if none."""
    v = value.strip()
    m = _NUMERIC.fullmatch(v)
    if m:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        readings = list(dict.fromkeys(r for r in (_real(y, a, b), _real(y, b, a)) if r))
        if len(readings) == 2:
            return (f": it reads as {readings[0]} (month first) or {readings[1]} (day first): "
                    "write the one you mean as YYYY-MM-DD")
        return f": write {readings[0]}" if readings else ""
    found = _YEAR_FIRST.fullmatch(v)
    if found and (found["d"] or not day_needed):
        r = _real(int(found["y"]), int(found["m"]), int(found["d"]) if found["d"] else None)
        return f": write {r}" if r else ""
    for pattern in _NAMED:
        found = pattern.fullmatch(v)
        mon = _month(found["mon"]) if found else None
        if found and mon:
            day = int(found["d"]) if "d" in found.groupdict() and found["d"] else None
            if day is None and day_needed:
                return ""
            r = _real(int(found["y"]), mon, day)
            return f": write {r}" if r else ""
    return ""


def _parts(day: str) -> list[int]:
    parts = [int(p) for p in day.split("-")]
    try:
        date(*(parts + [1] * (3 - len(parts))))
    except ValueError as exc:
        raise ValueError(f"'{day}' is not a real date ({exc})") from None
    return parts


def _csl_date(value: str) -> str:
    m = _EDTF.fullmatch(value)
    if not m:
        hint = date_readings(value)
        raise ValueError(f"'{value}' is not a date{hint}" if hint else f"'{value}' is not a date: write {DATE_FORMS}")
    if m["start"]:
        start = _parts(m["start"])
        if m["end"] and _parts(m["end"]) < start:
            raise ValueError(f"the range '{value}' ends before it starts: write START/END")
    return value


# The patterns in the JSON Schema let an editor flag a wrong shape as you type; check gives the message.
# Months 01-12 and days 01-31, as check has them; an unquoted year is a number to an editor.
_YMD = r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"
_DATE_SHAPE = rf"^(\d{{4}}-2[1-4]~?|{_YMD}(/{_YMD})?~?)$"
CslDate = Annotated[str, AfterValidator(_csl_date),
                    WithJsonSchema({"anyOf": [{"type": "string", "pattern": _DATE_SHAPE},
                                              {"type": "integer", "minimum": 1000, "maximum": 9999}]})]


def _edtf(value: str) -> re.Match[str]:
    """The parts of a date the model has already validated."""
    m = _EDTF.fullmatch(value)
    if m is None:
        raise ValueError(f"'{value}' is not a date of the model")
    return m


def date_parts(value: str) -> dict:
    """An EDTF date of the model as a CSL-JSON date object."""
    m = _edtf(value)
    if m["year"]:  # a season as month 21-24: pandoc's citeproc drops a separate season key
        return {"date-parts": [[int(m["year"]), int(m["season"])]], **({"circa": True} if m["scirca"] else {})}
    parts = [[int(p) for p in m["start"].split("-")]]
    if m["end"]:
        parts.append([int(p) for p in m["end"].split("-")])
    return {"date-parts": parts, **({"circa": True} if m["circa"] else {})}


def date_from_csl(value) -> str | None:
    """A CSL-JSON date (object or EDTF string) as the model's EDTF string; None when it has no date.
    Parts may be strings (Zotero); a 0 ends a day (pandoc reads RIS's 2023/// as 2023, 0, 0);
    without date-parts, a `raw` date in EDTF (or an ISO timestamp's day) is read."""
    if isinstance(value, str):
        return value.strip() if _EDTF.fullmatch(value.strip()) else None
    if not isinstance(value, dict):
        return None
    days = []
    for day in (value.get("date-parts") or [])[:2]:
        parts: list[int] = []
        for part in (day if isinstance(day, list) else [])[:3]:
            if not re.fullmatch(r"\s*\d+\s*", str(part)) or int(part) == 0:
                break
            parts.append(int(part))
        if parts:
            days.append("-".join(f"{p:02d}" if k else f"{p:04d}" for k, p in enumerate(parts)))
    if not days:
        raw = value.get("raw")
        if not isinstance(raw, str):
            return None
        return date_from_csl(re.sub(r"^(\d{4}-\d{2}-\d{2})T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$", r"\1", raw.strip()))
    circa = "~" if value.get("circa") not in (None, False, "", 0, "false") else ""
    season = value.get("season")
    if season and "-" not in days[0] and len(days) == 1 and str(season).isdigit() and 1 <= int(season) <= 4:
        return f"{days[0]}-{20 + int(season)}{circa}"
    return "/".join(dict.fromkeys(days)) + circa


def date_start(value: str) -> str:
    """The first day a date can mean, comparable as text with YYYY-MM-DD (a season counts from its year)."""
    m = _edtf(value)
    return m["year"] or m["start"]


# --- identifiers -----------------------------------------------------------------------------

def _doi(value: str) -> str:
    if re.match(r"(?i)(https?://(dx\.)?doi\.org/|doi:)", value):
        raise ValueError(f"write the DOI without its prefix: '{re.sub(r'(?i)^(https?://(dx[.])?doi[.]org/|doi:)', '', value)}'")
    if not re.fullmatch(r"10\.\d{4,9}/\S+", value):
        raise ValueError(f"'{value}' is not a DOI: a DOI looks like 10.1080/00396338.2023.2239056")
    return value


def _isbn(value: str) -> str:
    digits = re.sub(r"[\s-]", "", value).upper()
    weights: list[int]
    if re.fullmatch(r"\d{9}[\dX]", digits):
        modulus, weights = 11, list(range(10, 0, -1))
    elif re.fullmatch(r"97[89]\d{10}", digits):
        modulus, weights = 10, [1, 3] * 6 + [1]
    else:
        raise ValueError(f"'{value}' is not an ISBN: give 10 or 13 digits (hyphens allowed)")
    if sum(w * (10 if c == "X" else int(c)) for w, c in zip(weights, digits)) % modulus:
        raise ValueError(f"ISBN '{value}' fails its check digit: copy it again from the source")
    return value


def _issn(value: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{3}[\dX]", value):
        raise ValueError(f"'{value}' is not an ISSN: write NNNN-NNNC, e.g. 0039-6338")
    digits = value.replace("-", "")
    total = sum((8 - k) * int(c) for k, c in enumerate(digits[:7])) + (10 if digits[7] == "X" else int(digits[7]))
    if total % 11:
        raise ValueError(f"ISSN '{value}' fails its check digit: copy it again from the source")
    return value


def _http(value: str) -> str:
    if not re.fullmatch(r"https?://[^\s<>\"'/]+[^\s<>\"']*", value):
        raise ValueError("a URL must start with http:// or https:// and contain no spaces or quotes")
    return value


# Rich text CSL processors understand inside fields: <i>, <b>, <sup>, <sub>, and the spans for
# small caps and nocase (words that keep their case: <span class="nocase">iPhone</span>).
_MARKUP = lazy(r'</?(i|b|sup|sub)>|<span class="nocase">|<span style="font-variant:\s*small-caps;?">|</span>')


def _rich(value: str) -> str:
    rest = _MARKUP.sub("", value)
    if "<" in rest and re.search(r"<[a-zA-Z/]", rest):
        raise ValueError("only CSL's markup may stand in a field: <i>, <b>, <sup>, <sub>, "
                         '<span class="nocase">…</span> (keeps its case), <span style="font-variant:small-caps;">')
    return value


Doi = Annotated[str, AfterValidator(_doi), Field(json_schema_extra={"pattern": r"^10\.\d{4,9}/\S+$"})]
Isbn = Annotated[str, AfterValidator(_isbn), Field(json_schema_extra={"pattern": r"^[0-9Xx -]{10,17}$"})]
Issn = Annotated[str, AfterValidator(_issn), Field(json_schema_extra={"pattern": r"^\d{4}-\d{3}[\dX]$"})]
HttpUrl = Annotated[str, AfterValidator(_http), Field(json_schema_extra={"pattern": r"^https?://"})]
Rich = Annotated[Text, AfterValidator(_rich)]
_LANGUAGE = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"


def _language(value: str) -> str:
    if not re.fullmatch(_LANGUAGE, value):
        raise ValueError(f"'{value}' is not a language code: write a BCP 47 tag such as en, fr or en-US")
    return value


def _gloss(value: str) -> str:
    if re.fullmatch(r"\[.*\]", value, re.S):
        raise ValueError(f"'{value}': write the translation without its brackets, the notes add them")
    return value


Gloss = Annotated[Rich, AfterValidator(_gloss)]
Language = Annotated[str, AfterValidator(_language), Field(json_schema_extra={"pattern": _LANGUAGE})]

# --- names -----------------------------------------------------------------------------------


class Name(CslModel):
    """A CSL name: family and given (with particles and suffix), or a literal for organizations."""

    family: Text | None = None
    """Family name."""
    given: Text | None = None
    """Given name(s)."""
    dropping_particle: Text | None = None
    """Particle dropped when sorting by family name, e.g. 'van' in Ludwig van Beethoven."""
    non_dropping_particle: Text | None = None
    """Particle kept with the family name, e.g. 'de' in Charles de Gaulle."""
    suffix: Text | None = None
    """Suffix such as Jr. or III; a social-media handle (@SecBlinken) prints after the name in parentheses."""
    literal: Text | None = None
    """An organization or a name that must not be split."""
    short: Text | None = None
    """With literal: the organization's abbreviation (IISS), printed in short notes; the first note gives 'literal (IISS)'."""
    static_ordering: bool | None = None
    """true: the family name comes first, as in Kishida Fumio (Japanese, Chinese, Korean); short notes give the family name."""

    @model_validator(mode="after")
    def _one_form(self):
        if bool(self.literal) == bool(self.family):
            raise ValueError("give either family (with given) or literal")
        if self.literal and (self.given or self.suffix or self.dropping_particle or self.non_dropping_particle):
            raise ValueError("a literal name stands alone: remove given, suffix and particles")
        if self.short and not self.literal:
            raise ValueError("short is an organization's abbreviation: give it with literal "
                             "(literal: International Institute for Strategic Studies, short: IISS)")
        if self.literal and self.short and re.search(rf"\(\s*{re.escape(self.short)}\s*\)\s*$", self.literal):
            raise ValueError(f"the literal already ends with '({self.short})': write the name alone in literal, "
                             "the abbreviation in short")
        if self.literal and self.static_ordering is not None:
            raise ValueError("a literal name is printed as written: remove static-ordering, or give family "
                             "and given with it (family: Kishida, given: Fumio)")
        return self


Names = Annotated[list[Name], Field(min_length=1)]

CslType = Literal[
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
    "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
    "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case", "legislation",
    "manuscript", "map", "motion_picture", "musical_score", "pamphlet", "paper-conference", "patent",
    "performance", "periodical", "personal_communication", "post", "post-weblog", "regulation", "report",
    "review", "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage"]


_CONGRESS_SESSION = lazy(r"\d+(?:st|nd|rd|th|d) Cong\.(?:, \d+(?:st|nd|rd|th|d) sess\.)?")


class Bibliographic(CslModel):
    """CSL-JSON variables of a source."""

    type: CslType
    """CSL item type, e.g. article-journal, report, speech, webpage, legal_case, dataset."""
    title: Rich
    """Title as published (CSL markup allowed: <span class="nocase">…</span> keeps words' case)."""
    title_short: Rich | None = None
    """Short title for subsequent notes (Chicago: up to four words of the title)."""
    title_translated: Gloss | None = None
    """English translation of a title in another language (with language), no brackets: printed after it in brackets."""
    container_title: Rich | None = None
    """Periodical, site, book or collection it appeared in."""
    container_title_short: Rich | None = None
    """Abbreviated container title, e.g. a journal abbreviation."""
    collection_title: Rich | None = None
    """Series title, e.g. a report series."""
    collection_number: Text | None = None
    """Number in the series."""
    author: Names | None = None
    """Authors, only when the source shows them."""
    editor: Names | None = None
    """Editors (of an edited book, or of the book a chapter is in)."""
    translator: Names | None = None
    """Translators."""
    interviewer: Names | None = None
    """Interviewers (the interviewee is the author)."""
    container_author: Names | None = None
    """Author of the container, e.g. of the book a chapter is in."""
    collection_editor: Names | None = None
    """Editors of the series."""
    director: Names | None = None
    """Directors (film, video)."""
    recipient: Names | None = None
    """Recipients (a letter, an interview's audience)."""
    issued: CslDate | None = None
    """Publication date (EDTF: 2023, 2023-05, 2023-05-04, 2023-21 spring, 1950~ circa, START/END); omit if not shown."""
    accessed: CslDate | None = None
    """When the URL was read: YYYY-MM-DD (required when there is no issued date)."""
    original_date: CslDate | None = None
    """Date of the original publication (a reprint, a translation)."""
    event_date: CslDate | None = None
    """Date of the event (a speech, a conference), when it differs from issued."""
    event_title: Rich | None = None
    """Name of the event, e.g. a conference or summit where a speech was given."""
    event_place: Text | None = None
    """Place of the event."""
    publisher: Text | None = None
    """Publisher, only when the source shows it."""
    publisher_place: Text | None = None
    """Place of publication."""
    authority: Text | None = None
    """Issuing authority: the court of a legal case, the body of a resolution (a work with no author is filed under it)."""
    genre: Text | None = None
    """Kind of item as a note prints it: press release, policy brief (lower case); Working Paper (a series)."""
    medium: Text | None = None
    """Medium, e.g. Video, Podcast, CSV."""
    number: Text | None = None
    """Number of a report, resolution, case or bill, e.g. A/RES/ES-11/1; a hearing's serial number, S. Hrg. 118-45."""
    volume: Text | None = None
    """Volume."""
    issue: Text | None = None
    """Issue."""
    page: Text | None = None
    """Pages of the item within its container, e.g. 85-100."""
    number_of_pages: Text | None = None
    """Total pages."""
    edition: Text | None = None
    """Edition, e.g. 2."""
    chapter_number: Text | None = None
    """Chapter number; of a hearing, its Congress and session: 118th Cong., 1st sess."""
    section: Text | None = None
    """Section of a newspaper or of a code; of a hearing, the committee: Committee on Armed Services."""
    version: Text | None = None
    """Version of a dataset or software."""
    status: Text | None = None
    """Publication status, e.g. forthcoming, provisional record."""
    archive: Text | None = None
    """Archive or repository holding it."""
    archive_place: Text | None = None
    """Place of the archive."""
    source: Text | None = None
    """Database or catalogue it was found in."""
    DOI: Doi | None = Field(default=None, alias="DOI")
    """DOI without prefix, e.g. 10.1080/00396338.2023.2239056."""
    ISBN: Isbn | None = Field(default=None, alias="ISBN")
    """ISBN-10 or ISBN-13 (checked)."""
    ISSN: Issn | None = Field(default=None, alias="ISSN")
    """ISSN, NNNN-NNNC (checked)."""
    URL: HttpUrl | None = Field(default=None, alias="URL")
    """Address (http or https), only when known."""
    language: Language | None = None
    """Language of the source, e.g. fr: citeproc does not title-case titles in other languages than English."""
    note: Text | None = None
    """Extra information printed by some styles."""

    @model_validator(mode="after")
    def _congress(self):
        # A hearing's Congress and session print as Chicago abbreviates them (rendering/cite.py: hearing).
        if self.type == "hearing" and self.chapter_number and not _CONGRESS_SESSION.fullmatch(self.chapter_number):
            raise ValueError(f"chapter-number '{self.chapter_number}': a hearing's chapter-number is its Congress "
                             "and session, as Chicago abbreviates them: write 118th Cong., 1st sess. (or 118th Cong.)")
        return self

    @model_validator(mode="after")
    def _translated(self):
        # Chicago (17 14.98, 18 13.101): the translation of a title in another language, in brackets
        # after it (rendering/cite.py: translated_title). Without a language the title is cited as
        # English (title-cased), which a translated title is not.
        gloss = self.title_translated
        if gloss and (not self.language or self.language.split("-")[0].lower() == "en"):
            raise ValueError("title-translated is the English translation of a title in another language: "
                             "give the title's language too (language: de, fr, ja…)")
        return self

    @model_validator(mode="after")
    def _revised(self):
        # `updated` prints before the revision's date, which is `issued` (rendering/cite.py: revision);
        # without it a note read `“About the Alliance,” NATO, updated, URL`, the access date lost.
        if self.status and self.status.strip().casefold() == "updated" and not self.issued:
            raise ValueError("status: updated needs the date of the update: write it as issued (and the first "
                             "publication's as original-date, if the source gives it), or remove status")
        return self

    @model_validator(mode="after")
    def _dated(self, info: ValidationInfo):
        # UNDATED_OK: check's stand-in for a source with errors, so that its quotes are still verified
        if self.issued is None and self.accessed is None and info.context is not UNDATED_OK:
            raise ValueError("a source without issued needs accessed (when it was read); "
                             "the notes print n.d. where the style says so: never invent a date")
        return self


UNDATED_OK: dict = {}  # a validation context (by identity) under which a source may lack both dates
NAME_FIELDS = tuple(n for n, f in Bibliographic.model_fields.items() if f.annotation == Names | None)
NAME_KEYS = tuple(f.replace("_", "-") for f in NAME_FIELDS)
DATE_FIELDS = ("issued", "accessed", "original_date", "event_date")
# CSL 1.0.2 renamed event to event-title; the 1.0.2 data schema knows both, and pandoc reads and
# writes event (tools of CSL 1.0.1 know only that name).
EXPORT_NAMES = {"event-title": "event"}


def csl_json(source: Bibliographic, item_id: str) -> dict:
    """A source's bibliographic fields as one CSL-JSON item (nothing else, nothing invented)."""
    data = source.model_dump(by_alias=True, exclude_none=True, include=set(Bibliographic.model_fields))
    for field in DATE_FIELDS:
        key = field.replace("_", "-")
        if key in data:
            data[key] = date_parts(data[key])
    return {"id": item_id, **data}


def literal_with_short(name: dict) -> dict:
    """A name as tools without the `short` field have it: an organization's abbreviation in
    parentheses after its name (`International Institute for Strategic Studies (IISS)`)."""
    if "short" not in name:
        return name
    rest = {k: v for k, v in name.items() if k != "short"}
    return {**rest, "literal": f"{name['literal']} ({name['short']})"}


def export_item(item: dict) -> dict:
    """A CSL-JSON item for other tools: the names of the published CSL data schema. CSL has no
    variable for a title's translation: it follows the title in brackets, as Chicago prints it."""
    if "title-translated" in item:
        rest = {k: v for k, v in item.items() if k != "title-translated"}
        item = {**rest, "title": f"{item['title']} [{item['title-translated']}]"}
    return {EXPORT_NAMES.get(k, k): [literal_with_short(n) for n in v] if k in NAME_KEYS else v
            for k, v in item.items()}


def from_csl_json(item: dict) -> tuple[dict, list[str]]:
    """CSL-JSON item -> (fields of a source, as YAML would give them; keys that have no field)."""
    aliases = {f.alias or n: n for n, f in Bibliographic.model_fields.items()}
    fields, unmapped = {}, []
    for key, value in item.items():
        key = {"event": "event-title"}.get(key, key)
        if key == "id" or value in (None, "", []):
            continue
        if key not in aliases:
            unmapped.append(key)
            continue
        name = aliases[key]
        if name in DATE_FIELDS:
            try:
                text = date_from_csl(value)
                text = text and _csl_date(text)
            except (ValueError, TypeError, AttributeError):
                text = None
            if text is None:
                unmapped.append(key)
                continue
            value = text
        elif name in NAME_FIELDS:
            # A list of names, each a map of parts that are text or numbers: "author": ["x"] was a
            # traceback, and a part that is a list or a map was written as its repr ("['a']").
            if not (isinstance(value, list) and all(isinstance(p, dict) for p in value)) or any(
                    _scalar(v) is None for p in value for k, v in p.items()
                    if k != "static-ordering" and _name_part(k) and v not in (None, "")):
                unmapped.append(key)
                continue
            # Empty parts are no parts (some exports write family: "" beside a literal).
            # static-ordering is a flag (true, 1 or "true" in CSL-JSON); only a true one is kept.
            value = [{k: (True if k == "static-ordering" else _scalar(v)) for k, v in person.items()
                      if _name_part(k) and (v in (True, 1, "true") if k == "static-ordering"
                                            else (_scalar(v) or "").strip())} for person in value]
        else:
            value = _scalar(value)
            if value is None:
                unmapped.append(key)  # "title": ["a"] was written as the text "['a']"
                continue
        fields[key] = value
    return fields, unmapped


def _name_part(key: str) -> bool:
    return key in Name.model_fields or key.replace("-", "_") in Name.model_fields


def _scalar(value) -> str | None:
    """A CSL-JSON field's text: a string, or a number (volume: 12); None for anything else."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


# --- a language that is not given ------------------------------------------------------------

# A source's notes take its form from `language` alone (nothing is guessed): without it a Japanese
# title is cited in the English form, and any title is title-cased as English and read aloud as
# English. A title (or container title) mostly in one of these scripts is most likely not English.
_SCRIPTS = (  # (script, code points, the language tag(s) to suggest, what goes wrong without it)
    ("kana", ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F)), "ja", "Japanese"),
    ("hangul", ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)), "ko", "Korean"),
    ("han", ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF)), "ja or zh", "Chinese or Japanese"),
    ("arabic", ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
     "ar (or fa, ur)", "Arabic"),
    ("cyrillic", ((0x0400, 0x052F),), "ru (or uk, bg, sr…)", "Cyrillic"),
    ("hebrew", ((0x0590, 0x05FF),), "he", "Hebrew"),
    ("greek", ((0x0370, 0x03FF), (0x1F00, 0x1FFF)), "el", "Greek"),
)


def _script(ch: str) -> str | None:
    code = ord(ch)
    if code < 0x370:  # Latin (with its accents) and the IPA: most letters, decided at once
        return None
    return next((name for name, ranges, *_ in _SCRIPTS if any(a <= code <= b for a, b in ranges)), None)


def script_of(text: str) -> tuple[str, str] | None:
    """(tag(s) to suggest, script's name) when most of the text's letters are in one non-Latin script;
    Han with any kana is Japanese, Han alone Chinese or Japanese. None: mostly Latin (or no letters)."""
    if text.isascii():  # most titles: no script to count (a whole check counted 575,000 letters one by one)
        return None
    letters = [ch for ch in re.sub(r"<[^>]+>", "", text) if ch.isalpha()]
    counts: dict[str | None, int] = {}
    for ch in letters:
        script = _script(ch)
        counts[script] = counts.get(script, 0) + 1
    if counts.get("kana"):  # kanji and kana are one Japanese text
        counts["kana"] += counts.pop("han", 0)
    if not letters:
        return None
    best = max((k for k in counts if k), key=lambda k: counts[k], default=None)
    if best is None or counts[best] * 2 <= len(letters):
        return None
    _, _, tag, name = next(s for s in _SCRIPTS if s[0] == best)
    return tag, name


def missing_language(source: Bibliographic) -> tuple[str, str] | None:
    """(field, message) when a source gives no `language` but its title or container title is mostly
    in a non-Latin script: its notes would be in the wrong form (the check warns)."""
    if source.language:
        return None
    for field in ("title", "container_title"):
        text = getattr(source, field)
        found = script_of(text) if text else None
        if found:
            tag, name = found
            wrong = ["a Japanese brief cites it in the English form, not 著者『書名』"] if "ja" in tag else []
            wrong += ["its title is title-cased as English, После Саммита"] if name in ("Cyrillic", "Greek") else []
            wrong += ["screen readers read it as English"]
            key = field.replace("_", "-")
            return key, (f"{key} is in {name} script but the source has no language, so its notes treat it as "
                         f"English ({'; '.join(wrong)}): add language: {tag}")
    return None
