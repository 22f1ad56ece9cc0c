"""The subject of a verb of saying: who an attribution clause names as the speaker.

AP style puts the attribution beside the quotation: `Jones said`, `said Jones, a senior fellow`,
`according to Jones`, `she added`. Only the subject of the verb counts: not a name after `told`
(`Smith told Jones`), not a possessive (`Jones's spokesman said`), not a name inside an
institution's (`the Jones Institute`), not a role without a name (`the minister said`).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..patterns import lazy
from . import answering
from .asides import APPOSITIVE, POSTNOMINALS, POSTNOMINALS_END, after_honorifics, aside_run
from .nouns import NOUN_WORDS, SAID_NOUNS
from .speakers import Names, is_title

_VERBS = (
    "say says said saying add adds added tell tells told ask asks asked note notes noted explain explains "
    "explained state states stated declare declares declared write writes wrote argue argues argued "
    "continue continues continued recall recalls recalled warn warns warned insist insists insisted "
    "remark remarks remarked observe observes observed "
    "caution cautions cautioned acknowledge acknowledges acknowledged admit admits admitted announce "
    "announces announced emphasize emphasizes emphasized emphasise emphasises emphasised stress stresses "
    "stressed suggest suggests suggested claim claims claimed contend contends contended concede concedes "
    "conceded predict predicts predicted tweet tweets tweeted posted signal signals signaled signalled "
    "mention mentions mentioned agree agrees agreed disagree disagrees disagreed "
    "joked quipped urge urges urged testified testifies assured promised vowed vows pledged pledges "
    "confirmed confirms denied denies repeated reiterated reiterates underscored underscores highlighted "
    "shouted whispered recounted recounts called calls described describes put puts wondered wonders "
    "pointed points told concluded concludes believes believed thinks thought maintained maintains "
    "elaborated cautioned acknowledged"
).split()
# A participle of saying after a comma (`Lee said the plan failed, adding that "…"`, `"…," Lee
# said, noting: "…"`) has the main clause's subject for its own.
_PARTICIPLES_OF_SAYING = frozenset(
    "adding noting arguing insisting warning explaining stressing acknowledging conceding declaring "
    "promising vowing writing recalling cautioning saying underlining underscoring emphasizing emphasising "
    "highlighting reiterating telling calling".split()) | answering.ENGLISH_PARTICIPLES  # `Lee and Chan agreed, saying …`
_VERBS += sorted(_PARTICIPLES_OF_SAYING)
_VERBS += sorted(answering.ENGLISH - answering.ENGLISH_PARTICIPLES)  # `Lee replied`, `Chan retorts` (answering.py)
# Lower case only: `United States` holds no verb, `Said Jones:` is rare enough to be missed.
# Verbs a reporter puts beside a quotation besides `said` (AP prefers said; stories use these too).
_VERBS += ("began interrupted interjected snapped mused sighed laughed scoffed boasted complained "
           "lamented demanded asserted charged opined ventured").split()
_PHRASES = sorted(answering.ENGLISH_PHRASES) + ["cut in", "broke in", "chimed in", "went on", "pointed out",
            # `as Carter made clear, {p}`, `Lee made it clear that …` (DoD briefings)
            "made clear", "makes clear", "make clear", "made it clear", "makes it clear",
            # a sentence after a quotation that says who made it (`{q} Kelly made the statement in an
            # interview with …`, NASA): the article or demonstrative refers back to the words just given
            "made the statement", "made that statement", "made this statement", "made the remarks",
            "made those remarks", "made these remarks", "made the comments", "made those comments"]
# Verbs of a response to words already spoken. Joined to a quotation by its comma (`"…," Lee
# countered`, `"…?" Lee laughed`) they are its speech tag; as a sentence of their own after a
# quotation that ended with its full stop (`"…." Lee disagreed with that view.`, `Lee laughed.`)
# they report someone reacting to the words, not saying them (AP: attribution is a verb of
# saying set off by a comma; a writer's "action beat" names no speaker in news copy).
REACTIONS = frozenset(
    "agree agrees agreed disagree disagrees disagreed laughed sighed scoffed snapped denied denies confirmed confirms "
    "interrupted interjected".split()) | frozenset(["cut in", "broke in", "chimed in"]) \
    | (answering.ENGLISH - answering.ENGLISH_PARTICIPLES) | answering.ENGLISH_PHRASES
# Attributions that name the speaker after them, as `according to` does: `In the words of
# Lee, "…"`, `"…" That was the view of Lee.`, `"…" So said Lee.`, and with a possessive,
# `"…" Those were Lee's words.` (newspaper usage; a negated one, `That was not the view of
# Lee`, is none).
_OF_NOUNS = (r"(?:view|views|verdict|assessment|opinion|position|argument|conclusion|judge?ment|message|warning|"
             r"words|reply|response|answer|advice|prediction)")
_NAME_AFTER = lazy(
    r"(?i:according to|in the (?:own )?words of|so (?:said|says)|thus (?:spoke|said)|"
    r"(?:that|this|such|those|these) (?:was|is|were|are|has been|had been) (?:also )?the " + _OF_NOUNS + r" (?:of|from)|"
    r"(?:that|this)(?:'s|’s) (?:also )?the " + _OF_NOUNS + r" (?:of|from))")
_NAME_RUN = r"\s+(?!(?:not|never|no|hardly)\b)[^\W\d_][\w.'-]*(?:\s+[^\W\d_][\w.'-]*){0,3}(?:'s|')\s+(?:own\s+)?"
_POSSESSIVE_NAME = lazy(r"(?i:(?:that|this|such|those|these) (?:was|is|were|are)(?=" + _NAME_RUN + _OF_NOUNS + r"\b)"
                        r"|in(?=" + _NAME_RUN + r"words\b))")
# A verb whose object is a noun of saying, its clause after `that` or a colon, introduces the words
# as `said` does: `Juncker gave his assessment that "…"`, `Lee made the point that …`.
_NOUN_SAID = (r"(?:gave|gives|give|offered|offers|made|makes|expressed|expresses|voiced|voices|shared|shares|"
              r"delivered|delivers)\s+(?:his|her|their|its|the|a|an)\s+(?:own\s+)?(?:[a-z]+\s+)?"
              r"(?:hope|" + SAID_NOUNS + r")(?=\s+that\b|\s*:)")
# A verb of saying spelt as a noun of saying (`remarks`, `claims`, `reply`) is the noun after a
# possessive or an article: `After Chan's remarks, {q}, Lee said` has one verb, Lee's.
_NOUN_FORMS = set(_VERBS) & NOUN_WORDS
_AS_NOUN = r"(?<!'s\s)(?<!s'\s)" + "".join(rf"(?<!\b(?i:{w})\s)" for w in ("the", "a", "an", "his", "her", "its", "their"))
VERB = lazy(r"(?<![\w'-])(?:" + _NAME_AFTER.pattern + "|" + _POSSESSIVE_NAME.pattern + "|" + _NOUN_SAID + "|"
            + "|".join(sorted((set(_VERBS) | set(_PHRASES)) - _NOUN_FORMS, key=len, reverse=True))
            + "|" + _AS_NOUN + "(?:" + "|".join(sorted(_NOUN_FORMS, key=len, reverse=True)) + r"))(?![\w'-])")
PRONOUNS = frozenset("he she they i we".split())
_OBJECT_PRONOUNS = frozenset("him her them me us".split())  # after `according to`, alone
_SKIP = frozenset("also then later further once again had has have previously recently earlier simply "
                  "flatly bluntly repeatedly publicly privately separately first last finally has been "
                  "was is would will and but both each jointly together respectively".split())  # `Lee and Chan both said`
_PREPOSITIONS = frozenset("for of to with from by at about unlike like than against toward towards behind near "
                          "representing under close on".split())
_FOLLOW = lazy(r"\s+([\w'-]+)")
_FREE = lazy(r"\s*(?:[,.;:!?)\-\"—–]|$)")
_AUX = frozenset("was is were are had has have would will could should can may might must did does do".split())
_TAIL = lazy(r"(?<![\w'.-])[\w'.-]+$")  # starts only where a word does: linear, not quadratic on a long word
_CAP_RUN = lazy(r"((?:[^\W\d_][\w'.-]*\s+){0,3}[^\W\d_][\w'.-]*)\s*$")


class Who(NamedTuple):
    """The speaker an attribution clause names."""

    kind: str        # person | family (shared by several: pid holds them) | joint | pronoun | unknown | role | none
    #                  | writer (an English claim's own `I`, `we`: the brief's writers, claimspeaker.WRITERS)
    #                  | nobody (German `hieß es`: an attribution to no one, the last speaker stays the one named)
    pid: str = ""    # for person (and pronoun, once resolved); joint: the people named, joined by commas
    text: str = ""   # the words naming them, for messages


NONE = Who("none")


def _strip_skips(text: str) -> str:
    while True:
        # The last word only (a word of over 40 characters is no skip word): searching the whole
        # clause, once for each verb of saying in it, was quadratic.
        m = _TAIL.search(text, max(0, len(text) - 40))
        if not m or m.group(0).lower() not in _SKIP:
            return text
        text = text[:m.start()].rstrip()


def _named(pids: frozenset[str], text: str) -> Who:
    """One person, or a family name several people share (`Smith`): `family`, the ids joined by
    commas, for the reader to resolve to the one named most recently."""
    if len(pids) == 1:
        return Who("person", next(iter(pids)), text)
    return Who("family", ",".join(sorted(pids)), text)


# A second reference by title (AP: `Defense Secretary Jim Mattis said … the secretary noted`):
# `the <office>` names the person this text last introduced with that office, before the name
# (`Prime Minister Fumio Kishida`) or in an appositive (`Jim Mattis, the defense secretary,`),
# and no one when it introduced two people with it, or none (`the President said` in a text
# that names no president names no one). The reader (reported.py) keeps what the text introduced.
_NOT_OFFICE = frozenset("mr mrs ms miss mx dr prof sir dame lord lady madam madame mme m herr frau hon honorable "
                        "honourable rt right his her excellency he h.e the of for and on to at".split())
# Words that make another office of the noun after them: the vice president is not the president.
_RANKS = frozenset("vice deputy assistant under undersecretary associate acting former prime first chief ex interim "
                   "lieutenant lt rear senior junior principal press high".split())
_INTERPRETERS = frozenset(("interpreter", "translator"))
# An acting or interim holder holds the office itself: `Acting Secretary of the Army Les Brownlee` is
# `the secretary` on second reference (Army News Service, AP), as a vice president is never `the president`.
_HOLDING = frozenset(("acting", "interim"))


def _office_word(word: str) -> bool:
    w = word.lower().rstrip(",.;:")
    return bool(w) and (w in _INTERPRETERS or (is_title(w) and not all(p in _NOT_OFFICE for p in w.split("-"))))


def _office_run(words: list[str]) -> list[str]:
    """The office words that end a list of words (`the U.S. defense secretary` -> defense
    secretary, `the secretary of defense` -> secretary of defense), lower case."""
    run: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        the = w.lower() == "the" and run and run[0] != "the" and k and words[k - 1].lower() == "of"
        if _office_word(w) or (w.lower() == "of" and run and run[0] != "of") or the:
            run.insert(0, w.lower().rstrip(",.;:"))  # `the` only after `of`: Secretary of the Army
            continue
        break
    while run and run[0] == "of":
        run.pop(0)
    return run


def office(words: list[str]) -> str:
    """An office as the text writes it, one form: `Secretary-General` and `secretary general` alike."""
    return " ".join(" ".join(words).replace("-", " ").lower().split())


def _office_at_end(text: str) -> str:
    """The office of a clause that ends `the [U.S.] <office>` (`the secretary`, `The Secretary-General`), or ''."""
    words = text.split()[-6:]
    run = _office_run(words)
    if not run:
        return ""
    head = words[:len(words) - len(run)]
    between = 0
    while head and head[-1].lower() != "the" and head[-1][:1].isupper() and between < 2:  # `the U.S. defense secretary`
        head, between = head[:-1], between + 1
    if len(head) > 1 and head[-2].lower() in _PREPOSITIONS:
        return ""  # `the spokesman for the minister`: the office is someone else's, not the speaker's
    return office(run) if head and head[-1].lower() == "the" else ""


def _office_at_start(text: str) -> str:
    """The office of words that open `the [U.S.] <office>` after an inverted verb (`said the prime minister`), or ''."""
    words = re.split(r"(?<=[,.;:!?])\s|\s", text.strip(), maxsplit=8)
    if not words or words[0].lower() != "the":
        return ""
    rest, skipped = words[1:], 0
    while rest and not _office_word(rest[0]) and rest[0][:1].isupper() and skipped < 2:
        rest, skipped = rest[1:], skipped + 1
    run: list[str] = []
    for w in rest:
        if _office_word(w) or (w.lower() == "of" and run):
            run.append(w.lower().rstrip(",.;:"))
            if w[-1:] in ",.;:":
                break
            continue
        break
    while run and run[-1] == "of":
        run.pop()
    return office(run)


def references(words: list[str]) -> set[str]:
    """The second references an office allows: itself, and its noun alone when nothing before it
    makes another office of it (`defense secretary` -> `secretary`; not `vice president` -> `president`)."""
    full = office(words).split()
    if not full or full[-1] in _INTERPRETERS:  # `Chan, Lee's interpreter,`: the interpreter's words are Lee's
        return set()
    refs = {" ".join(full)}
    if "of" in full:  # `secretary of state` -> secretary
        head, mods = full[:full.index("of")][-1:], full[:full.index("of")][:-1]
    elif len(full) > 1 and full[-1] == "general":  # `secretary general`, `attorney general`: one office
        head, mods = full[-2:], full[:-2]
    else:
        head, mods = full[-1:], full[:-1]
    if head and not any(m in _RANKS - _HOLDING for m in mods):
        refs.add(" ".join(head))
    if " ".join(full[-2:]) in _GRADES:  # `Lieutenant General` -> `the general`, as AP's second reference
        refs.add(full[-1])
    return refs


# Officer grades whose first word is part of the grade, not another office's rank: a lieutenant
# general is a general (AP: `Lt. Gen. …`, then `the general`), where a lieutenant governor is no governor.
_GRADES = frozenset(("lieutenant general", "major general", "brigadier general", "commanding general",
                     "lieutenant colonel", "rear admiral", "vice admiral"))


_THROUGH = lazy(r"(?i)\bthrough\s+(?:an?|his|her|their|the)\s+(?:interpreter|translator)\b")


def introduced(sentence: str, index: Names) -> list[tuple[set[str], str]]:
    """(second references, person) a sentence introduces: `Defense Secretary Jim Mattis`, `Jim
    Mattis, the defense secretary,`; and `Lee spoke through an interpreter`, `Lee's interpreter`
    (a later `the interpreter said` gives Lee's words: an interpreted statement is the speaker's)."""
    found: list[tuple[set[str], str]] = []
    for m in index.pattern.finditer(sentence):
        pids = index.by_form.get(m.group(0).casefold(), frozenset())
        if len(pids) != 1:
            continue
        pid = next(iter(pids))
        before = sentence[max(0, m.start() - 80):m.start()]
        run = _office_run(before.split()) if before[-1:].isspace() else []
        if run and not before.rstrip().endswith(",") and references(run):
            found.append((references(run), pid))
        rest = sentence[m.end():]
        if _WHOSE.match(rest):
            found.append((set(_INTERPRETERS), pid))
        aside = re.match(r",\s*((?:the|a|an|[^\W\d_][\w.'-]*(?:'s|'))\s+[^,;:()]{0,60}?)\s*(?:,|[.;:]?$)", rest)
        if aside:
            run = _office_run(aside.group(1).split())
            if run and len(aside.group(1).split()) <= 7 and references(run):
                found.append((references(run), pid))
    through = _THROUGH.search(sentence)
    if through:  # `Lee spoke through an interpreter`, `Speaking through an interpreter, Lee said`
        after = re.match(r",\s*", sentence[through.end():])
        first = index.pattern.match(sentence, through.end() + after.end()) if after else None
        pids = index.by_form.get(first.group(0).casefold(), frozenset()) if first else frozenset()
        speaker = next(iter(pids)) if len(pids) == 1 and not index.pattern.search(sentence, 0, through.start()) \
            else sentence_subject(sentence, index)
        if speaker:
            found.append((set(_INTERPRETERS), speaker))
    return found


def _owned_title(words: list[str]) -> bool:
    """Whether the titles before a name follow a preposition (`a spokesperson for Senator Lee`,
    `the office of Senator Ann Lee`), not an office's own `of` (`Secretary of State Ann Lee`)."""
    while words and words[-1] not in _PREPOSITIONS and words[-1] != "the" and is_title(words[-1]):
        after = words[-1].rstrip(".")
        words = words[:-1]
        if words and words[-1] in ("of", "for") and len(words) > 1 and words[-2] not in _PREPOSITIONS \
                and words[-2] != "the" and is_title(words[-2]) and after not in _PERSONAL_TITLES:
            words = words[:-1]  # `Minister of Defence`, `Minister for Foreign Affairs`: the office's own preposition
    return bool(words) and words[-1] in _PREPOSITIONS


