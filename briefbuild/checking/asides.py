"""A subject set off from its verb by its own appositives: who `Name, <aside>, <aside> said` names.

Releases run a person's offices and portfolios between the name and the verb, commas and all
(`Jyrki Katainen, Vice-President of the Commission, responsible for Jobs, Growth, Investment and
Competitiveness, said:`), sometimes without the aside's closing comma (`Commissioner Breton,
responsible for the Internal Market said:`, Chicago 6.28 would set it off by a pair). Australian
and British releases put the office first and the name with its honorifics after it (`Minister for
Communications, the Hon Paul Fletcher, said`), and post-nominal letters after it (`the Hon Richard
Marles MP said`).
"""
from __future__ import annotations

import re

from ..patterns import lazy
from .speakers import Names, is_title

# Honorifics before a name: `the Hon`, `Senator the Hon`, `the Rt Hon`, `His Excellency`.
_HONORIFICS = frozenset("the hon hon. honourable honorable rt rt. right his her excellency".split())
# Post-nominal letters after a name (Debrett's; Australian and New Zealand releases: `the Hon Richard
# Marles MP said`): part of how the name is written, not another word of the subject.
POSTNOMINALS = lazy(r"(?:\s(?:MP|MPP|MLA|MLC|MHA|MSP|MS|TD|QC|KC|SC|AO|AC|AM|OBE|CBE|MBE|KBE|DBE|CMG|KCMG|"
                    r"GCMG|PC|JP)(?![\w'-]))+")
POSTNOMINALS_END = lazy(POSTNOMINALS.pattern + "$")
# An appositive set off by commas after a name: `, the analyst` of `Bo Chan, the analyst, and Lee`.
APPOSITIVE = r",\s*(?:the|a|an|his|her|their|its)\s+[^,;:.!?\"]{1,60}"
# Words that open an aside about the person, not a clause of its own (`Lee, responsible for …`).
_OPENERS = frozenset("responsible currently formerly previously also himself herself speaking representing "
                     "in who the a an".split())


def after_honorifics(text: str) -> str:
    """`Senator the Hon Penny Wong` -> `Penny Wong`: the titles and honorifics before a name."""
    while (m := re.match(r"([^\W\d_][\w.'-]*)\s+", text)) and (
            m.group(1).lower() in _HONORIFICS or m.group(1)[:1].isupper() and is_title(m.group(1).lower())):
        text = text[m.end():]
    return text


def aside_run(text: str, index: Names, verb: re.Pattern) -> tuple[frozenset[str], str] | None:
    """The person a clause names before the asides that run up to its verb (`text` ends at the
    verb), with the words naming them; None when the words after the name name anyone else, hold
    a verb of saying, or do not open as an aside does."""
    pieces = text.split(",")
    for i in range(len(pieces) - 2, -1, -1):
        held = POSTNOMINALS.sub("", after_honorifics(pieces[i].strip()))
        pids = index.by_form.get(held.casefold()) if index.pattern.fullmatch(held) else None
        if not pids:
            continue
        rest = pieces[i + 1:]
        first = rest[0].split()[:1]
        opens = bool(first) and (first[0].lower() in _OPENERS or first[0][:1].isupper() and is_title(first[0].lower()))
        if len(pids) == 1 and opens and not any(index.pattern.search(p) or verb.search(p) for p in rest):
            return pids, pieces[i].strip()
        return None
    return None
