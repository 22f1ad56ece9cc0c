"""What the speaker's `I` and `we` stand for: a bracket for them names the speaker or those they speak for.

Chicago 13.60 lets a bracket say what a word stands for, never change it. `I`, `my` are the speaker:
a bracket for them may shift the person (`[she]`) or name the speaker, never someone else (`[Chan's]
plan` for `my plan`). `we`, `us`, `our` (`wir`, `nous`, `nosotros`) are the speaker and those they
speak for: their office or organization, the country they represent (their role, affiliation and
introduction in people.yaml, the titles the source's `offices` give them). A bracket for `we` that
names another party (`[Russia and China]` for a UK ambassador's `We`) puts others in the speaker's
place. Where people.yaml says nothing of whom the speaker speaks for, no check can tell: it passes.
"""
from __future__ import annotations

import re

from ..inputs.models import Person, Quote
from . import alterations, ellipses, states
from .matcher import Match, Matcher
from .references import PARTIES, apart, references_for
from .speakers import names

_ME = frozenset("i me my mine myself".split())
_WE = frozenset("we us our ours ourselves wir uns unser unsere unseren unserem unserer unseres nous notre nos "
                "nosotros nosotras nuestro nuestra nuestros nuestras".split())
# The third person singular, which a speaker does not use of themselves (`he`, `sie` is read as `they` too: not here).
_THIRD = frozenset("he him his she her hers himself herself er ihn ihm il elle lui él ella".split())
# A body named by its kind alone (`[the Government]`, `[die Regierung]`) may be the speaker's own.
_BODY = frozenset("government administration ministry department agency office council committee cabinet party "
                  "coalition opposition delegation mission embassy team parliament house senate assembly "
                  "commission board state country nation regierung ministerium bundesregierung gouvernement "
                  "ministère gobierno ministerio".split())


def first_person(m: Matcher, match: Match, quote: Quote, people: dict[str, Person],
                 offices: dict[str, str] | None = None, language: str | None = None) -> str | None:
    """The problem when a bracket for the speaker's `I` or `we` names someone it does not stand for."""
    refs = references_for(language)
    speaker = people[quote.speaker]
    for gap in match.gaps:
        if gap.where == "ellipsis":
            continue
        bracket = m.tokens[gap.token][1]
        gap = alterations.opening_reference(match, gap, bracket, refs) or gap  # `So, we`: `we`
        if not gap.source and (before := re.findall(r"[\w']+", gap.before)) and before[-1].lower() in _THIRD \
                and (problem := _not_self(bracket, before[-1], speaker, people, quote.speaker)):
            return problem  # `He [Lee] told us`: an insertion names what the word before it stands for
        ws = ellipses.words(gap.source) if gap.source and not _initials(gap.source) else []
        pronouns = {w for w in ws if w in refs.pronouns}
        if not pronouns or not all(w in refs.pronouns or w in refs.linking for w in ws):
            continue
        if pronouns <= _ME:
            problem = _not_me(bracket, gap.source, speaker, people, quote.speaker)
        elif any(w in _WE for w in ws):
            problem = _not_ours(bracket, gap.source, speaker, offices or {}, quote.speaker, language)
        elif pronouns <= _THIRD:
            problem = _not_self(bracket, gap.source, speaker, people, quote.speaker)
        else:
            problem = None
        if problem:
            return problem
    return None


def _initials(source: str) -> bool:
    """`US` is a name, not `us`."""
    return len(source.strip()) > 1 and source.strip().isupper()


def _not_me(bracket: str, source: str, speaker: Person, people: dict[str, Person], pid: str) -> str | None:
    index = names(people)
    others = {other for found in index.pattern.finditer(bracket)
              for other in index.by_form.get(found.group(0).casefold(), ())} - {pid}
    if not others:
        return None
    return (f"{bracket} replaces '{source}', {speaker.short} speaking in the first person: it stands for "
            f"{speaker.short}, not {people[sorted(others)[0]].name}; a bracket may only name what a word stands for")


