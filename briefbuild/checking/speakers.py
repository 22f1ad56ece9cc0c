"""Who said what: the passages of a stored text that the source gives to each person.

- transcript: a turn starts at a line that opens with a speaker label and a colon
  (`MR. KIRBY:`, `SECRETARY-GENERAL BJÖRN ÅKESSON (through interpreter):`, `Q:`), as the US DoD,
  NATO and most governments print them. A label names a person by full or family name, after
  titles and ranks, or by one of the person's `labels`; `Q`, `MODERATOR` and the like are
  nobody's words. A label of no known person is an error, never a continuation of the last turn.
- reported (news): only words inside quotation marks, each quotation given to the person its
  own attribution clause names (AP style: `"…," Jones said`, `said Jones, a fellow`,
  `Jones said: "…"`, `according to Jones`, `she added` for the last speaker named). A name that
  is the object of another's verb, a possessive or part of an institution's name is not a speaker.
- authored (speech, statement): the text outside quotation marks is the author's (records.py).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from ..inputs.models import _FAMILY_FIRST
from ..patterns import lazy
from . import bareturns, notes, partylines, printedlabels, shotlists
from .matcher import CJK
from .pronouns import of_person
from .textcheck import mixed_script, normalize

_words_lost = notes.lost  # `notes` is also a label's notes inside transcript()
NOBODY = "\0nobody"  # owner of a turn no person can be quoted from (Q:, MODERATOR:)
JOINT = "\0joint"    # owner of a quotation attributed to several people at once (`Lee and Chan said`)
HEADED = "\0heading"  # how a transcript names the record's heading between turns (no label: no one's words)

# Words of a label that name nobody in particular: questions from the floor, the chair's announcements.
NOBODY_WORDS = frozenset(
    # and the header fields of a published transcript: `Location: Pentagon Briefing Room`
    "date time location place subject topic venue transcript present absent participants attendees release "
    "released update updated contact media note editor's editors "
    "pregunta p p. periodista "  # Spanish: the journalist's turn (`Pregunta.-`, `P.-`)
    "frage zusatzfrage "  # the Federal Press Office's Mitschrift: a reporter's question and follow-up
    "q q. question questions questioner moderator reporter reporters audience member members interviewer "
    "participant participants unidentified speaker speakers unknown operator staff staffer journalist "
    "journalists crowd announcer voice voices male female off-mic multiple host narrator interpreter "
    "translator press an a correspondent correspondents several hon hon. honourable honorable "
    "gentleman gentlemen "
    "記者 司会 司会者 質問 質問者 记者 主持人 提问 问".split())  # reporter, moderator, question (Japanese, Chinese)
# Titles, honorifics and ranks that may stand before a name in a label (`PRIME MINISTER KISHIDA`).
TITLE_WORDS = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady madam madame mme m herr frau hon honorable "
    "honourable rt right his her excellency he h.e the of for and on to at senator sen rep representative "
    "gov governor president vice prime minister ministers deputy secretary general gen admiral adm rear "
    "colonel col lieutenant lt lt.-gen major maj captain capt commander cmdr cdr sergeant sgt brigadier "
    "brig air chief marshal ambassador chancellor chairman chairwoman chair chairperson spokesperson "
    "spokesman spokeswoman press director under undersecretary assistant king queen prince princess "
    "sheikh emir foreign defence defense affairs state national security adviser advisor home interior "
    "finance trade justice federal high representative commissioner mayor judge justice pm fm dm "
    "speaker senior official principal acting first lady gentleman chief-of-staff staff joint chiefs "
    "army navy force forces marine corps inspector attorney economy economic sec secy amb pres min dep "
    "mp mep mdb ret retd pm "
    "coordinator "  # the UN's offices: `Emergency Relief Coordinator`, `Resident Coordinator`
    "special envoy "  # and its envoys: `Special Envoy for Yemen`, `Special Representative`, `the envoy`
    # India's honorifics (the Lok Sabha's `SHRI PRANAB MUKHERJEE`, `SHRIMATI`, `KUMARI`), the Philippine
    # government's abbreviated offices (`USEC.`, `ASEC.`, `SEC.`, `CABSEC`, `ATTY.`: the PCO's transcripts)
    "shri shrimati smt kumari sushri sardar usec asec cabsec atty "
    # the Bundestag's and the French parliament's offices (`Vizepräsidentin Petra Pau:`, `Premier ministre`)
    "präsident präsidentin vizepräsident vizepräsidentin alterspräsident alterspräsidentin bundesminister "
    "bundesministerin bundeskanzler bundeskanzlerin staatssekretär staatssekretärin parl ministerin "
    "président présidente premier première ministre secrétaire garde sceaux rapporteur rapporteure "
    # the Federal Press Office's Mitschrift: `StS Seibert:` (Staatssekretär), `Vors. Welty:` (Vorsitzender)
    "sts vors vorsitzender vorsitzende "
    # the Spanish Congreso's Diario de Sesiones: `El señor ZAMARRÓN MORENO`, `La señora PRESIDENTA`
    "el la señor señora "
    # a member's title in the Austrian Nationalrat's Stenographisches Protokoll (`Abgeordneter Dr. Andreas Khol
    # (ÖVP):`, `Abg. Mag. Schweitzer:`) with Austria's academic and professional titles before a name (`Mag.`,
    # `Ing.`, `Dipl.-Ing.`, `MMag.`); Spanish honorifics (La Moncloa's `Sr. De Guindos.-`, `Sra.`, `Dña.`)
    "abgeordneter abgeordnete abg mag mmag ing dipl bundesrat bundesrätin sr sra srta dña".split())
PARTICLES = frozenset("de da di du del della der den van von la le al el bin ibn y e ten ter zu dos das do st. "
                      "of for the and on to at".split())
_LABEL = lazy(
    r"^(?:\[[^\]\n]{1,24}\]\s*)?"                      # a leading timestamp: [00:12:03]
    r"(?:T?\d{1,3}\.\s+(?:\[\d+\]\s*)?)?"                 # Hansard's question number: 1. or T2. [901234]
    r"(?:Q\d{1,4}\s+)?"                                 # a select committee's question number: Q82 Chair:
    r"(?P<label>[^\W\d_][^:：\n(\[]{0,79}?)"            # the label, starting with a letter of any script
    r"(?P<notes>(?:\s*[(\[][^)\]\n]{0,60}[)\]])*)"     # (through interpreter) [via video] (10:02)
    r"\s*(?::(?:[ \t]|$|(?=[\u3000-\u303f" + CJK + r"]))|：|\.[ \t]{0,3}[-–—](?:[ \t]|$))")  # a colon (in Japanese the
    # text may touch it: 防衛省's `A:特にありません。`); in Japanese and Chinese the full-width one; in Spanish
    # transcripts a point and dash (La Moncloa's `Portavoz.-`, `P.-`), and in the French Sénat's analytic
    # record with spaces round the dash (`M. Pierre-Yves Collombat .  - `)
_LABEL_WORD = lazy(r"^(?:[^\W\d_][\w'’.]*(?:-[\w'’.]+)*|\d+),?$")


class Span(NamedTuple):
    """One piece of text the source gives to one owner."""

    para: int          # 0-based paragraph index
    text: str          # normalized
    owner: str | None  # person id, NOBODY, or None: not attributed to one known person
    who: str           # how the source names the owner: a label, an attribution clause, or ''
    group: int         # pieces of one turn or one quotation share a group
    line: int = 0      # line of the label in the stored text (transcripts)


class Voices:
    """The spans of a source and, per paragraph, the people its clauses name as speaking."""

    def __init__(self, paragraphs: int):
        self.spans: list[Span] = []
        self.speaking: list[set[str]] = [set() for _ in range(paragraphs)]  # per paragraph: person ids
        self.bad_labels: list[tuple[str, int, str]] = []                    # (label, line, why)


# --- names ------------------------------------------------------------------------------------------

def flow(label: str) -> str:
    """A label as an item of a YAML flow list: quoted when a comma or colon would split or break it."""
    return '"' + label.replace('"', '\\"') + '"' if re.search(r"[,:\[\]{}#]", label) else label


def fold_label(text: str) -> str:
    return normalize(text).casefold()


_PLAIN_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                                "ı": "i"})


def plain_letters(folded: str) -> str:
    """A folded name without its diacritics (`åkesson` -> `akesson`, `støre` -> `store`): wire
    services and transcripts often print names so. Two people it makes alike are then ambiguous."""
    if folded.isascii():
        return folded
    stripped = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped.translate(_PLAIN_LETTERS))


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def transliterated(folded: str) -> str:
    """A folded name as German spells it without umlauts (`müller` -> `mueller`; casefold has
    made ß ss): newsrooms and passports write Mueller for Müller."""
    return plain_letters(folded.translate(_UMLAUTS)) if not folded.isascii() else folded


class Forms(dict):
    """The folded forms of the people's names, each with its people. A name found in a text is
    looked up as a newsroom reads it: as written, then without umlauts the German way
    (`Müller` for a person filed as Mueller) and without accents. Two people
    those readings make alike are both found, so a name that could be either is ambiguous."""

    def get(self, key, default=None):
        found = dict.get(self, key)
        if found is None and not key.isascii():
            found = dict.get(self, transliterated(key), frozenset()) | dict.get(self, plain_letters(key), frozenset())
        return found or default

    def __getitem__(self, key):
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found


class Names(NamedTuple):
    """Every way the people are named, folded; one regular expression finds them all."""

    by_form: dict[str, frozenset[str]]
    pattern: re.Pattern
    labels: dict[str, str]
    full: dict[str, str]
    by_last: dict[str, list[tuple[list[str], frozenset[str]]]]
    owners: dict[str, tuple[str | None, str]]  # label -> label_owner, filled as labels are met
    pronouns: dict[str, frozenset[str]]  # person id -> the forms their pronouns allow (pronouns.py), if given


_BY_ID: dict[int, tuple[dict, Names]] = {}


def names(people: dict) -> Names:
    """The names index of a people dict (one per dict: validation asks for it per quote and claim)."""
    hit = _BY_ID.get(id(people))
    if hit is not None and hit[0] is people:
        return hit[1]
    key = tuple((pid, p.name, p.short, tuple(p.labels), p.pronouns) for pid, p in people.items())
    if len(_BY_ID) > 64:
        _BY_ID.clear()
    _BY_ID[id(people)] = (people, _names(key))
    return _BY_ID[id(people)][1]


@lru_cache(maxsize=64)
def _names(key: tuple) -> Names:
    forms: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    for pid, name, short, extra, _ in key:
        spelled_as = {name, short, " ".join(reversed(name.split()))}
        if " " in name and _FAMILY_FIRST.match(name):  # 田中 花子 is printed 田中花子
            spelled_as = {name, short, name.replace(" ", "")}
        for form in spelled_as:
            forms.setdefault(fold_label(form), set()).add(pid)
            forms.setdefault(plain_letters(fold_label(form)), set()).add(pid)  # AKESSON for Åkesson, as wires write it
            forms.setdefault(transliterated(fold_label(form)), set()).add(pid)  # MUELLER for Müller
        for label in extra:
            labels[fold_label(label)] = pid
    # Not inside a longer word; a kana or kanji may touch the name (Japanese: Kishidaは).
    word = r"[^\W" + CJK + r"]"
    spelled = set(forms) | {v for f in forms for v in _umlauted(f)}  # Müller in a text for a Mueller
    pattern = re.compile(rf"(?<!{word})(?<!['-])(?:" + trie_pattern(spelled) + rf")(?!{word})(?!-)",
                         re.I) if forms else re.compile(r"(?!)")
    by_form = Forms({f: frozenset(p) for f, p in forms.items()})
    by_last: dict[str, list[tuple[list[str], frozenset[str]]]] = {}
    for form, pids in by_form.items():
        by_last.setdefault(form.split()[-1], []).append((form.split(), pids))
    given = {pid: of_person(said) for pid, _, _, _, said in key if said}
    return Names(by_form, pattern, labels, {pid: name for pid, name, _, _, _ in key}, by_last, {}, given)


def _umlauted(form: str) -> list[str]:
    """A name filed the German way without umlauts as a text may print it (`mueller` ->
    `müller`, `strauss` -> `strauß`): each ae, oe, ue and ss either way, for a few of them."""
    parts = re.split(r"(ae|oe|ue|ss)", form)
    if len(parts) == 1 or len(parts) > 9:
        return []
    spelled = [""]
    for n, part in enumerate(parts):
        options = [part, {"ae": "ä", "oe": "ö", "ue": "ü", "ss": "ß"}[part]] if n % 2 else [part]
        spelled = [s + o for s in spelled for o in options]
    return [s for s in spelled if s != form]


def trie_pattern(forms) -> str:
    """One regular expression for many names, shaped as a trie: `abe(?:-farid|-greta)` instead
    of `abe-farid|abe-greta`. A plain alternation tries every name at every position of a
    text (a thousand people made attribution checks 20 times slower); the trie follows one
    path. A longer name is still tried before a shorter one it begins with (`Lee Chan`
    before `Lee`), and a failed match backtracks to the shorter, as the alternation did."""
    root: dict = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}  # a name ends here

    def emit(node: dict) -> str:
        chain = []
        while len(node) == 1 and "" not in node:  # a run without a branch: no group needed
            ch, node = next(iter(node.items()))
            chain.append(re.escape(ch))
        if not node or list(node) == [""]:
            return "".join(chain)
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "".join(chain) + ("(?:" + body + ")?" if "" in node else body)

    return emit(root)


# --- transcripts ------------------------------------------------------------------------------------

# The White House and the State Department print a question as `Q` and a space, no colon
# (`Q    Thank you, John.`, `Q — does that include…`): a turn of nobody's all the same.
_BARE_Q = lazy(r"^Q(?:\.\s*|\s+)(?=\S)")
# The White House closes a transcript with `END 1:58 P.M. EDT`: the transcriber's, no one's words.
END = lazy(r"^END(?:\s+\d{1,2}:\d{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,5})?)?$")
# A line in square brackets alone is the transcriber's heading (`[Humanitarian update]`); so is
# Australian Hansard's note of interjections on a line of its own (`Honourable members
# interjecting—`, `Mr Burke interjecting—`): the record's, no one's words.
HEADING = lazy(r"^\[[^\]\n]{1,80}\]$|^[A-Z][^\n:\[\]]{0,60}\binterjecting\s*[—–-]*$")
# A printed Q&A's `A.` with a full stop, as its `Q.` (a court's record of testimony, a magazine
# interview): the answer's turn, the interviewee's.
_BARE_A = lazy(r"^A\.\s+(?=\S)")
# A label alone on its line, the turn's words on the lines below it, no colon: vie-publique.fr
# prints a name with the family name in capitals (`STANISLAS GUERINI`, `Sophie PRIMAS`); the
# Kantei a name in full-width brackets (`（岸田総理）`) and its statement's heading in lenticular
# ones (`【岸田総理冒頭発言】`, the prime minister's opening statement, a paragraph of its own).
_NAME_LINE = lazy(r"^(?:[^\W\d_][\w'’.-]*\s+){0,4}[^\W\d_a-z]{2,}(?:[-'’][^\W\d_a-z]+)*$")
_BRACKET_LINE = lazy(r"^（([^（）\n]{1,20})）$")
_STATEMENT_HEADING = lazy(r"^【([^【】\n]{1,20}?)(?:冒頭)?発言】$")


def alone_label(line: str, more: bool, before: str = "") -> str | None:
    """The label a line alone sets (`STANISLAS GUERINI`, `（記者）`, `【岸田総理冒頭発言】`), or None; a
    name line only with the turn's words on the lines after it in its paragraph (`more`): a heading
    in capitals is a paragraph of its own (`EXECUTIVE SESSION`), and a line in capitals after one
    (`before`) goes on with a heading wrapped over lines (`UNITED STATES SENATE,` / `COMMITTEE ON …`)."""
    if (m := _STATEMENT_HEADING.match(line)) is not None:
        return m.group(1)
    if not more or printedlabels.in_capitals(before) or _WITNESS_HEADING.match(line):
        return None
    if (m := _BRACKET_LINE.match(line)) is not None:
        return m.group(1)
    words = line.split()
    if _NAME_LINE.match(line) and all(w[:1].isupper() or w.lower() in PARTICLES for w in words) and len(words) >= 2:
        return line
    if (m := _NAME_AND_WHAT.match(line)) and line == line.upper():
        return m.group("name")
    return None


# A printed hearing sets a heading in capitals before each witness's testimony (`STATEMENT OF ANN
# LEE, MINISTER OF …`, wrapped over lines): the record's, not a label naming its speaker.
_WITNESS_HEADING = lazy(r"^(?:PREPARED\s+)?(?:STATEMENT|TESTIMONY)\s+OF\s")


# vie-publique.fr sets a recording it plays under the name and what the speaker is, all in capitals
# (`HEDI, TOUCHE PAR UN TIR DE LBD LORS DES EMEUTES A MARSEILLE`): the name's turn. Two words at
# least after the comma, so that a dateline alone (`WASHINGTON, D.C.`) is none.
_NAME_AND_WHAT = lazy(r"^(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}),\s+[^\W\d_][^\n:]*\s\S")


# US congressional hearings (GPO) and the Congressional Record: a title in mixed case, the
# family name and a full stop (`Senator WARREN. Thank you.`, `Mr. KIRBY. Yes.`, `The CHAIRMAN.
# The committee will come to order.`). The printed page sets the name in small capitals; the
# text and HTML editions of govinfo and the committees' own sites print it in mixed case
# (`Mr. Linder. The meeting will come to order.`, `Chairman Rokita. Good morning.`).
_GPO = lazy(
    r"^(?P<label>(?P<titles>(?:(?:The|Mr|Mrs|Ms|Miss|Dr|Senator|Representative|Rep|Sen|Chairman|Chairwoman|Chair|"
    r"Ranking Member|Admiral|Adm|General|Gen|Secretary|Ambassador|Governor|Judge|Justice|Director|Commissioner|"
    r"Colonel|Col)\.?\s+)+)"
    r"(?P<name>[A-Z][A-Za-z'’-]+(?:\s+(?:of\s+)?[A-Z][A-Za-z'’-]+)?))\.\s+(?=\S)")


def _gpo_label(line: str) -> re.Match | None:
    """A hearing's `Mr. Linder.` label; not an address that opens a sentence (`Mr. Chairman. I…`,
    `Madam Chair.`): a title after a title is a label only as `The Chairman.`."""
    m = _GPO.match(line)
    if m is None:
        return None
    name = m.group("name")
    if name.isupper() or not is_title(name.lower()) or m.group("titles").strip() == "The":
        return m
    return None


def _caseless(ch: str) -> bool:
    """A letter of a script without capitals (Japanese, Chinese, Arabic, Hebrew…): any of its
    words may begin a label, as any capitalised word may in Latin, Cyrillic or Greek."""
    return ch.isalpha() and not ch.isupper() and not ch.islower()


# A label set in Markdown's bold or italics (`**CHAN:**`, `**Bo Chan**:`, `*Q:*`), as a pasted or
# exported Q&A prints it: read without it, or the turn would run on as the last speaker's words.
_EMPHASIS = lazy(r"(\*\*|__|\*|_)([^*_\n]{1,90}?)\1[ \t]*(:?)[ \t]*")


# A label in square brackets with its colon inside (`[ Chuck Young: ] It's…`), as GAO prints its
# podcasts' transcripts; a bracket without a colon stays a timestamp or the transcriber's note.
_BRACKETED = lazy(r"^\[[ \t]*([^\[\]\n:：]{1,80}?)[ \t]*[:：][ \t]*\][ \t]*(?=\S|$)")


# New Zealand Hansard prints an oral question's number, the member and whom it is put to before the
# colon (`1. ANDREW LITTLE (Leader of the Opposition) to the Prime Minister: Does he…`): the member's turn.
_ADDRESSED = lazy(r"^(?P<head>T?\d{1,3}\.\s+[^:\n]{2,120}?)\s+to\s+the\s+[^:\n]{2,80}?\s*:[ \t]")

# KildareStreet, TheyWorkForYou and OpenAustralia set each speech under the speaker's name and, in
# brackets, their constituency, party or office, on a line of its own with no colon (`Micheál Martin
# (Cork South Central, Fianna Fail)`, `Hon Dr NICK SMITH (Minister for ACC)`): a known person's name so
# set opens their turn; any other line of that shape stays a line of text.
_NAME_AND_NOTE = lazy(r"^(?P<name>[^\W\d_][^()\[\]:：\n]{1,60}?)\s*\((?P<note>[^()\n]{2,80})\)$")


def name_line(line: str, index: Names) -> str | None:
    """The name a line of its own sets as a turn's label (`Micheál Martin (Cork South Central,
    Fianna Fail)`), when it names a known person; None otherwise."""
    m = _NAME_AND_NOTE.match(line)
    if m is None:  # TheyWorkForYou's `Mark Drakeford Labour 1:53, 19 March 2024`
        return partylines.party_line(line, lambda name: label_owner(name, index)[0] not in (None, NOBODY))
    if parse_turn(m.group("name") + ": ") is None:
        return None
    owner, _ = label_owner(m.group("name"), index)
    return m.group("name") if owner and owner != NOBODY else None


def parse_turn(line: str, printed: frozenset[str] = frozenset()) -> tuple[str, int, list[str]] | None:
    """(label, end of the label and colon, the notes after it) when the line opens a turn; a label
    printed without a colon (`CHAIR POWELL.`, `TAG<tab>`) when no label with one opens it and the
    text shows that layout (`printed`: printed_layouts of the text)."""
    return _parse_turn(line) or printedlabels.printed_label(line, printed, CHAIR_NOTE)


def printed_layouts(paras: list[str], index: Names, offices: dict[str, str] | None = None) -> frozenset[str]:
    """The layouts of labels without a colon a text shows (printedlabels.py): those of which a line
    names a known person, a person's `labels`, one of the source's `offices` or the chair."""
    held = {fold_label(title) for title in offices or {}}

    def known(line: str, label: str, notes: list[str]) -> bool:
        owner, _ = label_owner(label, index)
        return _parse_turn(line) is None and (owner not in (None, NOBODY) or CHAIR_NOTE in notes
                                              or fold_label(label) in held)
    lines = (raw.strip() for para in paras for raw in unicodedata.normalize("NFC", para).split("\n"))
    return printedlabels.shown(lines, known, CHAIR_NOTE)


def _parse_turn(line: str) -> tuple[str, int, list[str]] | None:
    if line[:1] == "[" and (b := _BRACKETED.match(line)):
        found = parse_turn(b.group(1) + ": ")
        if found:
            return found[0], b.end(), found[2]
    if line[:1] in "*_" and (e := _EMPHASIS.match(line)):
        inner = e.group(2).rstrip()
        found = parse_turn(inner if inner.endswith((":", "：")) else inner + e.group(3))
        if found and found[1] >= len(inner) - 1:
            return found[0], e.end(), found[2]
    if line[:1].isdigit() and (addressed := _ADDRESSED.match(line)):
        found = parse_turn(addressed.group("head") + ": ")
        if found:
            return found[0], addressed.end(), found[2]
    if line[:1] == "【" and (lent := _LENTICULAR.match(line)):
        found = parse_turn(lent.group(1) + ": ")
        if found:
            return found[0], lent.end(), found[2]
    m = _LABEL.match(line)
    if not m:
        q = _BARE_Q.match(line)
        if q:
            return "Q", q.end(), []
        a = _BARE_A.match(line)
        if a:
            return "A", a.end(), []
        gpo = _gpo_label(line)
        return (gpo.group("label"), gpo.end(), []) if gpo else None
    label = m.group("label").strip()
    outlet = _OUTLET.match(label)
    if outlet:  # `MARICEL HALILI/TV5:`: the reporter, the outlet a note
        label = outlet.group("name").strip()
    words = label.split()
    if not words or len(words) > 9:
        return None
    role = _role_after_name(label)
    if _french_office(label):  # `M. le président`, `Mme la ministre`: the office in lower case
        role = words[2:]
    for word in words[:len(words) - len(role)]:
        if not _LABEL_WORD.match(word):
            return None
        head = word.lstrip("'’")[:1]
        if not (head.isupper() or head.isdigit() or word.lower() in PARTICLES or _caseless(head)
                or word.lower() in printedlabels.HONORIFICS
                or re.match(r"^(al|el|d|l|bin|ibn)[-'’]", word)):
            return None
    notes = [n.strip("()[] ") for n in re.findall(r"[(\[][^)\]\n]*[)\]]", m.group("notes"))]
    if outlet:
        notes.append(outlet.group("outlet").strip())
    if _EP_CHAIR.fullmatch(fold_label(label)) and re.search(r"\.[ \t]+[–—]", m.group(0)):
        notes.append(CHAIR_NOTE)  # the European Parliament's `President. –`: the sitting's chair
    return label, m.end(), notes


# The Philippine government's transcripts name a reporter with the outlet after a slash
# (`MARICEL HALILI/TV5:`, `ALVIN BALTAZAR/RADYO PILIPINAS:`): the name is the label.
_OUTLET = lazy(r"^(?P<name>[^/\n]{2,60}?)\s*/\s*(?P<outlet>[^\W_][\w.&'’-]*(?:\s+[^\W_][\w.&'’-]*){0,3})$")
# 外務省 prints each turn under its speaker in lenticular brackets, the words touching them
# (`【岸田外務大臣】今年の…`, `【記者】大臣,…`); the Kantei's statement heading alone on its line is alone_label's.
_LENTICULAR = lazy(r"^【([^【】\n]{1,20})】[ \t\u3000]*(?=\S)")
# The European Parliament's verbatim report prints its sitting's chair by office alone, a point and a
# dash after it (`President. –`, `Präsident. –`, `Le Président. –`): like the Congressional Record's and
# the Sénat's chair, a holder the record does not name there: no one's words (the source's `offices`
# name one), never an unknown label. La Moncloa's `Presidente.-` (no space, the head of government) is not it.
_EP_CHAIR = lazy(r"(?:the |le |la |der |die |il |el )?(?:vice-)?(?:president|presidente|président|présidente|"
                 r"präsident|präsidentin)")
CHAIR_NOTE = "\0chair of the sitting"


# The French parliament's address of an office holder, the office in lower case after `M. le` or
# `Mme la` (the Sénat's analytic record: `M. le président.  - `, `Mme la présidente.  - `): every
# word after it an office or a joining word, so a sentence (`M. le président a dit`) is no label.
_FRENCH_OFFICE = lazy(r"^(?:M\.|Mme|Mlle)\s+(?:le|la)\s+(?P<office>[^\W\d_][\w'’ -]*)$")


def _french_office(label: str) -> str:
    """The office of a `M. le président` label, or ''."""
    m = _FRENCH_OFFICE.match(label.strip())
    if m is None:
        return ""
    words = m.group("office").split()
    folded = [fold_label(w) for w in words]
    ok = folded and is_title(folded[0]) and all(is_title(w) or w in _ROLE_JOINERS for w in folded)
    return " ".join(words) if ok else ""


# Words a role after a name may hold in lower case (`Peter Altmaier, Parl. Staatssekretär beim
# Bundesminister des Innern:`, `M. Bernard Cazeneuve, Premier ministre .  - `).
_ROLE_JOINERS = frozenset("beim bei im am des der dem den die für fuer und du de des la le l' d' aux au et en "
                          "chargé chargée auprès of for the and to on at in".split())


