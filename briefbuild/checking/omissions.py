"""What an ellipsis may not drop beside the words it keeps, beyond ellipses.py's rules.

An omission must leave the meaning intact (Chicago 13.50; AP: quotations are not altered to
change their sense). Ways a short omission changes it without dropping a negation:

- the degree word of a kept adjective or adverb (`is … dangerous` for `is more dangerous than
  it has been`, `est … grave` for `est plus grave`): a comparison becomes a plain statement;
- a restrictive relative clause after a kept noun (`prosecute disclosures … without` for
  `prosecute disclosures that inflict harm upon our national security without`): no comma sets
  it off, so it says which ones are meant, and the quote then speaks of them all;
- a quantifier before a kept noun (`We know that … our allies agree` for `that some of our allies
  agree`), or the words between a kept partitive and its noun (`Some of … allies`): part becomes all
  (at a quote's start, with no ellipsis or a leading one, cuts.py judges it where the brief places it);
- a condition that opens the clause of the words after it (`Nous savons que … nous répondrons` for
  `que si la Russie attaque, nous répondrons`): a conditional becomes a fact (English's `if` and
  `unless` ellipses.py reports first);
- the end of one sentence and the start of the next (`We support … the trade deal` for `We support
  sanctions. We oppose the trade deal`): unless the kept words before the omission end their
  sentence, or those after it begin a sentence or a clause of their own, the quote fuses two
  sentences into one the speaker never said (Chicago 13.53: the words on either side of an
  omission between sentences must each be grammatically complete). A semicolon ends a clause as
  a full stop ends a sentence (`Le président du Comité, André Laignel, … redoute des emplois` for
  `craint pour l'investissement ; le président de l'Assemblée, Claudy Lebreton, redoute`), and a
  dropped start that ends on a name set off by commas (`…, Claudy Lebreton,`) is the subject of the
  words kept after it, no clause's edge.
"""
from __future__ import annotations

import re

from ..patterns import lazy
from .clauses import VERB
from .ellipses import words
from .matcher import CONTEXT, SEP, Gap, Match
from .restrictors import condition_before, quantifier_before
from .textcheck import NOT_ABBREVIATED

# Words that grade the adjective or adverb after them (English, French, Spanish).
_DEGREE = frozenset("more less most least fewer too plus moins más menos".split())
# `that` opens a content clause after these (`said that`, `so that`), not a relative one.
_CONTENT = frozenset("so such now given except provided believe believes believed think thinks thought know knows "
                     "knew hope hopes hoped ensure ensures ensured show shows showed shown mean means meant clear sure "
                     "fact is was are were be been".split())
# What begins a clause's subject: after `that`, these make it a content clause (`know that we`).
_SUBJECT = frozenset("i we you he she they it this these those there the a an our my your his her their its "
                     "one some all many no each every any".split())
_RELATIVE = lazy(r"^\s*(that|who|whom|whose|which)\s+([\w'’-]+)", re.I)
# (not after an initial or a title's abbreviation: `Mr. Lee`, `J. Comey`)
_SENTENCE_END = lazy(r"[.!?]" + NOT_ABBREVIATED + r"[\"”’')]*\s+(?=[\"“‘'(]?[^\W\d_])|" + SEP + r"|\s?;\s+")
# A name set off by commas at the end of the dropped words (`le président de l'Assemblée, Claudy Lebreton,`):
# an apposition on the subject of the words kept after them, not a clause's edge.
_NAMED_AT_END = lazy(r",\s*([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}),\s*$")
# Words that set what follows on a verb before them: a preposition or an infinitive's marker
# cannot open a sentence's clause of its own (`… pour assumer la présidence`, `… to lead it`).
_ATTACHED = frozenset("to for of in on at by with from into than as pour de du des à au aux par dans sur avec en "
                      "para del al por con".split())
# What the words after an omission open a clause of their own after (`… But it was clear that |
# people were turning`), or begin one with (a subject pronoun): not a phrase of the dropped clause.
_CLAUSE_OPENERS = frozenset("that and but or so yet because since while when although though whereas if unless "
                            "whether where who which what how why que qu et mais car donc ou quand lorsque parce "
                            "puisque si y pero porque cuando aunque o dass und aber weil denn oder wenn als ob".split())
_SUBJECTS = frozenset("i we he she they there je j nous il elle ils elles on yo nosotros nosotras ellos ellas él "
                      "ich wir er sie es man".split())
_ARTICLES = frozenset("the a an le la les un une el los las una der die das den dem des ein eine".split())
_PARTITIVE_END = frozenset("of de des du del von der".split())


def check(match: Match, stops: frozenset[int] | set[int] = frozenset()) -> str | None:
    """The first problem with one of the match's ellipses, or None. `stops`: the tokens before
    which the quote has a full stop of its own (Matcher.stops): the kept words end their sentence."""
    for gap in match.gaps:
        if gap.where != "ellipsis" or not gap.source.strip():
            continue
        problem = _graded(gap) or _quantified(gap) or _conditioned(gap) or _restricted(gap) \
            or _fused(gap, gap.token - 1 in stops)
        if problem:
            return problem
    return None


def _quantified(gap: Gap) -> str | None:
    """A quantifier the ellipsis drops before the kept noun, or words it drops after a kept partitive."""
    head = " ".join(re.findall(r"[\w'’-]+", gap.after)[:2])
    if not head:
        return None
    if gap.token > 0 and (found := quantifier_before(gap.source.replace(SEP, " "))):
        return (f"the ellipsis drops '{found}', which says how many of the kept '{head}' are meant: without it "
                "the quote says of all what the speaker said of some; keep it, or end the quote before it")
    kept = quantifier_before(gap.before + " ")
    if kept and kept.split()[-1].lower() in _PARTITIVE_END and not re.search(r"[.!?,;:]|" + SEP, gap.source):
        return (f"the ellipsis drops '{gap.source.strip()}' between '{kept}' and the words it takes a part of: the "
                f"quote sets '{kept}' on '{head}' instead; keep those words, or end the quote before them")
    return None


