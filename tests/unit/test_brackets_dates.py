"""Brackets that make a relative date explicit (Chicago 13.60-13.61; dates.py).

A speaker's `Last year we doubled exports` of 5 March 2024 is quoted `[In 2023] we doubled exports`
(the bracket replaces the expression) or `Last year [2023] we doubled exports` (it follows it). The
bracket adds a number, which other brackets may not: it stands where it gives the date the expression
implies, counted from the source's event-date or issued date, and fails with that date where it gives
another, or with the precision to add where the source's date does not give it. Before, every such
bracket was refused as adding a number, and a weekday after `yesterday` passed unchecked.
"""
from __future__ import annotations

import pytest
from quotecheck import PEOPLE, paras_of

from briefbuild.checking import verify
from briefbuild.inputs.models import Quote, Source

EN = ("“Last year we doubled exports, and this year we will double them again,” Lee said. “Yesterday we met the "
      "unions; today we sign, and tomorrow the law takes effect. Last month the talks stalled, and next year "
      "we hold the vote. We spoke the day before yesterday.”")
FR = ("« L'an dernier, nous avons doublé les exportations. Cette année, nous les doublerons. Hier nous avons vu "
      "les syndicats, aujourd'hui nous signons et demain la loi entre en vigueur. Le mois dernier, tout a "
      "calé », a déclaré Dupont.")
DE = ("„Letztes Jahr haben wir die Exporte verdoppelt. Dieses Jahr verdoppeln wir sie wieder. Gestern trafen "
      "wir die Gewerkschaften, heute unterschreiben wir, und morgen tritt das Gesetz in Kraft. Heute Morgen "
      "war alles ruhig“, sagte Weber.")
ES = ("«El año pasado duplicamos las exportaciones. Este año las duplicaremos de nuevo. Ayer vimos a los "
      "sindicatos, hoy firmamos y mañana entra en vigor la ley. Esta mañana todo estaba tranquilo», dijo Pérez.")
TEXTS = {"en": (EN, "ann-lee"), "fr": (FR, "anne-dupont"), "de": (DE, "klaus-weber"), "es": (ES, "carlos-perez")}

MARCH_5 = "2024-03-05"  # a Tuesday
JAN_2 = "2024-01-02"    # a Tuesday, the second day of its year
NUMBER = "{b} adds a number the source does not have (it has {s} there): a bracket never adds, drops or changes a number"
WRONG = ("{b} dates '{e}', which in a source of {d} ({f}) means {m}: a bracket must give the date the words imply; "
         "correct it{o}, or quote the words as said")
OTHER_DAY = ", give the source's event-date if the words were said on another day"
COARSE = ("{b} dates '{e}', which names a {u}: in a source of {d} ({f}) it means {m}; give that {u} in the bracket, "
          "no more and no less, or quote the words as said")
START = "{b} dates '{e}', which counts from the day the words were said"
UNDATED = (START + ", and the source has no issued date: add the source's issued date (or its event-date, when the "
           "words were said on another day) with {p}, or quote the words as said")
COARSE_DATE = START + ", and the source's {f} date {d} {h}: write the source's {f} with {p}, or quote the words as said"
YEAR, MONTH, DAY = "the year (YYYY)", "the month (YYYY-MM)", "the day (YYYY-MM-DD)"


def wrong(b: str, e: str, m: str, d: str = MARCH_5, f: str = "issued") -> str:
    return WRONG.format(b=b, e=e, d=d, f=f, m=m, o=OTHER_DAY if f == "issued" else "")


