"""Brackets that make a relative date explicit (Chicago 13.60-13.61).

An editor may replace a word in brackets, or follow it with one, to clarify it; newsrooms do so
for a date relative to when the words were said: a speaker's `Last year we doubled exports` of
5 March 2024 is quoted `[In 2023] we doubled exports` or `Last year [2023] we doubled exports`.
The bracket adds a number, which alterations.py otherwise refuses, so it stands only where it is
the date the expression implies, counted from the date the words were said: the source's
`event-date` (a speech published later), else its `issued`. Without that date, or with too coarse
a one (`yesterday` needs the day), the bracket fails with what to add: a date is never guessed.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..inputs.csl import date_parts
from ..patterns import lazy
from .matcher import Gap

# (words, unit, offset): what each language's relative expressions mean. `the day before
# yesterday` is one expression: `yesterday [3 March]` after `before` would be read a day late.
_EXPRESSIONS: dict[str, tuple[tuple[str, str, int], ...]] = {
    "en": (("last year", "year", -1), ("this year", "year", 0), ("next year", "year", 1),
           ("last month", "month", -1), ("this month", "month", 0), ("next month", "month", 1),
           ("the day before yesterday", "day", -2), ("the day after tomorrow", "day", 2),
           ("yesterday", "day", -1), ("today", "day", 0), ("tomorrow", "day", 1)),
    "fr": (("l'an dernier", "year", -1), ("l'année dernière", "year", -1), ("l'an passé", "year", -1),
           ("l'année passée", "year", -1), ("cette année", "year", 0), ("l'an prochain", "year", 1),
           ("l'année prochaine", "year", 1), ("le mois dernier", "month", -1), ("le mois passé", "month", -1),
           ("ce mois-ci", "month", 0), ("le mois prochain", "month", 1), ("avant-hier", "day", -2),
           ("après-demain", "day", 2), ("hier", "day", -1), ("aujourd'hui", "day", 0), ("demain", "day", 1)),
    "de": (("letztes jahr", "year", -1), ("voriges jahr", "year", -1), ("vergangenes jahr", "year", -1),
           ("im letzten jahr", "year", -1), ("im vergangenen jahr", "year", -1), ("im vorigen jahr", "year", -1),
           ("dieses jahr", "year", 0), ("in diesem jahr", "year", 0), ("nächstes jahr", "year", 1),
           ("im nächsten jahr", "year", 1), ("letzten monat", "month", -1), ("vorigen monat", "month", -1),
           ("vergangenen monat", "month", -1), ("im letzten monat", "month", -1),
           ("im vergangenen monat", "month", -1), ("diesen monat", "month", 0), ("in diesem monat", "month", 0),
           ("nächsten monat", "month", 1), ("im nächsten monat", "month", 1), ("vorgestern", "day", -2),
           ("übermorgen", "day", 2), ("gestern", "day", -1), ("heute", "day", 0), ("morgen", "day", 1)),
    "es": (("el año pasado", "year", -1), ("el pasado año", "year", -1), ("este año", "year", 0),
           ("el año próximo", "year", 1), ("el próximo año", "year", 1), ("el año que viene", "year", 1),
           ("el mes pasado", "month", -1), ("este mes", "month", 0), ("el mes próximo", "month", 1),
           ("el próximo mes", "month", 1), ("el mes que viene", "month", 1), ("anteayer", "day", -2),
           ("pasado mañana", "day", 2), ("ayer", "day", -1), ("hoy", "day", 0), ("mañana", "day", 1)),
}
# Words before which `morgen` and `mañana` are the morning (`heute Morgen`, `esta mañana`), not tomorrow.
_MORNING_AFTER = {"morgen": frozenset("heute gestern am jeden guten den der dem des einem diesen eines".split()),
                  "mañana": frozenset("la esta una cada el por de toda".split())}


def _phrases(code: str) -> str:
    return "|".join(re.escape(words).replace(r"\ ", r"\s+").replace("'", "['’]")
                    for words, _, _ in sorted(_EXPRESSIONS[code], key=lambda e: -len(e[0])))


# A relative expression ending the quote's words before a bracket (`Last year [2023]`), or making up the
# source's words a bracket stands for (`[In 2023]` for `Last year`); the word before it tells the morning.
_ENDING = {code: lazy(rf"(?i)(?:([^\W\d_]+)\s+)?(?<![\w'’-])(?P<said>{_phrases(code)})[\s,;:]*$") for code in _EXPRESSIONS}
_WHOLE = {code: lazy(rf"(?i)\s*(?P<said>{_phrases(code)})[\s,;:.]*$") for code in _EXPRESSIONS}
_OPENING = {code: lazy(rf"(?i)\s*(?P<said>{_phrases(code)})(?![\w'’-])") for code in _EXPRESSIONS}

_MONTHS = {name: k for names in (
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre")
    for k, name in enumerate(names.split(), start=1)} | {"jänner": 1, "sept": 9, "setiembre": 9}
_WEEKDAYS = {name: k for names in (
    "monday tuesday wednesday thursday friday saturday sunday",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "lunes martes miércoles jueves viernes sábado domingo") for k, name in enumerate(names.split())} | {"sonnabend": 5}
# The prepositions and articles a dated bracket opens with (`[in 2023]`, `[le 4 mars]`, `[am 4. März]`,
# `[el 4 de marzo]`, `[im Jahr 2023]`); any other word (`[since 2023]`) makes it no plain date.
_GLUE = frozenset("in on during of the en le au mois courant de del im am jahr jahre el durante".split())
_YEAR = lazy(r"[12]\d{3}")
_DAY = lazy(r"(\d{1,2})(?:st|nd|rd|th|er|\.|º|°)?")
_ISO = lazy(r"(\d{4})-(\d{2})-(\d{2})")


def _part(word: str) -> tuple[str, int] | None:
    """What one word of a dated bracket gives: (`month`, 3) for March, (`year`, 2023), (`day`, 4) for 4th or 4."""
    if word in _MONTHS:
        return "month", _MONTHS[word]
    if word in _WEEKDAYS:
        return "weekday", _WEEKDAYS[word]
    if _YEAR.fullmatch(word):
        return "year", int(word)
    day = _DAY.fullmatch(word)
    return ("day", int(day[1])) if day and 1 <= int(day[1]) <= 31 else None


def _read(inner: str) -> dict[str, int] | None:
    """The parts of a date a bracket gives (year, month, day, weekday), or None when it is not a date."""
    iso = _ISO.fullmatch(inner.strip())
    if iso:
        return {"year": int(iso[1]), "month": int(iso[2]), "day": int(iso[3])}
    parts: dict[str, int] = {}
    for tok in inner.lower().replace(",", " ").split():
        word = tok if tok[:1].isdigit() else tok.rstrip(".")  # `4.` of German `4. März`, `Feb.`
        if word in _GLUE:
            continue
        found = _part(word)
        if found is None or found[0] in parts:
            return None
        parts[found[0]] = found[1]
    if not parts or "day" in parts and "month" not in parts:
        return None  # `[4]` alone is no date
    return parts


def _said_on(when: str | None) -> list[int]:
    """The year, month and day of the model's EDTF date that are sure, as far as they go: none of an
    approximate date, the year of a season (month 21-24), of a range what its two ends share."""
    parts = date_parts(when) if when else {}
    if not parts or parts.get("circa"):
        return []
    ends = parts["date-parts"]
    sure: list[int] = []
    for k in range(3):
        values = {tuple(end[k:k + 1]) for end in ends}
        if len(values) != 1 or values == {()} or k == 1 and ends[0][1] > 12:
            break
        sure.append(ends[0][k])
    return sure


_PRECISION = {"year": "the year (YYYY)", "month": "the month (YYYY-MM)", "day": "the day (YYYY-MM-DD)"}


def _implied(unit: str, offset: int, said: list[int]) -> date | None:
    """The date (its first day) the expression means, or None when the date said is too coarse for it."""
    if len(said) < {"year": 1, "month": 2, "day": 3}[unit]:
        return None
    if unit == "year":
        return date(said[0] + offset, 1, 1)
    if unit == "month":
        k = said[0] * 12 + said[1] - 1 + offset
        return date(k // 12, k % 12 + 1, 1)
    return date(*said) + timedelta(days=offset)


_MONTH_NAMES = "January February March April May June July August September October November December".split()
_DAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _name(unit: str, when: date) -> str:
    """The date in the messages' English, whatever the process's locale."""
    if unit == "year":
        return str(when.year)
    if unit == "month":
        return f"{_MONTH_NAMES[when.month - 1]} {when.year}"
    return f"{_DAY_NAMES[when.weekday()]} {when.day} {_MONTH_NAMES[when.month - 1]} {when.year}"


def _gives(parts: dict[str, int], unit: str) -> bool:
    """The bracket gives what the expression names, no more, no less: a year for `last year`, a month
    (and its year) for `last month`, a day (a weekday, or a day of a month) for `yesterday`."""
    if unit == "year":
        return set(parts) == {"year"}
    if unit == "month":
        return "month" in parts and not {"day", "weekday"} & set(parts)
    return "weekday" in parts or "day" in parts


def _agrees(parts: dict[str, int], unit: str, when: date) -> bool:
    return parts.get("year", when.year) == when.year and (unit == "year" or parts.get("month", when.month) == when.month) \
        and (unit != "day" or parts.get("day", when.day) == when.day and parts.get("weekday", when.weekday()) == when.weekday())


def expression(bracket: str, gap: Gap, before: str, language: str | None) -> str:
    """The relative expression a dated bracket replaces or follows (`Last year` of `[In 2023]` or
    `Last year [2023]`), or ''. `before`: the quote's text before the bracket."""
    code = (language or "en")[:2].lower()
    if code not in _EXPRESSIONS or _read(bracket[1:-1]) is None:
        return ""
    src = gap.source.replace("\n", " ")
    found, word_before = None, ""
    if src and gap.where != "start":  # for the expression; ending the quote, it may end before or after the gap
        found = (_OPENING[code].match(src + gap.after) if gap.where == "end" else _WHOLE[code].match(src))
        word_before = (gap.before.split()[-1:] or [""])[0].lower()
    if not found and (not src or gap.where != "inside"):
        # after the expression (`Last year [2023]`; ending the quote, the source's next words are outside it),
        # or for it at the start, where the matcher may give the bracket only its last words (`year` of
        # `Last year`): a quote begins anywhere in its sentence
        found = _ENDING[code].search((gap.before + src if gap.where == "start" else before)[-80:])
        word_before = (found[1] or "").lower() if found else ""
    if not found:
        return ""
    said = found["said"]
    if word_before in _MORNING_AFTER.get(_key(said), ()):
        return ""  # `heute Morgen`, `esta mañana`: the morning, no date
    return said


