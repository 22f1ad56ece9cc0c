"""A live blog's entry times, kept in the stored text.

A live blog is a run of entries, each opening with its own time (`<time datetime=…>18:40</time>`
over the entry's heading or first paragraph). The extractor drops every <time>, so the entries
ran together with nothing to tell them apart, and a quote could not be found by its entry.
Each entry's time is written before its first paragraph as `[18:40] …`, the form of a live
blog's stamp that checking/reported.py reads past (the name after it is still the sentence's
subject). The time is the one the page shows when it shows a clock (`1.05pm GMT`); when it
shows something else (`2h ago`, a date) it is the clock of the element's own datetime, at
the offset the page gives. Entries over more than one day carry their date
(`[2025-07-09 18:40]`). Nothing is guessed: a <time> with no time of day, or one that does
not open an entry, is left alone.
"""
from __future__ import annotations

from ..patterns import lazy
from . import clean_line

# The blocks an entry's words stand in (the stamp goes before the first of them).
MAX_ENTRIES = 2_000  # a live blog's page holds a few hundred; each is looked up among the page's blocks
BLOCKS = "p h1 h2 h3 h4 h5 h6 li".split()
DATETIME = lazy(r"^\s*(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]00:?00)?")
# A clock as a live blog shows it: 18:40, 6.40pm, 10:42 a.m. ET, 14:05 BST, 09:02 UTC.
SHOWN = lazy(r"(?i)^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+(?-i:[A-Z]{1,3}S?T|UTC))?$")


def stamps(tree) -> list[str]:
    """Write each live entry's time before its first paragraph; the stamps written.
    Only a page of two entries or more is a live blog: an article's own `Published 10:02` over
    its text stays as it was (furniture.py lists it)."""
    times = tree.xpath("//body//time[@datetime]")
    if len(times) > MAX_ENTRIES:
        return []
    order = {el: k for k, el in enumerate(tree.iter())}
    entries = []
    for time in times:
        when = DATETIME.match(time.get("datetime", ""))
        if when is None or time.xpath("ancestor::p | ancestor::li | ancestor::*[self::h1 or self::h2 or self::h3 "
                                      "or self::h4 or self::h5 or self::h6] | ancestor::blockquote"):
            continue  # a date alone, or a time inside a sentence (html.py keeps its words there)
        first = _first_block(time, order)
        if first is not None:
            entries.append((time, first, when))
    # An entry's time is followed by its words before the next entry's time: two times over
    # one block (published and updated) open no entries.
    entries = [e for e, nxt in zip(entries, entries[1:] + [None]) if nxt is None or order[e[1]] < order[nxt[0]]]
    if len(entries) < 2 or len({id(first) for _, first, _ in entries}) < len(entries):
        return []
    days = {when.group(1) for _, _, when in entries}
    written = []
    for time, first, when in entries:
        shown = clean_line(time.text_content())
        utc = " UTC" if when.group(4) else ""  # another offset has no name the page shows
        clock = shown if SHOWN.match(shown) else f"{when.group(2)}:{when.group(3)}{utc}"
        stamp = f"[{when.group(1)} {clock}]" if len(days) > 1 else f"[{clock}]"
        first.text = f"{stamp} " + (first.text or "").lstrip()
        written.append(stamp)
        tail = time.tail
        parent = time.getparent()
        time.tail = None
        previous = time.getprevious()
        parent.remove(time)
        if tail and tail.strip():  # words after it in its own wrapper ('· Updated'): kept where they were
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
    return written


def _first_block(time, order: dict):
    """The block that opens the entry this time stands over: the first block with words after
    it inside the nearest wrapper that holds one. In a wrapper of its own entry, a block before
    the time means the time is the entry's foot, and opens nothing; a wrapper of several
    entries' times (entries set one after another, unwrapped) holds earlier entries' blocks."""
    at = order[time]
    wrapper = time.getparent()
    while wrapper is not None and wrapper.tag not in ("body", "html"):
        blocks = [b for b in wrapper.iter(*BLOCKS) if b.text_content().strip()]
        if blocks:
            after = [b for b in blocks if order[b] > at]
            before = any(order[b] < at for b in blocks)
            if not after or (before and len(wrapper.xpath(".//time[@datetime]")) < 2):
                return None
            return after[0]
        wrapper = wrapper.getparent()
    return None