def _role_after_name(label: str) -> list[str]:
    """The words of a role printed after a name and a comma (the Bundestag's and the French
    parliament's `Name, office:`), which may run in lower case; [] when there is none. The name
    has two words at least and the role a capital or an office among its words, so a sentence
    (`However, the minister said:`) is no label."""
    name, comma, role = label.partition(",")
    words = role.split()
    if not comma or len(name.split()) < 2 or not words or len(words) > 7:
        return []
    if not all(_LABEL_WORD.match(w) and (w[:1].isupper() or fold_label(w) in _ROLE_JOINERS or is_title(fold_label(w)))
               for w in words):
        return []
    return words if any(w[:1].isupper() or is_title(fold_label(w)) for w in words) else []


def label_owner(label: str, index: Names) -> tuple[str | None, str]:
    """(owner, why not) of a label: a person id, NOBODY, or None with the reason."""
    if label not in index.owners:
        index.owners[label] = _label_owner(label, index)
    return index.owners[label]


def _label_owner(label: str, index: Names) -> tuple[str | None, str]:
    if fold_label(label) in index.labels:  # as people.yaml writes it, a comma kept (`Abe, Asahi Shimbun`)
        return index.labels[fold_label(label)], ""
    folded = fold_label(label).replace(",", " ")
    if folded in index.labels:
        return index.labels[folded], ""
    words = folded.split()
    if len(words) > 2 and words[-1].strip(".") in _SUFFIXES:
        words = words[:-1]  # `John G. Roberts, Jr.:` (Oyez), `LLOYD J. AUSTIN III:`: the name before the suffix
    found: set[str] = set()
    # A label in capitals spells a name as the wires do (MUELLER, JOSE): read it so too.
    words = [w if w in index.by_last or w.isascii() else
             next((r for r in (transliterated(w), plain_letters(w)) if r in index.by_last), w) for w in words]
    first = label.split()[:1]
    if len(words) > 2 and first and re.fullmatch(r"[A-Z]{2,5}", first[0]) and is_title(words[1]):
        words = words[1:]  # an agency's acronym before the office: `PCO USEC. CASTRO`, `DFA ASEC. LEE`
    for fw, pids in index.by_last.get(words[-1] if words else "", ()):
        if len(fw) <= len(words) and words[len(words) - len(fw):] == fw:
            for pid in pids:  # before the name: titles, initials and the person's other names
                full = fold_label(index.full[pid])
                given = set(full.split()) | set(plain_letters(full).split()) | set(transliterated(full).split())
                if all(is_title(w) or w.strip(".") in given or plain_letters(w.strip(".")) in given
                       or re.fullmatch(r"[^\W\d_]\.?", w)
                       for w in words[:len(words) - len(fw)]):
                    found.add(pid)
    if not found and (role := _role_after_name(label)) and not _SUFFIXES & {fold_label(w).strip(".") for w in role}:
        before = label.partition(",")[0]  # `Name, office:`: the person the name before the office names
        holder, _ = label_owner(before, index)
        if holder and holder != NOBODY:
            return holder, ""
    if len(found) == 1:
        return found.pop(), ""
    if found:
        who = " or ".join(sorted(index.full[p] for p in found))
        return None, f"could be {who}: give the right person labels: [{flow(label)}]"
    if all(w.strip(".") in NOBODY_WORDS or w in NOBODY_WORDS or w.isdigit() for w in words[words[:1] == ["also"]:]):
        return NOBODY, ""  # and a record's `Also Present:` after its `Present:` (hearings, minutes)
    if _ROMAN.fullmatch(folded.strip()):
        return NOBODY, ""  # a committee's panel of witnesses (`I: Esther Webber, The Times`), no speaker
    if _CHAIR.fullmatch(" ".join(words)) or _french_office(label) in ("président", "présidente") \
            or printedlabels.diario_chair(" ".join(words)):
        return NOBODY, ""  # the Congressional Record's chair, the Sénat's, whom it names by office alone
    core = [w for w in words if not re.fullmatch(r"#?\d+|one|two|three|four|five", w)]
    if core and core[-1] in ("official", "officials"):
        return NOBODY, ""  # a background briefing: SENIOR STATE DEPARTMENT OFFICIAL, no one by name
    if len(core) > 1 and core[-1] in ("representative", "representatives") and all(w in NOBODY_WORDS for w in core[:-1]):
        return NOBODY, ""  # a court's `PRESS REPRESENTATIVE:` from the floor, as `A VOICE:`: no one by name
    mixed = mixed_script(label)
    if mixed:  # `MR. KIRВY` with a Cyrillic В: it looks like a person it cannot match
        return None, f"matches no person: {mixed}"
    return None, ("matches no person: add the speaker to sources/people.yaml "
                  f"(or labels: [{flow(label)}] to the person it names)")


