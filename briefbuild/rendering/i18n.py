"""A brief's language: its fixed strings, dates, quotation marks and the CSL locale of its notes.

Each language has a small catalogue, `briefbuild/locales/<lang>.toml`: the words the templates
print ("Key findings", "Page 1 of 4"), the quotation marks direct quotes stand in and the
patterns of a paraphrase and of a person's introduction, the long date's pattern and month names
and which numbers take the singular. Dates and plurals are CLDR's, as Babel formats them: the
catalogue carries them so that a build does not load Babel's locale data (0.1-0.2 s per process),
and tests/unit/test_i18n.py compares every month and count with Babel. A region (`en-GB`) uses
its language's catalogue and, where CLDR differs, its own date pattern.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from markupsafe import Markup, escape

from ..errors import ToolError
from ..inputs.models import LANGUAGES
from ..quotemarks import Marks, catalogue

# pandoc's citeproc takes a CSL locale; a bare language gets CSL's usual region.
CSL_LOCALES = {"en": "en-US", "fr": "fr-FR", "de": "de-DE", "es": "es-ES", "ja": "ja-JP"}


@dataclass(frozen=True)
class Language:
    """Everything language-dependent a template prints."""

    tag: str  # as the brief gives it: en, en-GB, ja
    strings: dict[str, str]
    marks: Marks
    date_pattern: str
    months: tuple[str, ...]
    one: tuple[int, ...]  # the numbers that take the _one form

    @property
    def base(self) -> str:
        return self.tag.split("-")[0]

    @property
    def csl_locale(self) -> str:
        return self.tag if "-" in self.tag else CSL_LOCALES.get(self.base, self.tag)

    def __call__(self, key: str, **values) -> str:
        """The catalogue's text for `key` with {placeholders} filled; values are not escaped here
        (Jinja escapes what a template prints; see `markup` for HTML values)."""
        return self.strings[key].format(**values)

    def plural(self, key: str, n: int, **values) -> str:
        """`key_one` or `key_other` for the count n (CLDR's cardinal forms of our languages), with
        any other {placeholders} filled (not escaped, as in __call__)."""
        return self.strings[f"{key}_{'one' if n in self.one else 'other'}"].format(n=n, **values)

    def markup(self, key: str, **values) -> Markup:
        """The catalogue's text with HTML values (already Markup) filled in; the rest escaped."""
        return Markup(escape(self.strings[key])).format(**values)

    def title(self, title: str, subtitle: str | None) -> str:
        """A title and its subtitle on one line, as the language joins them (Japan and NATO: From …,
        Le Japon et l’OTAN : D’invité …, 日本とNATO：招待国から…). A title that ends in its own ? or !
        takes no colon after it (Chicago 14.89): the language's gap between sentences instead."""
        if not subtitle:
            return title
        if title.rstrip()[-1:] in ("?", "!", "？", "！"):
            return title + (self.strings["sentence_gap"] or "") + subtitle
        return self("title_subtitle", title=title, subtitle=subtitle)

    def date(self, iso: str) -> str:
        """A long date in the language's form: December 12, 2022 · 12 décembre 2022 · 2022年12月12日."""
        d = date.fromisoformat(iso)
        return self.date_pattern.format(day=d.day, month=self.months[d.month - 1], m=d.month, year=d.year)

    def css_content(self, key: str, **counters: str) -> str:
        """A catalogue string as a CSS `content` value: 'Page {page} of {pages}' with page=counter(page)
        becomes "Page " counter(page) " of " counter(pages)."""
        import re
        parts = []
        for piece in re.split(r"(\{[a-z]+\})", self.strings[key]):
            if piece.startswith("{") and piece.endswith("}"):
                parts.append(counters[piece[1:-1]])
            elif piece:
                parts.append('"' + piece.replace("\\", "\\\\").replace('"', '\\"') + '"')
        return " ".join(parts)


def other_language(tag: str | None, page: str) -> str:
    """`tag` when it names another language than the page's, else "": words in it need their own
    `lang` (WCAG 2.1 SC 3.1.2). A region or script of the page's own language is no change of
    language (an en-GB source in an en brief). Only a tag the data gives: nothing is guessed."""
    if not tag or tag.split("-")[0].lower() == page.split("-")[0].lower():
        return ""
    return tag


@lru_cache(maxsize=16)
def language(tag: str) -> Language:
    """The catalogue of a language tag (validated by the brief model: xx or xx-YY)."""
    base = tag.split("-")[0]
    if base not in LANGUAGES:
        raise ToolError(f"no catalogue for language '{tag}': briefs can be written in {', '.join(LANGUAGES)}")
    try:
        data = catalogue(base)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ToolError(f"the catalogue of '{base}' cannot be read: {exc}") from None
    dates = data["date"]
    region = tag.split("-")[1] if "-" in tag else ""
    pattern = dates.get("regions", {}).get(region, dates["pattern"])
    return Language(tag, data["text"], Marks(**data["quotes"]), pattern, tuple(dates["months"]),
                    tuple(data["plural"]["one"]))