def name_at_end(text: str, index: Names) -> Who:
    """Who the words just before a verb name: `… Kishida`, `… she`, `… the minister`."""
    text = text.rstrip()
    if not text:
        return NONE
    if (letters := POSTNOMINALS_END.search(text, max(0, len(text) - 40))) and \
            (named := name_at_end(text[:letters.start()], index)).kind in ("person", "family"):
        return named  # `Richard Marles MP`
    for m in index.pattern.finditer(text, max(0, len(text) - 120)):
        if m.end() == len(text):
            pids = index.by_form.get(m.group(0).casefold())
            if pids:
                before = text[:m.start()].rstrip().lower()
                last = before.rsplit(None, 1)[-1] if before else ""
                if last in _PREPOSITIONS or _owned_title(before.rsplit(None, 6)[-6:]):  # from the end: linear
                    # `a spokesperson for Lee said`: Lee is not the one speaking
                    return Who("role", text=text[max(0, m.start() - 40):].strip())
                if last == "not":  # `Chan and not Lee said`: the one before the negated name speaks
                    head = re.sub(r"(?i)[\s,]*(?:\b(?:and|but)\s+)?not$", "", text[:m.start()].rstrip())
                    return name_at_end(head, index) if head else NONE
                if last in _AND and _names_before(text[:m.start()].rstrip()[:-len(last)], index):
                    return _joint(text, index)
                if last != "the":
                    return _named(pids, m.group(0))
    joined = _AND_PEOPLE.search(text, max(0, len(text) - 80))  # a subject's last words: no scan of a long text
    before = text[:joined.start()].rstrip() if joined else ""
    if joined and _people_noun(joined.group(1)) and _names_before(before, index) and \
            (not before.endswith(",") or _APPOSITIVE_END.search(before[:-1], max(0, len(before) - 100))):
        # `Lee and her deputy said`, `Lee and others said`: not Lee alone (a comma alone before `and`
        # joins clauses: `Lee met Chan, and the minister said`)
        return _joint(text, index)
    word = _TAIL.search(text)
    if not word:
        return NONE
    office = _office_at_end(text)
    if office:  # `the secretary`, `The Secretary-General`: the reader asks whom the text introduced so
        return Who("role", text="the " + office)
    if word.group(0).lower() in PRONOUNS:
        return Who("pronoun", text=word.group(0))
    if word.group(0).endswith(("'s", "'")):  # the speaker is a possessive's noun, not the name
        return Who("role", text=word.group(0))
    if word.group(0)[:1].isupper():
        run = _CAP_RUN.search(text)
        words = run.group(1).split() if run else [word.group(0)]
        caps: list[str] = []
        for w in reversed(words):  # the name's own words: `The analyst Ruth Smithers` -> `Ruth Smithers`
            if not w[:1].isupper() or len(caps) == 3:
                break
            caps.insert(0, w)
        return Who("unknown", text=" ".join(caps))
    return Who("role", text=word.group(0))


