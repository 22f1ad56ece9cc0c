"""Whom a claim's `the <office>` names: AP's second reference by title, as the sources read it.

`the minister`, `the secretary`, `the prime minister` name the person the text before it last
introduced with that office (`Defense Minister Ann Lee`, `Ann Lee, the defence minister,`), and
no one when it introduced two people with it (clauses.introduced, as reported.py reads a story).
A brief names its people as people.yaml gives them (their introduction on first mention is
printed from it), so when the text introduced no one with the office, the title names the one
person named before it whose role, labels or introduction give it (`Lee left. The minister
said {q}`, Lee a Minister); two such people, or none, and it names no one. An office with a
rank before it lends no noun (a Vice President is not `the president`: clauses.references).
"""
from __future__ import annotations

import re

from ..inputs.models import Person
from ..patterns import lazy
from .clauses import VERB, Who, introduced, references, subject, subject_at
from .speakers import Names

# A preposition that hands the rest of a role to someone else: a Spokesman for the
# Secretary-General is a spokesman, not the secretary-general (an office's own `of` stays:
# clauses.references reads `Secretary of Defense` as `the secretary`).
_HANDS_ON = lazy(r"(?i)\s+(?:for|to|at|with|in|on|under|de|du|des|del|der|von)\s+.*$")
_LEAD = lazy(r"(?i)^(?:the|a|an|[^\W\d_][\w.-]*(?:'s|'))\s+")


def offices_of(person: Person) -> set[str]:
    """The second references people.yaml gives a person: from their role, their labels (`THE
    PRESIDENT`) and their English introduction (`the prime minister of Japan`)."""
    phrases = [person.role, *person.labels, *(text for lang, text in person.introduction.items() if lang[:2] == "en")]
    found: set[str] = set()
    for phrase in phrases:
        words = _HANDS_ON.sub("", _LEAD.sub("", phrase.replace("’", "'").strip())).split()
        found |= references(words)
        if "of" in (lower := [w.lower() for w in words]):  # `prime minister of Japan`: also `the prime minister`
            found |= references(words[:lower.index("of")])
    return found


def by_role(noun: str, pids: set[str], people: dict) -> set[str]:
    """Those of `pids` whose people.yaml role ends in `noun` (`the analyst`: a Senior analyst)."""
    return {pid for pid in pids if pid in people
            and any(ref.split()[-1] == noun.lower() for ref in offices_of(people[pid]) if ref)}


def written(office: str) -> re.Pattern:
    """`the <office>` as a text writes it: `The Secretary-General`, `the U.S. defense secretary`."""
    words = r"[\s-]+".join(map(re.escape, office.split()))
    return re.compile(r"\b(?i:the)\s+(?:[A-Z][\w.'-]*\s+){0,2}?(?i:" + words + r")\b")


def holder(sentences: list[str], office: str, index: Names, people: dict) -> Who | None:
    """Who `the <office>` names after the text `sentences` (in order): a person, Who('ambiguous',
    'id1,id2', 'the <office>') when two hold it there, or None when no one does."""
    shown = {pid for s in sentences for refs, pid in introduced(s, index) if office in refs}
    if not shown:
        named = {pid for s in sentences for m in index.pattern.finditer(s)
                 for pid in index.by_form.get(m.group(0).casefold(), ()) if len(index.by_form[m.group(0).casefold()]) == 1}
        shown = {pid for pid in named if pid in people and office in offices_of(people[pid])}
    if len(shown) == 1:
        return Who("person", next(iter(shown)), "the " + office)
    if shown:
        return Who("ambiguous", ",".join(sorted(shown)), "the " + office)
    return None


_CLAUSE = lazy(r"(?i)(?:[,;]\s*|\s)(?:and|but|while|whereas|whilst)\s+|;\s*")


def forward(rest: str, office: str, index: Names, people: dict) -> Who | None:
    """The person a title names ahead of them (`The secretary said former President Truman was
    {q}, and Panetta quoted the former president, saying {q2}`): the subject of the sentence's
    next verb of saying after the title's (`rest`, up to the sentence's end), when people.yaml or
    that clause gives them the office; else None."""
    verb = VERB.search(rest)
    if not verb:
        return None
    cuts = [m.end() for m in _CLAUSE.finditer(rest, 0, verb.start())]
    clause = rest[cuts[-1] if cuts else 0:]
    who = subject(clause, index)
    if who.kind != "person" or who.pid not in people:
        return None
    titled = any(office in refs for refs, pid in introduced(clause, index) if pid == who.pid)
    return Who("person", who.pid, "the " + office) if titled or office in offices_of(people[who.pid]) else None


def later(sentences: list[str], office: str, index: Names, people: dict) -> Who | None:
    """The person a title names when the claim names them only in a later sentence (a briefing's
    `The Secretary-General said that {p}. … {p2}, Mr. Guterres added.`): the first later sentence
    whose verb of saying has a person for its subject decides; theirs when people.yaml gives them
    the office, else no one's (`… Lee added` names no secretary-general)."""
    for sentence in sentences:
        who = subject_at(sentence, index)[0]
        if who.kind == "person":
            held = who.pid in people and office in offices_of(people[who.pid])
            return Who("person", who.pid, "the " + office) if held else None
    return None
