"""What a third-person pronoun inside a quote stands for, where the source makes it sure.

A bracket may name what a pronoun stands for (Chicago 12.70), never something else. Where the
pronoun's sentence (up to it) and the sentence before name exactly one thing it can stand for,
of its number and kind (`they`, `their`: a plural, or a body the British say `they` of; `he`, `his`, `she`: a
person; `it`: one thing or body), a bracket that names another thing those sentences name
(`[the plan]` for the `they` of `The ministers approved the plan, and they …`) is a misquote.
Two candidates, none, or a bracket naming what the sentences do not (a fuller or another name
of the candidate) leave no check that can choose: the bracket passes.
"""
from __future__ import annotations

import re

from ..patterns import lazy
from .matcher import SEP

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
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split())
_TOKEN = lazy(r"[^\W\d_][\w'’-]*|[.!?;:,()\"“”]|" + SEP)


def _plural(word: str) -> bool:
    w = word.lower()
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) or w in ("people", "police", "staff")


def _things(context: str) -> list[tuple[str, set[str], str]]:
    """The noun phrases and names the context gives: (head word, kinds it can be referred to as, words)."""
    found: list[tuple[str, set[str], str]] = []
    pairs: list[tuple[str, set[str], str]] = []  # `Kerry and Hagel`, `the unit and the police`: they, together
    toks = _TOKEN.findall(context)
    k, ended = 0, -1  # ended: the token after the last thing found
    while k < len(toks):
        word = toks[k]
        low = word.lower()
        if low in _DETERMINERS and low not in ("that", "this", "her", "his") or \
                low in ("that", "this", "his", "her") and k + 1 < len(toks) and toks[k + 1][:1].isalpha() \
                and toks[k + 1].lower() not in _STOPS:
            run: list[str] = []
            start = k
            k += 1
            while k < len(toks) and len(run) < 4 and toks[k][:1].isalpha() and toks[k].lower() not in _STOPS:
                if run and (toks[k].lower().endswith(("ed", "ing")) or toks[k].lower() in _DETERMINERS):
                    break  # `the ministers approved`: a verb after the noun
                run.append(toks[k])
                k += 1
                if _plural(run[-1]):
                    break  # a plural noun ends its phrase: `the ministers helps` is no noun
            if run:
                _add(found, pairs, toks, start, ended, (run[-1].lower(), _kinds_of(run[-1]), " ".join(run)))
                ended = k
            continue
        if word[:1].isupper() and len(word) > 1 and low not in _NOT_NAMES:
            start = k
            while k + 1 < len(toks) and toks[k + 1][:1].isupper() and len(toks[k + 1]) > 1:
                k += 1  # `Secretary Kerry`: one name
            # a name is a person's, or a state's or a body's (`NATO … its`); `Ministers heading …`: either
            kinds = {"person", "thing"} | ({"plural"} if _plural(toks[k]) else set())
            _add(found, pairs, toks, start, ended, (_owner(toks[k]), kinds, " ".join(toks[start:k + 1])))
            ended = k + 1
        k += 1
    return found + pairs


def _add(found: list, pairs: list, toks: list[str], start: int, ended: int, thing: tuple) -> None:
    if found and ended >= 0 and start - ended == 1 and toks[ended].lower() in ("and", "or"):
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


def _context(before: str) -> str:
    """The pronoun's sentence up to it and the sentence before (a paragraph's end ends a sentence)."""
    cuts = [m.end() for m in re.finditer(r"(?<!\b[A-Z])[.!?][\"”’)]*\s+|" + SEP, before)]  # not `U.S. ally`
    return before[cuts[-2] if len(cuts) > 1 else 0:]


def wrong_referent(bracket: str, pronoun: str, before: str) -> str | None:
    """The problem with a bracket for `pronoun` whose source text before it is `before`, or None."""
    kind = _KINDS.get(pronoun.lower())
    if kind is None:
        return None
    context = _context(before)
    things = _things(context)
    fits = {head: shown for head, kinds, shown in things if kind in kinds}
    named = {_owner(w) for w in re.findall(r"[^\W\d_][\w'’-]*", bracket)}
    if len(fits) > 1:
        return _past_reach(bracket, pronoun, before[:len(before) - len(context)], named, fits)
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


def _past_reach(bracket: str, pronoun: str, earlier: str, named: set[str], fits: dict[str, str]) -> str | None:
    """Several things in the pronoun's reach (its sentence and the one before) that it can stand for, and a
    bracket that names none of them but something only the source's earlier sentences name: the pronoun
    takes its antecedent within that reach, never past it (`the Delivery Unit assesses …. … in cooperation
    with Ministers heading the departments, indeed they`: the Ministers or departments, never the unit)."""
    own = [w for w in named if w not in _NOT_NAMES and len(w) > 2]
    if not own or any(head in named for head in fits):
        return None
    low = {w.lower() for w in _TOKEN.findall(earlier)}
    if not all(w in low for w in own):
        return None
    shown = " ".join(re.sub(r"['’]s?$", "", w) for w in re.findall(r"[^\W\d_][\w'’-]*", bracket[1:-1])
                     if w.lower() not in _DETERMINERS)
    which = ", ".join(f"'{v}'" for v in fits.values())
    return (f"{bracket} names '{shown}' for the source's '{pronoun}', which its sentence or the one before may take "
            f"for {which}, not for what only earlier sentences name: a bracket may only name what a pronoun stands "
            "for; name one of those or quote without the bracket")
