"""What an ellipsis may drop (Chicago 13.48-13.58): whole sentences, and inside a sentence it keeps
an aside or a clause of its own, never a negation, number, modal, qualifier or condition that bears on
the words kept, nor part of a word. The words of a quote, contractions spelled out (`words`), and the
word lists brackets share (alterations.py) live here too, which imports this module.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..patterns import lazy
from .conditionswap import swapped_condition
from .matcher import CONTEXT, SEP, Gap
from .notes import unlost
from .restrictors import condition_before
from .textcheck import NOT_ABBREVIATED

NEGATIONS = frozenset("not no never none nor neither nothing nobody nowhere cannot without "
                      "hardly barely scarcely "
                      # German, French and Spanish: an ellipsis over `keine` in `die Bundesregierung … Stellung
                      # nimmt` turns a refusal around as surely as one over `not`
                      "nicht kein keine keinen keinem keiner keines nie niemals nichts niemand weder "
                      "ne n' jamais rien aucun aucune ni nunca nada nadie ningún ninguna jamás tampoco".split())
MODALS = frozenset("will would shall should may might must can could ought".split())
NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
    "hundreds thousand thousands million millions billion billions trillion trillions dozen dozens "
    "half twice double triple quarter percent first second third fourth fifth tenth".split())
QUALIFIERS = frozenset("only just almost nearly merely before after partly partially largely mostly somewhat probably "
                       "possibly perhaps maybe likely unlikely rarely seldom sometimes occasionally "
                       "allegedly reportedly apparently roughly approximately yet alone solely exclusively even still "
                       "already "
                       # degree and standing that turn a statement around when dropped: `less prepared`,
                       # `the former president`, `the alleged plot` (Chicago 13.50: an omission keeps the sense)
                       "less least fewer fewest former alleged supposed so-called would-be ex".split())
# Hedges of more than one word, which an ellipsis may not drop either (`will, to a large extent,
# determine` is not `will … determine`).
_HEDGES = lazy(r"\b(?:to (?:a (?:large|great|certain|degree|lesser|greater|limited) |some |an? )?(?:extent|degree)"
               r"|in (?:part|principle|theory|some cases|most cases)|more or less|at least|for now|for the time being"
               r"|by and large|to some degree)\b", re.I)
CONDITIONS = frozenset("if unless provided providing assuming until except otherwise whether".split())
_CONTRACTIONS = {"n't": ["not"], "'ll": ["will"], "'d": ["would"], "'re": ["are"], "'ve": ["have"],
                 "'m": ["am"], "'s": ["is"]}
_SPECIAL = {"won't": ["will", "not"], "can't": ["can", "not"], "cannot": ["can", "not"],
            "shan't": ["shall", "not"], "ain't": ["is", "not"]}
_WORD = lazy(r"\$?\d[\d,.]*%?|[^\W\d_]+(?:'[^\W\d_]+)*|%|\$")


def words(text: str) -> list[str]:
    """Lower-case words with contractions spelled out: won't -> will not."""
    out: list[str] = []
    text = text.replace("’", "'")
    for m in _WORD.finditer(text):
        w = m.group(0)
        before = text[:m.start()].rstrip()
        if w[:1].isupper() and before and before[-1] not in ".!?\0\"'[(":
            continue  # a capital inside a sentence: a name (May, Will), not a modal or number
        w = w.lower()
        if w in _SPECIAL:
            out += _SPECIAL[w]
            continue
        for tail, full in _CONTRACTIONS.items():
            if w.endswith(tail) and len(w) > len(tail):
                out += [w[:-len(tail)]] + full
                break
        else:
            out.append(w)
    return out


# A sentence ends at . ! ? and a space, not after an initial or a title (`, including Mr. Poilievre, whom …,`
# is one aside, not a sentence's end and the opening of another), nor before a digit: a point there
# ends an abbreviation of a citation (`- § 60 Abs. 1 -`, `Nr. 5`, `No. 3`), as style guides spell out
# a number that opens a sentence (Chicago 9.5).
_SENTENCES_OR_SEP = lazy(r"(?<=[.!?])" + NOT_ABBREVIATED + r"\s+(?!\d)|" + SEP)


