"""Words in the speaker's passage that stand for someone else.

A quotation within a quotation is the words of someone the speaker quotes (Chicago 13.30).

`"Chan told me, 'We will act,' and I believed him," Lee said.`: the inner words are Chan's as
Lee tells them, never Lee's own. A quote of those words alone, without what introduces them,
would print them as Lee's. A quote that keeps the inner marks shows the reader whose they are;
words the speaker quotes from themselves (`I told him, 'We will act'`) stay theirs (what the
speaker's own `I` and `we` stand for is firstperson.py's).

Nor are the inner words the person's the speaker quotes: the source has the speaker tell them,
second-hand (AP and Chicago: "as quoted by", "Lee said Chan told her"), so a quote that gives
them to that person fails too, pointing to the two quotes that would hold: the speaker's, with
the words that introduce them, or that person's, from a source where they say them.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..chars import single_marks
from ..inputs.models import Person
from ..patterns import lazy
from . import alterations, dates, ellipses, japanese, states
from .firstperson import ours
from .matcher import SEP, Match, Matcher
from .references import ENGLISH, apart, references_for
from .speakers import Names, names
from .textcheck import normalize

_LATIN = lazy(r"[A-Za-z\u00c0-\u024f]")
_WINDOW = 600  # characters of an inner quotation looked at: a phrase or a sentence or two
# `I told him, '…'`, `as we wrote, '…'`: the speakers quoting their own words.
_OWN = lazy(r"\b(?:I|we)\s+(?:\w+\s+){0,2}?(?:said|say|says|told|tell|wrote|write|asked|ask|replied|reply|answered|"
            r"promised|warned|added|insisted|stated|declared|put it)\b[^.!?']{0,40}$", re.I)


def inner_quotation(passage: str, start: int, end: int) -> str:
    """The inner quotation (with its marks) that holds passage[start:end] whole, or ''.
    Passages are normalized: every inner mark is a straight single one."""
    at = passage.rfind("'", max(0, start - _WINDOW), start)
    for _ in range(8):  # skip the apostrophes before the words (don't, Lee's)
        if at < 0:
            return ""
        lead = 1 if at else 0  # the letter before the mark tells an apostrophe (America’s) from an opening
        window = passage[at - lead:min(len(passage), end + _WINDOW)]
        kinds = [(pos - lead, kind) for pos, kind in single_marks(window) if pos >= lead]
        window = window[lead:]
        if kinds and kinds[0] == (0, "open"):
            depth = 0
            for pos, kind in kinds:
                depth += {"open": 1, "close": -1}.get(kind, 0)
                if depth == 0:
                    if at + pos < end or _OWN.search(passage[max(0, at - 80):at]):
                        return ""  # closes before the quote ends, or the speaker quotes themselves
                    return window[:pos + 1]
            if (at == 0 or passage[at - 1] == SEP) and at + len(window) == len(passage) and _LATIN.match(window, 1):
                # a quotation over paragraphs whose close lies past the text's end (Chicago 12.30); not 「…」,
                # whose closing mark between two characters reads as an apostrophe once normalized
                return window
            return ""
        at = passage.rfind("'", max(0, start - _WINDOW), at)
    return ""


def nested(match: Match, speaker: Person) -> str | None:
    """The problem when the quote's words stand inside a quotation within the speaker's."""
    inner = inner_quotation(match.passage, match.start, match.end) if "'" in match.passage else ""
    if not inner:
        return None
    return (f"these words stand inside a quotation within {speaker.short}’s words ({inner}): {speaker.short} is "
            "repeating someone else's words; quote them with the words that introduce them, inner marks and all")


def second_hand(m: Matcher, span_text: str, k: int, owner: Person, speaker: Person) -> str | None:
    """The problem when a quote gives `speaker` words that stand in paragraph k only inside a
    quotation within `owner`'s words (`Lee said: "As Chan put it, 'we must act'"`, quoted as Chan's)."""
    if "'" not in span_text:
        return None
    for match in m.finditer(span_text):
        inner = inner_quotation(match.passage, match.start, match.end)
        if inner:
            return (f"paragraph {k} has these words only inside a quotation within {owner.short}’s words ({inner}): "
                    f"{owner.short} relays them second-hand, and a quote of {speaker.short}’s must be words the "
                    f"source has {speaker.short} say; quote {owner.short}, with the words that introduce them, "
                    f"or {speaker.short} from a source where {speaker.short} says them")
    return None


# A bracket for `they`, `it`, `this` names what the word stands for in the source (Chicago
# 12.70): the source must name it before or around these words. `"China is arming. They are
# moving fast"` is no ground for `[The U.S.] are moving fast`; no check can choose between two
# that it names (`Beijing … Washington … They`), so only a name the source never gives fails.
_CAPITAL = lazy(r"[^\W\d_][\w.'’-]*")
_NOT_NAMES = ENGLISH.pronouns | frozenset("the a an and or of for both all some many most several few each "
                                                   "every other others no any".split())


def _plain(word: str) -> str:
    return word.replace(".", "").replace("’", "'").removesuffix("'s").casefold()


_FIRST: dict[int, tuple[list[str], dict[str, int], dict[str, int]]] = {}


def _first_seen(paras: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    """For each word of a stored text (as compared), the first paragraph it stands in; and for
    each word it writes in lower case, the first such paragraph. Once per text, as its voices are."""
    hit = _FIRST.get(id(paras))
    if hit and hit[0] is paras:
        return hit[1], hit[2]
    known: dict[str, int] = {}
    lower: dict[str, int] = {}
    for k, para in enumerate(paras):
        for w in _CAPITAL.findall(normalize(para)):
            known.setdefault(_plain(w), k)
            if w[1:2] in ("'", "’") and w[2:3].isupper():
                known.setdefault(_plain(w[2:]), k)  # French `l'OTAN`, `d'Israël`: the name after the elided article
            if w[:1].islower():
                lower.setdefault(w, k)
    if len(_FIRST) > 512:
        _FIRST.clear()
    _FIRST[id(paras)] = (paras, known, lower)
    return known, lower


def _said(alias: str, known: dict[str, int], last: int) -> bool:
    return all(known.get(w, last) < last for w in alias.split())


def _mentioned(names: list[str], known: dict[str, int], last: int, language: str | None = None) -> bool:
    """Whether the source names one of a bracket's names in its first `last` paragraphs: the word
    itself, another form of it (China, Chinese), its initials (United States, U.S.) or another name
    of the same state (U.S., Americans; states.py)."""
    if len(names) > 1 and known.get("".join(n[0] for n in names).casefold(), last) < last:
        return True
    for name in map(_plain, names):
        if len(name) < 2 or known.get(name, last) < last:
            return True
        if any(k < last and len(w) >= 4 and w[:4] == name[:4] and alterations.same_word(w, name)
               for w, k in known.items()):
            return True
    codes = {states.state_code(n, language) for n in [" ".join(names), *names]} - {None}
    return any(_said(a, known, last) for code in codes if code for a in states.names_of(code, language))


def unnamed_referent(m: Matcher, match: Match, paras: list[str], last: int, language: str | None = None,
                     people: dict[str, Person] | None = None, speaker: Person | None = None,
                     offices: dict[str, str] | None = None) -> str | None:
    """The problem when a bracket names, for a pronoun, `this` or a definite reference (`the alliance`),
    someone or something the source does not name in its first `last` paragraphs (the quote's last and
    those before it), or names a state or person for a document, event or act (`[Japan]` for `the
    leaks`); `language`: the source's, whose pronouns and determiners count (`sie`, `die Kanzlerin`). A
    bracket for the `we` of `speaker` that names those they speak for need not be named (firstperson.py)."""
    refs = references_for(language)
    for gap in match.gaps:
        if gap.where == "ellipsis":
            continue
        prev = m.tokens[gap.token - 1] if gap.token else ("", "")
        if dates.expression(m.tokens[gap.token][1], gap, prev[1] if prev[0] == "text" else "", language):
            continue  # `tomorrow [6 March]` ending the quote, given the source's next words: a date (dates.py)
        gap = alterations.opening_reference(match, gap, m.tokens[gap.token][1], refs) or gap  # `And they`: `they`
        stands_for = gap.source or (re.findall(r"[\w']+", gap.before) or [""])[-1]
        bracket = m.tokens[gap.token][1]
        ws = ellipses.words(stands_for)
        # a definite reference put into a name (a fuller description keeping its noun names nothing new)
        noun = alterations.description_noun(gap.source, refs) if gap.source else None
        if noun is not None and alterations.keeps_noun(noun, bracket[1:-1], refs):
            noun = None
        if noun is None and (not ws or not all(w in refs.pronouns or w in refs.linking for w in ws) or
                             not any(w in refs.pronouns for w in ws)):
            continue
        if speaker is not None and ours(bracket, stands_for, speaker, offices or {}, language):
            continue
        known, lower = _first_seen(paras)  # a capital the source writes in lower case elsewhere starts a sentence
        words = _CAPITAL.findall(apart(bracket[1:-1], refs))
        named = [w.removesuffix("'s").removesuffix("’s") for k, w in enumerate(words) if w[:1].isupper()
                 and w.casefold() not in _NOT_NAMES and not (k == 0 and w.lower() in lower)]
        if named and not _mentioned(named, known, last, language):
            return (f"{bracket} says '{stands_for}' stands for {', '.join(named)}, which the source does not name "
                    f"up to paragraph {last}: a bracket may only name what the word stands for in the source; "
                    f"keep '{stands_for}', or name what the source says it refers to")
        # only a name (`[Japan]`, `[the U.S.]`), not a description it modifies (`[the Tokyo pact]`)
        alone = len(named) == len([w for w in words if w.lower() not in refs.determiners])
        kind = _party(named, bracket, people, language) if named and alone and noun in refs.events else None
        if kind:
            return (f"{bracket} names {kind} for the source's '{stands_for}', which names a document, event or act: "
                    f"a bracket may only name what a reference stands for, never put another thing in its place; "
                    f"keep '{stands_for}', or describe it more fully with its own noun")
    return None


def _party(named: list[str], bracket: str, people: dict[str, Person] | None, language: str | None) -> str | None:
    """'a state' or 'a person' when a bracket's names are one that no document or event is: a state by
    any of its names (`Japan`, `the U.S.`, `Vietnam`: states.py), or a person of people.yaml; else None
    (a name of a thing, `[the Paris Agreement]`, or one no check can place)."""
    if states.state_code(" ".join(named), language) or all(states.state_code(n, language) for n in named):
        return "a state"
    if people:
        index = names(people)
        if any(index.by_form.get(found.group(0).casefold()) for found in index.pattern.finditer(bracket)):
            return "a person"
    return None


# --- Japanese: 「」 the speaker relays -------------------------------------------------------------
# normalize() makes 「」『』 plain marks; the stored paragraph still tells an opening one from a
# closing one, so the words are found again in it with the corner brackets kept.
_CORNERS = str.maketrans({"「": "\ue000", "」": "\ue001", "『": "\ue002", "』": "\ue003"})
_PLAIN = str.maketrans({"\ue000": "'", "\ue001": "'", "\ue002": "'", "\ue003": "'"})
_SHOWN = str.maketrans({"\ue000": "「", "\ue001": "」", "\ue002": "『", "\ue003": "』"})


class Relay(NamedTuple):
    quotation: str     # 「…」 as printed
    frame: str         # the reporting frame after it (`という話をいただきました`)
    said_by: str | None  # the person the sentence names as saying them, if one


def corner_relay(para: str, passage: str, start: int, end: int, index: Names) -> Relay | None:
    """The 「…」 of a stored paragraph that holds passage[start:end] whole, inside the passage
    (a turn, an author's text: not a news quotation, whose marks are its bounds), and that a
    reporting frame follows: words the speaker relays. A 「」 the words open or close in, or one
    with no frame after it (a term, a title), is None."""
    words = passage[start:end]
    if "「" not in para and "『" not in para or not words or SEP in words or "'" not in passage[:start]:
        return None
    keep = normalize(para.translate(_CORNERS)).replace('"', "'")
    plain = keep.translate(_PLAIN)
    at = plain.find(words)
    while at >= 0:
        relay = _enclosing(keep, at, at + len(words), index)
        if relay and normalize(relay.quotation).replace('"', "'") in passage:
            return relay
        at = plain.find(words, at + 1)
    return None


def _enclosing(keep: str, start: int, end: int, index: Names) -> Relay | None:
    opened: list[int] = []
    for pos, ch in enumerate(keep):
        if ch in "\ue000\ue002":
            opened.append(pos)
        elif ch in "\ue001\ue003" and opened:
            o = opened.pop()
            if o < start and pos >= end:
                head = keep[:o]
                frame = _frame_after(keep, pos, head, index)
                if frame:
                    return Relay(keep[o:pos + 1].translate(_SHOWN), frame.translate(_SHOWN),
                                 japanese.relayed_by(head.translate(_SHOWN), frame, index))
    return None


def _frame_after(keep: str, close: int, head: str, index: Names) -> str:
    """The frame after the 」 at `close`; through `「…」と、「…」という話を…`, the last quotation's."""
    after = keep[close + 1:]
    chained = re.match(r"\s*と[、,]?\s*(?=[\ue000\ue002])", after)
    if chained:
        depth = 0
        for pos in range(close + 1 + chained.end(), len(keep)):
            depth += {"\ue000": 1, "\ue002": 1, "\ue001": -1, "\ue003": -1}.get(keep[pos], 0)
            if depth == 0:
                return _frame_after(keep, pos, head, index)
        return ""
    return japanese.relay_frame(after.translate(_SHOWN), head.translate(_SHOWN), index)


def relayed(para: str, match: Match, speaker: Person, index: Names) -> str | None:
    """The problem when the quote's words stand inside 「」 that the speaker relays."""
    relay = corner_relay(para, match.passage, match.start, match.end, index)
    if relay is None:
        return None
    return (f"these words stand inside {relay.quotation} that {speaker.short} relays ('{relay.frame}'): they are "
            f"someone else's words, not {speaker.short}’s own; quote them with the words that introduce them, "
            "「」 and all")


def second_hand_japanese(para: str, m: Matcher, span_text: str, k: int, owner: Person, speaker: Person,
                         people: dict[str, Person], index: Names) -> tuple[bool, str | None]:
    """(whether the words stand in 「」 that `owner` relays in paragraph k, the problem when a quote
    gives them to `speaker`): relayed words are no one's to quote as their own, the person the
    sentence names as saying them included (second-hand, as in English: nested.second_hand)."""
    for match in m.finditer(span_text):
        relay = corner_relay(para, match.passage, match.start, match.end, index)
        if relay is None:
            continue
        if relay.said_by == speaker.id:  # second-hand, as a quotation within a quotation is in English
            return True, (f"paragraph {k} has these words only inside {relay.quotation}, which {owner.short} relays "
                          f"from {speaker.short} ('{relay.frame}'): {owner.short} relays them second-hand, and a quote "
                          f"of {speaker.short}’s must be words the source has {speaker.short} say; quote "
                          f"{owner.short}, with the words that introduce them, or {speaker.short} from a source "
                          f"where {speaker.short} says them")
        who = (f"names {people[relay.said_by].name} as the one who said them" if relay.said_by in people
               else "does not name who said them")
        return True, (f"paragraph {k} has these words only inside {relay.quotation}, which {owner.short} relays "
                      f"('{relay.frame}'), and the sentence {who}: they cannot be quoted as {speaker.short}’s; "
                      f"quote {owner.short}, with the words that introduce them, or {speaker.short} from a source "
                      f"where {speaker.short} says them")
    return False, None
