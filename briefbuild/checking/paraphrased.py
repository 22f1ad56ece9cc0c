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
from .alterations import in_figures

# Double marks, guillemets and the German low-high pair: single marks are apostrophes too often.
_QUOTED = lazy(r"“([^“”]+)”|\"([^\"]+)\"|«\s*([^«»]+?)\s*»|„([^„“”]+)[“”]")
_NUMBER = lazy(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
# English number words, however compound (`forty-five`, `four hundred`), are read as the bracket
# rules read them (alterations.in_figures); these, the small ones of the other languages a source may spell.
_WORDS = {
    "fr": "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
          "dix-huit dix-neuf vingt",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn "
          "siebzehn achtzehn neunzehn zwanzig",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
          "diecisiete dieciocho diecinueve veinte",
}
_FOREIGN = {word: str(n) for names in _WORDS.values() for n, word in enumerate(names.split())}


def quoted(text: str) -> list[str]:
    """The words a paraphrase sets in quotation marks, in order."""
    return [next(g for g in m.groups() if g is not None).strip() for m in _QUOTED.finditer(text)]


def _plain(number: str) -> str:
    return re.sub(r"[.,](?=\d{3}\b)", "", number)  # 1,200 and 1.200 are 1200; 2.5 stays


def unfounded_numbers(text: str, passage: str) -> list[str]:
    """The numbers of a paraphrase that its paragraphs give neither in figures nor in words."""
    # Cheapest first: most paraphrases give no number, and most numbers are in figures in the
    # passage; reading its words (in_figures) was a tenth of a large check when done every time.
    wanted = _NUMBER.findall(text)
    given = {_plain(n) for n in _NUMBER.findall(passage)} if wanted else set()
    if all(_plain(number) in given for number in wanted):
        return []
    given |= {w for w in in_figures(passage) if w.isdigit()}
    given |= {_FOREIGN[w] for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", passage.lower()) if w in _FOREIGN}
    return [number for number in wanted if _plain(number) not in given]
