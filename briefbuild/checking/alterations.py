"""Alterations clarify, never change (Chicago 12.69-12.74, 13.59-13.62).

A [bracket] may change the case of a first letter, name what a pronoun or reference stands
for (in full: a noun phrase of any length, with no verb or clause of its own), spell out an
abbreviation (`[December 6]` for Dec. 6), write a number another way (`[5%]` for 5 per cent,
`[$40 billion]` for $40bn: unmarked, another spelling is a misquote), insert a clarifying word inside the
quote, give the same word another inflection, or be [sic]. It never adds, drops or changes a
number, a negation (contractions included) or a modal, and at either end of the quote it
never stands for a word it does not clarify. Final punctuation may be dropped or fit the
sentence, never turn a statement into a question or exclamation, or the reverse. What an
ellipsis may drop is ellipses.py's; `check` runs both.
"""
from __future__ import annotations

import re
from collections import Counter

from ..patterns import lazy
from . import dates, japanese, states
from .antecedents import wrong_referent
from .ellipses import MODALS, NEGATIONS, NUMBER_WORDS, check_ellipsis, words
from .matcher import CONTEXT, Gap, Match, Matcher
from .notes import lost
from .references import ENGLISH, References, apart, head_noun, past_noun, reference_run, references_for
from .verbforms import changed_verb

MAX_BRACKET_WORDS = 4
# The notes an editor puts in brackets (Chicago 13.60, 13.62): never the speaker's words.
EDITORS_NOTE = lazy(r"(?i)\s*(?:sic|emphasis (?:added|mine|in (?:the )?original)|italics (?:added|mine|in (?:the )?"
                    r"original)|my emphasis|original emphasis|translation (?:ours|mine))\s*!?")
_DIGITS = {w: str(k) for k, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())} | {w: str(k * 10) for k, w in enumerate(
        "thirty forty fifty sixty seventy eighty ninety".split(), start=3)}
_IRREGULAR = [frozenset(g.split()) for g in (
    "be is are was were am been being 's 're 'm", "have has had having 've", "do does did done doing",
    "go goes went gone going", "say says said saying", "make makes made making")]
_LAST_WORD = lazy(r"(?<!\w)\w*$")  # starts where a word does: linear on a long word
_FIRST_WORD = lazy(r"^\w*")

_PRONOUN_ONE = frozenset("no any every each some the this that which no-one".split())  # no one, the one: a pronoun


def _numbers(ws: list[str]) -> Counter:
    return Counter(w.strip("$%").rstrip(".,") for k, w in enumerate(ws) if w[:1].isdigit() or w[:1] == "$"
                   or (w in NUMBER_WORDS and not (w == "one" and k and ws[k - 1] in _PRONOUN_ONE)))


# `m` and `k` stay letters: `100m` may be metres.
_SCALES = {"bn": "billion", "mn": "million", "tn": "trillion"}
_SMALL = {"hundred": 100, "thousand": 1000}  # million and up stay words: AP writes 40 billion


def in_figures(text: str) -> list[str]:
    """Words with numbers in figures and percent as %: [seven] and 7, [40 percent] and 40%,
    [four hundred] and 400, [forty-five] and 45, [two thousand] and 2,000."""
    out: list[str] = []
    run: int | None = None  # the value of a number being spelled out, word by word
    ws = words(text)
    for k, w in enumerate(ws):
        figure = w.replace(",", "")
        # (a figure past 18 digits stays a word: Python refuses to read one of over 4,300 as a number)
        if w in _DIGITS or figure.isdigit() and len(figure) <= 18:
            value = int(_DIGITS.get(w, figure))
            if run is not None and w in _DIGITS and run > value and run % 10 ** len(str(value)) == 0:
                run += value  # forty-five, four hundred and fifty
            else:
                if run is not None:  # `seven five`: two numbers, not one
                    out.append(str(run))
                run = value
            continue
        if w in _SMALL and run is not None:
            low = run % 1000 if w == "hundred" else run
            run = run - low + low * _SMALL[w]
            continue
        if w == "and" and run is not None and run >= 100 and k + 1 < len(ws) and ws[k + 1] in _DIGITS:
            continue  # four hundred and fifty
        if run is not None:
            out.append(str(run))
            run = None
        if w == "cent" and out[-1:] == ["per"]:
            out[-1] = "%"  # British `per cent`: one word with percent and %
        elif w in _SCALES and out[-1:] and out[-1].lstrip("$")[:1].isdigit():
            out.append(_SCALES[w])  # `$40bn`: the newsroom's billion
        elif w == "percent":
            out.append("%")
        elif w[:1].isdigit() and w.endswith("%"):
            out += [w[:-1], "%"]
        else:
            out.append(w)
    if run is not None:
        out.append(str(run))
    return out


