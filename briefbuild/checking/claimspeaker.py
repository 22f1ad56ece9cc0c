"""Who an English claim gives {quote-id} to: the subject of the verb that introduces it, a title
as a second reference, a statement's signature line, or the speaker a pronoun stands for."""
from __future__ import annotations

import re

from ..inputs.project import PLACEHOLDER as _PLACEHOLDER
from ..patterns import lazy
from . import titles
from .appositions import _owned_role
from .claimframes import answered, point_of_view, reported_name, summarised
from .claimrefs import _SAID_NOUNS, _antecedent, _mentions, _subject_before
from .claimtext import _SENTENCE, _around, _plain, placement, stands_alone
from .clauses import (
    COORDINATED,
    VERB,
    Who,
    _office_at_end,
    name_at_end,
    name_at_start,
    office_subject,
    sentence_subject,
    subject_at,
)
from .gapping import _GAP, _JOINER, _gapped, _respectively
from .ownwords import own_words
from .passives import agent
from .quoting import quoted
from .referents import speech_act, subject_pronoun
from .relatives import ASIDE, relative_subject
from .sayings import noun_speaker
from .speakers import Names, is_title

# `In the minister's words,`, `The minister's answer was blunt:`: a title's words (titles.py)
_TITLE_WORDS = lazy(r"((?:^|\s)(?:[^\W\d_][\w.-]*\s+){1,4}[^\W\d_][\w.-]*)(?:'s|')\s+" + _SAID_NOUNS)
_THEIR_WORDS = lazy(r"\b(?:his|her|their)\s+" + _SAID_NOUNS, re.I)


# `{q}, said the minister.`: a title after its inverted verb (`subject` reads a verb after a comma
# as the clause's, so the title there is read apart).
_INVERTED = lazy(r"\s*,\s*(" + VERB.pattern + r")\s+")


