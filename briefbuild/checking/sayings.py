"""What someone's noun of saying introduces, wherever it stands: `Chan rejected Lee's claim that {q}`
gives the words to Lee, whose claim they are, not to Chan, the verb's subject.

A possessive or a `by`/`of` phrase naming a person before a noun of saying (nouns.py), the noun
followed by `that`, a comma or a colon and the words, names that person as their speaker whichever
verb governs the noun phrase (the `that` clause after a noun of saying is its content, as
grammars of English read it: `Lee's claim that …`, `the assertion by Chan that …`); French `l'affirmation de Dupont
selon laquelle`, German `Müllers Behauptung, dass`, `die Warnung von Müller:`, Spanish `la
afirmación de Pérez de que` alike. A noun of saying with no person (`the claim that {q}`, `the
idea that`) names no one, unless a verb of saying makes the subject its sayer (`Lee made the
claim that`, `Lee repeated the warning that`).
"""
from __future__ import annotations

import re

from ..patterns import lazy
from .answering import ENGLISH as _ANSWERING
from .answering import FOREIGN as _FOREIGN_ANSWERING
from .clauses import VERB, Who, name_at_end
from .foreign import Foreign
from .newsroom import LANGUAGES
from .nouns import FOREIGN_NOUNS, SAID_NOUNS, THOUGHT_NOUNS
from .relatives import ASIDE
from .speakers import Names

_THAT = r"\s+that,?\s*$"
_CONNECT = r"(?:\s+that,?|\s*[,:])\s*$"
_ADJ = r"(?:[a-z][a-z-]*\s+){0,2}?"  # `Lee's repeated claim`, `the blunt public warning by Chan`
_DET = r"(?<![\w'-])(?i:the|a|an|this|that|these|those|such)\s+"
_POSSESSED = lazy(r"(?:'s|')\s+" + _ADJ + SAID_NOUNS + r"(?P<end>" + _CONNECT + ")")
_PRONOUN = lazy(r"(?<![\w'-])(?P<pron>(?i:his|her|their))\s+" + _ADJ + SAID_NOUNS + r"(?P<end>" + _CONNECT + ")")
_BY = lazy(_DET + _ADJ + SAID_NOUNS + r"\s+(?:by|of|from)\s+(?P<who>[^,;:]{1,80}?)(?P<end>" + _CONNECT + ")")
# The noun of saying as the subject of a copula, its owner after `of`/`by` and perhaps an aside set off
# by commas (`The view of Lee, which Chan shares, is that {q}`): the owner's words, as `Lee's view is
# that` reads; the aside's name is its own clause's (CGEL: a non-restrictive relative is supplementary).
_OF_IS = lazy(_DET + _ADJ + r"(?:" + SAID_NOUNS + r"|view|views|verdict|assessment|conclusion)\s+(?:by|of|from)\s+"
              r"(?P<who>[^,;:]{1,80}?)(?:\s*" + ASIDE + r")?"
              r"\s+(?:is|was|are|were|remains|remained)(?:\s+that,?|\s*:)\s*$")
_NOBODY = lazy(_DET + _ADJ + r"(?:" + SAID_NOUNS + "|" + "|".join(THOUGHT_NOUNS) + r")" + _THAT)
# A noun of saying with a relative clause that says who gave it, then a colon (`the advice he gave
# me was:`, `The warning that Lee issued was blunt:`): the giver is the speaker, as `Lee gave the
# advice that` makes Lee the sayer (_SAYS_IT). Not `the advice I gave her was:`: the writer's own.
_RELATIVE = lazy(r"(?<![\w'-])" + SAID_NOUNS + r"\s+(?:that\s+|which\s+)?(?!I\s)(?P<who>(?i:he|she|they)|"
                 r"[^\W\d_a-z][\w.'-]*(?:\s+[^\W\d_a-z][\w.'-]*){0,3})\s+(?:had\s+|has\s+|once\s+)?"
                 r"(?:gave|offered|made|issued|delivered|sent|wrote|shared|voiced|repeated)(?:\s+(?:me|us|him|her|them|you))?"
                 r"\s+(?:was|is|were|are)(?:\s+[a-z]+)?\s*:\s*$")
