"""Claims attribute quotes to the right person: the subject of the verb that introduces {quote-id}.

In `Unlike Smith, Jones said {smith-quote}` the verb `said` has Jones as its subject: the quote
would print as Jones's words, so it fails though Smith is named first. A pronoun (`He described
it as …: {q}`) stands for the last person named before it in the claim; `in Nagashima's words,
{q}` names the speaker too, and `In her words, {q}` the person `her` stands for. Without a
verb of saying, the last person the sentence names before the quote (not as the object of a
preposition) is taken as the speaker.

This module is the entry: it picks the reading for the brief's language and gives the message.
The reading itself: claimtext (the claim around a quote), claimspeaker (English),
foreignclaims (French, Spanish, German; japanese.py for Japanese), claimrefs (pronouns),
gapping (several people in one sentence), appositions (a role owned by another), denials
(`did not say`), paraphrases (a claim that introduces one), claimmessages (the messages).
"""
from __future__ import annotations

from ..patterns import lazy
from . import japanese
from .appositions import owned_roles
from .claimframes import echoed
from .claimmessages import _echoed, _given_direct, _introduced_as, _not_said
from .claimspeaker import claim_speaker
from .claimtext import placement
from .denials import denial, foreign_denial
from .foreignclaims import claim_grammar, foreign_speaker
from .gapping import _FOREIGN_JOINER, _JOINER, _joint_words
from .jointly import joint_statement, joint_words, members
from .paraphrases import _foreign_paraphrase_problem, _paraphrase_problem, foreign_own_attribution, own_attribution
from .speakers import names

__all__ = ["claim_problem", "read_on", "claim_grammar", "claim_speaker", "foreign_speaker", "own_attribution",
           "foreign_own_attribution", "placement", "denial", "foreign_denial", "owned_roles"]


def claim_problem(claim: str, qid: str, quotes: dict, people: dict, language: str | None = None,
                  nth: int = 0, before: str = "") -> str | None:
    """The message when a claim does not give the direct quote {qid} to its speaker; `language`
    is the brief's (French, Spanish, German and Japanese claims are read with their own attribution forms);
    `nth`: which placement of {qid} in the claim, from 0 (each is read where it stands).
    `before`: the prose of the block before the claim in its section. A pronoun, or a quote that
    stands alone, with no one named before it in the claim stands for the last person named there,
    as a reader reads on (`Selon elle, {p}` after `Anne Dupont a présenté le plan.`); with no one
    named there either, it names no one: the quote is not attributed."""
    problem = _claim_problem(claim, qid, quotes, people, language, nth)
    # (a title the claim names no one for before it reads the block first, then the sentence ahead)
    if before.strip() and (problem or _THE.search(claim)) and _unresolved(claim, qid, quotes, people, language, nth):
        return _claim_problem(read_on(before, claim, qid, language), qid, quotes, people, language, nth)
    return problem


_THE = lazy(r"\b(?i:the)\s")


def read_on(before: str, claim: str, qid: str, language: str | None = None) -> str:
    """The block before and the claim as one text, as a reader reads them (its own placement of
    {qid}, if any, made a neutral one so the claim's stays the one read)."""
    before = before.replace("{" + qid + "}", "{}").rstrip()
    if claim_grammar(language) is japanese.JAPANESE and japanese.written_in(claim):
        return before + ("" if before.endswith(("。", "！", "？", "：")) else "。") + claim
    return before + (" " if before.endswith((".", "!", "?", "…", ":")) else ". ") + claim


def _unresolved(claim: str, qid: str, quotes: dict, people: dict, language: str | None, nth: int = 0) -> bool:
    """Whether the claim gives {qid} to a pronoun, a continued speaker or a title (`the minister`)
    that it names no one for before it."""
    grammar, index = claim_grammar(language), names(people)
    if grammar is japanese.JAPANESE and japanese.written_in(claim):
        who = japanese.claim_speaker(claim, qid, quotes, index, nth)
    elif grammar is None or grammar is japanese.JAPANESE:
        who = claim_speaker(claim, qid, quotes, index, people, nth, ahead=False)
        if who.kind == "role" and who.text.startswith("the "):
            return True
    else:
        who = foreign_speaker(grammar, claim, qid, quotes, index, people, nth)
    return who.kind == "pronoun" and not who.pid


