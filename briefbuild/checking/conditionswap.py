"""An ellipsis that sets one condition's outcome under another (Chicago 13.50: an omission keeps
the sense). `When we can support a bill, we will vote in favour, and when we can't, we will vote
against them` quoted `When we can support a bill, … we will vote against them` drops the first
outcome and the second condition: the words kept after the gap answer the dropped condition, and
the quote sets them under the kept one, the opposite of what was said.
"""
from __future__ import annotations

import re

from ..patterns import lazy
from .matcher import SEP, Gap

_IF = (r"(?:when|whenever|if|unless|once|as\s+long\s+as|so\s+long\s+as|provided(?:\s+that)?|where|wherever|"
       r"wenn|falls|sofern|si|quand|lorsque|cuando)")
# The kept words end with a condition fronted before its clause, and its comma.
_KEPT = lazy(r"(?:^|[.!?;:" + SEP + r"]\s*|,\s+(?:and|but|or)\s+)(?P<cond>" + _IF + r"\b[^.!?;:," + SEP + r"]*),\s*$", re.I)
# The dropped words end inside the next sentence's second condition, fronted too, with its comma.
_DROPPED = lazy(r"^[^.!?" + SEP + r"]*[,;]\s*(?:(?:and|but|or|yet|whereas|und|aber|et|mais|y|pero)\s+)?"
                r"(?P<cond>" + _IF + r"\b[^.!?;:," + SEP + r"]*),\s*$", re.I)


def swapped_condition(gap: Gap) -> str | None:
    """The message when the gap drops a condition's outcome and the next condition, else None."""
    kept, dropped = _KEPT.search(gap.before), _DROPPED.match(gap.source)
    if kept is None or dropped is None:
        return None
    return (f"the ellipsis drops the outcome of '{kept.group('cond').strip()}' and the condition "
            f"'{dropped.group('cond').strip()}', whose outcome the words after it are: the quote sets them under "
            "the first condition instead; quote each condition with its own clause")
