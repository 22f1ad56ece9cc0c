"""A claim that introduces a paraphrase itself (`Chan argued that {p}`, `Selon Dupont, {p}`,
`{p}, Kirby said.`): how it does, and the message when it does not introduce it as its speaker's."""
from __future__ import annotations

import re

from ..patterns import lazy
from . import japanese
from .claimmessages import _introduced_as, _no_one
from .claimspeaker import claim_speaker, next_names
from .claimtext import _around, placement
from .clauses import VERB, Who
from .foreign import _PRONOUN_AFTER, Foreign
from .foreignclaims import foreign_speaker
from .gapping import _FOREIGN_JOINER, _JOINER, _joint_words
from .jointly import ALTERNATIVES, STATEMENT_FIX, joint_statement, joint_words, members
from .newsroom import LANGUAGES
from .sayings import foreign_noun_speaker, noun_speaker
from .speakers import names

# A claim that introduces a paraphrase itself (`Chan argued that {p}`, `According to Chan, {p}`,
# `Chan warned: {p}`) prints only the paraphrase's clause: `Chan said that` twice is no sentence.
# (`adding that, to be fair, …`: a phrase set off by commas may open the clause after `that`)
# (a day after the verb is still the verb's: `officials announced today {p}`)
_OWN_BARE = lazy(r"(?:" + VERB.pattern + r")(?:\s+(?:today|yesterday|tonight|on\s+[A-Z][a-z]+day))?$")
# (`Lee argued, however, that {p}`: a parenthetical adverb set off by commas between the verb and
# `that`, Chicago 6.57, leaves `that` introducing the clause)
_ASIDE_ADVERB = (r"(?:\s*,\s*(?:however|moreover|furthermore|though|too|also|again|then|instead|therefore|"
                 r"nonetheless|nevertheless|meanwhile|in turn|in fact|in particular|for example|for instance|"
                 r"[a-z]+ly)\s*,)?")
_OWN_MARKED = lazy(r"(?:(?:" + VERB.pattern + r")" + _ASIDE_ADVERB + r"(?:\s+[^.;:!?]{0,60}?)?(?:\s+that,?|\s*:)"
                   # `As Chan said, {p}`, `If, as Chan told reporters, {p}, …`
                   r"|\b[Aa]s\s+[^.,;:!?]{1,60}?(?:" + VERB.pattern + r")(?:\s+[^.,;:!?]{1,40})?,"
                   # `Without more aid, he warned, {p}`: an attribution set off by commas inside the sentence
                   r"|,\s*(?:he|she|they|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s+(?:" + VERB.pattern + r"),"
                   r"|\b[Aa]ccording\s+to\s+[^.,;:!?]{1,60},|\b[Ii]n\s+(?:[^.,;:!?]{1,40}?(?:'s|')|his|her|their)\s+"
                   r"(?:own\s+)?(?:view|words),)$")


# A paraphrase that opens its sentence and is followed by its attribution, as news writes reported
# speech (`{p}, Pentagon Press Secretary John F. Kirby said.`, `{p}, said J.D. Crouch II, …`,
# `{p}, according to Lee.`): the claim introduces it after it, so it prints its clause alone (no
# `Kirby said that …, Kirby said`) and the claim must name its speaker. Before, it was read as placed
# alone: it printed its own attribution too, and `{p}, Chan said` passed for Lee's words.
_OWN_AFTER = lazy(r"^\s*,\s*(?:[^;:!?{}]{1,160}?\s)?(?:" + VERB.pattern + r"|[Aa]ccording\s+to)\b")
# What follows a comma that begins another clause, not the quote's attribution: `{p}, and {p2}`,
# `{p}, but Chan said …` (the verb there is the next clause's).
_NEXT_CLAUSE = lazy(r"^\s*,\s*(?:and|but|or|nor|yet|so|while|whereas|although|though)\b", re.I)