def _graded(gap: Gap) -> str | None:
    dropped = words(gap.source)
    kept = re.match(r"\s*([^\W\d_][\w'’-]*)", gap.after)
    if not dropped or dropped[-1] not in _DEGREE or not kept or not gap.source.rstrip()[-1:].isalpha():
        return None
    return (f"the ellipsis drops '{dropped[-1]}', which grades the kept '{kept.group(1)}': the quote turns a "
            "comparison into a plain statement; keep the word, or end the quote before it")


def _conditioned(gap: Gap) -> str | None:
    """A condition that opens the clause of the words after the ellipsis, dropped by it (`Nous savons que …
    nous répondrons` for `que si la Russie attaque, nous répondrons`). At the quote's start (a leading
    ellipsis) it is judged where the brief places the quote (cuts.py), as with no ellipsis."""
    if gap.token == 0:
        return None
    before = gap.before if len(gap.before) < CONTEXT else gap.before.split(" ", 1)[-1]  # a window: its first word may be cut
    text = before + gap.source.replace(SEP, ". ")
    found = condition_before(text, gap.after)
    if not found or text.rfind(found) < len(before):
        return None  # none, or it opens before the ellipsis: kept
    return (f"the ellipsis omits the condition '{found}' that the words after it hold under: the quote states as "
            "a fact what the speaker made conditional; keep the condition, or quote from after that sentence")


def _restricted(gap: Gap) -> str | None:
    found = _RELATIVE.match(gap.source)
    before = re.search(r"([^\W\d_][\w'’-]*)\s*$", gap.before)
    if not found or not before or before.group(1).lower() in _CONTENT or VERB.fullmatch(before.group(1)):
        return None
    pronoun, nxt = found.group(1).lower(), found.group(2)
    if pronoun == "that" and (nxt.lower() in _SUBJECT or nxt[:1].isupper() or nxt[:1].isdigit()):
        return None  # `that we`, `that Chan`: a content clause, or one whose own subject says what it is
    clause = gap.source.strip().split(SEP)[0]
    clause = re.split(r"[,;:.!?]", clause)[0].strip()
    return (f"the ellipsis drops '{clause}', which says which {before.group(1)} are meant: without it the quote "
            "speaks of them all; keep the clause, or end the quote before it")


def _fused(gap: Gap, stopped: bool) -> str | None:
    src = gap.source
    # (with the next letter kept after it: a sentence that ends where the dropped words do ends there)
    ends = [m for m in _SENTENCE_END.finditer(src + gap.after[:1]) if m.start() < len(src)]
    if not ends:
        return None
    head, tail = src[:ends[0].start()], src[ends[-1].end():]
    before_ends = stopped or gap.before.rstrip(" ")[-1:] in ("", ".", "!", "?", ";", SEP)
    first = re.match(r"\s*([^\W\d_]+)", gap.after)
    if before_ends or not first:
        return None
    # Kept words that end on a word wanting what follows (`I said that`, `whether`, `of`, `the`) take the
    # next sentence's words as theirs: `I said that … circumstances change` for `I said that, and I stand
    # by it. But circumstances change` says she said circumstances change.
    last = re.search(r"([^\W\d_]+)['’]?\s*$", gap.before)
    word = last.group(1).lower() if last else ""
    # (a preposition or article takes a noun phrase, never a subject pronoun: `a regular visitor to … I always love`)
    dangling = word in _CLAUSE_OPENERS or word in _ATTACHED | _ARTICLES and first.group(1).lower() not in _SUBJECTS
    if not dangling:
        if not tail.strip(" \"“‘'("):
            return None
        # A sentence the source ends where the kept words do is no boundary the quote shows (that takes
        # its own full stop): when the dropped start of the next one is its subject and verb (`We oppose`),
        # the words kept after are their object, `We support sanctions on the regime … the trade deal`.
        opener = re.match(r"\s*[\"“‘'(]?([^\W\d_]+)", tail)
        if not head.strip() and not (opener and opener.group(1).lower() in _SUBJECTS):
            return None
        if first.group(1).lower() not in _ATTACHED and _opens_clause(tail, first.group(1)):
            return None  # `… people were turning to podcasts`: a clause of its own, the sentence's sense kept
    opening = " ".join((tail.split() or gap.after.split())[:4])
    if all(";" not in m.group(0) for m in ends[:1]) or re.search(r"[.!?]\s", src):
        return (f"the ellipsis joins the start of one sentence to the end of another (the one that begins "
                f"'{opening} …'): a quote across sentences keeps each one whole; quote them apart")
    return (f"the ellipsis joins the start of one clause to the end of the next (the one after the semicolon that "
            f"begins '{opening} …'): the words kept after it are that clause's, not the first one's; quote the "
            "clauses apart")


def _opens_clause(tail: str, first: str) -> bool:
    """Whether the words after an omission begin a clause of their own: the dropped words end at a
    clause's edge (a mark, `that`, `but`), or the kept ones open with a subject pronoun."""
    last = re.search(r"([^\W\d_]+)['’]?\s*$", tail)
    named = _NAMED_AT_END.search(tail)
    if named and all(w[:1].isupper() for w in named.group(1).split()) and first.lower() not in _SUBJECTS:
        return False  # `…, Claudy Lebreton, | redoute`: the kept words are the named subject's predicate
    return tail.rstrip()[-1:] in ",;:—–(" or bool(last and last.group(1).lower() in _CLAUSE_OPENERS) \
        or first.lower() in _SUBJECTS
