"""Verbs of answering: the one list every reader of attributions takes them from.

A reporter gives a reply its own verb (AP: `said` is best, but `replied`, `responded`,
`answered`, `retorted`, `countered` report a response; Le Monde `a répondu`, `a rétorqué`,
`a répliqué`; the FAZ `entgegnete`, `erwiderte`, `konterte`; El País `replicó`, `contestó`).
Such a verb introduces its subject's own words, as `said` does (clauses.py, newsroom.py); as a
sentence of its own after a quotation it reports a reaction, not who spoke (clauses.REACTIONS);
and its object is someone else's words (`Chan answered her claim that …`: not Chan's claim,
claimframes.answered).
"""
from __future__ import annotations

_ENGLISH_STEMS = "reply respond answer retort counter rejoin riposte".split()
# Phrasal verbs of answering, each tense a reporter writes.
_ENGLISH_PHRASES = ("shot back", "shoots back", "fired back", "fires back", "hit back", "hits back",
                    "snapped back", "wrote back", "writes back", "answered back")


def _english(stem: str) -> set[str]:
    """A stem's present, past and -ing forms (`reply` -> replies replied replying)."""
    if stem.endswith("y"):
        return {stem, stem[:-1] + "ies", stem[:-1] + "ied", stem + "ing"}
    if stem.endswith("e"):
        return {stem, stem + "s", stem + "d", stem[:-1] + "ing"}
    return {stem, stem + "s", stem + "ed", stem + "ing"}


ENGLISH = frozenset(f for stem in _ENGLISH_STEMS for f in _english(stem))
ENGLISH_PARTICIPLES = frozenset(f for f in ENGLISH if f.endswith("ing"))  # `…, replying that`: the main clause's
ENGLISH_PHRASES = frozenset(_ENGLISH_PHRASES)

# The forms a newspaper prints: present, passé composé's participle, imperfect, passé simple, plural.
FRENCH = frozenset((
    "répond répondu répondait répondit répondent répondaient "
    "rétorque rétorqué rétorquait rétorqua rétorquent rétorquaient "
    "réplique répliqué répliquait répliqua répliquent répliquaient "
    "riposte riposté ripostait riposta ripostent ripostaient "
    "objecte objecté objectait objecta objectent").split())
# Präteritum, Präsens and Partizip II (a separable one, `hielt … entgegen`, is left out: its particle stands apart).
GERMAN = frozenset((
    "antwortete antwortet antworteten geantwortet "
    "erwiderte erwidert erwiderten "
    "entgegnete entgegnet entgegneten "
    "konterte kontert konterten gekontert "
    "replizierte repliziert").split())
# Pretérito, presente and participle (`ha replicado`).
SPANISH = frozenset((
    "respondió responde respondido respondieron "
    "contestó contesta contestado contestaron "
    "replicó replica replicado replicaron "
    "retrucó retruca retrucado "
    "rebatió rebate rebatido").split())
FOREIGN = {"fr": FRENCH, "de": GERMAN, "es": SPANISH}