def _fragments(gap: Gap) -> list[str]:
    """The parts of an omission inside the sentences the quote keeps: whole sentences (and
    other spans of the speaker's) may go, the rest of a kept sentence may not lose its sense."""
    omitted = gap.source
    parts = _SENTENCES_OR_SEP.split(omitted)
    kept_before_ends = gap.before.rstrip()[-1:] in (".", "!", "?", "") or gap.before.endswith(SEP)
    omitted_ends = omitted.rstrip(" ")[-1:] in (".", "!", "?", SEP)
    inside = []
    if not kept_before_ends:
        inside.append(parts[0])
    if not omitted_ends and (len(parts) > 1 or kept_before_ends):
        inside.append(parts[-1])
    return inside


# An omission set off by punctuation on both sides (commas, dashes, parentheses, a quotation's
# end) is an aside: the sentence reads the same without it. One that opens with a conjunction
# and a new subject (", and we have not yet decided,") is a clause of its own and may go whole
# (Chicago 13.53); any other aside may lose its negation, number or modal ("no intention
# — none — of"), never a condition or qualifier that bears on the sentence kept.
_OPENS, _CLOSES = ",;:-–—(", ",;:-–—)"
_CLAUSE = lazy(r"^[,;:\-–—(]\s*(?i:and|but|or|so|while|whereas)\s+(?:(?i:i|we|you|he|she|it|they|the|this|"
               r"that|these|those|there)|[A-Z]\w*)\b")


def _aside(piece: str, last: bool, gap: Gap, first: bool = False) -> str:
    """'clause', 'aside' or '' for a piece of an omission inside a kept sentence. The comma that
    opens it may be the quote's own (`Even at this hour, … I`, the source's `, and even in …,` gone)."""
    core = piece.strip(" " + SEP)
    opener = gap.before.rstrip(" " + SEP)[-1:]
    if first and core and core[0] not in _OPENS and opener in _OPENS:
        core = opener + " " + core
    # `When Chan told me, 'We will never sign,' I knew`: the inner quotation's mark closes nothing of its own
    closed = core.rstrip("'\"")[-1:] in _CLOSES or (last and (gap.after == "" or gap.source.rstrip(" ").endswith(SEP)))
    if not core or core[0] not in _OPENS or not closed:
        return ""
    return "clause" if _CLAUSE.match(core) else "aside"


_JOINED = lazy(r"[,;]\s*(?i:and|but|or|so|while|whereas)\s*$")
_SUBJECT = lazy(r"(?:(?i:i|we|you|he|she|it|they|the|this|that|these|those|there)|[A-Z]\w*)\b")


def _clause_before(piece: str, gap: Gap) -> bool:
    """An omitted clause joined to the kept one by a conjunction and a new subject (`We will not
    wait for the others, and` before `we will win`): a clause of its own, as after (Chicago 13.53)."""
    return bool(_JOINED.search(piece)) and bool(_SUBJECT.match(gap.after.lstrip(" " + SEP)))


# A clause joined by a conjunction with a subject of its own that the ellipsis drops up to its
# sentence's end (`podcasting was coming into its own … ` over `and there was a question about
# whether it was only having its moment.`): its qualifiers, conditions and negations bear on it,
# not on the kept words, as a clause set off by a comma's do (Chicago 13.53). Not one whose subject
# may point back at the kept words (`and that is only a start.`, `and it is only…`, `and we will only
# do so in May.`): that one still bears on them.
_OWN_CLAUSE = lazy(r"^[,;]?\s*(?i:and|but|or|while|whereas)\s+(?:(?i:i|we|you|he|she|they|the|there)|"
                   r"[A-Z]\w*)\s+\S+\s+\S+")


_DO_SO = lazy(r"(?i)\b(?:do|does|did|doing|done)\s+so\b")  # `and we will only do so in May`: the kept verb again


def _clause_to_end(piece: str) -> bool:
    core = piece.strip(" " + SEP)
    return core[-1:] in ".!?" and _OWN_CLAUSE.match(core) is not None and _DO_SO.search(core) is None


