"""Stage 5, cite: notes and bibliography formatted by a real CSL processor (pandoc's citeproc).

All briefs of a build go to one pandoc process (a Lua script runs citeproc once per
brief), so the process start-up is paid once, not per brief.
"""
from __future__ import annotations

import json
import re
import subprocess
import unicodedata
from functools import lru_cache
from html import escape
from importlib import resources

from ..errors import RenderError, ToolError
from ..inputs.csl import NAME_FIELDS, csl_json
from ..inputs.locators import merge
from ..inputs.project import Project
from ..patterns import lazy
from ..styles import citation_format, sorts_by_author_then_title, style_path
from .citeforms import citation_mark, citations, in_japanese, japanese_locator, japanese_style, joined
from .compose import Cite, Document
from .i18n import language, other_language
from .sanitize import safe_html
from .titlecase import keep_lowercase

# A locator's label as pandoc reads it: a term of the notes' own CSL locale (pandoc knows only those,
# so "para. 2" in a German brief would print as text after the citation, not as its locator), in
# the long form, from which the style prints its own (paras., Abs., paragr., S.).
LOCATOR_TERMS = {
    "en": {"paragraph": "paragraph", "page": "page", "section": "section", "chapter": "chapter", "line": "line"},
    "fr": {"paragraph": "paragraphe", "page": "page", "section": "section", "chapter": "chapitre", "line": "ligne"},
    "de": {"paragraph": "Absatz", "page": "Seite", "section": "Abschnitt", "chapter": "Kapitel", "line": "Zeile"},
    "es": {"paragraph": "párrafo", "page": "página", "section": "sección", "chapter": "capítulo", "line": "línea"},
    "ja": {"paragraph": "段落", "page": "ページ", "section": "節", "chapter": "章", "line": "行"},
}


@lru_cache(maxsize=1)
def pandoc_path() -> str:
    try:
        import pypandoc
        return pypandoc.get_pandoc_path()
    except (ImportError, OSError) as exc:
        raise ToolError(f"pandoc not found ({exc}): pip install pypandoc-binary") from None


def csl_item(project: Project, source_id: str) -> dict:
    """A source as CSL-JSON: every bibliographic field it has, nothing invented."""
    return csl_json(project.sources[source_id], source_id)


def merged(cites: tuple[Cite, ...]) -> list[Cite]:
    """Citations of one source with the same kind of locator in one note become one citation
    with one locator (paras. 6–7, pp. 23–25, 31), in the order they first appear."""
    groups: dict[tuple[str, str], list[str]] = {}
    for c in cites:
        groups.setdefault((c.source, c.label), []).append(c.locator)
    return [Cite(source, label, merge(label, locators)) for (source, label), locators in groups.items()]


def _locator(c: Cite, locale: str) -> str:
    # A timestamp has no term, so it goes in braces.
    language = locale.split("-")[0]
    terms = LOCATOR_TERMS.get(language, LOCATOR_TERMS["en"])
    if c.label == "paragraph" and language == "ja":
        # Japanese numbers a paragraph, 第2段落 (第6–7段落, 第3、5段落); the ja-JP locale's short term is
        # the English 'para', and a label always precedes the number, so the whole locator goes in braces,
        # which every style prints as written.
        return "{第" + c.locator.replace(", ", "、").replace("-", "–") + "段落}"
    return f"{{{c.locator}}}" if c.label == "timestamp" else f"{terms[c.label]} {c.locator}"


def note_markdown(cites: tuple[Cite, ...], prefix: str = "", locale: str = "en-US", marked: bool = False,
                  japanese_form: bool = False, hearings: frozenset[str] = frozenset()) -> str:
    """A note as pandoc's markdown: `marked`, each citation ends with its numbered marker (citeforms);
    in the Japanese form every locator is written whole (12頁, 第2段落), as that style prints it."""
    # Ids and locators are validated patterns, so this markdown cannot be injected into.
    def one(k: int, c: Cite) -> str:
        where = "{" + japanese_locator(c.label, c.locator) + "}" if japanese_form else _locator(c, locale)
        if c.source in hearings and c.label == "page" and not japanese_form:
            # printed after the Congress, as written (unmark moves it there): `118th Cong. 45–46 (2023)`
            where = "{" + _HEARING_PAGE + c.locator.replace("-", "–") + _HEARING_PAGE + "}"
        return f"@{{{prefix}{c.source}}}, {where}" + (citation_mark(k) if marked else "")
    return "[" + "; ".join(one(k, c) for k, c in enumerate(merged(cites))) + "]"


# A locator's label never ends a line apart from its number (p. 3, paras. 6–7, Abs. 2, paragr. 4).
_LABEL_SPACE = lazy(r"\b((?:pp?|paras?|paragr|secs?|sect|chaps?|ll?|S|Abs|Abschn|Kap|Z|párrs?|secc?|caps?)\.|"
                    r"paras?) (?=[0-9ivxlcdm])")  # en-GB writes paras without a full stop
_LINK = lazy(r'<a href="([^"]*)">(https?://[^<]*)</a>')


LONG_PIECE = 40


def _breakable(url: str) -> str:
    """A URL's text in unbreakable pieces, with a break allowed only after a slash or before a
    dot or a hyphen: no hyphen is ever inserted, and a line never ends with a hyphen of the URL."""
    pieces = re.split(r"(?<=/)(?!/)|(?=[.-])", url)
    # A piece longer than a line may break anywhere (the print CSS's overflow-wrap), or it runs off the page.
    return "<wbr>".join(f'<span class="nobr">{p}</span>' if len(p) <= LONG_PIECE else p for p in pieces if p)