def claim_speaker(claim: str, qid: str, quotes: dict, index: Names, people: dict | None = None, nth: int = 0,
                  ahead: bool = True) -> Who:
    """Who the claim gives the quote {qid} to; `ahead`: whether a title that names no one before
    it may name the person the sentence goes on to name (titles.forward)."""
    people = people or {}
    text, start, here, head, tail = _around(claim, qid, quotes, people, nth)
    placed = [(m.start(), quotes[m.group(1)].speaker) for m in _PLACEHOLDER.finditer(claim[:placement(claim, qid, nth)])
              if m.group(1) in quotes]
    if phrased := own_words(text, start, here, head, tail, index, placed, claim):
        return phrased  # `{q}, in Lee's words,`, `Lee's plan — {q}, in her words —`: the phrase's person
    if cited := quoted(head, index, tail=tail):
        return cited  # `Chan, quoting Lee, said: {q}`: Lee's (quoting.py)
    if summed := summarised(head, index):
        return summed  # `Chan summarized Lee's argument: {q}`: Chan's summary (claimframes.py)
    gapped = _gapped(head, index, VERB, name_at_end, _GAP)
    if gapped:
        return gapped
    if noun := noun_speaker(head, index, bool(VERB.search(tail))):  # `Chan rejected Lee's claim that {q}`: Lee's
        return _noun_owner(text, start, noun, index, placed, claim, people)
    who, said_at = subject_at(head, index, last=True) if VERB.search(head) else (Who("none"), -1)
    last = next(reversed(list(VERB.finditer(head, max(0, len(head) - 200)))), None)
    if last and (relative := relative_subject(head[:last.start()], index)):
        return relative  # `The aide Lee hired said {q}`, `critics who called it {q}`: theirs (relatives.py)
    if who.kind in ("none", "role") and (passive := agent(head, tail, index)):
        return passive  # `The plan was described as {q} by Lee`: the passive's agent
    said_after = -1
    if who.kind == "none" and quotes[qid].kind == "direct" and (acted := speech_act(head, index, quotes[qid].text)):
        return acted  # `Lee thanked Chan for the {q}`: Lee's phrase
    alone = (who.kind == "none" and quotes[qid].kind == "direct" and not head.strip(" ,;:-")
             and stands_alone(quotes[qid].text, tail))  # `{q} She left, saying {q2}.`: the next verb is {q2}'s
    after = who.kind == "none" and bool(VERB.search(tail)) and not alone  # `{q}, she added`: its clause follows it
    if after:
        who, said_after = subject_at(tail, index)
        inverted = _INVERTED.match(tail) if who.kind == "none" else None
        if inverted and name_at_start(tail[inverted.end():], index).text.startswith("the "):
            who, said_after = name_at_start(tail[inverted.end():], index), inverted.start(1)  # `{q}, said the minister.`
    if who.kind == "joint":
        return _respectively(text, start, here, who, index, _JOINER) or who
    owned = _owned_role(text, start, here, index)
    if owned and (who.kind in ("role", "unknown", "none") or who.kind == "person" and who.pid == owned.pid):
        return owned
    if who.kind == "role" and who.text.startswith("the ") and (said_at >= 0 or said_after >= 0):
        # the text before the title (not the names between it and its verb: `The secretary said
        # Truman was …, and Panetta quoted …`), and the rest of the sentence after its verb
        cut = start + said_at if said_at >= 0 else here + len("QUOTE_HERE") + said_after
        end = _SENTENCE.search(text, here)
        verb = VERB.match(text, cut)
        found = list(titles.written(who.text[4:]).finditer(text, start if said_at >= 0 else here,
                                                             cut if said_at >= 0 else (end.start() if end else len(text))))
        at = (found[-1] if said_at >= 0 else found[0]).start() if found else cut
        held = titles.holder([s for s in _SENTENCE.split(text[:at]) if s.strip()], who.text[4:], index, people)
        if held is None and ahead and verb:
            held = titles.forward(text[verb.end():end.start() if end else len(text)], who.text[4:], index, people)
        if held is None and ahead and verb and end:  # (the quotes there as neutral words: no speaker of theirs)
            rest = _plain(claim[placement(claim, qid, nth):], {}, people)
            held = titles.later([s for s in _SENTENCE.split(rest)[1:] if s.strip()], who.text[4:], index, people)
        if held:
            return held
    aside = _ASIDE_END.search(head, 0, said_at) if said_at >= 0 else None
    # `The analyst, who has advised Lee, said`: the noun before its aside (and the spaces before that:
    # a pattern that read them itself restarted at every space, quadratic in a long run of them)
    noun_end = len(head[:aside.start()].rstrip()) if aside else said_at
    described = (_THE_NOUN.search(head, 0, noun_end) if said_at >= 0 else
                 _THE_NOUN.search(tail, 0, said_after) if said_after >= 0 else None) if who.kind == "role" else None
    if described and _OWNED.search((head if said_at >= 0 else tail)[:described.start()]):
        described = None  # `the spokesman for the analyst said`: the spokesman speaks
    if described:  # `Lee spoke. … the senior UN official said`: a descriptive second reference (AP)
        upto = start + described.start() if said_at >= 0 else here
        earlier = {pid for _, pid, naming in _mentions(text, index, upto) if naming} | {pid for _, pid in placed}
        fit = set() if is_title(described.group("noun")) else titles.by_role(described.group("noun"), earlier, people)
        if len(fit) > 1:  # `Lee met Chan. The analyst said`, both analysts: either of them
            return Who("ambiguous", ",".join(sorted(fit)), described.group(0).strip())
        if fit or len(earlier) == 1 and described.group("noun").lower() in _DESCRIBED_NOUNS:
            return Who("person", (fit or earlier).pop(), described.group(0).strip())
    if who.kind in ("role", "unknown") and who.text.lower() in ("his", "her", "their"):
        who = Who("none")  # `His remarks were brief:` reads `remarks` as a verb whose subject is `His`
    if who.kind == "pronoun" and who.text.lower() in WRITERS:
        return Who("writer", text=who.text)  # the brief's own `I said`, `we noted`: its writers', never a quoted person's
    if who.kind == "pronoun" and after:  # the sentence's subject, else (as before) the last person it agrees with
        return (subject_pronoun(head, index, who.text) or _office_carried(text, start, index, people, who.text)
                or _subject_before(text, start, here, index, placed, claim, who.text))
    if who.kind == "pronoun" and head.lstrip().startswith(who.text) and (
            carried := _office_carried(text, start, index, people, who.text)):
        return carried
    if who.kind == "pronoun":
        at = start + head.rfind(who.text) if who.text in head else here
        return reported_name(text, at, index, placed, claim, who.text) or _antecedent(text, at, index, placed, claim,
                                                                                      word=who.text)
    if who.kind in ("person", "family", "unknown", "role") and not (who.kind == "role" and who.text.endswith("'s")):
        if who.kind != "role":
            return who
    said = _TITLE_WORDS.search(head) if who.kind in ("none", "role") else None
    office = _office_at_end(said.group(1)) if said else ""
    if said and office:  # `In the minister's words, {q}`, `The minister's answer was blunt: {q}`
        before = text[:start + said.start(1) + said.group(1).lower().rfind("the")]
        held = titles.holder([s for s in _SENTENCE.split(before) if s.strip()], office, index, people)
        if held:
            return held
    own = list(_THEIR_WORDS.finditer(head)) if who.kind == "none" else []
    if own:  # `Brandt saw a rift. In her words, {q}`: the person the pronoun stands for
        return _antecedent(text, start + own[-1].start(), index, placed, claim, word=own[-1].group(0).split()[0])
    # A name after the verb whose subject is a role stands inside what the verb reports (`The
    # secretary said former President Truman was {q}`): not the one who said it (before, Truman was).
    # (not `According to the spokesman for Chan, Lee, {q}`: a role after its verb has its holder after it)
    if who.kind == "role" and said_at >= 0 and COORDINATED.search(head[:said_at]):
        return who  # `Llamas asked him, but appellant stated that {q}`: the role the joined clause opens with
    before_verb = who.kind == "role" and said_at >= 0 and bool(who.text) and who.text.lower() in head[:said_at].lower()
    upto = start + said_at if before_verb else here
    if who.kind == "none" and (framed := point_of_view(head, index)):
        return framed  # `In Lee's view, Chan was {q}`: the frame's owner, not the clause's subject
    asides = [m.span() for m in _RELATIVE_ASIDE.finditer(text, start, upto)]  # `Lee's view, which Chan shares, is`
    named = [(pos, pid) for pos, pid, naming in _mentions(text, index, upto)
             if naming and pos >= start and not any(a <= pos < b for a, b in asides)]
    if named:
        return Who("person", named[-1][1])
    signed = _SIGNED.match(tail) if who.kind == "none" and not head.strip(" ,;:-") else None
    if signed and (by := name_at_start(signed.group(1), index)).kind != "none":
        return by  # `{q} – Secretary of Defense Lloyd J. Austin III`: a statement's signature line
    if who.kind == "none" and not head.strip(" ,;:-") and (nxt := next_names(text[here + len("QUOTE_HERE"):])):
        return subject_at(nxt, index)[0]  # `{p}. That's the message from Lee.`: the sentence after names them
    if who.kind == "none" and not head.strip(" ,;:-") and (alone or not VERB.search(tail)):
        # A quote that stands as its own sentence continues the last speaker named before it.
        return _antecedent(text, start, index, placed, claim)
    return who if who.kind == "role" else Who("none")