# A subject of two or more (`Lee and Chan said`, `said Lee and the minister`, `Lee, Chan and
# Smith said`) is no one person: a joint statement's words may be quoted as none of theirs
# (AP: attribute a quotation to the one who said it). `Chan hesitated and Lee said` joins two
# clauses, not two speakers: the word before `and` must name someone.
_AND = ("and", "&", "or", "nor")
# (an appositive may stand between: `said Chan, the analyst, and Lee`)
_JOINED = lazy(r"(?:,\s*(?:(?:the|a|an|his|her|their|its)\s+[\w'.-]+(?:\s+[\w'.-]+){0,2}|[^\W\d_][\w'.-]*))*"
               r"\s*(?:,\s*)?(?:and|&)\s+(?:[^\W\d_a-z]|(?:the|his|her|their|its|a|an|other)\s)")
# An appositive ending the words before `and`: `Bo Chan, the analyst,` is Chan and her role.
_APPOSITIVE_END = lazy(APPOSITIVE + "$")
# `and` then a noun for people (`Lee and her deputy`, `Lee and others`, `Lee and two aides`) ending a subject.
_AND_PEOPLE = lazy(r"\s+(?:and|&)\s+(?:[\w'-]+\s+){0,2}([\w'-]+)$")
# A firm named for its partners (`Lee & Chan LLP`, `Lee and Chan Associates`): one organisation, not two people.
_FIRM_NAME = (r"(?:and|&)\s+(?:[^\W\d_][\w'.-]*\s+){1,2}?,?\s*"
              r"(?:LLP|LLC|L\.L\.P\.|Inc\.?|Ltd\.?|Co\.|PLC|plc|GmbH|AG|S\.A\.|Partners|Associates|Company|Sons)(?!\w)")
_FIRM = lazy(r"\s*" + _FIRM_NAME)  # `said Lee & Chan LLP`: the name is the firm's
_FIRM_AFTER = lazy(r"(?:,\s*[^\W\d_][\w'.-]*)*\s*(?:,\s*)?" + _FIRM_NAME)  # `Ann Lee, Lee & Chan LLP`: her firm
_PEOPLE_NOUNS = frozenset("he she they him her them minister ministers officials official colleague colleagues "
                          "aide aides deputy counterpart counterparts partner partners allies leaders others "
                          "spokesman spokeswoman spokesperson".split())


def _names_before(before: str, index: Names) -> bool:
    """Whether the words before a coordinating `and` end with someone: a name, a capitalised
    word, a title or a noun for people (`Lee and`, `her deputy and`, `Chan, the analyst, and`),
    not a clause (`hesitated and`)."""
    before = before.rstrip(" ,")
    if (aside := _APPOSITIVE_END.search(before, max(0, len(before) - 100))) and \
            _names_before(before[:aside.start()], index):
        return True
    word = _TAIL.search(before)
    if not word:
        return False
    w = word.group(0).strip("'.-")
    return bool(w) and (w[:1].isupper() or is_title(w.lower()) or w.lower() in _PEOPLE_NOUNS)


def _people_noun(word: str) -> bool:
    """A noun for a person or people: `others`, `aides`, `deputy`, a title (`minister`, `ministers`)."""
    w = word.lower()
    return w in _PEOPLE_NOUNS or is_title(w) or (w.endswith("s") and is_title(w[:-1]))