# A verb that makes its subject the one who says what the noun holds (`Lee made the claim that`).
_SAYS_IT = frozenset("made makes make gave gives give offered offers repeated repeats reiterated reiterates "
                     "restated restates echoed echoes voiced voices expressed expresses delivered delivers "
                     "issued issues shared shares stood stands".split())
# Verbs of answering someone's words (AP's verbs of response): their object is another person's
# statement, so `Chan questioned her contention that` is not Chan's own (unless `her own`).
_ANSWER_STEMS = ("question challenge dispute reject dismiss contest counter rebut refute deny doubt criticize "
                 "criticise attack mock ridicule deride welcome praise endorse back support second echo cite "
                 "quote applaud accept hail contradict mimic parrot").split()
_REPEAT_STEMS = frozenset("echo second endorse repeat reiterate restate share voice adopt".split())


def _forms(stem: str) -> set[str]:
    """A regular verb's present and past forms (`deny` -> denies denied, `rebut` -> rebutted)."""
    if stem.endswith("y"):
        return {stem, stem[:-1] + "ies", stem[:-1] + "ied"}
    if stem.endswith("e"):
        return {stem, stem + "s", stem + "d"}
    if stem.endswith(("o", "s", "sh", "ch", "x")):
        return {stem, stem + "es", stem + "ed"}
    return {stem, stem + "s", stem + "ed", stem + "ted" if stem.endswith("ut") else stem}  # rebutted


# (with `to`: `Chan reacted to her claim`, `objected to her claim`)
_REACTS = frozenset("react reacts reacted object objects objected".split())
ANSWERS = frozenset(f for stem in _ANSWER_STEMS for f in _forms(stem)) | _ANSWERING | _REACTS  # `Chan answered her claim`
REPEATS = frozenset(f for stem in _REPEAT_STEMS for f in _forms(stem))
_VERB_BEFORE = lazy(r"(?<![\w'-])([a-z]+)\s+(?:[a-z]+ly\s+)?$")


def verb_before(head: str, at: int) -> re.Match | None:
    """The verb right before a noun phrase that starts at `at` (an adverb may stand between; a verb of
    answering's preposition too: `responded to her claim`), or None."""
    found = _VERB_BEFORE.search(head, max(0, at - 40), at)
    if found and found.group(1) in ("to", "on"):
        answering = _VERB_BEFORE.search(head, max(0, found.start() - 40), found.start())
        return answering if answering and answering.group(1) in ANSWERS else found
    return found


# A comma or colon after a noun that a preposition governs opens the sentence's own clause, not the
# noun's words: `After Chan's remarks, {q}, Lee said`, `In Lee's view, {q}` (read as before); and
# after a verb of saying such a phrase is an adjunct, the `that` clause the verb's (`Lee said in a
# statement that`, `Lee said in response to Chan's statement that`).
_GOVERNED = lazy(r"(?<![\w'-])(?i:after|following|despite|to|of|about|against|with|over|on|in|unlike|like|before|since|from|"
                 r"by|for|at|than)\s+(?i:the\s+)?(?:[A-Z][\w.'-]*\s+){0,3}$")


_NAME_RUN = lazy(r"(?<![\w'-])(?:[^\W\d_a-z][\w.'-]*\s+){0,4}[^\W\d_a-z][\w.'-]*$")


# A verb of answering with its preposition (`Chan responded to her claim that`, `reacted to`): the noun
# after it is the verb's object, whose `that` clause is that noun's content, not an adjunct's.
_ANSWERED_TO = lazy(r"(?<![\w'-])([a-z]+)\s+(?:[a-z]+ly\s+)?(?:to|on)\s+(?i:the\s+)?(?:[A-Z][\w.'-]*\s+){0,3}$")


