"""How far a statement set off without quotation marks runs (GOV.UK's block quote, kept as plain paragraphs).

A release prints `Education Secretary Jane Doe said:` and then the statement as a block quote; a
copy keeps it as paragraphs with no marks, and the release's own words follow with no mark either.
The statement runs on while each next paragraph speaks as the speaker does, in the first person,
and stops at the first that is the writer's again: one in the third person, a new attribution or
quotation, a heading, `Notes to editors`, `Background`, `ENDS`, a contact line, or one that names
the speaker. Where the writer also says `we` (a release in the department's voice), only `I` marks
the speaker. Giving the writer's paragraph to the speaker is worse than a false alarm, so any doubt
stops the block.
"""
from __future__ import annotations

import re

from ..patterns import lazy
from . import clauses
from .speakers import Names
from .textcheck import normalize

_SINGULAR = lazy(r"\b(?:I|I'm|I've|I'll|I'd|me|my|mine|myself)\b")
_PLURAL = lazy(r"\b(?:[Ww]e|[Ww]e're|[Ww]e've|[Ww]e'll|[Ww]e'd|us|Us|[Oo]ur|[Oo]urs|[Oo]urselves|[Ll]et's)\b")
# The writer's furniture after a statement: a release's closing sections and contact lines.
_FURNITURE = lazy(r"(?i)^\W*(?:notes? (?:to|for) editors?|editors'? notes?|ends\b|background\b|contacts?\b|"
                  r"media (?:enquiries|inquiries|contacts?)|press (?:office|enquiries|inquiries)|"
                  r"for (?:more|further) information|further information|quick facts|associated links)")
_SENTENCE_END = lazy(r"[.!?…][)\]’'\"]*$")


def writer_says_we(paras: list[str]) -> bool:
    """Whether the writer's own text (outside quotation marks) speaks in the first person plural."""
    return any(_PLURAL.search(part) for p in paras for part in normalize(p).split('"')[::2])


def runs_on(text: str, speaker: str, index: Names, writer_we: bool) -> bool:
    """Whether an unmarked paragraph goes on with the statement of `speaker` set off above it."""
    text = text.strip()
    if not text or '"' in text or _FURNITURE.match(text) or not _SENTENCE_END.search(text):
        return False  # a quotation of its own, a heading, a section, a contact line
    if not (_SINGULAR.search(text) or (not writer_we and _PLURAL.search(text))):
        return False  # the third person: the writer's
    for m in index.pattern.finditer(text):
        if speaker in index.by_form.get(m.group(0).casefold(), frozenset()):
            return False  # `Keegan visited …`: the writer names her
    # a new attribution (`Chan said`, `she added`, `the minister said`): whoever speaks next, not this block
    return not any(_someone(who) for who in clauses.subjects(text, index))


def _someone(who: clauses.Who) -> bool:
    if who.kind == "pronoun":
        return who.text.lower() not in ("i", "we")
    if who.kind == "role":  # `the minister said`, not the `to` of `delighted to announce`
        return bool(re.match(r"(?i)(?:the|a|an|his|her|their|its)\s", who.text))
    return who.kind != "none"