def _kind(ws: list[str], kinds: frozenset[str]) -> Counter:
    return Counter(w for w in ws if w in kinds)


def _said(text: str) -> str:
    return f"'{text}'" if text else "nothing"


def same_word(a: str, b: str) -> bool:
    """Two forms of one word: support/supports/supported, is/are, ally/allies."""
    a, b = a.lower(), b.lower()
    if a == b or any(a in g and b in g for g in _IRREGULAR):
        return True
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= 3 and common >= min(len(a), len(b)) - 3 and abs(len(a) - len(b)) <= 4


def _initials(letters: str, ws: list[str]) -> bool:
    """The letters are the words' initials in order, a compound word giving more than one
    (`NGO`: nongovernmental organization)."""
    if not ws:
        return not letters
    if not letters or ws[0][:1].upper() != letters[0]:
        return False
    word, ends = ws[0].upper(), set()

    def inside(li: int, wi: int) -> None:
        ends.add(li)
        if li < len(letters):
            j = word.find(letters[li], wi)
            while j != -1:
                inside(li + 1, j + 1)
                j = word.find(letters[li], j + 1)
    inside(1, 1)
    return any(_initials(letters[n:], ws[1:]) for n in ends)


_MONTHS = "january february march april may june july august september october november december".split()


def _abbreviation(short: str, full: str) -> bool:
    """`Dec.` or `Dec` for December, `Gen.` for General: a word cut short and marked by its full stop
    (a month's also without it)."""
    stem = short.rstrip(".").lower()
    if len(stem) < 2 or not full[:1].isupper() or len(full) <= len(stem):
        return False
    month = next((m for m in _MONTHS if m.startswith(stem)), None)
    if month and len(stem) >= 3:
        return full.lower() == month  # `Dec.` is December, never another word that starts so
    return short.endswith(".") and full.lower().startswith(stem)


def _initialism(src: str, ours: list[str]) -> bool:
    """[United States] for U.S., [the North American Free Trade Agreement] for NAFTA: the words whose
    initials the abbreviation is, spelled out however long (the abbreviation fixes them)."""
    letters = re.sub(r"[^A-Za-z]", "", src)
    if len(letters) > 2 and letters.endswith("s") and letters[:-1].isupper():
        letters = letters[:-1]  # a plural: NGOs, MPs
    return (letters.isupper() and 2 <= len(letters) <= 8
            and _initials(letters, [w for w in ours if w.lower() not in ("of", "the", "and", "for")]))


def _expands(src: str, ours: list[str]) -> bool:
    """[United States] for U.S., [nongovernmental organizations] for NGOs, [Prime Minister Kishida] for Kishida,
    [December 6] for Dec. 6."""
    if _initialism(src, ours):
        return True
    src_words = {w.lower() for w in _PLAIN_WORD.findall(src)}  # every word: words() drops a capital inside
    if bool(src_words) and src[:1].isupper() and src_words <= set(ours):
        return True
    return False


def _spells_out(src: str, inner: str) -> bool:
    """Word for word the same, an abbreviation or two spelled out: [December 6] for Dec. 6."""
    a, b = src.split(), inner.split()
    return len(a) == len(b) and a != b and all(x == y or _abbreviation(x, y) for x, y in zip(a, b))


def _reference(src: str, inner: str, refs: References = ENGLISH) -> bool:
    """A pronoun may be replaced by what it stands for, with a linking verb after it (`[NASA is]` for
    `we're`; a linking verb alone is verbforms.py's); `the country` by a name (`[Japan]`) or a fuller
    description that keeps its noun (`[the defence plan]` for `the plan`, `[die Bundesregierung]` for
    `die Regierung`), whose other names nested.py and descriptions.py check against the source."""
    src, inner = apart(src, refs), apart(inner, refs)
    ws = words(src)
    if not ws or len(ws) > 4:
        return False
    if all(w in refs.pronouns or w in refs.linking for w in ws) and any(w in refs.pronouns for w in ws):
        return True
    noun = description_noun(src, refs)  # not words(): it drops a capital inside (`Kanzlerin`)
    if noun is None or refs.capital_nouns and past_noun(src, refs):
        return False
    return _keeps_or_names(noun, inner, refs)


