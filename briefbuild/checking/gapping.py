"""Several people in one claim's sentence: a second clause that leaves out its verb (gapping),
quotes handed out `respectively`, and a joint subject's words."""
from __future__ import annotations

import re

from ..patterns import lazy
from .asides import APPOSITIVE
from .claimtext import _SENTENCE
from .clauses import OBJECT_VERBS, Who, unnamed_subject
from .speakers import Names

# Gapping: a second clause that leaves out the verb it shares with the first (`Kishida said {q1}
# and Nagashima {q2}`, `Kishida said {q1}; Nagashima, {q2}`, `Kishida a déclaré {q1} et Nagashima
# {q2}`): its own subject says the second quote. A conjunction or a semicolon joins the clauses.
_GAP = lazy(r"\b(?:quoted|PARAPHRASE)\s*(?:;\s*(?:and\s+|but\s+)?|,?\s*(?:and|but|while|whereas|whilst)\s+)"
            r"(?P<seg>[^,;:.!?()\"]{1,60}?)\s*,?\s*$")
_FOREIGN_GAP = lazy(r"\b(?:quoted|PARAPHRASE)\s*(?:;\s*|,?\s*(?:et|mais|tandis\s+que|alors\s+que|y|e|pero|mientras\s+que|"
                    r"und|aber|während|doch)\s+)(?P<seg>[^,;:.!?()\"]{1,60}?)\s*,?\s*$")


_NAMING = frozenset("call calls called described describes put puts".split())


def _gapped(head: str, index: Names, verb: re.Pattern, at_end, gap: re.Pattern, unnamed=unnamed_subject) -> Who | None:
    """The subject of a gapped clause that ends just before the quote, or None. The clause
    before it must introduce a quote with a verb of saying whose object is no person (`Lee told
    Chan {q1} and Smith {q2}` may tell Smith too: read as before)."""
    m = gap.search(head)
    if not m or verb.search(m.group("seg")):
        return None
    said = list(verb.finditer(head, 0, m.start()))
    if not said:
        return None
    if said[-1].group(0).lower() in OBJECT_VERBS and index.pattern.search(head, said[-1].end(), m.start()):
        return None
    if said[-1].group(0).lower() in _NAMING or re.search(r"\b(?:as|de)\s*$", head[said[-1].end():m.start()]):
        return None  # `Lee called the plan {q1} and Chan {q2}` may call Chan so: no gapping to read
    seg = m.group("seg").strip()
    who = at_end(seg, index)
    if who.kind in ("person", "family", "joint"):
        # the segment is the subject alone: its words before the name are titles, capitalised or an article
        name = seg[:len(seg) - len(who.text)] if seg.endswith(who.text) else ""
        if all(w[:1].isupper() or w.lower() in ("the", "a", "an", "le", "la", "el", "der", "die") for w in name.split()):
            return who
        return None
    if unnamed(seg) and len(seg.split()) <= 5:
        return Who("role", text=seg)  # `… and the minister {q2}`: someone the claim does not name
    return None


# `Kishida and Nagashima said {q1} and {q2}, respectively`: each quote to the person in its place.
_RESPECTIVELY = lazy(r"\b(?i:respectively|respectivement|respectivamente|beziehungsweise|bzw\.|jeweils)(?!\w)")
_LIST_GAP = lazy(r"(?i)\s*(?:,\s*)?(?:(?:and|et|y|e|und|beziehungsweise|bzw\.)\s+)?")
_ITEM = lazy(r"\b(?:quoted|QUOTE_HERE)\b")


def _respectively(text: str, start: int, here: int, who: Who, index: Names, joiner: re.Pattern) -> Who | None:
    """The one person of a joint subject a `respectively` gives the quote at `here` to, or None."""
    end = _SENTENCE.search(text, here)
    sentence = text[start:end.start() if end else len(text)]
    marker = _RESPECTIVELY.search(sentence)
    if not marker:
        return None
    items = list(_ITEM.finditer(sentence))
    spot = here - start
    run: list[re.Match] = []
    for m in items:  # the run of quotes, separated by list words alone, that holds this one
        if run and _LIST_GAP.fullmatch(sentence[run[-1].end():m.start()]):
            run.append(m)
        elif run and any(r.start() == spot for r in run):
            break
        else:
            run = [m]
    place = next((k for k, m in enumerate(run) if m.start() == spot), None)
    if place is None or len(run) < 2:
        return None
    before, after = sentence[:run[0].start()], sentence[run[-1].end():]
    between = sentence[run[0].start():run[-1].end()]
    # `…, respectively`, `respectively said {q1} and {q2}`, `said, respectively,`, `{q1} beziehungsweise {q2}`
    if not (re.match(r"\s*,?\s*" + _RESPECTIVELY.pattern, after) or _RESPECTIVELY.search(between)
            or re.search(_RESPECTIVELY.pattern + r"\s*,?\s*(?:\w+\s*[,:]?\s*)?$", before)):
        return None
    joint = _joint_words(who.text, index, joiner)
    people = [index.by_form.get(m.group(0).casefold(), frozenset()) for m in index.pattern.finditer(joint)]
    if len(people) != len(run) or any(len(p) != 1 for p in people):
        return None
    return Who("person", next(iter(people[place])), joint)


_AND_NEXT = lazy(r"\s*,\s*(?:(?:and|&|et|y|und)\s+)?|\s+(?:and|&|et|y|und)\s+", re.I)


def _opening_joint(sentence: str, index: Names) -> Who | None:
    """The people a sentence opens with as a subject of two or more (`Lee and Chan spoke`), or None."""
    text = sentence.lstrip()
    m = index.pattern.match(text)
    found: list[re.Match] = [m] if m else []
    joined = False
    while found:
        gap = _AND_NEXT.match(text, found[-1].end())
        nxt = index.pattern.match(text, gap.end()) if gap else None
        if not gap or not nxt:
            break
        joined = joined or bool(re.search(r"(?i)\b(?:and|et|y|und)\b|&", gap.group(0)))
        found.append(nxt)
    if len(found) < 2 or not joined:
        return None
    pids = {pid for m in found for pid in index.by_form.get(m.group(0).casefold(), ())}
    return Who("joint", ",".join(sorted(pids)), text[:found[-1].end()]) if len(pids) > 1 else None


_JOINER = lazy(r"(?:,\s*)?(?:(?:and|or|nor|&)\s+)?$", re.I)  # after lstrip(): no run of spaces to split two ways


_FOREIGN_JOINER = lazy(r"(?:,\s*)?(?:(?:and|or|nor|&|et|ou|y|e|o|und|oder)\s+)?$", re.I)


_APPOSITIVE = lazy("^" + APPOSITIVE + "(?=,)", re.I)


def _joint_words(clause: str, index: Names, joiner: re.Pattern = _JOINER) -> str:
    """The joint subject alone (`Chan and Smith`), not the clause before it (`Lee said …, and`)."""
    found = list(index.pattern.finditer(clause))
    if not found:
        return clause.strip()
    start = found[-1].start()
    for prev, cur in zip(reversed(found[:-1]), reversed(found[1:])):
        between = _APPOSITIVE.sub("", clause[prev.end():cur.start()])  # `Chan, the analyst, and Lee`
        if cur.start() != start or not joiner.match(between.lstrip()):
            break
        start = prev.start()
    lead = re.search(r"\b(?:neither|either|both)\s+$", clause[:start], re.I)
    return clause[lead.start() if lead else start:].strip().rstrip(".;:")