def _joint(text: str, index: Names) -> Who:
    """The people a joint subject names (for paraphrases: each of them did say it)."""
    near = re.split(r"[.;:!?]\s", text)[-1][-90:] if len(text) > 90 or ". " in text else text
    named = sorted({pid for m in index.pattern.finditer(near) for pid in index.by_form.get(m.group(0).casefold(), ())})
    return Who("joint", ",".join(named), text.strip())


def _after_titles(text: str) -> str:
    """`Defense Minister Aiko Tanaka` -> `Aiko Tanaka`: capitalised titles before a name."""
    while (m := re.match(r"([^\W\d_][\w.'-]*)\s+", text)) and m.group(1)[:1].isupper() \
            and m.group(1).lower() not in ("the", "a", "an") and is_title(m.group(1).lower()):
        text = text[m.end():]
    return text


# AP capitalizes a formal title directly before a name, whatever the office (`said Regional
# Administrator Michael Martucci`, `said EPA Regional Administrator …`, `said White House
# spokesman …`): after an inverted verb, such a run of words (capitalized, or a title word) read
# up to a person's full name is that person's title. Not a possessive (`Lee's`), not a comma.
_TITLE_WORD = lazy(r"([^\W\d_][\w.&-]*)\s+")


# Titles a person holds before their name (not an office's domain, as `State` in `Secretary of
# State`): after a role's preposition they name the role's owner (`Spokesman for Senator Ann Lee`).
_PERSONAL_TITLES = frozenset("mr mrs ms miss mx dr prof sir dame lord lady madam senator sen rep representative "
                             "congressman congresswoman president governor gov mayor judge minister secretary "
                             "chancellor premier ambassador amb commissioner chairman chairwoman chair".split())


# Lower-case words and acronyms up to a lower-case title noun right before a name (no article, no preposition).
_DESCRIBED = lazy(r"(?:(?!(?:a|an|the|of|for|to|and|or|with|by|from|at|in|on)\s)(?:[a-z][\w-]*|[A-Z]{2,})\s+){1,6}")


def _after_capitalized_title(text: str, index: Names) -> re.Match | None:
    """The known name after up to ten words of a capitalized title at the start of `text`."""
    for lower in re.finditer(r"([a-z][\w-]*)\s+", text[:run.end()] if (run := _DESCRIBED.match(text)) else ""):
        # `from veteran UN disaster relief coordinator Winston Chang`: a title in lower case, AP's descriptive one
        if is_title(lower.group(1)) and (held := index.pattern.match(text, lower.end())):
            return held if _FREE.match(text, held.end()) and _full_name(held, index) else None
    at = 0
    owned, previous = False, ""  # past `of`: `Office of Senator Ann Lee` names her office, not its speaker
    for _ in range(10):  # `Chairman of the Joint Chiefs of Staff Army Gen. Richard B. Myers`
        word = _TITLE_WORD.match(text, at)
        if word and at and word.group(1)[:1].islower() and not is_title(word.group(1).lower()) \
                and (role := _ROLE_AFTER_NAME.match(text, word.start())):
            # `said Sierra Club executive director Ann Lee`: a role in lower case after the organisation's name
            m = index.pattern.match(text, role.end())
            return m if m and _FREE.match(text, m.end()) and _full_name(m, index) else None
        # `the` only inside a name after its `of` (`Friends of the Harbor chair Ann Lee`) or in an
        # office's own `of the` (`Chairman of the Joint Chiefs of Staff`, `Secretary of the Navy`)
        the = word and word.group(1).lower() == "the" and not owned and previous.lower() != "of"
        if not word or word.group(1).lower() in ("a", "an") or the or \
                not (word.group(1)[:1].isupper() or is_title(word.group(1).lower())):
            return None
        if previous.lower() in _OWNER_PREPOSITIONS and not owned and word.group(1).lower().rstrip(".") in _PERSONAL_TITLES:
            return None  # `Spokesman for Senator Ann Lee`: a title after the role's `for` is its owner's, not its speaker's
        at = word.end()
        if word.group(1).lower() in _OWNER_PREPOSITIONS or word.group(1) == "&":
            # `Secretary of State`, `Minister of Defence`: an office's own `of`, after a title
            owned = owned or not (previous and is_title(previous.lower()))
            previous = word.group(1)
            continue  # `Friends of Ann Lee`, `Office of Ann Lee`: the name is the group's, not its speaker's
        previous = word.group(1)
        if owned and is_title(word.group(1).lower()):
            continue  # `Friends of Senator Ann Lee`: a title of the name the group is named for
        owned = False
        if (m := index.pattern.match(text, at)) and (_FREE.match(text, m.end()) or _runs_on(text, m.end())):
            return m if _full_name(m, index) else None
    return None


def _runs_on(text: str, at: int) -> bool:
    """Whether the words after a name go on in lower case, as its clause does (`said British Prime
    Minister David Cameron as he took …`, `… Cameron tonight`), not into more of a proper name nor
    into a role held by the next name (`Friends of Ann Lee chair Bo Chan`: Chan speaks)."""
    follow = _FOLLOW.match(text, at)
    return (follow is not None and follow.group(1)[:1].islower() and follow.group(1) not in _AUX
            and not _ROLE_AFTER_NAME.match(text, follow.start(1)))


def _full_name(m: re.Match, index: Names) -> bool:
    """Whether a name found after capitals is someone's full name: a family name alone there may
    be another person's (`said Maria Ruiz` is no Jose Ruiz, whose given name a title never stands for)."""
    pids = index.by_form.get(m.group(0).casefold(), frozenset())
    return any(index.full.get(p, "").casefold() == m.group(0).casefold() for p in pids)


# A role, then its holder's name in apposition (AP: `said the prime minister, Fumio Kishida`,
# `according to Japan's defence minister, Jun Nagashima,`): the name is the speaker. Not when a
# preposition hands the role to someone else first (`the spokesman for the minister, Lee`: Lee
# may be the minister), nor a name run into more words (`the minister, Lee's aide`).
_ROLE_OPENING = lazy(r"(?:(?:the|a|an)\s+|(?:(?:[^\W\d_][\w.-]*\s+){0,2}[^\W\d_][\w.-]*(?:'s|')\s+)|(?=[^\W\d_A-Z]))")
_OWNER_PREPOSITIONS = frozenset("for to by from with of at on behalf".split())


def appositive(text: str, index: Names) -> Who | None:
    """The person a role names in apposition at the start of `text`, or None."""
    opening = _ROLE_OPENING.match(text)
    if not opening:
        return None
    found = index.pattern.search(text, opening.end())
    if not found or not (pids := index.by_form.get(found.group(0).casefold())):
        return None
    role = text[opening.end():found.start()]
    comma = role.rstrip().endswith(",")
    words = role.rstrip().rstrip(",").split()
    if not words or any(c in role.rstrip().rstrip(",") for c in ",;:.()\"") or not _FREE.match(text, found.end()):
        return None
    lower = [w.lower() for w in words]
    nouns = [k for k, w in enumerate(lower) if is_title(w) and w not in _OWNER_PREPOSITIONS and w not in ("the", "a", "an")
             or w in _ROLE_NOUNS]
    bare = not text[:opening.end()].strip()  # no article or owner: `said co-owner of R & G Produce, Lee`
    if bare and not (words[0][:1].islower() and (nouns[:1] == [0] or "-" in words[0])):
        return None  # a role without an article starts with its own noun, in lower case
    if bare and not nouns:
        nouns = [0]  # `co-owner`, `vice-chair`: a hyphenated role noun of its own
    if not nouns or any(w in _OWNER_PREPOSITIONS and any(n > k for n in nouns) for k, w in enumerate(lower)):
        return None  # no office named, or one that belongs to someone after a preposition
    if not comma and nouns[-1] != len(words) - 1:
        return None  # without commas the name must follow its title (`prime minister Fumio Kishida`)
    return _named(pids, found.group(0))


