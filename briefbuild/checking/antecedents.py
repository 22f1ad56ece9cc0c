"""What a third-person pronoun inside a quote stands for, where the source makes it sure.

A bracket may name what a pronoun stands for (Chicago 12.70), never something else. Where the
pronoun's sentence (up to it) and the sentence before name exactly one thing it can stand for,
of its number and kind (`they`, `their`: a plural, or a body the British say `they` of; `he`, `his`, `she`: a
person; `it`: one thing or body), a bracket that names another thing those sentences name
(`[the plan]` for the `they` of `The ministers approved the plan, and they …`) is a misquote.
Two candidates, none, or a bracket naming what the sentences do not (a fuller or another name
of the candidate) leave no check that can choose: the bracket passes; but a subject `he` or `she`
whose own sentence names one person before it stands for that one (`Well I understand why Bill
Shorten might come here and explain why he tried`), as AP's nearest-antecedent rule has it. German,
French and Spanish pronouns and possessives are read the same way (`sein`, `son`, `leur`, `su`),
with their own determiners; a bracket for a singular pronoun must name one (agreement.py).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..patterns import lazy
from .agreement import german_plural, plural_for_one
from .matcher import SEP
from .references import ENGLISH, References, apart

# A possessive stands for its owner as its pronoun does (`its` as `it`): `[NATO's]` for `its` names the owner.
_KINDS = {"they": "plural", "them": "plural", "their": "plural", "he": "person", "him": "person", "his": "person",
          "she": "person", "her": "person", "it": "thing", "its": "thing"}
_DETERMINERS = frozenset("the these those this that our their its his her my your all both many some several "
                         "a an two three four five six seven eight nine ten".split())
# Bodies British English says `they` of (`the Government … they`): a plural or singular antecedent alike.
_BODIES = frozenset("government ministry department agency unit committee council party team police office "
                    "administration board commission service army navy company union alliance bank parliament "
                    "senate congress cabinet court staff public group".split())
_ROLES = frozenset("minister president secretary spokesman spokeswoman spokesperson chairman chairwoman chair "
                   "ambassador envoy governor senator director chief official officer mayor premier king queen "
                   "prince leader man woman".split())
# Words that end a noun phrase, and capitalised words that name no one.
_STOPS = frozenset("and or but nor of to in on at by for with from about as than that which who whom whose is are "
                   "was were be been has have had will would shall should may might must can could do does did not "
                   "so if when while because after before into over under".split())
_NOT_NAMES = _DETERMINERS | _STOPS | frozenset(
    "i we you he she it they there here today yesterday tomorrow afterwards then now yes no mr mrs ms dr "
    "well oh okay ok perhaps maybe however indeed also still thus therefore please thanks "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split())


class _Grammar(NamedTuple):
    kinds: dict[str, set[str]]    # a pronoun -> the kinds of thing it may stand for
    determiners: frozenset[str]   # open a noun phrase
    stops: frozenset[str]         # end one
    plural: frozenset[str]        # determiners of a plural
    singular: frozenset[str] = frozenset()  # determiners of a singular only (German `der`, `das`)


_ONE, _ANY = {"person", "thing"}, {"person", "thing", "plural"}
_ENGLISH = _Grammar({k: {v} for k, v in _KINDS.items()}, _DETERMINERS, _STOPS, frozenset("these those".split()))
_WORDS = {
    # German: `sie`, `ihr` are a woman's, a feminine thing's or a plural's; a noun is capitalized
    "de": _Grammar(
        {**dict.fromkeys("er ihn ihm sein seine seinen seinem seiner seines".split(), _ONE),
         **dict.fromkeys("sie ihr ihre ihren ihrem ihrer ihres".split(), _ANY)},
        frozenset("der die das den dem des ein eine einen einem einer eines dieser diese dieses diesen diesem "
                  "sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres".split()),
        frozenset("und oder aber von zu in im an am auf mit für aus bei nach über unter vor als dass ist sind war "
                  "waren hat haben hatte wird werden wurde nicht auch noch schon".split()),
        frozenset(), frozenset("der das dem des ein einem eines dieser dieses diesem".split())),
    "fr": _Grammar(
        {**dict.fromkeys("il elle lui son sa ses".split(), _ONE), **dict.fromkeys("ils elles eux leur leurs".split(),
                                                                                  {"plural"})},
        frozenset("le la les l un une des ce cet cette ces son sa ses leur leurs notre nos".split()),
        frozenset("et ou mais de d du à au aux en dans sur avec pour par que qui est sont était a ont avait sera "
                  "ne pas n se s y".split()),
        frozenset("les des ces ses leurs nos".split())),
    "es": _Grammar(
        {**dict.fromkeys("él ella".split(), _ONE), **dict.fromkeys("ellos ellas".split(), {"plural"}),
         **dict.fromkeys("su sus".split(), _ANY)},
        frozenset("el la los las un una unos unas este esta estos estas ese esa esos esas su sus nuestro "
                  "nuestra".split()),
        frozenset("y o pero de del a al en con por para que quien es son era fue ha han está están no se".split()),
        frozenset("los las unos unas estos estas esos esas sus".split())),
}


def _grammar(refs: References) -> _Grammar:
    return _WORDS.get(refs.code, _ENGLISH)


_OR = frozenset("and or und oder et ou y o".split())
_SUBJECTS = frozenset("he she er il elle él ella".split())  # a subject pronoun: its sentence's person is its own
_TOKEN = lazy(r"[^\W\d_][\w'’-]*|[.!?;:,()\"“”]|" + SEP)


def _plural(word: str) -> bool:
    w = word.lower()
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) or w in ("people", "police", "staff")


def _things(context: str, g: _Grammar = _ENGLISH) -> list[tuple[str, set[str], str]]:
    """The noun phrases and names the context gives: (head word, kinds it can be referred to as, words)."""
    found: list[tuple[str, set[str], str]] = []
    pairs: list[tuple[str, set[str], str]] = []  # `Kerry and Hagel`, `the unit and the police`: they, together
    toks = _TOKEN.findall(context)
    english = g is _ENGLISH
    k, ended = 0, -1  # ended: the token after the last thing found
    while k < len(toks):
        word = toks[k]
        low = word.lower()
        if _opens(toks, k, g):
            run: list[str] = []
            start = k
            k += 1
            while k < len(toks) and len(run) < 4 and toks[k][:1].isalpha() and toks[k].lower() not in g.stops:
                if run and (english and toks[k].lower().endswith(("ed", "ing")) or toks[k].lower() in g.determiners):
                    break  # `the ministers approved`: a verb after the noun
                run.append(toks[k])
                k += 1
                if english and _plural(run[-1]) or g.singular and run[-1][:1].isupper() or g.plural:
                    break  # a plural noun ends its phrase (`the ministers helps` is no noun); a German noun, and
                    # a French or Spanish one, which comes first: what follows may be its adjective or the verb
            if run:
                _add(found, pairs, toks, start, ended, _phrase(low, run, g))
                ended = k
            continue
        if word[:1].isupper() and len(word) > 1 and low not in _NOT_NAMES and low not in g.kinds \
                and low not in g.stops and (english or not _opening(toks, k)):
            start = k
            while k + 1 < len(toks) and toks[k + 1][:1].isupper() and len(toks[k + 1]) > 1:
                k += 1  # `Secretary Kerry`: one name
            # a name is a person's, or a state's or a body's (`NATO … its`); `Ministers heading …`: either
            kinds = _ANY if g.singular else ({"person", "thing"} | ({"plural"} if english and _plural(toks[k]) else set()))
            _add(found, pairs, toks, start, ended, (_owner(toks[k]), kinds, " ".join(toks[start:k + 1])))
            ended = k + 1
        k += 1
    return found + pairs


def _opening(toks: list[str], k: int) -> bool:
    """A capital opening a sentence, one word alone (`Ensuite`, `Luego`): English lists such words in
    _NOT_NAMES; in other languages a lone one there is read as no name (`Angela Merkel` still is)."""
    alone = k + 1 >= len(toks) or not toks[k + 1][:1].isupper()
    return alone and (k == 0 or toks[k - 1] in (".", "!", "?", ":", ";", '"', "“", "”", SEP))


def _opens(toks: list[str], k: int, g: _Grammar) -> bool:
    """Whether toks[k] opens a noun phrase: a determiner; in English `that`, `this`, `his`, `her` only before a noun."""
    low = toks[k].lower()
    if low not in g.determiners:
        return False
    if g is not _ENGLISH or low not in ("that", "this", "his", "her"):
        return True
    return k + 1 < len(toks) and toks[k + 1][:1].isalpha() and toks[k + 1].lower() not in _STOPS


def _phrase(determiner: str, run: list[str], g: _Grammar) -> tuple[str, set[str], str]:
    """(head, kinds, words) of a determiner's phrase: English and German put the noun last, French and
    Spanish first; a French or Spanish article tells its number, a German one only sometimes."""
    if g is _ENGLISH:
        return run[-1].lower(), _kinds_of(run[-1]), " ".join(run)
    if g.singular:
        kinds = _ONE if determiner in g.singular else {"plural"} if german_plural(determiner, run[-1]) else _ANY
        return run[-1].lower(), kinds, " ".join(run)
    return run[0].lower(), {"plural"} if determiner in g.plural else _ONE, " ".join(run)


def _add(found: list, pairs: list, toks: list[str], start: int, ended: int, thing: tuple) -> None:
    if found and ended >= 0 and start - ended == 1 and toks[ended].lower() in _OR:
        pairs.append((thing[0], {"plural"}, f"{found[-1][2]} and {thing[2]}"))
    found.append(thing)


def _owner(word: str) -> str:
    """A word as compared, without its possessive: `NATO's` is NATO, `the ministers'` the ministers."""
    return re.sub(r"['’]s?$", "", word.lower())


def _kinds_of(head: str) -> set[str]:
    low = head.lower()
    if low in _ROLES:
        return {"person"}
    if low in _BODIES:
        return {"thing", "plural"}
    return {"plural"} if _plural(head) else {"thing"}


def _sentences(before: str) -> tuple[str, str]:
    """The pronoun's sentence up to it and the sentence before (a paragraph's end ends a sentence); its own."""
    cuts = [m.end() for m in re.finditer(r"(?<!\b[A-Z])[.!?][\"”’)]*\s+|" + SEP, before)]  # not `U.S. ally`
    return before[cuts[-2] if len(cuts) > 1 else 0:], before[cuts[-1] if cuts else 0:]


def wrong_referent(bracket: str, pronoun: str, before: str, after: str = "", refs: References = ENGLISH) -> str | None:
    """The problem with a bracket for `pronoun` whose source text before it is `before` (and after it, `after`),
    or None; `refs`: the source's language."""
    return _antecedent(bracket, pronoun, before, refs) or plural_for_one(bracket, pronoun, after, refs)