# A generational suffix after a full name, with or without its comma: no part of the family name.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# The Congressional Record's chair of the day (`The PRESIDING OFFICER.`, `The SPEAKER pro tempore.`,
# `The ACTING PRESIDENT pro tempore.`), and a committee Hansard's `CHAIR:` (`ACTING CHAIR:`,
# `DEPUTY CHAIR:`), which Australia's Senate estimates print for every turn of the chair: an office
# the record never names a holder of; a person whose `labels` it is (the project's own knowledge), or
# the source's `offices`, is matched before this.
_ROMAN = lazy(r"[ivx]{1,4}")
_CHAIR = lazy(r"(?:the )?(?:acting )?(?:presiding officer|(?:speaker|president) pro tempore)|"
              r"(?:the )?(?:acting |deputy )?chair")


def is_title(word: str) -> bool:
    """A title, honorific or rank (`minister`, `gen.`, `vice-president`)."""
    return all(part.strip(".") in TITLE_WORDS or part in TITLE_WORDS for part in word.split("-") if part)


# A transcript's parentheses are the transcriber's, never the speaker's: `(Laughter.)`,
# `(Off mic.)`, `(The briefing was concluded at 1:42 p.m.)` (State Department, White House and
# DoD transcripts alike). They are taken out of the turn (notes.py): a quote runs over them as
# the speaker spoke, and none includes them; a note of words lost stays, as a gap.
STAGE = lazy(r"\([^()\n]{1,300}\)")


