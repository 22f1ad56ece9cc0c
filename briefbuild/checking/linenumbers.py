"""A court reporter's line numbers, which are no one's words.

A U.S. court transcript numbers its lines in the margin, 1 to 25 on each page (the Judicial
Conference's transcript format), and a speaker's turn opens its line with the label in capitals
(`13 THE COURT: I'm sorry.`, `5 Q. Where were you?`). A copy that runs the lines together keeps
each number inside the words (`Not just reporters, 20 you're the esteemed members … covering 21
this.`). A text shows that layout when three of its paragraphs or more open with a line number and
a label: then, in each paragraph so opened, the number and every later one that goes on with the
count (n+1, n+2, … 25, then 1 on the next page) are taken out, so the label reads as a label and a
quote reads on over the line ends. A number that breaks the count stays a word (`15 CR 0093`,
`3 years` on line 12), as does every number of a text without the layout.
"""
from __future__ import annotations

from ..patterns import lazy

# A line number, then a label: capitals and a colon (`THE COURT:`, `MS. COHEN:`), or `Q.`/`A.`.
_OPENING = lazy(r"^([1-9]|1\d|2[0-5])[ \t]+(?=[A-Z][A-Z.'’ -]{0,60}:[ \t]|[QA]\.?[ \t])")
_NUMBER = lazy(r"(?<![^\s])([1-9]|1\d|2[0-5])(?:[ \t]+|\n|$)")
_LAYOUT = 3  # paragraphs opening with a line number and a label: fewer is a list, not a transcript


def shows(paras: list[str]) -> bool:
    """Whether a text is a transcript with its line numbers (three paragraphs opening with one)."""
    return sum(1 for para in paras if para[:1].isdigit() and _OPENING.match(para)) >= _LAYOUT


def lift(para: str) -> str:
    """A paragraph without the line numbers it opens with and goes on counting; unchanged when it
    does not open with a line number and a label."""
    opening = _OPENING.match(para)
    if opening is None:
        return para
    count, out, at = int(opening.group(1)), [], opening.end()
    for m in _NUMBER.finditer(para, at):
        if int(m.group(1)) != count % 25 + 1:
            continue  # a number said, or one of the page's heading: a word
        out.append(para[at:m.start()])
        at, count = m.end(), count % 25 + 1
    return "".join(out) + para[at:]
