"""Stage 3, verify: every direct quote is the speaker's own words, verbatim in the stored source.

Only typography is normalized (NFC, quotation marks, apostrophes, dashes, spaces, the case
of the first letter). Square brackets mark an alteration, an ellipsis an omission
(alterations.py says which are allowed); every other character must stand in the source, in
order, inside one passage that the source gives to the speaker (speakers.py, reported.py):
a transcript turn, a quotation whose attribution names them, or an author's own text.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..inputs.models import Person, Quote, Source
from ..patterns import lazy
from . import alterations, interrupted, linenumbers, notes, omissions, paraphrased, pronouns, speakers
from .addressees import wrong_addressee
from .clauses import VERB, office_of
from .closest import closest_at, line_of_word, share
from .firstperson import first_person
from .matcher import SEP, matcher
from .nested import nested, relayed, second_hand, second_hand_japanese, unnamed_referent
from .newsroom import words_for
from .records import authored, in_record
from .reported import reaction, relayed_by, reported
from .speakers import ANSWER, ASKED, END, HEADED, HEADING, JOINT, NOBODY, Span, Voices, flow, names, parse_turn, transcript
from .textcheck import mixed_script, normalize, unbalanced_mark

__all__ = ["BLOCK_WORDS", "Problem", "normalize", "paragraphs", "verify_quote", "source_problems", "voices"]
BLOCK_WORDS = 40  # Chicago sets long quotations as blocks; 40 words is a common threshold
_SEPARATOR = lazy(r"^\s*(\*\s*){3}\s*$|^\s*(-\s*){3,}\s*$")


class Para(str):
    """A paragraph of a stored text that knows its first line, for messages."""

    line: int = 0


def paragraphs(text: str) -> list[str]:
    """Paragraphs of a stored text, split on blank lines; '***' separators are not numbered."""
    out: list[str] = []
    block: list[str] = []
    first = 0
    for n, line in enumerate(text.replace("\r\n", "\n").split("\n"), 1):
        if line.strip():
            if not block:
                first = n
            block.append(line)
            continue
        _close(out, block, first)
        block = []
    _close(out, block, first)
    return _unnumbered(out) if linenumbers.shows(out) else out


def _unnumbered(paras: list[str]) -> list[str]:
    """A court transcript's paragraphs without its line numbers (linenumbers.py), lines kept."""
    out: list[str] = []
    for para in paras:
        lifted = Para(linenumbers.lift(para))
        lifted.line = getattr(para, "line", 0)
        out.append(lifted)
    return out


def _close(out: list[str], block: list[str], first: int) -> None:
    text = "\n".join(block).strip()
    if text and not _SEPARATOR.match(text):
        para = Para(text)
        para.line = first
        out.append(para)


@dataclass(frozen=True)
class Problem:
    message: str
    detail: str = ""  # closest passage and word diff, shown under the message
    line: int = 0     # the stored text's line the problem is about (0: none)
    paragraph: int = 0  # the paragraph that line is in, when not the quote's own (the closest passage's)
    key: str = ""  # the quote's key at fault, when not the usual one (a paraphrase's text)


_VOICES: dict[tuple, tuple[list, dict, Voices]] = {}


def voices(source: Source, paras: list[str], people: dict[str, Person]) -> Voices:
    """Who says what in a source; computed once per stored text and set of people."""
    key = (id(paras), id(people), source.effective_voice, source.speaker, source.language, source.relays,
           tuple(sorted(source.offices.items())))
    hit = _VOICES.get(key)
    if hit and hit[0] is paras and hit[1] is people:
        return hit[2]
    lines = [getattr(p, "line", 0) for p in paras]
    voice = source.effective_voice
    if voice == "transcript":
        found = transcript(paras, names(people), lines, source.speaker, source.offices)
    elif voice == "authored" and source.relays:  # a briefing, a press release: others' words as news gives them
        found = relayed_by(paras, source.speaker or "", names(people), source.language, source.offices)
    elif voice == "authored":
        found = authored(paras, source.speaker or "", names(people))
    else:
        found = reported(paras, names(people), source.language, source.offices)
    if len(_VOICES) > 512:
        _VOICES.clear()
    _VOICES[key] = (paras, people, found)
    return found