def turn_spans(voices: Voices, i: int, piece: list[str], owner: str | None, who: str, group: int,
                line: int) -> bool:
    """Add a turn's words in paragraph i, without stage directions; False if it has none."""
    text = normalize("\n".join(piece)).replace('"', "'")
    if "(" in text or "[" in text:
        text = notes.without_notes(text, every_parenthesis=True)
    if not text.strip():
        return False
    voices.spans.append(Span(i, text, owner, who, group, line))
    return True


def _named_in_notes(label: str, notes: list[str], index: Names, bound: dict[str, str]) -> str | None:
    """Hansard names an office's holder in brackets after it (`The Prime Minister (Rishi
    Sunak):`, `Madam Deputy Speaker (Dame Eleanor Laing):`) and then prints the office alone:
    the office stands for that person for the rest of the transcript."""
    key = fold_label(label)
    for note in notes:  # `(Ruth Jones)`, or `(Ruth Jones, Reuters)`: the name before the outlet
        for name in dict.fromkeys((note, note.split(",")[0].strip())):
            pid, _ = label_owner(name, index) if name and (name[:1].isupper() or _caseless(name[:1])) else (None, "")
            if pid and pid != NOBODY:
                bound[key] = pid
                return pid
    return bound.get(key)


# Roles one person holds through a transcript: once it names them (`INTERVIEWER (Mary Kelly):`),
# the bare label is theirs too. Not QUESTION, REPORTER, AUDIENCE: many people speak under those.
ONE_HOLDER = frozenset("interviewer host moderator chair chairman chairwoman chairperson presenter anchor "
                       "narrator announcer".split())


