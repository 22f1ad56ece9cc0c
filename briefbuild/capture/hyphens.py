"""A hyphen at a line's end in a PDF: the typesetter's (`interna-` `tional`: the word is
`international`) or the word's own (`well-` `known`: the word is `well-known`).

In order, what decides it:
1. The character. A typesetter that hyphenates with U+2010 (WeasyPrint, by default) or a soft
   hyphen U+00AD writes the words' own hyphens as hyphen-minus, so there the hyphen-minus at a
   line's end is the word's own and the other its break. (PDFium reports a hyphen-minus at a
   line's end as U+FFFE, read here as '-'; U+2010 it leaves as it is.) A document that writes
   its own hyphens as U+2010 inside its lines gives no such signal.
2. A capital after it (`Indo-` `Pacific`): no typesetter breaks a word before a capital.
3. The document itself: the word written elsewhere with its hyphen, or without it, more often.
4. Where no typesetter breaks: it leaves two letters or more on each side (TeX's
   \\lefthyphenmin is 2, LibreOffice's default minimum too), so `e-` `mail` is the word's
   own; and a break the hyphenation dictionary of the PDF's language (its /Lang) does not
   allow is no typesetter's either (`long-` `term`: `longterm` has no break there). The
   dictionaries are pyphen's, which are LibreOffice's, built from TeX's patterns: what
   LibreOffice, LaTeX and WeasyPrint break by. Word hyphenates by its own rules: a break it
   makes where the dictionary has none keeps its hyphen (a false alarm, never a false pass).
5. Otherwise (one hyphen-minus for both, the word nowhere else): the hyphen is kept when both
   parts are words the document uses on their own (`well`, `known`; also as parts of its
   compounds written on one line, `post` in `post-conflict`), and dropped when one part is no
   word of it (`interna`, `tional`). It errs on a closed compound split at its seam in a text
   that never writes it whole (`with-` `out` stays `with-out`), and on an own hyphen whose
   first part the text uses nowhere else (`self-` `sustaining`): a false alarm on a quote of
   it, never a quote passed that the document does not hold.

LaTeX, LibreOffice and Word print an automatic break as a visible hyphen (LaTeX's \\hyphenchar
is `-`), which PDFium reports at a line's end as U+FFFE whether the font maps it to a
hyphen-minus or to a soft hyphen (a WinAnsi font's 0x2D and 0xAD alike): so rules 2-5 decide
for them, as for any PDF whose breaks no character of their own marks.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from ..patterns import lazy

TYPESET = ("\u2010", "\u00ad")  # the typesetter's own hyphens, where it sets the words' as hyphen-minus
HYPHENS = ("-", *TYPESET)
_PART = lazy(r"[^\W\d_]+")


class Vocabulary:
    """What a document's own lines show about its hyphens (built from every line, in order)."""

    def __init__(self, lines: Iterable[str], language: str | None = None):
        self.language = language  # the PDF's /Lang: whose hyphenation dictionary says where words may break
        self.words: Counter[str] = Counter()  # whole tokens: 'well-known', 'international'
        self.parts: set[str] = set()  # words standing alone, or as parts of a compound on one line
        typeset_breaks = inner_u2010 = False
        broken = False  # the line before ended in a hyphen: this line's first word is its tail
        for line in lines:
            tokens = re.findall(r"[\w'’\u2010-]+", line)
            ends = bool(re.search(r"[^\W\d_][-\u2010\u00ad]$", line))
            self.words.update(t.lower().replace("\u2010", "-") for t in tokens)
            whole = tokens[1 if broken else 0:len(tokens) - (1 if ends else 0)]
            for token in whole:
                self.parts.update(p.lower() for p in _PART.findall(token))
                inner_u2010 = inner_u2010 or "\u2010" in token.strip("\u2010")
            typeset_breaks = typeset_breaks or (ends and line[-1] in TYPESET)
            broken = ends
        # The typesetter's breaks have a character of their own only when the words' hyphens do not use it.
        self.typeset = typeset_breaks and not inner_u2010


    def breaks(self, word: str) -> set[int] | None:
        """Where the language's hyphenation dictionary lets `word` break (None: no dictionary)."""
        dictionary = _dictionary(self.language)
        return set(dictionary.positions(word)) if dictionary is not None else None


@lru_cache(maxsize=8)
def _dictionary(language: str | None):
    """pyphen's dictionary of a language tag (`en-GB`, `de`), or None for none or an unknown one."""
    if not language:
        return None
    import pyphen
    found = pyphen.language_fallback(language.replace("-", "_"))
    return pyphen.Pyphen(lang=found) if found else None


def joint(before: str, after: str, vocabulary: Vocabulary) -> str:
    """What goes between two lines of a paragraph: a space; nothing after a hyphen that is the
    word's own; "\\b" (the hyphen is deleted) after the typesetter's."""
    if not before or before[-1] not in HYPHENS or len(before) < 2 or not before[-2].isalpha():
        return " "
    if before[-1] in TYPESET:
        return "" if before[-1] == "\u2010" and not vocabulary.typeset and _own(before, after, vocabulary) else "\b"
    return "" if vocabulary.typeset or _own(before, after, vocabulary) else "\b"


def _own(before: str, after: str, vocabulary: Vocabulary) -> bool:
    """Whether a hyphen no character marks as the typesetter's is the word's own (rules 2-5)."""
    head = re.findall(r"[\w'’]+$", before[:-1])
    tail = re.findall(r"^[\w'’]+", after)
    if not head or not tail or not after[:1].islower():
        return True  # 'Indo-' + 'Pacific', '1990-' + '2000'
    joined, hyphened = (head[0] + tail[0]).lower(), f"{head[0]}-{tail[0]}".lower()
    if vocabulary.words[hyphened] != vocabulary.words[joined]:
        return vocabulary.words[hyphened] > vocabulary.words[joined]
    if min(len(head[0]), len(tail[0])) < 2:
        return True  # rule 4: no typesetter breaks off one letter
    allowed = vocabulary.breaks(joined)
    if allowed is not None and len(head[0]) not in allowed:
        return True  # rule 4: the dictionary of the document's language has no break there
    return all(p.lower() in vocabulary.parts for p in (head[0], tail[0]))