def _antecedent(bracket: str, pronoun: str, before: str, refs: References) -> str | None:
    g = _grammar(refs)
    # a possessive with its noun (`sa décision` for `[la décision du ministre]`): the owner is what the bracket
    # names besides that noun
    first, *noun = pronoun.lower().split()
    kind = g.kinds.get(first)
    if kind is None:
        return None
    pronoun = pronoun.split()[0]
    before = apart(before, refs)
    context, own = _sentences(before)
    things = _things(context, g)
    fits = {head: shown for head, kinds, shown in things if kind & kinds}
    named = {_owner(w) for w in re.findall(r"[^\W\d_][\w'’-]*", apart(bracket, refs))} - set(noun)
    if g.singular:
        named |= {w[:-1] for w in named if w.endswith("s")}  # the German genitive: `Merkels`, `des Ministers`
    if len(fits) > 1 and pronoun.lower() in _SUBJECTS:
        mine = {head: shown for head, kinds, shown in _things(own, g) if "person" in kinds and head in fits}
        fits = mine if len(mine) == 1 else fits  # `… why Bill Shorten might … why he tried`: Shorten
    if len(fits) > 1:
        return _past_reach(bracket, pronoun, before[:len(before) - len(context)], named, fits, g, set(noun))
    if not fits:
        return None
    sure, shown = next(iter(fits.items()))
    if sure in named:
        return None
    other = next((words for head, _, words in things if head != sure and head in named), None)
    if other is None:
        return None
    return (f"{bracket} names '{other}' for the source's '{pronoun}', which stands for '{shown}', the only one its "
            f"sentence or the one before names that '{pronoun}' can stand for: a bracket may only name what a pronoun "
            f"stands for; name '{shown}' or quote without the bracket")


