"""Claims written in French, Spanish and German: the brief's grammar (newsroom.py's words; Japanese
is japanese.py's), and who such a claim gives {quote-id} to."""
from __future__ import annotations

import re

from ..inputs.project import PLACEHOLDER as _PLACEHOLDER
from ..patterns import lazy
from . import japanese
from .appositions import _foreign_owned_pattern, _owned_role
from .claimrefs import _antecedent, _foreign_mentions, _subject_before
from .claimtext import _SENTENCE, _around, placement
from .clauses import Who
from .foreign import Foreign
from .gapping import _FOREIGN_GAP, _FOREIGN_JOINER, _gapped, _respectively
from .newsroom import LANGUAGES, words_for
from .ownwords import own_words
from .passives import agent
from .pronouns import agrees, number
from .quoting import quoted
from .relatives import foreign_relative, said_inside
from .sayings import answers, foreign_noun_speaker
from .speakers import Names

_GRAMMARS: dict[str, Foreign] = {}


def claim_grammar(language: str | None) -> Foreign | None:
    """The attribution grammar of a brief's language (newsroom.py's words), None for English
    (and any language without word lists: read as English, as before)."""
    if (language or "").split("-")[0].lower() == "ja":
        return japanese.JAPANESE
    words = words_for(language)
    if words is None:
        return None
    key = (language or "").split("-")[0].lower()
    if key not in _GRAMMARS:
        _GRAMMARS[key] = Foreign(words)
    return _GRAMMARS[key]


# Le Monde, El País and the FAZ attribute as the wires do; a claim reads `Dupont a déclaré {q}`,
# `{q}, a déclaré Dupont`, `Selon Dupont, {q}`, `Pérez dijo: {q}`, `Müller sagte: {q}`,
# `Müller zufolge {q}`, `Wie Müller sagte, {q}`. Only the subject of the verb counts: not a name
# after a preposition (`Dupont a répondu à Martin : {q}`, `Der Sprecher von Müller sagte: {q}`).
def foreign_speaker(g: Foreign, claim: str, qid: str, quotes: dict, index: Names, people: dict | None = None,
                    nth: int = 0) -> Who:
    """Who a claim in the brief's language gives the quote {qid} to."""
    people = people or {}
    text, start, here, head, tail = _around(claim, qid, quotes, people, nth)
    placed = [(m.start(), quotes[m.group(1)].speaker) for m in _PLACEHOLDER.finditer(claim[:placement(claim, qid, nth)])
              if m.group(1) in quotes]
    language = next((k for k, w in LANGUAGES.items() if w is g.w), None)
    if phrased := own_words(text, start, here, head, tail, index, placed, claim, g, language):
        return phrased  # `{q}, selon ses mots`, `in Webers Worten, {q}`: the phrase's person (ownwords.py)
    if cited := quoted(head, index, language, tail):
        return cited  # `Martin, citant Dupont, a déclaré : {q}`: Dupont's (quoting.py)
    if inside := said_inside(language, head, tail, g.VERB):
        return inside  # `Ceux qui l'ont qualifié de {q} …, a déclaré Dupont`: theirs (relatives.py)
    gapped = _gapped(head, index, g.VERB, g.name_at_end, _FOREIGN_GAP, g.unnamed_subject)
    if gapped:
        return gapped
    if noun := foreign_noun_speaker(g, head, index):  # `Martin a rejeté l'affirmation de Dupont selon laquelle {q}`
        who, at = noun
        if who.kind == "pronoun" and language and answers(language, head[:at].split()):
            return _answered(g, text, start, head[:at], index, placed, claim, who.text)
        return _antecedent(text, start + at, index, placed, claim, g) if who.kind == "pronoun" else who  # (as `Sein Resümee:`)
    who = g.subject(head, index, last=True) if g.VERB.search(head) else Who("none")
    if relative := foreign_relative(language, head, who, index, g.VERB):
        return relative  # `La commission que préside Dupont a déclaré`: the commission's (relatives.py)
    if who.kind in ("none", "role", "nobody") and (passive := agent(head, tail, index, language)):
        return passive  # `avait été jugée {q} par Emmanuel Macron`: the passive's agent
    after = who.kind == "none" and bool(g.VERB.search(tail))  # `{q}, a-t-elle dit`: its clause follows it
    if after:
        who = g.subject(tail, index)
    if who.kind == "joint":
        return _respectively(text, start, here, who, index, _FOREIGN_JOINER) or who
    owned_pattern = _foreign_owned_pattern(g)
    owned = _owned_role(text, start, here, index, owned_pattern) if owned_pattern else None
    if owned and (who.kind in ("role", "unknown", "none", "nobody", "pronoun") or who.kind == "person" and who.pid == owned.pid):
        return owned
    if who.kind == "none" and (own := _THEIR_WORDS.search(head)):  # `Sein Resümee zur Sitzung: {q}`
        return _antecedent(text, start + own.start(1), index, placed, claim, g)
    if who.kind == "none" and head.rstrip().endswith(":"):
        who = g.colon_subject(head, index)  # `Dupont a été claire : {q}`
    if who.kind == "pronoun":  # (the pronoun as a word: not the `er` of `Weber`)
        words = [] if after else list(re.finditer(rf"(?<![\w'-]){re.escape(who.text)}(?![\w'-])", head))
        upto = start + words[-1].start() if words else here
        index = g.with_women(text[:here], index)
        return _clause_subject(g, text[start:upto], index, who.text) or \
            _subject_before(text, start, upto, index, placed, claim, who.text, g)
    if who.kind in ("person", "family", "joint", "unknown"):
        return who
    if who.kind in ("role", "nobody"):
        return Who("role", text=who.text)
    if g.reports(head + tail):  # `…, sagte Merkel. Andererseits seien die Todeszahlen {q}`: still Merkel's
        return _last_attribution(g, text, start, index, placed, claim)
    named = [(pos, pid) for pos, pid, naming in _foreign_mentions(g, text, index, here) if naming and pos >= start]
    if named:
        return Who("person", named[-1][1])
    if not head.strip(" ,;:-") and not g.VERB.search(tail):
        return _antecedent(text, start, index, placed, claim, g)  # a quote that is its own sentence
    return Who("none")


