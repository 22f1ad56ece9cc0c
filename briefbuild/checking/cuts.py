"""A direct quote that stops inside a negated clause, where the brief ends it.

A negation denies its whole clause, and the words after it there may narrow what it denies:
`Nobody should expect a signature next week`, `We will not sign until the autumn`. A quote may stop
anywhere, as long as the brief's sentence goes on with what the speaker said (`Chan warned that
“nobody should expect a signature” next week`); printed with its clause cut short and nothing
after it (a claim's full stop or comma, a pull quote, a table's cell) it says more than the
speaker did. The same at its start: a quote that begins inside a clause its source denies
(`we got …` of `I don't believe that we got …`) needs the denial in the claim's sentence, and so does
one that begins after a quantifier (`our allies agree` of `Some of our allies agree`) or in the main
clause after a fronted condition (`we will respond` of `If Russia attacks, we will respond`) need the
quantifier or a condition (restrictors.py); a leading ellipsis is judged the same. Where an ellipsis
inside the quote leaves such a clause or drops such words, ellipses.py and omissions.py report it.
"""
from __future__ import annotations

from functools import lru_cache

from ..patterns import lazy
from .ellipses import may_deny, negated_before, negation_cut
from .matcher import SEP, matcher
from .restrictors import carries, condition_before, quantifier_before
from .textcheck import normalize

# The claim goes on with words of its own right after the quote: the sentence is not ended there.
_GOES_ON = lazy(r"\s*\w")
_SENTENCE_END = lazy(r"[.!?]\s")
_DOUBTS = lazy(r"(?i)\b(?:doubt|deni|deny|disput|question|reject)\w*")  # `doubted that {q}` carries it too


def cut_short(project, qid: str) -> tuple[str, str] | None:
    """(the words of its clause the source goes on with, the clause whole) when direct quote `qid`
    stops inside a negated clause of its source; else None."""
    quote = project.quotes[qid]
    if quote.kind != "direct" or not may_deny(quote.text):
        return None
    return _cut(quote.text, _raw(project, qid))


def denied_start(project, qid: str) -> str | None:
    """The clause a negation governs that direct quote `qid` starts inside (`I don't believe that` of
    `I don't believe that we got …`), or None: alone, the quote asserts what the speaker denied."""
    quote = project.quotes[qid]
    if quote.kind != "direct":
        return None
    raw = _raw(project, qid)
    return _denied(quote.text, raw) if may_deny(raw) else None  # most paragraphs deny nothing: no match needed


def _raw(project, qid: str) -> str:
    """The quote's paragraphs as stored, joined by SEP."""
    quote = project.quotes[qid]
    paras = project.paragraphs.get(project.quote_source.get(qid, ""), ())
    return SEP.join(paras[quote.paragraph - 1:(quote.last_paragraph or quote.paragraph)])


def _cut(text: str, raw: str) -> tuple[str, str] | None:
    toks = matcher(text).tokens
    if not toks or toks[-1][0] != "text" or not toks[-1][1][-1:].isalnum():
        return None
    if negation_cut(toks[-1][1], " x") is None:  # no negation in its last clause: nothing to look up
        return None
    passage, span = _located(text, raw)
    return negation_cut(toks[-1][1], passage[span[1]:]) if span else None


def _denied(text: str, raw: str) -> str | None:
    toks = matcher(text).tokens
    if not toks or toks[0][0] != "text":
        return None
    passage, span = _located(text, raw)
    if span is None or not may_deny(passage[max(0, span[0] - 200):span[0]]):
        return None
    return negated_before(passage[:span[0]].split(SEP)[-1])


def restricted_start(project, qid: str) -> tuple[str, str] | None:
    """('quantifier' | 'condition', the words) when direct quote `qid` begins right after a quantifier
    of its first words or inside the main clause of a sentence its source opens with a condition."""
    quote = project.quotes[qid]
    toks = matcher(quote.text).tokens
    if quote.kind != "direct" or not toks or toks[0][0] == "bracket":
        return None
    raw = _raw(project, qid)
    passage, span = _located(quote.text, raw)
    if span is None:
        return None
    before = passage[max(0, span[0] - 300):span[0]].split(SEP)[-1]
    if (found := quantifier_before(before)) is not None:
        return "quantifier", found
    found = condition_before(before, passage[span[0]:])
    return ("condition", found) if found is not None else None


# Cached by the quote's words and its paragraphs': a quote placed again, or looked at from both
# ends, is matched once.
@lru_cache(maxsize=4096)
def _located(text: str, raw: str) -> tuple[str, tuple[int, int] | None]:
    """The quote's paragraphs as the verifier reads them, and where the quote stands in them."""
    passage = SEP.join(normalize(p) for p in raw.split(SEP))
    match = matcher(text).search(passage)
    return passage, (match.start, match.end) if match else None


