"""A parenthesis that identifies the person or body before it: `Peter Wittig (Germany), outgoing
Chair of the Peacebuilding Commission, said`, `Sen. Ann Lee (D-Ohio) said`, `Jens Laerke of the
Office for the Coordination of Humanitarian Affairs (OCHA) said`.

UN meetings coverage prints a delegate's country in parentheses after the name, Hansard a member's
constituency, U.S. papers a legislator's party and state, releases a body's acronym (Chicago 6.96:
parentheses set off an explanatory element). It says who the subject is, not a clause of its own, so
the claim is read without it: the name then stands next to its verb or its appositive. A parenthesis
that names a person (`the minister (Ann Lee) said`), holds a quote or a verb of saying (`(Lee said)`),
or runs long, is kept: it may be an attribution of its own.
"""
from __future__ import annotations

import re

from ..patterns import lazy
from .clauses import STAND_IN, VERB
from .speakers import Names

# After a capitalised word (a name, or a body's last word), a short parenthesis on one line.
_AFTER_NAME = lazy(r"(?<![\w'-])([^\W\d_a-z][\w.'-]*)[ \t]*\(([^()\n]{1,40})\)")
_KEPT = ("QUOTE_HERE", "PARAPHRASE", STAND_IN)


def unparenthesised(text: str, index: Names) -> str:
    """`text` without the identifying parentheses after its names (same text when it has none)."""
    if "(" not in text:
        return text

    def drop(m: re.Match) -> str:
        inside = m.group(2)
        if any(k in inside for k in _KEPT) or VERB.search(inside) or index.pattern.search(inside):
            return m.group(0)
        return m.group(1)
    return _AFTER_NAME.sub(drop, text)
