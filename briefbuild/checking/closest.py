"""The passage of a source most like a failed quote, with its punctuation, and what differs.

rapidfuzz aligns the quote against each paragraph in C (partial_ratio_alignment); difflib over
every window of every paragraph took minutes on a 43 KB text.
"""
from __future__ import annotations

import difflib

from .matcher import SEP
from .textcheck import display, normalize, show_difference

_PUNCT = ".,;:!?\"'()"
_OPENING = '"“”„«»'  # the quotation's own marks around the passage shown
OMISSION = "…"  # normalize() writes every ellipsis so


# What a message shows of a long quote: the words around where it first differs, and each
# difference in a few words; a 3,000-word misquote must not print a 15,000-character line.
PASSAGE_WORDS = 40   # of the closest passage, starting a few words before the first difference
BEFORE = 8
PART_WORDS = 12      # of each side of one difference
PART_CHARS = 80      # a single run-on word is cut too
MAX_DIFFERENCES = 6
LINE_CHARS = 400     # of the passage, and of the differences listed


def _key(word: str) -> str:
    return word.strip(_PUNCT).lower()


def closest(quote_text: str, paras: list[str]) -> str:
    return closest_at(quote_text, paras)[0]


def share(quote_text: str, para: str) -> float:
    """The part of a quote's words that stand in the paragraph in the same order (0 to 1): near 1,
    the paragraph is the quote's, edited since (`the plan is surely working`)."""
    ours = [_key(w) for w in normalize(quote_text).split() if _key(w)]
    if not ours:
        return 0.0
    theirs = [_key(w) for w in normalize(para).split()]
    sm = difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks()) / len(ours)