# A clause to the sentence's end that states the kept clause again over a time, its subject and verb
# the kept clause's (`I'm a regular visitor to and have been over 20 years.`, `, et ce depuis 1949.`,
# `, und das seit 1955.`): its number is that time's, not the kept words', and goes with it as a comma
# clause's does (Chicago 13.50). Not another verb (`and ratify it within 30 days`), which may share
# the kept clause's object or limit, nor a time cut before the sentence's end.
_RESTATED = lazy(r"^[,;]?\s*(?:and\s+(?:(?:always|also)\s+)?(?:have|has|had)\s+(?:(?:always|also)\s+)?been\s+(?:so\s+)?"
                 r"(?:for|over|since|in|during|these|the\s+(?:last|past))"
                 r"|et\s+(?:ce|cela)\s*,?\s*(?:depuis|pendant|durant)"
                 r"|und\s+(?:das|dies|zwar)\s+(?:schon\s+|bereits\s+)?(?:seit|über)"
                 r"|y\s+(?:lo\s+(?:es|son|somos|soy|ha\s+sido|han\s+sido|he\s+sido|hemos\s+sido)\s+)?(?:desde|durante))\b",
                 re.I)


def _restated_to_end(piece: str) -> bool:
    core = piece.strip(" " + SEP)
    return core[-1:] in ".!?" and _RESTATED.match(core) is not None


# An ordinal of a time phrase set off inside an omission (`rightly, and for the first time,`) counts
# occasions, not anything the kept words say: dropped with its aside, it is no quantity of theirs
# (Chicago 13.50). Other numbers in the aside (`for the first time in 20 years`) still count.
_ORDINAL_TIME = lazy(r"(?<=[,;:(—–])\s*(?:(?:and|but|or)\s+)?(?:for|at)\s+(?:the|a)\s+"
                     r"(?:first|second|third|fourth|fifth|tenth|\d+(?:st|nd|rd|th))\s+time\b(?=[^,;:()—–]*[,;:)—–])",
                     re.I)


_HYPHENATED = lazy(r"(?<![a-z])[a-z]+(?:-[a-z]+)+")  # so-called, would-be: one qualifier in two words

# A qualifier inside an aside that goes whole goes with the words it qualifies (`, should realize an
# even stronger alliance,`, `, the former minister,`, `, which the Senate only approved,`): the kept
# sentence means the same (Chicago 13.50-13.53). An aside that is nothing but a qualifier or hedge
# (`, almost certainly,`, `, at least for now,`) qualifies the kept sentence, and one led by a
# restricting word before what it restricts (`, only in the north,`, `, and only with a pilot,`,
# `, before the vote,`) narrows the kept sentence's claim: dropping either changes it.
_FUNCTION = frozenset("a an the this that these those it its they them their we us our i me my you your he him his "
                      "she her of in on at by for to from with into onto as than so then now there here too also very "
                      "much more most well all any each and or but nor which who whom whose where when what how".split())
_RESTRICTS = frozenset("only just merely solely exclusively partly partially largely mostly".split())
_RESTRICTED = frozenset("in on at by for to from with within without under over through during after before since "
                        "until as when where while if once because".split())
_LEADS = lazy(r"^[,;:\-–—(]?\s*(?:(?:and|but|or|nor)\s+)?([a-z]+)(?:\s+([a-z]+))?", re.I)


# `, just as we did in 1990,`, `, just like last year,`: a comparison, not `just` restricting
# (`, just as a last resort,` is `only as`): `as` with a clause or phrase of its own after it.
_COMPARES = lazy(r"^[,;:\-–—(]?\s*(?:(?:and|but)\s+)?just\s+(?:like\b|as\s+(?:i|we|you|he|she|it|they|the|"
                 r"this|these|those|there|in|on|at|with|during|before|ever|always|usual|[a-z]+ed)\b)", re.I)
# A capital inside the aside is a name (`, almost certainly by May,`): words() leaves names out so
# as not to read May or Will as a modal, but a name is a word of the aside's own all the same.
_NAME_INSIDE = lazy(r"(?<=[\w,;:)\]]\s)(?!I\b)[^\W\d_a-z][^\W\d_]+")


def _qualifies_within(piece: str) -> bool:
    """The aside has words of its own that its qualifiers bear on, and does not restrict the kept sentence."""
    core = _HEDGES.sub(" ", piece.strip(" " + SEP).lower())
    lead = _LEADS.match(core.strip())
    if lead and (lead.group(1) in ("before", "after")
                 or (lead.group(1) in _RESTRICTS and (lead.group(2) or "") in _RESTRICTED
                     and not _COMPARES.match(core.strip()))):
        return False
    if _NAME_INSIDE.search(piece.strip(" " + SEP)):
        return True
    return any(w not in _FUNCTION and w not in QUALIFIERS and w not in NEGATIONS and w not in MODALS
               and not (w.endswith("ly") and len(w) > 4) for w in words(core))


