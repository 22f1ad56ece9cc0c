"""Stage 3, verify: every direct quote is the speaker's own words, verbatim in the stored source.

Only typography is normalized (quotes, apostrophes, dashes, spaces, the case of the
first letter). Square brackets mark an alteration or insertion, an ellipsis an
omission; every other character must stand in the source, in order, inside one
passage that the source presents as the speaker's own words:
- reported (news): words inside the source's quotation marks, in a paragraph that
  names the speaker (or the paragraph next to one that does);
- transcript: the turns of a speaker, paragraphs that open with 'Name:';
- authored (speech, statement): the text outside quotation marks, if the speaker is its author.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from ..inputs.models import Person, Quote, Source

SEP = "\0"  # joins the spans of one passage: text never matches across it, an ellipsis may
_TRANSLATE = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
})
_SEPARATOR = re.compile(r"^\s*(\*\s*){3}\s*$|^\s*(-\s*){3,}\s*$")
_BRACKET_GAP = r"[^\0]{0,40}?"  # an alteration replaces a few words at most
MAX_BRACKET_WORDS = 4  # "[United States]" clarifies; a bracketed sentence puts words in a mouth
NEGATIONS = {"not", "no", "never", "n't", "none", "nor", "neither", "nothing", "cannot"}
BLOCK_WORDS = 40  # Chicago sets long quotations as blocks; 40 words is a common threshold


def normalize(text: str) -> str:
    text = text.translate(_TRANSLATE)
    text = re.sub(r"\.\s?\.\s?\.", "…", text)
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def paragraphs(text: str) -> list[str]:
    """Paragraphs of a stored text, split on blank lines; '***' separators are not numbered."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n"))]
    return [b for b in blocks if b and not _SEPARATOR.match(b)]


def quoted_spans(paragraph: str) -> list[str]:
    """The parts of a paragraph inside double quotation marks (curly or straight)."""
    text = normalize(paragraph)
    return re.findall(r'"([^"]+)"', text)


def outside_quotes(paragraph: str) -> str:
    return re.sub(r'"[^"]*"', SEP, normalize(paragraph))


def names_of(person: Person) -> list[str]:
    return [person.name, person.short]


def mentions(paragraph: str, person: Person) -> bool:
    return bool(_name_pattern(tuple(names_of(person))).search(paragraph))


@lru_cache(maxsize=4096)
def _name_pattern(names: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(rf"\b{re.escape(n)}\b" for n in names))


def named_near(paras: list[str], i: int, people: dict[str, Person]) -> set[str]:
    """Who paragraph i attributes words to: the people it names, or, when it names
    nobody ("he said"), the people named in the paragraphs either side."""
    here = {pid for pid, p in people.items() if mentions(paras[i], p)}
    if here:
        return here
    near = paras[max(0, i - 1):i] + paras[i + 1:i + 2]
    return {pid for pid, p in people.items() if any(mentions(x, p) for x in near)}


@dataclass(frozen=True)
class Problem:
    message: str
    detail: str = ""  # closest passage and word diff, shown under the message


def segments(quote_text: str) -> list[tuple[str, str]]:
    """Split a quote into ('text' | 'bracket' | 'ellipsis', value) tokens."""
    tokens = []
    for part in re.split(r"(\[[^\]]*\]|…)", normalize(quote_text)):
        if not part:
            continue
        kind = "bracket" if part.startswith("[") else "ellipsis" if part == "…" else "text"
        tokens.append((kind, part))
    return tokens


