"""A subject with a relative clause that names someone: `The aide Lee hired said {q}`, `The
committee that Lee chairs said {q}`, `Officials Lee appointed said {q}`; and a verb of saying in a
`who` clause on a common noun: `Lee dismissed critics who called the plan {q}`.

The name is the subject of the relative clause (its own verb, `hired`, stands between the name and
the verb of saying), so the words are the head noun's, the aide's or the committee's, not the
named person's (a restrictive relative clause, with or without `that`/`whom`: CGEL 12.3). Before,
the name was read as the speaker, the last person named before the verb.
"""
from __future__ import annotations

import re

from ..patterns import lazy
from .clauses import Who
from .speakers import Names

# A non-restrictive relative clause set off by commas (`, which Chan shares,`, `, who met Chan,`): an
# aside (CGEL: supplementary); the person it names is its own clause's, not the sentence's speaker.
ASIDE = r",\s*(?i:which|who|whom|whose)\b[^,;:.!?]{1,120},"

# The head noun (an article or a number, or a plural noun opening the sentence), an optional relative
# word, the name, and one or two words of the relative clause's own verb before the verb of saying.
_RELATIVE = lazy(
    r"(?:^|[;:]\s*|(?<=[.!?])\s+)(?P<head>(?:(?i:the|a|an|one|two|three|several|some|many|most|other)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*|[A-Z][a-z]+s(?:\s+[a-z][\w-]*){0,2}))"
    r"\s+(?:(?:that|whom|who|which)\s+)?(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})"
    r"\s+(?P<verb>[a-z][\w-]*)(?:\s+[a-z][\w-]*)?\s*$")
# Words after a name that are no verb of its own: `The minister Lee also said`, `Lee today said`.
_NOT_A_VERB = frozenset("also then later further once again had has have was is were are would will could should "
                        "can may might must did does do previously recently earlier simply today yesterday tonight "
                        "now first last finally and or but of for to with from by at in on".split())


# A restrictive relative clause on a common noun right before the verb (`Lee dismissed critics who
# called it {q}`, `Lee met people who said {q}`): the noun is the verb's subject, not the person named
# before it; a noun a copula makes that person (`Lee was the one who said`) is not. At a sentence's
# start too (`Those who called the plan {q} were wrong, Lee said`, `Critics who described it as`).
_WHO_NOUN = lazy(r"(?<![\w'-])(?P<noun>[a-z][\w-]*|(?:^|(?<=[.!?;:]\s))[A-Z][a-z-]*)\s+who"
                 r"(?:\s+(?:had|has|have|also|once|then|later))*\s*$")
_PERSONAL = frozenset("i you he she it we they".split())  # (`It was she who said`: hers)
_IDENTITY = lazy(r"\b(?:was|is|were|are|be|been|remains?|remained)\s+(?:(?:the|a|an|not|only)\s+)*(?:[a-z]+\s+)?$")


def relative_subject(before: str, index: Names) -> Who | None:
    """The head noun of a subject whose relative clause names someone (or of a `who` clause on a
    common noun), as a role naming no one, when `before` (the words before the verb of saying) ends
    with one; else None."""
    tail = before[-160:]
    held = _WHO_NOUN.search(tail)
    if held and not _IDENTITY.search(tail, 0, held.start("noun")) and held.group("noun").lower() not in _PERSONAL \
            and not index.pattern.fullmatch(held.group("noun")):
        return Who("role", text=held.group("noun"))
    m = _RELATIVE.search(tail)
    if not m or m.group("verb") in _NOT_A_VERB or not index.pattern.fullmatch(m.group("name")):
        return None
    return Who("role", text=m.group("head"))


# The same in French, German and Spanish, where the relative pronoun is never left out and the
# relative clause's subject may follow its verb (`La commission que préside Dupont a déclaré`, `Die
# Kommission, die Weber leitet, erklärte`, `La comisión que preside Pérez afirmó`).
_FOREIGN_OPENERS = {
    "fr": r"(?i:le|la|les|l'|un|une|des|ce|cette|ces)\s*[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2}?\s*,?\s+"
          r"(?:qu'|(?i:que|qui|dont|lequel|laquelle|lesquels|lesquelles)(?![\w'-]))",
    "de": r"(?i:der|die|das|ein|eine|den|dem)\s+[^\W\d_][\w-]*\s*,\s*"
          r"(?i:der|die|das|den|dem|deren|dessen|welche[rsnm]?)(?![\w'-])",
    "es": r"(?i:el|la|los|las|un|una|unos|unas)\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}?\s*,?\s+"
          r"(?i:que|quien|quienes|cuyo|cuya|a\s+quien)(?![\w'-])",
}
_APPOSED = lazy(r"\s*,\s*(?:[^\W\d_A-Z][\w'-]*\s+){0,2}")  # `, Anne Dupont, a déclaré`: its comma, an auxiliary
_FOREIGN = {key: lazy(r"\s*(?:" + opener + ")") for key, opener in _FOREIGN_OPENERS.items()}


