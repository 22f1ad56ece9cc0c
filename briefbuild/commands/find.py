"""`build.py find "PHRASE"`: which source and paragraph a remembered phrase comes from.

Every source's stored text is searched with rapidfuzz (typography is normalized first, and a
few words may differ). Each match gives the exact passage, who the attribution rules of
checking/verify.py say said it (or that it is the reporter's wording), and a quote entry of
the right kind that passes `check` as it is; `--add` appends it to the source file as text,
keeping the file's comments and layout.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..chars import ascii_words, escape
from ..checking import pages, verify
from ..checking import who as attribution
from ..checking.speakers import STAGE
from ..errors import BriefError, Diagnostic
from ..inputs.models import ID_PATTERN, Person, Quote
from ..inputs.scan import id_for
from ..write import write_atomic
from . import corpus
from .yamltext import append_list_item, folded, parse_text, scalar

MIN_SCORE = 60.0


@dataclass
class Match:
    """One place a phrase stands."""

    source: str
    paragraph: int  # 1-based
    page: str | None  # the page label, for a paged text
    passage: str  # the source's own words that match
    score: float
    kind: str  # direct or paraphrase
    speaker: str | None  # person id
    who: str  # who said it, in words
    text: str  # the entry's text: the passage (direct) or the phrase (paraphrase)
    problem: str | None = None  # why the entry would not pass check, if it would not

    def entry(self, quote_id: str) -> list[str]:
        """The quote entry as YAML lines, indented for a source's quotes list."""
        unknown = "" if self.speaker else "   # who said it: add them to sources/people.yaml"
        lines = [f"  - id: {quote_id}", f"    speaker: {self.speaker or 'PERSON-ID'}{unknown}", f"    kind: {self.kind}"]
        if self.kind == "paraphrase":
            lines.append("    verb: said")
        lines.append(f"    paragraph: {self.paragraph}")
        if self.page:
            lines.append(f"    page: {scalar(self.page)}")
        lines += folded("text", self.text, indent=4)
        return lines


def find(root: Path, phrase: str, limit: int = 5, only: str | None = None) -> tuple[list[Match], list[Diagnostic]]:
    """The best matches of `phrase` over every source (or `only` one), best first; a source whose
    bibliographic fields are not filled in yet is searched too, its errors returned as warnings."""
    from rapidfuzz import fuzz
    diags: list[Diagnostic] = []
    query = attribution.fold(" ".join(re.sub(r"[\[\]]", "", phrase.replace("…", " ").replace("...", " ")).split()))
    if len(query) < 3:
        raise BriefError("give a phrase of a few words to find")
    people = corpus.people(root, diags)
    unfilled: list[Diagnostic] = []
    sources = corpus.load_all(root, diags, unfilled) if only is None else [
        s for s in [corpus.load(root, only, diags, unfilled)] if s]
    diags += unfilled
    if only is not None and not sources and not diags:
        raise BriefError(f"no source '{only}' in sources/: give a source's id (its file name in sources/, "
                         "without .yaml)")
    scored = []
    for stored in sources:
        for i, para in enumerate(stored.paragraphs):
            flat = " ".join(para.split())
            folded = attribution.fold(flat)
            near = fuzz.partial_ratio(query, folded) if len(folded) >= len(query) else fuzz.ratio(query, folded)
            # Words shared in any order settle near-ties (a paraphrase reorders words).
            score = near * 0.8 + fuzz.token_set_ratio(query, folded) * 0.2
            if score >= MIN_SCORE:
                scored.append((score, stored, i, flat))
    scored.sort(key=lambda x: -x[0])
    return [_match(phrase, query, s, stored, i, flat, people) for s, stored, i, flat in scored[:limit]], diags


