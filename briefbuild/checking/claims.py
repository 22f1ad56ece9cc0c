"""Claims attribute quotes to the right person: the subject of the verb that introduces {quote-id}.

In `Unlike Smith, Jones said {smith-quote}` the verb `said` has Jones as its subject: the quote
would print as Jones's words, so it fails though Smith is named first. A pronoun (`He described
it as …: {q}`) stands for the last person named before it in the claim; `in Nagashima's words,
{q}` names the speaker too, and `In her words, {q}` the person `her` stands for. Without a
verb of saying, the last person the sentence names before the quote (not as the object of a
preposition) is taken as the speaker.
"""
from __future__ import annotations

import re
import unicodedata

from ..inputs.project import PLACEHOLDER as _PLACEHOLDER
from . import japanese, titles
from .clauses import (
    NAME_MODIFIES,
    OBJECT_VERBS,
    OWNED_ROLE,
    VERB,
    Who,
    _office_at_end,
    _owned_title,
    name_at_end,
    name_at_start,
    sentence_subject,
    subject,
    subject_at,
    unnamed_subject,
)
from .foreign import _PRONOUN_AFTER, Foreign
from .newsroom import LANGUAGES, words_for
from .pronouns import agrees, number, of_person
from .referents import speech_act, subject_pronoun
from .speakers import Names, names
from .textcheck import NOT_ABBREVIATED

# A sentence ends at . ! ? before a word, but not at an initial or a title's abbreviation: `John F.
# Kirby said`, `Army Gen. Martin E. Dempsey said` are one sentence (before, the name was cut off its verb).
_SENTENCE = re.compile(r"(?<=[.!?])" + NOT_ABBREVIATED + r"\s+(?=[^\W\d_{])")
# Nouns for what a person says: `in Lee's words`, `Lee's answer was blunt:`, `in her view`.
_SAID_NOUNS = (r"(?:own\s+)?(?:words|phrase|view|account|telling|formulation|description|assessment|judgment|"
               r"judgement|verdict|warning|answer|reply|response|remarks?|statement|comments?|message|testimony|"
               r"retort|rejoinder|conclusion|prediction|promise|pledge|tweet|post|letter)\b")
_WORDS_OF = re.compile(r"^(?:'s|')\s+" + _SAID_NOUNS)
# `In the minister's words,`, `The minister's answer was blunt:`: a title's words (titles.py)
_TITLE_WORDS = re.compile(r"((?:^|\s)(?:[^\W\d_][\w.-]*\s+){1,4}[^\W\d_][\w.-]*)(?:'s|')\s+" + _SAID_NOUNS)
_THEIR_WORDS = re.compile(r"\b(?:his|her|their)\s+" + _SAID_NOUNS, re.I)
_IN_WORDS_OF = re.compile(r"\b(?:in\s+the\s+(?:own\s+)?words\s+of|to\s+quote|quoting)\s+$", re.I)
_STAND_IN = "quoted"
_OBJECT = re.compile(r"(?:\b(?:unlike|like|with|to|than|against|from|by|for|about|toward|towards|of|"
                     r"after|before|and|not)\s+)$", re.I)  # `It was Chan, not Lee, who said`: Lee is not the one


def _plain(text: str, quotes: dict, people: dict) -> str:
    """The claim as it reads: apostrophes plain, a paraphrase as it prints (`Lee said that …`),
    a direct quote as a neutral lower-case word: the words, never a person (`Lee said "…", and
    Chan replied` is Chan alone, not `"…" and Chan`)."""
    def placed(m: re.Match) -> str:
        q = quotes.get(m.group(1))
        if q is not None and q.kind == "paraphrase" and q.speaker in people:
            return f"{people[q.speaker].short} {q.verb} that PARAPHRASE"
        return _STAND_IN
    return _PLACEHOLDER.sub(placed, unicodedata.normalize("NFC", text).replace("’", "'"))


def _mentions(text: str, index: Names, upto: int):
    """(position, person id, counts as naming the speaker) of each person named before `upto`."""
    for m in index.pattern.finditer(text, 0, upto):
        pids = index.by_form.get(m.group(0).casefold())
        if not pids or len(pids) != 1:
            continue
        rest = text[m.end():]
        possessive = bool(re.match(r"(?:'s|')(?!\w)", rest))
        naming = not possessive or bool(_WORDS_OF.match(rest))
        if _OBJECT.search(text[max(0, m.start() - 12):m.start()]) and not _IN_WORDS_OF.search(text[:m.start()]):
            naming = False
        if re.match(r"\s+[^\W\d_]", rest) and rest.lstrip()[:1].isupper():
            naming = naming and False  # `the Jones Institute`
        if NAME_MODIFIES.match(rest):
            naming = False  # `a Lee aide said`: the aide speaks
        if _owned_title(text[max(0, m.start() - 80):m.start()].lower().split()[-6:]):
            naming = False  # `A spokesperson for Senator Ann Lee said`: the senator's spokesperson speaks
        yield m.start(), next(iter(pids)), naming


def placement(claim: str, qid: str, nth: int = 0) -> int:
    """Where the nth placement of {qid} (from 0) stands in the claim: a quote placed twice is
    read at each place, each with its own attribution."""
    at = -1
    for _ in range(nth + 1):
        found = claim.find("{" + qid + "}", at + 1)
        if found < 0:
            break
        at = found
    return at


_LAST: list = [None, None, None, None]  # (claim, qid), quotes, people, result: the checks of one placement ask in turn


