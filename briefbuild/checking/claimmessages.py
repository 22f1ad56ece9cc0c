"""What a claim check says when a claim gives a quote to someone other than its speaker, to
several people, to no one, or says its speaker did not say it."""
from __future__ import annotations

import re

from .appositions import owned_roles
from .clauses import Who
from .jointly import ALTERNATIVES, STATEMENT_FIX
from .pronouns import agrees, of_person
from .speakers import Names, is_title


def _not_said(qid: str, speaker: str, people: dict, who: Who, denied: tuple[str, str], index: Names) -> str | None:
    """The message for `Chan did not say {lee-q}`: a negated attribution gives the words to no one, so
    the quotation marks would stand with no one saying them; they are the speaker's, who must
    introduce them. Chan: the subject, else the one person the words before the negation name."""
    other = who.pid if who.kind == "person" else ""
    if not other:
        named = {pid for m in index.pattern.finditer(denied[1]) for pid in index.by_form.get(m.group(0).casefold(), ())}
        other = next(iter(named)) if len(named) == 1 else ""
    if other not in people or other == speaker:
        return None
    person = people[speaker]
    return (f"direct quote '{qid}' is {person.name}'s words, but the claim only says {people[other].name} did "
            f"not say them ('{denied[0]}'): make {person.short} the subject of a verb that introduces it")


def _given_direct(qid: str, speaker: str, people: dict, who: Who, joint: str,
                  members: list[str] | None = None) -> str | None:
    """The message when a claim gives direct quote {qid} to someone other than its speaker, or to
    no one (None when to them); `joint`: the words naming several people, `members`: who they are
    (jointly.members; else who.pid's)."""
    person = people[speaker]
    if who.kind == "person" and who.pid == speaker:
        return None
    if who.kind == "family" and speaker in who.pid.split(","):
        return None  # `Smith said`, with two Smiths in people.yaml: the brief names the right one elsewhere
    if who.kind == "writer":
        return (f"direct quote '{qid}' is {person.name}'s words, but the claim gives them to '{who.text}', which in "
                f"the brief's own words is its writers: make {person.short} the subject of the verb that introduces "
                f"it ({person.short} said {{{qid}}})")
    if who.kind == "joint":
        return _given_joint(qid, speaker, people, joint, members if members is not None else who.pid.split(","))
    roles = owned_roles(who.text) if who.kind == "ambiguous" else None
    if who.kind == "ambiguous" and not roles and who.pid:  # `Lee met Doe. The minister said {q}`: both ministers
        held = " or ".join(people[pid].name for pid in who.pid.split(",") if pid in people)
        held_as = "holding that office" if is_title(who.text.split()[-1].lower()) else "with that role in people.yaml"
        return (f"direct quote '{qid}' is not attributed: '{who.text}' could be {held}, each named before it "
                f"and {held_as}: name {person.short} in its place ({person.short} said {{{qid}}})")
    if roles:
        return (f"direct quote '{qid}' is not attributed: '{who.text}' leaves open whether {roles[2]} is the "
                f"{roles[0]} or the {roles[1]}: make {person.short} the subject "
                f"of the verb that introduces it ({person.short} said {{{qid}}})")
    if who.kind == "person" and who.pid in people:
        # Which side is wrong, the claim or the quote's speaker, only the editor knows: both fixes
        # (the source's check says so too when its text gives the words to the other person).
        return (f"direct quote '{qid}' is {person.name}'s words, but the claim gives them to "
                f"{people[who.pid].name}: make {person.short} the subject of the verb that introduces it "
                f"(or, if they are {people[who.pid].name}'s words, correct the quote's speaker in its source)")
    if who.kind == "pronoun" and who.text and not agrees(who.text, of_person(person.pronouns)):
        return (f"direct quote '{qid}' is not attributed: '{who.text}' does not agree with {person.name}'s pronouns "
                f"({person.pronouns}) and stands for no one named before it (in the claim or the block before it): "
                f"name {person.short} before it, or use a pronoun that agrees")
    if who.kind == "pronoun" and who.text:
        return (f"direct quote '{qid}' is not attributed: '{who.text}' stands for no one named before it "
                f"(in the claim or the block before it): name {person.short} before it")
    return f"direct quote '{qid}' is not attributed: name {person.short} before it"


