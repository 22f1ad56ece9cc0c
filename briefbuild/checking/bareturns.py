"""Turns a transcript opens without a colon or a note, by the shape of the line alone.

- Historic Hansard (api.parliament.uk) sets each speaker's name on a line of its own, a title
  before it and no constituency once the member has spoken (`Mr. Speaker`, `Mr. G. Brown`,
  `Hon. Members`): the line opens that speaker's turn, as KildareStreet's name-and-constituency
  line does (speakers.name_line). After an honorific (`Mr.`, `Dame`) it is a label whoever it names
  (one of no known person is an error, never the last speaker's words going on); after `The`,
  `Several` or `An` only when it names someone (`The Prime Minister`, `Several hon. Members`): a
  topic's heading (`The Economy`) stays text.
- A deposition's or court reporter's transcript prints the question `Q` and the answer `A` with
  no stop (`Q Okay. And when…`, `A Yeah. It was April 2018.`). `A` and a space is also a sentence's
  article (`A fiscal surplus was recorded`), so it is read as the answer's label only in a text
  that pairs them: a bare `Q` paragraph followed by a bare `A` one.
"""
from __future__ import annotations

from ..patterns import lazy

# A title that opens a name line (`Mr.`, `The`, `Hon.`), then capitalised words or joining ones,
# six words at most, no sentence's end: `Mr. G. Brown`, `The Prime Minister`, `Several hon. Members`.
_TITLED = lazy(r"^(?P<title>Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Viscount|Earl|Hon|The|Several|An)\.?"
               r"(?:\s+(?:[A-Z][\w'’-]*\.?|hon\.|of|for|the|and|de|la|le|van|von)){1,5}$")
HONORIFIC, OFFICE = "honorific", "office"
_BARE_Q = lazy(r"^Q[ \t]+(?=\S)")
_BARE_A = lazy(r"^A[ \t]+(?=[A-Z0-9\"“'‘])")


def titled_name(para: str) -> str:
    """HONORIFIC or OFFICE when a paragraph is one line of a title and a name, as Historic Hansard sets
    a speaker (by what opens it); '' otherwise."""
    m = None if "\n" in para.strip() else _TITLED.match(para.strip())
    return "" if m is None else OFFICE if m.group("title") in ("The", "Several", "An") else HONORIFIC


def pairs_bare(paras: list[str]) -> bool:
    """Whether the text prints a bare `Q` paragraph and a bare `A` one right after it."""
    return any(_BARE_Q.match(q.strip()) and _BARE_A.match(a.strip()) for q, a in zip(paras, paras[1:]))


def bare_answer(line: str) -> tuple[str, int, list[str]] | None:
    """(label, end, notes) of a bare `A` answer's line, in a text that pairs_bare."""
    m = _BARE_A.match(line)
    return ("A", m.end(), []) if m else None