@lru_cache(maxsize=8192)  # a watcher re-verifies every quote on each save; re's own cache holds 512
def quote_pattern(quote_text: str) -> "re.Pattern | _Plain | None":
    tokens = segments(quote_text)
    # Final punctuation may differ from the source's (Chicago 13.7); strip it.
    while tokens and tokens[-1][0] == "text" and tokens[-1][1].rstrip(" .,;:!?") != tokens[-1][1]:
        stripped = tokens[-1][1].rstrip(" .,;:!?")
        tokens[-1] = ("text", stripped)
        if not stripped:
            tokens.pop()
    if not any(kind == "text" and value.strip() for kind, value in tokens):
        return None
    if len(tokens) == 1:  # no brackets, no ellipsis: most quotes, and no regex to compile
        return _Plain(tokens[0][1].strip())
    parts: list[str] = []
    first_text = True
    for i, (kind, value) in enumerate(tokens):
        prev = tokens[i - 1][0] if i else "start"
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else "end"
        if kind == "bracket":
            # At either end of the quote nothing anchors the gap: let it cover one word at most.
            gap = _BRACKET_GAP if prev != "start" and nxt != "end" else r"[^\s\0]*?"
            if prev == "start":
                gap = r"(?<![^\s\0])" + gap.replace("*?", "*")
            parts.append(f"(?P<b{i}>{gap})")
        elif kind == "ellipsis":
            parts.append(r".*?")
        else:
            text = value.strip()
            pat = re.escape(text)
            if first_text and prev == "start" and text[:1].isalpha():
                pat = f"[{text[0].lower()}{text[0].upper()}]" + re.escape(text[1:])
            # Spaces next to a bracket are the editor's: the source may or may not have them.
            if prev == "bracket":
                pat = (r"\s*" if value[:1].isspace() else "") + pat
            if nxt == "bracket":
                pat += r"\s*" if value[-1:].isspace() else ""
            if prev in ("start", "ellipsis") and text[:1].isalnum():
                pat = r"(?<!\w)" + pat
            if nxt in ("end", "ellipsis") and text[-1:].isalnum():
                pat += r"(?!\w)"
            parts.append(pat)
            first_text = False
    return re.compile("".join(parts), re.S)


class _Plain:
    """The matcher of a quote without brackets or ellipses: a substring at word boundaries,
    the first letter in either case. It answers like a compiled pattern (search, groupdict)."""

    def __init__(self, text: str):
        self.forms = {text, text[:1].swapcase() + text[1:]}
        self.open = _wordy(text[:1])
        self.close = _wordy(text[-1:])

    def search(self, passage: str):
        for form in self.forms:
            at = passage.find(form)
            while at >= 0:
                end = at + len(form)
                if not (self.open and at and _wordy(passage[at - 1])) and \
                        not (self.close and end < len(passage) and _wordy(passage[end])):
                    return self
                at = passage.find(form, at + 1)
        return None

    def groupdict(self) -> dict:
        return {}


