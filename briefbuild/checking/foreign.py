"""Attribution clauses in French, Spanish and German news (the words: newsroom.py).

The reader (reported.py) finds each quotation and the clause before or after it the same way
in every language; this module says whom such a clause names: `», a déclaré Dupont`,
`», a-t-il ajouté`, `selon Dupont`, `Dupont a déclaré :`, `«…», añadió` (Spanish leaves the
pronoun out), `„…“, so Müller`, `sagte die Ministerin Zoë Müller`, German with its verb last
(`wie Müller am Dienstag sagte`, `hatte Müller erklärt`). Only the subject counts, as in English:
not a name after a preposition (`le porte-parole de Dupont`, `a répondu à Dupont`), and `hieß es`
names no one.
It also marks the two forms that put an attribution where English has none: an incise inside
the guillemets (`« Nous agirons, a-t-elle ajouté, sur le plan. »`) and a dialogue dash
(`— Nous agirons, a déclaré Dupont.`, `—Actuaremos —dijo Pérez—.`).
"""
from __future__ import annotations

import re

from ..patterns import lazy
from .clauses import NONE, STAND_IN, Who, _joint, _named
from .newsroom import Words
from .referents import subjects_in, verb_follows
from .speakers import Names

_PRONOUN_AFTER = r"-(?:t-)?(?:il|elle|ils|elles)"
_INVERTED_AUX = lazy(r"(?:a|ont|avait|avaient|aura|auront)" + _PRONOUN_AFTER)  # `a-t-elle`, `ont-ils`
# Words that go on a noun phrase or open a complement, never a verb: a name before one is no subject
# (`contre la France et Macron en 2018`, `contra España y García en 2018`, `für Frankreich und Macron im Mai`).
_NOT_A_VERB = frozenset("en dans entre sans sous depuis pendant et ou ni y e o u ni sin desde hasta durante "
                        "in im auf aus nach über um durch ohne seit und oder sowie".split()) | {STAND_IN}  # (a quote)
_CONJUNCTIONS = frozenset("et mais puis ou y pero o e und aber doch oder sondern".split())
_END = lazy(r"[,.;:!?\"()]|\s-\s")
_SEPARABLE = {"fügte": "hinzu", "räumte": "ein", "stellte": "klar|fest", "teilte": "mit", "fasste": "zusammen",
              "fügt": "hinzu", "fügten": "hinzu", "hielt": "entgegen", "hält": "entgegen", "hielten": "entgegen",
              "gab": "zurück|zu", "gibt": "zurück|zu", "gaben": "zurück|zu", "wies": "hin", "weist": "hin", "wiesen": "hin"}
# A conjunction opening a sentence joins it to the one before, not to a subject in it: `Y añadió, {q}`
# is the verb alone, whose subject Spanish leaves out (RAE), as `«…», añadió` is.
_SENTENCE_CONJUNCTION = lazy(r"(?:^|(?<=[.!?]))\s*((?i:y|e|pero|et|mais|und|aber|doch))$")
_POSSESSIVES = frozenset("son sa ses leur leurs su sus sein seine seinen ihr ihre ihren".split())
_AND = frozenset("et y und".split())
_LEAD = lazy(r"[,;:()«»\"„“—–]")  # what ends the words before a name


