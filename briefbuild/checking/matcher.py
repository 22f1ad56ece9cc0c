"""Find a quote in a passage in linear time: its text pieces in order, by str.find, with bounded gaps.

A quote is text, [bracketed] alterations and … omissions. A bracket stands for at most a few
words of the source (MAX_GAP characters between its neighbours; one word where it opens or
closes the quote); an ellipsis for any stretch of the same passage. No regular expression ever
runs over the source text: a backtracking pattern of `the … the … zebra` over a repetitive
paragraph took 31 seconds.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from ..patterns import lazy
from .textcheck import normalize

SEP = "\0"  # joins the spans of one passage: text never matches across it, an ellipsis may
MAX_GAP = 40  # characters of source an interior bracket may stand for
CONTEXT = 60  # characters of source a gap keeps on either side (Gap.before, Gap.after) for the rules
FINAL = ".,;:!?。、！？"  # with Japanese full stop, comma, ! and ?
_SPLIT = lazy(r"(\[[^\]]*\]|…)")


def tokens(quote_text: str) -> list[tuple[str, str]]:
    """('text' | 'bracket' | 'ellipsis', value) of a quote, normalized."""
    out = []
    # A quotation inside the quote is in single marks whichever marks the editor typed: the
    # source's inner marks are single ones too (its double marks delimit the quotation).
    for part in _SPLIT.split(normalize(quote_text).replace('"', "'")):
        if part:
            out.append(("bracket" if part.startswith("[") else "ellipsis" if part == "…" else "text", part))
    return out


class Gap(NamedTuple):
    """What the source has where the quote has a bracket or an ellipsis."""

    token: int     # the bracket's or ellipsis's index in the quote's tokens
    source: str    # the source's words there ('' for an insertion)
    where: str     # start | end | inside (brackets); ellipsis
    before: str    # source text just before the gap (for context rules)
    after: str     # source text just after
    at: int = -1   # where the source's words there start in the passage (brackets only)


class Match(NamedTuple):
    start: int
    end: int
    gaps: tuple[Gap, ...]
    passage: str

    @property
    def following(self) -> str:
        """The source's next character after the quote's last word ('' at the end of a span)."""
        rest = self.passage[self.end:self.end + 3].lstrip(" ")
        return rest[:1] if rest[:1] != SEP else ""


# Kana and kanji: Japanese has no spaces between words, so a quote may start or end at any of them.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_CJK = lazy(f"[{CJK}]")


def _wordy(ch: str) -> bool:
    """A letter of a word that a quote may not cut (not a kana or kanji: see CJK)."""
    return (ch.isalnum() or ch == "_") and not _CJK.match(ch)


class Matcher:
    """The compiled form of one quote."""

    def __init__(self, quote_text: str):
        toks = tokens(quote_text)
        self.final = ""
        if toks and toks[-1][0] == "text":
            body = toks[-1][1].rstrip(" " + FINAL + '"\'')
            self.final = toks[-1][1][len(body):].strip(" \"'")
            toks[-1] = ("text", body)
            if not body.strip():
                toks.pop()
        # Chicago 13.53: a full stop may end a grammatically complete sentence before an
        # ellipsis though the source's sentence went on (`forces. … That` for `forces," Lee
        # said. "That`): the stop is the quote's, matched against whatever the source has there.
        self.stops: set[int] = set()
        for k in range(len(toks) - 1):
            kind, value = toks[k]
            body = value.rstrip(" ")
            if kind == "text" and toks[k + 1][0] == "ellipsis" and body.endswith(".") and body[:-1].strip():
                toks[k] = ("text", body[:-1] + value[len(body):])
                self.stops.add(k)
        self.tokens = toks
        self.chunks: list[list[int]] = [[]]  # token indexes, split at ellipses
        for k, (kind, _) in enumerate(toks):
            if kind == "ellipsis":
                self.chunks.append([])
            else:
                self.chunks[-1].append(k)
        self.has_text = any(kind == "text" and value.strip() for kind, value in toks)

    def search(self, passage: str) -> Match | None:
        return next(self.finditer(passage), None)

    def finditer(self, passage: str, limit: int = 20) -> Iterator[Match]:
        """Matches whose first words start further and further into the passage."""
        start, last = 0, None
        for _ in range(limit):
            found = self._match_from(passage, start)
            if found is None:
                return
            if (found.start, found.end) != last:
                yield found
            last = (found.start, found.end)
            # A quote that opens with a bracket (`[T]he`) starts before its first words: from
            # found.start + 1 the same words were found again, and `She … The plan` never read on.
            start = max(start, found.start) + 1

    def _match_from(self, passage: str, start: int) -> Match | None:
        pos, first, gaps = start, None, []
        last = len(self.chunks) - 1
        for n, chunk in enumerate(self.chunks):
            got = self._chunk(passage, chunk, pos, opens=n == 0, closes=n == last)
            if got is None:
                return None
            c_start, c_end, c_gaps = got
            if n > 0:
                k = chunk[0] - 1 if chunk else len(self.tokens) - 1
                omit_from, omit_to = pos, c_start
                if n == 1 and not self.chunks[0]:  # `…the security`: the omitted start of its sentence
                    omit_from = _sentence_start(passage, c_start)
                if n == last and not chunk:        # `we will act…`: the omitted rest of its sentence
                    omit_to = c_end = _sentence_end(passage, pos)
                gaps.append(Gap(k, passage[omit_from:omit_to], "ellipsis", passage[max(0, omit_from - CONTEXT):omit_from],
                                passage[omit_to:omit_to + CONTEXT]))
            if first is None and chunk:
                first = c_start
            gaps += c_gaps
            pos = c_end
        return Match(first or 0, pos, tuple(gaps), passage)

    def _chunk(self, passage: str, chunk: list[int], pos: int, opens: bool, closes: bool):
        texts = [k for k in chunk if self.tokens[k][0] == "text" and self.tokens[k][1].strip()]
        if not texts:
            return pos, pos, [Gap(k, "", "inside", "", "") for k in chunk]
        anchor = texts[0]
        lead = [k for k in chunk if k < anchor]
        word = self.tokens[anchor][1].strip()
        forms = [word]
        if word[:1].isalpha() and word[:1].swapcase() != word[:1]:
            forms.append(word[:1].swapcase() + word[1:])  # the first letter's case may change (Chicago 13.13)
        for at, form in self._occurrences(passage, forms, pos, left=not lead):
            got = self._rest(passage, chunk, anchor, at, at + len(form), opens, closes)
            if got is not None:
                return got
        return None

    @staticmethod
    def _occurrences(passage: str, forms: list[str], pos: int, left: bool) -> Iterator[tuple[int, str]]:
        """Occurrences of any form, in order, starting at a word boundary when `left`."""
        heads = {f: passage.find(f, pos) for f in forms}
        while True:
            live = [(at, f) for f, at in heads.items() if at >= 0]
            if not live:
                return
            at, form = min(live)
            heads[form] = passage.find(form, at + 1)
            if left and _wordy(form[0]) and at > 0 and _wordy(passage[at - 1]):
                continue
            yield at, form

    def _rest(self, passage, chunk, anchor, a0, a1, opens, closes):
        gaps: list[Gap] = []
        # Brackets before the anchor: only at the start of the quote or after an ellipsis.
        lead = [k for k in chunk if k < anchor]
        start = a0
        if lead:
            gap_start = _words_before(passage, a0, max(1, len(self.tokens[lead[-1]][1].split())))
            gaps.append(Gap(lead[-1], passage[gap_start:a0].strip(), "start", passage[max(0, gap_start - CONTEXT):gap_start],
                            passage[a0:a0 + CONTEXT], _lead(passage, gap_start, a0)))
            start = gap_start
        end = a1
        k = chunk.index(anchor) + 1
        while k < len(chunk):
            kind, value = self.tokens[chunk[k]]
            if kind == "bracket":
                nxt = chunk[k + 1] if k + 1 < len(chunk) else None
                if nxt is None:  # the quote (or chunk) ends with a bracket: it stands for the next words
                    rest = passage[end:end + len(value) + 2]
                    own = rest.lower().find(value.lower())  # or it is the source's own: `wrong [emphasis added]`
                    stop = end + own + len(value) if 0 <= own <= 1 else \
                        _words_after(passage, end, max(1, len(value.split())))
                    gaps.append(Gap(chunk[k], passage[end:stop].strip(), "end", passage[max(0, end - CONTEXT):end],
                                    passage[stop:stop + CONTEXT], _lead(passage, end, stop)))
                    end = stop
                    k += 1
                    continue
                text = self.tokens[nxt][1].strip()
                window = passage[end:end + MAX_GAP + len(text) + 2]
                at = _find_bounded(window, text, left=self.tokens[nxt][1][:1].isspace())
                if at < 0 or SEP in window[:at]:
                    return None
                gaps.append(Gap(chunk[k], window[:at].strip(), "inside", passage[max(0, end - CONTEXT):end],
                                passage[end + at:end + at + CONTEXT], _lead(passage, end, end + at)))
                end = end + at + len(text)
                k += 2
            else:  # two texts side by side cannot happen: tokens alternate
                return None
        if closes and not (self.tokens[chunk[-1]][0] == "bracket") and end < len(passage) \
                and _wordy(passage[end]) and _wordy(passage[end - 1]):
            return None
        if not closes and self.tokens[chunk[-1]][0] == "text" and end < len(passage) \
                and _wordy(passage[end]) and _wordy(passage[end - 1]):
            return None
        return start, end, gaps


def _find_bounded(window: str, text: str, left: bool) -> int:
    """The first occurrence of text in window, at a word boundary on the left when `left`."""
    at = window.find(text)
    while at >= 0:
        if not (left and at > 0 and _wordy(window[at - 1]) and _wordy(text[0])):
            return at
        at = window.find(text, at + 1)
    return -1


def _sentence_start(passage: str, at: int) -> int:
    k = at
    while k > 0 and passage[k - 1] != SEP and not (passage[k - 1] == " " and k > 1 and passage[k - 2] in ".!?"):
        k -= 1
    return k


def _sentence_end(passage: str, at: int) -> int:
    k = at
    while k < len(passage) and passage[k] != SEP and not (passage[k] in ".!?" and
                                                          (k + 1 == len(passage) or passage[k + 1] in " " + SEP)):
        k += 1
    return k


def _words_before(passage: str, at: int, n: int) -> int:
    """Where the n words before `at` start (the rest of a word when `at` is inside one)."""
    k = at
    if k > 0 and _wordy(passage[k - 1]):  # [T]he: the letters before, in the same word
        while k > 0 and _wordy(passage[k - 1]):
            k -= 1
        return k
    for _ in range(n):
        while k > 0 and passage[k - 1] == " ":
            k -= 1
        if k == 0 or passage[k - 1] in SEP + ',;:"!?' or (passage[k - 1] == "." and k < at):
            break
        while k > 0 and passage[k - 1] not in " " + SEP:
            k -= 1
    return k


def _words_after(passage: str, at: int, n: int) -> int:
    """Where the n words after `at` end, before any punctuation that closes a phrase."""
    k = at
    if k < len(passage) and _wordy(passage[k]):  # support[s]: the rest of the same word
        while k < len(passage) and _wordy(passage[k]):
            k += 1
        return k
    for _ in range(n):
        j = k
        while j < len(passage) and passage[j] == " ":
            j += 1
        if j >= len(passage) or not (_wordy(passage[j]) or passage[j] in "$'"):
            break
        while j < len(passage) and (_wordy(passage[j]) or passage[j] in "'-$%" or
                                    (passage[j] == "." and j + 1 < len(passage) and _wordy(passage[j + 1]))):
            j += 1
        k = j
    return k


@lru_cache(maxsize=8192)  # a watcher re-verifies every quote on each save
def matcher(quote_text: str) -> Matcher:
    return Matcher(quote_text)


def _lead(passage: str, start: int, stop: int) -> int:
    """Where the words between start and stop begin (stop when there are none)."""
    part = passage[start:stop]
    return start + len(part) - len(part.lstrip()) if part.strip() else stop