_PLAIN_WORD = lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _inside(text: str) -> list[str]:
    """The capitalized words after a text's first, which words() leaves out as names (`Kanzlerin` of
    `Die Kanzlerin`): two texts with the same words() may differ in them."""
    return [w.lower() for w in _PLAIN_WORD.findall(text)[1:] if w[:1].isupper()]


def _keeps_or_names(noun: str, inner: str, refs: References) -> bool:
    """The bracket keeps the description's noun (`[the classified leaks]` for `the leaks`) or is a name.
    A capital after the bracket's own determiner names something (`[the United States]`, `[l'OTAN]`), but
    not in German, which capitalizes every noun: there a bracket that opens with a determiner is a
    description (`[die Regierung]` for `die Kanzlerin` puts one noun for another, as `[the disclosures]`
    for `the leaks` does), unless it is an acronym (`[die USA]`) or a country's name (`[die Schweiz]`)."""
    if keeps_noun(noun, inner, refs):
        return True
    toks = _PLAIN_WORD.findall(inner)
    opens = bool(toks) and toks[0].lower() in refs.determiners
    rest = toks[1:] if opens else toks
    if refs.capital_nouns and opens:
        return any(len(t) > 1 and t.isupper() for t in rest) or states.is_country(" ".join(rest), refs.code)
    # a name ends in its capital (`[the United States]`, `[the Paris Agreement]`); a capital before a
    # common noun modifies it (`[the Brazilian envoys]`, `[the Tokyo pact]`): a description with another noun
    return any(t[:1].isupper() for t in rest) and not (refs.code == "en" and rest[-1][:1].islower())


def keeps_noun(noun: str, inner: str, refs: References) -> bool:
    """A fuller description with the source's noun (`[the defence plan]` for `the plan`; in German a
    compound ending in it, as German puts its head last: `[die Bundesregierung]` for `die Regierung`)."""
    noun = noun.replace("’", "'").removesuffix("'s")
    toks = [t.lower().replace("’", "'").removesuffix("'s") for t in _PLAIN_WORD.findall(apart(inner, refs))]
    return any(t == noun or refs.capital_nouns and t.endswith(noun) for t in toks)


def description_noun(src: str, refs: References) -> str | None:
    """The noun a definite reference of the source is about (`leaks` of `the leaks`, `Kanzlerin` of
    `die Kanzlerin der Republik`), or None for a pronoun or other words."""
    plain = [w.lower().replace("’", "'") for w in _PLAIN_WORD.findall(apart(src, refs))]
    head = head_noun(plain, refs)
    return None if head is None else plain[head]


# What makes a bracket more than a name (Chicago 12.70: an interpolation clarifies, it never
# rewrites): a verb, an auxiliary, a relative or subordinate clause, or clause punctuation.
_VERBS = frozenset(
    "is are was were be been being am has have had having do does did will would shall should may might must "
    "can could said says say told tells tell asked asks wrote writes written made makes took takes gave gives "
    "got gets went goes came comes saw sees knew knows thought thinks brought put wants wanted "
    "who whom whose which because if unless when while although though since whereas where whether".split())
_BEFORE_PARTICIPLE = frozenset("the a an this that these those its their his her our my your such and or of for "
                               "to in on at by with from so-called".split())
_CLAUSE_MARK = lazy(r"[;:()—–]|\s-+\s|--")  # a dash may come normalized to a hyphen
# A dash between two capitalized words is part of a name (`the Counter Terrorism Unit – Japan`), not a clause.
_NAME_DASH = lazy(r"^[^;:()—–-]*[A-Z][\w.]*\s(?:–|-+)\s[A-Z][^;:()—–-]*$")


