"""Reported speech (news, reports): each quotation belongs to the person its own clause names.

A quotation is the text between a pair of double quotation marks (curly, straight or
guillemets); one that runs over paragraphs opens each paragraph with a mark and closes only
in the last (Chicago 13.30). Its attribution is, in this order: the clause that introduces it
(`Jones said: "…"`, `Jones called the plan "…"`), the clause that follows it (`"…," Jones said`,
`"…?" asked Jones`), or, with no clause of its own, the quotation it continues in the same
paragraph (`"…," Jones said. "…"`). A pronoun names the last person named as a speaker.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

from ..chars import single_marks
from ..patterns import lazy
from . import clauses, notes, sayings, statements
from .clauses import Who
from .foreign import Foreign, marked
from .japanese import JAPANESE
from .newsroom import words_for
from .pronouns import agrees
from .records import exchanges, has_record, quoted_record, record_span
from .speakers import JOINT, Names, Span, Voices
from .textcheck import normalize

_SENTENCES = lazy(r"(?<=[.!?])\s+")
_SENTENCE_END = lazy(r"[.!?]\s+(?=[\"'(]?[^\W\d_a-z])")
# A full stop after an abbreviation or an initial ends no sentence: `said Dr. Chan`, `Gen. Mark A. Milley`.
_WORD_END = lazy(r"([^\W\d_]+)$")
_ABBREVIATIONS = frozenset("mr mrs ms dr prof gen adm col lt maj capt cmdr sgt brig sen rep gov amb "
                           "st jr sr rev hon pres sec messrs mme vs".split())


def _ends(text: str, pattern: re.Pattern) -> list[re.Match]:
    """The sentence ends of a text, without the full stops of abbreviations and initials."""
    found = []
    for m in pattern.finditer(text):
        stop = m.start() if text[m.start()] in ".!?" else m.start() - 1  # _SENTENCES looks behind
        # Only the word before the stop: reading all the text before it, at every stop, was quadratic
        # (a stored text of 20,000 characters of `Q. A.` took 15 s). A longer word is no abbreviation either.
        word = _WORD_END.search(text, max(0, stop - 40), stop)
        if text[stop] == "." and word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
            continue
        found.append(m)
    return found


def _sentences(text: str) -> list[str]:
    cuts = [0] + [m.end() for m in _ends(text, _SENTENCES)] + [len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:]) if a < b]


def _last_sentence(text: str) -> str:
    cuts = [m.end() for m in _ends(text, _SENTENCE_END)]
    return text[cuts[-1]:] if cuts else text


def _first_sentence(text: str) -> str:
    ends = _ends(text, _SENTENCE_END)
    return text[:ends[0].end()] if ends else text


# A live blog's time stamp before its entry (`10:42 a.m.:`, `10.42am —`, `[10:42]`, `14:05 GMT:`, and
# capture/live.py's `[2025-07-09 18:40]` for an entry of a blog over several days): a time
# with a.m./p.m. or a separator after it, never a number in the sentence (`3.50 billion`).
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
_AMPM = r"(?:\s*[aApP]\.?\s?[mM]\.?)"
_ZONE = r"(?:\s+(?:[A-Z]{1,3}S?T|UTC)\b)"
_DAY = r"(?:\d{4}-\d{2}-\d{2}\s)"
_STAMP = lazy(rf"^\s*(?:\[{_DAY}?{_CLOCK}{_AMPM}?{_ZONE}?\]\s*[:—–-]?|{_CLOCK}(?:{_AMPM}{_ZONE}?|{_ZONE})\s*[:—–-]?"
              rf"|{_CLOCK}\s*[:—–-])\s*")
# A story's dateline (AP): the place in capitals, perhaps its state or country, the date and the
# agency, then a dash (`WASHINGTON—`, `WASHINGTON, Dec. 5 --`, `KABUL, Afghanistan, June 18, 2013 -`,
# `FOXBOROUGH, Mass. (AP) —`): where the story was filed, not the first sentence's subject.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = lazy(r"^[A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
                 rf"(?:,?\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?(?:\s*\([A-Z][\w ]{{1,20}}\))?"
                 r"\s*(?:--?|[—–])\s*(?=[A-Z\"])")
_JOINS = lazy(r"^[\s,;-]*(?:and|but|while|though|although|whereas|yet|so(?!\s+(?:said|says)\b))\b", re.I)
_REPLIES = lazy(r"\b(?:replied|replies|answered|answers|responded|responds|shot back)\b")
_ASKED = lazy(r"\b(?:asked|asks|pressed|questioned)\s+((?:[^\W\d_][\w'-]*\s?){1,3})")
# `"…" — Ann Lee` (Chicago 13.36): a dash and the name alone, perhaps with a role after a comma.
_SIGNED = lazy(r"^\s*-\s*([^,\n]{2,60}(?:,[^,\n]{0,80})?)\.?\s*$")
# An embedded post's source line, as X/Twitter and Bluesky set it: `"…" — Ann Lee (@annlee) May 14, 2024`.
_POSTED = lazy(r"^\s*-\s*([^()@\n]{2,60}?)\s*\(@[\w.@:-]{1,100}\)[^\n]{0,80}$")


def _closed(piece: str, after: str) -> bool:
    """Whether a quotation ended its sentence with a full stop, so that what follows it is a
    sentence of its own (`"We will act." Lee …`), not a clause set off by a comma."""
    end = piece.rstrip()
    return end.endswith(".") and not end.endswith("..") and not after.lstrip().startswith((",", "-"))


def reaction(piece: str, clause: str, verb: re.Match | None = None) -> bool:
    """Whether the clause after a quotation reports a reaction to it (English; see clauses.REACTIONS);
    `verb`: the clause's first verb, when the caller has found it."""
    if not _closed(piece, clause):
        return False
    verb = verb or clauses.VERB.search(clause)
    return verb is not None and " ".join(verb.group(0).lower().split()) in clauses.REACTIONS