def name_at_start(text: str, index: Names) -> Who:
    """Who the words just after an inverted verb name: `said Jones, a fellow`, `said he`,
    `said Defense Minister Aiko Tanaka`, `said the prime minister, Fumio Kishida`."""
    text = text.lstrip()
    m = index.pattern.match(text) or index.pattern.match(named := _after_titles(text))
    if m and not index.pattern.match(text):
        text = named
    if m and re.match(r"(?:'s|’s|')\s", text[m.end():]) and (held := appositive(text, index)):
        return held  # `said Bo Chan's spokesman, Jane Doe`: the spokesman, named after the role, speaks
    if not m and (held := appositive(text, index)):
        return held
    if not m and (m := _after_capitalized_title(text, index)):
        text = text[m.start():]
        m = index.pattern.match(text)
    elif m and re.match(r"\s+[^\W\d_a-z]", text[m.end():]) and (held_by := _after_capitalized_title(text, index)):
        text = text[held_by.start():]  # `said Ann Lee Foundation chair Bo Chan`: the name is the group's, Chan speaks
        m = index.pattern.match(text)
    if m:
        rest = text[m.end():]
        if letters := POSTNOMINALS.match(rest):  # `said Richard Marles MP.`
            rest = rest[letters.end():]
        follow = _FOLLOW.match(rest)
        free = _FREE.match(rest) or (
            follow and follow.group(1)[:1].islower() and follow.group(1) not in _AUX)
        pids = index.by_form.get(m.group(0).casefold())
        if firm := _FIRM.match(rest):  # `said Lee & Chan LLP`: the firm speaks, not Lee
            if role := _ROLE_THEN_NAME.match(rest, firm.end()):  # `said Lee & Chan LLP partner Ann Lee`: she does
                return name_at_start(rest[role.end():], index)
            return Who("unknown", text=(m.group(0) + firm.group(0)).strip())
        if pids and _JOINED.match(rest) and not _FIRM_AFTER.match(rest):  # `said Lee and Chan`, `… and the minister`
            return _joint(text, index)
        role = _ROLE_THEN_NAME.match(rest)
        if pids and role:  # `said Lee campaign spokesman Tom Park`: Lee names the campaign, Park speaks
            return name_at_start(rest[role.end():], index)
        if free and not rest.startswith("'") and pids:
            return _named(pids, m.group(0))
    word = re.match(r"[\w'.-]+", text)
    if not word:
        return NONE
    office = _office_at_start(text)
    if office:  # `said the prime minister`
        return Who("role", text="the " + office)
    if word.group(0).rstrip(".").lower() in PRONOUNS:  # `…, said he.`: not its full stop
        return Who("pronoun", text=word.group(0).rstrip("."))
    if word.group(0).lower() in _OBJECT_PRONOUNS and _FREE.match(text, word.end()):
        return Who("pronoun", text=word.group(0))  # `according to her,` (not `according to her aide`)
    if word.group(0)[:1].isupper() and word.group(0).lower() not in ("the", "a", "an"):
        caps = re.match(r"(?:[^\W\d_][\w'.-]*\s*){1,3}", text)
        whole = _PROPER_RUN.match(text)  # an organisation's whole name: `Friends of Ann Lee`, not `Friends of Ann`
        if whole and (not caps or len(whole.group(0).split()) > len(caps.group(0).split())):
            caps = whole
        return Who("unknown", text=caps.group(0).strip().rstrip(",.") if caps else word.group(0))
    return Who("role", text=word.group(0))


# A proper name of several words (a person's, or an organisation's, with its `of`, `the`, `&`).
_PROPER_RUN = lazy(r"[^\W\d_][\w'.&-]*(?:\s+(?:(?:of|the|and|&|for|on|de|du|des|la|le|von|van|der)\s+)*"
                   r"(?:[^\W\d_a-z]|&)[\w'.&-]*){0,7}")


_PARTICIPLES = frozenset("called described put continued stated noted posted signaled signalled".split())
# A clause joined by a conjunction with a noun in lower case for its subject (`Llamas asked him, but
# appellant stated that …`, `…, but the witness said`): the verb is that clause's finite verb, its
# subject the noun (a role that names no one), never the first clause's subject.
# (an adverb there is no subject: `Lee met Chan and then said`, `…, but quickly added` share Lee)
_ADVERBS = (r"(?:then|also|later|again|still|further|soon|once|never|not|too|even|afterwards|subsequently|"
            r"[a-z]+ly)")
COORDINATED = lazy(r"(?:[,;]\s*|\s)(?:but|and|yet|while|whereas|although|though)\s+(?:(?:the|a|an)\s+)?"
                   r"(?!" + _ADVERBS + r"\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*$")
_SHARED = lazy(r"\s(?:and|but)(?:\s+" + _ADVERBS + r")*$")  # `Lee met Chan and (then) said`


def subject(clause: str, index: Names, last: bool = False) -> Who:
    """The speaker named by the first (or `last`) verb of saying in a clause. A participle with
    no person before it (`a committee called the …`) gives way to the next verb."""
    return subject_at(clause, index, last)[0]


def subject_at(clause: str, index: Names, last: bool = False) -> tuple[Who, int]:
    """subject(), and where its verb starts in the clause (-1 with no verb of saying)."""
    verbs = list(VERB.finditer(clause))
    for m in (reversed(verbs) if last else verbs):
        who = _subject_of(clause, m, index)
        if who.kind == "role" and m.group(0).lower() in _PARTICIPLES and not COORDINATED.search(clause[:m.start()]) \
                and not who.text.startswith("the "):  # (`the minister called the talks`: an office's finite verb)
            continue
        if who.kind != "none":
            return who, m.start()
    return NONE, -1


def sentence_subject(sentence: str, index: Names) -> str | None:
    """The person a sentence opens with (`Zoë Müller, the EU's negotiator, rejected …`,
    `Defence Minister Jane Doe opened …`): whom a later `she said` refers to."""
    m = index.pattern.search(sentence)
    if not m or m.start() > 80:
        return None
    head = _after_opening(sentence[:m.start()]).split()
    if any(not w[:1].isupper() for w in head) or sentence[m.end():].startswith("'"):
        return None
    pids = index.by_form.get(m.group(0).casefold())
    return next(iter(pids)) if pids and len(pids) == 1 else None


def _after_opening(head: str) -> str:
    """The words before a sentence's subject without an opening phrase set off by its comma
    (`This morning, Minister Lee spoke`, `On Tuesday, the secretary said`)."""
    before, comma, after = head.rpartition(",")
    return after if comma and 0 < len(before.split()) <= 5 and before.split()[0][:1].isupper() else head


def office_subject(sentence: str) -> str:
    """The office a sentence opens with as its subject (`This morning, the Secretary-General spoke`), or ''."""
    text = sentence.strip()
    before, comma, after = text.partition(",")
    if comma and 0 < len(before.split()) <= 5 and before[:1].isupper() and after.lstrip().lower().startswith("the "):
        text = after.strip()
    return _office_at_start(text)