def _answered_to(head: str, at: int) -> bool:
    m = _ANSWERED_TO.search(head, max(0, at - 60), at)
    return m is not None and m.group(1) in ANSWERS


def noun_speaker(head: str, index: Names, attributed_after: bool = False) -> tuple[Who, int] | None:
    """Whom a noun of saying that ends `head` (the sentence up to the quote) names as the speaker,
    and where the words naming them start in `head`: a person, a pronoun (`her claim that`) for
    the caller to resolve, a role, or no one (`the claim that`). None when no noun of saying
    introduces the quote. `attributed_after`: a verb of saying follows the quote (`…, {q}, Lee
    said`), so a comma or colon before it ends an opening phrase, not a noun's words."""
    owner = _OF_IS.search(head, max(0, len(head) - 300))
    if owner and (who := name_at_end(owner.group("who"), index)).kind in ("person", "family"):
        return who, owner.start("who")  # `The view of Lee, which Chan shares, is that {q}`
    for pattern in (_POSSESSED, _PRONOUN, _BY):
        m = pattern.search(head, max(0, len(head) - 200))
        if not m:
            continue
        if pattern is _POSSESSED:  # (the name alone: `in response to Chan's claim` is still Chan's claim)
            run = _NAME_RUN.search(head, max(0, m.start() - 80), m.start())
            who = name_at_end(run.group(0) if run else head[:m.start()], index)
            at = run.start() if run else m.start()
        elif pattern is _PRONOUN:
            who, at = Who("pronoun", text=m.group("pron")), m.start()
        else:
            who, at = name_at_end(m.group("who"), index), m.start()
        governed = bool(_GOVERNED.search(head, max(0, at - 60), at)) and not _answered_to(head, at)
        if "that" not in m.group("end") and (attributed_after or governed) or governed and VERB.search(head, 0, at):
            return None  # (the words may be the sentence's own: `Lee said in response to Chan's statement that`)
        if who.kind == "unknown" and not who.text:
            who = Who("none")
        return who, at
    given = _RELATIVE.search(head, max(0, len(head) - 200))
    if given:  # `the advice he gave me was: {q}`
        word = given.group("who")
        who = Who("pronoun", text=word) if word.lower() in ("he", "she", "they") else name_at_end(word, index)
        return who, given.start("who")
    nobody = _NOBODY.search(head, max(0, len(head) - 200))
    if nobody and not (_GOVERNED.search(head, max(0, nobody.start() - 60), nobody.start())
                       and VERB.search(head, 0, nobody.start())):  # `Lee said in a statement that`: said's
        before = head[:nobody.start()].split()
        if not before or before[-1].lower() not in _SAYS_IT:
            return Who("none"), nobody.start()
    return None


# The same in the languages of newsroom.py: the noun, then `de`/`von` and the person (or the German
# genitive before it, `Müllers Behauptung`), then what joins the noun to its content.
_JOINS = {
    "fr": r"(?:\s*,?\s*selon\s+(?:laquelle|lequel|lesquelles|lesquels)|\s+que|\s+qu'|\s*[:,])\s*$",
    "es": r"(?:\s*,?\s*(?:de\s+que|según\s+(?:la|el|las|los)\s+cual(?:es)?)|\s*[:,])\s*$",
    # (a separable verb's particle may stand between: `Weber wies Müllers Behauptung zurück, dass`)
    "de": r"(?:\s+(?:zurück|ab|an|auf|aus|ein|entgegen|vor))?(?:\s*,\s*(?:dass|wonach)|\s*:)\s*$",
}
_CONTENT = {  # the joins of a content clause alone (no comma or colon): `the claim that`, with no one
    "fr": r"\s*,?\s*(?:selon\s+(?:laquelle|lequel|lesquelles|lesquels)|que|qu')\s*$",
    "es": r"\s*,?\s*(?:de\s+que|según\s+(?:la|el|las|los)\s+cual(?:es)?)\s*$",
    "de": r"(?:\s+(?:zurück|ab|an|auf|aus|ein|entgegen|vor))?\s*,\s*(?:dass|wonach)\s*$",
}
_OF = {"fr": r"\s+(?:de\s+|d'|du\s+)", "es": r"\s+(?:de\s+|del\s+)", "de": r"\s+(?:von\s+|vom\s+)?"}
_ARTICLES = {"fr": r"(?i:l'|(?:le|la|les|un|une|cette|ce|ces)\s+)",
             "es": r"(?i:(?:el|la|los|las|un|una|esta|este|estas|estos)\s+)",
             "de": r"(?i:(?:der|die|das|den|dem|des|eine|einer|diese|dieser)\s+)"}