def _names(short: str, words: str) -> bool:
    """Whether `words` name someone by their short name (a word of its own; Japanese has no spaces)."""
    if not short.isascii():
        return short.casefold() in words.casefold()
    return bool(re.search(r"(?i)(?<!\w)" + re.escape(short) + r"(?!\w)", words))


def _given_joint(qid: str, speaker: str, people: dict, joint: str, members: list[str]) -> str:
    """A quote given to several people (jointly.py): each of them named where the claim's words do
    not name them all (`she and Chan`); where the speaker is one of them, the joint statement that
    would let it stand."""
    person, pids = people[speaker], [p for p in members if p in people]
    named = [people[p].name for p in pids]
    spelled = all(_names(people[p].short, joint) for p in pids)
    whom = "" if spelled or len(named) < 2 else ": " + ", ".join(named[:-1]) + " and " + named[-1]
    statement = STATEMENT_FIX if speaker in pids and not ALTERNATIVES.search(joint) else ""  # (not `Lee or Chan`)
    return (f"the claim gives direct quote '{qid}' to several people at once ('{joint}'{whom}): a quote is "
            f"one person's words; make {person.short} alone the subject of the verb that introduces it{statement}")


def _echoed(qid: str, speaker: str, people: dict, owner: str, verb: str, noun: str) -> str:
    """The message for `Lee echoed Chan's warning that {lee-q}`: the words read as the content of
    Chan's warning, so as Chan's; Lee needs a verb of saying of her own for them to be hers."""
    person, other = people[speaker], people[owner]
    return (f"direct quote '{qid}' is {person.name}'s words, but the claim gives them to {other.name}: after "
            f"'{verb} {other.short}'s {noun} that' they read as the words of {other.short}'s {noun}, not "
            f"{person.short}'s: give {person.short} a verb of saying of their own ({person.short} {verb} "
            f"{other.short}'s {noun}, saying {{{qid}}}) (or, if they are {other.name}'s words, correct the "
            f"quote's speaker in its source)")


def _no_one(who: Who) -> str:
    """How a claim that introduces a paraphrase names no one: ' with 'elle', which stands for no
    one named before it (…)' for a pronoun without its person, else ' without naming'."""
    if who.kind == "pronoun" and who.text:
        return f" with '{who.text}', which stands for no one named before it (in the claim or the block before it):"
    if who.kind == "writer":
        return f" with '{who.text}', which in the brief's own words is its writers:"
    return ""


def _introduced_as(qid: str, speaker: str, people: dict, who: Who, joint: str) -> str | None:
    """The message when a claim in another language introduces paraphrase {qid} as someone other
    than its speaker (None when as theirs); `joint`: the words naming several people."""
    if who.kind == "person" and who.pid == speaker or who.kind == "family" and speaker in who.pid.split(","):
        return None
    person = people[speaker]
    fix = (f"make {person.short} the one the claim names as its source, or place {{{qid}}} alone "
           "(it then names its speaker itself)")
    if who.kind == "person" and who.pid in people:
        return f"paraphrase '{qid}' is {person.name}'s, but the claim gives it to {people[who.pid].name}: {fix}"
    if who.kind == "joint":
        return f"paraphrase '{qid}' is {person.name}'s, but the claim gives it to several people at once ('{joint}'): {fix}"
    if _no_one(who):
        return f"paraphrase '{qid}' is {person.name}'s, but the claim introduces it{_no_one(who)} {fix}"
    return f"paraphrase '{qid}' is {person.name}'s, but the claim introduces it without naming {person.short}: {fix}"
