"""A broadcaster's shotlist: the shots of a video by timecode, the soundbites' words among them.

The European Commission's audiovisual service (and the agencies' video desks) list each shot with its
timecode before it and its length after it (`00:00:05 Arrival of Herman Van Rompuy … 00:00:30`); a shot
of someone speaking gives the words after the speaker (`00:00:35 Arrival and SOUNDBITE by Dalia
Grybauskaitė, Lithuanian President (In English) saying that: For the future we will…`, `SOUNDBITE
(English) Herman Van Rompuy: …`). A reporter's question inside it is the journalist's (`Journalist: How do
you keep…?`, or its subject only: `Journalist: Question on recapitalization`), and the words after the
question are the speaker's answer again. A shot without a soundbite is the editor's description: no
one's words. Each soundbite line is read as turns: the speaker's, the journalist's question, the answer.
"""
from __future__ import annotations

import re

from ..patterns import lazy

_STAMP = r"\d{2}:\d{2}:\d{2}(?:[:.]\d{2})?"
_SOUNDBITE = lazy(r"^" + _STAMP + r"\s+(?:[^:\n]{0,60}?\b)?SOUNDBITE\b(?:\s*\([^()\n]{1,30}\))?\s*(?:by\s+)?"
                  r"(?P<name>[^\W\d_][^,:()\n]{1,60}?)(?:,[^:()\n]{1,80}?)?(?:\s*\([^()\n]{1,30}\))?"
                  r"(?:\s+saying(?:\s+that)?)?\s*:\s*(?P<words>.*?)(?:\s+" + _STAMP + r")?\s*$")
_JOURNALIST = lazy(r"\s*\b(?:Journalist|Reporter|Question)\s*:\s*")
# A question given by its subject alone, the answer right after it: `Question on recapitalization I do not…`.
_SUBJECT = lazy(r"^(?:Question|Questions)\s+(?:on|about|regarding|concerning|over)\s+.{1,60}?"
                r"(?=\s(?:I|We|Yes|No|Well|It|This|There|Our|My|You)\b)")


def turns(raws: list[str]) -> tuple[list[str], list[int]]:
    """The lines of a paragraph, each soundbite line as its turns (`Name: words`, `Journalist: question`,
    `Name: answer`), any other line unchanged; and for each, the line of the paragraph it comes from."""
    out: list[str] = []
    rows: list[int] = []
    for k, raw in enumerate(raws):
        m = _SOUNDBITE.match(raw.strip()) if "SOUNDBITE" in raw else None
        if m is None:
            out.append(raw)
            rows.append(k)
            continue
        name, pieces = m.group("name").strip(), _JOURNALIST.split(m.group("words"))
        found = [f"{name}: {pieces[0].strip()}"] if pieces[0].strip() else []
        for piece in pieces[1:]:
            asked = re.match(r"^[^?]{1,300}\?", piece) or _SUBJECT.match(piece)
            question, answer = (piece[:asked.end()], piece[asked.end():]) if asked else (piece, "")
            found.append(f"Journalist: {question.strip()}")
            if answer.strip():
                found.append(f"{name}: {answer.strip()}")
        out += found
        rows += [k] * len(found)
    return out, rows