# Nouns for a person the reader is not told the name of. A sentence that opens with one
# (`Her aide disagreed:`, `Lee's spokeswoman said`, `A senior official added`) makes it the
# last speaker named: a later `she added` is that unnamed person's, never the last named one's.
_UNNAMED = ("aide|aides|adviser|advisers|advisor|advisors|spokesman|spokeswoman|spokesperson|official|officials|"
            "minister|deputy|secretary|colleague|counterpart|assistant|staffer|representative|envoy|source|"
            "sources|diplomat|diplomats|analyst|officer|lawyer|attorney|lawmaker|lawmakers|senator|director|chief|"
            "head|leader|president|ambassador|negotiator|expert|experts|critic|critics|opponent|opponents|"
            "supporter|supporters|colleagues|wife|husband|daughter|son|mother|father|friend|neighbor|neighbour|"
            "woman|man|resident|witness|member|members|chairman|chairwoman|chair|general|commander|professor|"
            # a firm's or a group's people (`Lee & Chan LLP partner Ann Lee`, `Harbor Trust founder Bo Chan`)
            "partner|partners|founder|co-founder|cofounder|owner|co-owner|manager|organizer|organiser|treasurer|"
            "trustee|economist|researcher|scientist")
_ROLE_NOUNS = frozenset(_UNNAMED.split("|"))  # nouns of an office or a role, for appositive()
# `a Lee aide`, `the Lee campaign`: a name that modifies a noun for a person or a body names neither.
NAME_MODIFIES = lazy(r"\s+(?:" + _UNNAMED + r"|campaign|administration|government|camp|team|office|ministry|"
                     r"family|allies|ally|loyalists?|aides)\b(?!')")
_UNNAMED_SUBJECT = lazy(
    r"^(?:(?:the|a|an|his|her|their|its|one|another|[^\W\d_][\w.-]*(?:'s|'))\s+)"
    r"(?:[\w-]+\s+){0,3}?(?:" + _UNNAMED + r")\b(?!\s+[^\W\d_a-z])", re.I)


# `the spokesman for the minister, Lee`: the name may be the spokesman's or the minister's (AP:
# an appositive goes next to the noun it names); a claim cannot give a quote to either.
OWNED_ROLE = lazy(r"(?i:\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<n1>" + _UNNAMED + r")\s+(?:for|of|to)\s+"
                  r"(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?P<n2>" + _UNNAMED + r"))\s*,\s*")


_ROLE_THEN_NAME = lazy(r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:" + _UNNAMED + r")\s+(?=[^\W\d_a-z])")
# After an organisation's name, a role in lower case may be any agent noun (AP lowercases an
# occupational title: `Friends of the Earth campaigner`, `Sierra Club lobbyist`), not a preposition.
_AGENT = (r"(?!(?:after|under|over|later|rather|whether|per|for|or|and|nor|ever|never|either|neither)\s)"
          r"[a-z][\w-]*(?:er|or|ist|ian|ant|ent)")
_ROLE_AFTER_NAME = lazy(r"(?:[a-z][\w-]*\s+){0,3}?(?:" + _UNNAMED + "|" + _AGENT + r")\s+(?=[^\W\d_a-z])")


def unnamed_subject(sentence: str) -> bool:
    """Whether a sentence opens with a person it does not name (`Her aide disagreed:`)."""
    return _UNNAMED_SUBJECT.match(sentence.replace("’", "'")) is not None


_WORDS_NOUNS = (r"(?:own\s+)?(?:words|remarks|statement|comments?|message|warning|phrase|question|answer|reply|response|"
                r"tweet|post|letter|note|account|speech|testimony)")


# A statement issued in someone's name is their words, whoever reads it out (AP: `Lee said in a
# statement read by her spokesman`): `Reading a statement from Lee, the spokesperson said:`,
# `Chan, reading a statement on behalf of Lee, said:`, `A statement from Lee said:`, `Lee's
# statement said`, `according to a statement from Lee`, `Chan read out Lee's statement:`.
_STATEMENT = r"(?:written\s+|prepared\s+|short\s+|brief\s+|joint\s+)?(?:statement|message)"
_READ = r"(?:reading(?:\s+out)?|read(?:\s+out)?|delivering|delivered|according\s+to)"
_STATEMENT_FROM = lazy(r"(?i)(?:^|\b" + _READ + r"\s+)(?:a|an|the)\s+" + _STATEMENT
                       + r"\s+(?:from|by|of|on\s+behalf\s+of|issued\s+by|released\s+by)$")
_STATEMENTS_OWNER = lazy(r"(?i)(?:^|\b" + _READ + r")$")
_OWNER_END = lazy(r"\s*(?:[,.:;]|$|(?:" + "|".join(sorted(set(_VERBS), key=len, reverse=True)) + r")\b)")


def _statement_of(clause: str, index: Names) -> Who | None:
    """The person in whose name the clause's statement is issued, or None."""
    if "statement" not in clause.lower() and "message" not in clause.lower():
        return None
    for m in index.pattern.finditer(clause):
        pids = index.by_form.get(m.group(0).casefold(), frozenset())
        if len(pids) != 1:
            continue
        before, rest = clause[:m.start()].strip(), clause[m.end():]
        own = re.match(r"(?:'s|')\s+" + _STATEMENT + r"\b", rest)
        if (own and _STATEMENTS_OWNER.search(before) and _OWNER_END.match(rest, own.end())) or (
                _STATEMENT_FROM.search(before) and _OWNER_END.match(rest)):
            return Who("person", next(iter(pids)), m.group(0))
    return None


# AP: a statement from someone's office is the office's, not the person's own words, unless the
# text says the person issued it (`Lee said in a statement released by her office`): `Lee's office
# said`, `said Senator Ann Lee's press office`, `the Office of Senator Ann Lee`, `a statement from the
# office of Ann Lee`. The name after `office of` may have titles before it, nothing else.
_OFFICE_AFTER = lazy(r"(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,2}?office\b", re.I)
_OFFICE_OF = lazy(r"(?i:\boffices?)\s+of\s+((?:[^\W\d_][\w.-]*\s+){0,4})$")


def office_of(text: str, index: Names) -> frozenset[str]:
    """The people whose office a clause names (`Lee's office`, `the Office of Senator Ann Lee`)."""
    if "office" not in text.lower():
        return frozenset()
    found: set[str] = set()
    for m in index.pattern.finditer(text):
        pids = index.by_form.get(m.group(0).casefold(), frozenset())
        before = _OFFICE_OF.search(text, max(0, m.start() - 80), m.start())
        if before and all(is_title(w.lower()) or w[:1].isupper() for w in before.group(1).split()):
            found |= pids
        elif _OFFICE_AFTER.match(text, m.end()):
            found |= pids
    return frozenset(found)


# A release that announces the statement set below it (NASA, the State Department, members of
# Congress): `The following is a statement from NASA Administrator Sean O'Keefe regarding …`,
# `Following is the text of a statement by Lee.`, `Lee issued the following statement:`. The
# quotation that opens the next paragraph is that person's, with or without a colon.
_FOLLOWING = lazy(r"(?i)\b(?:the\s+)?following\s+(?:is\s+|are\s+)?(?:(?:a|an|the)\s+)?(?:text\s+of\s+(?:a|an|the)\s+)?"
                  r"(?:written\s+|joint\s+|prepared\s+)?(?:statement|remarks|message|comments)\b")
_FROM = lazy(r"(?i)\s+(?:from|by|of|on\s+behalf\s+of|issued\s+by|released\s+by)\s+((?:\S+\s+){0,4}?)$")


def following(sentence: str, index: Names) -> Who | None:
    """The person whose statement a sentence announces as set below it, or None."""
    cue = _FOLLOWING.search(sentence)
    if not cue:
        return None
    if office_of(sentence, index):  # `a statement from Lee's office`: the office's, no one person's
        return Who("role", text=sentence.strip())
    for m in index.pattern.finditer(sentence, cue.end()):  # `… a statement from [titles] Name`: the first name only
        between = _FROM.search(sentence[cue.end():m.start()])
        own = re.match(r"(?:'s|’s|'|’)(?!\w)", sentence[m.end():])  # `from Lee's office`: no one's
        if between and not own and all(is_title(w.lower()) or w[:1].isupper() for w in between.group(1).split()):
            pids = index.by_form.get(m.group(0).casefold(), frozenset())
            return _named(pids, m.group(0)) if len(pids) == 1 else None
        break
    if sentence[:cue.start()].strip():  # `Lee issued the following statement`: the sentence's subject
        who = colon_subject(sentence[:cue.start()], index)
        return who if who.kind == "person" else None
    return None