# A reporter's turn under a generic label may open by naming its speaker and outlet (`QUESTIONER: Tracy
# Watson, USA Today. I guess…`, `Q: Hi, Tom Bowman with NPR.`), as NASA's, DoD's and State's briefings print
# it: the turn is that person's when people.yaml has them by that full name. A greeting after a name
# (`Q: Secretary Lee, thank you.`) addresses someone; it names no speaker.
ASKERS = frozenset("q q. question questioner reporter journalist".split())
# A court reporter's voice from the floor names itself so too (`A VOICE: Daniel Kummer from NBC Universal, and…`).
_FLOOR = ASKERS | {"a voice", "voice", "unidentified speaker", "audience member"}
_SELF_NAMED = lazy(r"^(?:(?i:hi|hello|yes|thanks|thank you)[,.!]?\s+)?(?:(?i:i'm|i’m|i am|this is|my name is)\s+)?"
                   r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})(?:,\s+|\s+(?:with|from|of)\s+)"
                   r"(?P<outlet>[^.?!,]{1,60})[.,](?:\s|$)")
_GREETING = lazy(r"(?i)^(?:thank|thanks|welcome|good|hi|hello|congratulations|sir|madam|ma'am|please)\b")


# A briefing's facilitator under a generic label opens by introducing themself (`STAFF:  Good afternoon,
# I'm Commander Jessica McNulty and I'll be facilitating…`, DoD): the turn is that person's, titles aside.
HOSTS = frozenset("staff staffer moderator host".split())
_INTRODUCED = lazy(r"^(?:(?i:good (?:morning|afternoon|evening)|hi|hello|welcome)[^.,!]{0,30}[,.!]\s+)?"
                   r"(?i:i'm|i’m|i am|my name is|this is)\s+"
                   r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,5})(?=\s+(?:and|from|with|of|at)\b|[,.;!]|$)")


