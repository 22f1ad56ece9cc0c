"""A paraphrase's own words, read against its paragraphs: what it puts in quotation marks, and its numbers.

A paraphrase is our wording and is printed without quotation marks; words it sets in marks itself
(`the plan was “dead”`) print as the speaker's own, a partial quotation (AP: a partial quote is the
speaker's exact words), so each is verified as a direct quote of the same speaker in the same
paragraphs (verify.py). A number the paraphrase gives that its paragraphs do not (`resume in 2025`
for `resume in May`) may be a fact the speaker never gave: a warning, since a paraphrase may rightly
write `12` for `twelve` (read here) or a year the story's date implies (not read: check it).
"""
from __future__ import annotations

import re

from ..patterns import lazy

# Double marks, guillemets and the German low-high pair: single marks are apostrophes too often.
_QUOTED = lazy(r"“([^“”]+)”|\"([^\"]+)\"|«\s*([^«»]+?)\s*»|„([^„“”]+)[“”]")
_NUMBER = lazy(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
_WORDS = {  # number words a source may spell out, 0 to 20 and the tens, in the languages the checks read
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
          "dix-huit dix-neuf vingt",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn "
          "siebzehn achtzehn neunzehn zwanzig",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
          "diecisiete dieciocho diecinueve veinte",
}
_TENS = {"en": {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety",
                100: "hundred"},
         "fr": {30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante", 100: "cent"},
         "de": {30: "dreißig", 40: "vierzig", 50: "fünfzig", 60: "sechzig", 100: "hundert"},
         "es": {30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 100: "cien"}}


def quoted(text: str) -> list[str]:
    """The words a paraphrase sets in quotation marks, in order."""
    return [next(g for g in m.groups() if g is not None).strip() for m in _QUOTED.finditer(text)]


def _plain(number: str) -> str:
    return re.sub(r"[.,](?=\d{3}\b)", "", number)  # 1,200 and 1.200 are 1200; 2.5 stays


def unfounded_numbers(text: str, passage: str) -> list[str]:
    """The numbers of a paraphrase that its paragraphs give neither in figures nor in words."""
    given = {_plain(n) for n in _NUMBER.findall(passage)}
    words = set(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", passage.lower()))
    missing = []
    for number in _NUMBER.findall(text):
        plain = _plain(number)
        if plain in given or _spelled(plain, words):
            continue
        missing.append(number)
    return missing


def _spelled(plain: str, words: set[str]) -> bool:
    if not plain.isdigit():
        return False
    n = int(plain)
    for lang, names in _WORDS.items():
        spelled = names.split()
        if n < len(spelled) and spelled[n] in words:
            return True
        if _TENS[lang].get(n) in words:
            return True
    return False
