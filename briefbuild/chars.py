"""Characters a reader cannot see: found after decoding, and escaped before printing.

A YAML escape (`"\\u202E"`, `"\\e"`) decodes to the same character as the raw byte, so
text is checked after it is decoded, wherever it came from. Refused: C0 and C1 controls
(tab and newline are text; carriage return only in a stored text file's line ends),
bidirectional controls ("Trojan Source", CVE-2021-42574) and the other invisible format
characters (zero-width space, word joiner, soft hyphen…), which make text display in an
order, or with words, other than the one it is verified in. Zero-width joiner and
non-joiner stay: Persian, Indic scripts and emoji need them to shape visible letters.

Every message that repeats user text or a file name goes through `escape`, so a file
named with an escape sequence cannot retitle the terminal or forge a line.
"""
from __future__ import annotations

import re
import unicodedata

from .patterns import lazy

# Cf (format) characters beyond the bidi controls, listed so the check is one regex search:
# soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width space, LRM/RLM,
# bidi embeddings/overrides/isolates, word joiner and invisible operators, BOM,
# interlinear annotation, tag characters.
_INVISIBLE = ("\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
              "\ufeff\ufff9-\ufffb\U000e0001\U000e0020-\U000e007f")
_C0C1 = "\x00-\x08\x0b-\x1f\x7f-\x9f"
# The two noncharacters XML 1.0 cannot hold: YAML's reader refuses them, a TOML escape did not
# (site-title = "\uFFFE" made feed.xml ill-formed XML).
_NOT_XML = "\ufffe\uffff"
FORBIDDEN = lazy(f"[{_C0C1}{_INVISIBLE}{_NOT_XML}]")  # in decoded YAML text: tab and newline allowed
FORBIDDEN_IN_FILE = lazy(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_INVISIBLE}{_NOT_XML}]")  # CR: line ends
# The same for text that is all ASCII (most files; str.isascii() costs nothing): a class of
# ASCII ranges alone is searched twice as fast, and a whole check searches every file's text.
_ASCII = lazy("[\x00-\x08\x0b-\x1f\x7f]")
_ASCII_IN_FILE = lazy("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NAMES = {0x00: "NULL", 0x07: "BELL", 0x08: "BACKSPACE", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED",
          0x0D: "CARRIAGE RETURN", 0x1B: "ESCAPE", 0x7F: "DELETE", 0x85: "NEXT LINE"}
# What a terminal may act on: every control (newline too, in a name), every invisible format
# character, and the lone surrogates a non-UTF-8 file name decodes to.
_UNPRINTABLE = lazy(f"[\x00-\x1f\x7f-\x9f{_INVISIBLE}{_NOT_XML}\u2028\u2029\ud800-\udfff]")
_UNPRINTABLE_BUT_NEWLINE = lazy(f"[\x00-\x09\x0b-\x1f\x7f-\x9f{_INVISIBLE}{_NOT_XML}\u2028\u2029\ud800-\udfff]")


def describe(ch: str) -> str:
    """`U+202E RIGHT-TO-LEFT OVERRIDE`: the code point and its Unicode name."""
    code = ord(ch)
    name = _NAMES.get(code) or unicodedata.name(ch, "") or (
        "CONTROL CHARACTER" if unicodedata.category(ch) == "Cc" else
        "NONCHARACTER" if ch in _NOT_XML else "INVISIBLE CHARACTER")
    return f"U+{code:04X} {name}"


def find_forbidden(text: str, in_file: bool = False) -> int:
    """Index of the first character a reader cannot see (-1 if none)."""
    if text.isascii():
        found = (_ASCII_IN_FILE if in_file else _ASCII).search(text)
    else:
        found = (FORBIDDEN_IN_FILE if in_file else FORBIDDEN).search(text)
    return found.start() if found else -1


def problem(ch: str) -> str:
    """The message for one refused character: what it is and what to do."""
    if "\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069" or ch in "\u200e\u200f\u061c":
        return (f"invisible bidirectional control character {describe(ch)}: remove it "
                "(set right-to-left text's direction with language)")
    if ch == "\0":
        return "NUL character in text: remove it"
    if unicodedata.category(ch) == "Cc":
        return f"control character {describe(ch)} in text: remove it"
    if ch in _NOT_XML:
        return f"{describe(ch)} in text (no character at all: XML, and so the feed and Word files, cannot hold it): remove it"
    return f"invisible character {describe(ch)} in text: remove it"