def introduced(label: str, words: str, index: Names) -> str | None:
    """The person a host's or staff label's turn opens by introducing, or None."""
    m = _INTRODUCED.match(words.strip()) if fold_label(label) in HOSTS else None
    if m is None:
        return None
    name = m.group("name").split()
    while len(name) > 2 and is_title(name[0].lower()):
        name = name[1:]
    found = [pid for pid, full in index.full.items() if fold_label(full) == fold_label(" ".join(name))]
    return found[0] if len(found) == 1 else None


def self_named(label: str, words: str, index: Names) -> str | None:
    """The person a generic questioner's label's turn opens by naming, or None."""
    if (host := introduced(label, words, index)) is not None:
        return host
    m = _SELF_NAMED.match(words.strip()) if fold_label(label) in _FLOOR else None
    if m is None or _GREETING.match(m.group("outlet")):
        return None
    name = _uninitialled(fold_label(m.group("name")))
    found = [pid for pid, full in index.full.items() if _uninitialled(fold_label(full)) == name]
    return found[0] if len(found) == 1 else None


def _uninitialled(folded: str) -> str:
    """A name without its middle initials: people name themselves without them (`Daniel Kummer`)."""
    words = folded.split()
    return " ".join(words[:1] + [w for w in words[1:-1] if not re.fullmatch(r"[^\W\d_]\.?", w)] + words[1:][-1:])


# A role alone that transcripts print as a label in mixed case (the UN's `Spokesman:`, a court's
# `Witness:`): a turn, even one no person is known for, never a sentence (`Look: we will…`).
ROLE_LABELS = frozenset("spokesman spokeswoman spokesperson chairman chairwoman chairperson chair president "
                        "minister secretary ambassador senator commissioner governor mayor witness speaker "
                        "director presenter host anchor".split())


# An interpreter's words are the speaker's (AP: an interpreted statement is the speaker's): a
# label that says whose they are (`INTERPRETER (for Lee):`, `INTERPRETER FOR PRESIDENT LEE:`,
# `LEE'S INTERPRETER:`, `LEE THROUGH INTERPRETER:`) gives the turn to that person; a bare
# `INTERPRETER:` renders the turn just before it, so it is that turn's person's (nobody's after `Q:`).
_INTERPRETER = r"(?:interpreter|translator)"
_FOR_LABEL = lazy(r"(?i)^(?:(?:the|an?)\s+)?" + _INTERPRETER + r"(?:\s+(?:for|of)\s+(?P<who>.+))?$")
_WHOSE_LABEL = lazy(r"(?i)^(?P<who>.+?)(?:'s|’s|')\s+" + _INTERPRETER + r"$")
_THROUGH_LABEL = lazy(r"(?i)^(?P<who>.+?),?\s+(?:through|via|by)\s+(?:an?\s+)?" + _INTERPRETER + r"$")
_FOR_NOTE = lazy(r"(?i)^(?:for|of)\s+(?P<who>.+)$")