def in_claim(project, claim: str, qid: str) -> list[str]:
    """What is wrong with where a claim places direct quote {qid}: it ends the quote's negated
    clause early, or leaves out the denial the quote starts inside."""
    found = []
    if (cut := cut_short(project, qid)) and ends_there(claim, qid):
        found.append(_cut_in_claim(qid, cut))
    if (denied := denied_start(project, qid)) and not denies_before(claim, qid):
        found.append(_denied_in_claim(qid, denied))
    if (start := restricted_start(project, qid)) and not _carried(claim, qid, start[0]):
        found.append(_restricted_in_claim(qid, start))
    return found


def alone(project, qid: str, what: str) -> list[str]:
    """The same for a quote that stands alone (a pull quote, a table's cell): nothing of the brief's
    own goes on with it or carries a denial before it."""
    found = []
    if cut := cut_short(project, qid):
        found.append(_cut_alone(qid, cut, what))
    if denied := denied_start(project, qid):
        found.append(_denied_alone(qid, denied, what))
    if start := restricted_start(project, qid):
        found.append(_restricted_alone(qid, start, what))
    return found


def _carried(claim: str, qid: str, kind: str) -> bool:
    """Whether every placement of {qid} has a word of that kind before it in its own sentence."""
    at = claim.find("{" + qid + "}")
    while at >= 0:
        if not carries(_SENTENCE_END.split(claim[:at])[-1], kind):
            return False
        at = claim.find("{" + qid + "}", at + 1)
    return True


def denies_before(claim: str, qid: str) -> bool:
    """Whether every placement of {qid} has a negation before it in its own sentence (`she did not
    believe {q}`), which carries the source's denial."""
    at = claim.find("{" + qid + "}")
    while at >= 0:
        sentence = _SENTENCE_END.split(claim[:at])[-1]
        if not may_deny(sentence) and not _DOUBTS.search(sentence):
            return False
        at = claim.find("{" + qid + "}", at + 1)
    return True


def ends_there(claim: str, qid: str) -> bool:
    """Whether some placement of {qid} in the claim ends its clause (nothing of the claim's own follows)."""
    mark = "{" + qid + "}"
    at = claim.find(mark)
    while at >= 0:
        if not _GOES_ON.match(claim, at + len(mark)):
            return True
        at = claim.find(mark, at + len(mark))
    return False


def _cut_in_claim(qid: str, cut: tuple[str, str]) -> str:
    return (f"direct quote '{qid}' stops inside a negated clause of its source ('{cut[1]}'), and the claim ends it "
            f"there: without '{cut[0]}', which may narrow what the negation denies, it says more than the speaker "
            f"did; go on with those words in the claim ({{{qid}}} {cut[0]}), or quote to the end of the clause")


def _denied_in_claim(qid: str, clause: str) -> str:
    return (f"direct quote '{qid}' begins inside a clause its source denies ('{clause} …'): without that denial the "
            f"claim asserts what the speaker denied; carry the negation in the claim's sentence (… did not believe "
            f"that {{{qid}}}), or quote from the clause's start")


def _denied_alone(qid: str, clause: str, what: str) -> str:
    return (f"{what} '{qid}' begins inside a clause its source denies ('{clause} …'): standing alone, it asserts what "
            "the speaker denied; quote from the clause's start")


def _cut_alone(qid: str, cut: tuple[str, str], what: str) -> str:
    return (f"{what} '{qid}' stops inside a negated clause of its source ('{cut[1]}'): standing alone, without "
            f"'{cut[0]}', which may narrow what the negation denies, it says more than the speaker did; quote to "
            "the end of the clause")


_LOST = {"quantifier": ("after a quantifier its source restricts it with", "says of all what the speaker said of some",
                        "carry it in the claim's sentence (… said {words} {{{qid}}})", "quote from the quantifier"),
         "condition": ("in the main clause of a sentence its source makes conditional",
                       "states as a fact what the speaker made conditional",
                       "carry the condition in the claim's sentence (… said that if …, {{{qid}}})",
                       "quote from the condition")}


def _restricted_in_claim(qid: str, start: tuple[str, str]) -> str:
    where, says, carry, whole = _LOST[start[0]]
    carry = carry.format(words=start[1].lower(), qid=qid)
    return (f"direct quote '{qid}' begins {where} ('{start[1]} …'): without it the claim {says}; {carry}, or {whole}")


def _restricted_alone(qid: str, start: tuple[str, str], what: str) -> str:
    where, says, _, whole = _LOST[start[0]]
    return f"{what} '{qid}' begins {where} ('{start[1]} …'): standing alone, it {says}; {whole}"