class Foreign:
    """The clause rules of one language, with the reader's interface (clauses.py's names)."""

    def __init__(self, words: Words):
        self.w = words
        phrases = {p.replace(" ", r"\s+") for p in words.phrases}
        verbs = "|".join(sorted(words.verbs | words.impersonal | phrases, key=len, reverse=True))
        according = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in words.according + tuple(words.after_name))
        # `a-t-il`, `avait-elle`, `estime-t-elle`, `dit-il`: the French inverted pronoun, one word with its
        # verb or auxiliary (`A-t-elle dit … ?` opens a question)
        inverted = rf"(?i:(?:{_heads(words)}|{verbs}){_PRONOUN_AFTER})"
        # Spanish leaves out the subject, so a sentence may open with its verb: `Dijo: «…»`
        said = rf"(?i:{verbs})" if words.implicit_subject else verbs
        self.VERB = re.compile(rf"(?<![\w'-])(?:{inverted}|(?:{said})|(?i:{according}))(?![\w'-])")

    # --- words -----------------------------------------------------------------------------------

    def _title(self, word: str) -> bool:
        w = word.lower().strip(",")
        return w in self.w.titles or bool(self.w.title_endings) and w.endswith(self.w.title_endings)

    def objected(self, before: list[str]) -> bool:
        """Whether the words before a name make it a preposition's or a comparison's, not a subject
        (`le porte-parole de Dupont`, `Anders als Weber sagte Müller`)."""
        return bool(before) and (before[-1].lower() in self.w.prepositions
                                 or " ".join(before[-2:]).lower() in self.w.unlike)

    def _filler(self, word: str) -> bool:
        """A word that may stand before a name in a subject: an article, a title, a capitalised word."""
        w = word.lower()
        return w in self.w.articles or self._title(word) or word[:1].isupper() or w in self.w.adverbs \
            or w in ("de", "du", "des", "del", "la", "l'", "für")

    # --- who a clause names ----------------------------------------------------------------------

    def name_at_start(self, text: str, index: Names) -> Who:
        """Whom the words after an inverted verb name: `Dupont`, `la ministre Anne Dupont`, `él`."""
        text = text.lstrip(" ,")
        cut = _END.search(text)
        phrase = text[:cut.start()] if cut else text
        for m in index.pattern.finditer(phrase):
            before = phrase[:m.start()].split()
            if not all(self._filler(b) for b in before):
                break
            if self.objected(before):
                return Who("role", text=phrase.strip())  # `le porte-parole de Dupont`: not Dupont
            rest = phrase[m.end():].split()
            if rest and rest[0].lower() in _AND and len(rest) > 1 and self._filler(rest[1]):
                return _joint(phrase, index)
            pids = index.by_form.get(m.group(0).casefold())
            if pids:
                return _named(pids, m.group(0))
        first = phrase.split()[:1]
        if not first:
            return NONE
        word = first[0]
        if word.lower() in self.w.pronouns or phrase.strip().lower() in self.w.object_pronouns:
            return Who("pronoun", text=word)  # `dit-elle`, `selon lui`, `laut ihr` (not `laut ihr Sprecher`)
        if word.lower() in self.w.articles or self._title(word) or word.lower() in _POSSESSIVES:
            # `selon la ministre de la Défense, Anne Dupont, …`: the role's holder, named after its comma
            held = self._holder(phrase, text[cut.end():], index) if cut and cut.group(0) == "," else None
            return held or Who("role", text=phrase.strip())
        if word[:1].isupper():
            return Who("unknown", text=" ".join(phrase.split()[:3]))
        return NONE

    def _bare_name(self, text: str, index: Names) -> Who | None:
        """The person `text` names and nothing else (`Anne Dupont`, `la ministre Anne Dupont`), or None."""
        text = text.strip()
        m = None
        for m in index.pattern.finditer(text):
            pass
        if m is None or m.end() != len(text) or not (pids := index.by_form.get(m.group(0).casefold())):
            return None
        before = text[:m.start()].split()
        if not all(self._filler(b) and b.lower() not in self.w.prepositions for b in before):
            return None
        return _named(pids, m.group(0))

    def _holder(self, role: str, after: str, index: Names) -> Who | None:
        """The name a role is given in apposition (`la ministre de la Défense, Anne Dupont,`), when
        the next words are that name alone; not when a preposition hands the role to someone else
        (`le porte-parole de la ministre, Anne Dupont,`: she may be the minister)."""
        words = role.split()
        owner = next((k for k, w in enumerate(words) if w.lower() in self.w.prepositions), len(words))
        if any(self._title(w) for w in words[owner + 1:]) or not any(self._title(w) for w in words[:owner]):
            return None
        cut = _END.search(after)
        if cut and cut.group(0) not in (",", ".", ")"):
            return None
        return self._bare_name(after[:cut.start()] if cut else after, index)

    def name_at_end(self, text: str, index: Names) -> Who:
        """Whom the words before a verb name: `Dupont a`, `Anne Dupont, la ministre,`, `il a`,
        `la ministre (Anne Dupont)`, `la ministre – Anne Dupont –`."""
        text = self._strip(text)
        aside = re.search(r"\s*(?:\(([^()]*)\)|[—–]\s*([^—–]*?)\s*[—–])$", text)
        if aside and text[:aside.start()].strip():
            # a name in the aside is the role's (`la ministre (Anne Dupont)`); else the aside is set apart
            inner = self._bare_name(aside.group(1) or aside.group(2) or "", index)
            return inner or self.name_at_end(text[:aside.start()], index)
        if text.endswith(","):  # `Anne Dupont, ministre de l'Économie, a déclaré`
            body = text[:-1]
            cut = body.rfind(",")
            return self.name_at_end(body[:cut] if cut >= 0 else body, index)
        for m in index.pattern.finditer(text, max(0, len(text) - 120)):
            if m.end() != len(text):
                continue
            before = text[:m.start()].split()
            last = before[-1].lower() if before else ""
            if self.objected(before):
                return Who("role", text=text[max(0, m.start() - 40):].strip())
            if last in _AND and len(before) > 1 and index.pattern.search(before[-2]):
                return _joint(text, index)
            pids = index.by_form.get(m.group(0).casefold())
            if pids:
                return _named(pids, m.group(0))
        words = text.split()
        if not words:
            return NONE
        word = words[-1]
        if word.lower() in self.w.pronouns:
            return Who("pronoun", text=word)
        if word[:1].isupper() and not self._title(word):
            return Who("unknown", text=" ".join(words[-3:]))
        return Who("role", text=word)

    def _strip(self, text: str) -> str:
        words = text.rstrip().split(" ")
        while words and (words[-1].lower() in self.w.auxiliaries | self.w.adverbs | self.w.clitics
                         or _INVERTED_AUX.fullmatch(words[-1].lower())):  # `Dupont a-t-elle dit ?`
            words.pop()
        return " ".join(words).rstrip()

    def _subject_of(self, clause: str, m: re.Match, index: Names) -> Who:
        word = m.group(0)
        pre, post = clause[:m.start()].rstrip(), clause[m.end():]
        low = re.sub(r"\s+", " ", word.lower())
        if low in self.w.impersonal:  # `„…“, hieß es`, `wie es hieß`: said, by no one the text names
            near = (pre.split()[-1:] + post.split()[:1])
            return Who("nobody", text=clause.strip()) if any(w.strip(",.;:") == "es" for w in near) else NONE
        if re.search(_PRONOUN_AFTER + "$", low):  # `a-t-il déclaré`, `estime-t-elle`, `dit-il`
            head = low.split("-")[0]
            adverbs = "|".join(sorted(self.w.adverbs, key=len, reverse=True))
            said = r"\s+(?:(?:" + adverbs + r")\s+)?(?:" + "|".join(self.w.verbs) + r")\b"
            if head in self.w.auxiliaries and not re.match(said, post):  # `avait-elle eu`: no attribution
                return NONE
            before = self.name_at_end(pre, index)  # a question's complex inversion: `Dupont a-t-elle dit {q} ?`
            if before.kind in ("person", "family", "joint") and not self._strip(pre).endswith(","):
                return before
            return Who("pronoun", text=word)
        if lead := _SENTENCE_CONJUNCTION.search(self._strip(pre)):  # `Y añadió, {q}`, `Und er sagte:`
            pre = self._strip(pre)[:lead.start(1)].rstrip()
        opening = not self._strip(pre) or self._strip(pre).endswith((",", '"', "-", ":", ";", "("))
        if low in self.w.according:
            if low in self.w.opening_only:  # `pour` and `so`: only a clause's first word, before a person
                who = self.name_at_start(post, index)
                named = who.kind in ("person", "family", "joint", "pronoun")
                return who if named and (opening or pre.endswith((".", "!", "?"))) else NONE
            return self.name_at_start(post, index)
        if low in self.w.after_name:  # `Müller zufolge`, `ihr zufolge`
            word_before = pre.split()[-1:]
            if word_before and word_before[0].lower() in self.w.object_pronouns | self.w.pronouns:
                return Who("pronoun", text=word_before[0])
            return self.name_at_end(pre, index)
        particle = _SEPARABLE.get(low)
        if particle and not re.search(rf"\b(?:{particle})\b", re.split(r"[.;:!?\"]", post)[0]):
            return NONE
        if opening or pre.endswith((".", "!", "?")) or self._strip(pre).endswith((".", "!", "?")):
            who = self.name_at_start(post, index)
            if who.kind == "none" and self.w.implicit_subject:
                return Who("pronoun", text=word)  # `«…», añadió`: the last speaker's
            if who.kind == "none" and self._strip(pre).endswith(",") and self._strip(pre).strip(" ,"):
                # `Anne Dupont, qui a rencontré Jean Martin, a déclaré :`: the subject before the aside
                before = self.name_at_end(self._strip(pre), index)
                return before if before.kind in ("person", "family", "joint", "pronoun") else who
            return who
        shared = re.search(r"\s(?:et|mais|y|pero|und|aber|doch)$", self._strip(pre), re.I)
        if shared:  # `Müller bestritt den Bericht und sagte:`: the verb shares the clause's subject
            clause = re.split(r"[,;:.!?\"«»„“]", self._strip(pre)[:shared.start()])[-1].strip()
            pid = self.sentence_subject(clause, index) if clause else None
            if pid:
                return Who("person", pid, clause)
        second = self._verb_second(pre, post)
        if second:
            return second
        who = self.name_at_end(pre, index)
        if who.kind in ("person", "family", "joint", "pronoun"):
            return who
        # `Am Dienstag sagte Müller`, `Ayer dijo Pérez`; not a name past the verb's comma, inside
        # what it reports (`Der Minister sagte, Weber sei …`: the minister speaks, not Weber)
        after = self.name_at_start(post, index) if not post.lstrip().startswith(",") else NONE
        if after.kind in ("person", "family", "joint", "pronoun"):
            return after
        if self.w.implicit_subject and who.kind == "role" and not self.role_noun(who.text) \
                and not self._noun_subject(pre, index):
            return Who("pronoun", text=word)  # `«…», y luego explicó:` with no subject named
        if self.w.verb_last and who.kind in ("unknown", "role"):
            last = self._verb_last(pre, index)  # `wie Müller am Dienstag in Berlin sagte`
            if last.kind != "none":
                return last
        return who

    def _noun_subject(self, pre: str, index: Names) -> bool:
        """Whether the clause before a verb opens with a noun phrase of its own, its subject: an
        article (`El ministerio de Pérez dijo`, `El asesor que Pérez nombró dijo`) or a noun that
        names someone after a preposition (`Fuentes cercanas a Pérez dijeron`), not words that
        leave the subject out (`y luego explicó`)."""
        clause = re.split(r"[,;:.!?\"«»()]", self._strip(pre))[-1].split()
        if not clause:
            return False
        if clause[0].lower() in self.w.articles:
            return True
        return any(w.lower() in self.w.prepositions and index.pattern.match(" ".join(clause[i + 1:]))
                   for i, w in enumerate(clause[1:-1], 1))

    def _verb_second(self, pre: str, post: str) -> Who | None:
        """German verb second (Duden): when an adverbial opens the clause, the subject stands right after
        the finite verb (`In Anwesenheit der Ministerpräsidentin Kallas sagte er`): the pronoun there is
        the subject, not a name inside the adverbial; None when the clause does not read so."""
        word = re.match(r"\s*([^\W\d_]+)(?![\w'-])", post)
        if not self.w.adverbial_prepositions or not word or word.group(1).lower() not in self.w.pronouns:
            return None
        field = re.split(r"[,;:\"()«»„“]|[.!?]\s", pre)[-1].split()
        return Who("pronoun", text=word.group(1)) if field and field[0].lower() in self.w.adverbial_prepositions else None

    def feminine(self, text: str, index: Names) -> set[str]:
        """The people a text calls by a woman's title (`la ministre Anne Dupont`, `la ministra García`,
        `Ministerpräsidentin Kallas`, `Frau Müller`): a masculine pronoun does not stand for them."""
        found: set[str] = set()
        endings = self.w.feminine_endings
        for m in index.pattern.finditer(text):
            pids = index.by_form.get(m.group(0).casefold(), frozenset())
            words = [w.strip(",") for w in text[max(0, m.start() - 80):m.start()].split()[-4:]]
            cut = max((k for k, w in enumerate(words) if w.lower() in self.w.prepositions or not self._filler(w)), default=-1)
            run = [w.lower() for w in words[cut + 1:]]  # the name's own titles, not an owner's (`le porte-parole de la ministre`)
            # an honorific alone (`Mme`, `doña`, `Frau`), an article before a title (`la ministre`), a woman's title
            marked = any(w in self.w.feminine and (w not in self.w.articles or k + 1 < len(run) and self._title(run[k + 1]))
                         or bool(endings) and self._title(w) and w.endswith(endings) for k, w in enumerate(run))
            if len(pids) == 1 and marked:
                found |= pids
        return found

    def with_women(self, text: str, index: Names) -> Names:
        """The index with she for the people the text calls by a woman's title and people.yaml gives no
        pronouns (`der Ministerpräsidentin Kallas … sagte er`: `er` is not Kallas)."""
        women = {pid: frozenset({"she"}) for pid in self.feminine(text, index) if not index.pronouns.get(pid)}
        return index._replace(pronouns={**index.pronouns, **women}) if women else index

    def _verb_last(self, pre: str, index: Names) -> Who:
        """The subject of a German clause whose verb comes last (`wie Müller am Dienstag sagte`,
        `hatte Müller am Montag erklärt`, `Müller hat in Berlin gesagt`): the first person it names
        who is not a preposition's (`wie Weber nach dem Treffen mit Müller sagte` is Weber)."""
        seg = re.split(r"[,;:\"()]|[.!?]\s", pre)[-1]
        words = seg.split()
        if not words or not (words[0].lower() in self.w.verb_last or any(w in self.w.auxiliaries for w in words)):
            return NONE
        for m in index.pattern.finditer(seg):
            before = seg[:m.start()].split()
            if self.objected(before):
                continue
            pids = index.by_form.get(m.group(0).casefold())
            if pids and all(self._filler(b) or b.lower() in self.w.verb_last for b in before):
                return _named(pids, m.group(0))
            break
        if len(words) > 1 and words[0].lower() in self.w.verb_last and words[1].lower() in self.w.pronouns:
            return Who("pronoun", text=words[1])  # `wie sie am Dienstag sagte`
        return NONE

    def subject(self, clause: str, index: Names, last: bool = False) -> Who:
        verbs = list(self.VERB.finditer(clause))
        for m in (reversed(verbs) if last else verbs):
            who = self._subject_of(clause, m, index)
            if who.kind != "none":
                return who
        return NONE

    def subjects(self, clause: str, index: Names) -> list[Who]:
        return [who for m in self.VERB.finditer(clause) if (who := self._subject_of(clause, m, index)).kind != "none"]

    def sentence_subject(self, sentence: str, index: Names) -> str | None:
        """The person a sentence opens with (`La ministre Anne Dupont est arrivée`)."""
        m = index.pattern.search(sentence)
        if not m or m.start() > 80:
            return None
        before = sentence[:m.start()].split()
        if not all(self._filler(b) for b in before) or self.objected(before):
            return None
        pids = index.by_form.get(m.group(0).casefold())
        return next(iter(pids)) if pids and len(pids) == 1 else None

    def clause_subjects(self, sentence: str, index: Names) -> list[Who]:
        """The people a sentence names as a clause's subject, in order: the name that opens the
        sentence, or opens a clause after a comma, a colon or a conjunction and has its verb after
        it (`Dupont avait eu des mots contre la France et Martin en 2018`: Dupont; Martin ends a
        complement); two joined by a conjunction are one joint subject (`Dupont et Martin ont`).
        An object or a preposition's name is no subject (`a critiqué Martin`, `à Martin`)."""
        return subjects_in(
            sentence, index, _LEAD, _CONJUNCTIONS, _AND,
            # (`In Anwesenheit der Ministerin Kallas sagte er`: Kallas is the adverbial's)
            admits=lambda words, joined: all(self._filler(w) for w in words[joined:]) and not self.objected(words)
            and not (words[joined:] and words[joined].lower() in self.w.adverbial_prepositions),
            listed=lambda text, at: not self._verb_follows(text[at:]))

    def _verb_follows(self, rest: str) -> bool:
        """Whether the words after a name begin its predicate (`Martin a critiqué`, `Martin, le député,
        a dit`), not more of a noun phrase (`Martin en 2018`, `Martin et l'Europe`, `Martin.`)."""
        return verb_follows(rest, self.w.prepositions | self.w.articles | _NOT_A_VERB, comma=False)

    def reports(self, sentence: str) -> bool:
        """Whether a sentence's finite verb is the mood of indirect speech (German Konjunktiv I:
        `Andererseits seien die Todeszahlen …`, `man dürfe …`), with no indicative one (`ist`, `hat`)
        beside it; `es sei denn`, `Gott sei Dank` and `als sei` report no one."""
        if not self.w.reported:
            return False
        text = re.sub(self.w.unreported, " ", sentence, flags=re.I) if self.w.unreported else sentence
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
        if words & self.w.indicative:
            return False
        first = words & self.w.first_person
        return bool(words & self.w.reported or not first and words & self.w.reported_unless_first)

    def unnamed_subject(self, sentence: str) -> bool:
        """A sentence that opens with a person it does not name (`Un porte-parole a déclaré`)."""
        words = sentence.split()[:4]
        if not words or not (words[0].lower() in self.w.articles or words[0].lower() in _POSSESSIVES):
            return False
        return any(self._title(w) for w in words[1:3]) and not any(w[:1].isupper() for w in words[1:4])

    def titled(self, sentence: str, index: Names) -> list[tuple[str, str]]:
        """(title, person) pairs a sentence introduces: `la ministre Anne Dupont`, `Lucía García,
        ministra de Economía,`: a later `afirmó la ministra` is that person's."""
        found = []
        for m in index.pattern.finditer(sentence):
            pids = index.by_form.get(m.group(0).casefold(), frozenset())
            if len(pids) != 1:
                continue
            pid = next(iter(pids))
            before = sentence[max(0, m.start() - 60):m.start()].replace(",", " ").split()
            after = sentence[m.end():m.end() + 80].lstrip(" ,").split()[:1]  # the next word (not all the rest: quadratic)
            near = before[-3:]
            cut = max((k for k, w in enumerate(near) if w.lower() in self.w.prepositions or w.lower() == "des"), default=-1)
            # `der Sprecher von Müller`, `le porte-parole de Dupont`: the title is someone else's
            for w in near[cut + 1:] + after:
                if self._title(w) and w.lower() not in ("m.", "mme", "herr", "frau", "sr.", "sra.", "don", "doña"):
                    found.append((w.lower().strip(","), pid))
        return found

    def role_noun(self, text: str) -> str:
        """The title a role names (`la ministra` -> `ministra`), or ''."""
        words = [w for w in text.split() if self._title(w)]
        return words[-1].lower().strip(",.") if words else ""

    # English clause forms with no counterpart here
    def relayed(self, clause: str, index: Names) -> Who | None:
        return None

    def characterised(self, before: str, index: Names) -> Who:
        return NONE

    def colon_subject(self, sentence: str, index: Names) -> Who:
        """`La ministre Anne Dupont a été claire :`: the person the sentence opens with, alone; a
        subject pronoun opening a sentence that names no one (`Er ermutigte sie:`, `Elle a remercié
        les invités :`) stands for someone before it, as a verb of saying's would."""
        named = {pid for m in index.pattern.finditer(sentence) for pid in index.by_form.get(m.group(0).casefold(), ())}
        pid = self.sentence_subject(sentence, index)
        if pid and named == {pid}:
            return Who("person", pid, sentence.strip())
        first = sentence.split()[:1]
        if not named and first and first[0][:1].isupper() and first[0].lower() in self.w.pronouns:
            return Who("pronoun", text=first[0])
        return NONE