# A note of the language only (`INTERPRETER (in English):`, `[into Japanese]`) names no one.
_LANGUAGE_NOTE = lazy(r"(?i)^(?:(?:in|into|from)\s+[^\W\d_]+|[^\W\d_]+\s+(?:interpretation|translation))$")


def _bare_interpreter(label: str, notes: list[str]) -> bool:
    """`INTERPRETER:`, `THE INTERPRETER:`, `INTERPRETER (in English):`: an interpreter's turn that
    says nothing of whose words it renders. The turn just before it is what it renders: after a
    named person's it is theirs; after a question's (`Q:`, `REPORTER:`), a moderator's, an unknown
    label's or none it is nobody's, so a question put to a minister through an interpreter is
    never the minister's. (An interpreter who renders the next turn first is not assumed.)"""
    bare = re.sub(r"(?i)^(?:the|an?)\s+", "", fold_label(label))
    return bare in ("interpreter", "translator") and all(_LANGUAGE_NOTE.match(n.strip()) for n in notes)


def interpreted_label(label: str, notes: list[str], index: Names) -> tuple[bool, str | None]:
    """(whether the label is an interpreter's, the person whose words they render or None)."""
    m = _FOR_LABEL.match(label) or _WHOSE_LABEL.match(label) or _THROUGH_LABEL.match(label)
    if m is None:
        return False, None
    who = m.group("who") or next((n.group("who") for note in notes if (n := _FOR_NOTE.match(note))), None)
    if not who:
        return True, None
    pid, _ = label_owner(who.strip(), index)
    return True, pid if pid and pid != NOBODY else None


ANSWER = frozenset(("A", "A.", "ANSWER"))  # a published Q&A's answers: the interviewee's

# The Bundestag's Fragestunde: the chair calls a member's written question (`Ich komme zur Frage 47
# der Kollegin Karin Binder.`, `Ich rufe die Frage 12 des Abgeordneten Max Muster auf.`) and the
# protocol prints the question, the member's words, as the next paragraph inside the chair's turn.
_CALL = lazy(r"^(?:Ich komme (?:nun |jetzt )?zur|Wir kommen (?:nun |jetzt )?zur|Ich rufe (?:nun |jetzt )?(?:die )?)"
             r"\s*Frage\s+\d+\s+(?:der Kollegin|des Kollegen|der Abgeordneten|des Abgeordneten)\s+"
             r"(?P<name>[^.:()]+?)\s*(?:\([^)]*\))?(?:\s+auf)?\s*[.:]$")


def called_member(text: str, index: Names) -> tuple[str, str] | None:
    """(owner, the call) when a chair's paragraph calls a member's question: the member's id, or
    NOBODY when the name is no known person's (the question is still not the chair's)."""
    m = _CALL.match(normalize(text))
    if m is None:
        return None
    pid, _ = label_owner(m.group("name").strip(), index)
    return (pid if pid else NOBODY), m.group(0)
ASKED = "?"  # the `who` of an unlabelled question's turn in a Q&A whose answers alone are labelled

# A question as a committee's written Q&A sets it: ending with `?`, or opening as a question or a
# request does (`What …`, `Please describe …`, `In your view, …`).
_ASKING = lazy(r"(?i)^(?:please\s+)?(?:what|why|how|when|where|which|who|whom|whose|do|does|did|is|are|was|"
               r"were|will|would|can|could|should|shall|have|has|in your (?:view|opinion)|describe|explain|"
               r"discuss|identify|list|provide|comment|elaborate)\b")


def _a_question(para: str) -> bool:
    text = normalize(para).rstrip(" '\"”’)")
    return text.endswith("?") or _ASKING.match(text) is not None


def unlabelled_questions(paras: list[str], printed: frozenset[str] = frozenset()) -> set[int]:
    """The paragraphs that are questions in a written Q&A whose answers alone are labelled
    (`ANSWER:`, `A:`) and whose questions are not (a Senate committee's advance questions): each
    unlabelled paragraph that is a question just before an answer's label, and those before it that
    open as a question does (`Do you …?` then `If so, what …?`): an answer's own last paragraph may
    end with a question (`… Who would object?`), never open with one.
    After an answer, it is the next question, nobody's, not the answer going on. Only in that
    layout: where questions have labels, or anyone else does, an unlabelled paragraph stays the turn
    it is in (a speech's `Why should we wait?`); a question inside a paragraph never ends a turn."""
    heads: list[str | None] = []
    labels = []
    for para in paras:
        lines = unicodedata.normalize("NFC", para).split("\n")
        found = [parse_turn(line.strip(), printed) for line in lines]
        labels += [f[0] for f in found if f]
        heads.append(found[0][0] if found and found[0] else None)
    if not labels or any(label.upper() not in ANSWER for label in labels):
        return set()
    asked: set[int] = set()
    first = next(i for i, head in enumerate(heads) if head is not None) if any(heads) else len(heads)
    for i, head in enumerate(heads):
        k = i - 1
        while head is not None and k > first and heads[k] is None and _a_question(paras[k]) \
                and (k == i - 1 or _ASKING.match(normalize(paras[k]))):
            asked.add(k)
            k -= 1
    return asked


def _opening(paras: list[str], answerer: str | None, printed: frozenset[str], qa: bool = False) -> str | None:
    """Who speaks before the first label: a briefing's spokesperson opens with a statement printed
    without a label, then takes questions (`Q:` … `A:`); so when the first label asks, the words
    before it are the source's speaker's. Before any other label they are no one's we can name."""
    for para in paras if answerer else ():
        for raw in para.split("\n"):
            if (found := parse_turn(raw.strip(), printed) or (bareturns.bare_answer(raw.strip()) if qa else None)) is not None:
                return answerer if fold_label(found[0]) in ASKERS else None
    return None


def _opens_turn(para: str, index: Names, printed: frozenset[str]) -> bool:
    first, _, rest = unicodedata.normalize("NFC", para).strip().partition("\n")
    first = first.strip()
    return bool(parse_turn(first, printed) or alone_label(first, bool(rest)) or name_line(first, index))


