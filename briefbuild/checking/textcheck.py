"""Text integrity: every text is compared in one normal form, and a word is written in one script.

Quotes and stored texts are compared after NFC normalization (a source saved in NFD still
matches a quote typed in NFC) and after typography is made plain (curly and straight
quotation marks, dashes, spaces, and French's spaces inside guillemets). A word that mixes Latin with a Cyrillic or Greek
look-alike ('NАTO' with U+0410) reads the same and means something else to every search
and every reader's browser: it is an error, named by code point.
"""
from __future__ import annotations

import re
import unicodedata

from ..chars import inner_as_single
from ..patterns import lazy

# A full stop after an initial or a title's abbreviation ends no sentence (`John F. Kirby`, `Mr. Poilievre`,
# `Army Gen. Martin E. Dempsey`): a look-behind to set after `(?<=[.!?])` where a sentence may end.
_ABBREVIATIONS = ("Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Cmdr", "Brig", "Cpl", "Pvt", "Mr", "Mrs", "Ms", "Dr",
                  "Sen", "Rep", "Gov", "Amb", "Prof", "Rev", "Hon", "Sec", "Secs", "Jr", "Sr", "St", "Mt", "Ft", "No")
NOT_ABBREVIATED = r"(?<!\b[A-Z]\.)" + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS)

_PLAIN = {
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "‹": '"', "›": '"',
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
    "「": '"', "」": '"', "『": '"', "』": '"',  # Japanese quotation marks
    "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
    "\u00ad": "",  # a soft hyphen: where a word may break, no letter of it (peace\u00adkeeping)
}
_ELLIPSIS = lazy(r"\.\s?\.\s?\.")
# Chicago 13.53 and AP: four dots after a word are its sentence's full stop, then the ellipsis
# (`act. . . . We`, `act.... We`): the first dot is the word's, not the ellipsis's.
_FOUR_DOTS = lazy(r"(?<=[^\s.…])\.\s?\.\s?\.\s?\.(?!\s?\.)")
# An em dash, closed up (Chicago: `plan—which`), spaced (AP: `plan — which`) or typed as two or
# three hyphens (`plan -- which`): one dash, spaced. Hyphens and en dashes stay as they are.
_EM_DASH = lazy(r"(?<![ \t])[ \t]*(?:[—―]|(?<!-)-{2,3}(?!-))[ \t]*")  # from a run's start: linear
_SPACES = lazy(r"[ \t\r\n]+")
# French typography sets a (narrow) no-break space inside guillemets, `«\u202fNous agirons\u202f»`; a
# quote typed `«Nous agirons»`, `“Nous agirons”` or `« Nous agirons »` holds the same words. The
# space is French's when the guillemet opens after a space, a bracket or an elision (`d’«`) or
# closes before a space or punctuation: `»Wir handeln.« Dann` (German's way round) keeps its space.
_GUILLEMET_OPEN = lazy(r"(?:^|(?<=[\s(\[’']))([«‹])\s+")
_GUILLEMET_CLOSE = lazy(r"(?<!\s)\s+([»›])(?=$|[\s,.;:!?)\]…])")