# A non-restrictive relative clause on the subject, between it and the kept verb (`The plan, which
# will go ahead if the Senate agrees, is ready`): its condition bears on its own verb, and the
# clause may go whole (Chicago 13.50). After a verb (`We will sign, which we can do only if …, the
# treaty`) the clause may bear on the kept claim, so its condition stays.
_RELATIVE = lazy(r"^[,;:\-–—(]\s*(?:who|whom|whose|which)\b", re.I)
_KEPT_VERB = lazy(r"^[\s,;:\-–—)]*(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|"
                  r"shall|should|does|did|remains?|stays?)\b", re.I)


def _relative_on_subject(piece: str, gap: Gap) -> bool:
    core = piece.strip(" " + SEP)
    opener = gap.before.rstrip(" " + SEP)[-1:]
    if core and core[0] not in _OPENS and opener in _OPENS:
        core = opener + " " + core
    if not _RELATIVE.match(core):
        return False
    return core.lower().split()[1].startswith("who") or bool(_KEPT_VERB.match(gap.after))


def _stranded(gap: Gap) -> str | None:
    """The hedge an ellipsis leaves without the words it bears on: `The talks will end, almost
    certainly … with a deal` for `, almost certainly by May, with a deal` sets it on the deal."""
    core = gap.source.strip(" " + SEP)
    if not core or core[0] in _OPENS or core[-1] not in _CLOSES:
        return None  # not the rest of an aside whose head the quote keeps
    head = re.split(r"[,;:(\-–—]", gap.before)[-1]
    ws = words(head)
    hedge = _HEDGES.search(head)
    if ws and (hedge or all(w in QUALIFIERS or (w.endswith("ly") and len(w) > 4) for w in ws)):
        return head.strip()
    return None


# The speaker's own frame before what they go on to say (`and I should explain that`, `I must say`,
# `we have to stress that`): its modal bears on the telling, not on the words kept after it, so it
# may go with the frame; a hedge (`I would say that`, `I might suggest`) qualifies the claim and stays.
_FRAME = lazy(r"^[,;]?\s*(?:(?:and|but|so)\s+)?(?:i|we)\s+(?:should|must|can|will|shall|have\s+to|need\s+to|"
              r"want\s+to|ought\s+to)\s+(?:also\s+)?(?:say|explain|add|stress|emphasi[sz]e|underline|tell\s+you|"
              r"point\s+out|note|admit|make\s+(?:it\s+)?clear|be\s+clear|repeat|remind\s+you|mention|confess)"
              r"(?:\s+that)?[,:]?$", re.I)


# The standard of a comparison, its verb understood (`as much support as we can`, `as soon as they
# could`): the modal bears on that understood verb inside the omitted words, not on the words kept.
_AS_MUCH_AS = lazy(r"(?i)\bas\s+[a-z]+(?:\s+[a-z]+)?\s+as\s+(?:i|we|you|he|she|it|they|one)\s+"
                   r"(?:can|could|will|would|may|might)\s*[,;]?\s*$")


# An ellipsis that keeps the start of one clause and the end of the next (`Today I will focus on …
# our efforts around Nepal` over `an update on Iraq, but I'll also provide an overview of …, and`):
# the kept words before it wait for their object, the ones after it are a phrase of the dropped
# clause, and the quote sets that phrase on the first clause's verb (Chicago 13.50: an omission
# must not join what the speaker kept apart). A clause of its own after the gap (`and we will win`)
# is no graft.
_NEXT_CLAUSE = lazy(r"[,;]\s+(?:but|and|so|yet|while|whereas)\s+(?:i|we|you|he|she|they)(?:['’](?:ll|d|ve|re|m))?"
                    r"\s+(?:also\s+)?[a-z]+", re.I)
_PHRASE_START = lazy(r"^(?:our|their|his|her|its|my|your|the|a|an|some|any|these|those)\s", re.I)