def _heading(raws: list[str], following: str, index: Names, printed: frozenset[str]) -> bool:
    """A paragraph inside a turn that is the record's heading, not the speaker's words: one line of
    six words or more, with a capital and no sentence's end (`Remarks by the Secretary-General at a
    reception …, on 27 September 2001`), right before a paragraph that opens a turn. A speaker's
    words end with a stop, a question or exclamation mark, a dash or a colon, even cut off. A
    hearing's witness heading in capitals is one too, over as many lines as it wraps."""
    if _WITNESS_HEADING.match(raws[0].strip()) and all(printedlabels.in_capitals(raw) for raw in raws):
        return _opens_turn(following, index, printed)
    if len(raws) != 1:
        return False
    line = raws[0].strip()
    if len(line.split()) < 6 or not line[:1].isupper() or not line[-1:].isalnum() or re.search(r"[.?!;:]\s", line):
        return False
    return not parse_turn(line, printed) and _opens_turn(following, index, printed)


def transcript(paras: list[str], index: Names, lines: list[int], answerer: str | None = None,
               offices: dict[str, str] | None = None) -> Voices:
    """Turns, split at every line that opens with a label; a turn runs over paragraphs until the
    next. `A:` turns are the `answerer`'s (the source's speaker), when the source names one.
    `offices`: the source's own offices, whose label alone (`Chair:`, `Portavoz.-`) is their holder's."""
    held = {fold_label(title): pid for title, pid in (offices or {}).items()}
    printed = printed_layouts(paras, index, offices)
    voices = Voices(len(paras))
    qa = bareturns.pairs_bare(paras)  # a deposition's `Q` and `A`, no stop
    owner, who, group, line = _opening(paras, answerer, printed, qa), "", -1, 0
    bound: dict[str, str] = {}  # an office's label -> the person Hansard named in brackets after it
    asked = unlabelled_questions(paras, printed) if answerer else set()
    call: tuple[str, str] | None = None  # a chair's call of a member's question in the paragraph before
    for i, para in enumerate(paras):
        piece: list[str] = []
        if i in asked:  # the next question, unlabelled: nobody's, not the answer going on
            owner, who, group, line = NOBODY, ASKED, group + 1, lines[i] if i < len(lines) else 0
        resume = None  # the chair's turn, which goes on after the question called
        if call and parse_turn(para.split("\n", 1)[0].strip(), printed) is None:  # the question called: the member's
            resume = owner, who, line, call[1]
            owner, who, group, line = call[0], call[1], group + 1, lines[i - 1] if i - 1 < len(lines) else 0
        call = None
        raws, rows = shotlists.turns(unicodedata.normalize("NFC", para).split("\n"))  # a soundbite's turns
        if owner is not None and i + 1 < len(paras) and _heading(raws, paras[i + 1], index, printed):
            # the record's heading between two turns (the next event's title): no one's words, and
            # the same person's label after it opens a new turn, not the one before going on
            owner, who, group = NOBODY, HEADED, group + 1
            line = lines[i] if i < len(lines) else 0
            turn_spans(voices, i, raws, owner, who, group, line)
            continue
        for k, raw in enumerate(raws):
            found = parse_turn(raw.strip(), printed)
            if found is None and (alone := alone_label(raw.strip(), k + 1 < len(raws), raws[k - 1] if k else "")):
                found = alone, len(raw.strip()), []
            if found is None and (named := name_line(raw.strip(), index)):
                found = named, len(raw.strip()), []
            if found is None and qa:
                found = bareturns.bare_answer(raw.strip())
            if found is None and len(raws) == 1 and i + 1 < len(paras) and (titled := bareturns.titled_name(raw)) \
                    and (titled == bareturns.HONORIFIC or fold_label(raw.strip()) in held
                         or label_owner(raw.strip(), index)[0]):
                found = raw.strip(), len(raw.strip()), []  # Historic Hansard's `Mr. G. Brown` alone
            if found is None:
                if HEADING.match(raw.strip()) and not _words_lost(raw.strip()):  # `[inaudible]`, `[…]` stay gaps
                    continue  # the transcriber's heading, inside a turn that goes on after it
                if END.match(raw.strip()):  # the transcript's end: what follows is no one's
                    turn_spans(voices, i, piece, owner, who, group, line)
                    owner, who, group, piece = NOBODY, "END", group + 1, []
                    line = lines[i] + rows[k] if i < len(lines) else 0
                    continue
                piece.append(raw)
                continue
            label, end, notes = found
            interpreter, principal = interpreted_label(label, notes, index)
            found_owner, why = label_owner(label, index)
            if fold_label(label) in held:
                # the source names the holder (`offices: {Chair: …}`): it knows who held the office that day,
                # before a person whose `labels` have the office from another text (one Speaker's `Mr Speaker`)
                found_owner, why = held[fold_label(label)], ""
            if interpreter and principal:
                found_owner, why, notes = principal, "", []
            elif interpreter and _bare_interpreter(label, notes):
                found_owner = owner if owner and owner != NOBODY else NOBODY  # renders the turn before it
                notes = []
            if found_owner is None and " " not in label and not label.isupper() and not _caseless(label[:1]) \
                    and fold_label(label) not in ROLE_LABELS:
                piece.append(raw)  # `Look: we will…` inside a turn, not a speaker (labels are NAME: or Mr. Name:)
                continue
            if found_owner is None and CHAIR_NOTE in notes:
                found_owner, why = NOBODY, ""
            notes = [n for n in notes if n != CHAIR_NOTE]
            if found_owner is None or notes or (found_owner == NOBODY and fold_label(label) in ONE_HOLDER):
                found_owner = _named_in_notes(label, notes, index, bound) or found_owner
            if answerer and label.upper() in ANSWER:
                found_owner = answerer
            if found_owner == NOBODY and (asker := self_named(label, raw.strip()[end:], index)):
                found_owner = asker
            turn_spans(voices, i, piece, owner, who, group, line)
            # The same person's label again with no one between (a recording's transcript cut into
            # timed segments, `[00:12:35] Ana Ruiz:` then `[00:12:44] Ana Ruiz:`): one utterance, no words
            # left out between them, so a quote reads on across it as over a paragraph break.
            same = found_owner is not None and found_owner != NOBODY and found_owner == owner and not interpreter
            owner = found_owner
            line = lines[i] + rows[k] if i < len(lines) else 0
            if owner is None:
                voices.bad_labels.append((label, line, why))
            who, group, piece = label, group if same else group + 1, [raw.strip()[end:]]
            if owner and owner != NOBODY:
                voices.speaking[i].add(owner)
        if turn_spans(voices, i, piece, owner, who, group, line):
            if owner and owner != NOBODY:
                voices.speaking[i].add(owner)
            if owner and owner != NOBODY and not (resume and who == resume[3]):
                call = called_member("\n".join(piece), index)
        if resume and who == resume[3]:  # no label in the question's paragraph: the chair's turn goes on
            owner, who, line = resume[:3]
            group += 1
    return voices
