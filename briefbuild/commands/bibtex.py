"""CSL-JSON items written as BibLaTeX (full dates, urldate, doi, events) and as BibTeX that a
classic BibTeX run accepts (unbraced month macros, institution for reports, @incollection for
chapters; the day and the access date kept in fields BibTeX ignores but other tools read).

Written here rather than by pandoc: pandoc's BibTeX braces the month (BibTeX then prints `dec`
literally), drops the day, DOIs and access dates, and writes @techreport without institution.
"""
from __future__ import annotations

import re

from ..inputs.csl import literal_with_short
from ..rendering.cite import issuing_body

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

# CSL type -> (BibLaTeX type, BibTeX type)
TYPES = {
    "article-journal": ("article", "article"), "article-magazine": ("article", "article"),
    "article-newspaper": ("article", "article"), "article": ("article", "article"),
    "book": ("book", "book"), "chapter": ("incollection", "incollection"),
    "paper-conference": ("inproceedings", "inproceedings"), "report": ("report", "techreport"),
    "thesis": ("thesis", "phdthesis"), "webpage": ("online", "misc"), "post": ("online", "misc"),
    "post-weblog": ("online", "misc"), "dataset": ("dataset", "misc"), "legal_case": ("jurisdiction", "misc"),
    "legislation": ("legislation", "misc"), "manuscript": ("unpublished", "unpublished"),
    "speech": ("unpublished", "unpublished"), "software": ("software", "misc"),
}
_SUBTYPE = {"article-magazine": "magazine", "article-newspaper": "newspaper"}


def _escape(text: str) -> str:
    """CSL rich text to TeX: nocase spans and <span>…</span> become braces (case kept), <i> \\emph."""
    text = re.sub(r"([&%$#_])", r"\\\1", text)
    text = re.sub(r'<span class="nocase">(.*?)</span>', r"{\1}", text)
    text = re.sub(r"<i>(.*?)</i>", r"\\emph{\1}", text)
    text = re.sub(r"<b>(.*?)</b>", r"\\textbf{\1}", text)
    return re.sub(r"</?[a-z][^>]*>", "", text)


def _title(text: str) -> str:
    """Every capitalized word after the first in braces (as pandoc writes them): styles and
    readers that lowercase titles keep the capitals as published."""
    text = _escape(text)
    if text.startswith("{") or not re.search(r"[A-Z]", text[1:]):
        return text
    first, _, rest = text.partition(" ")
    guarded = re.sub(r"(?<![{\\\w])([^\s{}]*[A-Z][^\s{}]*)(?![^{]*})", r"{\1}", rest)
    return f"{first} {guarded}" if rest else first


def _names(names: list[dict]) -> str:
    parts = []
    for n in names:
        if "literal" in n:
            parts.append("{" + _escape(literal_with_short(n)["literal"]) + "}")
            continue
        family = " ".join(p for p in (n.get("non-dropping-particle"), n.get("family")) if p)
        given = " ".join(p for p in (n.get("given"), n.get("dropping-particle")) if p)
        parts.append(", ".join(p for p in (_escape(family), _escape(n["suffix"]) if n.get("suffix") else None,
                                           _escape(given) if given else None) if p))
    return " and ".join(parts)


def _day(date: dict) -> list[int]:
    return [int(p) for p in date["date-parts"][0]]


def _iso(date: dict) -> str:
    """A CSL date as BibLaTeX's ISO 8601/EDTF date (ranges with /, seasons as 21-24, ~ for circa)."""
    days = ["-".join(f"{p:02d}" if k else f"{p:04d}" for k, p in enumerate(map(int, d))) for d in date["date-parts"]]
    return "/".join(days) + ("~" if date.get("circa") else "")