ROWS = [
    # English, the bracket replacing the expression or following it
    ("en", "[In 2023] we doubled exports", MARCH_5, ""),
    ("en", "Last year [2023] we doubled exports", MARCH_5, ""),
    ("en", "this year [2024] we will double them again", MARCH_5, ""),
    ("en", "[in 2024] we will double them again", MARCH_5, ""),
    ("en", "and next year [2025] we hold the vote", MARCH_5, ""),
    ("en", "[In February 2024] the talks stalled", MARCH_5, ""),
    ("en", "Last month [February] the talks stalled", MARCH_5, ""),
    ("en", "[On 4 March] we met the unions", MARCH_5, ""),
    ("en", "Yesterday [March 4] we met the unions", MARCH_5, ""),
    ("en", "[On Monday] we met the unions", MARCH_5, ""),
    ("en", "Yesterday [Monday, 4 March 2024] we met the unions", MARCH_5, ""),
    ("en", "today [5 March] we sign", MARCH_5, ""),
    ("en", "and [on 6 March] the law takes effect", MARCH_5, ""),
    ("en", "We spoke the day before yesterday [3 March]", MARCH_5, ""),
    ("en", "We spoke [on 3 March]", MARCH_5, ""),
    ("en", "today we sign, and tomorrow [6 March]", MARCH_5, ""),
    ("en", "Last year we doubled exports, and [in 2024] we will double them again", MARCH_5, ""),
    ("en", "We spoke the day before yesterday [4 March]", MARCH_5,
     wrong("[4 March]", "the day before yesterday", "Sunday 3 March 2024")),
    # year boundaries
    ("en", "[On 1 January] we met the unions", JAN_2, ""),
    ("en", "Yesterday [1 January 2024] we met the unions", JAN_2, ""),
    ("en", "[In 2023] we doubled exports", JAN_2, ""),
    ("en", "[In December 2023] the talks stalled", JAN_2, ""),
    ("en", "Yesterday [31 December 2023] we met the unions", JAN_2,
     wrong("[31 December 2023]", "Yesterday", "Monday 1 January 2024", JAN_2)),
    # a wrong date, named with the one the source implies
    ("en", "[In 2022] we doubled exports", MARCH_5, wrong("[In 2022]", "Last year", "2023")),
    ("en", "Last year [2024] we doubled exports", MARCH_5, wrong("[2024]", "Last year", "2023")),
    ("en", "Yesterday [Sunday] we met the unions", MARCH_5,
     wrong("[Sunday]", "Yesterday", "Monday 4 March 2024")),
    ("en", "[On 5 March] we met the unions", MARCH_5, wrong("[On 5 March]", "Yesterday", "Monday 4 March 2024")),
    ("en", "Last month [January] the talks stalled", MARCH_5, wrong("[January]", "Last month", "February 2024")),
    ("en", "Last year [March 2023] we doubled exports", MARCH_5,
     COARSE.format(b="[March 2023]", e="Last year", u="year", d=MARCH_5, f="issued", m="2023")),
    # no date, or too coarse a one: what to add
    ("en", "[In 2023] we doubled exports", None,
     UNDATED.format(b="[In 2023]", e="Last year", p=YEAR)),
    ("en", "Yesterday [4 March] we met the unions", "2024",
     COARSE_DATE.format(b="[4 March]", e="Yesterday", p=DAY, f="issued", d="2024", h="does not give the day")),
    ("en", "Last month [February] the talks stalled", "2024",
     COARSE_DATE.format(b="[February]", e="Last month", p=MONTH, f="issued", d="2024", h="does not give the month")),
    ("en", "[In 2023] we doubled exports", "2024", ""),  # a year is enough for `last year`
    ("en", "[In 2023] we doubled exports", "2024~",
     COARSE_DATE.format(b="[In 2023]", e="Last year", p=YEAR, f="issued", d="2024~", h="is approximate")),
    ("en", "Last year [2023] we doubled exports", "2024-03-04/2024-03-06", ""),  # a range within one year
    ("en", "Yesterday [4 March] we met the unions", "2024-03-04/2024-03-06",
     COARSE_DATE.format(b="[4 March]", e="Yesterday", p=DAY, f="issued", d="2024-03-04/2024-03-06",
                        h="does not give the day")),
    ("en", "[In 2023] we doubled exports", "2024-22", ""),  # a season: its year
    # numbers that are no date, or a date for no relative expression: refused as before
    ("en", "Last year [23] we doubled exports", MARCH_5, NUMBER.format(b="[23]", s="nothing")),
    ("en", "Last year [since 2023] we doubled exports", MARCH_5, NUMBER.format(b="[since 2023]", s="nothing")),
    ("en", "Last year we doubled [2023] exports", MARCH_5, NUMBER.format(b="[2023]", s="nothing")),
    ("en", "Last year [2023] doubled exports", MARCH_5, NUMBER.format(b="[2023]", s="'we'")),
    ("en", "[In 2023] the talks stalled", MARCH_5,
     COARSE.format(b="[In 2023]", e="Last month", u="month", d=MARCH_5, f="issued", m="February 2024")),
    ("en", "Yesterday [in March] we met the unions", MARCH_5,
     COARSE.format(b="[in March]", e="Yesterday", u="day", d=MARCH_5, f="issued", m="Monday 4 March 2024")),
    ("en", "Last year we doubled [20%] exports", MARCH_5, NUMBER.format(b="[20%]", s="nothing")),
    # French
    ("fr", "[En 2023], nous avons doublé les exportations", MARCH_5, ""),
    ("fr", "L'an dernier [2023], nous avons doublé les exportations", MARCH_5, ""),
    ("fr", "Cette année [2024], nous les doublerons", MARCH_5, ""),
    ("fr", "Hier [4 mars] nous avons vu les syndicats", MARCH_5, ""),
    ("fr", "[Lundi] nous avons vu les syndicats", MARCH_5, ""),
    ("fr", "aujourd'hui [le 5 mars] nous signons", MARCH_5, ""),
    ("fr", "aujourd’hui [mardi] nous signons", MARCH_5, ""),
    ("fr", "et demain [6 mars] la loi entre en vigueur", MARCH_5, ""),
    ("fr", "[En février 2024], tout a calé", MARCH_5, ""),
    ("fr", "[Au mois de février], tout a calé", MARCH_5, ""),
    ("fr", "[Depuis 2023], nous avons doublé les exportations", MARCH_5,
     NUMBER.format(b="[Depuis 2023]", s="'L'an dernier'")),
    ("fr", "[En 2022], nous avons doublé les exportations", MARCH_5, wrong("[En 2022]", "L'an dernier", "2023")),
    ("fr", "Hier [dimanche] nous avons vu les syndicats", MARCH_5, wrong("[dimanche]", "Hier", "Monday 4 March 2024")),
    ("fr", "Hier [1er janvier] nous avons vu les syndicats", JAN_2, ""),
    ("fr", "L'an dernier [2023], nous avons doublé les exportations", None,
     UNDATED.format(b="[2023]", e="L'an dernier", p=YEAR)),
    # German
    ("de", "[2023] haben wir die Exporte verdoppelt", MARCH_5, ""),
    ("de", "Letztes Jahr [2023] haben wir die Exporte verdoppelt", MARCH_5, ""),
    ("de", "[Im Jahr 2024] verdoppeln wir sie wieder", MARCH_5, ""),
    ("de", "Gestern [am 4. März] trafen wir die Gewerkschaften", MARCH_5, ""),
    ("de", "heute [Dienstag] unterschreiben wir", MARCH_5, ""),
    ("de", "und morgen [6. März] tritt das Gesetz in Kraft", MARCH_5, ""),
    ("de", "Gestern [31. Dezember] trafen wir die Gewerkschaften", JAN_2,
     wrong("[31. Dezember]", "Gestern", "Monday 1 January 2024", JAN_2)),
    ("de", "Letztes Jahr [2022] haben wir die Exporte verdoppelt", MARCH_5, wrong("[2022]", "Letztes Jahr", "2023")),
    ("de", "Heute Morgen [5. März] war alles ruhig", MARCH_5, NUMBER.format(b="[5. März]", s="nothing")),
    ("de", "Gestern [4. März] trafen wir die Gewerkschaften", "2024-03",
     COARSE_DATE.format(b="[4. März]", e="Gestern", p=DAY, f="issued", d="2024-03", h="does not give the day")),
    # Spanish
    ("es", "[En 2023] duplicamos las exportaciones", MARCH_5, ""),
    ("es", "El año pasado [2023] duplicamos las exportaciones", MARCH_5, ""),
    ("es", "Este año [2024] las duplicaremos de nuevo", MARCH_5, ""),
    ("es", "Ayer [el 4 de marzo] vimos a los sindicatos", MARCH_5, ""),
    ("es", "y mañana [6 de marzo] entra en vigor la ley", MARCH_5, ""),
    ("es", "[El lunes] vimos a los sindicatos", MARCH_5, ""),
    ("es", "Ayer [el 1 de enero] vimos a los sindicatos", JAN_2, ""),
    ("es", "[En 2024] duplicamos las exportaciones", MARCH_5, wrong("[En 2024]", "El año pasado", "2023")),
    ("es", "Esta mañana [5 de marzo] todo estaba tranquilo", MARCH_5, NUMBER.format(b="[5 de marzo]", s="nothing")),
    ("es", "Ayer [el 4 de marzo] vimos a los sindicatos", None,
     UNDATED.format(b="[el 4 de marzo]", e="Ayer", p=DAY)),
]