# A title's own ?, ! or final period, then the style's period: pandoc's citeproc compares the
# punctuation only where no closing quote or markup stands between (jgm/citeproc#179, fixed after
# the pandoc we ship), so `“Is NATO Obsolete?.”`, `Is NATO Obsolete?. (2024`, `“Talks with the U.S..”`.
# Chicago (6.119, 6.124) and APA print the title's mark alone. An ellipsis and its period stay (`Wait....`),
# and a URL's text is never touched (no </a> among the closers).
_DOUBLED = lazy(r"(?<![.])([.?!])((?:</(?:i|em|b|strong|span)>|[”’\"»])*)\.(?![\w.])")


def typeset(html: str) -> str:
    html = _DOUBLED.sub(r"\1\2", html)
    html = _LABEL_SPACE.sub("\\1\u00a0", html)
    return _LINK.sub(lambda m: f'<a class="url" href="{m[1]}">{_breakable(m[2])}</a>', html)


# Briefs that share a style share one citeproc run (parsing a CSL style costs ~30 ms; a note ~1 ms).
# Each brief gets its own copy of every reference (id "k/source"), so "first", "subsequent" and
# "ibid." never reach across briefs, and an invisible mark in every printed field, so copies
# never look alike and the style never "disambiguates" one brief's source against another's.
_MARKS = "\u2061\u2062\u2063"
_MARKED_FIELDS = ("title", "title-short", "container-title", "container-title-short", "collection-title",
                  "publisher", "event-title")


def _mark(k: int) -> str:
    digits = ""
    k += 1
    while k:
        k, r = divmod(k, 3)
        digits += _MARKS[r]
    return "\u2064" + digits


# A report, law or resolution number is one identifier, but citeproc reads any hyphen between
# digits as a range and labels it plural (Pub. L. Nos. 118-31, Working Paper nos. 2023-14). One
# source has one number, so digits joined by hyphens are never a range of them, even when they
# rise (Pub. L. No. 117-167 is the 167th law of the 117th Congress): its hyphens go to citeproc as
# this character, which it prints as written; unmark gives the hyphens back. Like every marker
# here it is one the input can never hold (chars.py refuses it in any YAML): a private-use
# character was one an editor's title could hold, and unmark turned it into a hyphen in print.
_HYPHEN = "\u206a"


def _identifier(number: str) -> str:
    parts = number.split("-")
    if len(parts) > 1 and all(p.isdecimal() for p in parts):  # not '²', which isdigit() accepts
        return _HYPHEN.join(parts)
    return number


# A court case's number is a docket number, or several: Chicago (14.269-14.281, after the Bluebook
# 10.8.1(a)) labels one `No. 20-1530` and several `Nos. 20-1530, 20-1778`. citeproc labels only a
# number it reads as numeric and makes the label plural at any hyphen, so 20-1530 printed `Nos.` and
# 22A123 no label. A case's docket numbers go to citeproc as a stand-in it reads as one number
# (`…0`) or several (`…0,0`): their text as caseless letters (Yi syllables: citeproc's numeric test
# skips letters at a number's ends, and only letters), then the 0s; unmark gives the text back. The
# style still decides whether and how to label (`No.`, `Nos.`, or nothing). The input may hold Yi
# syllables (a title `ꀱꀲ0` printed `12`), so every one the input gives goes to citeproc behind
# _LETTER_GUARD, a character the input cannot hold (chars.py), and unmark decodes only a run with
# no guard in it, then takes the guards out: no text of an editor's can read as a stand-in.
_DOCKET = r"\d[A-Za-z0-9]*(?:[-:/.][A-Za-z0-9]+)*(?: \([A-Z]+\))?"  # 20-1530, 22A123, 1:20-cv-03010 (APM)
_DOCKETS = lazy(rf"{_DOCKET}(?:(?:\s*[,;&]\s*(?:and\s+)?|\s+and\s+){_DOCKET})*")
_DOCKET_SPLIT = lazy(r"[,;&]|\s+and\s+")
_LETTERS = 0xA000  # printable ASCII + this: Yi syllables (Lo, left to right, no case)
_LETTER_RUN = "[\uA020-\uA07E]"
_LETTER_GUARD = "\u206d"
_GUARDED = lazy(f"(?={_LETTER_RUN})")
_STAND_IN = lazy(f"(?<![{_LETTER_GUARD}\uA020-\uA07E])({_LETTER_RUN}+)0(?:,0)?")
_UNGUARDED_KEYS = ("id", "type", "URL", "DOI", "ISBN", "ISSN", "language")


def guard_letters(item: dict) -> dict:
    """The item with each of the stand-in's letters the input holds (in any field or name) behind a guard."""
    def guard(value):
        if isinstance(value, str):
            return _GUARDED.sub(_LETTER_GUARD, value)
        if isinstance(value, dict):
            return {k: guard(v) for k, v in value.items()}
        if isinstance(value, list):
            return [guard(v) for v in value]
        return value
    return {k: v if k in _UNGUARDED_KEYS else guard(v) for k, v in item.items()}


def _docket(number: str) -> str | None:
    if not _DOCKETS.fullmatch(number):
        return None  # a label written in (No. 5), a case number of another shape: as written
    several = len(_DOCKET_SPLIT.split(number)) > 1
    return "".join(chr(_LETTERS + ord(c)) for c in number) + ("0,0" if several else "0")


def _number(item: dict) -> str:
    docket = _docket(item["number"]) if item.get("type") == "legal_case" else None
    return docket or _GUARDED.sub(_LETTER_GUARD, _identifier(item["number"]))


# A subtitle after a colon, or after a main title that asks or exclaims (`Is NATO Obsolete? The
# Case for…`): the short notes' title leaves it out (Chicago 13.32: "Subtitles are omitted").
_SUBTITLE = lazy(r"^(.+?(?::|[?!](?=\s+[A-Z“\"‘'(<])))\s+\S")


