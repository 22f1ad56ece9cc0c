"""A direct quote that stops inside a negated clause, where the brief ends it.

A negation denies its whole clause, and the words after it there may narrow what it denies:
`Nobody should expect a signature next week`, `We will not sign until the autumn`. A quote may stop
anywhere, as long as the brief's sentence goes on with what the speaker said (`Chan warned that
“nobody should expect a signature” next week`); printed with its clause cut short and nothing
after it (a claim's full stop or comma, a pull quote, a table's cell) it says more than the
speaker did. Where an ellipsis leaves such a clause, alterations.py reports it with the source.
"""
from __future__ import annotations

import re

from .alterations import may_deny, negation_cut
from .matcher import SEP, matcher
from .textcheck import normalize

# The claim goes on with words of its own right after the quote: the sentence is not ended there.
_GOES_ON = re.compile(r"\s*\w")


def cut_short(project, qid: str) -> tuple[str, str] | None:
    """(the words of its clause the source goes on with, the clause whole) when direct quote `qid`
    stops inside a negated clause of its source; else None."""
    quote = project.quotes[qid]
    if quote.kind != "direct" or not may_deny(quote.text):
        return None
    m = matcher(quote.text)
    toks = m.tokens
    if not toks or toks[-1][0] != "text" or not toks[-1][1][-1:].isalnum():
        return None
    if negation_cut(toks[-1][1], " x") is None:  # no negation in its last clause: nothing to look up
        return None
    paras = project.paragraphs.get(project.quote_source.get(qid, ""), ())
    span = paras[quote.paragraph - 1:(quote.last_paragraph or quote.paragraph)]
    passage = SEP.join(normalize(p) for p in span)
    match = m.search(passage)
    return negation_cut(toks[-1][1], passage[match.end:]) if match else None


def ends_there(claim: str, qid: str) -> bool:
    """Whether some placement of {qid} in the claim ends its clause (nothing of the claim's own follows)."""
    mark = "{" + qid + "}"
    at = claim.find(mark)
    while at >= 0:
        if not _GOES_ON.match(claim, at + len(mark)):
            return True
        at = claim.find(mark, at + len(mark))
    return False


def in_claim(qid: str, cut: tuple[str, str]) -> str:
    return (f"direct quote '{qid}' stops inside a negated clause of its source ('{cut[1]}'), and the claim ends it "
            f"there: without '{cut[0]}', which may narrow what the negation denies, it says more than the speaker "
            f"did; go on with those words in the claim ({{{qid}}} {cut[0]}), or quote to the end of the clause")


def standing_alone(qid: str, cut: tuple[str, str], what: str) -> str:
    return (f"{what} '{qid}' stops inside a negated clause of its source ('{cut[1]}'): standing alone, without "
            f"'{cut[0]}', which may narrow what the negation denies, it says more than the speaker did; quote to "
            "the end of the clause")