def _noun_owner(text: str, start: int, owned: tuple[Who, int], index: Names, placed: list, claim: str,
                people: dict) -> Who:
    """The speaker a noun of saying names (sayings.py): a pronoun's person (`her claim that`), a
    title's holder (`the minister's warning that`), else as named."""
    who, at = owned
    if who.kind == "pronoun" and (other := answered(text, start, at, index, placed, claim, who.text)):
        return other
    if who.kind == "pronoun":
        return _antecedent(text, start + at, index, placed, claim, word=who.text)
    if who.kind == "role" and who.text.lower().startswith("the "):
        before = [s for s in _SENTENCE.split(text[:start + at]) if s.strip()]
        return titles.holder(before, _office_at_end(who.text), index, people) or who
    return who


def _office_carried(text: str, start: int, index: Names, people: dict, word: str) -> Who | None:
    """`The Secretary-General thanked Chan for the work of his envoy, Lee. He stressed that {p}`: a
    subject pronoun carries on the sentence before it, and when that sentence's subject is an office
    (`the Secretary-General thanked`), the pronoun is the office's, not the last name's (as the
    source side reads it: reported.py): its holder there or before (titles.holder: `the envoy,
    Lee, spoke. He said`), else no one named (the pronoun unresolved). None when the sentence before opens with no office."""
    starts = [0] + [m.end() for m in _SENTENCE.finditer(text) if m.end() <= start]
    if len(starts) < 2 or starts[-1] != start:
        return None
    before = text[starts[-2]:start]
    office = office_subject(before) if not sentence_subject(before.strip(), index) else ""
    title = titles.written(office).search(before) if office else None
    if not title or not before[title.end():].lstrip()[:1].islower():
        return None  # (`The Defense Department said`: a body named by its office word, not an office)
    held = titles.holder([s for s in _SENTENCE.split(text[:start]) if s.strip()], office, index, people)
    return held or Who("pronoun", text=word)