# Words before a name that make the sentence's subject something else: `As Moscow said`, `The Kremlin`.
_NOT_OPENING = frozenset("the a an as while when after before if although though because since unlike like what "
                         "how that which".split())


def _opens_with_name(sentence: str, name: str) -> bool:
    """Whether a sentence opens with a person's name people.yaml does not know (`Anna Virtanen,
    a researcher, said`, `Finnish researcher Anna Virtanen said`): a given and a family name, not
    a place or an institution (`Moscow said`, `The Kremlin said`, `NATO said`)."""
    words = name.split()  # a run of capitalised words: `The Kremlin` and `As Ruth Smithers` are one too
    if len(words) < 2 or any(w.isupper() for w in words) or words[0].lower() in _NOT_OPENING:
        return False
    text = sentence.strip()
    at = text.find(name)
    head = text[:at].split() if at >= 0 else []
    return 0 <= at and len(head) <= 4 and "," not in text[:at] \
        and not any(w.lower().strip("'\"(") in _NOT_OPENING for w in head)


class _Reader:
    def __init__(self, paras: list[str], index: Names, grammar):
        self.index = index
        self.g = grammar  # clauses.py for English, foreign.Foreign for French, Spanish, German
        self.japanese = grammar is JAPANESE  # the verb after the quotation: japanese.py reads both sides
        self.sentences = grammar.sentences if self.japanese else _sentences
        self.titled: dict[str, str] = {}  # a title the text put beside a name -> that person
        self.offices: dict[str, set[str]] = {}  # English: an office the text introduced someone with -> them
        self.voices = Voices(len(paras))
        self.last: str | None = None
        self.stranger = ""  # the last speaker named who is not in people.yaml (`Anna Virtanen said`)
        self.recent: dict[str, int] = {}  # person id -> when last named
        self.mentioned: dict[str, int] = {}  # with pronouns given: anyone the reporter names, as speaker or not
        self.clock = 0
        self.group = 0
        self.pending: list[tuple[int, str]] = []
        self.pending_who: tuple[Who, str] | None = None
        self.asked: str | None = None  # the person the last question was put to
        self.intro: str = ""  # a paragraph that ends `Jones said:`, introducing a block quotation
        self.block: tuple[Who, str] | None = None  # the speaker of an unmarked statement below `said:`
        self.paras = paras

    def resolve(self, who: Who, clause: str = "") -> Who:
        """A pronoun is the last person named, but the one asked when it replies (`"…?" Chan asked
        Lee. "Yes," she replied.`); a family name several people share is the one of them named
        most recently (`Mark Smith … Smith said`). A pronoun that does not agree with a person's
        pronouns (people.yaml) is the most recent one named that it agrees with, or no one."""
        if who.kind == "pronoun" and self.asked and _REPLIES.search(clause) and self._fits(who.text, self.asked):
            return Who("person", self.asked, who.text)
        if who.kind == "pronoun" and not self.last and self.stranger:
            return Who("unknown", text=self.stranger)  # hers, whom people.yaml does not know: nobody's we can quote
        if who.kind == "pronoun" and self.last and not self._fits(who.text, self.last):
            earlier = [pid for pid in sorted(self.mentioned, key=self.mentioned.__getitem__, reverse=True)
                       if self._fits(who.text, pid)]
            return Who("person", earlier[0], who.text) if earlier else Who("none", text=who.text)
        if who.kind == "pronoun":
            return Who("person", self.last, who.text) if self.last else Who("none", text=who.text)
        if who.kind == "role" and isinstance(self.g, Foreign):
            return self._role(who)
        if who.kind == "role" and who.text.startswith("the ") and self.g is _ENGLISH:
            held = self.offices.get(who.text[4:], set())  # `the secretary`: the one the text introduced so
            return Who("person", next(iter(held)), who.text) if len(held) == 1 else who
        if who.kind == "family":
            named = [pid for pid in who.pid.split(",") if pid in self.recent]
            if not named:
                return Who("none", text=who.text)
            return Who("person", max(named, key=self.recent.__getitem__), who.text)
        return who

    def _fits(self, word: str, pid: str) -> bool:
        return agrees(word, self.index.pronouns.get(pid, frozenset()))

    def _role(self, who: Who) -> Who:
        """`afirmó la ministra`: the person the text itself introduced with that title (EFE,
        Le Monde, dpa name a speaker once with their title, then refer to them by it); else no
        one. A role in people.yaml is the editor's word, not the source's: it names nobody here."""
        noun = self.g.role_noun(who.text)
        if noun and noun in self.titled:
            return Who("person", self.titled[noun], who.text)
        return who

    def named(self, pid: str) -> None:
        self.last, self.stranger = pid, ""
        self.clock += 1
        self.recent[pid] = self.mentioned[pid] = self.clock

    def advance(self, i: int, outside: str) -> None:
        """Speakers named in the reporter's own sentences: for paraphrases and later pronouns."""
        for sentence in self.sentences(outside):
            sentence = _STAMP.sub("", sentence, count=1)  # a live blog's `10:42 a.m.: Lee spoke…`: Lee is the subject
            if self.index.pronouns:  # `Lee met Chan. "…," she said` is Chan's when Lee's pronouns are he/him
                for m in self.index.pattern.finditer(sentence):
                    pids = self.index.by_form.get(m.group(0).casefold(), frozenset())
                    if len(pids) == 1:
                        self.clock += 1
                        self.mentioned[next(iter(pids))] = self.clock
            opener = self.g.sentence_subject(sentence.strip(), self.index)
            if not opener and self.g is _ENGLISH and self.offices:  # `This morning, the Secretary-General spoke`
                office = clauses.office_subject(sentence)
                held = self.offices.get(office, set()) if office else set()
                opener = next(iter(held)) if len(held) == 1 else None
            if opener:
                self.named(opener)
            elif self.g.unnamed_subject(sentence.strip()):
                self.last, self.stranger = None, ""  # `Her aide disagreed.`: a later `she said` is the aide's
            if isinstance(self.g, Foreign):
                self.titled.update(self.g.titled(sentence, self.index))
            elif self.g is _ENGLISH:
                for refs, pid in clauses.introduced(sentence, self.index):
                    for ref in refs:
                        self.offices.setdefault(ref, set()).add(pid)
            if not self.g.VERB.search(sentence):
                continue
            principal = clauses.interpreted(sentence, self.index) if self.g is _ENGLISH else None
            if principal is not None:  # `Chan, Lee's interpreter, said the plan is ready`: Lee says so
                self.voices.speaking[i].add(principal.pid)
                self.named(principal.pid)
                continue
            for n, who in enumerate(self.g.subjects(sentence, self.index)):
                who = self.resolve(who)
                if who.kind == "person":
                    self.voices.speaking[i].add(who.pid)
                    self.named(who.pid)
                elif who.kind == "joint":  # each of them said it: a paraphrase may name one
                    self.voices.speaking[i].update(p for p in who.pid.split(",") if p)
                    self.last, self.stranger = None, ""
                elif who.kind == "unknown" and n == 0 and _opens_with_name(sentence, who.text):
                    # `Anna Virtanen, a researcher, said …`: a later `she said` is hers, not the last
                    # person people.yaml knows (whom the text no longer refers to)
                    self.last, self.stranger = None, who.text

    def finish(self) -> None:
        if not self.pending:
            return
        who, clause = self.pending_who or (Who("none"), "")
        owner = who.pid if who.kind == "person" else JOINT if who.kind == "joint" else None
        text = who.text if who.kind in ("person", "unknown") else clause
        for para, piece in self.pending:
            self.voices.spans.append(Span(para, piece, owner, text, self.group))
            if owner == JOINT:
                self.voices.speaking[para].update(p for p in who.pid.split(",") if p)
            elif owner:
                self.voices.speaking[para].add(owner)
        self.group += 1
        self.pending, self.pending_who = [], None

    def paragraph(self, i: int, para: str) -> None:
        text = _DATELINE.sub("", normalize(para), count=1)
        intro, self.intro = self.intro, ""
        marks, at = [], text.find('"')
        while at >= 0:
            marks.append(at)
            at = text.find('"', at + 1)
        if self.block is not None:
            if not marks and self._goes_on(i, text, self.block[0].pid):
                self.pending.append((i, text.strip()))  # the statement set off below `said:` runs on
                return
            self.block = None
            self.finish()
        continuing = bool(self.pending) and text.startswith('"')
        if not continuing:
            self.finish()
        if intro and not marks and text.strip() and (who := self._clause(i, "", text, "", None, intro)) \
                and who[0].kind == "person":
            # `Tracey Bowers, JCCC said:` and her words in the paragraph below, set off without quotation
            # marks (GOV.UK prints a quotation as a block quote); the next paragraphs too while they
            # speak as she does (statements.py: the copy keeps no mark of where the block ends).
            self.pending_who, self.pending = who, [(i, text.strip())]
            self.block = who
            self.named(who[0].pid)
            return
        pos = 0
        quotes = [(marks[j] + 1, marks[j + 1] if j + 1 < len(marks) else len(text), j + 1 < len(marks))
                  for j in range(0, len(marks), 2)]
        prev_after = None
        for n, (start, end, closed) in enumerate(quotes):
            between = text[pos:max(pos, start - 1)]
            self.advance(i, between)
            piece = text[start:end].strip()
            after_raw = text[end + 1:quotes[n + 1][0] - 1] if n + 1 < len(quotes) else text[end + 1:]
            after = _first_sentence(after_raw) if closed else ""
            if not (n == 0 and continuing):
                self.finish()
            who = self._clause(i, between, piece, after, prev_after, intro if n == 0 and not between.strip() else "")
            if n == 0 and continuing and self.pending_who and who and who[0].kind in ("person", "joint") \
                    and self.pending_who[0].kind in ("person", "joint") \
                    and (who[0].kind, who[0].pid) != self.pending_who[0][:2]:
                self.finish()  # `"…," Chan said` after an unclosed quotation of Lee's: a new quotation, Chan's
            if who is not None and (self.pending_who is None or self.pending_who[0].kind != "person"):
                self.pending_who = who
            self.pending.append((i, piece))
            if closed:
                self.finish()
            if who is not None and who[0].kind == "person":
                self.named(who[0].pid)
            elif who is not None and who[0].kind in ("joint", "role", "unknown"):
                self.last = None  # `she added` after `a spokeswoman said` is hers; after a joint statement, theirs
                self.stranger = who[0].text if who[0].kind == "unknown" else ""
            prev_after = after_raw if closed else None
            pos = end + 1
        self.advance(i, text[pos:] if quotes and quotes[-1][2] else ("" if quotes else text))
        rest = text[pos:] if quotes and quotes[-1][2] else ("" if quotes else text)
        if rest.rstrip().endswith(":"):  # `Defence Secretary John Doe said:`, the quotation set off below
            self.intro = _last_sentence(rest).strip()
        elif self.g is _ENGLISH and clauses.following(_last_sentence(rest), self.index):
            self.intro = _last_sentence(rest).strip()  # `The following is a statement from Lee.`
        elif self.japanese and rest.rstrip().endswith("。"):  # `岸田首相は次のように述べた。`
            self.intro = self.sentences(rest)[-1].strip()

    def _goes_on(self, i: int, text: str, pid: str) -> bool:
        if self.g is not _ENGLISH:
            return False  # the first person is read in English only
        first = self.pending[0][0] if self.pending else i
        return statements.runs_on(text, pid, self.index, statements.writer_says_we(self.paras[:first]))

    def _clause(self, para: int, between: str, piece: str, after: str, prev_after: str | None,
                intro: str = "") -> tuple[Who, str] | None:
        found = self._speaker(para, between, piece, after, prev_after, intro)
        clause = found[1] if found else ""
        asked = _ASKED.search(clause)
        if asked:  # `Chan asked Lee`: a `she replied` after it is Lee's
            pids = self.index.by_form.get(asked.group(1).casefold(), frozenset())
            self.asked = next(iter(pids)) if len(pids) == 1 else None
        elif found and found[0].kind != "none" and not _REPLIES.search(clause):
            self.asked = None
        return found

    def _noun_owner(self, before: str, after: str) -> Who | None:
        """Whom a noun of saying right before the quotation names (sayings.py, as claims read it): `Lee
        said, echoing Chan's remark that "…"` is Chan's, whose remark it is, not the verb's subject;
        `Lee rejected the claim that "…"` names no one. None when no such noun introduces it."""
        if isinstance(self.g, Foreign):  # `l'affirmation de Martin selon laquelle « … »`, `Müllers Warnung, dass`
            found = sayings.foreign_noun_speaker(self.g, before, self.index)
        elif self.g is _ENGLISH:
            found = sayings.noun_speaker(before, self.index, bool(self.g.VERB.search(_first_sentence(after))))
            if found is not None and self.g.VERB.search(before, found[1]):
                return None  # (`A statement from Lee said:`, `In Chan's words,`: the clause's own attribution)
        else:
            return None
        return self.resolve(found[0], before) if found else None

    def _speaker(self, para: int, between: str, piece: str, after: str, prev_after: str | None,
                 intro: str = "") -> tuple[Who, str] | None:
        if self.japanese:  # `岸田首相は「…」と述べた`: the subject before the quotation, the verb after it
            who, clause = self.g.attribution(between, after, self.index, intro)
            return (self.resolve(who, clause), clause) if clause or who.kind != "none" else None
        before = _last_sentence(between).strip()
        if before and not before.endswith((".", "!", "?")) and (owned := self._noun_owner(before, after)):
            return owned, before
        if before and not before.endswith((".", "!", "?")):
            who = self.resolve(self.g.subject(before, self.index, last=True), before)
            if who.kind != "none":
                return (self.g.relayed(before, self.index) or who), before
            if before.endswith(":") and (who := self.g.colon_subject(before, self.index)).kind != "none":
                return who, before
            if (who := self.g.characterised(before, self.index)).kind != "none":
                return who, before
            relay = self.g.relayed(before, self.index) if before.endswith(":") else None
            if relay and relay.kind == "person":  # `Chan read out Lee's statement:`: the statement's
                return relay, before
        if after.strip():
            verb = self.g.VERB.search(after)  # a phrase too: `That was the view of Lee.`
            first_verb = len(after[:verb.start()].split()) if verb else 99
            # `"…" — and Chan disagreed`: a new clause, not the quotation's (English: German `so Müller` attributes)
            joined = _JOINS.match(after) and not isinstance(self.g, Foreign)
            # `„…“, wie Müller nach dem Treffen mit Weber sagte`: a German clause set off by its comma may end with its verb
            attached = first_verb < 99 and isinstance(self.g, Foreign) and after.startswith(",")
            # `"We will act." Lee disagreed.`: a reaction in a sentence of its own is no speech tag
            reacts = verb is not None and not isinstance(self.g, Foreign) and reaction(piece, after, verb)
            if (piece.rstrip()[-1:] in ",?!-" or first_verb <= 6 or attached) and not joined and not reacts:
                who = self.resolve(self.g.subject(after, self.index), after)
                if who.kind != "none":
                    return (self.g.relayed(after, self.index) or who), after.strip()
            signed = _POSTED.match(after) or _SIGNED.match(after)
            if signed and not self.g.VERB.search(after) \
                    and (who := self.g.name_at_start(signed.group(1), self.index)).kind == "person":
                return who, after.strip()  # `"…" — Ann Lee`: an epigraph's or a pull quote's source line
        if intro:  # a quotation opening its paragraph, introduced by the one before: `Jones said:`
            if self.g is _ENGLISH and (announced := clauses.following(intro, self.index)):
                return announced, intro
            who = self.resolve(self.g.subject(intro, self.index, last=True), intro)
            if who.kind == "none":
                who = self.g.colon_subject(intro, self.index)
            if who.kind == "unknown" and self.g is _ENGLISH:
                who = _unclosed_aside(intro, self.index) or who
            if who.kind != "none":
                return (self.g.relayed(intro, self.index) or who), intro
        if prev_after is not None and between.strip() and between.strip() == _first_sentence(prev_after).strip():
            # `"…," Jones said. "…"`: nothing but the last quotation's own clause stands between.
            last = self.voices.spans[-1] if self.voices.spans else None
            if last is not None and last.para == para and last.owner:
                kind = "joint" if last.owner == JOINT else "person"
                return Who(kind, "" if kind == "joint" else last.owner, last.who), between.strip()
        clause = (after if after.strip() and self.g.VERB.search(after) else before or after).strip()
        return (Who("none"), clause) if clause else None