def source_problems(source: Source, paras: list[str], people: dict[str, Person]) -> list[Problem]:
    """Problems of a stored text as a whole: transcript labels that name no one."""
    if source.effective_voice != "transcript" or not source.quotes:
        return []
    # One problem per label, however often it opens a turn: the fix is the same, once.
    seen: dict[tuple[str, str], list[int]] = {}
    for label, line, why in voices(source, paras, people).bad_labels:
        seen.setdefault((label, why), []).append(line)
    return [Problem(f"the transcript's speaker label '{label}' ({_lines(lines)}) {why}", line=lines[0])
            for (label, why), lines in seen.items()]


def _lines(lines: list[int]) -> str:
    """line 3; lines 3 and 7; lines 3, 7 and 9 (in the order of the text)."""
    if len(lines) == 1:
        return f"line {lines[0]}"
    return f"lines {', '.join(str(n) for n in lines[:-1])} and {lines[-1]}"


def _range(quote: Quote) -> range:
    return range(quote.paragraph - 1, (quote.last_paragraph or quote.paragraph))


# The last spans looked up and their paragraphs, one tuple (read and replaced whole, so two threads
# never pair one source's spans with another's): a source's quotes ask in turn.
_SPAN_PARAS: list = [(None, None)]


def _spans_in(spans: list[Span], paras: range) -> list[Span]:
    """The spans in those paragraphs, found by bisection: a scan of every span per quote made a
    source of 10,000 paragraphs and quotes take 18 s to check (spans are in the text's order)."""
    seen, keys = _SPAN_PARAS[0]
    if seen is not spans:
        keys = [span.para for span in spans]
        keys = keys if all(a <= b for a, b in zip(keys, keys[1:])) else None
        _SPAN_PARAS[0] = (spans, keys)
    if keys is None:  # not in the text's order (no reader of ours gives that): look at each
        return [span for span in spans if span.para in paras]
    return spans[bisect_left(keys, paras.start):bisect_left(keys, paras.stop)]


def _runs(spans: list[Span], owner: str | None, paras: range) -> list[tuple[str, list[tuple[int, int]]]]:
    """The speaker's passages in those paragraphs: runs of their spans, broken by anyone else's;
    each with (offset, paragraph) of its spans."""
    runs: list[list[Span]] = [[]]
    for span in _spans_in(spans, paras):
        if span.owner == owner:
            runs[-1].append(span)
        elif runs[-1]:
            runs.append([])
    out = []
    for run in runs:
        if run:
            offsets, at = [], 0
            for span in run:
                offsets.append((at, span.para))
                at += len(span.text) + 1
            # One quotation or turn running on into the next paragraph reads on without a break
            # (a paragraph break is layout), as one speaker's consecutive turns do (a new timed
            # segment, on the next line or paragraph); anything else between needs an ellipsis.
            text = run[0].text
            for a, b in zip(run, run[1:]):
                text += (" " if a.group == b.group and b.para - a.para in (0, 1) else SEP) + b.text
            out.append((text, offsets))
    return out


# A word hyphenated at a line's end in a stored text copied from print or a PDF (`re-\nview`,
# `Sep-\ntember`), which reads `re- view` once lines are joined. Whether the hyphen is the
# word's (`well-\nknown`) only the original knows: the quote may read each break either way,
# so one passage may hold both (`under re-\nview, a well-\nknown problem`).
_LINE_BREAK_HYPHEN = lazy(r"(?<=[^\W\d_])- (?=[^\W\d_])")
_BROKEN_WORD = lazy(r"([^\W\d_]+)- (?=([^\W\d_]+))")


def _unbroken(run: str, quote_text: str) -> tuple[str, ...]:
    """The run read with every break joined, every hyphen kept, and each break as the quote
    spells that word (kept where the quote has `well-known`, left where it has `pre- and`,
    joined elsewhere)."""
    if not _LINE_BREAK_HYPHEN.search(run):
        return ()
    quoted = normalize(quote_text).casefold()

    def spelled(word: str) -> bool:
        return re.search(rf"(?<!\w){re.escape(word.casefold())}(?!\w)", quoted) is not None

    def as_quoted(m: re.Match) -> str:  # a suspended hyphen (`pre- and post-war`) stays as printed
        head, tail = m.group(1), m.group(2)
        return head + ("- " if spelled(f"{head}- {tail}") else "-" if spelled(f"{head}-{tail}") else "")

    readings = (_LINE_BREAK_HYPHEN.sub("", run), _LINE_BREAK_HYPHEN.sub("-", run))
    mixed = _BROKEN_WORD.sub(as_quoted, run)
    return readings if mixed in readings else readings + (mixed,)