# A possessive and a noun of what was said, then a colon: the words of the person the possessive
# stands for (`Sein Resümee zur Sitzung des Kabinetts: {q}`, `Son message : {q}`, `Su respuesta: {q}`),
# as English `In her words, {q}` and `His answer was blunt: {q}` read (claimspeaker.py).
_THEIR_WORDS = lazy(
    r"(?i)(?:^|\s)(sein|seine|ihr|ihre|son|sa|ses|leur|su|sus)\s+(?:resümee|fazit|worte|botschaft|antwort|urteil|"
    r"bilanz|appell|mahnung|warnung|bilan|conclusion|message|réponse|mots|propos|verdict|mensaje|respuesta|"
    r"palabras|conclusión|veredicto|advertencia)\b[^.!?:]{0,80}:\s*$")


def _answered(g: Foreign, text: str, start: int, before: str, index: Names, placed: list, claim: str, word: str) -> Who:
    """`Dupont a parlé. Martin a répondu à son affirmation selon laquelle {q}`: a verb of answering
    takes another's words, so the possessive is not its subject's: it stands for the last person
    named before that subject, else for no one (claimframes.answered, in English)."""
    subjects = g.clause_subjects(before, index)
    if not subjects or subjects[-1].kind != "person":
        return _antecedent(text, start + len(before), index, placed, claim, g, word=word)
    named = text.rfind(subjects[-1].text, start, start + len(before))
    found = _antecedent(text, named, index, placed, claim, g, word=word) if named >= 0 else Who("pronoun", text=word)
    return found if found.pid != subjects[-1].pid else Who("pronoun", text=word)


def _last_attribution(g: Foreign, text: str, start: int, index: Names, placed: list, claim: str) -> Who:
    """Whom a sentence of indirect speech with no verb of saying continues (German Konjunktiv I, as
    Duden and the agencies write it on): the subject of the last verb of saying before it, past
    sentences that have none; with none in the claim, an unresolved reference (the block before)."""
    starts = [0] + [m.end() for m in _SENTENCE.finditer(text) if 0 < m.end() < start] + [start]
    for begin, end in reversed(list(zip(starts, starts[1:]))):
        sentence = text[begin:end]
        who = g.subject(sentence, index, last=True) if g.VERB.search(sentence) else Who("none")
        if who.kind == "pronoun":
            words = list(re.finditer(rf"(?<![\w'-]){re.escape(who.text)}(?![\w'-])", sentence))
            upto = begin + words[-1].start() if words else end
            return _clause_subject(g, text[begin:upto], index, who.text) or \
                _antecedent(text, upto, index, placed, claim, g, word=who.text)
        if who.kind in ("role", "nobody"):
            return Who("role", text=who.text)
        if who.kind != "none":
            return who
    return Who("pronoun", text="")


def _clause_subject(g: Foreign, before: str, index: Names, word: str) -> Who | None:
    """The person a subject pronoun stands for in its own sentence: the last subject named before it
    that agrees (`Dupont avait eu des mots contre Martin, {q} avait-elle dit`, `…, {q}, había dicho`,
    `…, {q}, sagte sie`: Dupont), never a nearer object or complement; None when the sentence names
    no subject (an earlier sentence's, or `selon lui`'s, is _antecedent's to find)."""
    if word.lower() in g.w.object_pronouns or re.search(r"(?i)(?:" + "|".join(g.w.according) + r")\s*$", before):
        return None
    kind = number(word)  # `ont-ils dit` stands for a joint subject, `a-t-elle dit` for one person
    for who in reversed(g.clause_subjects(before, index)):
        if who.kind == "joint" and kind != "singular":
            return who
        if who.kind == "person" and kind != "plural" and agrees(word, index.pronouns.get(who.pid, frozenset())):
            return who
    return None
