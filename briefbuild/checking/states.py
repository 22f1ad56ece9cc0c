"""The names of states, from CLDR: what a bracket names when it names a country.

Babel carries CLDR's name of every country in every language (`Japan`, `Japon`, `die Schweiz`'s
`Schweiz`, `los Estados Unidos`' `Estados Unidos`). A country is a party, never a document or an
event, and one body, never a group of people. CLDR lacks what newsrooms also call a state by: its
people (`Americans`), its capital (`Washington said`) and its initials (`the U.S.`); those are
listed here, each joined to its country's code, so one state is one group of names.

Importing Babel and reading English's CLDR data costs about 0.1 s (another language's about 10 ms more), so it
is read on first use, once per language, and only where a check needs a state.
"""
from __future__ import annotations

from functools import lru_cache

from .references import TABLES

# Two-letter codes CLDR gives that are no state: unions, the UN, pseudo-locales, the unknown region.
_NOT_STATES = frozenset("EU EZ UN QO ZZ XA XB".split())
# What CLDR lacks, by country code (a bloc the newsrooms treat as one party too: the EU).
_OTHER_NAMES = {
    "US": "us,usa,america,american,americans,washington", "GB": "uk,britain,british,briton,britons,london",
    "CN": "chinese,prc,beijing", "JP": "japanese,tokyo", "RU": "russian,russians,moscow,kremlin",
    "UA": "ukrainian,ukrainians,kyiv,kiev", "FR": "french,paris", "DE": "german,germans,berlin",
    "NL": "dutch,the hague", "PH": "philippine,filipino,filipinos,manila",
    "KR": "korea,korean,koreans,seoul,rok", "KP": "dprk,pyongyang", "TW": "taiwanese,taipei",
    "AU": "australian,australians,canberra", "IN": "indian,indians,new delhi", "IR": "iranian,iranians,tehran",
    "IL": "israeli,israelis,jerusalem", "EU": "eu,european union,brussels", "CH": "swiss,bern",
}
_LANGUAGES = tuple(TABLES)  # the languages whose references a bracket is read by
# An article a name of a country may take: `die Schweiz`, `la France`, `los Estados Unidos`, `the Netherlands`.
_ARTICLES = frozenset().union(*(table.articles for table in TABLES.values()))


@lru_cache(maxsize=8)
def _cldr(language: str) -> dict[str, str]:
    """Country name (case-folded) -> its code, in one language."""
    from babel import Locale  # here, not at import: most checks never ask

    return {name.casefold(): code for code, name in Locale(language).territories.items()
            if len(code) == 2 and code.isalpha() and code not in _NOT_STATES}


@lru_cache(maxsize=1)
def _others() -> dict[str, str]:
    return {name: code for code, names in _OTHER_NAMES.items() for name in names.split(",")}


def _languages(language: str | None) -> tuple[str, ...]:
    """English, and the source's language when CLDR is read for it here: an English project loads one table."""
    own = (language or "en").split("-")[0].lower()
    return ("en",) if own not in _LANGUAGES or own == "en" else ("en", own)


def _plain(name: str) -> str:
    words = name.replace("’", "'").replace(".", "").casefold().split()
    if words and words[0] in _ARTICLES:
        words = words[1:]
    if words and words[0].startswith("l'"):
        words[0] = words[0][2:]  # `l'Ukraine`
    return " ".join(words).removesuffix("'s").removesuffix("'")


def state_code(name: str, language: str | None = None) -> str | None:
    """The CLDR code of the state a name (with or without its article) names, or None: `Japan`,
    `die Schweiz`, `los Estados Unidos`, `the U.S.`, `Americans`, `Kyiv` each name one."""
    plain = _plain(name)
    if not plain:
        return None
    for lang in _languages(language):
        code = _cldr(lang).get(plain)
        if code:
            return code
    if plain in _others():
        return _others()[plain]
    return None


def is_country(name: str, language: str | None = None) -> bool:
    """Whether a name (with or without its article) is a country's own name in CLDR, not a demonym or a
    capital: `[die Ukraine]` names a country, as `[die USA]` does."""
    plain = _plain(name)
    return any(plain in _cldr(lang) for lang in _languages(language)) or plain in ("us", "usa", "uk")


def same_state(a: str, b: str, language: str | None = None) -> bool:
    """Whether two names name one state (`the U.S.`, `Americans`, `Washington`)."""
    code = state_code(a, language)
    return code is not None and code == state_code(b, language)


def names_of(code: str, language: str | None = None) -> set[str]:
    """Every name of one state the tables give (case-folded): CLDR's and the others."""
    out = {name for lang in _languages(language) for name, c in _cldr(lang).items() if c == code}
    return out | {name for name, c in _others().items() if c == code}


def country_names(language: str | None = None) -> set[str]:
    """CLDR's names of every country (case-folded), in English and the source's language."""
    return {name for lang in _languages(language) for name in _cldr(lang)}