_WHOLE: list = [(None, "")]  # the last stored text joined, as one tuple (as _SPAN_PARAS)


def _whole(paras: list[str]) -> str:
    """The stored text as one string, joined once per source, not once per quote."""
    seen, text = _WHOLE[0]
    if seen is not paras:
        text = "\n\n".join(paras)
        _WHOLE[0] = (paras, text)
    return text


def _para_at(offsets: list[tuple[int, int]], at: int) -> int:
    return [para for start, para in offsets if start <= at][-1]


def verify_quote(quote: Quote, source: Source, paras: list[str], people: dict[str, Person]) -> list[Problem]:
    """Problems with one quote; an empty list means it is verified."""
    last = quote.last_paragraph or quote.paragraph
    if last > len(paras):
        return [Problem(f"paragraph {last} does not exist: the stored text has {len(paras)}")]
    found = voices(source, paras, people)
    speaker = people[quote.speaker]
    mixed = mixed_script(quote.text)
    if mixed:
        return [Problem(mixed)]
    if quote.kind == "paraphrase":
        return _check_paraphrase(quote, paras, found, speaker) or _partial_quotes(quote, source, paras, people)
    m = matcher(quote.text)
    if not m.has_text:
        return [Problem("a direct quote needs words of the source outside [brackets] and …")]
    if _stray_mark(quote.text):  # the matcher reads past an end's mark: `We will act”` would pass, printed `“We will act””`
        return [_not_verbatim(quote, paras, found, speaker, getattr(paras[quote.paragraph - 1], "line", 0))]
    # The matcher reads marks as typography: `the plan “a disaster` would pass, printed with an
    # inner quotation that never closes. Told with whatever else is wrong with the words.
    marks = unbalanced_mark(quote.text, _whole(paras))
    return [Problem(marks)] + _direct(quote, source, paras, people, found, speaker, m) if marks else \
        _direct(quote, source, paras, people, found, speaker, m)


def _direct(quote: Quote, source: Source, paras: list[str], people: dict[str, Person], found: Voices,
            speaker: Person, m) -> list[Problem]:
    """A direct quote's words against the runs of its speaker's words."""
    last = quote.last_paragraph or quote.paragraph
    best: tuple[int, str] | None = None
    near = _near(quote, paras)
    language = source.language  # whose pronouns and determiners a bracket may name
    for run, offsets in _runs(found.spans, quote.speaker, _range(quote)):
        # The source's own editor's notes may be left out; its clarifying insertions (`He [Chan]`)
        # too, by a quote with no brackets of its own that could then re-clarify them otherwise.
        readings: tuple[str, ...] = (run, alterations.without_notes(run, "[" not in quote.text, language)) \
            if "[" in run else (run,)
        if "- " in run:
            readings += _unbroken(run, quote.text)
        readings += interrupted.closed_up(run, offsets, paras, quote.text, language)  # `“We will,” Lee said, “act”` closed up
        for match in (match for passage in readings for match in m.finditer(passage)):
            problem = alterations.check(m, match, near, language, _said(source)) or omissions.check(match, m.stops) \
                or nested(match, speaker) or first_person(m, match, quote, people, source.offices, language) \
                or (unnamed_referent(m, match, paras, last, language, people, speaker, source.offices)
                    if match.gaps else None) \
                or _relayed_in(paras, quote, match, speaker, people) \
                or (wrong_addressee(m, match, quote, found, people) if match.gaps and source.effective_voice == "transcript"
                    else None)
            if problem is None:
                return []
            # The reading whose brackets and ellipses stand for the fewest words says what is wrong.
            cost = sum(len(gap.source) for gap in match.gaps)
            if best is None or cost < best[0]:
                best = (cost, problem)
    if best:
        return [Problem(best[1])]
    return [_diagnose(quote, source, paras, found, people)]


def _relayed_in(paras: list[str], quote: Quote, match, speaker: Person, people: dict[str, Person]) -> str | None:
    """The problem when the words stand in 「」 that the speaker relays (nested.relayed)."""
    if not any("「" in paras[k] or "『" in paras[k] for k in _range(quote)):
        return None
    return next((p for k in _range(quote) if (p := relayed(paras[k], match, speaker, names(people)))), None)


def _said(source: Source) -> tuple[str | None, str]:
    """When the source's words were said, for a bracket dating `last year` (dates.py): the event's
    date where it has one (a speech published later), else the date it was issued."""
    return (source.event_date, "event-date") if source.event_date else (source.issued, "issued")