# An interpreter's words are the speaker's (AP: the statement is the speaker's; say it was
# translated): `Chan, Lee's interpreter, said`, `said Chan, Lee's interpreter`, `Lee's interpreter
# said`, `Chan, interpreting for Lee, said`, `an interpreter for Lee said` give the words to Lee,
# as `Lee said through an interpreter` does; never to the interpreter.
_INTERPRETER = r"(?:interpreter|translator)s?"
_FOR_WHOM = lazy(r"(?i)(?:(?:^|,)\s*(?:the|an|a|her|his|their)\s+(?:[\w-]+\s+){0,2}?" + _INTERPRETER
                 + r"|,\s*(?:who\s+(?:was\s+)?)?(?:interpreting|translating|interpreted|translated))\s+for\s+$")
_WHOSE = lazy(r"(?:'s|')\s+(?:[\w-]+\s+){0,2}?" + _INTERPRETER + r"\b")
OBJECT_VERBS = frozenset("told tell tells asked ask asks thanked thanks".split())


def interpreted(clause: str, index: Names) -> Who | None:
    """The person whose interpreter the clause's speaker is, or None."""
    low = clause.lower()
    if "interpret" not in low and "translat" not in low:
        return None
    for m in index.pattern.finditer(clause):
        pids = index.by_form.get(m.group(0).casefold(), frozenset())
        if len(pids) != 1:
            continue
        before, rest = clause[:m.start()], clause[m.end():]
        head = before.rstrip().rstrip('"').rstrip()
        verb = VERB.search(head)
        inverted = verb is not None and verb.end() == len(head) and not head[:verb.start()].strip(' ,"-') \
            and verb.group(0).lower() not in OBJECT_VERBS  # `, said Lee's interpreter`, not `Chan told Lee's …`
        whose = _WHOSE.match(rest) and (not head or head.endswith(",") or inverted
                                        or re.search(r"(?i)\baccording\s+to$", head))
        if whose or _FOR_WHOM.search(before):
            return Who("person", next(iter(pids)), m.group(0))
    return None


def relayed(clause: str, index: Names) -> Who | None:
    """Words the clause gives to someone other than its subject: `Lee recalled Chan's words:`,
    `Lee said, quoting Chan`, `Lee said Chan had told her`, a statement of Lee's read out by Chan.
    The person whose words they are (a possessive, a `quoting`, the statement's), a role (nobody's)
    for a nested attribution, or None."""
    statement = _statement_of(clause, index) or interpreted(clause, index)
    if statement:
        return statement
    for m in index.pattern.finditer(clause):
        rest = clause[m.end():]
        pids = index.by_form.get(m.group(0).casefold(), frozenset())
        if len(pids) != 1:
            continue
        if re.match(r"(?:'s|')\s+" + _WORDS_NOUNS + r"\s*[:,.]?\s*$", rest):
            return Who("person", next(iter(pids)), m.group(0))
        if re.search(r"\b(?:quoting|citing|echoing the words of)\s+(?:[\w.-]+\s+){0,3}$", clause[:m.start()]):
            return Who("person", next(iter(pids)), m.group(0))
        before = clause[:m.start()].rstrip()
        gap = re.match(r"\s+(?:had\s+|has\s+|would\s+)?", rest)
        if gap and re.search("(?:" + VERB.pattern + r")(?:\s+that)?$", before) and VERB.match(rest, gap.end()):
            return Who("role", text=clause.strip())
    return None


# `Lee dismissed the idea as "a convenient story"`: a partial quotation after `as` that
# characterises something is the words of the sentence's subject (AP), unless it is passive
# (`Lee was described as "…"`, `Lee, long seen as "…"`) or someone else's description.
_NOT_ACTIVE = frozenset("was were is are be been being has had have long widely often once still also known seen "
                        "regarded viewed described considered dubbed nicknamed".split())
_THEIR_DESCRIPTION = lazy(r"(?:'s|s')\s+(?:own\s+)?(?:description|characterization|characterisation|claim|"
                          r"words|account|view|assessment|finding|label|phrase|term)\b", re.I)


def characterised(before: str, index: Names) -> Who:
    """The speaker of `Name <verb> … as "…"`: the person the sentence opens with, actively."""
    if not re.search(r"\bas$", before) or _THEIR_DESCRIPTION.search(before):
        return NONE
    who = colon_subject(before, index)
    if who.kind != "person":
        return NONE
    rest = before[before.find(who.text) + len(who.text):].lstrip()
    if rest.startswith(","):  # past an appositive (`Lee, the minister,`); one that runs to `as` is no verb
        cut = rest.find(",", 1)
        if cut < 0:
            return NONE
        rest = rest[cut + 1:]
    verb = rest.split()[:1]
    return who if verb and verb[0].lower() not in _NOT_ACTIVE else NONE


_BEFORE_NAME = frozenset("former then ex- late a an the".split())


def colon_subject(sentence: str, index: Names) -> Who:
    """The speaker of a sentence that introduces a quotation with a colon and no verb of saying
    (`Former ambassador Kenji Watanabe was blunter:`, `Lee, the minister, disagreed:`): the person
    it opens with, when it names nobody else (`Lee recalled Chan's words:` is nobody's)."""
    found = list(index.pattern.finditer(sentence))
    if not found:
        return NONE
    first = found[0]
    pids = index.by_form.get(first.group(0).casefold(), frozenset())
    others = {pid for m in found[1:] for pid in index.by_form.get(m.group(0).casefold(), ())}
    head = sentence[:first.start()].split()
    rest = sentence[first.end():].replace("’", "'")
    own_words = re.match(r"(?:'s|')\s+" + _WORDS_NOUNS + r"\b", rest)  # `Lee's response was blunt:`
    if len(pids) != 1 or others - pids or len(head) > 4 or (rest.startswith("'") and not own_words):
        return NONE
    if any(not (w[:1].isupper() or is_title(w.lower()) or w.lower() in _BEFORE_NAME) for w in head):
        return NONE
    return _named(pids, first.group(0))


def subjects(clause: str, index: Names) -> list[Who]:
    """The subjects of every verb of saying in a clause, in order."""
    return [who for m in VERB.finditer(clause) if (who := _subject_of(clause, m, index)).kind != "none"]


def _possessor(post: str, index: Names) -> Who:
    """The person of `Lee's words` (`Those were Lee's words`), or a role for `the minister's`."""
    text = _after_titles(post.lstrip())
    m = index.pattern.match(text)
    if m and re.match(r"(?:'s|')\s", text[m.end():]):
        pids = index.by_form.get(m.group(0).casefold())
        if pids:
            return _named(pids, m.group(0))
    return Who("role", text=post.strip())


# A claim's other quote stands in its sentence as this word (claimtext.py): `a "…," said the
# secretary` reads `a quoted, said the secretary`.
STAND_IN = "quoted"
_AFTER_QUOTE = lazy(r"(?:\b" + STAND_IN + r"|[\"\u201d])\s*,$")

_WHO_END = lazy(r",\s*who(?:\s+\w+)*$")
_LEAD = lazy(r",\s*(?:while|before|after|then)$")
_PASSIVE = lazy(r"\b(?:was|were|is|are|been|being|be)(?:\s+\w+ly)?$", re.I)
_PRESENT = frozenset(w for w in _VERBS if w.endswith("ing") or (w.endswith("s") and not w.endswith("ss")))