def _past_reach(bracket: str, pronoun: str, earlier: str, named: set[str], fits: dict[str, str],
                g: _Grammar = _ENGLISH, noun: frozenset[str] | set[str] = frozenset()) -> str | None:
    """Several things in the pronoun's reach (its sentence and the one before) that it can stand for, and a
    bracket that names none of them but something only the source's earlier sentences name: the pronoun
    takes its antecedent within that reach, never past it (`the Delivery Unit assesses …. … in cooperation
    with Ministers heading the departments, indeed they`: the Ministers or departments, never the unit)."""
    own = [w for w in named if w not in _NOT_NAMES | g.determiners | g.stops and len(w) > 2]
    if not own or any(head in named for head in fits):
        return None
    low = {w.lower() for w in _TOKEN.findall(earlier)}
    if not all(w in low for w in own):
        return None
    shown = " ".join(re.sub(r"['’]s?$", "", w) for w in re.findall(r"[^\W\d_][\w'’-]*", bracket[1:-1])
                     if w.lower() not in g.determiners | g.stops | noun)
    which = ", ".join(f"'{v}'" for v in fits.values())
    return (f"{bracket} names '{shown}' for the source's '{pronoun}', which its sentence or the one before may take "
            f"for {which}, not for what only earlier sentences name: a bracket may only name what a pronoun stands "
            "for; name one of those or quote without the bracket")
