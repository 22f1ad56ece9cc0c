"""Speaker labels printed without the colon most transcripts use (speakers.py reads those).

- The Federal Reserve's press conferences and the Italian Camera's resoconto stenografico print the
  speaker in capitals and a full stop (`CHAIR POWELL. Good afternoon.`, `ROBERTO GIACHETTI. Chiedo di
  parlare.`), the office after a comma in mixed case (`VANNINO CHITI, Ministro per i rapporti con il
  Parlamento. Signor Presidente…`), and the Camera its chair by office alone (`PRESIDENTE. Ne ha
  facoltà.`): the sitting's chair, whom the record names only in its heading.
- WHO's transcripts print a speaker key's initials and a tab (`TAG<tab>Thank you.`): a label, one of
  a person's `labels` (the key at the transcript's head says whose).
- Either layout is a text's only where it shows it: one line so printed at least names a known
  person or is the chair's office (as speakers.py's `name_line` reads a name on a line of its own);
  then every line of that layout is a label, and one naming no one is an unknown label. A text with
  none so (`UNITED NATIONS. The Security Council met…`, `EXECUTIVE SUMMARY. This report…`, `OK  so
  we…`) has no such labels: its lines stay text.
- The Spanish Congreso's Diario de Sesiones prints `El señor` / `La señora` before the label
  (`El señor PRESIDENTE:`, `La señora SECRETARIA DE LA MESA (Rosique i Saltor):`): an honorific.
- The Japanese Diet's record (会議録) prints each member's name with the honorific 君 and a space
  before the words (`泉健太君 立憲民主党の泉健太です。`), an office holder as the office and the name in
  brackets (`議長(額賀福志郎君) これより会議を開きます。`, `内閣総理大臣(岸田文雄君)`), and the National Diet
  Library's edition opens each turn with ○ (`○岸田内閣総理大臣　…`, `○泉委員　…`): the office is the
  label, the name in brackets its note, as Lok Sabha's `THE PRIME MINISTER (DR. MANMOHAN SINGH):`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..patterns import lazy

CAPS_STOP, KEY, DIET = "caps-stop", "key", "diet"  # the layouts a text may show
EVERY = frozenset({CAPS_STOP, KEY, DIET})

# Capitals, a full stop, and the words after it opening with a capital: two words at least
# (`CHAIR POWELL.`), or one that is a chair's office (`PRESIDENTE.`), so that a sentence opening
# with an acronym (`NATO. The alliance…`) stays text. `Q.` and `A.` are speakers.py's.
_CAPS_STOP = lazy(
    r"^(?P<label>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){0,5})"
    r"(?P<notes>(?:\s*\([^()\n]{1,40}\))*)"
    r"(?:,\s+(?P<role>[^\W\d_][^.\n:;?!()]{1,150}?))?"
    r"\.[ \t]+(?=[(\[\"“‘']?[^\W\d_])(?P<next>\S)")
CHAIRS = frozenset({"presidente", "presidenta", "président", "présidente", "präsident", "präsidentin"})

# A speaker key's initials and a tab (or a run of spaces, as a copy renders the tab).
_KEY = lazy(r"^(?P<label>[A-Z]{2,4})(?:\t+|[ ]{2,})(?=\S)")

# The Diet record's label: ○ and any word before a space (the NDL's mark), or a name with 君, the office
# before it in brackets; the space after it may be an ideographic one.
_DIET = lazy(r"^○?(?:(?P<office>[^\s()（）○〔〕「」、。]{1,20}?)[(（](?P<held>[^\s()（）]{1,12}?)君[)）]"
             r"|(?P<name>[^\s()（）○〔〕「」、。]{1,12}?)君|(?<=○)(?P<mark>[^\s○()（）]{1,20}))[ \t\u3000]+(?=\S)")

# The Diario de Sesiones' honorific before a label, in lower case.
HONORIFICS = frozenset({"señor", "señora"})
_DIARIO_CHAIR = lazy(r"(?:el señor|la señora) (?:vice)?president[ea]")


def in_capitals(text: str) -> bool:
    """Letters, more than one, none of them lower case (a label, or a heading set in capitals)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and not any(c.islower() for c in letters)


def caps_stop(line: str, chair_note: str) -> tuple[str, int, list[str]] | None:
    """(label, end, notes) of a `NAME IN CAPITALS.` label, or None; the Camera's `PRESIDENTE.`
    carries `chair_note`: the sitting's chair, no one's words unless the source names the holder."""
    m = _CAPS_STOP.match(line)
    if m is None or not in_capitals(m.group("label")) or not (m.group("next").isupper() or m.group("next") in "([\"“‘'"):
        return None
    label = m.group("label")
    words = label.split()
    notes = [n.strip("() ") for n in re.findall(r"\([^()\n]*\)", m.group("notes"))]
    if len(words) == 1:
        if label.casefold() not in CHAIRS or m.group("role"):
            return None
        notes.append(chair_note)
    return label, m.start("next"), notes


def key_initials(line: str) -> tuple[str, int, list[str]] | None:
    """(label, end, []) of a speaker key's initials before a tab, or None."""
    m = _KEY.match(line)
    return (m.group("label"), m.end(), []) if m else None


def diet(line: str) -> tuple[str, int, list[str]] | None:
    """(label, end, notes) of a Diet record's label (`泉健太君 `, `議長(額賀福志郎君) `, `○泉委員　`), or None:
    an office's label carries the name in brackets as its note."""
    m = _DIET.match(line)
    if m is None:
        return None
    if m.group("office"):
        return m.group("office").lstrip("○"), m.end(), [m.group("held")]
    return m.group("name") or m.group("mark"), m.end(), []


def printed_label(line: str, shown: frozenset[str], chair_note: str) -> tuple[str, int, list[str]] | None:
    """(label, end, notes) of a label without a colon, of a layout the text shows, or None."""
    if not shown:
        return None
    return ((caps_stop(line, chair_note) if CAPS_STOP in shown else None)
            or (key_initials(line) if KEY in shown else None)
            or (diet(line) if DIET in shown else None))


def shown(lines: Iterable[str], known: Callable[[str, str, list[str]], bool], chair_note: str) -> frozenset[str]:
    """The layouts a text shows: those of which one line at least is a label `known(line, label,
    notes)` says names someone known. Decided once per text, before its turns are read, so an
    unknown label before the first known one is a label too."""
    found: set[str] = set()
    for line in lines:
        for layout, read in ((CAPS_STOP, lambda ln: caps_stop(ln, chair_note)), (KEY, key_initials), (DIET, diet)):
            if layout not in found and (label := read(line)) and known(line, label[0], label[2]):
                found.add(layout)
        if len(found) == len(EVERY):
            break
    return frozenset(found)


def diario_chair(folded: str) -> bool:
    """`El señor PRESIDENTE` (folded): the Congreso's chair of the sitting, named by office alone."""
    return _DIARIO_CHAIR.fullmatch(folded) is not None