def _near(quote: Quote, paras: list[str]):
    """The source's text around a quote (its paragraphs and the one before), read when asked."""
    def text() -> str:
        return normalize("\n".join(paras[max(0, quote.paragraph - 2):(quote.last_paragraph or quote.paragraph)]))
    return text


def _partial_quotes(quote: Quote, source: Source, paras: list[str], people: dict[str, Person]) -> list[Problem]:
    """The words a paraphrase sets in quotation marks, each verified as the speaker's own (paraphrased.py)."""
    found = []
    for words in paraphrased.quoted(quote.text):
        direct = quote.model_copy(update={"kind": "direct", "text": words})
        for problem in verify_quote(direct, source, paras, people):
            found.append(Problem(f"the paraphrase puts '{words}' in quotation marks, which print as "
                                 f"{people[quote.speaker].short}'s own words, but {problem.message}; quote only the "
                                 "speaker's words, or drop the marks", problem.detail, problem.line, problem.paragraph,
                                 "text"))
    return found


def paraphrase_doubts(quote: Quote, paras: list[str]) -> list[str]:
    """Numbers of a verified paraphrase that its paragraphs do not give (paraphrased.py): warnings."""
    last = quote.last_paragraph or quote.paragraph
    passage = "\n".join(paras[quote.paragraph - 1:last])
    return [f"the paraphrase gives {number}, which paragraph{'s' if last > quote.paragraph else ''} "
            f"{quote.paragraph if last == quote.paragraph else f'{quote.paragraph}-{last}'} of the source "
            "does not, in figures or in words: check it against the source (a paraphrase gives only what the "
            "speaker said)" for number in paraphrased.unfounded_numbers(quote.text, passage)]


def sic_doubts(quote: Quote, paras: list[str]) -> list[str]:
    """The doubts about a verified quote's own [sic] (alterations.sic_doubts): warnings."""
    return alterations.sic_doubts(normalize(quote.text), "\n".join(normalize(p) for p in paras),
                                  "\n".join(normalize(paras[k]) for k in _range(quote) if k < len(paras)))