def foreign_relative(language: str | None, head: str, who: Who, index: Names, verb: re.Pattern) -> Who | None:
    """A role for the subject's head noun when the sentence opens with a relative clause on it that
    names someone before its verb of saying (`verb`), and the speaker read (`who`) is none or that
    person; else None (`Le plan que Martin a présenté est mort, a déclaré Dupont`: Dupont's)."""
    opener = _FOREIGN.get((language or "").split("-")[0].lower())
    m = opener.match(head) if opener and who.kind in ("person", "none", "role", "unknown") else None
    said = verb.search(head, m.end()) if m else None
    # (not a name set off by commas right before the verb: the subject's appositive, `Der Minister, der
    # den Plan entworfen hat, Klaus Weber, sagte`)
    inside = [n for n in index.pattern.finditer(head, m.end(), said.start())
              if not (head[:n.start()].rstrip().endswith(",") and _APPOSED.fullmatch(head, n.end(), said.start()))] \
        if m and said else []
    if not m or not inside or index.pattern.search(head, 0, m.end()):
        return None
    if who.kind == "person" and not any(who.pid in index.by_form.get(n.group(0).casefold(), ()) for n in inside):
        return None
    return Who("role", text=m.group(0).strip())


# A quote inside a restrictive relative clause whose own verb of saying or naming has the head for its
# subject (`Ceux qui l'ont qualifié de {q} se trompent, a déclaré Dupont`, `Quienes lo calificaron de
# {q} se equivocan, dijo Pérez`, `Wer es {q} nannte, irrt sich, sagte Weber`): the words are those
# people's, not the sentence's final speaker's, as English `Those who called the plan {q}` reads above.
_SAYERS = {
    "fr": (r"(?i:ceux|celles|celui|celle|quiconque|tous\s+ceux|(?:les|des|ces)\s+[a-zàâçéèêëîïôûù-]+)\s+qui",
           r"qualifi\w*|appel\w*|trait\w*|nomm\w*|décri\w*|désign\w*|dit|disent|disaient|parl\w*"),
    "es": (r"(?i:quienes|quien|(?:aquellos|aquellas|los|las|el|la)\s+que|(?:los|las|unos|unas)\s+[a-záéíóúñ-]+\s+que)",
           r"calific\w*|llam\w*|tild\w*|describ\w*|tach\w*|dijeron|dicen|decían"),
    "de": (r"(?:(?i:wer)|(?i:diejenigen|alle|jene|die)(?:\s+[A-ZÄÖÜ][\wäöüß-]*)?\s*,\s*die)",
           r"nannte\w*|nennen|nennt|bezeichne\w*|genannt|beschrieb\w*|sagte\w*|sagen"),
}
_SAYER = {key: lazy(r"(?:^|(?<=[\s,;:]))(?P<head>" + opener + r")\s+(?P<clause>[^,;:.!?«»\"“”„]*)$")
          for key, (opener, _) in _SAYERS.items()}
_NAMING = {key: lazy(r"(?i)(?<![\w'-])(?:" + verbs + r")(?![\w'-])") for key, (_, verbs) in _SAYERS.items()}
_CLAUSE_END = lazy(r"[,;:.!?«»\"“”„]")


def said_inside(language: str | None, head: str, tail: str, verb: re.Pattern) -> Who | None:
    """A role for the people a relative clause that holds the quote names as its sayers (`ceux qui`,
    `quienes`, `wer`), when its own verb (`verb`: a verb of saying; or one of naming) says or names
    the words: before the quote, or in German, where it stands last, after it; else None."""
    key = (language or "").split("-")[0].lower()
    m = _SAYER[key].search(head, max(0, len(head) - 160)) if key in _SAYER else None
    if not m:
        return None
    clause = m.group("clause")
    if key == "de":
        end = _CLAUSE_END.search(tail)
        clause += " " + (tail[:end.start()] if end else tail)
    if not (_NAMING[key].search(clause) or verb.search(clause)):
        return None
    return Who("role", text=m.group("head"))