def _wordy(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def passages(source: Source, paras: list[str], quote: Quote, people: dict[str, Person]) -> list[str]:
    """The passages of paragraph `quote.paragraph` that the source gives as the speaker's words."""
    i = quote.paragraph - 1
    para = paras[i]
    voice = source.effective_voice
    if voice == "transcript":
        turn = transcript_turn(paras, i, people)
        return [turn[1]] if turn and turn[0] == quote.speaker else []
    if voice == "authored" and source.speaker == quote.speaker:
        return [outside_quotes(para)]
    if quote.speaker not in named_near(paras, i, people):
        return []
    spans = quoted_spans(para)
    return [SEP.join(spans)] if spans else []


_LABEL = re.compile(r"^([A-Z][\w.’' -]{0,60}?):\s")


def transcript_turn(paras: list[str], i: int, people: dict[str, Person]) -> tuple[str, str] | None:
    """(person id, text) of the turn that paragraph i belongs to."""
    start = i
    while start >= 0 and not _LABEL.match(paras[start]):
        start -= 1
    if start < 0:
        return None
    label = _LABEL.match(paras[start]).group(1).strip().lower()
    who = next((pid for pid, p in people.items()
                if label in (p.name.lower(), p.short.lower())), None)
    if who is None:
        return None
    end = i + 1
    while end < len(paras) and not _LABEL.match(paras[end]):
        end += 1
    text = SEP.join(normalize(_LABEL.sub("", p, count=1)) if k == start else normalize(p)
                    for k, p in enumerate(paras[start:end], start))
    return who, text


def verify_quote(quote: Quote, source: Source, paras: list[str], people: dict[str, Person]) -> list[Problem]:
    """Problems with one quote; an empty list means it is verified."""
    if quote.paragraph > len(paras):
        return [Problem(f"paragraph {quote.paragraph} does not exist: the stored text has {len(paras)}")]
    speaker = people[quote.speaker]
    if quote.kind == "paraphrase":
        return _check_attribution(quote, source, paras, people)
    for kind, value in segments(quote.text):
        if kind == "bracket" and len(value.split()) > MAX_BRACKET_WORDS:
            return [Problem(f"{value} is {len(value.split())} words: an editorial alteration in brackets "
                            f"may be {MAX_BRACKET_WORDS} words at most; quote less or paraphrase")]
    pattern = quote_pattern(quote.text)
    if pattern is None:
        return [Problem("a direct quote needs words of the source outside [brackets] and …")]
    found = passages(source, paras, quote, people)
    for passage in found:
        match = pattern.search(passage)
        if match:
            return _check_brackets(quote, match)
    # Not the speaker's words here: say why as precisely as we can.
    for k, para in enumerate(paras, 1):
        spoken = passages(source, paras, quote.model_copy(update={"paragraph": k}), people)
        if any(pattern.search(p) for p in spoken):
            return [Problem(f"the quote stands in paragraph {k}, not {quote.paragraph}: set paragraph: {k}")]
    for k, para in enumerate(paras, 1):
        if any(pattern.search(span) for span in quoted_spans(para)):
            others = [people[pid].name for pid in sorted(named_near(paras, k - 1, people)) if pid != quote.speaker]
            who = f" to {' or '.join(others)}" if others else " to someone else"
            return [Problem(f"paragraph {k} gives these words{who}, not to {speaker.name}: fix the speaker")]
    for k, para in enumerate(paras, 1):
        if pattern.search(normalize(para)):
            if source.effective_voice == "reported":
                where = "is the reporter's wording, not in the source's quotation marks"
            else:
                where = f"is not a passage the source gives to {speaker.name}"
            return [Problem(
                f"the text of paragraph {k} {where}: it is not {speaker.short}’s own words; "
                "make it kind: paraphrase")]
    if not _attributed(quote, source, paras, people):
        return [Problem(f"the source does not name {speaker.name} at paragraph {quote.paragraph}: "
                        "check the speaker", _closest(quote, paras))]
    return [Problem("not verbatim in the source: fix the quote or mark changes with [brackets] and …",
                    _closest(quote, paras))]


def _check_brackets(quote: Quote, match: re.Match) -> list[Problem]:
    """An alteration may not rewrite the source's own brackets or more than a few words."""
    tokens = segments(quote.text)
    for name, gap in match.groupdict().items():
        ours = tokens[int(name[1:])][1]
        added = set(re.findall(r"[\w']+", ours.lower())) - set(re.findall(r"[\w']+", gap.lower()))
        if added & NEGATIONS:
            return [Problem(f"{ours} adds a negation the source does not have: remove it")]
        if "[" in gap and gap.strip().lower() != ours.lower():
            return [Problem(f"{ours} replaces the source's own {gap.strip()}: keep the source's brackets")]
        if len(gap.split()) > 3:
            return [Problem(f"{ours} replaces '{gap.strip()}': an alteration may replace three words at most")]
    return []


def _attributed(quote: Quote, source: Source, paras: list[str], people) -> bool:
    if source.effective_voice == "transcript":
        turn = transcript_turn(paras, quote.paragraph - 1, people)
        return bool(turn and turn[0] == quote.speaker)
    if source.effective_voice == "authored" and source.speaker == quote.speaker:
        return True
    return quote.speaker in named_near(paras, quote.paragraph - 1, people)


def _check_attribution(quote, source, paras, people) -> list[Problem]:
    if _attributed(quote, source, paras, people):
        return []
    speaker = people[quote.speaker]
    named = [k for k, p in enumerate(paras, 1) if mentions(p, speaker)]
    hint = f" (it names {speaker.short} in paragraph{'s' if len(named) > 1 else ''} " \
           f"{', '.join(map(str, named))})" if named else f" (it never names {speaker.short})"
    return [Problem(f"the source does not attribute paragraph {quote.paragraph} to {speaker.name}{hint}: "
                    "fix the speaker or the paragraph")]


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'$%]+(?:[.-][\w']+)*", normalize(text))


def _closest(quote: Quote, paras: list[str]) -> str:
    """The source passage most like the quote, and a word-level difference."""
    words = _words(quote.text)
    keys = [w.lower() for w in words]
    best: list[str] = []
    best_k, best_ratio = 0, -1.0
    for k, para in enumerate(paras, 1):
        pw = _words(para)
        pk = [w.lower() for w in pw]
        for size in sorted({min(len(pw), max(1, len(words) + d)) for d in (0, 1, 2)}):
            for start in range(0, max(1, len(pw) - size + 1)):
                ratio = difflib.SequenceMatcher(None, keys, pk[start:start + size], autojunk=False).ratio()
                if ratio > best_ratio:
                    best, best_k, best_ratio = pw[start:start + size], k, ratio
    sm = difflib.SequenceMatcher(None, keys, [w.lower() for w in best], autojunk=False)
    diff = [f"quote has '{' '.join(words[a1:a2])}', source has '{' '.join(best[b1:b2])}'"
            for op, a1, a2, b1, b2 in sm.get_opcodes() if op != "equal"]
    detail = f"closest passage, paragraph {best_k}: {' '.join(best)}"
    return detail + ("\n  difference: " + "; ".join(diff) if diff else "")