def _not_self(bracket: str, source: str, speaker: Person, people: dict[str, Person], pid: str) -> str | None:
    """`[Lee]` for the `He` in Lee's own words: a speaker says `I` of themselves, so a third person is another."""
    index = names(people)
    named = {other for found in index.pattern.finditer(bracket) for other in index.by_form.get(found.group(0).casefold(), ())}
    if named != {pid}:
        return None
    return (f"{bracket} names {speaker.short} for the source's '{source}', in {speaker.short}'s own words: speakers say "
            f"'I' of themselves, so '{source}' stands for someone else; name whom it stands for, or quote without the bracket")


def _not_ours(bracket: str, source: str, speaker: Person, offices: dict[str, str], pid: str,
              language: str | None) -> str | None:
    """`[Russia and China]` for the `We` of an ambassador of the United Kingdom."""
    side = _side(speaker, offices, pid, language)
    if side is None:
        return None  # people.yaml does not say whom they speak for
    others = [p for p in _parties(bracket[1:-1], language) if not _theirs(p, side, speaker, language)]
    if not others:
        return None
    who = ", ".join(s for s in (speaker.role, speaker.affiliation) if s)
    return (f"{bracket} replaces '{source}', {speaker.short} ({who}) speaking in the first person: it stands for "
            f"{speaker.short} or those {speaker.short} speaks for, not {' and '.join(others)}; a bracket may only "
            "name what a word stands for")


def ours(bracket: str, source: str, speaker: Person, offices: dict[str, str], language: str | None) -> bool:
    """Whether a bracket for the speaker's `we` names only the speaker and those they speak for, whom
    people.yaml names: the source need not name them (nested.unnamed_referent)."""
    if not _WE & set(ellipses.words(source)) or _initials(source):
        return False
    side = _side(speaker, offices, speaker.id, language)
    parties = _parties(bracket[1:-1], language)
    return not parties or side is not None and all(_theirs(p, side, speaker, language) for p in parties)


def _side(speaker: Person, offices: dict[str, str], pid: str, language: str | None) -> str | None:
    """The speaker's name, role, affiliation, introduction and offices, folded: whom they speak for;
    None when these name no organization, office or state."""
    held = [title for title, holder in offices.items() if holder == pid]
    said = " ".join([speaker.role, *speaker.introduction.values()]).casefold()
    if not (speaker.affiliation or held or _states_in(said, language)):
        return None
    return " ".join([speaker.name, speaker.affiliation or "", said, *held]).casefold()


def _parties(inner: str, language: str | None) -> list[str]:
    """The names a bracket gives, one per party (`Russia`, `China` of `Russia and China`), without their
    articles; a body named by its kind alone (`the Government`) is none."""
    refs = references_for(language)
    out = []
    for part in PARTIES.split(apart(inner, refs)):
        ws = [w for w in re.findall(r"[^\W\d_][\w.'’-]*", part) if w.lower() not in refs.determiners | refs.articles]
        capital = [w for w in ws if w[:1].isupper() and w.lower() not in _BODY and w.lower() not in refs.pronouns]
        if capital:
            out.append(re.sub(r"['’]s?$", "", " ".join(capital)))
    return out


def _theirs(party: str, side: str, speaker: Person, language: str | None) -> bool:
    """Whether a party is the speaker, or named by their role, affiliation or office, or is the state they name."""
    plain = party.casefold().removesuffix("'s").removesuffix("’s")
    if re.search(rf"(?<!\w){re.escape(plain)}(?!\w)", side) or plain in speaker.short.casefold():
        return True
    code = states.state_code(party, language)
    return code is not None and any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", side)
                                    for n in states.names_of(code, language))


def _states_in(text: str, language: str | None) -> bool:
    ws = re.findall(r"[^\W\d_][\w.'’-]*", text)
    return any(states.state_code(" ".join(ws[k:k + n]), language) for n in (1, 2, 3) for k in range(len(ws)))