_ASIDE_SAID = lazy(r"^(?P<name>[^,]+),\s+(?P<aside>[^,]+?)\s+(?:said|says|added|commented):$")


def _unclosed_aside(intro: str, index) -> Who | None:
    """`Tracey Bowers, JCCC said:`: a person's name and a short aside (a unit, an office) whose closing
    comma the release left out; the speaker is the named person, not the aside read as a name."""
    m = _ASIDE_SAID.match(intro.strip())
    if not m or len(m.group("aside").split()) > 4 or clauses.VERB.search(m.group("aside")):
        return None
    named = clauses.colon_subject(m.group("name") + ":", index)
    return named if named.kind == "person" else None


_OPEN_DOUBLE = lazy(r"(?:^|(?<=[\s(\[—–-]))[“\"]")


def british(paras: list[str]) -> bool:
    """Quotations in single marks (‘…’), quotations within them in double (the Guardian, the BBC).
    A ‘ that begins an elided word (rock ‘n’ roll, ‘90s, as word processors write them) opens none."""
    text = "\n".join(paras)
    if "‘" not in text:
        return False
    singles = [at for at, kind in single_marks(text) if kind == "open" and text[at] == "‘"]
    doubles = list(_OPEN_DOUBLE.finditer(text))
    if singles and doubles and all(_within_double(text, at) for at in singles):
        # Every single quotation stands inside a double one (`“I call them ‘the doves’ and the
        # others ‘the hawks’ now,” Lee said.`): quotations within quotations, however many
        return False
    if len(singles) != len(doubles) or not singles:
        return len(singles) > len(doubles)
    # As many of each (one quotation within one quotation: `‘As Chan put it, “…,” I agree,’ Lee
    # said`): the marks that open first are the outer ones.
    return singles[0] < doubles[0].start()