def _around(claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> tuple[str, int, int, str, str]:
    """The claim as it reads with QUOTE_HERE for {qid}: (text, its sentence's start, where the
    quote stands, the sentence before it, the sentence after it)."""
    key, seen_quotes, seen_people, result = _LAST
    if key == (claim, qid, nth) and seen_quotes is quotes and seen_people is people:
        return result
    result = _read_around(claim, qid, quotes, people, nth)
    _LAST[:] = [(claim, qid, nth), quotes, people, result]
    return result


def _read_around(claim: str, qid: str, quotes: dict, people: dict, nth: int) -> tuple[str, int, int, str, str]:
    mark = "{" + qid + "}"
    at = placement(claim, qid, nth)
    text = _plain(claim[:at], quotes, people) + " QUOTE_HERE " + _plain(claim[at + len(mark):], quotes, people)
    here = text.find("QUOTE_HERE")
    # (to here + 1: the split before a quote that opens its sentence looks at its first letter)
    starts = [0] + [m.end() for m in _SENTENCE.finditer(text, 0, here + 1)]
    end_m = _SENTENCE.search(text, here)
    return (text, starts[-1], here, text[starts[-1]:here],
            text[here + len("QUOTE_HERE"):end_m.start() if end_m else len(text)])


# A verb of saying that the claim negates (`did not say`, `never said`, `denied saying`,
# `declined to say`): the quotation marks would hold words the claim says were not said.
_NOT = (r"(?:\b(?:(?:did|does|do|has|have|had|would|will|could|can)\s+)?(?:not|never|no\s+longer)|\b\w+n't)"
        r"\s+(?:\w+ly\s+)?")
_DENIAL = re.compile(r"(?:" + _NOT + r"(?:" + VERB.pattern + r")(?:\s+that)?"
                     r"|\b(?:denied|denies|deny|denying)\s+(?:that|saying|having\s+said|ever\s+saying)"
                     r"|\b(?:declined|refused|declines|refuses)\s+to\s+(?:" + VERB.pattern + r"))")
_DENIAL_BEFORE = re.compile(r"(?:" + _DENIAL.pattern + r")\s*[:,]?\s*$", re.I)
_DENIAL_AFTER = re.compile(r"^\s*[,:]?\s*((?:[^\W\d_][\w.'-]*\s+){1,4}?)(" + _DENIAL.pattern + r")\s*[.,;!?]?\s*$")


def denial(claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> tuple[str, str] | None:
    """(the words by which the claim says {qid} was not said, `did not say`; the words before
    them when they follow the quote, `Lee` in `{q}, Lee never said`), or None."""
    _, _, _, head, tail = _around(claim, qid, quotes, people, nth)
    found = _DENIAL_BEFORE.search(head[-160:]) if head.strip() else None  # a match is far shorter: no scan of it all
    if found:
        return found.group(0).strip(" ,:"), ""
    after = _DENIAL_AFTER.match(tail) if not head.strip(" ,;:-") else None
    return (after.group(2).strip(), after.group(1)) if after else None


# A claim that introduces a paraphrase itself (`Chan argued that {p}`, `According to Chan, {p}`,
# `Chan warned: {p}`) prints only the paraphrase's clause: `Chan said that` twice is no sentence.
# (a day after the verb is still the verb's: `officials announced today {p}`)
_OWN_BARE = re.compile(r"(?:" + VERB.pattern + r")(?:\s+(?:today|yesterday|tonight|on\s+[A-Z][a-z]+day))?$")
_OWN_MARKED = re.compile(r"(?:(?:" + VERB.pattern + r")(?:\s+[^.;:!?]{0,60}?)?(?:\s+that|\s*:)"
                         # `As Chan said, {p}`, `If, as Chan told reporters, {p}, …`
                         r"|\b[Aa]s\s+[^.,;:!?]{1,60}?(?:" + VERB.pattern + r")(?:\s+[^.,;:!?]{1,40})?,"
                         r"|\b[Aa]ccording\s+to\s+[^.,;:!?]{1,60},|\b[Ii]n\s+(?:[^.,;:!?]{1,40}?(?:'s|')|his|her|their)\s+"
                         r"(?:own\s+)?(?:view|words),)$")


# A paraphrase that opens its sentence and is followed by its attribution, as news writes reported
# speech (`{p}, Pentagon Press Secretary John F. Kirby said.`, `{p}, said J.D. Crouch II, …`,
# `{p}, according to Lee.`): the claim introduces it after it, so it prints its clause alone (no
# `Kirby said that …, Kirby said`) and the claim must name its speaker. Before, it was read as placed
# alone: it printed its own attribution too, and `{p}, Chan said` passed for Lee's words.
_OWN_AFTER = re.compile(r"^\s*,\s*(?:[^;:!?{}]{1,160}?\s)?(?:" + VERB.pattern + r"|[Aa]ccording\s+to)\b")
# What follows a comma that begins another clause, not the quote's attribution: `{p}, and {p2}`,
# `{p}, but Chan said …` (the verb there is the next clause's).
_NEXT_CLAUSE = re.compile(r"^\s*,\s*(?:and|but|or|nor|yet|so|while|whereas|although|though)\b", re.I)


def own_attribution(claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> str | None:
    """How the claim's own words introduce paraphrase {qid}: 'verb' (`Chan argued {p}`: the
    clause keeps its `that`), 'marked' (`Chan argued that {p}`, `According to Chan, {p}`), 'after'
    (`{p}, Chan said.`: it opens its sentence, as its clause alone), or None."""
    before = claim[:placement(claim, qid, nth)].rstrip()
    if not before or before.endswith((".", "!", "?")):
        _, _, _, head, tail = _around(claim, qid, quotes, people, nth)
        rest = claim[placement(claim, qid, nth) + len(qid) + 2:]  # as written: another placement is no attribution
        after = not head.strip() and _OWN_AFTER.match(tail) and _OWN_AFTER.match(rest) and not _NEXT_CLAUSE.match(rest)
        return "after" if after else None
    if not before.endswith(("that", ":", ",")) and not _OWN_BARE.search(before[-40:]):
        return None  # most placements: nothing that could introduce it ends before it, so no reading
    head = _around(claim, qid, quotes, people, nth)[3].rstrip()[-300:]  # both end at the quote, within 100 characters
    if _OWN_BARE.search(head):
        return "verb"
    return "marked" if _OWN_MARKED.search(head) else None


# `{q}, said the minister.`: a title after its inverted verb (`subject` reads a verb after a comma
# as the clause's, so the title there is read apart).
_INVERTED = re.compile(r"\s*,\s*(" + VERB.pattern + r")\s+")


def claim_speaker(claim: str, qid: str, quotes: dict, index: Names, people: dict | None = None, nth: int = 0,
                  ahead: bool = True) -> Who:
    """Who the claim gives the quote {qid} to; `ahead`: whether a title that names no one before
    it may name the person the sentence goes on to name (titles.forward)."""
    people = people or {}
    text, start, here, head, tail = _around(claim, qid, quotes, people, nth)
    placed = [(m.start(), quotes[m.group(1)].speaker) for m in _PLACEHOLDER.finditer(claim[:placement(claim, qid, nth)])
              if m.group(1) in quotes]
    gapped = _gapped(head, index, VERB, name_at_end, _GAP)
    if gapped:
        return gapped
    who, said_at = subject_at(head, index, last=True) if VERB.search(head) else (Who("none"), -1)
    said_after = -1
    if who.kind == "none" and quotes[qid].kind == "direct" and (acted := speech_act(head, index, quotes[qid].text)):
        return acted  # `Lee thanked Chan for the {q}`: Lee's phrase
    after = who.kind == "none" and bool(VERB.search(tail))  # `{q}, she added`: its clause follows it
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
        if held:
            return held
    if who.kind in ("role", "unknown") and who.text.lower() in ("his", "her", "their"):
        who = Who("none")  # `His remarks were brief:` reads `remarks` as a verb whose subject is `His`
    if who.kind == "pronoun" and after:  # the sentence's subject, else (as before) the last person it agrees with
        return subject_pronoun(head, index, who.text) or _subject_before(text, start, here, index, placed, claim, who.text)
    if who.kind == "pronoun":
        at = start + head.rfind(who.text) if who.text in head else here
        return _antecedent(text, at, index, placed, claim, word=who.text)
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
    before_verb = who.kind == "role" and said_at >= 0 and bool(who.text) and who.text.lower() in head[:said_at].lower()
    upto = start + said_at if before_verb else here
    named = [(pos, pid) for pos, pid, naming in _mentions(text, index, upto) if naming and pos >= start]
    if named:
        return Who("person", named[-1][1])
    signed = _SIGNED.match(tail) if who.kind == "none" and not head.strip(" ,;:-") else None
    if signed and (by := name_at_start(signed.group(1), index)).kind != "none":
        return by  # `{q} – Secretary of Defense Lloyd J. Austin III`: a statement's signature line
    if who.kind == "none" and not head.strip(" ,;:-") and not VERB.search(tail):
        # A quote that stands as its own sentence continues the last speaker named before it.
        return _antecedent(text, start, index, placed, claim)
    return who if who.kind == "role" else Who("none")


def _subject_before(text: str, start: int, upto: int, index: Names, placed: list, claim: str, word: str,
                    g: Foreign | None = None) -> Who:
    """Whom a subject pronoun stands for when its own sentence names no subject that agrees: an
    earlier sentence's (`Chan spoke. Lee met Smith: {q}, she added`), else the last person named
    that agrees, an object only then (`Lee criticized Chan: {q}, she added`, Lee being he/him)."""
    earlier = _antecedent(text, start, index, placed, claim, g, word=word)
    if earlier.kind != "pronoun" or earlier.pid:
        return earlier
    return _antecedent(text, upto, index, placed, claim, g, word=word)


# A quote, then only a dash and who said it (`{q} – Secretary of Defense Lloyd J. Austin III`,
# `{q} — Ann Lee, minister`): a statement's signature line, as releases print it, names its speaker.
_SIGNED = re.compile(r"\s*(?:[–—]|--?(?=\s))\s*((?:[^\W\d_a-z]|(?:the|an?)\s).*?)[\s.]*$", re.S)


def _antecedent(text: str, upto: int, index: Names, placed: list, claim: str, g: Foreign | None = None,
                word: str = "", agree: bool = True) -> Who:
    """The last person named before a pronoun, as a subject where there is one (`Lee spoke after
    Chan. She said …` is Lee; `Elle a ajouté`, `Sie sagte` with `g`, the brief's grammar). With
    no one named, an unresolved reference: a pronoun without its person (`word`, the pronoun;
    '' for a quote that continues a speaker), for the block before the claim to resolve."""
    plural = word.lower() in ("they", "them", "their") if not g else number(word) == "plural"
    if agree and plural and index.pronouns:  # `Lee and Chan spoke. They said`: all of them, whatever their pronouns
        everyone = _antecedent(text, upto, index, placed, claim, g, word, agree=False)
        if everyone.kind == "joint":
            return everyone

    def fits(pid: str) -> bool:  # a pronoun that does not agree with someone's pronouns is not theirs
        return not agree or agrees(word, index.pronouns.get(pid, frozenset()))
    mentions = [m for m in (_foreign_mentions(g, text, index, upto) if g else _mentions(text, index, upto)) if fits(m[1])]
    placed = [p for p in placed if fits(p[1])]
    named = [(pos, pid) for pos, pid, naming in mentions if naming] or [(pos, pid) for pos, pid, _ in mentions]
    starts = [0] + [m.end() for m in _SENTENCE.finditer(text) if m.end() <= upto]
    if named and named[-1][0] < starts[-1]:
        # Named in an earlier sentence: that sentence's subject is the one a reader carries on
        # (`Lee met Chan. She said …` is Lee's), as the source side reads a pronoun.
        at = named[-1][0]
        begin = max(s for s in starts if s <= at)
        sentence = text[begin:min([s for s in starts if s > at] + [upto])]
        verb, read, whole = (g.VERB, g.subject, g.sentence_subject) if g else (VERB, subject, sentence_subject)
        who = read(sentence, index, last=True) if verb.search(sentence) else Who("none")
        several = _opening_joint(sentence, index) if plural else None
        if several and who.kind in ("none", "joint"):
            return several  # `Lee and Chan spoke. They said {q}`: all of them, no one person
        pid = who.pid if who.kind == "person" else whole(sentence.strip(), index)
        if pid and fits(pid):
            named[-1] = (at, pid)
    if placed and (not named or len(claim[:placed[-1][0]]) > named[-1][0]):
        return Who("person", placed[-1][1])
    return Who("person", named[-1][1]) if named else Who("pronoun", text=word)


# Gapping: a second clause that leaves out the verb it shares with the first (`Kishida said {q1}
# and Nagashima {q2}`, `Kishida said {q1}; Nagashima, {q2}`, `Kishida a déclaré {q1} et Nagashima
# {q2}`): its own subject says the second quote. A conjunction or a semicolon joins the clauses.
_GAP = re.compile(r"\b(?:quoted|PARAPHRASE)\s*(?:;\s*(?:and\s+|but\s+)?|,?\s*(?:and|but|while|whereas|whilst)\s+)"
                  r"(?P<seg>[^,;:.!?()\"]{1,60}?)\s*,?\s*$")
_FOREIGN_GAP = re.compile(r"\b(?:quoted|PARAPHRASE)\s*(?:;\s*|,?\s*(?:et|mais|tandis\s+que|alors\s+que|y|e|pero|mientras\s+que|"
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
_RESPECTIVELY = re.compile(r"\b(?i:respectively|respectivement|respectivamente|beziehungsweise|bzw\.|jeweils)(?!\w)")
_LIST_GAP = re.compile(r"(?i)\s*(?:,\s*)?(?:(?:and|et|y|e|und|beziehungsweise|bzw\.)\s+)?")
_ITEM = re.compile(r"\b(?:quoted|QUOTE_HERE)\b")


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


def _owned_role(text: str, start: int, here: int, index: Names, pattern: re.Pattern = OWNED_ROLE) -> Who | None:
    """`the spokesman for the minister, Lee` in the quote's sentence, the name closing its
    apposition: Who('ambiguous', the person, the words), or None."""
    end = _SENTENCE.search(text, here)
    stop = end.start() if end else len(text)
    for m in pattern.finditer(text, start, stop):
        name = index.pattern.match(text, m.end())
        pids = index.by_form.get(name.group(0).casefold(), frozenset()) if name else frozenset()
        if name and len(pids) == 1 and re.match(r"\s*(?:[,.;:!?]|QUOTE_HERE|$)", text[name.end():]):
            return Who("ambiguous", next(iter(pids)), text[m.start():name.end()])
    return None


# The same in French, Spanish and German (`le porte-parole de la ministre, Anne Dupont`, `el
# portavoz del ministro, Carlos Pérez`, `der Sprecher der Ministerin, Zoë Müller`): the name may be
# either's. The roles are newsroom.py's titles; an office's complement (`la ministre de la
# Défense, Anne Dupont`) is no second role, so the name is the minister's.
_OWNED_FORMS = {
    "fr": (r"(?:le|la|l'|un|une)", r"(?:de\s+la|de\s+l'|du|des|de|d')", r"(?:sa|son|ses|leur)"),
    "es": (r"(?:el|la|un|una)", r"(?:de\s+la|del|de)", r"(?:su|sus)"),
    "de": (r"(?:der|die|dem|den|ein|eine|einem)", r"(?:der|des|von\s+der|vom|von\s+dem|von)", r"(?:ihrer|ihres|seiner|seines)"),
}
_ADJECTIVES = frozenset("premier première général générale ancien ancienne".split())
_OWNED_FOREIGN: dict[str, re.Pattern] = {}


def _foreign_owned_pattern(g: Foreign) -> re.Pattern | None:
    key = next((k for k, w in LANGUAGES.items() if w is g.w), "")
    if key not in _OWNED_FORMS:
        return None
    if key not in _OWNED_FOREIGN:
        article, of, own = _OWNED_FORMS[key]
        roles = "|".join(sorted((re.escape(t) for t in g.w.titles | set(g.w.title_endings)
                                 if len(t) > 3 and not t.endswith(".") and t not in _ADJECTIVES), key=len, reverse=True))
        _OWNED_FOREIGN[key] = re.compile(
            rf"(?i:(?<![\w'-]){article}\s*(?:[\w-]+\s+){{0,2}}?(?P<n1>{roles})\s+{of}\s*(?:(?:la|le|el|{own})\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?(?P<n2>{roles}))\s*,\s*")
    return _OWNED_FOREIGN[key]


def owned_roles(words: str) -> tuple[str, str, str] | None:
    """The two roles of an ambiguous apposition's words and the name after them (`spokesman`,
    `minister`, `Lee`), in any language read."""
    for pattern in [OWNED_ROLE, *_OWNED_FOREIGN.values()]:
        m = pattern.match(words)
        if m:  # English roles in lower case, as in running text; German nouns keep their capital
            n1, n2 = (m.group("n1").lower(), m.group("n2").lower()) if pattern is OWNED_ROLE else m.group("n1", "n2")
            return n1, n2, words[m.end():]
    return None


_AND_NEXT = re.compile(r"\s*,\s*(?:(?:and|&|et|y|und)\s+)?|\s+(?:and|&|et|y|und)\s+", re.I)


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


_JOINER = re.compile(r"(?:,\s*)?(?:(?:and|or|nor|&)\s+)?$", re.I)  # after lstrip(): no run of spaces to split two ways


_FOREIGN_JOINER = re.compile(r"(?:,\s*)?(?:(?:and|or|nor|&|et|ou|y|e|o|und|oder)\s+)?$", re.I)


def _joint_words(clause: str, index: Names, joiner: re.Pattern = _JOINER) -> str:
    """The joint subject alone (`Chan and Smith`), not the clause before it (`Lee said …, and`)."""
    found = list(index.pattern.finditer(clause))
    if not found:
        return clause.strip()
    start = found[-1].start()
    for prev, cur in zip(reversed(found[:-1]), reversed(found[1:])):
        if cur.start() != start or not joiner.match(clause[prev.end():cur.start()].lstrip()):
            break
        start = prev.start()
    lead = re.search(r"\b(?:neither|either|both)\s+$", clause[:start], re.I)
    return clause[lead.start() if lead else start:].strip()


def claim_problem(claim: str, qid: str, quotes: dict, people: dict, language: str | None = None,
                  nth: int = 0, before: str = "") -> str | None:
    """The message when a claim does not give the direct quote {qid} to its speaker; `language`
    is the brief's (French, Spanish, German and Japanese claims are read with their own attribution forms);
    `nth`: which placement of {qid} in the claim, from 0 (each is read where it stands).
    `before`: the prose of the block before the claim in its section. A pronoun, or a quote that
    stands alone, with no one named before it in the claim stands for the last person named there,
    as a reader reads on (`Selon elle, {p}` after `Anne Dupont a présenté le plan.`); with no one
    named there either, it names no one: the quote is not attributed."""
    problem = _claim_problem(claim, qid, quotes, people, language, nth)
    # (a title the claim names no one for before it reads the block first, then the sentence ahead)
    if before.strip() and (problem or _THE.search(claim)) and _unresolved(claim, qid, quotes, people, language, nth):
        return _claim_problem(read_on(before, claim, qid, language), qid, quotes, people, language, nth)
    return problem


_THE = re.compile(r"\b(?i:the)\s")


def read_on(before: str, claim: str, qid: str, language: str | None = None) -> str:
    """The block before and the claim as one text, as a reader reads them (its own placement of
    {qid}, if any, made a neutral one so the claim's stays the one read)."""
    before = before.replace("{" + qid + "}", "{}").rstrip()
    if claim_grammar(language) is japanese.JAPANESE and japanese.written_in(claim):
        return before + ("" if before.endswith(("。", "！", "？", "：")) else "。") + claim
    return before + (" " if before.endswith((".", "!", "?", "…", ":")) else ". ") + claim


def _unresolved(claim: str, qid: str, quotes: dict, people: dict, language: str | None, nth: int = 0) -> bool:
    """Whether the claim gives {qid} to a pronoun, a continued speaker or a title (`the minister`)
    that it names no one for before it."""
    grammar, index = claim_grammar(language), names(people)
    if grammar is japanese.JAPANESE and japanese.written_in(claim):
        who = japanese.claim_speaker(claim, qid, quotes, index, nth)
    elif grammar is None or grammar is japanese.JAPANESE:
        who = claim_speaker(claim, qid, quotes, index, people, nth, ahead=False)
        if who.kind == "role" and who.text.startswith("the "):
            return True
    else:
        who = foreign_speaker(grammar, claim, qid, quotes, index, people, nth)
    return who.kind == "pronoun" and not who.pid


def _claim_problem(claim: str, qid: str, quotes: dict, people: dict, language: str | None = None,
                   nth: int = 0) -> str | None:
    quote = quotes[qid]
    if quote.speaker not in people:
        return None
    grammar = claim_grammar(language)
    if grammar is japanese.JAPANESE:
        if japanese.written_in(claim):
            return _japanese_problem(claim, qid, quotes, people, nth)
        grammar = None  # a claim without a kana or kanji in a Japanese brief: read as English, as before
    if quote.kind == "paraphrase":
        if grammar is None:
            return _paraphrase_problem(claim, qid, quotes, people, nth)
        return _foreign_paraphrase_problem(grammar, claim, qid, quotes, people, nth)
    if quote.kind != "direct":
        return None
    person = people[quote.speaker]
    index = names(people)
    if grammar is None:
        who = claim_speaker(claim, qid, quotes, index, people, nth)
        denied = denial(claim, qid, quotes, people, nth)
    else:
        who = foreign_speaker(grammar, claim, qid, quotes, index, people, nth)
        denied = foreign_denial(grammar, claim, qid, quotes, people, nth)
    if denied and ((who.kind == "person" and who.pid == quote.speaker)
                   or (who.kind in ("role", "unknown", "none")  # `{q}, Lee never said`: `never` hid Lee
                       and quote.speaker in {pid for m in index.pattern.finditer(denied[1])
                                             for pid in index.by_form.get(m.group(0).casefold(), ())})):
        return (f"the claim denies that {person.name} said direct quote '{qid}' ('{denied[0]}'), yet the source "
                f"gives {person.short} these words: introduce a quote with what the speaker did say "
                f"({person.short} said {{{qid}}}), or reword without it")
    if denied:
        return _not_said(qid, quote.speaker, people, who, denied, index) or _given_direct(qid, quote.speaker, people, who, "")
    joint = _joint_words(who.text, index, _JOINER if grammar is None else _FOREIGN_JOINER) if who.kind == "joint" else ""
    return _given_direct(qid, quote.speaker, people, who, joint)


def _not_said(qid: str, speaker: str, people: dict, who: Who, denied: tuple[str, str], index: Names) -> str | None:
    """The message for `Chan did not say {lee-q}`: a negated attribution gives the words to no one, so
    the quotation marks would stand with no one saying them; they are the speaker's, who must
    introduce them. Chan: the subject, else the one person the words before the negation name."""
    other = who.pid if who.kind == "person" else ""
    if not other:
        named = {pid for m in index.pattern.finditer(denied[1]) for pid in index.by_form.get(m.group(0).casefold(), ())}
        other = next(iter(named)) if len(named) == 1 else ""
    if other not in people or other == speaker:
        return None
    person = people[speaker]
    return (f"direct quote '{qid}' is {person.name}'s words, but the claim only says {people[other].name} did "
            f"not say them ('{denied[0]}'): make {person.short} the subject of a verb that introduces it")


def _given_direct(qid: str, speaker: str, people: dict, who: Who, joint: str) -> str | None:
    """The message when a claim gives direct quote {qid} to someone other than its speaker, or to
    no one (None when to them); `joint`: the words naming several people."""
    person = people[speaker]
    if who.kind == "person" and who.pid == speaker:
        return None
    if who.kind == "family" and speaker in who.pid.split(","):
        return None  # `Smith said`, with two Smiths in people.yaml: the brief names the right one elsewhere
    if who.kind == "joint":
        return (f"the claim gives direct quote '{qid}' to several people at once ('{joint}'): a quote is "
                f"one person's words; make {person.short} alone the subject of the verb that introduces it")
    roles = owned_roles(who.text) if who.kind == "ambiguous" else None
    if who.kind == "ambiguous" and not roles and who.pid:  # `Lee met Doe. The minister said {q}`: both ministers
        held = " or ".join(people[pid].name for pid in who.pid.split(",") if pid in people)
        return (f"direct quote '{qid}' is not attributed: '{who.text}' could be {held}, each named before it "
                f"and holding that office: name {person.short} in its place ({person.short} said {{{qid}}})")
    if roles:
        return (f"direct quote '{qid}' is not attributed: '{who.text}' leaves open whether {roles[2]} is the "
                f"{roles[0]} or the {roles[1]}: make {person.short} the subject "
                f"of the verb that introduces it ({person.short} said {{{qid}}})")
    if who.kind == "person" and who.pid in people:
        # Which side is wrong, the claim or the quote's speaker, only the editor knows: both fixes
        # (the source's check says so too when its text gives the words to the other person).
        return (f"direct quote '{qid}' is {person.name}'s words, but the claim gives them to "
                f"{people[who.pid].name}: make {person.short} the subject of the verb that introduces it "
                f"(or, if they are {people[who.pid].name}'s words, correct the quote's speaker in its source)")
    if who.kind == "pronoun" and who.text and not agrees(who.text, of_person(person.pronouns)):
        return (f"direct quote '{qid}' is not attributed: '{who.text}' does not agree with {person.name}'s pronouns "
                f"({person.pronouns}) and stands for no one named before it (in the claim or the block before it): "
                f"name {person.short} before it, or use a pronoun that agrees")
    if who.kind == "pronoun" and who.text:
        return (f"direct quote '{qid}' is not attributed: '{who.text}' stands for no one named before it "
                f"(in the claim or the block before it): name {person.short} before it")
    return f"direct quote '{qid}' is not attributed: name {person.short} before it"


def _no_one(who: Who) -> str:
    """How a claim that introduces a paraphrase names no one: ' with 'elle', which stands for no
    one named before it (…)' for a pronoun without its person, else ' without naming'."""
    if who.kind == "pronoun" and who.text:
        return f" with '{who.text}', which stands for no one named before it (in the claim or the block before it):"
    return ""


def _paraphrase_problem(claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> str | None:
    """A paraphrase the claim introduces itself must be introduced as its speaker's: it prints
    without its own `Lazar noted that`, so the claim's attribution is the only one the reader sees."""
    if not own_attribution(claim, qid, quotes, people, nth):
        return None
    quote, person = quotes[qid], people[quotes[qid].speaker]
    who = claim_speaker(claim, qid, quotes, names(people), people, nth)
    if who.kind == "person" and who.pid == quote.speaker or who.kind == "family" and quote.speaker in who.pid.split(","):
        return None
    fix = (f"make {person.short} the subject of the verb that introduces it, or place {{{qid}}} alone "
           f"(it prints as '{person.short} {quote.verb} that …')")
    if who.kind == "person" and who.pid in people:
        return f"paraphrase '{qid}' is {person.name}'s, but the claim gives it to {people[who.pid].name}: {fix}"
    if who.kind == "joint":
        return (f"paraphrase '{qid}' is {person.name}'s, but the claim gives it to several people at once "
                f"('{_joint_words(who.text, names(people))}'): {fix}")
    if _no_one(who):
        return f"paraphrase '{qid}' is {person.name}'s, but the claim introduces it{_no_one(who)} {fix}"
    return f"paraphrase '{qid}' is {person.name}'s, but the claim introduces it without naming {person.short}: {fix}"


# --- claims written in French, Spanish and German ---------------------------------------------

_GRAMMARS: dict[str, Foreign] = {}


def claim_grammar(language: str | None) -> Foreign | None:
    """The attribution grammar of a brief's language (newsroom.py's words), None for English
    (and any language without word lists: read as English, as before)."""
    if (language or "").split("-")[0].lower() == "ja":
        return japanese.JAPANESE
    words = words_for(language)
    if words is None:
        return None
    key = (language or "").split("-")[0].lower()
    if key not in _GRAMMARS:
        _GRAMMARS[key] = Foreign(words)
    return _GRAMMARS[key]


# Le Monde, El País and the FAZ attribute as the wires do; a claim reads `Dupont a déclaré {q}`,
# `{q}, a déclaré Dupont`, `Selon Dupont, {q}`, `Pérez dijo: {q}`, `Müller sagte: {q}`,
# `Müller zufolge {q}`, `Wie Müller sagte, {q}`. Only the subject of the verb counts: not a name
# after a preposition (`Dupont a répondu à Martin : {q}`, `Der Sprecher von Müller sagte: {q}`).
def foreign_speaker(g: Foreign, claim: str, qid: str, quotes: dict, index: Names, people: dict | None = None,
                    nth: int = 0) -> Who:
    """Who a claim in the brief's language gives the quote {qid} to."""
    people = people or {}
    text, start, here, head, tail = _around(claim, qid, quotes, people, nth)
    placed = [(m.start(), quotes[m.group(1)].speaker) for m in _PLACEHOLDER.finditer(claim[:placement(claim, qid, nth)])
              if m.group(1) in quotes]
    gapped = _gapped(head, index, g.VERB, g.name_at_end, _FOREIGN_GAP, g.unnamed_subject)
    if gapped:
        return gapped
    who = g.subject(head, index, last=True) if g.VERB.search(head) else Who("none")
    after = who.kind == "none" and bool(g.VERB.search(tail))  # `{q}, a-t-elle dit`: its clause follows it
    if after:
        who = g.subject(tail, index)
    if who.kind == "joint":
        return _respectively(text, start, here, who, index, _FOREIGN_JOINER) or who
    owned_pattern = _foreign_owned_pattern(g)
    owned = _owned_role(text, start, here, index, owned_pattern) if owned_pattern else None
    if owned and (who.kind in ("role", "unknown", "none", "nobody", "pronoun") or who.kind == "person" and who.pid == owned.pid):
        return owned
    if who.kind == "none" and head.rstrip().endswith(":"):
        who = g.colon_subject(head, index)  # `Dupont a été claire : {q}`
    if who.kind == "pronoun":  # (the pronoun as a word: not the `er` of `Weber`)
        words = [] if after else list(re.finditer(rf"(?<![\w'-]){re.escape(who.text)}(?![\w'-])", head))
        upto = start + words[-1].start() if words else here
        index = g.with_women(text[:here], index)
        return _clause_subject(g, text[start:upto], index, who.text) or \
            _subject_before(text, start, upto, index, placed, claim, who.text, g)
    if who.kind in ("person", "family", "joint", "unknown"):
        return who
    if who.kind in ("role", "nobody"):
        return Who("role", text=who.text)
    if g.reports(head + tail):  # `…, sagte Merkel. Andererseits seien die Todeszahlen {q}`: still Merkel's
        return _last_attribution(g, text, start, index, placed, claim)
    named = [(pos, pid) for pos, pid, naming in _foreign_mentions(g, text, index, here) if naming and pos >= start]
    if named:
        return Who("person", named[-1][1])
    if not head.strip(" ,;:-") and not g.VERB.search(tail):
        return _antecedent(text, start, index, placed, claim, g)  # a quote that is its own sentence
    return Who("none")


def _last_attribution(g: Foreign, text: str, start: int, index: Names, placed: list, claim: str) -> Who:
    """Whom a sentence of indirect speech with no verb of saying continues (German Konjunktiv I, as
    Duden and the agencies write it on): the subject of the last verb of saying before it, past
    sentences that have none; with none in the claim, an unresolved reference (the block before)."""
    starts = [0] + [m.end() for m in _SENTENCE.finditer(text) if 0 < m.end() < start] + [start]
    for begin, end in reversed(list(zip(starts, starts[1:]))):
        sentence = text[begin:end]
        who = g.subject(sentence, index, last=True) if g.VERB.search(sentence) else Who("none")
        if who.kind == "pronoun":
            words = list(re.finditer(rf"(?<![\w'-]){re.escape(who.text)}(?![\w'-])", sentence))
            upto = begin + words[-1].start() if words else end
            return _clause_subject(g, text[begin:upto], index, who.text) or \
                _antecedent(text, upto, index, placed, claim, g, word=who.text)
        if who.kind in ("role", "nobody"):
            return Who("role", text=who.text)
        if who.kind != "none":
            return who
    return Who("pronoun", text="")


def _clause_subject(g: Foreign, before: str, index: Names, word: str) -> Who | None:
    """The person a subject pronoun stands for in its own sentence: the last subject named before it
    that agrees (`Dupont avait eu des mots contre Martin, {q} avait-elle dit`, `…, {q}, había dicho`,
    `…, {q}, sagte sie`: Dupont), never a nearer object or complement; None when the sentence names
    no subject (an earlier sentence's, or `selon lui`'s, is _antecedent's to find)."""
    if word.lower() in g.w.object_pronouns or re.search(r"(?i)(?:" + "|".join(g.w.according) + r")\s*$", before):
        return None
    kind = number(word)  # `ont-ils dit` stands for a joint subject, `a-t-elle dit` for one person
    for who in reversed(g.clause_subjects(before, index)):
        if who.kind == "joint" and kind != "singular":
            return who
        if who.kind == "person" and kind != "plural" and agrees(word, index.pronouns.get(who.pid, frozenset())):
            return who
    return None


def _foreign_mentions(g: Foreign, text: str, index: Names, upto: int):
    """(position, person id, counts as naming the speaker) of each person named before `upto`:
    not after a preposition (`Contrairement à Martin`, `a diferencia de García`, `mit Weber`)."""
    for m in index.pattern.finditer(text, 0, upto):
        pids = index.by_form.get(m.group(0).casefold())
        if not pids or len(pids) != 1:
            continue
        before = text[max(0, m.start() - 30):m.start()].split()
        naming = not g.objected(before)
        yield m.start(), next(iter(pids)), naming


# A verb of saying the claim negates: `n'a pas dit`, `n'a jamais déclaré`, `a nié avoir dit`;
# `no dijo`, `nunca ha dicho`, `negó haber dicho`; `hat nicht gesagt`, `sagte nie`, `bestritt, gesagt zu haben`.
_NEGATIONS = {
    "fr": r"\bn(?:e\s+|')(?:\S+\s+)?(?:pas|jamais|plus|point)\s+(?:\S+\s+)?{verb}|\bn(?:e\s+|'){verb}\s+(?:pas|jamais|plus)"
          r"|\b(?:nié|nie|démenti|dément|contesté|conteste)\s+avoir\s+{verb}",
    "es": r"\b(?:no|nunca|jamás)\s+(?:(?:ha|había|habría|han)\s+)?{verb}|\b(?:negó|niega|negado)\s+haber\s+{verb}",
    "de": r"\b(?:nicht|nie|niemals)\s+(?:\S+\s+)?{verb}|{verb}\s+(?:\S+\s+){0,2}?(?:nicht|nie|niemals)(?!\s+nur)"
          r"|\b(?:bestritt|bestreitet|bestritten|dementierte)\b[^.;:!?]*{verb}\s+zu\s+haben",
}
_DENIALS: dict[str, re.Pattern] = {}


def foreign_denial(g: Foreign, claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> tuple[str, str] | None:
    """(the words by which a claim in the brief's language says {qid} was not said, the words
    before them), or None."""
    head = _around(claim, qid, quotes, people, nth)[3][-160:]
    if not head.strip():
        return None
    key = next(k for k, w in LANGUAGES.items() if w is g.w)
    if key not in _DENIALS:
        verbs = "|".join(sorted(g.w.verbs, key=len, reverse=True))
        negated = _NEGATIONS[key].replace("{verb}", rf"(?:{verbs})(?![\w'-])")
        _DENIALS[key] = re.compile(r"(?:" + negated + r")(?:\s+(?:que|dass))?[\s,:]*$", re.I)
    found = _DENIALS[key].search(head)
    if not found and key == "de":  # `Müller bestritt, {q} gesagt zu haben`: the verb after the quote
        tail = _around(claim, qid, quotes, people)[4]
        verbs = "|".join(sorted(g.w.verbs, key=len, reverse=True))
        said = re.match(rf"\s*(?:{verbs})\s+zu\s+haben\b", tail)
        deny = re.search(r"\b(?:bestritt|bestreitet|bestritten|dementierte|dementiert)\b[^.;:!?]*$", head)
        if said and deny:
            return f"{deny.group(0).strip(' ,')} … {said.group(0).strip()}", head[:deny.start()][-60:]
    # the words before the negation name the one who did not say it (`Dupont n'a pas dit`)
    return (found.group(0).strip(" ,:"), head[:found.start()][-60:]) if found else None


# A claim in the brief's language may introduce a paraphrase itself, as an English one does:
# `Selon Dupont, {p}`, `Dupont a déclaré que {p}`, `Según Pérez, {p}`, `Pérez dijo que {p}`,
# `Laut Müller {p}`, `Müller zufolge {p}`, `Müller sagte, dass {p}`, `Dupont a été claire : {p}`.
# It then prints the clause alone (not `Selon Dupont, selon Dupont, …`), and must name its speaker.
_OWN_FOREIGN: dict[str, re.Pattern] = {}


def foreign_own_attribution(g: Foreign, claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> str | None:
    """'marked' when a claim in the brief's language introduces paraphrase {qid} itself, else None."""
    if g is japanese.JAPANESE:
        own = japanese.written_in(claim) and japanese.own_attribution(claim, qid, quotes, names(people), nth)
        return "marked" if own else None
    if not _introducer(g, claim, qid, quotes, people, nth):
        return None
    return "after" if _attributed_after(g, claim, qid, quotes, people, nth) else "marked"


# As _OWN_AFTER, in the brief's language: `{p}, a déclaré Dupont.`, `{p}, dijo García.`, `{p}, sagte
# Müller.`, `{p}, selon Dupont.`, `{p}, Müller zufolge.` Before, such a paraphrase was read as placed
# alone: never checked (`{dupont-p}, a déclaré Martin.` passed) and printed `selon Dupont, …, a déclaré Martin`.
_AFTER_FOREIGN: dict[str, re.Pattern] = {}


def _attributed_after(g: Foreign, claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> bool:
    """Whether paraphrase {qid} opens its sentence and the claim attributes it after it."""
    before = claim[:placement(claim, qid, nth)].rstrip()
    if before and not before.endswith((".", "!", "?")):
        return False
    _, _, _, head, tail = _around(claim, qid, quotes, people, nth)
    if head.strip():
        return False
    key = next(k for k, w in LANGUAGES.items() if w is g.w)
    if key not in _AFTER_FOREIGN:
        words = "|".join([re.escape(a).replace(r"\ ", r"\s+") for a in g.w.according] + [re.escape(a) for a in g.w.after_name])
        _AFTER_FOREIGN[key] = re.compile(rf"\s*,\s*(?:[^;:!?]{{1,160}}?\s)?(?:{g.VERB.pattern}|(?i:{words})(?![\w'-]))")
    return bool(_AFTER_FOREIGN[key].match(tail))


def _introducer(g: Foreign, claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> Who | None:
    """Whom a claim in French, Spanish or German names as it introduces paraphrase {qid} itself;
    None when it does not introduce it."""
    before = claim[:placement(claim, qid, nth)].rstrip()
    if not before or before.endswith((".", "!", "?")):
        if not _attributed_after(g, claim, qid, quotes, people, nth):
            return None
        who = foreign_speaker(g, claim, qid, quotes, names(people), people, nth)
        return who if who.kind != "none" else None
    key = next(k for k, w in LANGUAGES.items() if w is g.w)
    if key not in _OWN_FOREIGN:
        according = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in g.w.according)
        after_name = "|".join(re.escape(a) for a in g.w.after_name)
        bare = "|".join(sorted(list(g.w.verbs) + [p.replace(" ", r"\s+") for p in g.w.phrases], key=len, reverse=True))
        forms = [rf"(?:{g.VERB.pattern})(?:\s+[^.;:!?]{{0,60}}?)?(?:,?\s*(?:que|qu'|qu’|dass)|\s*:)",
                 rf"(?<![\w'-])(?i:{according})\s+[^.,;:!?]{{1,60}},?",
                 # `Comme l'a dit Dupont, {p}`, `Como dijo Pérez, {p}`, `Wie Müller sagte, {p}`
                 rf"(?<![\w'-])(?i:comme|como|wie)\s+[^.,;:!?]{{0,60}}?(?:{g.VERB.pattern})[^.,;:!?]{{0,40}},",
                 # `il a rappelé {p}`, `Pérez recordó {p}`: a verb of saying right before it introduces
                 # it (the paraphrase carries its own `qu'…`); not `selon`, `laut` or `hieß es` alone
                 rf"(?<![\w'-])(?:{bare})",
                 # `Ainsi, a-t-il rappelé, {p}`: an inverted incise before it
                 rf"(?<![\w'-])(?i:(?:a|{bare}){_PRONOUN_AFTER}(?:\s+(?:{bare}))?),"]
        if after_name:
            forms.append(rf"[^.,;:!?]{{1,60}}\s+(?:{after_name}),?")
        _OWN_FOREIGN[key] = re.compile("(?:" + "|".join(forms) + ")$")
    head = _around(claim, qid, quotes, people, nth)[3].rstrip()[-300:]
    if not (_OWN_FOREIGN[key].search(head) or head.endswith(":")) or head.rstrip(" ,:").lower() in g.w.markers:
        return None
    # ... and it names who says so (`Kurz gesagt: {p}`, `Le constat est partagé : {p}` name no one)
    who = foreign_speaker(g, claim, qid, quotes, names(people), people, nth)
    return who if who.kind != "none" else None


def _foreign_paraphrase_problem(g: Foreign, claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> str | None:
    """As _paraphrase_problem, for a claim in French, Spanish or German."""
    who = _introducer(g, claim, qid, quotes, people, nth)
    if who is None:
        return None  # placed alone, it prints with its speaker's name (`selon Dupont, …`)
    index = names(people)
    problem = _introduced_as(qid, quotes[qid].speaker, people, who, _joint_words(who.text, index, _FOREIGN_JOINER))
    return problem or _missing_que(g, claim, qid, quotes, nth)


# French and Spanish join a verb of saying to its clause with `que` (`Dupont a rappelé que …`). The
# paraphrase prints its clause as it stands after the claim's own words, so a bare verb before it
# (`Dupont a rappelé {p}`) prints `a rappelé le plan est prêt` unless its text opens with its `que`.
_QUE = {"fr": ("que ", "qu'", "qu’"), "es": ("que ",)}


def _missing_que(g: Foreign, claim: str, qid: str, quotes: dict, nth: int = 0) -> str | None:
    key = next((k for k, w in LANGUAGES.items() if w is g.w), "")
    ques = _QUE.get(key)
    before = claim[:placement(claim, qid, nth)].rstrip()
    if not ques or not before or before.endswith((",", ":", ";", ".", "!", "?", "«", "“")):
        return None
    said = before.lower()
    if said.endswith(tuple(q.strip() for q in ques)) or quotes[qid].text.lstrip().lower().startswith(ques):
        return None
    last = before.split()[-1]
    return (f"the claim introduces paraphrase '{qid}' with '{last}' and no 'que': its clause prints as it stands "
            f"('{last} {quotes[qid].text.strip()[:40]}…'); write '{last} que {{{qid}}}' in the claim, or place "
            f"{{{qid}}} alone (it then names its speaker itself)")


def _introduced_as(qid: str, speaker: str, people: dict, who: Who, joint: str) -> str | None:
    """The message when a claim in another language introduces paraphrase {qid} as someone other
    than its speaker (None when as theirs); `joint`: the words naming several people."""
    if who.kind == "person" and who.pid == speaker or who.kind == "family" and speaker in who.pid.split(","):
        return None
    person = people[speaker]
    fix = (f"make {person.short} the one the claim names as its source, or place {{{qid}}} alone "
           "(it then names its speaker itself)")
    if who.kind == "person" and who.pid in people:
        return f"paraphrase '{qid}' is {person.name}'s, but the claim gives it to {people[who.pid].name}: {fix}"
    if who.kind == "joint":
        return f"paraphrase '{qid}' is {person.name}'s, but the claim gives it to several people at once ('{joint}'): {fix}"
    if _no_one(who):
        return f"paraphrase '{qid}' is {person.name}'s, but the claim introduces it{_no_one(who)} {fix}"
    return f"paraphrase '{qid}' is {person.name}'s, but the claim introduces it without naming {person.short}: {fix}"


def _japanese_problem(claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> str | None:
    """claim_problem for a claim in Japanese (japanese.py reads it): the same messages."""
    quote, person, index = quotes[qid], people[quotes[qid].speaker], names(people)
    if quote.kind == "paraphrase":
        who = japanese.own_attribution(claim, qid, quotes, index, nth)
        return None if who is None else _introduced_as(qid, quote.speaker, people, who, who.text)
    if quote.kind != "direct":
        return None
    denied = japanese.denial(claim, qid, quotes, nth)
    if denied and quote.speaker in {pid for m in index.pattern.finditer(denied[1])
                                    for pid in index.by_form.get(m.group(0).casefold(), ())}:
        return (f"the claim denies that {person.name} said direct quote '{qid}' ('{denied[0]}'), yet the source "
                f"gives {person.short} these words: introduce a quote with what the speaker did say "
                f"({person.short}は{{{qid}}}と述べた), or reword without it")
    who = japanese.claim_speaker(claim, qid, quotes, index, nth)
    if denied:
        return _not_said(qid, quote.speaker, people, who, denied, index) or _given_direct(qid, quote.speaker, people, who, "")
    return _given_direct(qid, quote.speaker, people, who, who.text)