_POSSESSIVES = {"fr": "son|sa|ses|leur|leurs", "es": "su|sus", "de": "sein|seine|seiner|seinen|ihr|ihre|ihrer|ihren"}
_IN = frozenset("dans en in im bei durch".split())  # prepositions of a statement's medium (`dans un communiqué`)
_FOREIGN: dict[str, tuple[re.Pattern, ...]] = {}


def _patterns(key: str) -> tuple[re.Pattern, ...]:
    if key not in _FOREIGN:
        nouns = "(?:" + "|".join(n.replace("_", r"\s+") for n in sorted(FOREIGN_NOUNS[key], key=len, reverse=True)) + ")"
        nouns = nouns if key == "de" else "(?i:" + nouns + ")"
        join, art = _JOINS[key], r"(?<![\w'-])" + _ARTICLES[key]
        forms = [art + nouns + _OF[key] + r"(?P<who>[^\W\d_][^,;:]{0,80}?)" + join,
                 r"(?<![\w'-])(?P<pron>(?i:" + _POSSESSIVES[key] + r"))\s+" + nouns + join,
                 art + nouns + _CONTENT[key]]
        if key == "de":  # `Müllers Behauptung, dass`: the genitive before its noun
            forms.insert(0, r"(?<![\w-])(?P<who>[^\W\d_][^,;:]{0,80}?(?:s|'|’))\s+" + nouns + join)
        _FOREIGN[key] = tuple(re.compile(f) for f in forms)
    return _FOREIGN[key]


def answers(key: str, lead: list[str]) -> bool:
    """Whether the words before a noun end with a verb of answering and its preposition (`a répondu à`,
    `respondió a`, `antwortete auf`): the noun is its object, another's words (as `responded to`)."""
    return len(lead) >= 2 and lead[-2].lower() in _FOREIGN_ANSWERING.get(key, frozenset())


def foreign_noun_speaker(g: Foreign, head: str, index: Names) -> tuple[Who, int] | None:
    """noun_speaker for a claim in French, Spanish or German (g: the brief's grammar)."""
    key = next((k for k, w in LANGUAGES.items() if w is g.w), "")
    if key not in FOREIGN_NOUNS:
        return None
    tail = head[max(0, len(head) - 200):]
    shift = len(head) - len(tail)
    for pattern in _patterns(key):
        m = pattern.search(tail)
        if not m:
            continue
        lead = tail[:m.start()].split()
        if lead and lead[-1].lower() in _IN | g.w.prepositions and g.VERB.search(tail, 0, m.start()) \
                and not answers(key, lead):
            continue  # `Müller sagte in einer Erklärung, dass`: the verb's clause, as in English
        if "pron" in m.groupdict():
            return Who("pronoun", text=m.group("pron")), shift + m.start()
        if "who" not in m.groupdict():
            return Who("none"), shift + m.start()
        who = g.name_at_end(m.group("who"), index)
        if who.kind not in ("person", "family") and key == "de":  # `Müllers`, `Weber'`: the name without its genitive
            bare = re.sub(r"(?:s|'|’)$", "", m.group("who"))
            who = g.name_at_end(bare, index) if bare != m.group("who") else who
        if who.kind in ("person", "family", "joint", "role"):
            return who, shift + m.start("who")
    return None
