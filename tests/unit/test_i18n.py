"""The catalogues: every language has every key, and its dates and plurals are CLDR's as Babel gives them."""
from __future__ import annotations

import tomllib
from datetime import date, timedelta
from importlib import resources

import pytest
from babel import Locale
from babel.dates import format_date

from briefbuild.inputs.models import LANGUAGES
from briefbuild.rendering.i18n import language

# Regions whose long dates CLDR writes as their language does, or by a pattern in the catalogue.
# (Not de-AT: CLDR names January "Jänner" there; a region with its own month names needs its own list.)
TAGS = [*LANGUAGES, "en-GB", "en-AU", "fr-CA", "de-CH", "es-MX"]


def catalogue(lang: str) -> dict:
    return tomllib.loads((resources.files("briefbuild") / "locales" / f"{lang}.toml").read_text("utf-8"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_catalogue_has_every_key_of_the_english_one(lang):
    english, other = catalogue("en"), catalogue(lang)
    assert set(other["text"]) == set(english["text"])
    assert set(other["quotes"]) == set(english["quotes"])
    # the placeholders of each string are the same (a translation drops no value)
    import string
    for key, text in english["text"].items():
        names = {f for _, f, _, _ in string.Formatter().parse(text) if f}
        theirs = {f for _, f, _, _ in string.Formatter().parse(other["text"][key]) if f}
        # A paraphrase may do without the English verb and its 'that' ('selon Lazar, …'); nothing else drops a value.
        assert theirs == names or (key == "paraphrase" and theirs == names - {"verb", "lead"}), (lang, key)


@pytest.mark.parametrize("tag", TAGS)
def test_long_dates_are_cldrs(tag):
    lang = language(tag)
    day = date(2022, 1, 1)
    while day.year == 2022:  # every day of a year: every month, one- and two-digit days
        assert lang.date(day.isoformat()) == format_date(day, format="long", locale=tag.replace("-", "_")), day
        day += timedelta(days=1)


@pytest.mark.parametrize("tag", TAGS)
def test_plural_forms_are_cldrs(tag):
    lang, cldr = language(tag), Locale.parse(tag.replace("-", "_"))
    for n in range(0, 120):
        form = "one" if cldr.plural_form(n) == "one" else "other"
        assert lang.plural("sources", n) == lang.strings[f"sources_{form}"].format(n=n), n


@pytest.mark.parametrize("tag,csl", [("en", "en-US"), ("en-GB", "en-GB"), ("fr", "fr-FR"), ("ja", "ja-JP")])
def test_csl_locale(tag, csl):
    assert language(tag).csl_locale == csl


def test_page_numbers_become_css_content():
    page = language("ja").css_content("page", page="counter(page)", pages="counter(pages)")
    assert page == 'counter(page) " / " counter(pages) " ページ"'


# A title and its subtitle on one line: the colon as each language sets it (French: a no-break space
# before it, so it never starts a line; Japanese: the full-width colon, no space), none after ? or !.
@pytest.mark.parametrize("tag,title,subtitle,line", [
    ("en", "Japan and NATO", "From summit guest to partner", "Japan and NATO: From summit guest to partner"),
    ("en-GB", "Japan and NATO", "A partner", "Japan and NATO: A partner"),
    ("de", "Japan und die NATO", "Vom Gipfelgast zum Partner", "Japan und die NATO: Vom Gipfelgast zum Partner"),
    ("es", "Japón y la OTAN", "De invitado a socio", "Japón y la OTAN: De invitado a socio"),
    ("fr", "Le Japon et l’OTAN", "D’invité à partenaire", "Le Japon et l’OTAN\u00a0: D’invité à partenaire"),
    ("fr-CA", "Le Japon et l’OTAN", "Un partenaire", "Le Japon et l’OTAN\u00a0: Un partenaire"),
    ("ja", "日本とNATO", "招待国からパートナーへ", "日本とNATO：招待国からパートナーへ"),
    ("en", "Is NATO Obsolete?", "The Case for Reform", "Is NATO Obsolete? The Case for Reform"),
    ("fr", "L’OTAN est-elle dépassée\u00a0?", "Plaidoyer", "L’OTAN est-elle dépassée\u00a0? Plaidoyer"),
    ("ja", "NATOは時代遅れか？", "改革の論点", "NATOは時代遅れか？改革の論点"),
    ("fr", "Le Japon et l’OTAN", None, "Le Japon et l’OTAN"),
    ("ja", "日本とNATO", "", "日本とNATO"),
])
def test_title_and_subtitle_are_joined_as_the_language_does(tag, title, subtitle, line):
    assert language(tag).title(title, subtitle) == line