def _grafted(gap: Gap) -> str | None:
    src = gap.source.replace(SEP, " ")
    turn = _NEXT_CLAUSE.search(src)
    if turn is None or re.search(r"[.!?]", src[turn.end():]) or not re.search(r"\w$", gap.before.rstrip(SEP)):
        return None
    if not _PHRASE_START.match(gap.after.lstrip(" " + SEP)):
        return None
    return turn.group(0).lstrip(",; ")


# A negation denies its whole clause: what follows it there may narrow what it denies (`Nobody should
# expect a signature next week`, `We will not sign until the autumn`, `will not accept any change … by
# force`). A quote that stops inside such a clause, or an ellipsis that leaves it there, says more than
# the speaker did. A coordinated clause after it (`and`, `but`) is a clause of its own and may go.
_DENIES = NEGATIONS - {"without", "hardly", "barely", "scarcely"}
_CLAUSE_BREAK = lazy(r"[,;:()\[\]—–]|\s-\s|" + SEP)
_CLAUSE_END = lazy(r"[.!?,;:()\[\]—–]|\s-\s|" + SEP)
QUOTE_OPENERS = "\"“‘'«„「"
_COORDINATE = frozenset("and but or so yet while whereas although though".split())
_SPACES = str.maketrans({c: " " for c in ".,;:!?\"“”‘()[]…—–-/"})


@lru_cache(maxsize=1 << 16)  # a quote placed again (claims, pull quotes, cells) is looked at once
def may_deny(text: str) -> bool:
    """A first look: whether the text holds a negation word or a contraction of one (most quotes
    hold none; a set lookup of its words is several times faster than a search for them)."""
    low = text.lower()
    return "n'" in low or "n’" in low or not _DENIES.isdisjoint(low.translate(_SPACES).split())


def negation_cut(kept: str, rest: str) -> tuple[str, str] | None:
    """(the clause's words cut off, the clause whole) when `kept` ends inside a negated clause and the
    source goes on with more of that clause (`rest`); else None."""
    head = re.split(r"[.!?]\s", kept)[-1]
    clause = _CLAUSE_BREAK.split(head)[-1]
    if not set(words(clause.lower())) & _DENIES or not _wordy_start(rest):
        return None
    cut = _CLAUSE_END.split(rest)[0].strip()
    if not cut or cut.split()[0].lower() in _COORDINATE:
        return None
    return cut, f"{clause.strip().lstrip(QUOTE_OPENERS)} {cut}"


# A negated verb of doubt affirms what follows it (`No one doubts that`, `I have no doubt that`,
# `there is no question that`, `we cannot deny that`): no denial for a quote starting after it.
_AFFIRMS = frozenset("doubt doubts doubted question questions deny denies denied dispute disputes disputed".split())


def negated_before(before: str) -> str | None:
    """The clause of `before` a quote starts inside (`I don't believe that`), when a negation in it
    denies what follows; else None."""
    if not before.rstrip(" ")[-1:].isalnum():
        return None  # the quote starts at a clause's start (after a mark, a comma, a paragraph's start)
    clause = _CLAUSE_BREAK.split(re.split(r"[.!?]\s", before)[-1])[-1].strip().lstrip(QUOTE_OPENERS)
    ws = set(words(clause.lower()))
    return clause if ws & _DENIES and not ws & _AFFIRMS else None


def _wordy_start(text: str) -> bool:
    return text.lstrip(" ")[:1].isalnum()


def check_ellipsis(gap: Gap) -> str | None:
    problem = _check_ellipsis(gap)
    kept = gap.before if len(gap.before) < CONTEXT else gap.before.split(" ", 1)[-1]  # a window: its first word may be cut
    if problem is None and kept.rstrip(" ")[-1:].isalnum() and _CLAUSE_END.search(gap.source) \
            and (found := negation_cut(kept, gap.source)):
        # the quote leaves the clause there (it goes on after a break): the words up to the break are lost to it
        return (f"the ellipsis omits '{found[0]}' from inside a negated clause ('{found[1]}'): what follows a "
                "negation may narrow what it denies; quote to the end of that clause, or paraphrase")
    return problem