def clip(words: list[str]) -> str:
    """One side of a difference in a few words: its start and end, … for what is cut."""
    if len(words) > PART_WORDS:
        words = words[:PART_WORDS // 2] + ["…"] + words[-(PART_WORDS // 2 - 1):]
    text = " ".join(words)
    if len(text) > PART_CHARS:
        text = text[:PART_CHARS // 2].rstrip() + " … " + text[-(PART_CHARS // 2 - 3):].lstrip()
    return text


def window(words: list[str], first: int) -> str:
    """The passage's words around word `first` (where the quote first differs), … for what is cut."""
    words = [clip([w]) for w in words]
    start = max(0, min(first - BEFORE, len(words) - PASSAGE_WORDS))
    while start < first and len(" ".join(words[start:first + 1])) > LINE_CHARS // 2:
        start += 1  # long words before it: the difference stays in view
    end = start
    while end < min(len(words), start + PASSAGE_WORDS) and len(" ".join(words[start:end + 1])) <= LINE_CHARS:
        end += 1
    end = max(end, start + 1)
    return ("… " if start else "") + " ".join(words[start:end]) + (" …" if end < len(words) else "")


def listed(items: list[str]) -> str:
    """The first few differences, as many as fit on a line, and how many more there are."""
    shown: list[str] = []
    for item in items[:MAX_DIFFERENCES]:
        if shown and len("; ".join(shown + [item])) > LINE_CHARS:
            break
        shown.append(item)
    more = len(items) - len(shown)
    return "; ".join(shown) + (f"; … ({more} more)" if more else "")


def line_of_word(para: str, word: int) -> int:
    """The line (0-based, within the paragraph) of the paragraph's word number `word`."""
    seen = 0
    for n, line in enumerate(para.split("\n")):
        seen += len(line.split())
        if seen > word:
            return n
    return para.count("\n")


def _omissions_spanned(needle: str, hay: str, start: int, end: int) -> tuple[int, int]:
    """The alignment widened to the quote's first and last pieces: the whole quote's alignment
    is about as long as the quote, so the words an ellipsis leaves out pushed its end words out
    of the passage shown, and they were reported as differences."""
    from rapidfuzz import fuzz
    pieces = [p.strip() for p in needle.split(OMISSION) if p.strip()]
    if len(pieces) < 2 or len(pieces[0]) > len(hay):
        return start, end
    first = fuzz.partial_ratio_alignment(pieces[0], hay)
    if first is None or first.dest_start > start + len(needle):
        return start, end
    rest = hay[first.dest_start:]
    if len(pieces[-1]) > len(rest):
        return start, end
    last = fuzz.partial_ratio_alignment(pieces[-1], rest)
    if last is None:
        return start, end
    return min(start, first.dest_start), max(end, first.dest_start + last.dest_end)


def closest_at(quote_text: str, paras: list[str]) -> tuple[str, int, int]:
    """(the message's detail, the closest paragraph (1-based, 0 for none), the number of its
    word where the source first differs from the quote, for the line to point at)."""
    from rapidfuzz import fuzz  # 18 ms to import: only when a quote has failed
    needle = normalize(quote_text)
    best = (-1.0, 0, "", 0, 0)
    for k, para in enumerate(paras, 1):
        hay = normalize(para)
        if not hay:
            continue
        if len(needle) <= len(hay):
            found = fuzz.partial_ratio_alignment(needle, hay)
            if found is not None and found.score > best[0]:
                best = (found.score, k, hay, found.dest_start, found.dest_end)
        else:
            score = fuzz.ratio(needle, hay)
            if score > best[0]:
                best = (score, k, hay, 0, len(hay))
    _, k, hay, start, end = best
    if not k:
        return "", 0, 0
    start, end = _omissions_spanned(needle, hay, start, end)
    # Widen the character alignment by a few words each side, then trim it to the words that
    # line up with the quote's: the passage starts and ends where the quote does.
    margin = max(20, len(needle) // 4)
    start, end = max(0, start - margin), min(len(hay), end + margin)
    while start > 0 and hay[start - 1] != " ":
        start -= 1
    while end < len(hay) and hay[end] != " ":
        end += 1
    ours = needle.replace(OMISSION, f" {OMISSION} ").split()
    skipped = len(hay[:start].split())  # words of the paragraph before the passage
    theirs = hay[start:end].replace(SEP, " ").split()
    sm = difflib.SequenceMatcher(None, [_key(w) for w in ours], [_key(w) for w in theirs], autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    if blocks:
        first, last = blocks[0], blocks[-1]
        lo = max(0, first.b - first.a)
        hi = min(len(theirs), last.b + last.size + (len(ours) - last.a - last.size))
        theirs = theirs[lo:hi]
        skipped += lo
    # Shown as the source prints it (curly marks, dashes), word for word with the compared text.
    shown = display(paras[k - 1]).split()
    if len(shown) != len(hay.split()):
        shown = hay.split()
    shown = shown[skipped:skipped + len(theirs)]
    quoted = display(quote_text).split()
    if len(quoted) != len(ours):
        quoted = ours
    if shown:
        shown[0], shown[-1] = shown[0].lstrip(_OPENING), shown[-1].rstrip(_OPENING)
    sm = difflib.SequenceMatcher(None, [_key(w) for w in ours], [_key(w) for w in theirs], autojunk=False)
    diff: list[str] = []
    points: list[str] = []
    gone_a: set[int] = set()  # the ellipses of the quote, and the source's words they leave out
    gone_b: set[int] = set()
    at = skipped
    for op, a1, a2, b1, b2 in sm.get_opcodes():
        if op == "equal":
            continue
        if op in ("replace", "delete") and set(ours[a1:a2]) == {OMISSION}:
            gone_a.update(range(a1, a2))  # an ellipsis stands for the words it leaves out (or for none)
            gone_b.update(range(b1, b2))
            continue
        if not diff:
            at = skipped + min(b1, max(0, len(theirs) - 1))
        if op == "insert":
            diff.append(f"source has '{clip(shown[b1:b2])}' where the quote has nothing")
        elif op == "delete":
            diff.append(f"quote has '{clip(quoted[a1:a2])}' where the source has nothing")
        else:
            diff.append(f"quote has '{clip(quoted[a1:a2])}', source has '{clip(shown[b1:b2])}'")
        if op == "replace" and a2 - a1 == b2 - b1:
            points += [p for a, b in zip(ours[a1:a2], theirs[b1:b2]) if (p := show_difference(a.strip(_PUNCT), b.strip(_PUNCT)))]
    if not diff:  # the same words: what differs is their punctuation or case (`act not` for `act, not`)
        # Without the words an ellipsis leaves out; the mark before it may go with them (`years, …`).
        a_at = [i for i in range(len(ours)) if i not in gone_a]
        b_at = [i for i in range(len(theirs)) if i not in gone_b]
        a_words = [ours[i].rstrip(".,;:") if i + 1 in gone_a else ours[i] for i in a_at]
        b_words = [theirs[i].strip('"').rstrip(".,;:") if i + 1 in gone_b else theirs[i].strip('"') for i in b_at]
        if a_words and b_words:  # a quote may end without the source's final mark
            a_words[-1], b_words[-1] = a_words[-1].rstrip(".,;:"), b_words[-1].rstrip(".,;:")
        raw = difflib.SequenceMatcher(None, a_words, b_words, autojunk=False)
        for op, a1, a2, b1, b2 in raw.get_opcodes():
            if op != "equal" and a1 < len(a_at) and b1 < len(b_at):
                if not diff:
                    at = skipped + b_at[b1]
                a_end, b_end = a_at[max(a1, a2 - 1)] + 1, b_at[max(b1, b2 - 1)] + 1
                diff.append(f"quote has '{clip(quoted[a_at[a1]:a_end])}', source has '{clip(shown[b_at[b1]:b_end])}'")
        if diff:
            diff[0] = "punctuation or case: " + diff[0]
    detail = f"closest passage, paragraph {k}: {window(shown, at - skipped)}"
    if diff:
        detail += "\n  difference: " + listed(diff)
    if points:
        detail += "\n  look-alike letters: " + listed(points)
    return detail, k, at
