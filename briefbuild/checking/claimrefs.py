"""Whom a pronoun, or a quote that stands as its own sentence, stands for in a claim: the people
named before it who count as naming a speaker, and the last of them a reader carries on."""
from __future__ import annotations

import re

from ..patterns import lazy
from .claimtext import _SENTENCE
from .clauses import NAME_MODIFIES, VERB, Who, _owned_title, sentence_subject, subject
from .foreign import Foreign
from .gapping import _opening_joint
from .nouns import SAID_NOUNS
from .pronouns import agrees, number
from .speakers import Names

# Nouns for what a person says: `in Lee's words`, `Lee's answer was blunt:`, `in her view` (nouns.py).
_SAID_NOUNS = SAID_NOUNS
_WORDS_OF = lazy(r"^(?:'s|')\s+" + _SAID_NOUNS)


_IN_WORDS_OF = lazy(r"\b(?:in\s+the\s+(?:own\s+)?words\s+of|to\s+quote|quoting)\s+$", re.I)


_OBJECT = lazy(r"(?:\b(?:unlike|like|with|to|than|against|from|by|for|about|toward|towards|of|"
               r"after|before|and|not)\s+)$", re.I)  # `It was Chan, not Lee, who said`: Lee is not the one


def _mentions(text: str, index: Names, upto: int):
    """(position, person id, counts as naming the speaker) of each person named before `upto`."""
    for m in index.pattern.finditer(text, 0, upto):
        pids = index.by_form.get(m.group(0).casefold())
        if not pids or len(pids) != 1:
            continue
        rest = text[m.end():]
        possessive = bool(re.match(r"(?:'s|')(?!\w)", rest))
        naming = not possessive or bool(_WORDS_OF.match(rest))
        if _OBJECT.search(text[max(0, m.start() - 12):m.start()]) and not _IN_WORDS_OF.search(text[:m.start()]):
            naming = False
        if re.match(r"\s+[^\W\d_]", rest) and rest.lstrip()[:1].isupper():
            naming = naming and False  # `the Jones Institute`
        if NAME_MODIFIES.match(rest):
            naming = False  # `a Lee aide said`: the aide speaks
        if _owned_title(text[max(0, m.start() - 80):m.start()].lower().split()[-6:]):
            naming = False  # `A spokesperson for Senator Ann Lee said`: the senator's spokesperson speaks
        yield m.start(), next(iter(pids)), naming


def _subject_before(text: str, start: int, upto: int, index: Names, placed: list, claim: str, word: str,
                    g: Foreign | None = None) -> Who:
    """Whom a subject pronoun stands for when its own sentence names no subject that agrees: an
    earlier sentence's (`Chan spoke. Lee met Smith: {q}, she added`), else the last person named
    that agrees, an object only then (`Lee criticized Chan: {q}, she added`, Lee being he/him)."""
    earlier = _antecedent(text, start, index, placed, claim, g, word=word)
    if earlier.kind != "pronoun" or earlier.pid:
        return earlier
    return _antecedent(text, upto, index, placed, claim, g, word=word)


def _antecedent(text: str, upto: int, index: Names, placed: list, claim: str, g: Foreign | None = None,
                word: str = "", agree: bool = True) -> Who:
    """The last person named before a pronoun, as a subject where there is one (`Lee spoke after
    Chan. She said …` is Lee; `Elle a ajouté`, `Sie sagte` with `g`, the brief's grammar). With
    no one named, an unresolved reference: a pronoun without its person (`word`, the pronoun;
    '' for a quote that continues a speaker), for the block before the claim to resolve."""
    plural = word.lower() in ("they", "them", "their") if not g else number(word) == "plural"
    if agree and plural and index.pronouns:  # `Lee and Chan spoke. They said`: all of them, whatever their pronouns
        everyone = _antecedent(text, upto, index, placed, claim, g, word, agree=False)
        if everyone.kind == "joint":
            return everyone

    def fits(pid: str) -> bool:  # a pronoun that does not agree with someone's pronouns is not theirs
        return not agree or agrees(word, index.pronouns.get(pid, frozenset()))
    mentions = [m for m in (_foreign_mentions(g, text, index, upto) if g else _mentions(text, index, upto)) if fits(m[1])]
    placed = [p for p in placed if fits(p[1])]
    named = [(pos, pid) for pos, pid, naming in mentions if naming] or [(pos, pid) for pos, pid, _ in mentions]
    starts = [0] + [m.end() for m in _SENTENCE.finditer(text) if m.end() <= upto]
    if named and named[-1][0] < starts[-1]:
        # Named in an earlier sentence: that sentence's subject is the one a reader carries on
        # (`Lee met Chan. She said …` is Lee's), as the source side reads a pronoun.
        at = named[-1][0]
        begin = max(s for s in starts if s <= at)
        begin = max(begin, text.rfind(";", begin, at) + 1)  # `Chan spoke; Lee was unconvinced.`: the last clause's
        sentence = text[begin:min([s for s in starts if s > at] + [upto])]
        verb, read, whole = (g.VERB, g.subject, g.sentence_subject) if g else (VERB, subject, sentence_subject)
        who = read(sentence, index, last=True) if verb.search(sentence) else Who("none")
        several = _opening_joint(sentence, index) if plural else None
        if several and who.kind in ("none", "joint"):
            return several  # `Lee and Chan spoke. They said {q}`: all of them, no one person
        pid = who.pid if who.kind == "person" and not _agent(sentence, who.text, g) else whole(sentence.strip(), index)
        if pid and fits(pid):
            named[-1] = (at, pid)
    if placed and (not named or len(claim[:placed[-1][0]]) > named[-1][0]):
        return Who("person", placed[-1][1])
    return Who("person", named[-1][1]) if named else Who("pronoun", text=word)


# A passive's agent (`Lee was asked by Chan about the plan. She said`): the reader carries on the
# sentence's grammatical subject, Lee, not the agent its verb of saying names.
_BY_AGENT = lazy(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|d|t)\s+by\s+(?:[A-Z][\w.'-]*\s+){0,3}$")


def _agent(sentence: str, name: str, g: Foreign | None) -> bool:
    """Whether `name` stands in the sentence as a passive's agent (English)."""
    at = sentence.find(name) if name and not g else -1
    return at > 0 and bool(_BY_AGENT.search(sentence, 0, at))


def _foreign_mentions(g: Foreign, text: str, index: Names, upto: int):
    """(position, person id, counts as naming the speaker) of each person named before `upto`:
    not after a preposition (`Contrairement à Martin`, `a diferencia de García`, `mit Weber`)."""
    for m in index.pattern.finditer(text, 0, upto):
        pids = index.by_form.get(m.group(0).casefold())
        if not pids or len(pids) != 1:
            continue
        before = text[max(0, m.start() - 30):m.start()].split()
        naming = not g.objected(before)
        yield m.start(), next(iter(pids)), naming