def _escaped(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def escape(text: str, keep_newlines: bool = False) -> str:
    """`text` with every control and invisible character written as a Python-style escape."""
    pattern = _UNPRINTABLE_BUT_NEWLINE if keep_newlines else _UNPRINTABLE
    return pattern.sub(_escaped, text)


def first_forbidden_in(data) -> str | None:
    """The first refused character anywhere in parsed YAML data (keys and values); None if clean.
    Also None-safe for the shapes a cache entry might hold."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            i = find_forbidden(value)
            if i >= 0:
                return value[i]
        elif isinstance(value, dict):
            stack += value.keys()
            stack += value.values()
        elif isinstance(value, list):
            stack += value
    return None


# --- apostrophes ---------------------------------------------------------------------------------
# An apostrophe, not an opening quotation mark, begins a word whose first letters are left out
# (Chicago 6.116, AP "apostrophe"): ’tis, ’em, rock ’n’ roll, the ’90s. Inside a word it joins
# (don't, O’Brien, o’clock); after one it ends a plural possessive or a dropped g (allies’,
# goin’) unless a quotation was opened before it.
ELISIONS = frozenset("n em tis twas til cause bout round cept neath gainst twere twill nuff fraid scuse cuz".split())
SINGLE_MARKS = "'’‘"
_WORD_AHEAD = lazy(r"[^\W_]+")
_SINGLE = lazy("['’‘]")


def single_marks(text: str) -> list[tuple[int, str]]:
    """Each single mark (' ’ ‘) of a text as 'apostrophe', 'open' or 'close', in one pass."""
    out: list[tuple[int, str]] = []
    depth = 0
    for found in _SINGLE.finditer(text):
        at = found.start()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            kind = "apostrophe"                            # don't, O’Brien, o’clock
        elif after.isalnum():                              # the start of a word
            word = _WORD_AHEAD.match(text, at + 1)
            ahead = word.group(0) if word else ""
            elided = ahead.lower() in ELISIONS or re.fullmatch(r"\d\ds?", ahead) is not None
            kind = "apostrophe" if elided else "open"
        elif before.isalnum():                             # the end of a word
            elided = at >= 2 and text[at - 2] in SINGLE_MARKS and before in "nN"   # the second mark of ’n’
            kind = "close" if depth and not elided else "apostrophe"
        else:
            kind = "open" if after in "\"“" else "close" if depth else "open"
        depth += {"open": 1, "close": -1}.get(kind, 0)
        depth = max(depth, 0)
        out.append((at, kind))
    return out



# --- a quotation within a quotation of the same family of double marks ---------------------------
# French and Spanish nest `« … “…” … »` (Imprimerie nationale, RAE) or `« … « … » … »`, German
# `„… »…« …“` (Duden), Swiss and French `« … ‹…› … »`, and a badly typeset English text
# `“… “…” …”` (Chicago 13.30 wants ‘…’ inside). Plain text makes every one of these marks `"`,
# where the inner marks would read as the outer quotation's end: they are the inner, single ones.
_DOUBLES = lazy("[“”„«»‹›]")


def _opens(ch: str, top: str | None, french: bool) -> bool | None:
    """Whether the mark opens (True) or closes (False) a quotation; None: neither."""
    if ch == "„":
        return True
    if ch == "“":
        return top != "„"  # German „…“ closes with the English opening mark
    if ch == "”":
        return False if top else None
    return (ch in "«‹") == french  # French and Swiss «…», German »…«


def inner_quotations(text: str) -> list[tuple[int, int]]:
    """(open, close) of each quotation in double marks or guillemets that stands inside another
    one of them, itself closed: a stray opening mark (`“We will act,“ Lee said.`) nests nothing.
    A line that opens with a mark while a quotation is open continues it (a quotation over
    paragraphs opens each one with a mark, Chicago 13.30), and nests nothing either."""
    marks = [(m.start(), m.group(0)) for m in _DOUBLES.finditer(text)]
    if len(marks) < 4:
        return []
    first = next((ch for _, ch in marks if ch in "«»"), None) or next((ch for _, ch in marks if ch in "‹›"), "«")
    french = first in "«‹"
    stack: list[tuple[int, str, list[tuple[int, int]]]] = []  # open marks, with the pairs closed inside each
    found: list[tuple[int, int]] = []
    for at, ch in marks:
        opens = _opens(ch, stack[-1][1] if stack else None, french)
        if opens is None or opens is False and not stack:
            continue
        if opens:
            if stack and not text[text.rfind("\n", 0, at) + 1:at].strip() and "\n" in text[:at]:
                continue  # the next paragraph of the open quotation
            stack.append((at, ch, []))
            continue
        start, _, inside = stack.pop()
        if stack:
            stack[-1][2].append((start, at))
        else:
            found += inside
    return found


def inner_as_single(text: str) -> str:
    """The text with each quotation inside another of the same family of double marks (see
    inner_quotations) in single marks, ‘…’, as English sets it: one length, one position each."""
    pairs = inner_quotations(text)
    if not pairs:
        return text
    chars = list(text)
    for start, end in pairs:
        chars[start], chars[end] = "‘", "’"
    return "".join(chars)


# Letters NFKD does not take apart: an id spells them as an English keyboard would.
_PLAIN = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                        "ı": "i"})


def ascii_words(text: str) -> list[str]:
    """The words of a text as an id spells them: lowercase ASCII letters and digits, accents
    dropped (`Häkkänen` -> `hakkanen`, not `h-kk-nen`), apostrophes inside a word dropped
    (`Lee’s` -> `lees`); a word of another script leaves nothing."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_PLAIN))
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("’", "").replace("'", "")
    return re.findall(r"[a-z0-9]+", text)


# Windows writes these: Notepad's "Unicode" and PowerShell 5's `>` and Out-File are UTF-16 with a
# byte-order mark. Read as UTF-8 they were "byte 0xff is not UTF-8" or, without the mark, "NUL
# character in text: remove it", neither of which says what to do.
_WIDE_MARKS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
               (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))


def wide_encoding(raw: bytes) -> str | None:
    """UTF-16 or UTF-32, when `raw` is in one: by its byte-order mark, else by its zero bytes (text
    in Latin letters is every other byte 0 in UTF-16; a UTF-8 file holds no 0 byte at all)."""
    for mark, name in _WIDE_MARKS:
        if raw.startswith(mark):
            return name
    head = raw[:400]
    if len(head) >= 4 and head.count(0) * 3 >= len(head):
        return "UTF-32" if head.count(0) * 3 >= len(head) * 2 else "UTF-16"
    return None