def short_title(item: dict) -> dict:
    """The item with a `title-short` of its main title when it has a subtitle and no short title."""
    title = item.get("title")
    if "title-short" in item or not isinstance(title, str):
        return item
    m = _SUBTITLE.match(title)
    if not m or sorted(re.findall(r"<(\w+)", m.group(1))) != sorted(re.findall(r"</(\w+)>", m.group(1))):
        return item  # never cut inside markup (`<i>Foo: Bar</i>`)
    main = m.group(1).removesuffix(":").rstrip()
    return dict(item, **{"title-short": main}) if main else item


def _plain(title: str) -> str:
    return re.sub(r"<[^>]+>", "", title).casefold().strip()


def distinct_short_titles(items: list[dict]) -> list[dict]:
    """The items with a subtitle kept (as their own short title) where leaving it out would give
    two works of one author the same short note (Chicago 13.32: the short title must tell them
    apart; `Lee, “Deterrence,”` for `Deterrence: Old Problems…` and `Deterrence: New Problems…`)."""
    def key(item: dict) -> str:
        return json.dumps(item.get("author") or item.get("editor"), sort_keys=True)
    shortened = [short_title(i) for i in items]
    seen: dict[tuple[str, str], int] = {}
    for i in shortened:
        if isinstance(i.get("title"), str):
            k = (key(i), _plain(str(i.get("title-short", i["title"]))))
            seen[k] = seen.get(k, 0) + 1
    out = []
    for item, short in zip(items, shortened, strict=True):
        cut = "title-short" in short and "title-short" not in item
        if cut and seen[(key(short), _plain(short["title-short"]))] > 1:
            item = dict(item, **{"title-short": item["title"]})
        out.append(item)
    return out


_NAME_KEYS = tuple(f.replace("_", "-") for f in NAME_FIELDS)

# A field in a right-to-left script (an Arabic title, a Hebrew publisher) goes to citeproc between
# Unicode's isolate marks, so the bidi algorithm orders it as one unit among the note's left-to-right
# punctuation and numbers: `(وزارة المياه, 2022)` otherwise reads `(2022 ,وزارة المياه)`. Browsers and
# Word order isolates and draw nothing for them; WeasyPrint 70 draws nothing for them either but
# still misorders such a note in the PDF (a known gap, in the README). Family and given names are left
# as they are: isolated apart, an Arabic given name and family name would print in the wrong order.
_FSI, _PDI = "\u2068", "\u2069"
_NOT_ISOLATED = ("id", "type", "URL", "DOI", "ISBN", "ISSN", "language")


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def isolate_rtl(item: dict) -> dict:
    """The item with every field (and literal name) that holds right-to-left text between FSI and PDI."""
    out = dict(item)
    for key, value in item.items():
        if isinstance(value, str) and key not in _NOT_ISOLATED and _right_to_left(value):
            out[key] = _FSI + value + _PDI
        elif key in _NAME_KEYS and isinstance(value, list):
            out[key] = [dict(n, literal=_FSI + n["literal"] + _PDI) if _right_to_left(n.get("literal", "")) else n
                        for n in value]
    return out