def _diagnose(quote: Quote, source: Source, paras: list[str], found: Voices, people: dict[str, Person]) -> Problem:
    """Not the speaker's words where the quote says: why, as precisely as we can."""
    m = matcher(quote.text)
    speaker = people[quote.speaker]
    here = paras[quote.paragraph - 1]
    line = getattr(here, "line", 0)
    everywhere = range(len(paras))
    elsewhere = ""
    for passage, offsets in _runs(found.spans, quote.speaker, everywhere):
        match = m.search(passage)
        if match:
            first, last = _para_at(offsets, match.start) + 1, _para_at(offsets, max(match.start, match.end - 1)) + 1
            if first == last:
                elsewhere = f"the quote stands in paragraph {first}, not {quote.paragraph}: set paragraph: {first}"
            else:
                elsewhere = (f"the quote runs from paragraph {first} to {last}: set paragraph: {first} and "
                             f"last-paragraph: {last}")
            also = alterations.check(m, match, _near(quote, paras), source.language, _said(source)) \
                or omissions.check(match, m.stops)
            if also:  # one round of fixes, not two
                elsewhere += f"; and there, {also}"
            break
    # Someone else's words where the quote says they are come first: the speaker may repeat
    # them elsewhere (`The Prime Minister says the plan is working`), which is then the hint.
    here_first = sorted(found.spans, key=lambda s: s.para not in _range(quote))
    for span in here_first:
        if span.owner != quote.speaker and m.search(span.text) and (span.para in _range(quote) or not elsewhere):
            if span.para not in _range(quote) and _edited(quote, paras):
                return _not_verbatim(quote, paras, found, speaker, line,
                                     hint=f"the same words stand in paragraph {span.para + 1}, where they are "
                                          + (f"{people[span.owner].name}'s" if span.owner in people else "no one's to quote"))
            relay = second_hand(m, span.text, span.para + 1, people[span.owner], speaker) \
                if span.owner in people else None
            if relay is None and span.owner in people and ("「" in paras[span.para] or "『" in paras[span.para]):
                relay = second_hand_japanese(paras[span.para], m, span.text, span.para + 1, people[span.owner],
                                             speaker, people, names(people))[1]
            if relay:
                return Problem(relay, line=line)
            message = _not_theirs(span, speaker, source, people)
            if elsewhere:
                message += f"; or, if {speaker.short}’s own words are meant, {elsewhere}"
            return Problem(message, line=line)
    if elsewhere:
        if _edited(quote, paras):  # the quote's own paragraph changed; the same words elsewhere are a hint
            return _not_verbatim(quote, paras, found, speaker, line, hint=elsewhere.replace(": set", "; if so, set"))
        return Problem(elsewhere)
    others = {span.owner for span in found.spans if span.owner != quote.speaker and span.para in _range(quote)}
    for owner in sorted(others, key=lambda o: o or ""):  # None: a quotation no one is named for
        for passage, offsets in _runs(found.spans, owner, _range(quote)):  # over paragraphs, or split by its clause
            if m.search(passage):
                span = next(s for s in found.spans if s.owner == owner and s.para == offsets[0][1])
                return Problem(_not_theirs(span, speaker, source, people), line=line)
    gap = _closes_gap(m, found, quote) if "[" in "".join(s.text for s in found.spans) else ""
    if gap:
        return Problem(_lost(gap, quote.paragraph - 1, speaker), line=line)
    across = _across(m, found, _range(quote), people) or _over(m, found, quote, people)
    if across:
        return Problem(across, line=line)
    for passage, _ in _runs(found.spans, quote.speaker, _range(quote)):
        if SEP not in passage:
            continue
        # `"We will act," Lee said, "and we will win"` quoted as one run; or two sentences the source
        # sets apart (`"It is final," Lee said. "We move on."`), the comma before the tag read as the
        # period the quote gives it: the speaker may not have said them together.
        for k, closed in enumerate((passage, _SENTENCE_BREAK.sub(".", passage))):
            joined = m.search(closed.replace(SEP, " "))
            cut = closed.find(SEP, joined.start, joined.end) if joined else -1
            if joined and cut >= 0:
                after = " ".join(closed[joined.start:cut].split()[-4:])
                after = after[:-1] if k and after.endswith(".") and not passage[:cut].endswith(".") else after
                return Problem(f"the source interrupts these words after '{after}' (with its attribution or other "
                               "words): mark the omission with … there", line=line)
    for k, para in enumerate(paras):
        if m.search(normalize(para)):
            stage = _stage_in(quote.text, para, source.effective_voice)
            if stage and notes.lost(stage):
                return Problem(_lost(stage, k, speaker), line=line)
            if stage:
                return Problem(f"'{stage}' in paragraph {k + 1} is the transcriber's note, not {speaker.short}’s "
                               "words: leave it out of the quote", line=line)
            if source.effective_voice == "reported" and source.voice is None and _labelled(paras, source, people):
                # A news story's rules read a transcript (a hearing's record, a Q&A) as prose: say which voice reads it.
                return Problem(f"the text of paragraph {k + 1} is read as a news story's (no voice: is given, and a "
                               f"{source.type}'s default is reported), where it is no one's quoted words; its "
                               "paragraphs open with speaker labels: if the stored text is a transcript, set voice: "
                               "transcript on the source")
            if source.effective_voice == "reported":
                where = "is the reporter's wording, not in the source's quotation marks"
            else:
                where = f"is not a passage the source gives to {speaker.name}"
            advice = "make it kind: paraphrase" if quote.speaker in found.speaking[k] else \
                "nor does the source attribute that paragraph to them: check the speaker"
            return Problem(f"the text of paragraph {k + 1} {where}: it is not {speaker.short}’s own words; {advice}")
    return _not_verbatim(quote, paras, found, speaker, line)


# Where the source's next quotation opens a sentence: its comma before the tag (or nothing, as French
# and German set it) read as the period that ends the speaker's sentence.
_SENTENCE_BREAK = lazy(r"(?<![.!?…,]),?(?=\0[\s«»„“”\"]*[A-ZÀ-ÖØ-Þ])")


def _labelled(paras: list[str], source: Source, people: dict[str, Person]) -> bool:
    """Whether most paragraphs open with a transcript's speaker label (`MS. DOE:`, `SENATOR LEE:`), at least two."""
    printed = speakers.printed_layouts(paras, names(people), source.offices)
    opened = sum(parse_turn(p.lstrip(), printed) is not None for p in paras)
    return opened >= 2 and opened * 2 >= len(paras)


def _edited(quote: Quote, paras: list[str]) -> bool:
    """Whether the quote's own paragraphs still hold most of its words, in order: the stored
    text (or the quote) was edited, rather than the quote pointing at the wrong place."""
    text = " ".join(paras[k] for k in _range(quote))
    return share(re.sub(r"\[[^\]]*\]|…", " ", quote.text), text) >= 0.75