def _within_double(text: str, at: int) -> bool:
    """Whether a curly double quotation opens before `at` in its paragraph and does not close before it."""
    start = text.rfind("\n", 0, at) + 1
    opened, closed = text.rfind("“", start, at), text.rfind("”", start, at)
    return opened != -1 and opened > closed


def _swap_marks(para: str) -> str:
    """‘outer “inner”’ -> “outer ‘inner’”: a single mark is a quotation mark only where
    chars.single_marks does not read it as an apostrophe (don't, Lee’s, rock ’n’ roll, ’90s)."""
    kinds = dict(single_marks(para))
    out = []
    for k, ch in enumerate(para):
        kind = kinds.get(k)
        if kind == "open":
            out.append("“")
        elif kind == "close":
            out.append("”")
        elif ch == "“":
            out.append("‘")
        elif ch == "”":
            out.append("’")
        else:
            out.append(ch)
    return "".join(out)


_ENGLISH = SimpleNamespace(**{name: getattr(clauses, name) for name in (
    "VERB", "subject", "subjects", "relayed", "colon_subject", "characterised", "name_at_start",
    "sentence_subject", "unnamed_subject")})


def reported(paras: list[str], index: Names, language: str | None = None, offices: dict[str, str] | None = None) -> Voices:
    """Who each quotation of a news text is given to; `language` is the source's CSL language
    (French, Spanish and German attribution clauses: foreign.py; any other is read as English);
    `offices`: the source's own offices named by title alone (`Secretary-General` -> its holder)."""
    words = words_for(language)
    japanese = (language or "").split("-")[0].lower() == "ja"
    grammar = JAPANESE if japanese else Foreign(words) if words else _ENGLISH
    reader = _Reader(paras, index, grammar)
    for title, pid in (offices or {}).items():  # as if the text had introduced them with it
        for ref in clauses.references(title.split()):
            reader.offices.setdefault(ref, set()).add(pid)
    # a hearing's exchange the story quotes over paragraphs (`"SEN. LEE: …` / `"MR. CHAN: …`): turn by turn
    record = exchanges(quoted_record(paras, index)) if not japanese and has_record(paras) else {}
    original = paras
    if words:
        paras = [marked(p, words) for p in paras]
    elif british(paras):
        paras = [_swap_marks(p) for p in paras]
    for i, para in enumerate(paras):
        if i in record:  # the record's turns are its speakers', not one quotation of the reporter's
            reader.finish()
            reader.intro, reader.block = "", None
            continue
        reader.paragraph(i, para)
    reader.finish()
    for i in record:
        record_span(reader.voices, i, original[i], record[i])
    if record:
        reader.voices.spans.sort(key=lambda span: span.para)
    return reader.voices


