"""Who a claim's subject pronoun after a quote stands for, and a speech act's quoted phrase.

AP attribution after a quotation (`{q}, she added`, `{q}, said he`) continues the person the
sentence is about: the last one it names as a clause's subject, never an object or a complement
(`Lee criticized Chan: {q}, she added` is Lee's), and only one whose pronouns agree (people.yaml).
A speech act (thank, praise, welcome, commend, congratulate, hail) with a short quoted phrase in
its object (`Stoltenberg thanked Biden for the {q} provided by …`) gives the phrase to its subject,
as AP's partial quotes do: the words are the thanker's, not the thanked person's.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..patterns import lazy
from .clauses import NAME_MODIFIES, VERB, Who, _subject_of
from .pronouns import agrees, number
from .speakers import Names, is_title

_FILLERS = frozenset("the a an former then ex late".split())
# Words that open a clause: a name right after one is its subject when a verb follows it.
_OPENERS = frozenset("and but or so yet while whereas as when after before because although though since once "
                     "then until if".split())
# Words after a name that are not its verb: it ends a complement or a list (`Lee and Chan met`, `Lee in 2018`).
_NOT_VERBS = frozenset("and or nor of for to with from by at in on about than as the a an but".split())
_BOUNDARY = lazy(r"[,;:()\"—–]")


def verb_follows(rest: str, not_verbs: frozenset[str] = _NOT_VERBS, comma: bool = True) -> bool:
    """Whether the words after a name begin its predicate (`Lee criticized`, `Lee, the minister, said`,
    `Lee, who had warned`), not more of a noun phrase (`Lee and Chan`, `Lee in 2018`, `Lee.`): a word
    in lower case that is none of the language's `not_verbs` (prepositions, conjunctions, articles);
    `comma`: one may stand between (English `Lee, said …` is read so; French `Martin, a …` is not)."""
    aside = re.match(r"\s*,[^,.;:!?]{1,60},", rest)
    word = re.match(r"\s*,?\s*([^\W\d_][\w'’-]*)" if comma else r"\s*([^\W\d_][\w'’-]*)",
                    rest[aside.end():] if aside else rest)
    if not word or word.group(1)[:1].isupper():
        return False
    return word.group(1).lower() not in not_verbs


def _joined_subject(sentence: str, at: int, index: Names) -> bool:
    """Whether `and` and a name with its verb follow (`In Tokyo, Lee and Chan met`)."""
    both = re.match(r"\s+and\s+", sentence[at:])
    other = index.pattern.match(sentence, at + both.end()) if both else None
    return other is not None and verb_follows(sentence[other.end():])


def subjects_in(sentence: str, index: Names, boundary: re.Pattern, opens: frozenset[str], ands: frozenset[str],
                admits: Callable[[list[str], int], bool], listed: Callable[[str, int], bool],
                skip: Callable[[str], bool] = lambda rest: False) -> list[Who]:
    """The people a sentence names as a clause's subject, in order, by one language's rules: a name
    whose words before it, since the last `boundary` mark and `opens` word (a conjunction), the
    language `admits` (articles, titles; no preposition); after a boundary or conjunction only
    where it is not `listed` (no verb after it: a list, a complement); two joined by one of `ands`
    are one joint subject. `skip(rest)`: a name that modifies what follows it (a possessive)."""
    found: list[Who] = []
    last_end = -1
    for m in index.pattern.finditer(sentence):
        pids = index.by_form.get(m.group(0).casefold())
        if not pids or len(pids) != 1 or skip(sentence[m.end():]):
            continue
        lead = boundary.split(sentence[:m.start()])
        words = lead[-1].split()
        joined = max((k + 1 for k, w in enumerate(words) if w.lower() in opens), default=0)
        if not admits(words, joined):
            continue  # `criticized Chan`, `with Chan`: an object, a complement
        if (joined or len(lead) > 1) and listed(sentence, m.end()):
            continue  # `…, Chan and the others`, `and Chan in 2018`: a list, not a clause
        pid = next(iter(pids))
        if found and last_end >= 0 and sentence[last_end:m.start()].strip().lower() in ands:
            both = sorted(set(found[-1].pid.split(",")) | {pid})  # `Lee and Chan met Smith`: both
            found[-1] = Who("joint", ",".join(both), found[-1].text + sentence[last_end:m.end()])
        else:
            found.append(Who("person", pid, m.group(0)))
        last_end = m.end()
    return found


def clause_subjects(sentence: str, index: Names) -> list[Who]:
    """The people an English sentence names as a clause's subject, in order: the name that opens
    it, or opens a clause after a comma, a colon or a conjunction and has its verb after it; two
    joined by `and` are one joint subject. An object, a possessive or a preposition's name is none."""
    return subjects_in(
        sentence, index, _BOUNDARY, _OPENERS, frozenset({"and"}),
        admits=lambda words, joined: all(w[:1].isupper() or w.lower() in _FILLERS or is_title(w.lower())
                                         for w in words[joined:]),
        listed=lambda text, at: not verb_follows(text[at:]) and not _joined_subject(text, at, index),
        skip=lambda rest: bool(re.match(r"(?:'s|')(?!\w)", rest) or NAME_MODIFIES.match(rest)))


def subject_pronoun(head: str, index: Names, word: str, subjects=clause_subjects) -> Who | None:
    """The person a subject pronoun after a quote stands for in its own sentence (`head`, the words
    before the quote): the last clause subject that agrees; None when there is none (an earlier
    sentence's subject, or a nearer name the pronoun alone agrees with, is the caller's to find)."""
    kind = number(word)
    for who in reversed(subjects(head, index)):
        if who.kind == "joint" and kind != "singular":
            return who
        if who.kind == "person" and kind != "plural" and agrees(word, index.pronouns.get(who.pid, frozenset())):
            return who
    return None


# Verbs of a speech act whose object may hold the speaker's own quoted phrase (AP partial quotes).
_ACTS = lazy(r"(?<![\w'-])(?:thank|praise|welcome|commend|congratulate|hail|applaud|salute|laud)(?:s|ed|d)?(?![\w'-])")
# The quote stands in a noun phrase of the object: after a determiner or a possessive pronoun and
# at most two modifiers (`for the {q}`, `for his {q}`, `the country's {q}`).
_IN_OBJECT = lazy(r"(?i)\b(?:the|a|an|his|her|their|its|our|this|that|these|those|[^\W\d_]+'s)(?:\s+[a-z][\w-]*){0,2}\s+$")
_SHORT = 8  # words: a phrase, not a sentence of the speaker's


def speech_act(head: str, index: Names, quote_text: str) -> Who | None:
    """The subject of a speech act whose object holds the quote as a short phrase, or None."""
    text = quote_text.strip()
    if len(text.split()) > _SHORT or text.endswith((".", "!", "?")) or not _IN_OBJECT.search(head):
        return None
    acts = list(_ACTS.finditer(head))
    if not acts:
        return None
    between = head[acts[-1].end():]
    if re.search(r"[.;:!?\"]", between) or VERB.search(between):
        return None  # the phrase is not in that verb's object
    who = _subject_of(head, acts[-1], index)
    return who if who.kind in ("person", "family") else None