def _key(expression: str) -> str:
    return " ".join(expression.lower().replace("’", "'").split())


def check(bracket: str, gap: Gap, before: str, when: str | None, field: str, language: str | None) -> str | None:
    """The problem with a bracket that dates a relative expression ('' when it gives the date the
    expression implies), or None when it is no such bracket. `before`: the quote's text before the
    bracket; `when`: the date the words were said (EDTF), `field` the source's field that gives it."""
    said_as = expression(bracket, gap, before, language)
    if not said_as:
        return None
    parts = _read(bracket[1:-1]) or {}
    unit, offset = next((u, o) for words, u, o in _EXPRESSIONS[(language or "en")[:2].lower()] if words == _key(said_as))
    said = _said_on(when)
    try:
        implied = _implied(unit, offset, said)
    except (ValueError, OverflowError):  # a day past 9999 or before year 1: no calendar date
        return (f"{bracket} dates '{said_as}', which from the source's {field} date {when} falls outside the "
                f"calendar: check the source's {field}, or quote the words as said")
    if implied is None:
        start = f"{bracket} dates '{said_as}', which counts from the day the words were said"
        if not when:
            return (f"{start}, and the source has no issued date: add the source's issued date (or its event-date, "
                    f"when the words were said on another day) with {_PRECISION[unit]}, or quote the words as said")
        has = "is approximate" if "~" in when or "?" in when else f"does not give {_PRECISION[unit].split(' (')[0]}"
        return (f"{start}, and the source's {field} date {when} {has}: write the source's {field} with "
                f"{_PRECISION[unit]}, or quote the words as said")
    if _gives(parts, unit) and _agrees(parts, unit, implied):
        return ""
    if not _gives(parts, unit):
        return (f"{bracket} dates '{said_as}', which names a {unit}: in a source of {when} ({field}) it means "
                f"{_name(unit, implied)}; give that {unit} in the bracket, no more and no less, or quote the words as said")
    # a report may carry words said a day or more before it was issued: the event's date then counts
    other = ", give the source's event-date if the words were said on another day" if field == "issued" else ""
    return (f"{bracket} dates '{said_as}', which in a source of {when} ({field}) means {_name(unit, implied)}: "
            f"a bracket must give the date the words imply; correct it{other}, or quote the words as said")