def normalize(text: str) -> str:
    """NFC, plain typography, one-character ellipses, single spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        if "—" in text or "―" in text:
            text = _EM_DASH.sub(" - ", text)
        if "«" in text or "»" in text or "‹" in text or "›" in text:
            text = _GUILLEMET_CLOSE.sub(r"\1", _GUILLEMET_OPEN.sub(r"\1", text))
        text = inner_as_single(text)  # `« … “…” … »`: the inner marks are no end of the outer quotation
        for fancy, plain in _PLAIN.items():  # str.replace scans in C; translate() looks up every character
            if fancy in text:
                text = text.replace(fancy, plain)
    if "--" in text:
        text = _EM_DASH.sub(" - ", text)
    if ".." in text or ". ." in text or ".\n." in text or ".\t." in text or ".\r." in text:  # dots (most texts: none)
        text = _ELLIPSIS.sub("…", _FOUR_DOTS.sub(". …", text))
    if "  " in text or "\n" in text or "\t" in text or "\r" in text:  # else every run is one space already:
        text = _SPACES.sub(" ", text)  # the substitution would copy the text word by word (7% of a check)
    return text.strip()


_SPACE_LIKE = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " "})


def display(text: str) -> str:
    """The text as printed, word for word with normalize(): NFC, one-character ellipses and
    single spaces, its quotation marks, apostrophes and dashes kept (for messages)."""
    text = unicodedata.normalize("NFC", text).translate(_SPACE_LIKE)
    if "." in text:
        text = _ELLIPSIS.sub("…", _FOUR_DOTS.sub(". …", text))
    return _SPACES.sub(" ", text).strip()


def codepoint(ch: str) -> str:
    """'а' -> 'U+0430 CYRILLIC SMALL LETTER A'."""
    return f"U+{ord(ch):04X} {unicodedata.name(ch, 'UNNAMED CHARACTER')}"


_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC")
_WORD = lazy(r"\w+")


def _script(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    return next((s for s in _SCRIPTS if name.startswith(s)), None)


def mixed_script(text: str) -> str | None:
    """A message for the first word that mixes look-alike scripts, or None.
    Only Latin, Cyrillic, Greek and a few others look alike; CJK beside Latin ('G7サミット') is fine."""
    if text.isascii():
        return None
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        seen: dict[str, str] = {}
        for ch in word:
            script = _script(ch)
            if script and script not in seen:
                seen[script] = ch
        if len(seen) > 1:
            (s1, c1), (s2, c2) = sorted(seen.items(), key=lambda kv: word.index(kv[1]))[:2]
            return (f"the word '{word}' mixes scripts: '{c1}' is {codepoint(c1)} but '{c2}' is "
                    f"{codepoint(c2)}; retype the word in one script")
    return None


def show_difference(ours: str, theirs: str) -> str:
    """When two words look alike but differ in a letter from another script or a composed
    form, the code points that differ (else '')."""
    if ours == theirs:
        return ""
    if unicodedata.normalize("NFC", ours) == unicodedata.normalize("NFC", theirs):
        return f"quote has {' '.join(codepoint(c) for c in ours)}, source has {' '.join(codepoint(c) for c in theirs)}"
    if len(ours) != len(theirs):
        return ""
    pairs = [(a, b) for a, b in zip(ours, theirs) if a != b]
    if not pairs or len(pairs) > 2 or any(a.isascii() and b.isascii() for a, b in pairs):
        return ""
    return "; ".join(f"quote has {codepoint(a)} where the source has {codepoint(b)}" for a, b in pairs)


# The quotation marks a quote's text may carry are the source's inner quotation: printed inside
# the brief's own marks, one that opens and never closes (or closes and never opened) misprints
# what was said. Each family pairs its own marks: English “…” and ‘…’, German „…“ and ‚…‘,
# Swedish ”…”, guillemets either way («…» French, »…« German), corner brackets, straight "…".
# A ’ that closes nothing is an apostrophe (the allies’, ’90s, rock ’n’ roll), and so is a ‘
# before a digit (‘90s, as autocorrect types it): single marks can only be unclosed, never stray.
# Which ’ closes an open ‘ is told by position: one before a letter or digit is an apostrophe
# (don’t, ’n’, ’90s); one after punctuation or before punctuation, a closing mark or the end
# closes. One after a letter and before another word (`‘the allies’ view`, `‘hawks’ in`) may be
# either a plural's possessive or the close: the source decides (see _closes_later); with no
# source to read it closes, as a false alarm on a legitimate quote is a defect too.
_CLOSERS = {"“": "”", "„": "“”", "”": "”", "‘": "’", "‚": "‘’", "«": "»", "»": "«", "‹": "›", "›": "‹",
            "「": "」", "『": "』", "」": "", "』": ""}
_FAMILY = {"“": "double", "”": "double", "„": "double", "‘": "single", "’": "single", "‚": "single",
           "«": "guillemet", "»": "guillemet", "‹": "single guillemet", "›": "single guillemet",
           "「": "corner", "」": "corner", "『": "white corner", "』": "white corner"}
_MARKS = lazy("[" + "".join(_FAMILY) + "]")  # found in C: a quote's text holds a few, if any


def _closes_later(text: str, opened: int, at: int, source: str) -> bool:
    """Whether the source goes on with the inner quotation that opens at `opened` past the
    ambiguous ’ at `at` (`‘the allies’ view’ now`): then that ’ is a possessive's, not the close.
    Read from the quote's words to the ’ and the word after it, found in the source."""
    nxt = re.match(r"\s*\S+", text[at + 1:])
    piece = normalize(text[opened:at + 1] + (nxt.group(0) if nxt else ""))
    plain = normalize(source)
    start = plain.find(piece)
    while start != -1:
        rest = plain[start + len(piece):]
        for k, ch in enumerate(rest):
            if ch == '"':
                break  # the quotation around it ends first
            if ch == "'":
                before, after = rest[k - 1:k] if k else piece[-1:], rest[k + 1:k + 2]
                if before in ("", " ") and after.isalnum():
                    break  # another inner quotation opens (or ’90s): no later close of this one
                if not after.isalnum():
                    return True
        start = plain.find(piece, start + 1)
    return False


def unbalanced_mark(text: str, source: str | None = None) -> str | None:
    """A message for the first quotation mark of a quote's text that pairs with no other, or None.
    `source`: the stored text, which decides a ’ that may be an apostrophe or the close."""
    if text.count('"') % 2:
        return ('its text has an odd number of straight quotation marks ("): an inner quotation must '
                "open and close within the quote; take in the source's other mark, or leave this one out")
    stacks: dict[str, list[tuple[str, int]]] = {}
    for mark in _MARKS.finditer(text):
        i, ch = mark.start(), mark.group()
        family = _FAMILY[ch]
        stack = stacks.setdefault(family, [])
        if ch == "’" and (text[i + 1:i + 2].isalnum() or text[i - 2:i].lower() in ("’n", "'n")):
            continue  # don’t, rock ’n’ roll (both marks), ’90s: an apostrophe
        if ch == "’" and stack and stack[-1][0] == "‘" and text[i - 1:i].isalpha() \
                and re.match(r"\s+[^\W\d_]", text[i + 1:]) and source is not None \
                and _closes_later(text, stack[-1][1], i, source):
            continue  # `‘the allies’ view`, where the source's quotation closes after `view`
        if stack and ch in _CLOSERS[stack[-1][0]]:
            stack.pop()
        elif ch != "’" and not (ch == "‘" and text[i + 1:i + 2].isdigit()):  # else an apostrophe
            stack.append((ch, i))
    unpaired = sorted((at, ch) for stack in stacks.values() for ch, at in stack)
    if not unpaired:
        return None
    at, ch = unpaired[0]
    before = re.search(r"(?:\S+\s+){0,3}\S*$", text[:at])
    after = re.match(r"\S*(?:\s+\S+){0,2}", text[at:])
    where = ((before.group() if before else "") + (after.group() if after else "")).strip()
    return (f"its text has a quotation mark {ch} that pairs with no other (at '{where}'): an inner "
            "quotation must open and close within the quote; take in the source's other mark, or leave this one out")
