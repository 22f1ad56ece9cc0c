"""A brief's language: its fixed strings, dates, quotation marks and the CSL locale of its notes.

Each language has a small catalogue, `briefbuild/locales/<lang>.toml`: the words the templates
print ("Key findings", "Page 1 of 4"), the quotation marks direct quotes stand in and the
patterns of a paraphrase and of a person's introduction. Dates and plural rules come from Babel
(CLDR). A region (`en-GB`, `fr-CA`) uses its language's catalogue and its own date format.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from markupsafe import Markup, escape

from ..errors import ToolError
from ..inputs.models import LANGUAGES

# pandoc's citeproc takes a CSL locale; a bare language gets CSL's usual region.
CSL_LOCALES = {"en": "en-US", "fr": "fr-FR", "de": "de-DE", "es": "es-ES", "ja": "ja-JP"}


@dataclass(frozen=True)
class Marks:
    open: str
    close: str
    inner_open: str  # for quotes inside quotes (not applied yet: ’ is also the apostrophe)
    inner_close: str
    punctuation_inside: bool  # American English: "…," ; elsewhere the comma follows the marks


@dataclass(frozen=True)
class Language:
    """Everything language-dependent a template prints."""

    tag: str  # as the brief gives it: en, en-GB, ja
    strings: dict[str, str]
    marks: Marks

    @property
    def base(self) -> str:
        return self.tag.split("-")[0]

    @property
    def csl_locale(self) -> str:
        return self.tag if "-" in self.tag else CSL_LOCALES.get(self.base, self.tag)

    @property
    def babel_locale(self) -> str:
        return self.tag.replace("-", "_")

    def __call__(self, key: str, **values) -> str:
        """The catalogue's text for `key` with {placeholders} filled; values are not escaped here
        (Jinja escapes what a template prints; see `markup` for HTML values)."""
        return self.strings[key].format(**values)

    def plural(self, key: str, n: int) -> str:
        """`key_one` or `key_other` (or the language's other CLDR forms) for the number n."""
        from babel import Locale
        form = Locale.parse(self.babel_locale).plural_form(n)
        text = self.strings.get(f"{key}_{form}") or self.strings[f"{key}_other"]
        return text.format(n=n)

    def markup(self, key: str, **values) -> Markup:
        """The catalogue's text with HTML values (already Markup) filled in; the rest escaped."""
        return Markup(escape(self.strings[key])).format(**values)

    def date(self, iso: str) -> str:
        """A long date in the language's form: December 12, 2022 · 12 décembre 2022 · 2022年12月12日."""
        from babel.dates import format_date
        return format_date(date.fromisoformat(iso), format="long", locale=self.babel_locale)

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


@lru_cache(maxsize=16)
def language(tag: str) -> Language:
    """The catalogue of a language tag (validated by the brief model: xx or xx-YY)."""
    base = tag.split("-")[0]
    if base not in LANGUAGES:
        raise ToolError(f"no catalogue for language '{tag}': briefs can be written in {', '.join(LANGUAGES)}")
    try:
        data = tomllib.loads((resources.files("briefbuild") / "locales" / f"{base}.toml").read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ToolError(f"the catalogue of '{base}' cannot be read: {exc}") from None
    return Language(tag, data["text"], Marks(**data["quotes"]))