def own_attribution(claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> str | None:
    """How the claim's own words introduce paraphrase {qid}: 'verb' (`Chan argued {p}`: the
    clause keeps its `that`), 'marked' (`Chan argued that {p}`, `According to Chan, {p}`), 'after'
    (`{p}, Chan said.`: it opens its sentence, as its clause alone), or None."""
    before = claim[:placement(claim, qid, nth)].rstrip()
    if not before or before.endswith((".", "!", "?")):
        _, _, _, head, tail = _around(claim, qid, quotes, people, nth)
        rest = claim[placement(claim, qid, nth) + len(qid) + 2:]  # as written: another placement is no attribution
        after = not head.strip() and (_OWN_AFTER.match(tail) and _OWN_AFTER.match(rest) and not _NEXT_CLAUSE.match(rest)
                                      or next_names(rest.replace("’", "'")))  # `{p}. That's the message from Lee.`
        return "after" if after else None
    if not before.endswith(("that", ":", ",")) and not _OWN_BARE.search(before[-40:]):
        return None  # most placements: nothing that could introduce it ends before it, so no reading
    _, _, _, head, tail = _around(claim, qid, quotes, people, nth)
    head = head.rstrip()[-300:]  # both end at the quote, within 100 characters
    if _OWN_BARE.search(head):
        return "verb"
    if _OWN_MARKED.search(head) or noun_speaker(head + " ", names(people), bool(VERB.search(tail))):
        return "marked"  # (`Chan rejected Lee's claim that {p}`: a noun of saying introduces it)
    return None


def _paraphrase_problem(claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> str | None:
    """A paraphrase the claim introduces itself must be introduced as its speaker's: it prints
    without its own `Lazar noted that`, so the claim's attribution is the only one the reader sees."""
    if not own_attribution(claim, qid, quotes, people, nth):
        return None
    quote, person = quotes[qid], people[quotes[qid].speaker]
    who = claim_speaker(claim, qid, quotes, names(people), people, nth)
    if who.kind == "person" and who.pid == quote.speaker or who.kind == "family" and quote.speaker in who.pid.split(","):
        return None
    if _joint_statement(who, claim, qid, quotes, people, None, nth):
        return None
    fix = (f"make {person.short} the subject of the verb that introduces it, or place {{{qid}}} alone "
           f"(it prints as '{person.short} {quote.verb} that …')")
    if who.kind == "person" and who.pid in people:
        return f"paraphrase '{qid}' is {person.name}'s, but the claim gives it to {people[who.pid].name}: {fix}"
    if who.kind == "joint":
        return (f"paraphrase '{qid}' is {person.name}'s, but the claim gives it to several people at once "
                f"('{_joint_words(who.text, names(people))}'): {fix}"
                + (STATEMENT_FIX if _among(who, claim, qid, quotes, people, None, nth) else ""))
    if _no_one(who):
        return f"paraphrase '{qid}' is {person.name}'s, but the claim introduces it{_no_one(who)} {fix}"
    return f"paraphrase '{qid}' is {person.name}'s, but the claim introduces it without naming {person.short}: {fix}"


# A claim in the brief's language may introduce a paraphrase itself, as an English one does:
# `Selon Dupont, {p}`, `Dupont a déclaré que {p}`, `Según Pérez, {p}`, `Pérez dijo que {p}`,
# `Laut Müller {p}`, `Müller zufolge {p}`, `Müller sagte, dass {p}`, `Dupont a été claire : {p}`.
# It then prints the clause alone (not `Selon Dupont, selon Dupont, …`), and must name its speaker.
_OWN_FOREIGN: dict[str, re.Pattern] = {}


def foreign_own_attribution(g: Foreign, claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> str | None:
    """'marked' when a claim in the brief's language introduces paraphrase {qid} itself, else None."""
    if g is japanese.JAPANESE:
        own = japanese.written_in(claim) and japanese.own_attribution(claim, qid, quotes, names(people), nth)
        return "marked" if own else None
    if not _introducer(g, claim, qid, quotes, people, nth):
        return None
    return "after" if _attributed_after(g, claim, qid, quotes, people, nth) else "marked"


# As _OWN_AFTER, in the brief's language: `{p}, a déclaré Dupont.`, `{p}, dijo García.`, `{p}, sagte
# Müller.`, `{p}, selon Dupont.`, `{p}, Müller zufolge.` Before, such a paraphrase was read as placed
# alone: never checked (`{dupont-p}, a déclaré Martin.` passed) and printed `selon Dupont, …, a déclaré Martin`.
_AFTER_FOREIGN: dict[str, re.Pattern] = {}


def _attributed_after(g: Foreign, claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> bool:
    """Whether paraphrase {qid} opens its sentence and the claim attributes it after it."""
    before = claim[:placement(claim, qid, nth)].rstrip()
    if before and not before.endswith((".", "!", "?")):
        return False
    _, _, _, head, tail = _around(claim, qid, quotes, people, nth)
    if head.strip():
        return False
    key = next(k for k, w in LANGUAGES.items() if w is g.w)
    if key not in _AFTER_FOREIGN:
        words = "|".join([re.escape(a).replace(r"\ ", r"\s+") for a in g.w.according] + [re.escape(a) for a in g.w.after_name])
        _AFTER_FOREIGN[key] = re.compile(rf"\s*,\s*(?:[^;:!?]{{1,160}}?\s)?(?:{g.VERB.pattern}|(?i:{words})(?![\w'-]))")
    return bool(_AFTER_FOREIGN[key].match(tail))


def _introducer(g: Foreign, claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> Who | None:
    """Whom a claim in French, Spanish or German names as it introduces paraphrase {qid} itself;
    None when it does not introduce it."""
    before = claim[:placement(claim, qid, nth)].rstrip()
    if not before or before.endswith((".", "!", "?")):
        if not _attributed_after(g, claim, qid, quotes, people, nth):
            return None
        who = foreign_speaker(g, claim, qid, quotes, names(people), people, nth)
        return who if who.kind != "none" else None
    key = next(k for k, w in LANGUAGES.items() if w is g.w)
    if key not in _OWN_FOREIGN:
        according = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in g.w.according)
        after_name = "|".join(re.escape(a) for a in g.w.after_name)
        bare = "|".join(sorted(list(g.w.verbs) + [p.replace(" ", r"\s+") for p in g.w.phrases], key=len, reverse=True))
        forms = [rf"(?:{g.VERB.pattern})(?:\s+[^.;:!?]{{0,60}}?)?(?:,?\s*(?:que|qu'|qu’|dass)|\s*:)",
                 rf"(?<![\w'-])(?i:{according})\s+[^.,;:!?]{{1,60}},?",
                 # `Comme l'a dit Dupont, {p}`, `Como dijo Pérez, {p}`, `Wie Müller sagte, {p}`
                 rf"(?<![\w'-])(?i:comme|como|wie)\s+[^.,;:!?]{{0,60}}?(?:{g.VERB.pattern})[^.,;:!?]{{0,40}},",
                 # `il a rappelé {p}`, `Pérez recordó {p}`: a verb of saying right before it introduces
                 # it (the paraphrase carries its own `qu'…`); not `selon`, `laut` or `hieß es` alone
                 rf"(?<![\w'-])(?:{bare})",
                 # `Ainsi, a-t-il rappelé, {p}`: an inverted incise before it
                 rf"(?<![\w'-])(?i:(?:a|{bare}){_PRONOUN_AFTER}(?:\s+(?:{bare}))?),"]
        if after_name:
            forms.append(rf"[^.,;:!?]{{1,60}}\s+(?:{after_name}),?")
        _OWN_FOREIGN[key] = re.compile("(?:" + "|".join(forms) + ")$")
    head = _around(claim, qid, quotes, people, nth)[3].rstrip()[-300:]
    if foreign_noun_speaker(g, head + " ", names(people)):  # `l'affirmation de Dupont selon laquelle {p}`
        return foreign_speaker(g, claim, qid, quotes, names(people), people, nth)
    if not (_OWN_FOREIGN[key].search(head) or head.endswith(":")) or head.rstrip(" ,:").lower() in g.w.markers:
        return None
    # ... and it names who says so (`Kurz gesagt: {p}`, `Le constat est partagé : {p}` name no one)
    who = foreign_speaker(g, claim, qid, quotes, names(people), people, nth)
    return who if who.kind != "none" else None


def _joint_statement(who: Who, claim: str, qid: str, quotes: dict, people: dict, g: Foreign | None,
                     nth: int = 0) -> bool:
    """`Lee and Chan said in a joint statement that {p}`: a paraphrase of a joint statement is each
    signer's, as a direct quote of one is (jointly.py); not a joint subject's words otherwise."""
    return _among(who, claim, qid, quotes, people, g, nth) and joint_statement(claim, qid, quotes, people, nth)


def _among(who: Who, claim: str, qid: str, quotes: dict, people: dict, g: Foreign | None, nth: int = 0) -> bool:
    """Whether the paraphrase's speaker is one of the people a joint subject names (not `Lee or Chan`)."""
    if who.kind != "joint" or ALTERNATIVES.search(who.text):
        return False
    index = names(people)
    joint = joint_words(who.text, _joint_words(who.text, index, _JOINER if g is None else _FOREIGN_JOINER))
    return quotes[qid].speaker in members(who, joint, claim, qid, quotes, people, index, g, nth)


def _foreign_paraphrase_problem(g: Foreign, claim: str, qid: str, quotes: dict, people: dict, nth: int = 0) -> str | None:
    """As _paraphrase_problem, for a claim in French, Spanish or German."""
    who = _introducer(g, claim, qid, quotes, people, nth)
    if who is None:
        return None  # placed alone, it prints with its speaker's name (`selon Dupont, …`)
    index = names(people)
    if _joint_statement(who, claim, qid, quotes, people, g, nth):
        return None
    problem = _introduced_as(qid, quotes[qid].speaker, people, who, _joint_words(who.text, index, _FOREIGN_JOINER))
    if problem and _among(who, claim, qid, quotes, people, g, nth):
        problem += STATEMENT_FIX
    return problem or _missing_que(g, claim, qid, quotes, nth)


# French and Spanish join a verb of saying to its clause with `que` (`Dupont a rappelé que …`). The
# paraphrase prints its clause as it stands after the claim's own words, so a bare verb before it
# (`Dupont a rappelé {p}`) prints `a rappelé le plan est prêt` unless its text opens with its `que`.
_QUE = {"fr": ("que ", "qu'", "qu’"), "es": ("que ",)}


_RELATIVES = ("laquelle", "lequel", "lesquelles", "lesquels", "cual", "cuales")


def _missing_que(g: Foreign, claim: str, qid: str, quotes: dict, nth: int = 0) -> str | None:
    key = next((k for k, w in LANGUAGES.items() if w is g.w), "")
    ques = _QUE.get(key)
    before = claim[:placement(claim, qid, nth)].rstrip()
    if not ques or not before or before.endswith((",", ":", ";", ".", "!", "?", "«", "“")):
        return None
    said = before.lower()
    if said.endswith(_RELATIVES):
        return None  # `l'affirmation selon laquelle {p}`: the relative introduces the clause itself
    if said.endswith(tuple(q.strip() for q in ques)) or quotes[qid].text.lstrip().lower().startswith(ques):
        return None
    last = before.split()[-1]
    return (f"the claim introduces paraphrase '{qid}' with '{last}' and no 'que': its clause prints as it stands "
            f"('{last} {quotes[qid].text.strip()[:40]}…'); write '{last} que {{{qid}}}' in the claim, or place "
            f"{{{qid}}} alone (it then names its speaker itself)")