def verdict(language: str, quote: str, issued: str | None, event: str | None = None) -> str:
    text, speaker = TEXTS[language]
    # an undated web page has the day it was read, which is not when the words were said
    src = Source(type="article-newspaper", title="T", text=text, language=language, issued=issued,
                 accessed=None if issued else "2024-03-10", event_date=event)
    q = Quote(id="q", speaker=speaker, kind="direct", text=quote, paragraph=1)
    return " | ".join(p.message for p in verify.verify_quote(q, src, paras_of(text), PEOPLE))


@pytest.mark.parametrize("language,quote,issued,expected", ROWS)
def test_relative_dates(language, quote, issued, expected):
    assert verdict(language, quote, issued) == expected


def test_event_date_comes_first():
    """A speech of 4 March published on 6 March: its `yesterday` is 3 March."""
    assert verdict("en", "Yesterday [3 March] we met the unions", "2024-03-06", "2024-03-04") == ""
    assert verdict("en", "Yesterday [5 March] we met the unions", "2024-03-06", "2024-03-04") == wrong(
        "[5 March]", "Yesterday", "Sunday 3 March 2024", "2024-03-04", "event-date")


OUTSIDE = ("{b} dates '{e}', which from the source's issued date {d} falls outside the calendar: check the source's "
           "issued, or quote the words as said")


@pytest.mark.parametrize("quote,issued,expected", [
    ("tomorrow [1 January] the law takes effect", "9999-12-31",
     OUTSIDE.format(b="[1 January]", e="tomorrow", d="9999-12-31")),
    ("Yesterday [31 December] we met the unions", "0001-01-01",
     OUTSIDE.format(b="[31 December]", e="Yesterday", d="0001-01-01")),
    ("and next year [2025] we hold the vote", "2024-21", ""),  # a season: its year is sure
    ("and next year [2025] we hold the vote", "2024-03-01/2024-05-31", ""),  # a range within one year
])
def test_dates_at_the_calendars_ends_and_coarse_edtf(quote, issued, expected):
    """A date past 9999 or before year 1 is a message, not an OverflowError; seasons and ranges give their year."""
    assert verdict("en", quote, issued) == expected
