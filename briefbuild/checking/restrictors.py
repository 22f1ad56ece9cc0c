"""Words just before a quote's first ones that restrict what those say: a quantifier or a fronted condition.

`Some of our allies agree with us` quoted from `our allies agree` says of all what the speaker
said of some; `If Russia attacks, we will respond with force` quoted from `we will respond` states
as a fact what the speaker made conditional. A quote may begin anywhere (Chicago 13.60), so where
it begins after such words, the brief must carry them (cuts.py), and an ellipsis inside a quote
may not drop them (omissions.py). English, French, Spanish and German.
"""
from __future__ import annotations

import re

from ..patterns import lazy

# A quantifier or partitive, then perhaps its `of` and a determiner, right before the kept words.
_PARTS = (r"not\s+all|not\s+every|only\s+(?:some|a\s+few)|a\s+(?:few|third|quarter|handful|minority|majority|fraction|"
          r"portion)|the\s+(?:majority|bulk)|some|many|most|few|several|part\s+of|half|none|one\s+of|two|three|four|"
          r"five|\d[\d,.]*\s*(?:%|percent|per\s+cent)|\d[\d,.]*\s+of|"
          # French
          r"certain(?:e)?s|la\s+plupart|beaucoup(?=\s+d)|plusieurs|quelques(?:-une?s)?|peu(?=\s+d)|une\s+partie|la\s+moitié|"
          r"la\s+majorité|un\s+tiers|aucune?|"
          # Spanish
          r"algun[oa]s|much[oa]s|poc[oa]s|vari[oa]s|ciert[oa]s|la\s+mayoría|la\s+mayor\s+parte|la\s+mitad|parte\s+de|"
          r"ningun[oa]|"
          # German
          r"einige|manche|die\s+meisten|viele|wenige|mehrere|einzelne|ein\s+teil|die\s+hälfte|die\s+mehrheit")
_OF = r"(?:\s+(?:of|de|des|du|del|de\s+la|de\s+los|de\s+las|von|der)|\s*\bd['’])?"
_DETERMINER = (r"(?:\s+(?:the|our|their|its|his|her|my|your|these|those|les|nos|vos|leurs|ces|los|las|nuestros|"
               r"nuestras|sus|estos|estas))?")
_QUANTIFIED = lazy(rf"(?i)(?<![\w'’-])(?<!the\s)(?P<q>(?:{_PARTS}){_OF}{_DETERMINER})\s*$")
# The words of those quantifiers, for a claim that carries one (`Lee said some of {q}`).
QUANTIFIERS = frozenset(
    "some many most few several part half none one two three four five all every majority minority bulk "
    "fraction portion handful third quarter percent certains certaines plupart beaucoup plusieurs quelques peu "
    "partie moitié majorité tiers aucun aucune algunos algunas muchos muchas pocos pocas varios varias ciertos "
    "ciertas mayoría mitad ninguno ninguna einige manche meisten viele wenige mehrere einzelne teil hälfte "
    "mehrheit".split())

# A condition that opens a clause (`If …,`, `Unless …,`, `Only if …,`, `Si …,`, `S'il …,`, `Wenn …,`; after
# a sentence's start, a comma, `that`, `que`, `dass` or a conjunction): the clause after it holds only under
# it. Not a concession (`Even if`, `même si`) nor a set phrase that conditions nothing (`If you ask me,`).
_CONDITION = lazy(
    r"(?i)(?:^|(?<=[,;:]\s)|(?<=\bthat\s)|(?<=\bque\s)|(?<=\bqu['’])|(?<=\bdass\s)|(?<=\band\s)|(?<=\bbut\s)"
    r"|(?<=\bso\s)|(?<=\bet\s)|(?<=\bmais\s)|(?<=\by\s)|(?<=\bpero\s)|(?<=\bund\s)|(?<=\baber\s))"
    r"(?:only\s+if|if|unless|provided(?:\s+that)?|providing|in\s+case|as\s+long\s+as|so\s+long\s+as|"
    r"seulement\s+si|sauf\s+si|si|s['’](?=ils?\b)|à\s+condition\s+que?|à\s+moins\s+que?|pourvu\s+que?|"
    r"s[oó]lo\s+si|a\s+menos\s+que|siempre\s+y\s+cuando|en\s+caso\s+de\s+que|con\s+tal\s+de\s+que|"
    r"nur\s+wenn|wenn|falls|sofern|außer\s+wenn)(?:\b|(?<=['’]))(?!\s*,)")
_SET_PHRASE = lazy(r"(?i)(?:if\s+(?:you\s+ask\s+me|i\s+may|i\s+might|anything|you\s+will|you\s+like|i\s+am\s+honest|"
                   r"i['’]m\s+honest)|s['’]il\s+(?:vous|te)\s+pla[iî]t|si\s+je\s+puis\s+dire|si\s+me\s+permite|"
                   r"wenn\s+(?:sie|man)\s+so\s+will)\b")