def clause_word(inner: str) -> str | None:
    """The word or mark that gives a bracket a verb or clause of its own, or None for a noun phrase:
    `[A vote on hate crimes]`, `[Japan, Australia and Canada]`, `[the United States]` have none;
    `[the bill that Chan wrote]`, `[Chan, who resigned]`, `[the plan approved in May]` have one.
    A word in -ed after a noun is read as a verb (a reduced clause), after a determiner as an adjective."""
    mark = _CLAUSE_MARK.search(inner)
    if mark and not _NAME_DASH.search(inner):
        return mark.group(0).strip()
    ws = [w.lower() for w in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", inner)]
    for k, w in enumerate(ws):
        if w in _VERBS or w.endswith(("n't", "n’t")):
            return w
        if w == "that" and k and ws[k - 1] not in _BEFORE_PARTICIPLE:
            return w  # `the bill that failed`; `on that bill` names one
        if w.endswith("ed") and len(w) > 4 and k and ws[k - 1] not in _BEFORE_PARTICIPLE \
                and not ws[k - 1].endswith("ly"):
            return w
    return None


def _names_in_full(src: str, inner: str, gap: Gap, before_word: str, refs: References) -> bool:
    """The bracket stands for a pronoun or reference (`It`, `the bill`) or follows one (`it [the bill]`)."""
    if src:
        return _reference(src, inner, refs)
    return gap.where in ("inside", "end") and before_word.lower() in refs.pronouns


_SOURCE_BRACKET = lazy(r" ?\[([^\[\]\n]{1,60})\]")


def without_notes(passage: str, insertions: bool, language: str | None = None) -> str:
    """The passage without the brackets its own editor added beside the speaker's words (`them
    [sic]`, `wrong [emphasis added]`, and with `insertions` `He [Chan]`): they are not what the
    speaker said, so a quote may leave them out. A bracket that stands in for words (`[the
    ministers] agreed`) stays."""
    pronouns = references_for(language).pronouns

    def drop(m: re.Match) -> str:
        if lost(m.group(1)):
            return m.group(0)  # `it [inaudible]`: words were said there, which no quote may close over
        if EDITORS_NOTE.fullmatch(m.group(1)):
            return ""
        found = _LAST_WORD.search(passage, 0, m.start())
        before = found.group(0).lower() if found else ""
        return "" if insertions and before in pronouns and m.group(0)[:1] == " " else m.group(0)
    return _SOURCE_BRACKET.sub(drop, passage)


_SIC = lazy(r"\[\s*[*_]*sic[*_]*\s*!?\]", re.I)
_WORD_BEFORE = lazy(r"[^\W\d_]+(?:'[^\W\d_]+)*[\s,;:]*$")


def sic_doubts(quote_text: str, stored: str, passage: str) -> list[str]:
    """Each [sic] of the quote's own after a word the stored text spells the same way
    elsewhere. [sic] says the original is in error there (Chicago 13.61); after a correct word
    it misrepresents the speaker. Whether a word is wrong where it stands (`their` for
    `there`, a wrong date) no check can tell, so this is a doubt to resolve, not an error:
    a word spelled only once in the text (`goverment`) raises none, nor does the source's own
    [sic] in the quote's `passage`. `stored`, `passage`: normalized."""
    doubts = []
    for m in _SIC.finditer(quote_text):
        found = _WORD_BEFORE.search(quote_text, 0, m.start())
        word = found.group(0).rstrip(" ,;:") if found else ""
        if not word or re.search(rf"(?<!\w){re.escape(word)}\s*\[\s*[*_]*sic", passage, re.I):
            continue  # no word, or the source's own [sic], kept as printed
        times = len(re.findall(rf"(?<![\w']){re.escape(word)}(?![\w'])", stored, re.I))
        if times > 1:
            doubts.append(f"[sic] after '{word}', which the stored text spells so {times} times: [sic] marks an error "
                          f"in the original (Chicago 13.61); keep it only if '{word}' is misspelled, misused or wrong "
                          "where the speaker used it, else remove it")
    return doubts


# A currency or unit a bracket may add to the source's bare number when the source gives it
# near these words (Chicago 12.70: brackets clarify): `[$40 billion]` for the `40 billion` of a
# paragraph about the $40 billion budget. Each sign and its words are one unit.
_UNIT_OF = {"$": "dollar", "us$": "dollar", "usd": "dollar", "dollar": "dollar", "dollars": "dollar",
            "€": "euro", "eur": "euro", "euro": "euro", "euros": "euro", "£": "pound", "gbp": "pound",
            "pound": "pound", "pounds": "pound", "sterling": "pound", "¥": "yen", "jpy": "yen", "yen": "yen",
            "yuan": "yuan", "renminbi": "yuan", "rmb": "yuan", "cny": "yuan", "₹": "rupee", "rupee": "rupee",
            "rupees": "rupee", "inr": "rupee", "km": "km", "kilometer": "km", "kilometers": "km",
            "kilometre": "km", "kilometres": "km", "mile": "mile", "miles": "mile", "ton": "ton", "tons": "ton",
            "tonne": "ton", "tonnes": "ton", "barrel": "barrel", "barrels": "barrel", "kg": "kg",
            "kilogram": "kg", "kilograms": "kg", "kilogrammes": "kg"}
_UNIT_TOKEN = lazy(r"(?i)us\$|[$€£¥₹]|(?<![^\W\d_])[^\W\d_]+(?![^\W\d_])")
_SIGN = {"dollar": "$", "euro": "€", "pound": "£", "yen": "¥", "rupee": "₹"}


def _units(text: str) -> Counter:
    return Counter(_UNIT_OF[t.lower()] for t in _UNIT_TOKEN.findall(text) if t.lower() in _UNIT_OF)


def _bare(text: str) -> list[str]:
    """The words of a text without its currencies and units, numbers in figures: `$40 billion` -> 40, billion."""
    return in_figures(_UNIT_TOKEN.sub(lambda t: " " if t.group(0).lower() in _UNIT_OF else t.group(0), text))


def _added_unit(bracket: str, inner: str, src: str, before_word: str, near: str | None,
                after: str = "") -> str | None:
    """'' when the bracket adds to a number only a currency or unit the source gives near these
    words; the problem when it adds one the source does not give; None when it adds none."""
    ours, theirs = _units(inner), _units(src)
    added = ours - theirs
    numbered = any(w.lstrip("$")[:1].isdigit() or w in NUMBER_WORDS for w in words(src or before_word))
    if not numbered or not (ours or theirs) or _bare(inner) != _bare(src):
        return None
    if theirs - ours:
        if added:
            return None  # another currency: told as a bracket that does not clarify
        unit = next(iter(theirs - ours))
        kind = "currency" if unit in _SIGN or unit == "yuan" else "unit"
        return (f"{bracket} drops the {kind} '{_SIGN.get(unit, unit)}' the source gives with the number (it has "
                f"{_said(src)} there): a bracket may spell a number out, never drop what it counts")
    if not added:
        return ""  # the same amount in another form: [$40 billion] for 40 billion dollars
    if _units(" ".join(after.split()[:2])):
        return None  # the amount has its own unit after it (`7 billion euros`): no unit is missing there
    if near is None:
        return None
    given = _units(near)
    missing = [u for u in added if u not in given]
    if missing:
        unit = missing[0]
        kind = "currency" if unit in _SIGN or unit == "yuan" else "unit"
        where = f"it has {_said(src)} there" if src else f"after {_said(before_word)}"
        return (f"{bracket} adds the {kind} '{_SIGN.get(unit, unit)}', which the source does not give near these "
                f"words ({where}): a bracket may name a currency or unit the source gives, never supply one")
    return ""


def opening_reference(match: Match, gap: Gap, bracket: str, refs: References) -> Gap | None:
    """Opening the quote, the bracket read as standing for the reference that ends right before the
    quote's first words (Chicago 13.60-13.61), however many words the bracket has: `[the disclosures]`
    for the `they` of `And they constituted`, `[the trial court's]` for the `its` of `generally that its`.
    A quotation may begin anywhere in its sentence, so the words before that reference are simply
    outside the quote, never replaced. None where no reference ends there, or where a relative ends
    there (`police that`) and the bracket does not repeat the noun right before it, which it stands for."""
    end = gap.at + len(gap.source)
    if gap.where != "start" or gap.at < 0 or match.passage[gap.at:end] != gap.source:
        return None
    head = match.passage[max(0, end - 4 * CONTEXT):end]  # a reference is a few words: a long turn is not split whole
    run = reference_run(head.split(" ", 1)[-1] if end > 4 * CONTEXT else head, refs)
    if not run:
        return None
    at = end - len(run)
    before = match.passage[:at]
    if words(run)[0] in refs.relatives and before.rstrip(" ")[-1:].isalnum() \
            and not _repeats(bracket[1:-1], before):
        return None
    return gap._replace(source=run, before=before[-CONTEXT:], at=at)


def _repeats(inner: str, before: str) -> bool:
    """The bracket names the words right before (`[the Counter Terrorism Unit – Japan]` after that name)."""
    def plain(text: str) -> list[str]:
        return re.findall(r"[^\W_]+", text.lower())
    named = plain(re.sub(r"^(?:the|a|an)\s+", "", inner.strip(), flags=re.I))
    return bool(named) and plain(before)[-len(named):] == named


def check_bracket(bracket: str, gap: Gap, left: str = "", right: str = "", before_word: str = "",
                  near: str | None = None, refs: References = ENGLISH) -> str | None:
    """The problem with one bracket, or None. `left`, `right`: the parts of a word the bracket
    touches (`work[ed]`, `[T]he`); `before_word`: the quote's word before it; `near`: the source's
    text around the quote (its paragraphs and the one before), where a currency or unit a bracket
    adds to a number must stand; `refs`: the pronouns and determiners of the quote's language."""
    problem = _check_bracket(bracket, gap, left, right, before_word, near, refs)
    if problem and gap.where == "end" and not (left or right) and len(gap.source.split()) > 1 \
            and _numbers(words(bracket[1:-1])):
        # Ending the quote, an amount in brackets may stand for fewer of the source's words than the
        # matcher gave it, word for word (`[$40 billion]` for `$40bn` of `$40bn over`): the quote
        # ends after them. Only an amount: `[the budget]` for `the` of `the plan` names nothing.
        taken = gap.source.split()
        for n in range(1, len(taken)):
            shorter = gap._replace(source=" ".join(taken[:n]), after=" " + " ".join(taken[n:]) + gap.after)
            if _check_bracket(bracket, shorter, left, right, before_word, near, refs) is None:
                return None
    return problem


_UNSPACED = lazy("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_PARTICLES_JA = frozenset("のはがをにとでもへや")


def _check_bracket(bracket: str, gap: Gap, left: str, right: str, before_word: str, near: str | None,
                   refs: References) -> str | None:
    inner = bracket[1:-1].strip()
    # Japanese sets no spaces between words: a bracketed phrase ending in its particle (`[チェコとアイルランドの]両国`)
    # is a word group of its own before the next word, not a change inside one (`[非]公式` still is)
    glued = bool(left or right) and not (len(inner) > 1 and inner[-1] in _PARTICLES_JA
                                         and _UNSPACED.search(inner[:1] + right[:1]))
    src = gap.source
    ours, theirs = words(inner), words(src)
    if src.lower() == bracket.lower():
        return None  # the source's own bracket, quoted as printed
    if inner.strip("*_ ").lower() == "sic":
        if not src and not before_word:
            return (f"{bracket} follows no word of the quote: [sic] marks the word before it as the source's own "
                    "error; put it after that word or remove it")
        if not src:
            return None
        return f"{bracket} stands where the source has '{src}': [sic] marks the source's own error and replaces nothing"
    if "[" in src:
        return f"{bracket} replaces '{src}', where the source has brackets of its own: keep the source's brackets"
    if EDITORS_NOTE.fullmatch(inner):
        return (f"{bracket} is an editor's note the source does not have there: a quote carries no emphasis or "
                "notes of ours; remove it")
    if len(inner.split()) > MAX_BRACKET_WORDS:
        # A bracket naming what a pronoun or reference stands for may name it in full, however
        # long the name (Chicago 12.70); any other bracket, or one with a verb, would rewrite.
        verb = clause_word(inner)
        if not (_names_in_full(src, inner, gap, before_word, refs) or _initialism(src, inner.split())):
            return (f"{bracket} is {len(inner.split())} words: an editorial alteration in brackets may be "
                    f"{MAX_BRACKET_WORDS} words at most; quote less or paraphrase")
        if verb:
            return (f"{bracket} is {len(inner.split())} words with a verb or clause of its own ('{verb}'): a "
                    "bracket may name in full what a pronoun or reference stands for, never add a clause; "
                    "name it in a noun phrase, quote less or paraphrase")
    unit = _added_unit(bracket, inner, src, before_word, near, gap.after) if not glued else None
    unit_after = (gap.after.split() or [""])[0].strip(",.;:")
    if unit is None and not glued and gap.where == "end" and src and _units(unit_after):
        # `[$40 billion]` ending the quote for the source's `40 billion dollars`: the unit is the amount's
        unit = _added_unit(bracket, inner, f"{src} {unit_after}", before_word, near)
    if unit is None and not glued and gap.where == "end" and src:
        # `40 billion [dollars]` ending the quote: the unit after the number, not the source's next word
        unit = _added_unit(bracket, inner, "", before_word, near, src)
    if unit is not None:
        return unit or None  # `[$40 billion]` for 40 billion of the $40 billion budget
    if src and in_figures(inner) == in_figures(src) and _units(inner) == _units(src) and _inside(inner) == _inside(src):
        return None  # the same number in other figures (Chicago 9.2): [seven] for 7, [40 percent] for 40%
    for label, kinds in (("a number", None), ("a negation", NEGATIONS), ("a modal (will, may, must…)", MODALS)):
        a, b = (_numbers(ours), _numbers(theirs)) if kinds is None else (_kind(ours, kinds), _kind(theirs, kinds))
        if a != b:
            short = label.split(" (")[0]
            rule = f"a bracket never adds, drops or changes {short}"
            if not b:
                return f"{bracket} adds {label} the source does not have (it has {_said(src)} there): {rule}"
            if not a:
                word = next(iter(b))
                context = f" (it has '{src}' there)" if src.lower() != word else ""
                return f"{bracket} drops the source's {short[2:]} '{word}'{context}: {rule}"
            return f"{bracket} changes {short}: the source has {_said(src)} there; {rule}"
    if len(src.split()) > MAX_BRACKET_WORDS:
        return f"{bracket} replaces '{src}': an alteration may replace {MAX_BRACKET_WORDS} words at most"
    if not src and not glued:
        if gap.where == "inside":
            return None
        if gap.where == "end" and before_word.lower() in refs.pronouns:
            return None  # `it [the plan]`: names what the last word stands for
        return (f"{bracket} adds words at the {gap.where} of the quote that the source does not have there: "
                f"{'end' if gap.where == 'end' else 'start'} the quote at the source's words")
    if inner.lower() == src.lower():
        return None  # [T]he for the
    if glued:
        if same_word(left + inner + right, left + src + right):
            return None
        return (f"{bracket} makes '{left + src + right}' into '{left + inner + right}', another word: "
                "a bracket inside a word may only change its case or inflection")
    if (verb := changed_verb(bracket, src, refs)) is not None:
        return verb or None
    if len(ours) == len(theirs) == 1 and same_word(ours[0], theirs[0]) \
            and len(_PLAIN_WORD.findall(inner)) == len(_PLAIN_WORD.findall(src)) == 1:  # not `die` of `die Kanzlerin`
        return None
    if _reference(src, inner, refs) or _expands(src, re.findall(r"[\w']+", inner.lower())) or _spells_out(src, inner):
        return None
    where = {"start": " at the start of the quote", "end": " at the end of the quote"}.get(gap.where, "")
    return (f"{bracket} replaces '{src}'{where}, which it does not clarify: a bracket may only change a "
            "first letter's case, a word's form, or name what a pronoun or reference stands for")



_MARK_NAMES = {"?": "a question mark", "!": "an exclamation mark", ".": "a full stop", ",": "a comma",
               ";": "a semicolon", ":": "a colon"}


def check_final(m: Matcher, match: Match) -> str | None:
    ours, theirs = m.final[-1:], match.following if match.following in "?!.,;:" else ""
    if ours in ("?", "!") and theirs != ours:
        has = _MARK_NAMES[theirs] if theirs else "no mark"
        return (f"the quote ends with {_MARK_NAMES[ours]} where the source has {has}: final punctuation "
                "may never turn a statement into a question or exclamation")
    if theirs in ("?", "!") and ours != theirs:
        return (f"the source ends these words with {_MARK_NAMES[theirs]}: keep it "
                f"('{theirs}' at the end of the quote); a question or exclamation may not become a statement")
    return None


def _stop_for(gap: Gap) -> str | None:
    """A quote's full stop before an ellipsis where the source asks or exclaims."""
    theirs = gap.source.lstrip(" ")[:1]
    if theirs in ("?", "!"):
        return (f"the quote has a full stop before its ellipsis where the source has {_MARK_NAMES[theirs]}: keep "
                f"'{theirs}'; a question or exclamation may not become a statement")
    return None


def _edge(found: re.Match | None) -> str:
    """The part of a word a bracket touches (`work` of `work[ed]`), or ''."""
    return found.group(0) if found else ""


def _named_beside(bracket: str, gap: Gap, toks: list, k: int, refs: References) -> str | None:
    """A bracket that puts, for a noun phrase of the source (`the Government`), a name its own
    sentence gives outside the bracket (`Labour got up and said that [Labour] should take no
    credit`): a speaker who means the same one again says `it` or `they`; a second noun phrase
    beside a name is someone else, so the bracket makes one party of two."""
    ws = words(apart(gap.source, refs))
    if not ws or ws[0] not in refs.determiners or all(w in refs.pronouns for w in ws):
        return None
    inner = apart(bracket[1:-1].strip(), refs)
    if inner.split(" ", 1)[0].lower() in refs.articles:
        inner = inner.split(" ", 1)[-1]
    if not inner[:1].isupper() or clause_word(inner):
        return None
    before = "".join(v for kind, v in toks[:k] if kind == "text")
    after = "".join(v for kind, v in toks[k + 1:] if kind == "text")
    sentence = re.split(r"[.?!]\s", before)[-1] + " " + re.split(r"[.?!](?:\s|$)", after)[0]
    if re.search(rf"(?<![\w-]){re.escape(inner)}(?![\w-])", sentence) is None:
        return None
    return (f"{bracket} replaces '{gap.source}' with a name the quote gives beside it: the source names {inner} "
            f"and then '{gap.source}', two parties, not one; a bracket may only name what a pronoun or reference "
            "stands for")


def _referent(bracket: str, gap: Gap, passage: str, before_word: str, glued: str, refs: References) -> str | None:
    """Inside or opening the quote, a bracket for a third-person pronoun (`[the ministers]` for `they`), or after one
    (`they [the ministers]`), must name what the source makes it stand for, where that is sure, in its number."""
    if glued or gap.at < 0:
        return None
    if gap.source:
        return wrong_referent(bracket, gap.source, passage[:gap.at], passage[gap.at + len(gap.source):], refs)
    head = passage[:gap.at].rstrip()
    if not before_word or not head.lower().endswith(before_word.lower()):
        return None
    return wrong_referent(bracket, before_word, head[:len(head) - len(before_word)], gap.after, refs)


def check(m: Matcher, match: Match, near=None, language: str | None = None,
          said: tuple[str | None, str] = (None, "issued")) -> str | None:
    """The first problem with a match's alterations, omissions and final punctuation, or None.
    `near`: a function giving the source's text around the quote (read only for a bracket that adds a unit);
    `language`: the source's, whose pronouns and determiners a bracket may name (references.py);
    `said`: the date the words were said and the source's field giving it, for a bracket dating
    `last year` (dates.py)."""
    refs = references_for(language)
    toks = m.tokens
    for gap in match.gaps:
        k = gap.token
        kind, value = toks[k] if k < len(toks) else ("ellipsis", "…")
        if kind == "ellipsis":
            problem = _stop_for(gap) if k - 1 in m.stops else None
            problem = problem or check_ellipsis(gap)
        else:
            prev = toks[k - 1][1] if k > 0 else " "
            nxt = toks[k + 1][1] if k + 1 < len(toks) else " "
            left = _edge(_LAST_WORD.search(prev)) if k and toks[k - 1][0] == "text" else ""
            right = _edge(_FIRST_WORD.match(nxt)) if k + 1 < len(toks) and toks[k + 1][0] == "text" else ""
            before_word = (re.findall(r"[\w']+", prev) or [""])[-1]
            dated = dates.check(value, gap, prev, *said, language) if not (left or right) else None
            if dated is not None:  # `Last year [2023]`, `[In 2023]`: the date the words imply, or why not
                if dated:
                    return dated
                continue
            units = near() if near is not None and _units(value) else None
            if not (left or right):
                gap = opening_reference(match, gap, value, refs) or gap
            elif not gap.source and not left and japanese.named_title(value[1:-1], right, match.passage):
                continue  # `[岸田]総理`: the name a title stands for
            problem = check_bracket(value, gap, left, right, before_word, units, refs) \
                or _named_beside(value, gap, toks, k, refs) \
                or _referent(value, gap, match.passage, before_word, left or right, refs)
        if problem:
            return problem
    return check_final(m, match) if toks and toks[-1][0] == "text" else None
