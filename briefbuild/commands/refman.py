"""What reference managers write that a source spells differently, read as the same fact.

Zotero's CSL-JSON has free-text languages (`English`), several ISBNs in one field and item
URIs for ids; BibTeX files carry DOIs as links; pandoc reads RIS's `SN` as an ISSN, loses
`DA` (the full date) and `Y2` (the access date), and gives web pages the type `misc`. Each
fix here keeps the value the file gives; nothing is guessed beyond the file's own words.
"""
from __future__ import annotations

import re

from ..patterns import lazy

# Zotero's language field is free text; the common names are codes in one lookup.
LANGUAGES = {
    "english": "en", "french": "fr", "français": "fr", "francais": "fr", "german": "de", "deutsch": "de",
    "spanish": "es", "español": "es", "espanol": "es", "italian": "it", "italiano": "it", "portuguese": "pt",
    "português": "pt", "dutch": "nl", "nederlands": "nl", "russian": "ru", "русский": "ru", "japanese": "ja",
    "日本語": "ja", "chinese": "zh", "中文": "zh", "korean": "ko", "한국어": "ko", "arabic": "ar", "العربية": "ar",
    "polish": "pl", "polski": "pl", "swedish": "sv", "svenska": "sv", "norwegian": "no", "danish": "da",
    "finnish": "fi", "turkish": "tr", "ukrainian": "uk", "hebrew": "he", "greek": "el", "czech": "cs",
}
_DOI_PREFIX = lazy(r"(?i)^\s*(?:https?://(?:dx\.)?doi\.org/|doi:\s*)")

# RIS types pandoc maps to no CSL type (misc) or to the wrong one (GEN as a dictionary entry).
RIS_TYPES = {"ELEC": "webpage", "WEB": "webpage", "BLOG": "post-weblog", "GEN": "document",
             "DATA": "dataset", "AGGR": "dataset", "PRESS": "article-newspaper"}


def language(value: str) -> str | None:
    """A language code for a language field: `en-US`, `en_US` and `English` give a code; None if unknown."""
    text = value.strip()
    if re.fullmatch(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*", text):
        head, *rest = re.split(r"[-_]", text)
        return "-".join([head.lower(), *rest])
    return LANGUAGES.get(text.casefold())


def doi(value: str) -> str:
    """A DOI without the resolver's address or `doi:` before it (the same identifier)."""
    return _DOI_PREFIX.sub("", value).strip()


def isbns(value: str) -> list[str]:
    """The ISBNs of a field that holds several (`978-0-306-40615-7 0306406152`), in order."""
    return [p for p in re.split(r"[\s,;]+", value.strip()) if p]


def tidy(item: dict) -> dict:
    """A CSL-JSON item with the spellings above read as a source writes them."""
    item = dict(item)
    if isinstance(item.get("DOI"), str):
        item["DOI"] = doi(item["DOI"])
    if isinstance(item.get("language"), str) and language(item["language"]):
        item["language"] = language(item["language"])
    publisher = str(item.get("publisher", ""))
    if re.fullmatch(r"https?://\S+", publisher) and "URL" not in item:
        item["URL"] = item.pop("publisher")  # BibTeX's howpublished = {\url{…}}, which pandoc reads as a publisher
    issn = str(item.get("ISSN", ""))
    if re.fullmatch(r"(97[89])?[\d-]{9,13}[\dXx]", issn.replace(" ", "")) and len(re.sub(r"\D", "", issn)) in (10, 13) \
            and "ISBN" not in item:
        item["ISBN"] = item.pop("ISSN")  # pandoc reads RIS's SN (ISBN or ISSN) as an ISSN
    return item


# --- RIS: what pandoc's reader loses ----------------------------------------------------------

_TAG = lazy(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")


def ris_date(value: str) -> str | None:
    """RIS's YYYY/MM/DD/other (PY, DA, Y1, Y2) as an EDTF date; empty parts end it (`2023///` is 2023)."""
    parts = []
    for piece in re.split(r"[/-]", value.strip())[:3]:
        if not piece.strip().isdigit() or int(piece) == 0:
            break
        parts.append(int(piece))
    if not parts or not 1000 <= parts[0] <= 9999:
        return None
    return "-".join(f"{p:02d}" if k else f"{p:04d}" for k, p in enumerate(parts))


def ris_records(text: str) -> list[dict[str, list[str]]]:
    """The tags of each record of a RIS file's text, in order (the order pandoc gives its items)."""
    records: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] | None = None
    for line in text.splitlines():
        m = _TAG.match(line.rstrip())
        if not m:
            continue
        tag, value = m.group(1), (m.group(2) or "").strip()
        if tag == "TY":
            current = {}
            records.append(current)
        if current is not None:
            current.setdefault(tag, []).append(value)
        if tag == "ER":
            current = None
    return records


def from_ris(item: dict, record: dict[str, list[str]]) -> dict:
    """A pandoc item of a RIS record with what pandoc dropped: the full date (DA beside PY), the
    access date (Y2), the record's own id (ID, else none: pandoc's Name_year is not a key) and the type."""
    item = {k: v for k, v in item.items() if k != "id"}
    if record.get("ID"):
        item["id"] = record["ID"][0]
    dates = [d for tag in ("DA", "PY", "Y1") for v in record.get(tag, []) if (d := ris_date(v))]
    if dates:
        item["issued"] = max(dates, key=len)  # the most complete: DA 2022/05/04 beside PY 2022
    access = [d for v in record.get("Y2", []) if (d := ris_date(v))]
    if access:
        item["accessed"] = access[0]
    kind = (record.get("TY") or [""])[0]
    if kind in RIS_TYPES:
        item["type"] = RIS_TYPES[kind]
    # RIS writes a person as `Last, First`; a name without a comma is an organization, which
    # pandoc splits like a person's (Example Institute for Policy Studies -> family 'Policy Studies').
    whole = {" ".join(v.split()) for tag in NAME_TAGS for v in record.get(tag, []) if v and "," not in v}
    for role, names in list(item.items()):
        if isinstance(names, list) and names and all(isinstance(n, dict) for n in names):
            item[role] = [{"literal": _spelled(n)} if _spelled(n) in whole else n for n in names]
    return item


NAME_TAGS = ("AU", "A1", "A2", "A3", "A4", "ED", "TA")
_NAME_PARTS = ("given", "dropping-particle", "non-dropping-particle", "family", "suffix")


def _spelled(name: dict) -> str:
    """A CSL name as RIS wrote it without a comma: its parts in reading order."""
    if "literal" in name:
        return " ".join(str(name["literal"]).split())
    return " ".join(" ".join(str(name[k]) for k in _NAME_PARTS if name.get(k)).split())
