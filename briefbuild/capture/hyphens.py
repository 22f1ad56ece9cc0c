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
4. Otherwise (one hyphen-minus for both, the word nowhere else): the hyphen is kept when both
   parts are words the document uses on their own (`well`, `known`; also as parts of its
   compounds written on one line, `post` in `post-conflict`), and dropped when one part is no
   word of it (`interna`, `tional`). Dictionary-free, it errs on a closed compound split at its
   seam in a text that never writes it whole (`with-` `out` stays `with-out`): a false alarm on
   a quote of it, never a quote passed that the document does not hold.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

TYPESET = ("\u2010", "\u00ad")  # the typesetter's own hyphens, where it sets the words' as hyphen-minus
HYPHENS = ("-", *TYPESET)
_PART = re.compile(r"[^\W\d_]+")


class Vocabulary:
    """What a document's own lines show about its hyphens (built from every line, in order)."""

    def __init__(self, lines: Iterable[str]):
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


def joint(before: str, after: str, vocabulary: Vocabulary) -> str:
    """What goes between two lines of a paragraph: a space; nothing after a hyphen that is the
    word's own; "\\b" (the hyphen is deleted) after the typesetter's."""
    if not before or before[-1] not in HYPHENS or len(before) < 2 or not before[-2].isalpha():
        return " "
    if before[-1] in TYPESET:
        return "" if before[-1] == "\u2010" and not vocabulary.typeset and _own(before, after, vocabulary) else "\b"
    return "" if vocabulary.typeset or _own(before, after, vocabulary) else "\b"


def _own(before: str, after: str, vocabulary: Vocabulary) -> bool:
    """Whether a hyphen no character marks as the typesetter's is the word's own (rules 2-4)."""
    head = re.findall(r"[\w'’]+$", before[:-1])
    tail = re.findall(r"^[\w'’]+", after)
    if not head or not tail or not after[:1].islower():
        return True  # 'Indo-' + 'Pacific', '1990-' + '2000'
    joined, hyphened = (head[0] + tail[0]).lower(), f"{head[0]}-{tail[0]}".lower()
    if vocabulary.words[hyphened] != vocabulary.words[joined]:
        return vocabulary.words[hyphened] > vocabulary.words[joined]
    return all(p.lower() in vocabulary.parts for p in (head[0], tail[0]))
