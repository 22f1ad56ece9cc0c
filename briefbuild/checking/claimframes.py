"""What frames a claim's quote beside its verb: another's words that the verb answers or echoes
(`Chan questioned her contention that {q}`, `Lee echoed Chan's warning that {q}`), a pronoun
that reports about a name (`Chan, she said, was {q}`) and a point of view (`In Lee's view, Chan
was {q}`)."""
from __future__ import annotations

import re

from ..patterns import lazy
from .claimrefs import _antecedent
from .claimtext import _around
from .clauses import VERB, Who, name_at_end
from .referents import clause_subjects
from .sayings import ANSWERS, REPEATS, noun_speaker, verb_before
from .speakers import Names


def echoed(claim: str, qid: str, quotes: dict, index: Names, people: dict, nth: int = 0) -> tuple[str, str, str] | None:
    """`Lee echoed Chan's warning that {q}`: (the subject's id, the verb, the noun) when a verb of
    repeating (sayings.REPEATS) has another person's noun of saying for its object: the words
    stand as that noun's content, its owner's, though the subject said something like them."""
    _, _, _, head, tail = _around(claim, qid, quotes, people, nth)
    owned = noun_speaker(head, index, bool(VERB.search(tail)))
    verb = verb_before(head, owned[1]) if owned and owned[0].kind == "person" else None
    if not owned or not verb or verb.group(1) not in REPEATS:
        return None
    subjects = clause_subjects(head[:verb.start()], index)
    words = re.sub(r"(?:\s+that,?|\s*[,:])\s*$", "", head[owned[1]:]).split()
    if not subjects or subjects[-1].kind != "person" or subjects[-1].pid == owned[0].pid or not words:
        return None
    return subjects[-1].pid, verb.group(1), words[-1]


def answered(text: str, start: int, at: int, index: Names, placed: list, claim: str, word: str) -> Who | None:
    """`Lee spoke. Chan questioned her contention that {q}`: a verb of answering (sayings.ANSWERS)
    takes another's words for its object, so the possessive is not its named subject's (unless
    `her own`): it stands for the last person named before that subject, else for no one. None
    when no such verb and subject come before it."""
    verb = verb_before(text, start + at)
    if not verb or verb.group(1) not in ANSWERS or re.match(r"\w+\s+own\b", text[start + at:]):
        return None
    subjects = clause_subjects(text[start:verb.start()], index)
    if not subjects or subjects[-1].kind != "person":
        return None
    named = text.rfind(subjects[-1].text, start, verb.start())
    found = _antecedent(text, named, index, placed, claim, word=word) if named >= 0 else Who("pronoun", text=word)
    return found if found.pid != subjects[-1].pid else Who("pronoun", text=word)


# `Chan, she said, was {q}`: a name before a parenthetical tag is the subject of what the tag
# reports, so the tag's pronoun cannot stand for it (a pronoun does not precede and command a name
# it refers to: `she said Chan was` is never Chan's own telling).
_NAME_COMMA = lazy(r"(?:^|(?<=[\s.!?]))(?P<name>[^\W\d_a-z][\w.'’-]*(?:\s+[^\W\d_a-z][\w.'’-]*){0,3})\s*,\s*$")
_TAG = lazy(r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s*,")


def reported_name(text: str, at: int, index: Names, placed: list, claim: str, word: str) -> Who | None:
    """Whom a parenthetical tag's pronoun (at `at`) stands for when a name opens what it reports:
    the last person named before that name, else no one; None for another pronoun."""
    name = _NAME_COMMA.search(text, max(0, at - 80), at)
    tag = _TAG.match(text, at + len(word))
    if not name or not tag or not VERB.fullmatch(tag.group("verb")):
        return None
    pids = index.by_form.get(name.group("name").casefold(), frozenset())
    if len(pids) != 1:
        return None
    found = _antecedent(text, name.start(), index, placed, claim, word=word)
    return found if found.pid not in pids else Who("pronoun", text=word)


# A sentence framed as someone's point of view (`In Lee's view,`, `In Lee's telling,`, `Chan, by Lee's
# account,`): what the sentence says, its quote too, is the owner's, whoever is its subject.
_VIEW = lazy(r"(?:^|,)\s*(?i:in|by|to)\s+(?P<who>(?:[^\W\d_][\w.'’-]*\s+){0,3}[^\W\d_][\w.'’-]*?)(?:'s|’s|'|’)\s+(?:own\s+)?"
             r"(?i:view|views|telling|account|assessment|opinion|judge?ment|verdict|estimation|reckoning|mind)\s*,")


def point_of_view(head: str, index: Names) -> Who | None:
    """The person a sentence's opening point of view names, or None."""
    m = next(reversed(list(_VIEW.finditer(head))), None)  # (also set off by commas: `Chan, by Lee's account, was`)
    who = name_at_end(m.group("who"), index) if m else None
    return who if who and who.kind in ("person", "family") else None


# A verb of summing up or paraphrasing before a colon (`Chan summarized Lee's argument: {q}`, `Chan
# paraphrased Lee:`): what follows is the summary, in its subject's words, not the words of the
# person summed up (AP: a paraphrase is never set in quotation marks as the original speaker's).
_SUMMED = lazy(r"(?<![\w'-])(?i:summed\s+up|sums\s+up|summari[sz]ed|summari[sz]es|paraphrased|paraphrases|"
               r"restated|restates|boiled\s+down|distilled)\s+[^:;.!?\"]{1,80}?:\s*$")


def summarised(head: str, index: Names) -> Who | None:
    """The person whose summary the quote after a colon is: the subject of the verb of summing up."""
    m = _SUMMED.search(head, max(0, len(head) - 120))
    subjects = clause_subjects(head[:m.start()], index) if m else []
    return subjects[-1] if subjects and subjects[-1].kind == "person" else None