def _subject_of(clause: str, m: re.Match, index: Names) -> Who:
    pre, post = clause[:m.start()].rstrip(), clause[m.end():]
    if _NAME_AFTER.fullmatch(m.group(0)):
        return name_at_start(post, index)
    possessive = _POSSESSIVE_NAME.match(clause, m.start())
    if possessive and possessive.end() == m.end():
        return _possessor(post, index)
    tail = pre[-40:]  # the patterns below look at the clause's last words only: no scan of a long clause
    quoted = re.search(r"\s+(?:(?:was|were|is|has been|had been)\s+)?quoted\s+as$", tail) if "quoted" in tail else None
    if quoted and m.group(0).lower() == "saying":  # `Lee was quoted as saying`: her words, as reported
        return name_at_end(pre[:len(pre) - len(tail) + quoted.start()], index)
    if _PASSIVE.search(tail) and m.group(0).lower() not in _PRESENT:
        by = re.match(r"\s+by\s+", post)  # `"…?" Lee was asked by Chan`: Chan's question
        if by and (agent := name_at_start(post[by.end():], index)).kind in ("person", "family"):
            return agent
        return Who("role", text=clause.strip())  # `Lee was described as`, `Lee was told`: said of her, not by her
    if "who" in tail and re.search(r",\s*who(?:\s+(?:had|has|have|also|once|then|later))*$", tail):
        # `Chan mocked Lee, who had called it`, `Chan disagreed with Lee, who said`: the name before `who`
        who_end = _WHO_END.search(pre, max(0, len(pre) - 80))  # the clause's end only: a scan of it all, per verb, was quadratic
        head = (pre[:who_end.start()] if who_end else pre).rstrip()
        named = [m for m in index.pattern.finditer(head, max(0, len(head) - 80)) if m.end() == len(head)]
        pids = index.by_form.get(named[-1].group(0).casefold()) if named else None
        if named and pids and not re.search(r"(?i)\bnot\s*$", head[:named[-1].start()]):
            return _named(pids, named[-1].group(0))
        return name_at_end(head, index)  # `It was Chan, not Lee, who said`: not the negated one
    if m.group(0).lower() in _PARTICIPLES_OF_SAYING:
        if lead := _LEAD.search(pre, max(0, len(pre) - 40)):  # `…, while underlining that` (the end only: linear)
            pre = pre[:lead.start() + 1]
        main = pre.rstrip(" ,;-")
        if not main or main.endswith('"') or not pre.endswith(","):
            return NONE  # right after a quotation: the reader gives it that quotation's speaker
        if VERB.search(main):
            return subject(main, index)
        # (`Lee echoed Chan's warning, saying`: a participle's understood subject is its main clause's)
        joint = re.match(r"\s*(?:[^\W\d_a-z][\w.'’-]*,?\s+)+(?:and|&)\s", _after_opening(main))  # `Lee and Chan agreed`
        if (said := colon_subject(main, index)).kind != "none" or joint or re.search(r"[;:]", main):
            return said
        opened = sentence_subject(main.strip(), index)
        if opened:
            return _named(frozenset({opened}), "")
        # (`She spoke of the task, saying`: the main clause's subject pronoun, for the caller to resolve)
        pron = re.match(r"\s*(he|she|they)\s+(?!(?:said|says|was|were|is|are)\b)[a-z]", _after_opening(main), re.I)
        return Who("pronoun", text=pron.group(1)) if pron else NONE
    shared = _SHARED.search(pre, max(0, len(pre) - 120))
    if shared:  # `Lee met Chan and said`, `Lee agreed and said`: the verb shares the clause's subject
        # (past a comma before `and` and the phrases set off by commas: `Lee thanked Chan for …, and said`)
        pieces = re.split(r",", re.split(r"[;:.!?\"]", pre[:shared.start()])[-1])
        clause = re.sub(r"^\s*(?:and|but)\s+", "", pieces[-1]) if pieces[-1].strip() else ""
        pid = sentence_subject(clause.strip(), index) if clause.strip() else None
        for piece in reversed(pieces[:-1] if not clause.strip() else []):
            if pid := sentence_subject(piece.strip(), index):
                clause = piece
                break
        if pid:
            return Who("person", pid, clause.strip())
        for piece in reversed(pieces):  # `"…," he said, noting …, but cautioned that`: the attribution's subject
            if VERB.search(piece) and (who := subject(piece, index)).kind in ("person", "family", "pronoun"):
                return who
    pre = _strip_skips(pre)
    opening = not pre or pre.endswith((",", '"', "-", ":", ";", "(")) or pre.endswith(tuple(".!?"))
    if opening:  # `"…," said Jones` or `, said Jones, a fellow`
        inverted = name_at_start(post, index)
        alone = inverted.kind == "pronoun" and re.match(r"\s*\w+\s*(?:[,.;:!?]|$)", post)
        if inverted.kind in ("person", "family", "joint") or alone:
            return inverted
        by_title = inverted.kind == "unknown" or (inverted.kind == "role" and inverted.text.startswith("the "))
        if not pre or pre.endswith(('"', ":", ";", ".", "!", "?")):
            return inverted if by_title else NONE  # `"…," said the minister`: whom the reader may know by title
        if by_title and _AFTER_QUOTE.search(pre, max(0, len(pre) - 40)) and \
                re.match(r"(?i)\s*" + re.escape(inverted.text) + r"\s*(?:[,.;:!?]|$)", post):
            return inverted  # `a {q}, said the secretary, adding that`: the title the quote's own attribution gives
    if pre.endswith(","):  # `Jones, a senior fellow at the institute, said`
        body = pre[:-1]
        cut = body.rfind(",")
        if cut >= 0:
            aside = body[cut + 1:].strip()
            held = POSTNOMINALS.sub("", after_honorifics(aside))  # `Minister for X, the Hon Paul Fletcher, said`
            if index.pattern.fullmatch(held) and len(index.by_form.get(held.casefold(), ())) == 1:
                return Who("person", next(iter(index.by_form[held.casefold()])), aside)
            who = name_at_end(body[:cut], index)
            # (an office's own list may hold a comma: `Nowak, Special Rapporteur on torture and other
            # cruel, inhuman or degrading treatment, said`, where the words before it are no role)
            return who if who.kind not in ("unknown", "role") else _aside(body, index) or who
        return _named_with_phrase(body, index) or name_at_end(body, index)
    who = name_at_end(pre, index)
    if who.kind == "unknown" and (own := _named_with_phrase(re.split(r"[,;:.!?\"]", pre)[-1], index)):
        return own  # `Jens Laerke of the Office for the Coordination of Humanitarian Affairs said`: not the body
    return who if who.kind not in ("unknown", "role") or "," not in pre else _aside(pre, index) or who


def _aside(text: str, index: Names) -> Who | None:
    """The person named before the appositives that run up to the verb (asides.py)."""
    found = aside_run(text, index, VERB)
    return Who("person", next(iter(found[0])), found[1]) if found else None


# A subject that runs over its own phrases up to the verb's comma: `Gen. Denis Mercier of the French
# air force and commander of the Allied Command Transformation, said` is Mercier (before, the last
# capitalised words, `Allied Command Transformation`, were read as the subject). The second role
# after `and` is in lower case: `Lee of the ministry and Chan, said` is two people, not this.
_OWN_PHRASES = lazy(r"\s+(?:of|at|from|with)\s+[^,;:()\"]+?"
                    r"(?:\s+and\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:of|at|for)\s+[^,;:()\"]+?)?")


def _named_with_phrase(body: str, index: Names) -> Who | None:
    """The person a subject opens with when only their own `of …` (and `and <role> of …`) follow."""
    text = _after_titles(body.strip())
    m = index.pattern.match(text)
    pids = index.by_form.get(m.group(0).casefold()) if m else None
    if not m or not pids or not _OWN_PHRASES.fullmatch(text, m.end()) or index.pattern.search(text, m.end()):
        return None  # (no one else named in the phrases: `Lee of the ministry and Bo Chan` is two)
    return _named(pids, m.group(0))
