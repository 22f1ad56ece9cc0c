"""A quotation a claim gives to two or more people at once (`Lee and Chan said {q}`, `Lee said she
and Chan agreed that {q}`): who they are, and whether the claim says the words are a joint statement.

Newsroom practice (AP): a quotation is one person's words, attributed to the one who said them;
spoken words are never two people's. A written statement two people issue together is quoted
as theirs, and the story says so: `Lee and Chan said in a joint statement that "…"`, `dans une
déclaration commune`, `in einer gemeinsamen Erklärung`, `en un comunicado conjunto`. So a claim
that gives a quote to several people passes only when its sentence calls the words a joint
statement (a joint letter, communiqué, op-ed; `jointly`) and the quote's speaker is one of them
(the source check has already held the stored words to be that speaker's); a joint news conference
is no joint statement (each speaks for themselves). Else the message names every one of them, a
pronoun among them as the person it stands for (`she and Chan`: Ann Lee and Bo Chan).
"""
from __future__ import annotations

from ..inputs.project import PLACEHOLDER
from ..patterns import lazy
from .claimrefs import _antecedent
from .claimtext import _around, placement
from .clauses import Who
from .foreign import Foreign
from .speakers import Names

_STATEMENT = lazy(
    r"(?i)\bjointly\b|\bco-?(?:signed|authored|wrote|written)\b|\bjoint\s+(?:written\s+|public\s+|open\s+)?"
    r"(?:statement|letter|declaration|communiqu[ée]|op-ed|article|essay|(?:press\s+|news\s+)?release|report|"
    r"submission|filing|resolution|appeal|message|post|editorial)s?\b"
    # French: `dans une déclaration commune`, `un communiqué conjoint`, `conjointement`, `cosigné`
    r"|\b(?:déclaration|communiqué|lettre|tribune|texte|appel|message|rapport)s?\s+(?:commune?s?|conjointe?s?)\b"
    r"|\bconjointement\b|\bcosignée?s?\b"
    # German: `in einer gemeinsamen Erklärung`, `erklärten gemeinsam`
    r"|\bgemeinsame[nmrs]?\s+(?:Erklärung|Mitteilung|Stellungnahme|Brief|Schreiben|Gastbeitrag|Appell|Aufruf|Papier)"
    r"|\b(?:erklärten|schrieben|teilten)\s+(?:\w+\s+){0,3}?gemeinsam\b"
    # Spanish: `en un comunicado conjunto`, `en una declaración conjunta`, `conjuntamente`
    r"|\b(?:comunicado|declaración|carta|nota|artículo|tribuna|informe|mensaje)\s+conjunt[oa]s?\b|\bconjuntamente\b"
    # Japanese: `共同声明で` (a joint statement), `共同文書`, `連名で` (under both names)
    r"|共同(?:声明|文書|談話|宣言|書簡|寄稿)|連名")
# `Lee or Chan said`, `ni Dupont ni Martin`: either one, no joint statement that could stand.
ALTERNATIVES = lazy(r"(?i)(?<!\w)(?:or|nor|neither|either|ou|ni|oder|weder|o|u)(?!\w)")
# The fix a message offers where the speaker is one of the people a claim gives the words to.
STATEMENT_FIX = ", or, if the words are a joint statement of theirs, say so (… said in a joint statement that …)"
_SUBJECT_PRONOUNS = lazy(r"(?i)(?<![\w'-])(?:he|she|il|elle|er|él|ella)(?![\w'-])")
# A pronoun joined before the names (`Lee said she and Chan`): gapping._joint_words keeps the names alone.
_PRONOUN_JOINED = lazy(r"(?i)(?<![\w'-])(?:he|she|il|elle|er|sie|él|ella)\s*,?\s+(?:and|&|et|und|y|e)\s+$")


def joint_words(clause: str, joint: str) -> str:
    """The joint subject's words with a pronoun joined before them (`she and Chan`), as the claim writes it."""
    at = clause.rfind(joint) if joint else -1
    before = _PRONOUN_JOINED.search(clause, max(0, at - 40), at) if at > 0 else None
    return clause[before.start():at] + joint if before else joint


def joint_statement(claim: str, qid: str, quotes: dict, people: dict, nth: int = 0, japanese: bool = False) -> bool:
    """Whether the sentence of {qid} says its words are a joint statement (`japanese`: the claim's
    sentence is the text up to {qid}'s 。, claimtext's sentences being those of a Western text)."""
    if japanese:
        at = placement(claim, qid, nth)
        begin = max(claim.rfind(end, 0, at) for end in "。！？") + 1
        stop = min([i for i in (claim.find(end, at) for end in "。！？") if i >= 0] + [len(claim)])
        return bool(_STATEMENT.search(claim, begin, stop))
    _, _, _, head, tail = _around(claim, qid, quotes, people, nth)
    return bool(_STATEMENT.search(head) or _STATEMENT.search(tail))


def members(who: Who, joint: str, claim: str, qid: str, quotes: dict, people: dict, index: Names,
            g: Foreign | None = None, nth: int = 0) -> list[str]:
    """The people a joint subject (`joint`: its words) names, in order, a singular pronoun among them
    as the person it stands for (`Lee said she and Chan`); with none named in it (`they`), who.pid's."""
    text, _, here, _, _ = _around(claim, qid, quotes, people, nth)
    at = text.rfind(joint, 0, here)
    at = at if at >= 0 else text.find(joint, here)
    if at < 0 or not joint:
        return [p for p in who.pid.split(",") if p]
    placed = [(m.start(), quotes[m.group(1)].speaker) for m in PLACEHOLDER.finditer(claim[:placement(claim, qid, nth)])
              if m.group(1) in quotes]
    found: list[tuple[int, str]] = []
    for m in index.pattern.finditer(joint):
        forms = index.by_form.get(m.group(0).casefold(), frozenset())
        if len(forms) == 1:
            found.append((m.start(), next(iter(forms))))
    for m in _SUBJECT_PRONOUNS.finditer(joint):
        # (named before the joint subject: a pronoun never stands for the one it is joined to)
        stands = _antecedent(text, at, index, placed, claim, g, word=m.group(0))
        if stands.kind == "person" and stands.pid:
            found.append((m.start(), stands.pid))
    pids = list(dict.fromkeys(pid for _, pid in sorted(found)))
    listed = [p for p in who.pid.split(",") if p]  # (the subject as clauses read it: past an appositive's comma)
    if len(pids) < 2:  # in the order the claim names them
        listed.sort(key=lambda p: (who.text.find(people[p].short) % (len(who.text) + 1)) if p in people else 0)
    return pids if len(pids) > 1 or len(listed) < 2 else listed