def relayed_by(paras: list[str], author: str, index: Names, language: str | None = None,
               offices: dict[str, str] | None = None) -> Voices:
    """An authored text that reports others' words (a briefing, a press release): the text outside
    quotation marks is the author's, as in a speech; each quotation is given by its own attribution
    clause, as in news, and the people its clauses name speak in their paragraph (for paraphrases).
    A record or a document it quotes over paragraphs (`"SEN. LEE: …`) is read turn by turn (records.py)."""
    news = reported(paras, index, language, offices)
    voices = Voices(len(paras))
    voices.speaking = [{author} | found for found in news.speaking]
    quoted: dict[tuple[int, str], Span] = {(span.para, span.text): span for span in news.spans}
    record = quoted_record(paras, index, author) if has_record(paras) else {}  # a hearing's exchange it quotes
    for i, para in enumerate(paras):
        if i in record:
            record_span(voices, i, para, record[i])
            continue
        text = normalize(para)
        if "(" in text or "[" in text:  # the room's notes (`(Applause.)`), as in a speech
            text = notes.without_notes(text, every_parenthesis=False)
        cuts = [-1] + [m.start() for m in re.finditer('"', text)] + [len(text)]
        for k in range(len(cuts) - 1):
            part = text[cuts[k] + 1:cuts[k + 1]].strip()
            if not part:
                continue
            if k % 2 == 0:
                voices.spans.append(Span(i, part, author, "", i * 1000 + k))
                continue
            span = quoted.get((i, part))  # someone the author quotes: whom its clause names, if anyone
            voices.spans.append(Span(i, part, span.owner if span else None, span.who if span else "", i * 1000 + k))
    return voices