# A fronted `Without …,` (`Sans …,`, `Sin …,`) is an implicit condition (`if there were no …`)
# when the clause it opens is negated or modal: `Without price stability, the economy does not work`,
# `Without NATO, Europe could not defend itself`. Of manner it conditions nothing (`Without
# hesitation, we voted yes`), nor do set phrases (`Without doubt`, `Sans doute`, `Sin embargo`). German
# puts its verb right after `Ohne …` with no comma (`Ohne Preisstabilität funktioniert …`): not read.
_WITHOUT = lazy(r"(?i)(?:^|(?<=\bthat\s)|(?<=\bque\s)|(?<=\bqu['’])|(?<=\bdass\s))(?:without|sans|sin)\b(?!\s*,)")
_WITHOUT_SET = lazy(r"(?i)(?:without\s+(?:a\s+)?(?:doubt|question|exception|delay|fail|hesitation|further\s+ado)|"
                    r"sans\s+(?:aucun\s+)?(?:doute|exception)|"
                    r"sin\s+(?:duda|embargo|excepción))\b")
# The modals of a counterfactual (`would`, `could`: not `will`, which a manner phrase takes as
# well) and the French and Spanish conditionals; negations are ellipses.NEGATIONS.
_CONDITIONAL = frozenset("would could might can pourrait pourraient pourrais pourrions serait seraient serais serions "
                         "podría podrían podrías sería serían serías".split())
# Words by which a claim's sentence carries a condition (`said that if`, `on condition`): not ellipses.CONDITIONS,
# the words an omission may not drop.
_CARRIED = frozenset("if unless provided providing assuming condition conditions conditional conditionally si "
                       "pourvu caso wenn falls sofern without sans sin".split())
_OPENERS = "\"“‘«„「"  # (not ' or ’: an apostrophe, `s'il`, `we'll`)
_LAST_SENTENCE = lazy(r"[.!?][\"”’')»]*\s+(?=[\"“‘'«„(]?[^\W\d_])")


def quantifier_before(before: str) -> str | None:
    """The quantifier that ends `before`, the text right before a quote's first word (`Some of our`), or None."""
    if not before[-1:].isspace() and before[-1:] not in ("", "'", "’"):
        return None  # the quote starts inside a word, or after a mark: no quantifier touches it
    found = _QUANTIFIED.search(before[-60:])
    return found.group("q") if found else None


def condition_before(before: str, after: str = "") -> str | None:
    """The condition that opens a clause of the sentence a quote begins inside, when the quote leaves it
    out (`If Russia attacks,` of `If Russia attacks, we will respond`, `that if …, we`); else None.
    `after`: the words from the quote's first on, which decide whether a fronted `Without …,` conditions them."""
    sentence = _LAST_SENTENCE.split(before + "x")[-1][:-1]  # (a letter after: a sentence that ends just before the quote)
    at = max(sentence.rfind(mark) for mark in _OPENERS)
    sentence = sentence[at + 1:].lstrip() if at >= 0 else sentence.lstrip()
    found = [m for m in _CONDITION.finditer(sentence) if not _SET_PHRASE.match(sentence, m.start())]
    found += [m for m in _WITHOUT.finditer(sentence) if not _WITHOUT_SET.match(sentence, m.start())
              and _conditions(sentence[m.start():] + after)]
    found.sort(key=lambda m: m.start())
    if not found:
        return None
    clause = sentence[found[-1].start():]
    comma = clause.find(",")
    if comma >= 0 and re.search(r"[,;:—–()]", clause[comma + 1:]):
        return None  # the quote begins in a later clause (`…, si mes informations sont bonnes, qui …, donc`)
    return clause[:comma + 1] if comma >= 0 else clause.rstrip()


def _conditions(phrase: str) -> bool:
    """Whether the clause after a fronted `Without …,` is negated or modal, up to where it ends."""
    from .ellipses import NEGATIONS, words  # (ellipses reads conditions from here)
    comma = phrase.find(",")
    if comma < 0:
        return False
    clause = re.split(r"[,;:.!?]", phrase[comma + 1:], maxsplit=1)[0]
    return any(w in _CONDITIONAL or w in NEGATIONS and w != "without" or w == "pas" or w.startswith(("n'", "n’"))
               for w in words(clause))


def carries(sentence: str, kind: str) -> bool:
    """Whether a claim's sentence before a quote has a word of that kind ('quantifier' or 'condition')."""
    found = set(re.findall(r"[^\W\d_]+", sentence.lower()))
    if kind == "quantifier":
        return bool(found & QUANTIFIERS) or re.search(r"\d", sentence) is not None
    return bool(found & _CARRIED)