# A source's CSL `language`, when it is not the brief's, goes around each of its fields in the
# item's own language as Unicode's language tag characters (U+E0001, the tag in U+E0020-E007E,
# U+E007F to close): citeproc carries them through as text, its sorting ignores them, and the
# formatted note or entry gets a <span lang> there instead (WCAG 2.1 SC 3.1.2: an Arabic title
# in an English note is read as Arabic). Names are left out: a language is not a name's.
_LANG_OPEN, _LANG_CLOSE = "\U000E0001", "\U000E007F"
_LANGUAGE_FIELDS = _MARKED_FIELDS
_LANG_SPAN = lazy("\U000E0001([\U000E0020-\U000E007E]+)(.*?)\U000E007F", re.S)
_LANG_TAG = lazy(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


def tag_language(item: dict, page: str) -> dict:
    """The item with its fields in its own language marked for a <span lang>, when that is not the page's."""
    lang = other_language(item.get("language"), page)
    if not lang:
        return item
    mark = _LANG_OPEN + "".join(chr(0xE0000 + ord(c)) for c in lang)
    return {**item, **{k: mark + v + _LANG_CLOSE for k, v in item.items() if k in _LANGUAGE_FIELDS and isinstance(v, str)}}


def language_spans(html: str) -> str:
    """citeproc's HTML with each marked field in a <span lang>, and no tag character left."""
    def span(m: re.Match) -> str:
        lang = "".join(chr(ord(c) - 0xE0000) for c in m.group(1))
        return f'<span lang="{lang}">{m.group(2)}</span>' if _LANG_TAG.fullmatch(lang) else m.group(2)
    return re.sub("[\U000E0001-\U000E007F]", "", _LANG_SPAN.sub(span, html))


# A social-media post's title is its text (Chicago 14.106), a sentence: like any quoted sentence its
# closing period gives way to the note's comma (`… back in 1993,” X, April 17, 2015`), and the
# style puts one back where the entry ends. An abbreviation's period stays (`… with the U.S.,”`).
_ABBREVIATION = lazy(r"(?:\b(?:[A-Za-z]\.)+|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Dr|Mr|Mrs|Ms|etc|al|vs|v|No)\.|\.\.)$")
# The author's handle, written as the name's suffix (`suffix: '@SecBlinken'`), follows the name in
# parentheses, `Antony Blinken (@SecBlinken)`, and is left out of short notes, as suffixes are; this
# marker opens it so unmark can take out the comma a style sets before a suffix (`Blinken, Antony, (@…)`).
_HANDLE = "\u206c"


def social(item: dict) -> dict:
    """A post's title without its closing period, and every handle in parentheses after the name."""
    out = dict(item)
    title = item.get("title")
    if item.get("type") == "post" and isinstance(title, str) and title.endswith(".") and not _ABBREVIATION.search(title):
        out["title"] = title[:-1]
    for key in _NAME_KEYS:
        if key in item and any(str(n.get("suffix", "")).lstrip("(").startswith("@") for n in item[key]):
            out[key] = [dict(n, suffix=f"{_HANDLE}({n['suffix'].strip('()')})")
                        if str(n.get("suffix", "")).lstrip("(").startswith("@") else n for n in item[key]]
    return out


# An organization's abbreviation (`{literal: International Institute for Strategic Studies, short: IISS}`):
# Chicago gives the full name, then the abbreviation in parentheses, in the first note and the
# bibliography (filed under the full name), and the abbreviation alone in short notes. citeproc has
# no short form of a literal name, but prints a family name alone in short forms and with its suffix
# in long ones: the name goes to it as a family name (the full name and the abbreviation between cuts) with a
# marker for a suffix, and unmark prints `Full (ABBR)` where the suffix follows, `ABBR` where it does
# not. Sorting ignores the marks, so the entry files under the full name. Characters the input cannot hold.
_ORG_OPEN, _ORG_CUT, _ORG_LONG = "\u206e", "\u206f", "\u2060"
_ORG = lazy(f"{_ORG_OPEN}([^{_ORG_CUT}]*){_ORG_CUT}([^{_ORG_CUT}]*){_ORG_CUT}([\u2061-\u2064]*)([,;]?\\s*{_ORG_LONG})?")


def abbreviated(item: dict) -> dict:
    """Organizations with an abbreviation as names whose short form is the abbreviation."""
    def name(n: dict) -> dict:
        if "short" not in n:
            return n
        return {"family": _ORG_OPEN + n["literal"] + _ORG_CUT + n["short"] + _ORG_CUT, "suffix": _ORG_LONG}
    found = {k: [name(n) for n in v] for k, v in item.items() if k in _NAME_KEYS and any("short" in n for n in v)}
    return {**item, **found} if found else item


def _organization(m: re.Match) -> str:
    return f"{m[1]}{m[3]} ({m[2]})" if m[4] else f"{m[2]}{m[3]}"


# A podcast's or a video's `medium` names the kind of work, which Chicago 18 (14.163-14.167) gives
# before the date, as the style prints a `genre` (`“Fees,” podcast, The Daily, April 4, 2024, 12:35,
# URL`); as a `medium` it printed after the date and the locator (`April 4, 2024, 12:35, podcast, URL`),
# where Chicago keeps a format (`MP3 audio`, `audio`, `DVD`), which stays a medium.
_KINDS_OF_WORK = ("podcast", "video", "video podcast", "webcast")


def medium_as_kind(item: dict) -> dict:
    """A source whose medium is a kind of work (podcast, video) and that has no genre, with it as its genre."""
    medium = item.get("medium")
    if "genre" in item or not isinstance(medium, str) or medium.strip().casefold() not in _KINDS_OF_WORK:
        return item
    return {**{k: v for k, v in item.items() if k != "medium"}, "genre": medium.strip().casefold()}


# Types whose style prints `authority` itself (a court, a legislature, a standards body, a patent
# office). Any other kind of work by a body (a UN resolution as `document`, an agency's `report`)
# is filed under that body, as Chicago files a work with no personal author (14.305 on
# international bodies: `UN Security Council, Resolution 7, …`); the style printed nothing of it.
_PRINTS_AUTHORITY = frozenset({"legal_case", "bill", "hearing", "legislation", "regulation", "treaty", "standard",
                               "patent"})


def issuing_body(item: dict) -> dict:
    """A work with an `authority` and no author or editor, whose style would leave the authority out:
    the body as its author (a literal name, never split)."""
    body = item.get("authority")
    if item.get("type") in _PRINTS_AUTHORITY or not isinstance(body, str) or item.get("author") or item.get("editor"):
        return item
    return {**{k: v for k, v in item.items() if k != "authority"}, "author": [{"literal": body}]}


# citeproc takes a given name of one letter for an initial and adds the style's initialize-with
# (`佐藤健., 日本の安全保障`), but a letter of a script without case (健, 伟) is a whole given name. It
# goes to citeproc with a guard after it (a character the input cannot hold, taken out by unmark).
def whole_given_names(item: dict) -> dict:
    """Names whose given name is one caseless letter, with that letter guarded from initializing."""
    def name(n: dict) -> dict:
        given = n.get("given")
        if isinstance(given, str) and len(given) == 1 and given.isalpha() and given.lower() == given.upper():
            return dict(n, given=given + _LETTER_GUARD)
        return n
    found = {k: [name(n) for n in v] for k, v in item.items() if k in _NAME_KEYS and isinstance(v, list)}
    return {**item, **found} if found else item


# A U.S. congressional hearing (Chicago 14.299, after the Bluebook 13.3): `title` is the subject title on
# its cover, `section` the committee (Zotero's export of a hearing's committee), `chapter-number` the
# Congress and session (`118th Cong., 1st sess.`), `issued` the date, `number` the serial number
# (`S. Hrg. 118-45`) and `author` the witness whose statement it is. The note reads
# `Title: Hearing Before the Committee on Armed Services, 118th Cong. 45 (2023) (statement of Jane Doe).`
# The Chicago style's Bluebook form read `number` as a bill (`Hearing on S. Hrg. 118-45`), printed the
# chamber before the Congress and the page at the end: the hearing goes to citeproc with the title on
# its cover spelled out, the Congress alone and a mark after it where unmark moves a page locator
# (which note_markdown writes between marks), and the witness after a mark that makes `testimony of`
# Chicago's `statement of`. Characters the input cannot hold.
_AFTER_CONGRESS, _HEARING_PAGE, _WITNESS = "\u180e", "\u200b", "\ufeff"
_CONGRESS = lazy(r"\d+(?:st|nd|rd|th|d) Cong\.")
_MOVED_PAGE = lazy(f"{_AFTER_CONGRESS}((?:(?!{_AFTER_CONGRESS})[^{_HEARING_PAGE}])*?),? "
                   f"{_HEARING_PAGE}([^{_HEARING_PAGE}]*){_HEARING_PAGE}")


def hearing(item: dict) -> dict:
    """A hearing as citeproc prints Chicago's form of it."""
    if item.get("type") != "hearing":
        return item
    out = {k: v for k, v in item.items() if k not in ("section", "number", "authority", "chapter-number")}
    title, committee = item.get("title"), item.get("section")
    if isinstance(title, str) and isinstance(committee, str) and "hearing" not in title.casefold():
        out["title"] = f"{title}: Hearing Before the {committee}"
        out.setdefault("title-short", title)
    congress = _CONGRESS.match(str(item.get("chapter-number", "")))
    if congress:
        out["chapter-number"] = congress.group(0) + _AFTER_CONGRESS
    if "author" in item:
        out["author"] = [{**n, **({"family": _WITNESS + n["family"]} if "family" in n else {}),
                          **({"literal": _WITNESS + n["literal"]} if "literal" in n else {})} for n in item["author"]]
    return out


# A hearing's bibliography entry (CMOS 16 14.294, kept as the bibliography form beside CMOS 17 14.299's
# and CMOS 18 14.128's Bluebook notes): the issuing body from the largest unit down, then the title,
# the Congress and session and the hearing's date:
#   U.S. Congress. Senate. Committee on Armed Services. <i>Japan’s Defense Buildup and the Alliance</i>.
#   118th Cong., 1st sess., March 15, 2023.
# The Chicago style prints the first note without its locator there. No CSL style has this form and
# citeproc's own ordering of the parts cannot give it, so the entry is composed here from the source's
# own fields, after citeproc (a post-format): a Chicago notes style, an English brief (the date in
# English: March 15, 2023, or 15 March 2023 in en-GB), a hearing of Congress (its `chapter-number`).
# The witness of a statement is the notes' (statement of …): the entry lists the hearing, once.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _entry_date(issued: dict | None, locale: str) -> str:
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    if not issued or not parts or len(parts) > 1 or issued.get("circa") or len(parts[0]) > 1 and parts[0][1] > 12:
        return ""  # none, a range, a circa date or a season: the Congress alone, nothing guessed
    year, month, day = (list(parts[0]) + [None, None])[:3]
    if not month:
        return str(year)
    if not locale.startswith("en"):
        # the brief's language's long date (its catalogue, CLDR's: 15 mars 2023, 15. März 2023,
        # 15 de marzo de 2023), or its month and year, which these languages write as the long date's end
        lang = language(locale)
        if day:
            return lang.date(f"{year:04d}-{month:02d}-{day:02d}")
        pattern = lang.date_pattern
        if pattern.find("{day}") < pattern.find("{month}"):
            return pattern[pattern.index("{month}"):].format(month=lang.months[month - 1], year=year)
        return str(year)
    name = _MONTHS[month - 1]
    if not day:
        return f"{name} {year}"
    return f"{name} {day}, {year}" if locale in ("en-US", "en") else f"{day} {name} {year}"


def _hearing_title(title: str) -> str:
    title = re.sub(r"<span[^>]*>|</span>", "", title)  # the cover's title as it gives it (nocase, small caps)
    pieces = re.split(r"(</?(?:i|b|sup|sub)>)", title)  # the rest of CSL's markup (csl._rich), then text
    title = "".join(p if k % 2 else escape(p, quote=False) for k, p in enumerate(pieces))
    # a title within the italic title is roman (CMOS 8.173), as citeproc prints it
    return re.sub(r"<i>", "<span class=\"csl-no-emph\">", re.sub(r"</i>", "</span>", title))


# The languages whose notes compose it: the date in the brief's language (a Japanese brief cites a
# hearing in the English form, citeforms). The rest of the entry is the source's own fields, in English
# as the hearing's cover gives them; nothing is translated.
_COMPOSED = ("en", "fr", "de", "es")


def hearing_entry(item: dict, locale: str) -> str | None:
    """A congressional hearing's Chicago bibliography entry, or None where it is not composed here."""
    congress = item.get("chapter-number")
    if item.get("type") != "hearing" or not isinstance(congress, str) or locale.split("-")[0] not in _COMPOSED:
        return None
    body = ["U.S. Congress"] + [escape(str(item[k]), quote=False) for k in ("authority", "section") if item.get(k)]
    title = _hearing_title(str(item["title"]))
    stop = "" if re.search(r"[.?!](</[a-z]+>)*$", title) else "."
    when = _entry_date(item.get("issued"), locale)
    tail = escape(congress, quote=False) + (f", {when}" if when else "")
    return ". ".join(p.rstrip(".") for p in body) + f". <i>{title}</i>{stop} {tail.rstrip('.')}."


def _entry_key(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).casefold()


def with_hearings(project: Project, style: str, locale: str, entries: list[dict]) -> list[str]:
    """The bibliography's entries, each hearing's in Chicago's bibliography form and filed under it
    (U.S. Congress), once however many of its statements the brief cites."""
    chicago = "chicago" in style and citation_format(style) == "note"
    out: list[str] = []
    composed: list[str] = []
    for e in entries:
        source = project.sources.get(e["id"].split("/", 1)[-1])
        own = hearing_entry(csl_json(source, "h"), locale) if chicago and source and source.type == "hearing" else None
        if own is None:
            out.append(e["html"])
        elif own not in composed:
            composed.append(own)
    for own in composed:  # filed where its first words fall among the entries citeproc ordered
        at = next((k for k, html in enumerate(out) if _entry_key(html) > _entry_key(own)), len(out))
        out.insert(at, own)
    return out


# A title in another language with its English translation (Chicago 17 14.98, 18 13.101): the
# translation follows the title in brackets, in sentence case, neither italic nor quoted, in the first
# note and the bibliography, never in short notes (`W. Kern, “Waar verzamelde Pigafetta zijn Maleise
# woorden?” [Where did Pigafetta collect his Malaysian words?], Tijdschrift …`). CSL has no variable
# for it: it goes to citeproc at the end of the title between marks (a nocase span inside, so an
# English style never title-cases it), with the title alone as the short title, and unmark moves it
# out of the title's italics, quotation marks and language span, before the punctuation citeproc set
# inside the quotation marks. Only English briefs print it: it is an English reader's gloss.
_GLOSS_OPEN, _GLOSS_CLOSE = "\u202a", "\u202c"
_CLOSERS = "(?:[\u2061-\u2064]|</(?:i|em|b|strong|span)>|[”’\"»])*"
_GLOSS = lazy(f"{_GLOSS_OPEN}(.*?){_GLOSS_CLOSE}({_CLOSERS})([.,;:]?)({_CLOSERS})", re.S)


def translated_title(item: dict, gloss: bool) -> dict:
    """The item with its title's translation after the title, between marks (gloss), or without it."""
    translation = item.get("title-translated")
    out = {k: v for k, v in item.items() if k != "title-translated"}
    if not gloss or not isinstance(translation, str) or not isinstance(item.get("title"), str):
        return out
    out.setdefault("title-short", item["title"])
    out["title"] = f'{item["title"]}{_GLOSS_OPEN}<span class="nocase">{translation}</span>{_GLOSS_CLOSE}'
    return out


def for_citeproc(item: dict, gloss: bool = False) -> dict:
    """A CSL-JSON item as citeproc is given it (the export keeps the item as it is): numbers as
    identifiers, a post's text as a title, handles after names, the short title without a subtitle,
    lowercase prepositions kept out of title case, a title's translation (gloss: in an English
    brief), right-to-left fields isolated, names written family name first in that order."""
    item = translated_title(keep_lowercase(short_title(social(medium_as_kind(issuing_body(hearing(item)))))), gloss)
    item = abbreviated(family_first(whole_given_names(isolate_rtl(item))))
    number = {"number": _number(item)} if "number" in item else {}
    return {**guard_letters(item), **number}


# pandoc's citeproc ignores static-ordering: 'Kishida Fumio' printed as 'Fumio Kishida'. Given
# to it as a family name and, after it, a suffix (which it prints after the family name in a
# full note and leaves out of a short one), the name prints as written: 'Kishida Fumio', then
# 'Kishida'. Where a style inverts the first name ('Kishida, Fumio' in a bibliography) there is
# nothing to invert: the marker that opens the suffix takes the comma out again (unmark), as
# citeproc-js prints a static-ordering name ('Kishida Fumio.'). A character the input cannot hold:
# a private-use one in a title lost the comma before it in print.
_FAMILY_FIRST = "\u206b"


def family_first(item: dict) -> dict:
    """Names marked static-ordering as citeproc prints them family name first."""
    def name(n: dict) -> dict:
        if not n.get("static-ordering") or not n.get("family") or not n.get("given"):
            return {k: v for k, v in n.items() if k != "static-ordering"}
        rest = {k: v for k, v in n.items() if k not in ("static-ordering", "given", "suffix")}
        return {**rest, "suffix": _FAMILY_FIRST + " ".join(p for p in (n["given"], n.get("suffix")) if p)}
    found = {k: [name(n) for n in v] for k, v in item.items()
             if k in _NAME_KEYS and any(n.get("static-ordering") for n in v)}
    return {**item, **found} if found else item


# An updated article (Chicago 17 14.191, 18 14.89): `issued` is the date of the revision, `status`
# says what kind (`updated`), `original-date` the first publication, if the source gives it. The
# Chicago 18 styles print a webpage's original date, then the status and the revision date (CMOS18
# 14.104: `January 2, 2024, updated January 3, 2024`), but drop a news or magazine article's original
# date (`updated January 3, 2024` alone) and capitalize its status in the bibliography after the
# periodical's name (`The Daily, Updated January 3, 2024`). Such an article goes to those styles as a
# webpage, its periodical's name in italics as the article's is, which prints both dates in the order
# Chicago gives them. Only an article cited by date (no volume, issue, page, section or edition,
# which a webpage does not print) is re-typed, and not an unsigned one with one date, whose entry
# opens with the periodical's name and `Updated` starts a sentence there, as the style prints it.
# The status `updated` prints in the notes' language.
_REVISED_TYPES = ("article-newspaper", "article-magazine")
_NOT_ON_A_WEBPAGE = ("volume", "issue", "page", "section", "edition", "number")


@lru_cache(maxsize=64)
def _dates_revisions_of_webpages(style: str) -> bool:
    """Whether the style is built from the Chicago 18 template, which dates a revised webpage as Chicago does."""
    try:
        return "CMOS18 14.104" in style_path(style).read_text("utf-8")
    except (KeyError, OSError):
        return False


# The status opens a sentence of a bibliography entry where the entry has no other date (a webpage:
# `NATO. “About the Alliance.” Updated January 10, 2024.`), and the style printed it as written there
# (`updated January 10, 2024`): it goes to citeproc after this mark, and a status after a sentence's end
# is capitalized (entry_sentences). A character the input cannot hold; unmark takes it out.
_STATUS = "\u202b"
_STATUS_OPENS = lazy(f"([.?!][”’\"»]?(?:</[a-z]+>)*\\s+(?:<[a-z][^>]*>)*){_STATUS}(\\w)")


def entry_sentences(html: str) -> str:
    """A bibliography entry with a status that opens a sentence capitalized (`Updated`, `Mis à jour`)."""
    return _STATUS_OPENS.sub(lambda m: m[1] + m[2].upper(), html)


def revision(item: dict, style: str, updated: str) -> dict:
    """An updated article as the style prints Chicago's dates of it; the status `updated` as `updated` reads."""
    status = item.get("status")
    if not isinstance(status, str) or "issued" not in item:
        return item
    out = dict(item, status=_STATUS + updated) if status.strip().casefold() == "updated" else dict(item)
    container = item.get("container-title")
    if (item.get("type") in _REVISED_TYPES and isinstance(container, str) and "<i>" not in container
            and not any(k in item for k in _NOT_ON_A_WEBPAGE) and ("original-date" in item or "author" in item)
            and _dates_revisions_of_webpages(style)):
        out.update({"type": "webpage", "container-title": f"<i>{container}</i>"})
    return out


def unmark(text: str) -> str:
    # Every character removed or replaced here is refused in the input (chars.FORBIDDEN), so only
    # this module's own markers are touched, never an editor's text.
    text = _MOVED_PAGE.sub(r" \2\1", text)
    text = _GLOSS.sub(lambda m: f"{m[2]}{m[4]} [{m[1]}]{m[3]}", text)
    text = re.sub(f"\\(testimony of ([^)]*?){_WITNESS}", r"(statement of \1", text)
    text = re.sub(f"[{_AFTER_CONGRESS}{_HEARING_PAGE}{_WITNESS}]", "", text)
    text = _ORG.sub(_organization, text)
    text = re.sub(f"[,;]?\\s*{_FAMILY_FIRST}", " ", text)
    text = re.sub(f",?\\s*{_HANDLE}", " ", text)
    text = _STAND_IN.sub(lambda m: escape("".join(chr(ord(c) - _LETTERS) for c in m[1]), quote=False), text)
    return re.sub(f"[\u2061-\u2064{_LETTER_GUARD}{_GLOSS_OPEN}{_GLOSS_CLOSE}{_STATUS}]", "", text).replace(_HYPHEN, "-")


def _marked_item(item: dict, k: int) -> dict:
    mark = _mark(k)
    item = dict(item, id=f"{k}/{item['id']}")
    for field in _MARKED_FIELDS:
        if field in item:
            item[field] = item[field] + mark
    for field in _NAME_KEYS:
        if field in item:
            item[field] = [{**a, **({"family": a["family"] + mark} if "family" in a else {}),
                            **({"literal": a["literal"] + mark} if "literal" in a else {})} for a in item[field]]
    return item


def _revised(project: Project, sid: str, doc: Document) -> dict:
    return revision(csl_item(project, sid), doc.style, doc.language("updated"))


def _items(project: Project, doc: Document) -> list[dict]:
    return distinct_short_titles([_revised(project, sid, doc) for sid in doc.source_ids])


def _glossed(doc: Document) -> bool:
    """Whether the brief prints a title's English translation: in English, the reader's language."""
    return doc.language.base == "en"


def _hearings(project: Project, doc: Document) -> frozenset[str]:
    return frozenset(sid for sid in doc.source_ids if project.sources[sid].type == "hearing")


def group_request(project: Project, docs: list[Document]) -> dict:
    """One citeproc run for briefs that share a style."""
    references, notes = [], []
    for k, doc in enumerate(docs):
        references += [_marked_item(tag_language(for_citeproc(item, _glossed(doc)), doc.language.tag), k)
                       for item in _items(project, doc)]
        notes += [note_markdown(note.cites, f"{k}/", doc.language.csl_locale, hearings=_hearings(project, doc))
                  for note in doc.notes]
    return {"csl": str(style_path(docs[0].style)), "lang": docs[0].language.csl_locale,
            "references": references, "notes": notes}


def two_forms(doc: Document) -> bool:
    """A Japanese brief in a note style: each source is cited in the form of its own language (citeforms)."""
    return doc.language.base == "ja" and citation_format(doc.style) == "note"


def form_requests(project: Project, doc: Document) -> list[dict]:
    """A Japanese brief's two citeproc runs, with every source and note: the brief's style as an
    English brief has it (en-US: dates, labels and `updated` in English), then the Japanese form."""
    runs = []
    for japanese in (False, True):
        updated = doc.language("updated") if japanese else language("en")("updated")
        items = distinct_short_titles([revision(csl_item(project, sid), doc.style, updated) for sid in doc.source_ids])
        locale = "ja-JP" if japanese else "en-US"
        runs.append({"csl": str(japanese_style() if japanese else style_path(doc.style)), "lang": locale,
                     "references": [tag_language(for_citeproc(item), doc.language.tag) for item in items],
                     "notes": [note_markdown(n.cites, "", locale, marked=True, japanese_form=japanese,
                                             hearings=_hearings(project, doc)) for n in doc.notes]})
    return runs


def request_for(project: Project, doc: Document) -> dict:
    """One citeproc run for one brief, unmarked: the reference the batched runs are tested against
    (a Japanese brief in a note style: its two runs)."""
    if two_forms(doc):
        return {"forms": form_requests(project, doc)}
    return {"csl": str(style_path(doc.style)), "lang": doc.language.csl_locale,
            "references": [tag_language(for_citeproc(item, _glossed(doc)), doc.language.tag)
                           for item in _items(project, doc)],
            "notes": [note_markdown(note.cites, "", doc.language.csl_locale, hearings=_hearings(project, doc))
                      for note in doc.notes]}


def run_citeproc(groups: list[dict]) -> list[dict]:
    payload = json.dumps({"groups": groups})
    script = resources.files("briefbuild") / "lua" / "citeproc.lua"
    with resources.as_file(script) as path:
        try:
            run = subprocess.run([pandoc_path(), "lua", str(path)], input=payload, capture_output=True,
                                 text=True, encoding="utf-8", timeout=600)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ToolError(f"cannot run pandoc: {exc}") from None
    if run.returncode != 0:
        raise ToolError(f"pandoc citeproc failed: {run.stderr.strip()[:2000]}")
    return json.loads(run.stdout)


_ARTICLE = lazy(r"(?i)^(the|an?)\s+")


def _title(item: dict, drop_article: bool) -> str:
    title = re.sub(r"<[^>]+>", "", item.get("title", "")).casefold()
    english = str(item.get("language", "en")).lower().startswith("en")
    return _ARTICLE.sub("", title) if drop_article and english else title


def article_order(project: Project, style: str, entries: list[dict]) -> list[dict]:
    """A bibliography sorted by author, then title, with one author's titles in the order of
    their first word after an initial article (Chicago, MLA: `The Alliance…` files under A).
    pandoc's citeproc compares whole titles; a run of one author's entries it sorted by whole
    title is re-sorted, anything else is left as citeproc gave it."""
    if len(entries) < 2 or not sorts_by_author_then_title(style):
        return entries
    items = [csl_item(project, e["id"].split("/", 1)[-1]) for e in entries]
    names = [json.dumps(i.get("author") or i.get("editor"), sort_keys=True) if i.get("author") or i.get("editor")
             else None for i in items]
    out: list[dict] = []
    k = 0
    while k < len(entries):
        end = k + 1
        while end < len(entries) and names[k] is not None and names[end] == names[k]:
            end += 1
        run = list(range(k, end))
        if len(run) > 1 and run == sorted(run, key=lambda j: _title(items[j], False)):
            run.sort(key=lambda j: _title(items[j], True))
        out += [entries[j] for j in run]
        k = end
    return out


def cite(project: Project, docs: list[Document], batch: bool = True) -> None:
    """Fill every document's notes and bibliography in place."""
    if not docs:
        return
    paired = [d for d in docs if two_forms(d)]
    docs = [d for d in docs if not two_forms(d)]
    requests = [r for d in paired for r in form_requests(project, d)]
    if not batch:
        results = run_citeproc(requests + [request_for(project, d) for d in docs])
        for doc, result in zip(docs, results[len(requests):], strict=True):
            _resolved([doc], result)
            _fill(doc, result["notes"], with_hearings(project, doc.style, doc.language.csl_locale,
                                                      article_order(project, doc.style, result["bibliography"])))
    else:
        by_style: dict[str, list[Document]] = {}
        for doc in docs:
            # Numeric styles number sources in order of first citation: one run per brief for them.
            key = doc.style if citation_format(doc.style) != "numeric" else f"{doc.style}\0{doc.id}"
            key += "\0" + doc.language.csl_locale  # the notes' locale: "paras." or "Abs.", dates, quotes
            by_style.setdefault(key, []).append(doc)
        groups = list(by_style.values())
        results = run_citeproc(requests + [group_request(project, g) for g in groups]) if requests or groups else []
        for group, result in zip(groups, results[len(requests):], strict=True):
            _resolved(group, result)
            notes = iter(result["notes"])
            for k, doc in enumerate(group):
                mine = [next(notes) for _ in doc.notes]
                mine_entries = [e for e in result["bibliography"] if e["id"].startswith(f"{k}/")]
                entries = with_hearings(project, doc.style, doc.language.csl_locale,
                                        article_order(project, doc.style, mine_entries))
                _fill(doc, mine, entries)
    for k, doc in enumerate(paired):
        _fill_forms(project, doc, results[2 * k], results[2 * k + 1])


def _fill_forms(project: Project, doc: Document, western: dict, japanese: dict) -> None:
    """A Japanese brief's notes, each citation in its source's form; the bibliography's Japanese
    entries first (in the Japanese style's order), then the others in the brief's style's order."""
    _resolved([doc], western)
    is_ja = {sid: in_japanese(csl_item(project, sid)) for sid in doc.source_ids}
    notes = []
    for n, (note, w, j) in enumerate(zip(doc.notes, western["notes"], japanese["notes"], strict=True), 1):
        forms = [is_ja[c.source] for c in merged(note.cites)]
        cut_w, cut_j = citations(w), citations(j)
        if cut_w is None or cut_j is None or not len(cut_w[0]) == len(cut_j[0]) == len(forms):
            raise RenderError(f"note {n} of brief '{doc.id}': citeproc did not keep its citations apart "
                              "(an internal error: please report it with the brief)")
        notes.append(joined(forms, cut_w, cut_j))
    ours = [e["html"] for e in japanese["bibliography"] if is_ja.get(e["id"])]
    theirs = article_order(project, doc.style, [e for e in western["bibliography"] if not is_ja.get(e["id"])])
    _fill(doc, notes, ours + with_hearings(project, doc.style, "en-US", theirs))


def _resolved(group: list[Document], result: dict) -> None:
    """A citation citeproc cannot resolve is an error: never a '?' in a printed note."""
    problems = result.get("unresolved") or []
    if not problems:
        return
    first = problems[0]
    number, where = int(first.get("note", 0)), "its notes"
    for doc in group:  # group notes are numbered across the briefs of the group
        if 0 < number <= len(doc.notes):
            where = f"note {number} of brief '{doc.id}'"
            break
        number -= len(doc.notes)
    ident = str(first.get("id", "")).split("/", 1)[-1]
    what = f"citation '{ident}'" if ident else "a citation"
    raise RenderError(f"{what} in {where} could not be resolved by citeproc ({len(problems)} in all): "
                      "check that every cited source id is a file in sources/")


def _fill(doc: Document, notes: list[str], bibliography: list[str]) -> None:
    for note, html in zip(doc.notes, notes, strict=True):
        note.html = safe_html(typeset(unmark(language_spans(html))))
    # A style may give an item no entry (Chicago 18 leaves out what a reader cannot retrieve):
    # citeproc still writes an empty one, which must not print as an empty paragraph.
    doc.bibliography = [safe_html(typeset(unmark(language_spans(entry_sentences(entry))))) for entry in bibliography
                        if unmark(language_spans(entry)).strip()]
