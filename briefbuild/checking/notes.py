"""The transcriber's notes in a speaker's words: what the room did, and where words were lost.

- What the room did (`(Applause.)`, `(Laughter.)`, `[laughs]`, Hansard's `[Interruption.]`): the
  speaker's words run on over it, so a quote does too, and never includes it. A pair of dashes
  around it (`we will — (applause) — we will win`) is the transcriber's break: one dash stays.
- Where the transcriber lost words (`(Inaudible)`, `[crosstalk 00:12:03]`, `(Off mic.)`): something
  was said there that no one can quote. A quote marks the gap with … or keeps the note in
  brackets (`[inaudible]`); it never closes the gap or fills it (`We will [lift] the sanctions`).

White House, State Department and DoD transcripts print notes in parentheses, Rev-style and
subtitle transcripts in square brackets, Hansard both ways.
"""
from __future__ import annotations

import re

from ..patterns import lazy

LOST = lazy(
    r"(?i)\b(?:inaudible|unintelligible|indiscernible|incomprehensible|unclear|indistinct|garbled|"
    r"cross-?talk|cross talk|overlapping|overtalk|off[- ]?mi(?:c|ke)|audio (?:gap|cut|lost|drop\w*|interrupt\w*|break)|"
    r"break in (?:the )?audio|technical (?:difficult\w*|problem\w*))\b")
_ROOM = (r"(?:laughter|laughs|laughing|chuckles?|chuckling|applause|applauds|cheers|cheering|boos|booing|jeers|"
         r"groans|murmurs|interruption|interruptions|pause|pauses|silence|music|sighs|coughs)")
# A note of the room in either kind of bracket: `[Laughter.]`, `(applause and cheers)`.
ROOM = lazy(r"[(\[]\s*" + _ROOM + r"\b[^()\[\]\n]{0,40}[)\]]", re.I)
# A parliament's record notes the room and the interjections in parentheses inside a speech: the
# Bundestag's Plenarprotokoll (`(Beifall bei der SPD)`, `(Zurufe von der AfD)`, `(Lachen bei der SPD –
# Jürgen Braun [AfD]: Aufstehen!)`, a member named with the party in brackets and a colon) and the French
# chambers' compte rendu (`(Applaudissements sur les bancs du groupe …)`, `(Exclamations …)`). The room's,
# or another member's words: never the speaker's.
_HOUSE = (r"(?:(?:lang\s+)?anhaltender\s+|lebhafter\s+|vifs?\s+|nouveaux\s+|quelques\s+)?"
          r"(?:beifall|lachen|heiterkeit|zurufe?|gegenrufe?|widerspruch|unruhe|zustimmung|applaudissements|"
          r"exclamations|protestations|rires|murmures|sourires|mouvements|brouhaha|huées)\b")
RECORD = lazy(r"\((?:" + _HOUSE + r"|[^()\n:]{2,80}?\[[^\]\n]{1,40}\]\s*:)[^()\n]{0,600}\)", re.I)
# A parenthesis touching a Latin letter or digit before it is part of the word, no note: a rule's
# subsection (`Rule 15(1)`, `section 4(b)(ii)`), a plural or a function (`member(s)`, `f(x)`).
_PAREN = lazy(r"(?<![A-Za-z0-9\u00c0-\u024f)])\([^()\n]{1,300}\)")
_BRACKET = lazy(r"\[[^\[\]\n]{1,60}\]")
_CUT = "\x01"
_DASHED = lazy(r"\s*-\s*" + _CUT + r"(?:\s*" + _CUT + r")*\s*-\s*")


# The transcript's own mark of words it leaves out (`[…]`, `[...]`, `(…)`, an edited excerpt's
# cut): words were said there, so it is a gap as lost words are, never a heading or the room's.
OMITTED = lazy(r"[(\[]?\s*(?:…|\.\s?\.\s?\.)\s*[)\]]?")


def lost(note: str) -> bool:
    """Whether a note marks words the transcriber could not make out, or left out."""
    return LOST.search(note) is not None or OMITTED.fullmatch(note.strip()) is not None


_UNSPACED = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_UNSPACED_CUT = lazy(rf"(?<=[{_UNSPACED}]){re.escape(_CUT)}(?=[{_UNSPACED}])")


def without_notes(text: str, every_parenthesis: bool) -> str:
    """A normalized passage without the room's notes, its lost words as `[note]`. In a
    transcript every parenthesis is the transcriber's; in a speech only the notes named above."""
    def cut(m: re.Match) -> str:
        inner = m.group(0)[1:-1].strip()
        if lost(inner):
            return f" [{inner}] "
        return _CUT if every_parenthesis or ROOM.fullmatch(m.group(0)) else m.group(0)

    found = ROOM.sub(cut, _PAREN.sub(cut, RECORD.sub(_CUT, text)))  # the room's notes in square brackets too
    if _CUT not in found and found == text:
        return text
    # between two characters of a script written without spaces (`誠(まこと)を`) a cut joins them
    found = _UNSPACED_CUT.sub("", _DASHED.sub(" - ", found)).replace(_CUT, " ")
    return re.sub(r"[ \t]{2,}", " ", found).strip(" \n")


def notes_in(text: str, every_parenthesis: bool) -> list[str]:
    """The transcriber's notes of a passage, as printed."""
    return (_PAREN.findall(text) if every_parenthesis else []) + RECORD.findall(text) + ROOM.findall(text) + [
        m.group(0) for m in re.finditer(r"[(\[][^()\[\]\n]{1,60}[)\]]", text) if lost(m.group(0))]


def unlost(text: str) -> str:
    """A stretch of a passage without its notes of lost words (`[crosstalk 00:14:21]`)."""
    return _BRACKET.sub(lambda m: " " if lost(m.group(0)) else m.group(0), text) if "[" in text else text
