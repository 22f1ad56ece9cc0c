"""`build.py show SOURCE`: the stored text as a reader checks it, numbered as check numbers it.

Plain text for a pager: each paragraph under its number ([12]), page marks where pages
start, a transcript's turns with the person their label resolves to, and each quote of the
source marked where it stands ([q:nagashima-triangle]).
"""
from __future__ import annotations

import re
import textwrap
from pathlib import Path

from ..checking import pages, verify, who
from ..errors import BriefError, InputError
from . import corpus

WIDTH = 88
NBSP = "\u00a0"


def show(root: Path, sid: str, width: int = WIDTH, warnings: list | None = None) -> str:
    """The listing; a source whose bibliographic fields are not filled in yet is shown all the
    same (an analyst reads the paragraphs first), its errors added to `warnings`."""
    diags: list = []
    unfilled: list = []
    stored = corpus.load(root, sid, diags, unfilled)
    if warnings is not None:
        warnings += unfilled
    if stored is None:
        if diags:
            raise InputError(diags)
        names = [p.stem for p in corpus.source_files(root)]
        from ..checking.messages import did_you_mean
        raise BriefError(f"no source '{sid}' in sources/{did_you_mean(sid, names)}: "
                         "give a source's id (its file name in sources/, without .yaml)")
    people = corpus.people(root, diags)
    source, paras = stored.source, stored.paragraphs
    voice = source.effective_voice
    data = stored.doc.data
    title = source.title if isinstance(data, dict) and data.get("title") == source.title else "(no title yet)"
    out = [*textwrap.wrap(title, width=width), f"sources/{sid}.yaml",
           f"{source.type}, voice {voice}, {len(paras)} paragraphs" + (f", pages {stored.pages.span()}" if stored.pages else "")]
    marks = _marks(stored, people)
    seen: set[int] = set()
    page_map = stored.pages
    for i, para in enumerate(paras):
        breaks = page_map.breaks[i] if page_map is not None else ()
        titles = page_map.pages if page_map is not None else ()
        for at, k in breaks:
            if at == 0 and k not in seen:
                out += ["", f"--- {titles[k]} ---"]
            seen.add(k)
        text = _display(para)
        inserts = marks.get(i, []) + [(at, f"--- {titles[k]} ---") for at, k in breaks if at > 0]
        for at, label in sorted(inserts, key=lambda x: -x[0]):  # no-break spaces keep a mark on one line
            text = f"{text[:at].rstrip()} {label.replace(' ', NBSP)} {text[at:].lstrip()}".strip()
        head = f"[{i + 1}]"
        if voice == "transcript":
            speakers = sorted(who.speaking(source, paras, i, people))
            head += f" ({', '.join(people[p].name for p in speakers) or 'no one in sources/people.yaml'})"
        out.append("")
        out += [line.replace(NBSP, " ") for line in textwrap.wrap(
            f"{head} {text}", width=width, subsequent_indent="     ",
            break_long_words=False, break_on_hyphens=False)]
    return "\n".join(out) + "\n"


def _marks(stored: corpus.Stored, people: dict) -> dict[int, list[tuple[int, str]]]:
    """[q:id] before each direct quote's words (in its speaker's words, as check finds them),
    at the end of a paraphrased paragraph."""
    marks: dict[int, list[tuple[int, str]]] = {}
    found = verify.voices(stored.source, stored.paragraphs, people).spans if stored.source.quotes else []
    for quote in stored.source.quotes:
        i = quote.paragraph - 1
        if i >= len(stored.paragraphs):
            continue
        text = verify.normalize(stored.paragraphs[i])
        own = tuple(s.text for s in found if s.para == i and s.owner == quote.speaker)
        at = pages.where(quote.text, stored.paragraphs[i], own) if quote.kind == "direct" else None
        pos = at[0] if at else len(text)
        if at:  # before the opening quotation mark, when there is one
            while pos > 0 and text[pos - 1] in "\"'“‘ ":
                pos -= 1
        marks.setdefault(i, []).append((pos, f"[q:{quote.id}]"))
    return marks


def _display(paragraph: str) -> str:
    """The paragraph as stored (curly quotes and all), spaces collapsed; offsets are those of
    verify.normalize, which maps one character to one except '...' (then its form is shown)."""
    plain = re.sub(r"[ \t\r\n]+", " ", paragraph).strip()
    normal = verify.normalize(paragraph)
    return plain if len(plain) == len(normal) else normal