def _not_verbatim(quote: Quote, paras: list[str], found: Voices, speaker: Person, line: int, hint: str = "") -> Problem:
    """Not the source's words: the closest passage, and the line of the stored text where it differs."""
    rng = _range(quote)
    in_range = [p if k in rng else "" for k, p in enumerate(paras)] if hint else paras
    detail, k, word = closest_at(quote.text, in_range)
    first = getattr(paras[k - 1], "line", 0) if k else 0
    if first:  # the line of the stored text where it first differs, in the paragraph shown
        line = first + line_of_word(paras[k - 1], word)
    if hint:
        detail += f"\n  note: {hint}"
    marks = _own_marks(quote.text)
    if marks:  # before the speaker: the marks, not the words, are what the reader has to fix
        them = "them" if "wrapped" in marks else "it"
        return Problem(f"not verbatim in the source: its text {marks}: leave {them} out (the brief adds the "
                       "quotation marks itself)", detail, line, k if first else 0)
    if not any(quote.speaker in found.speaking[k] for k in rng):
        return Problem(f"the source does not name {speaker.name} at paragraph {quote.paragraph}: "
                       "check the speaker", detail, line, k if first else 0)
    return Problem("not verbatim in the source: fix the quote or mark changes with [brackets] and …", detail, line,
                   k if first else 0)


# A quote's text copied with the quotation marks around it (`text: '"We will act"'`): the marks
# are not the speaker's words. Double marks, guillemets and corner brackets at either end count;
# single ones only as a pair, and not where they are an apostrophe (`'90s`, `the allies'`).
_OPENING, _CLOSING = "\"“„«»「『", "\"”“»«」』"
_SINGLE_OPEN, _SINGLE_CLOSE = "'‘‚‹›", "'’‘›‹"


def _own_marks(text: str) -> str:
    """How a quote's text carries quotation marks of its own ('is wrapped in quotation marks',
    'begins with a quotation mark', 'ends with a quotation mark'), or ''."""
    text = text.strip()
    if len(text) < 2:
        return ""
    opens, closes = text[0] in _OPENING, text[-1] in _CLOSING
    if (opens or closes) and not _stray_mark(text):
        opens = closes = False  # `Chan told me, “We will act”`: the source's inner quotation, closed in the quote
    if text[0] in _SINGLE_OPEN and text[-1] in _SINGLE_CLOSE and not text[1].isdigit() and text[-2:-1].lower() != "s":
        opens = closes = True
    if opens and closes:
        return "is wrapped in quotation marks"
    return "begins with a quotation mark" if opens else "ends with a quotation mark" if closes else ""


_DOUBLE = frozenset(_OPENING + _CLOSING)


def _stray_mark(text: str) -> bool:
    """Whether a quote's text opens or closes with a double quotation mark (or guillemet) that
    pairs with no other mark in it: the copy's own marks. `it is “a disaster”` ends with the
    source's inner quotation, which opens inside it; single marks may be apostrophes (`the allies'`)."""
    text = text.strip()
    inner = [c for c in text[1:-1] if c in _DOUBLE]
    return len(text) > 1 and not inner and (text[0] in _OPENING or text[-1] in _CLOSING)


def _stage_in(quote: str, para: str, voice: str) -> str:
    """A stage direction of a transcript's paragraph that the quote includes: `(Laughter.)`;
    in a speech, the room's notes and lost words (`(Applause.)`, `(inaudible)`)."""
    if voice == "reported":
        return ""
    text = normalize(quote).rstrip(".,;:!? ")
    found = notes.notes_in(normalize(para), voice == "transcript")
    if voice == "transcript":
        found += [line.strip() for line in para.split("\n") if END.match(line.strip()) or HEADING.match(line.strip())]
    return next((note for note in found if note.strip("()[]") in text or text in note), "")


def _lost(note: str, k: int, speaker: Person) -> str:
    if notes.OMITTED.fullmatch(note.strip()):
        return (f"'{note}' in paragraph {k + 1} marks words of {speaker.short}’s that the source leaves out: a quote "
                "may not close that gap; put … in its place")
    return (f"'{note}' in paragraph {k + 1} marks where the transcriber could not make out {speaker.short}’s words: "
            f"a quote may not close or fill that gap; put … in its place, or keep the note as "
            f"[{note.strip('()[] ')}]")