# A definite descriptive second reference (AP: `the official`, `the senior UN official`, `the veteran
# diplomat`, `the analyst` after the name): a noun for a person that is no office. It names the one
# person named before it whose people.yaml role has that noun (`Lee met Chan. The analyst said`,
# Chan an Analyst; two such people: either), else, for these nouns of a person, the one person named.
_DESCRIBED_NOUNS = frozenset("official diplomat politician lawmaker legislator negotiator veteran economist analyst "
                             "expert officer executive activist scientist researcher".split())
# (no office here: titles.py reads those, ranks and all; nor a noun someone else's role or a former
# one: `the spokesman for the analyst`, `the former analyst`)
_THE_NOUN = lazy(r"(?<![\w'-])(?i:the)\s+(?:(?!(?i:for|of|to|with|at|in|on|by|from|the|former|ex|late|then)\s)"
                 r"[\w.'-]+\s+){0,3}?(?P<noun>[a-z][\w-]*)\s*$")
# In a brief's own words the first person is its writers (the source side reads a speaker's `I` as the
# speaker). English claims only: foreignclaims reads no first-person subject (`J'ai dit :` names no one).
WRITERS = frozenset(("i", "we"))
_RELATIVE_ASIDE = lazy(ASIDE)  # `Lee's view, which Chan shares, is`: Chan is the aside's (relatives.py)
_ASIDE_END = lazy(r",[^,;:]{1,80},\s*$")
_OWNED = lazy(r"(?<![\w'-])(?i:for|of|to|with|at|by|from|former|ex)\s+$")


# A quote, then only a dash and who said it (`{q} – Secretary of Defense Lloyd J. Austin III`,
# `{q} — Ann Lee, minister`): a statement's signature line, as releases print it, names its speaker.
_SIGNED = lazy(r"\s*(?:[–—]|--?(?=\s))\s*((?:[^\W\d_a-z]|(?:the|an?)\s).*?)[\s.]*$", re.S)


# A sentence after the words that opens by naming whose they were (`That's the message from Lee.`,
# `That was the view of Lee.`, `So said Lee.`, `Those were Lee's words.`), as newspapers close a
# quotation or a paraphrase set as a sentence of its own.
_OPENS = ("that", "this", "such", "those", "these", "so", "thus")
_NAMES_AFTER = lazy(r"\s*[.!?]?\s+(?=(?i:" + "|".join(_OPENS) + r")\b)")


def next_names(rest: str) -> str | None:
    """The sentence after a quote that ends its own sentence, when it opens by naming its speaker."""
    lead = _NAMES_AFTER.match(rest)
    verb = VERB.match(rest, lead.end()) if lead else None
    if not lead or not verb or re.split(r"[\s'’]", verb.group(0))[0].lower() not in _OPENS:
        return None
    end = _SENTENCE.search(rest, lead.end())
    return rest[lead.end():end.start() if end else len(rest)]
