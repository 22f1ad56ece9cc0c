"""What an ellipsis may not drop beside the words it keeps, beyond alterations.py's rules.

An omission must leave the meaning intact (Chicago 13.50; AP: quotations are not altered to
change their sense). Three ways a short omission changes it without dropping a negation:

- the degree word of a kept adjective or adverb (`is … dangerous` for `is more dangerous than
  it has been`, `est … grave` for `est plus grave`): a comparison becomes a plain statement;
- a restrictive relative clause after a kept noun (`prosecute disclosures … without` for
  `prosecute disclosures that inflict harm upon our national security without`): no comma sets
  it off, so it says which ones are meant, and the quote then speaks of them all;
- the end of one sentence and the start of the next, where the words after it are a phrase
  that needs a verb (`Costa was elected … to lead the Commission`): the words on either side of
  an omission between sentences must each be grammatically complete (Chicago 13.53), not the
  halves of two fused into one.
"""
from __future__ import annotations

import re

from ..patterns import lazy
from .alterations import words
from .clauses import VERB
from .matcher import SEP, Gap, Match
from .textcheck import NOT_ABBREVIATED

# Words that grade the adjective or adverb after them (English, French, Spanish).
_DEGREE = frozenset("more less most least fewer too plus moins más menos".split())
# `that` opens a content clause after these (`said that`, `so that`), not a relative one.
_CONTENT = frozenset("so such now given except provided believe believes believed think thinks thought know knows "
                     "knew hope hopes hoped ensure ensures ensured show shows showed shown mean means meant clear sure "
                     "fact is was are were be been".split())
# What begins a clause's subject: after `that`, these make it a content clause (`know that we`).
_SUBJECT = frozenset("i we you he she they it this these those there the a an our my your his her their its "
                     "one some all many no each every any".split())
_RELATIVE = lazy(r"^\s*(that|who|whom|whose|which)\s+([\w'’-]+)", re.I)
# (not after an initial or a title's abbreviation: `Mr. Lee`, `J. Comey`)
_SENTENCE_END = lazy(r"[.!?]" + NOT_ABBREVIATED + r"[\"”’')]*\s+(?=[\"“‘'(]?[^\W\d_])|" + SEP)
# Words that set what follows on a verb before them: a preposition or an infinitive's marker
# cannot open a sentence's clause of its own (`… pour assumer la présidence`, `… to lead it`).
_ATTACHED = frozenset("to for of in on at by with from into than as pour de du des à au aux par dans sur avec en "
                      "para del al por con".split())


def check(match: Match) -> str | None:
    """The first problem with one of the match's ellipses, or None."""
    for gap in match.gaps:
        if gap.where != "ellipsis" or not gap.source.strip():
            continue
        problem = _graded(gap) or _restricted(gap) or _fused(gap)
        if problem:
            return problem
    return None


def _graded(gap: Gap) -> str | None:
    dropped = words(gap.source)
    kept = re.match(r"\s*([^\W\d_][\w'’-]*)", gap.after)
    if not dropped or dropped[-1] not in _DEGREE or not kept or not gap.source.rstrip()[-1:].isalpha():
        return None
    return (f"the ellipsis drops '{dropped[-1]}', which grades the kept '{kept.group(1)}': the quote turns a "
            "comparison into a plain statement; keep the word, or end the quote before it")


def _restricted(gap: Gap) -> str | None:
    found = _RELATIVE.match(gap.source)
    before = re.search(r"([^\W\d_][\w'’-]*)\s*$", gap.before)
    if not found or not before or before.group(1).lower() in _CONTENT or VERB.fullmatch(before.group(1)):
        return None
    pronoun, nxt = found.group(1).lower(), found.group(2)
    if pronoun == "that" and (nxt.lower() in _SUBJECT or nxt[:1].isupper() or nxt[:1].isdigit()):
        return None  # `that we`, `that Chan`: a content clause, or one whose own subject says what it is
    clause = gap.source.strip().split(SEP)[0]
    clause = re.split(r"[,;:.!?]", clause)[0].strip()
    return (f"the ellipsis drops '{clause}', which says which {before.group(1)} are meant: without it the quote "
            "speaks of them all; keep the clause, or end the quote before it")


def _fused(gap: Gap) -> str | None:
    src = gap.source
    ends = list(_SENTENCE_END.finditer(src))
    if not ends:
        return None
    head, tail = src[:ends[0].start()], src[ends[-1].end():]
    before_ends = gap.before.rstrip(" ")[-1:] in ("", ".", "!", "?", SEP)
    first = re.match(r"\s*([^\W\d_]+)", gap.after)
    if before_ends or not head.strip() or not tail.strip() or not first or first.group(1).lower() not in _ATTACHED:
        return None  # `… people were turning to podcasts`: a clause of its own, the sentence's sense kept
    opening = " ".join(tail.split()[:4])
    return (f"the ellipsis joins the start of one sentence to the end of another (the one that begins "
            f"'{opening} …'): a quote across sentences keeps each one whole; quote them apart")