def _closes_gap(m, found: Voices, quote: Quote) -> str:
    """The transcriber's note of lost words that a quote runs over as if nothing were missing."""
    for passage, _ in _runs(found.spans, quote.speaker, _range(quote)):
        gaps = [g for g in re.finditer(r"\[[^\[\]]{1,60}\]", passage) if notes.lost(g.group(0))]
        for gap in gaps:
            if m.search(passage[:gap.start()].rstrip() + " " + passage[gap.end():].lstrip()) or \
                    m.search(passage[:gap.start()] + passage[gap.end():]):
                return gap.group(0)
    return ""


def _not_theirs(span: Span, speaker: Person, source: Source, people: dict[str, Person]) -> str:
    k = span.para + 1
    if span.owner == NOBODY and span.who == ASKED:
        return (f"paragraph {k} is a question of the Q&A (unlabelled, as its questions are, after an answer; its "
                f"answers are labelled), whose words no person can be quoted from, not {speaker.name}'s")
    if span.who == HEADED:
        return (f"paragraph {k} is the record's heading ('{span.text}'), not words anyone says: it cannot be "
                f"quoted as {speaker.name}'s")
    if span.owner == NOBODY:
        answers = " (a Q&A's answers: set speaker: on the source to the person who gives them)" \
            if span.who.upper() in ANSWER else ""
        if answers and in_record(span):  # the source's speaker is the author who quotes the Q&A
            answers = (" (the answers of a Q&A the author quotes: the sentence that introduces it must name "
                       "who gives them, as `Chan answered:`)")
        return (f"paragraph {k} is in the turn of '{span.who}' (line {span.line}), whose words no person "
                f"can be quoted from{answers}, not {speaker.name}'s")
    if span.owner == JOINT:
        return (f"paragraph {k} attributes these words to several people at once (the attribution found: "
                f"'{span.who}'): a quote is one person's words; they cannot be quoted as {speaker.name}'s")
    if span.owner is None:
        if span.who and source.effective_voice != "transcript" and speaker.id in office_of(span.who, names(people)):
            # AP: a statement from someone's office is the office's, unless the text says the person issued it
            return (f"paragraph {k} gives these words to {speaker.name}'s office (the attribution found: "
                    f"'{span.who}'), not to {speaker.name}: a statement from someone's office is the office's, "
                    f"not that person's own words; report it as the office's statement, without quotation marks, "
                    f"or quote {speaker.short}'s own words")
        if source.effective_voice == "transcript" and not span.who:
            return (f"paragraph {k} comes before the transcript's first speaker label: no one is given "
                    f"these words, not {speaker.name}")
        if source.effective_voice == "transcript":
            return (f"paragraph {k} is in the turn of '{span.who}' (line {span.line}), a label that names "
                    f"no known person, not {speaker.name}")
        if source.effective_voice in ("authored", "reported") and span.who and in_record(span):  # a record quoted
            quoting = "the author" if source.effective_voice == "authored" else "the story"
            return (f"paragraph {k} is in the turn of '{span.who}' (line {span.line}) of the record {quoting} "
                    f"quotes, a label that matches no person, not {speaker.name}'s words: add the speaker to "
                    f"sources/people.yaml (or labels: [{flow(span.who)}] to the person it names)")
        if source.effective_voice == "authored":
            return f"paragraph {k} gives these words to someone the author quotes, not to {speaker.name}: fix the speaker"
        if source.effective_voice == "reported" and not words_for(source.language) and span.who \
                and reaction(span.text, span.who):
            return (f"paragraph {k} does not attribute these words to one named person: '{span.who}' follows "
                    "the quotation's full stop as a sentence of its own, a reaction to the words, not their "
                    f"attribution: they cannot be quoted as {speaker.name}'s")
        clause = f"the attribution found: '{span.who}'" if span.who else "no attribution found"
        mixed = mixed_script(span.who) if span.who else None
        english = words_for(source.language) is not None and span.who and VERB.search(span.who)
        disagrees = pronouns.clash(span.who, speaker.pronouns) if span.who and speaker.pronouns else ""
        return (f"paragraph {k} does not attribute these words to one named person ({clause}): "
                f"they cannot be quoted as {speaker.name}'s" + (
                    f"; '{disagrees}' does not agree with {speaker.short}'s pronouns ({speaker.pronouns}) and stands for "
                    "no one named before it" if disagrees else "") + (
                    f"; in the source, {mixed.split('; retype')[0]}: check the stored text against the original"
                    if mixed else "") + (
                    f"; the source's language is '{source.language}', so its attributions are read in that "
                    f"language, and '{english.group(0)}' is English: if the stored text is English, set "
                    "language: en" if english else ""))
    owner = people[span.owner].name if span.owner in people else span.owner
    return f"paragraph {k} gives these words to {owner}, not to {speaker.name}: fix the speaker"