def _check_ellipsis(gap: Gap) -> str | None:
    if (cut := _word_cut(gap)) is not None:
        return (f"the ellipsis cuts the word '{cut[0]}{cut[1]}' (keeps '{cut[0]}', drops '{cut[1]}'): an omission drops "
                "whole words; quote the word whole")
    if (joined := _grafted(gap)) is not None:
        return (f"the ellipsis drops '{joined} …', the clause the words after it belong to, and sets them on "
                "the verb before it: quote the clauses apart, or the words of one only")
    if (swapped := swapped_condition(gap)) is not None:
        return swapped
    if (kept := _stranded(gap)) is not None:
        return (f"the ellipsis omits '{gap.source.strip(' ' + SEP).rstrip(',;:)-–—').replace(SEP, ' ')}', which "
                f"the qualifier '{kept}' bears on: the quote sets it on the words after the gap instead; quote "
                "those words or leave the qualifier out too")
    pieces = _fragments(gap)
    for i, piece in enumerate(pieces):
        piece = unlost(piece)  # `[crosstalk 00:14:21]`: the transcriber's, no number of the speaker's
        # A piece that goes on from the kept words mid-sentence: its first capital is a name too (`by … with`
        # for `by May, with`), as words() reads one inside a sentence
        on = i == 0 and gap.before.rstrip()[-1:] not in ("", ".", "!", "?", SEP)
        ws = words("x " + piece)[1:] if on else words(piece)
        aside = _aside(piece, i == len(pieces) - 1, gap, first=i == 0)
        if aside == "clause" or (i == len(pieces) - 1 and _clause_before(piece, gap)) or _clause_to_end(piece):
            continue
        whole = bool(aside) and _qualifies_within(piece)
        counted = ws
        if _ORDINAL_TIME.search(piece):  # `, and for the first time,`: no quantity of the kept words'
            masked = _ORDINAL_TIME.sub(" ", piece)
            counted = words("x " + masked)[1:] if on else words(masked)
        for label, kinds in (("negation", NEGATIONS), ("condition", CONDITIONS), ("modal", MODALS),
                             ("number", None), ("qualifier", QUALIFIERS)):
            if aside and label in ("negation", "modal", "number") or whole and label == "qualifier":
                continue
            if label == "number" and _restated_to_end(piece):
                continue
            if label == "modal" and (_FRAME.match(piece.strip(" " + SEP)) or _AS_MUCH_AS.search(piece)):
                continue
            if whole and label == "condition" and _relative_on_subject(piece, gap):
                continue
            if label in ("condition", "negation") and gap.token == 0 \
                    and condition_before(gap.source, gap.after) == gap.source.strip(" " + SEP):
                continue  # `… we respond` for `If Russia attacks, we respond` (`Without NATO,`): judged where placed (cuts.py)
            if kinds is None:
                hit = next((w for w in counted if w.lstrip("$")[:1].isdigit() or w in NUMBER_WORDS), None)
            else:
                hit = next((w for k, w in enumerate(ws + _HYPHENATED.findall(piece.lower())) if w in kinds
                            and not (w == "whether" and k and ws[k - 1] in _ASKS)), None)
            if hit:
                return _omits(gap, label, hit)
        hedge = None if whole else _HEDGES.search(piece)
        if hedge:
            return _omits(gap, "qualifier", hedge.group(0))
    return None


# `whether` after a word of asking or knowing opens what was asked (`a question about whether it
# was here to stay`), not a condition on the words the quote keeps.
_ASKS = frozenset("about of on over to question questions asked ask asks asking wondered wonder wonders "
                  "decide decided know knew unclear clear doubt doubts determine determined see consider "
                  "considering assess debate debated".split())


# An ellipsis stands for whole words left out (Chicago 13.50): one that ends inside a word the quote
# keeps the start of (`can … lecture` for `can't lecture`, `…n't`) changes the word, and may drop its negation.
_WORD_END = lazy(r"[^\W_]+$")
_WORD_TAIL = lazy(r"^(?:['’][^\W\d_]{1,2}|[^\W_]+)")


def _word_cut(gap: Gap) -> tuple[str, str] | None:
    """(the kept start, the dropped rest) of a word the ellipsis cuts, or None."""
    head, tail = _WORD_END.search(gap.before), _WORD_TAIL.match(gap.source)
    return (head.group(0), tail.group(0)) if head and tail else None


def _omits(gap: Gap, label: str, word: str) -> str:
    return (f"the ellipsis omits the {label} '{word}' ('{gap.source.strip(' ' + SEP).replace(SEP, ' ')}'): "
            "an omission must leave the meaning intact; quote those words or end the quote before them")