def _claim_problem(claim: str, qid: str, quotes: dict, people: dict, language: str | None = None,
                   nth: int = 0) -> str | None:
    quote = quotes[qid]
    if quote.speaker not in people:
        return None
    grammar = claim_grammar(language)
    if grammar is japanese.JAPANESE:
        if japanese.written_in(claim):
            return _japanese_problem(claim, qid, quotes, people, nth)
        grammar = None  # a claim without a kana or kanji in a Japanese brief: read as English, as before
    if quote.kind == "paraphrase":
        if grammar is None:
            return _paraphrase_problem(claim, qid, quotes, people, nth)
        return _foreign_paraphrase_problem(grammar, claim, qid, quotes, people, nth)
    if quote.kind != "direct":
        return None
    person = people[quote.speaker]
    index = names(people)
    if grammar is None:
        who = claim_speaker(claim, qid, quotes, index, people, nth)
        denied = denial(claim, qid, quotes, people, nth)
    else:
        who = foreign_speaker(grammar, claim, qid, quotes, index, people, nth)
        denied = foreign_denial(grammar, claim, qid, quotes, people, nth)
    if denied and ((who.kind == "person" and who.pid == quote.speaker)
                   or (who.kind in ("role", "unknown", "none")  # `{q}, Lee never said`: `never` hid Lee
                       and quote.speaker in {pid for m in index.pattern.finditer(denied[1])
                                             for pid in index.by_form.get(m.group(0).casefold(), ())})):
        return (f"the claim denies that {person.name} said direct quote '{qid}' ('{denied[0]}'), yet the source "
                f"gives {person.short} these words: introduce a quote with what the speaker did say "
                f"({person.short} said {{{qid}}}), or reword without it")
    if denied:
        return _not_said(qid, quote.speaker, people, who, denied, index) or _given_direct(qid, quote.speaker, people, who, "")
    if grammar is None and who.kind == "person" and who.pid != quote.speaker and (
            echo := echoed(claim, qid, quotes, index, people, nth)) and echo[0] == quote.speaker:
        return _echoed(qid, quote.speaker, people, who.pid, echo[1], echo[2])
    if who.kind != "joint":
        return _given_direct(qid, quote.speaker, people, who, "")
    joint = joint_words(who.text, _joint_words(who.text, index, _JOINER if grammar is None else _FOREIGN_JOINER))
    pids = members(who, joint, claim, qid, quotes, people, index, grammar, nth)
    if quote.speaker in pids and joint_statement(claim, qid, quotes, people, nth):
        return None  # `Lee and Chan said in a joint statement that {q}` (jointly.py)
    return _given_direct(qid, quote.speaker, people, who, joint, pids)


def _japanese_problem(claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> str | None:
    """claim_problem for a claim in Japanese (japanese.py reads it): the same messages."""
    quote, person, index = quotes[qid], people[quotes[qid].speaker], names(people)
    if quote.kind == "paraphrase":
        who = japanese.own_attribution(claim, qid, quotes, index, nth)
        return None if who is None else _introduced_as(qid, quote.speaker, people, who, who.text)
    if quote.kind != "direct":
        return None
    denied = japanese.denial(claim, qid, quotes, nth)
    if denied and quote.speaker in {pid for m in index.pattern.finditer(denied[1])
                                    for pid in index.by_form.get(m.group(0).casefold(), ())}:
        return (f"the claim denies that {person.name} said direct quote '{qid}' ('{denied[0]}'), yet the source "
                f"gives {person.short} these words: introduce a quote with what the speaker did say "
                f"({person.short}は{{{qid}}}と述べた), or reword without it")
    who = japanese.claim_speaker(claim, qid, quotes, index, nth)
    if who.kind == "joint" and quote.speaker in who.pid.split(",") and joint_statement(claim, qid, quotes, people, nth, True):
        return None  # `岸田首相と林外相は共同声明で{q}と発表した` (jointly.py)
    if denied:
        return _not_said(qid, quote.speaker, people, who, denied, index) or _given_direct(qid, quote.speaker, people, who, "")
    return _given_direct(qid, quote.speaker, people, who, who.text)