def _speaker_of(span: Span, turns: bool, people: dict[str, Person]) -> str:
    if span.who == HEADED:
        return "the record's heading"
    if turns:
        return f"'{span.who}'"
    if span.owner == JOINT:
        return "a joint attribution"
    return people[span.owner].name if span.owner in people else "an unattributed quotation"


def _across(m, found: Voices, paras: range, people: dict[str, Person]) -> str:
    """A quote whose words run from one turn or quotation into another speaker's."""
    near = range(max(0, paras.start - 1), paras.stop + 1)
    # Each speaker's passage whole (a quotation over paragraphs is one), as _runs reads it: a
    # quote may take all of one and run into the next, or skip a third between them.
    runs: list[tuple[Span, Span, str]] = []  # (first span, last span, text)
    for span in (s for s in found.spans if s.para in near):
        if runs and (runs[-1][1].owner, runs[-1][1].who) == (span.owner, span.who):
            opening, last, text = runs[-1]
            on = last.group == span.group and span.para - last.para in (0, 1)
            runs[-1] = (opening, span, text + (" " if on else SEP) + span.text)
        else:
            runs.append((span, span, span.text))
    for apart in range(1, 4):  # the next passage first, then one or two further on
        for (_, a, at), (b, _, bt) in zip(runs, runs[apart:]):
            if a.owner == b.owner and a.who == b.who:
                continue  # the same speaker's, over someone else's: _over
            joined = m.search(at + SEP + bt) or (apart == 1 and m.search(at + " " + bt))
            if joined and not m.search(at) and not m.search(bt):
                turns = bool(a.line or b.line)
                first, second = (_speaker_of(span, turns, people) for span in (a, b))
                return (f"the quote runs across two {'turns' if turns else 'quotations'}: {first} (paragraph "
                        f"{a.para + 1}) and {second} (paragraph {b.para + 1}); an ellipsis may not join two "
                        "speakers' words: quote one of them")
    return ""


def _over(m, found: Voices, quote: Quote, people: dict[str, Person]) -> str:
    """A quote that joins two of the speaker's turns or quotations over someone else's words
    between them (an answer, the question, the next answer): each answered something else."""
    mine = [k for k, s in enumerate(found.spans) if s.owner == quote.speaker and s.para in _range(quote)]
    for n, a in enumerate(mine[:16]):  # the quote's few paragraphs: a handful of spans
        for c in mine[n + 1:16]:
            between = [s for s in found.spans[a + 1:c] if s.owner != quote.speaker]
            first, second = found.spans[a], found.spans[c]
            # with an ellipsis, or run on as if the words between were not there
            if between and (m.search(first.text + SEP + second.text) or m.search(first.text + " " + second.text)):
                turns = bool(first.line)
                other = between[0]
                name = _speaker_of(other, False, people) if other.who == HEADED else \
                    f"the words of '{other.who}'" if turns else f"the words of {_speaker_of(other, False, people)}"
                where = f"paragraph {first.para + 1}" if first.para == second.para else \
                    f"paragraphs {first.para + 1} and {second.para + 1}"
                return (f"the quote joins two {'turns' if turns else 'quotations'} of {people[quote.speaker].short} "
                        f"({where}) over {name} between them (paragraph {other.para + 1}): "
                        "quote each one separately")
    return ""


def _check_paraphrase(quote: Quote, paras: list[str], found: Voices, speaker: Person) -> list[Problem]:
    if any(quote.speaker in found.speaking[k] for k in _range(quote)):
        return []
    named = [k + 1 for k, p in enumerate(paras) if quote.speaker in found.speaking[k]]
    hint = (f" (it gives words to {speaker.short} in paragraph{'s' if len(named) > 1 else ''} "
            f"{', '.join(map(str, named[:8]))})") if named else f" (it never gives words to {speaker.short})"
    return [Problem(f"the source does not attribute paragraph {quote.paragraph} to {speaker.name}{hint}: "
                    "fix the speaker or the paragraph")]
