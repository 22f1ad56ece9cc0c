"""A quotation its own attribution interrupts, read closed up.

`“We will respond,” Lee said, “with all the means we have.”` is one sentence Lee said whole: the
reporter set the tag inside it (newsrooms place the attribution at the first natural pause), the
lower case after it says the sentence goes on, and the comma before it is set there for the tag.
An ellipsis marks words of the quoted matter left out (Chicago 13.48), and the tag is none of them:
a quote that closes the sentence up (`We will respond with all the means we have`) leaves out
nothing the speaker said. So it verifies, but only inside one sentence (the words after the tag go
on in lower case), one paragraph and one speaker (both pieces theirs, no one else's words between),
and only where the words between are a short tag of saying with no event or words of its own
(`Lee said,`, `said Lee, the minister,`, `she added,`, `„…“, sagte Lee, „…“`, `« …, a déclaré Lee,
… »`; not `Lee said as the crowd jeered,`, `Lee said, adding that …,`): anything else between
needs an ellipsis. The comma before a tag may be the speaker's too (`The deal is not dead, but`):
the quote may keep it or leave it out.
"""
from __future__ import annotations

import re

from .clauses import VERB
from .matcher import SEP
from .newsroom import words_for
from .textcheck import normalize

_MARKS = "\"'“”‘’«»„ ,"
_TAG_WORDS = 12  # `said Lee, the minister of defence, on Tuesday`: longer is a sentence of the reporter's
# Words that bring in more than the tag: what else was said, or what happened meanwhile.
_MORE = frozenset("that adding noting as while when after before because although though and but then que "
                  "alors pendant tandis dass während als nachdem y mientras cuando".split())


def closed_up(run: str, offsets: list[tuple[int, int]], paras: list[str], quote_text: str,
              language: str | None = None) -> tuple[str, ...]:
    """The run with each tag that interrupts a sentence of the speaker's taken out, as a 1-tuple; () when
    there is none. The comma before a tag goes where the quote closes the words up without it."""
    if SEP not in run:
        return ()
    quoted = normalize(quote_text)
    pieces = [run[a:(offsets[k + 1][0] - 1) if k + 1 < len(offsets) else len(run)] for k, (a, _) in enumerate(offsets)]
    out = pieces[0]
    for k in range(1, len(pieces)):
        joint = run[offsets[k][0] - 1]
        if joint == SEP and offsets[k][1] == offsets[k - 1][1] and _tagged(pieces[k - 1], pieces[k],
                                                                           paras[offsets[k][1]], language):
            head = out.rstrip(" ")
            if head.endswith(","):  # the speaker's comma, or the tag's: dropped where the quote closes up without it
                closed = head[:-1].rsplit(" ", 1)[-1] + " " + pieces[k].split(" ", 1)[0]  # `respond with`
                head = head[:-1] if closed in quoted else head
            out = head + " " + pieces[k]
        else:
            out += joint + pieces[k]
    return () if out == run else (out,)


def _tagged(first: str, second: str, para: str, language: str | None) -> bool:
    if not second[:1].islower():
        return False
    text = normalize(para)
    at = text.find(first)
    end = text.find(second, at + len(first)) if at >= 0 else -1
    if end < 0:
        return False
    between = text[at + len(first):end]
    if not first.rstrip(" ").endswith(",") and not between.strip(_MARKS.replace(",", "")).startswith(","):
        return False  # a comma sets the tag off, inside the marks or outside them (`„…“, sagte Weber, „…“`)
    tag = between.strip(_MARKS)
    plain = [w.lower() for w in re.findall(r"[^\W\d_]+", tag)]
    if not tag or re.search(r"[.!?;:]", tag) or len(plain) > _TAG_WORDS or not _MORE.isdisjoint(plain) \
            or any(m in tag for m in "\"“”«»"):
        return False
    words = words_for(language)
    return VERB.search(tag) is not None if words is None else not words.verbs.isdisjoint(plain)