def _match(phrase: str, query: str, score: float, stored: corpus.Stored, i: int, flat: str,
           people: dict[str, Person]) -> Match:
    from rapidfuzz import fuzz
    folded_para = attribution.fold(flat)
    if len(flat) > len(query):
        al = fuzz.partial_ratio_alignment(query, folded_para)
        start, end = (al.dest_start, al.dest_end) if al else (0, len(flat))
    else:
        start, end = 0, len(flat)
    start, end = _words(flat, start, end)
    paras, source = stored.paragraphs, stored.source
    voice = source.effective_voice
    if voice == "transcript":  # the label is not the speaker's words
        label = attribution.LABEL.match(flat)
        if label and start < label.end():
            start = label.end()
    else:  # mostly inside a quotation: the quotation's words only
        plain = flat.translate(attribution.TYPOGRAPHY)
        spans = [(m.start(1), m.end(1)) for m in re.finditer(r'"([^"]+)"', plain)]
        inside = next(((a, b) for a, b in spans if min(end, b) - max(start, a) > (end - start) / 2), None)
        if inside:
            start, end = _words(flat, max(start, inside[0]), min(end, inside[1]))
    passage = flat[start:end].strip().strip('"“”').strip()
    if voice == "transcript":  # a stage direction, (Laughter.), is the transcriber's, not the speaker's
        cut = re.sub(r"^[^()]*\)|\([^()]*$", " ", STAGE.sub(" ", passage))  # and one the match cuts
        passage = " ".join(cut.split()) or passage
    speaker = attribution.owner(source, paras, i, people, passage)
    clause = None
    if speaker:
        kind = "direct"
        who = {"transcript": f"{people[speaker].name} (their turn in the transcript)",
               "authored": f"{people[speaker].name} (the author of this text)"}.get(
            voice, f"{people[speaker].name} (in the source's quotation marks, attributed to them)")
    else:
        kind = "paraphrase"
        named = sorted(attribution.speaking(source, paras, i, people))
        speaker = named[0] if named else None
        names = " or ".join(people[p].name for p in named)
        if voice == "transcript":
            who = (f"not a turn anyone can be quoted from; the paragraph's speaker is {names}" if named
                   else "a turn whose label names nobody in sources/people.yaml")
        elif (clause := attribution.unattributed(source, paras, i, people, passage)) is not None:
            speaker = None  # in quotation marks, but nobody's a check would accept
            who = ("in the source's quotation marks, attributed to no one in sources/people.yaml"
                   + (f" (the attribution found: '{clause}')" if clause else ""))
        else:
            who = (f"the reporter's wording, attributed to {names}" if named
                   else "the reporter's wording; the paragraph names nobody in sources/people.yaml")
    text = passage if kind == "direct" else " ".join(phrase.split())
    page = None
    if stored.pages is not None:
        at = pages.where(passage, paras[i]) if kind == "direct" else None
        here = stored.pages.pages_of(i, *at) if at else stored.pages.pages_of(i)
        labels = [p.label for p in here if p.label]
        if labels:
            page = labels[0] if len(labels) == 1 else f"{labels[0]}-{labels[-1]}"
    match = Match(stored.id, i + 1, page, passage, round(score, 1), kind, speaker, who, text)
    match.problem = _problem(match, stored, people) if clause is None else (
        "the source gives these words to no named person: they cannot be quoted as anyone's; "
        "cite the source by paragraph in a claim instead")
    return match


def _words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to whole words."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    while start < end and not (text[start].isalnum() or text[start] in "$£€“\"'‘"):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "%)’'"):
        end -= 1
    return start, end


def _problem(match: Match, stored: corpus.Stored, people: dict[str, Person]) -> str | None:
    """Would the suggested entry pass check? Checked with the same code check runs."""
    if not match.speaker or match.speaker not in people:
        return "name the speaker: the source names nobody in sources/people.yaml here"
    quote = Quote.model_validate({"id": "x", "speaker": match.speaker, "kind": match.kind, "text": match.text,
                                  "paragraph": match.paragraph, "page": match.page})
    found = verify.verify_quote(quote, stored.source, stored.paragraphs, people)
    if found:
        return found[0].message
    return pages.check_quote(quote, stored.paragraphs, stored.pages)


def add_to_source(root: Path, match: Match, quote_id: str, taken: set[str]) -> Path:
    """Append the entry to sources/<source>.yaml, keeping its comments and layout."""
    if not re.fullmatch(ID_PATTERN, quote_id):
        suggested = id_for(quote_id)
        raise BriefError(f"--id {escape(quote_id)}: a quote id is lowercase words joined by hyphens, "
                         + (f"write {suggested}" if suggested else "e.g. tanaka-distance"))
    if quote_id in taken:
        raise BriefError(f"quote id '{quote_id}' is already used: choose another --id")
    if match.problem:
        raise BriefError(f"not added: the entry would fail check ({match.problem})")
    path = root / "sources" / f"{match.source}.yaml"
    text = path.read_text("utf-8")
    new = append_list_item(text, "quotes", match.entry(quote_id))
    diags: list[Diagnostic] = []
    from ..checking.parsing import parse
    from ..checking.standins import stand_in
    from ..inputs.models import Source
    stored = corpus.load(root, match.source, diags, [])  # its title may not be filled in yet
    if stored is None:
        raise BriefError(f"sources/{path.name} does not load: run build.py check")
    doc, errs = parse_text(new, f"sources/{path.name}")
    model = (parse(Source, doc, errs) or stand_in(doc.data)) if doc else None
    if model is None or [q.id for q in model.quotes][-1:] != [quote_id] or \
            len(model.quotes) != len(stored.source.quotes) + 1:
        raise BriefError(f"could not append to sources/{match.source}.yaml safely (its quotes list has an "
                         "unusual layout): paste the entry by hand")
    write_atomic(path, new.encode("utf-8"))
    return path


def quote_ids(root: Path) -> set[str]:
    ids: set[str] = set()
    for stored in corpus.load_all(root, []):
        ids |= {q.id for q in stored.source.quotes}
    return ids


def suggest_quote_id(match: Match, people: dict[str, Person], taken: set[str]) -> str:
    who = people[match.speaker].short if match.speaker in people else "quote"
    words = [w for w in ascii_words(match.text) if len(w) > 3][:2]
    base = "-".join([*ascii_words(who), *words]) or "quote"
    sid, n = base, 2
    while sid in taken:
        sid, n = f"{base}-{n}", n + 1
    return sid
