"""An author's own text, and a verbatim record or a document it quotes over several paragraphs.

A quotation over paragraphs opens each paragraph with a mark and closes only in the last
(Chicago 12.30). With speaker labels inside (`"MR. SUTTON: Your Honor, …`, `"THE COURT:
Overruled.`) it is a record the author quotes (a court opinion quoting its trial record, a
press release quoting a hearing's exchange): as in a transcript, a label opens a turn that is
the person's it names, never the author's. A label is a name, a title with a name, or an
office, as a transcript's (speakers.py); a letter's salutation (`"Dear Sir:`), a statute's or a
treaty's heading (`"Section 2:`, `"Article 5:`) and a note (`"Note:`) are none: they open a
document the author quotes, whose words are its writer's only where the text says who wrote it
(`Chan wrote to the board:` before it, a signature `"Yours, Bo Chan"` closing it); otherwise
they are someone's the author quotes.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..patterns import lazy
from . import clauses, notes, printedlabels, speakers
from .speakers import ANSWER, NOBODY, ROLE_LABELS, Names, Span, Voices, fold_label, label_owner, parse_turn, turn_spans
from .textcheck import normalize

_MARKS = '"“„«'


class Turn(NamedTuple):
    """A paragraph of a record or a document the author quotes: whose words it is (None: no known person's)."""

    owner: str | None
    who: str    # the turn's label ('' before the record's first label, and in a document)
    group: int
    line: int   # the label's line in the stored text


def in_record(span: Span) -> bool:
    """Whether a span is a paragraph of a record or a document the author quotes (record_span)."""
    return span.group < 0


def _opens_quotation(text: str) -> bool:
    """The paragraph opens with a double mark that does not close before its end: a paragraph of a
    quotation over several, each opening with a mark and only the last closing (Chicago 12.30)."""
    if text[:1] != '"':
        return False
    inside = text[1:].rstrip()
    return '"' not in (inside[:-1] if inside.endswith('"') else inside)


# What opens a paragraph of a document with a colon and is no speaker: a letter's salutation, a
# heading of a statute, a treaty or a contract (with its number), a note or a memo's field.
_SALUTATION = lazy(r"(?i)^(?:(?:my\s+)?dear\b.*|sirs?|madam|mesdames|(?:ladies and )?gentlemen"
                   r"|to whom it may concern|dear sir or madam)$")
_HEADING = lazy(r"(?i)^(?:section|sec\.?|subsection|article|art\.?|chapter|ch\.?|part|clause|rule|paragraph|"
                r"para\.?|schedule|annex|appendix|exhibit|amendment|title|item|regulation|§{1,2})\s*"
                r"(?:\d+|[ivxlc]+|[a-z])(?:[.-]?\d+|[a-z]|\(\w{1,4}\))*\.?$")
_FIELDS = frozenset("note notes nb n.b. editor's editors ps p.s. pps postscript re subject attention attn "
                    "date enclosure enclosures memorandum memo".split())


_OPENING = lazy(r"^([^:\n]{1,60}?)\s*:(?:\s|$)")  # a salutation may have words in lower case: `Dear colleagues:`


def document_label(label: str) -> bool:
    """Whether what a paragraph opens with before its colon is a salutation, a heading or a note."""
    words = fold_label(label).split()
    return bool(_SALUTATION.match(" ".join(words)) or _HEADING.match(" ".join(words))
                or (words and all(w in _FIELDS for w in words)))


# A letter's closing: a valediction, perhaps, then the writer's name (and their role after a comma).
_VALEDICTION = lazy(r"(?i)^(?:(?:yours|sincerely|respectfully|faithfully|truly|cordially|regards|best|kind|"
                    r"warm|with|very|ever|gratitude|thanks)[\s,.]+)+|^/s/\s*")


def _signer(text: str, index: Names) -> str | None:
    """The person a quoted document's last paragraph signs it as (`Yours, Bo Chan`, `/s/ Bo Chan`)."""
    text = normalize(text).strip().lstrip('"').rstrip('"').strip()
    if not text or len(text) > 120:
        return None
    name = _VALEDICTION.sub("", " ".join(text.split())).split(",")[0].strip(" .")
    if not name or len(name.split()) > 5:
        return None
    pid, _ = label_owner(name, index)
    return pid if pid and pid != NOBODY else None


# `I wrote to the minister:`, `we told the court:`: the author introducing their own words.
_OWN = lazy(r"^(?:[^.!?]*[\s,])?(?:I|[Ww]e)\s+(?:\w+\s+){0,2}?(?:wrote|write|said|say|told|tell|sent|answered|"
            r"replied|put it)\b[^.!?:]{0,60}:$")


def _introducer(text: str, index: Names, author: str | None) -> str | None:
    """The person the sentence introducing a quoted document or Q&A says wrote or answered it (`Chan
    wrote to the board:`, `Chan's letter read:`, the author's `I wrote to him:`); None if it names
    no one, or the words as someone else's."""
    text = normalize(text).strip()
    if not text.endswith(":"):
        return None
    sentence = re.split(r"(?<=[.!?])\s+", text)[-1]
    if author and _OWN.match(sentence):
        return author
    if clauses.relayed(sentence, index) is not None:
        return None  # `Lee read out Chan's letter:`: nested, or another's; not to be guessed
    for who in (clauses.subject(sentence, index, last=True), clauses.colon_subject(sentence, index)):
        if who.kind == "person":
            return who.pid
        if who.kind != "none":
            return None
    return None


def quoted_record(paras: list[str], index: Names, author: str | None = None) -> dict[int, Turn]:
    """The paragraphs of a verbatim record (a trial transcript) or a document (a letter, a statute)
    quoted in an author's text, by index: a run of paragraphs each opening with a quotation mark
    (only the last closing), with a speaker label inside (`"MR. SUTTON: Your Honor, …`), a
    document's salutation, heading or note, or a signature closing it. As in a transcript, a label
    opens a turn that is the person's it names, never the author's; one that names nobody known
    leaves the turn unattributed; the record's words before its first label are no known person's
    either. A document is its writer's where the text says who wrote it, no known person's
    otherwise. A quotation over paragraphs with none of these stays the author's quotation (nested.py)."""
    record: dict[int, Turn] = {}
    run: list[int] = []
    for i, para in enumerate(paras + [""]):
        text = normalize(para)
        if i < len(paras) and _opens_quotation(text):
            run.append(i)
            if not text.rstrip().endswith('"'):
                continue
        if run:
            record.update(_record_turns(run, paras, index, author))
        run = []
    return record


def _record_turns(run: list[int], paras: list[str], index: Names, author: str | None) -> dict[int, Turn]:
    turns: dict[int, Turn] = {}
    owner, who, group, line = None, "", run[0] * 1000, 0  # groups unique to the run
    signer = _signer(paras[run[-1]], index) if len(run) > 1 else None
    intro = _introducer(paras[run[0] - 1], index, author) if run[0] > 0 else None
    writer = intro if not signer or signer == intro else (signer if not intro else None)
    document = signer is not None
    texts = {i: normalize(paras[i])[1:].lstrip() for i in run}
    printed = speakers.printed_layouts(list(texts.values()), index)  # the record's own layout, as a transcript's
    for i in run:
        text = texts[i]
        found = parse_turn(text, printed)
        opening = _OPENING.match(text)
        if opening and document_label(opening.group(1)):  # `"Dear Sir:`, `"Section 2:`: the writer's if known
            document = True
            owner, who, group, line = writer, "", group + 1, 0
        elif found is not None:
            label = found[0]
            found_owner, _ = label_owner(label, index)
            # not `"Look: we will…`, a sentence: a one-word label in mixed case is a role's or a person's
            if found_owner is not None or " " in label or label.isupper() or fold_label(label) in ROLE_LABELS:
                if label.upper() in ANSWER and intro:  # `Chan answered our questions:`, then `"Q: …` / `"A: …`
                    found_owner = intro
                owner, who, group, line = found_owner, label, group + 1, getattr(paras[i], "line", 0)
        turns[i] = Turn(owner, who, group, line)
    if document and not any(t.who for t in turns.values()):  # a letter or a statute, no record's turns
        return {i: Turn(writer, "", run[0] * 1000 + 1, 0) for i in run}
    return turns if any(t.who for t in turns.values()) or document else {}


def exchanges(record: dict[int, Turn]) -> dict[int, Turn]:
    """The runs of a quoted record that are an exchange: two labels at least, one of them a known
    person's (`"SEN. LEE: …` / `"MR. CHAN: …`). A story quoting one speaker over paragraphs may open
    a paragraph with a phrase and a colon (`"Bottom Line: we will act.`): that is no one's turn."""
    runs: dict[int, list[int]] = {}
    for i, turn in record.items():
        runs.setdefault(turn.group // 1000, []).append(i)
    kept: dict[int, Turn] = {}
    for run in runs.values():
        labels = {record[i].who for i in run if record[i].who}
        if len(labels) >= 2 and any(record[i].owner not in (None, NOBODY) for i in run if record[i].who):
            kept.update((i, record[i]) for i in run)
    return kept


def record_span(voices: Voices, i: int, para: str, turn: Turn) -> None:
    """The words of paragraph i, a paragraph of a quoted record, given to its turn's owner."""
    text = normalize(para)[1:].lstrip().rstrip('"').rstrip()
    found = parse_turn(text, printedlabels.EVERY) if turn.who else None  # the label _record_turns read
    if found is not None and found[0] == turn.who:
        text = text[found[1]:]
    owner = None if turn.owner == NOBODY else turn.owner
    turn_spans(voices, i, [text], turn.owner, turn.who, -turn.group - 1, turn.line)  # the author's are i * 1000
    voices.speaking[i] = {owner} if owner else set()


def has_record(paras: list[str]) -> bool:
    """Whether any paragraph opens with a quotation mark (only then is a record looked for)."""
    return any(p.lstrip()[:1] in _MARKS for p in paras)


def authored(paras: list[str], speaker: str, index: Names | None = None) -> Voices:
    """The author's own text, paragraph by paragraph. A quotation in it, in double marks or
    single, is someone the author quotes inside the author's words (as a quotation within a
    news quotation is): its words alone are not the author's, with the words that introduce
    them they are (`As Kishida put it, "we must act now," and I agree.`), and nested.py says so.
    A verbatim record or a document the author quotes (quoted_record) is its speakers' turn by turn."""
    voices = Voices(len(paras))
    voices.speaking = [{speaker} for _ in paras]
    record = quoted_record(paras, index, speaker) if index is not None and has_record(paras) else {}
    for i, para in enumerate(paras):
        if i in record:
            record_span(voices, i, para, record[i])
            continue
        text = normalize(para)
        if "(" in text or "[" in text:  # a published speech's `(Applause.)`: the room's, not the author's
            text = notes.without_notes(text, every_parenthesis=False)
        text = text.replace('"', "'").strip()
        if text:
            voices.spans.append(Span(i, text, speaker, "", i * 1000))
    return voices