def entry(item: dict, biblatex: bool) -> str:
    # A body's work with no author (a UN resolution) is filed under the body, as the notes file it;
    # as `publisher` with the title as the sort key it was filed under its title.
    item = issuing_body(item)
    ctype = item["type"]
    kind = TYPES.get(ctype, ("misc", "misc"))[0 if biblatex else 1]
    if biblatex and ctype == "book" and "editor" in item and "author" not in item:
        kind = "collection"
    fields: list[tuple[str, str]] = []

    def add(key: str, value: str | None, raw: bool = False):
        if value:
            fields.append((key, value if raw else "{" + value + "}"))

    for role in ("author", "editor", "translator"):
        if role in item:
            add(role, _names(item[role]))
    title = _title(item["title"])
    if item.get("title-translated"):
        # No field of either format holds it: after the title in brackets, as the CSL-JSON export
        # and Chicago write it, its case kept (it is sentence case already).
        title += " {[" + _escape(item["title-translated"]) + "]}"
    add("title", title)
    add("shorttitle", _title(item.get("title-short", "")))
    container = _title(item.get("container-title", ""))
    if kind == "article":
        add("journaltitle" if biblatex else "journal", container)
    elif kind in ("incollection", "inproceedings"):
        add("booktitle", container)
    elif biblatex:
        add("maintitle" if kind in ("book", "collection") else "organization" if kind == "online" else "howpublished",
            container)
    else:
        add("howpublished", container)
    if biblatex:
        add("entrysubtype", _SUBTYPE.get(ctype, ""))
        add("eventtitle", _title(item.get("event", item.get("event-title", ""))))
        add("venue", _escape(item.get("event-place", "")))
        add("type", _escape(item.get("genre", "")))
        add("series", _escape(item.get("collection-title", "")))
        add("version", _escape(item.get("version", "")))
        add("langid", item.get("language", ""))
    else:
        add("type", _escape(item.get("genre", "")) if kind == "techreport" else "")
        add("series", _escape(item.get("collection-title", "")))
    add("volume", str(item.get("volume", "")))
    if kind == "article":
        add("number", str(item.get("issue", "")))
    else:
        add("number", _escape(str(item.get("number", ""))))
    add("pages", str(item.get("page", "")).replace("-", "--"))
    add("edition", str(item.get("edition", "")))
    publisher = _escape(item.get("publisher", "") or item.get("authority", ""))
    if kind in ("report", "techreport", "thesis", "phdthesis"):
        add("institution" if kind != "phdthesis" else "school", publisher)
    else:
        add("publisher", publisher)
    add("location" if biblatex else "address", _escape(item.get("publisher-place", "")))
    if "issued" in item:
        if biblatex:
            add("date", _iso(item["issued"]))
        else:
            day = _day(item["issued"])
            add("year", f"{day[0]:04d}")
            if len(day) > 1 and 1 <= day[1] <= 12:
                fields.append(("month", MONTHS[day[1] - 1]))  # a macro, unbraced
            if len(day) > 2:
                add("day", str(day[2]))
    if biblatex and "event-date" in item:
        add("eventdate", _iso(item["event-date"]))
    add("doi", item.get("DOI", ""))
    add("isbn", item.get("ISBN", ""))
    add("issn", item.get("ISSN", ""))
    add("url", item.get("URL", ""))
    if "accessed" in item:
        add("urldate", _iso(item["accessed"]))
    note = _escape(item.get("note", ""))
    if not biblatex and kind in ("unpublished", "misc"):
        # @unpublished requires a note; say what it is from what the source gives.
        described = ", ".join(_escape(v) for v in (item.get("genre"), item.get("event-title", item.get("event")),
                                                    item.get("event-place")) if v)
        note = "; ".join(p for p in (described, note) if p) or ("Unpublished" if kind == "unpublished" else "")
    add("note", note)
    if not biblatex and "author" not in item and "editor" not in item:
        add("key", _escape(re.sub(r"<[^>]+>", "", item["title"])))  # what BibTeX sorts by without a name
    body = ",\n".join(f"  {key} = {value}" for key, value in fields)
    return f"@{kind}{{{item['id']},\n{body}\n}}\n"


def write(items: list[dict], biblatex: bool) -> str:
    return "\n".join(entry(item, biblatex) for item in items)