# --- marks for the forms without closing quotation marks --------------------------------------

def _heads(words: Words) -> str:
    """The auxiliaries an inverted pronoun may join (`a-t-il dit`, `avait-elle dit`, `ont-ils ajouté`)."""
    return "|".join(sorted(words.auxiliaries, key=len, reverse=True))


def _incise(words: Words) -> str:
    verbs = "|".join(sorted(words.verbs, key=len, reverse=True))
    return (rf"(?:(?:{'|'.join(words.auxiliaries)})\s+)?(?:(?:{_heads(words)}|{verbs}){_PRONOUN_AFTER}(?:\s+(?:{verbs}))?"
            rf"|(?:{verbs}))(?![\w'-])")


def marked(para: str, words: Words) -> str:
    """The quotations of a paragraph in marks the reader knows: an incise inside guillemets
    closes and reopens them (`« A, a-t-il ajouté, B »` -> `« A », a-t-il ajouté, « B »`), and
    a dialogue dash's words become a quotation (`— A, a déclaré Dupont.` -> `« A », a déclaré Dupont.`)."""
    verb = _incise(words)
    # an incise between commas (French) or dashes (Spanish) inside a pair of guillemets
    inside = re.compile(rf"(,\s+|\s*[—―]\s*)({verb}[^,.;:!?«»—―]{{0,60}}?)(,\s*|\s*[—―]\s*(?:,\s*)?)(?=\w)")

    def split(m: re.Match) -> str:
        return inside.sub(lambda n: f"»{n.group(1)}{n.group(2)}{n.group(3)}«", m.group(0))
    para = re.sub(r"«[^«»]*»", split, para)
    dash = re.match(r"^\s*[—―–]\s*", para)
    if dash and "«" not in para and '"' not in para and "“" not in para:
        body = para[dash.end():]
        # Spanish: `—A —dijo Pérez— B`; French: `— A, a déclaré Dupont, B`
        m = re.search(rf"(\s*[—―–]\s*|,\s+)({verb}[^—―–]*?)(\s*[—―–]\s*|(?<=[^.!?])(?=[.!?]\s*$)|$)", body)
        if m and m.group(1).strip() in ("—", "―", "–", ","):
            if m.group(1).strip() == ",":  # French: the incise runs to its comma or full stop
                inc = re.match(rf"({verb}[^,.;!?]*)([,.;!?]?)\s*(.*)$", body[m.start(2):], re.S)
                if inc is None:  # cannot happen (group 2 starts with the verb), but never a traceback
                    return para
                rest = inc.group(3)
                quoted = f"« {body[:m.start()]} », {inc.group(1)}" + (f", « {rest} »" if rest.strip() else inc.group(2))
                return para[:dash.start()] + quoted
            rest = body[m.end():]
            quoted = f"«{body[:m.start()]}» {m.group(2)}" + (f" «{rest}»" if rest.strip(" .") else rest)
            return para[:dash.start()] + quoted
    return para
