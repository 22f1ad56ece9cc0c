"""Attribution in Japanese news and claims: the quotation in 「」, its speaker before it, the verb after.

Asahi, Yomiuri, NHK and Kyodo write `岸田文雄首相は21日、記者団に「…」と述べた`: the speaker is
the topic (は) or subject (が) of the sentence, named with a title or 氏/さん after the name
(`林芳正外相`, `岸田氏`, `岸田文雄首相（65）は`), and the verb of saying follows the quotative
と (`と述べた`, `と記者団に語った`, `と強調した`, `との考えを示した`, `という。`). The subject may
also stand after と (`「…」と岸田首相は述べた`), or the quotation stand alone with the speaker in
the next sentence (`「…」。岸田首相は記者団にこう強調した`) or the one before
(`岸田首相は次のように述べた。「…」`). `Xによると、「…」という` is X's. Only the subject counts: a
name before の (`岸田首相の側近は`), に, と or について names someone else; `Aと Bは` is two people.
A sentence without a subject continues the last speaker (Japanese leaves it out), as do `同氏`,
`同首相`; a title alone (`首相は`) is the person the text named with it. A quotation followed by
anything but the quotative (`「反撃能力」の保有`) is a term, not speech; a negated verb
(`とは述べていない`) attributes nothing.
"""
from __future__ import annotations

import re

from ..inputs.project import PLACEHOLDER as _PLACEHOLDER
from ..patterns import lazy
from .clauses import NONE, Who, _named
from .foreign import Foreign
from .newsroom import Words
from .speakers import Names

_KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々"
_KATAKANA = "\u30a0-\u30ff\uff66-\uff9f"
# Titles after a name, as the papers print them; a run of kanji, katakana or Latin before them
# names the office (`試験省大臣`, `NATO事務総長`, `官房長官`).
_TITLE_ENDS = ("首相|総理大臣|総理|大臣|相|長官|次官|政務官|大統領|主席|議長|議員|知事|市長|町長|村長|区長|委員長|"
               "幹事長|会長|社長|理事長|所長|院長|学長|総長|局長|部長|課長|室長|代表|総裁|報道官|補佐官|審議官|"
               "大使|公使|領事|教授|准教授|講師|研究員|司令官|幕僚長|国王|女王|首長|監督|選手|氏|さん|君|様")
_TITLE = lazy(rf"(?:[{_KANJI}{_KATAKANA}A-Za-z・]{{0,12}}?(?:{_TITLE_ENDS}))?(?:[（(][^）)]{{0,20}}[）)])?")
_TITLE_ALONE = lazy(rf"^(?:[{_KANJI}{_KATAKANA}A-Za-z・]{{0,12}}?(?:{_TITLE_ENDS}))$")
# A title alone stands for the person the text names with it (`総理`, the Prime Minister): a bracket may
# add that name before it (`[岸田]総理`), as `he [Lee]` names a pronoun's person in English; a name of
# kanji or katakana the paragraph itself gives (`岸田内閣`), never one it does not.
_TITLE_AFTER = lazy(rf"^(?:{_TITLE_ENDS})")
_NAME_ONLY = lazy(rf"^[{_KANJI}{_KATAKANA}・]{{1,10}}$")


def named_title(inner: str, right: str, passage: str) -> bool:
    """Whether a bracket adding `inner` right before `right` names the person a Japanese title stands for."""
    return bool(_NAME_ONLY.match(inner)) and inner in passage and _TITLE_AFTER.match(right) is not None \
        and not right.startswith("相") and not right.startswith(("氏", "さん", "君", "様"))


# A person referred back to: `同氏`, `同首相`, `同相`, `彼`, `彼女`.
_PRONOUN = lazy(rf"(?:同(?:[{_KANJI}]{{0,6}}?(?:{_TITLE_ENDS}))|彼女|彼)(?=[はがも])")
# A subject that is no named person: `政府高官は`, `側近が` (a noun of kanji, katakana or Latin before は/が).
_NOUN_SUBJECT = lazy(rf"([{_KANJI}{_KATAKANA}A-Za-z]{{1,15}})([はが])")
_NOT_SUBJECT = lazy(r"(?:[日月年時週朝夜後前中間内外際上下]|今回|今後|これ|それ)$")
_SUBJECT_PARTICLE = "はがも"
# `Xからは`, `Xからも`, `Xから` before a verb of saying (`…と述べられました`, `…との発言があった`,
# `…と言われた`): the ministry's and the Diet's way to name who spoke in a meeting; X is the speaker
# as a subject is (`Xからの` is a noun's, not the verb's).
_FROM_TOPIC = lazy(r"から(?:(は|も)|(?!の))")
_JOINERS = ("と", "、", "や", "及び", "および", "・")
# Verbs of saying after the quotative と (stems: 述べた, 述べ、, 述べる, 強調した, 強調。).
_SAYING = ("述べ|語っ|語り|語る|語った|話し|話す|強調|説明|指摘|明らかにし|明らかにした|表明|訴え|答え|明言|発言|"
           "主張|言及|批判|反論|述懐|振り返|力を込め|呼びかけ|呼び掛け|語気を強め|言っ|言い|言う|漏らし|明かし|"
           "打ち明け|約束|誓っ|応じ|答弁|回答|記し|書い|投稿|発表|念押し|付け加え|続け|求め|要請|要求|警告|宣言|"
           "断言|提案|否定|認め|し、|した|して|する|いう(?=[。、]|$)|(?:考え|認識|見方|意向|見解|立場|姿勢|方針|"
           "思い|決意|意欲|懸念|期待|見通し)を(?:示|表明|強調|述べ|語|明らかに)")
_VERB = lazy(rf"(?:{_SAYING})")
_NEGATED = lazy(r"^(?:て|っ|で)?(?:い)?(?:ない|なかった|ません|ず)"
                r"|^(?:た|だ)?ことは(?:ない|なかった)|^(?:た|だ)?ことを否定")
_QUOTATIVE = lazy(r"^\s*(?:と|って)")
_ACCORDING = lazy(r"(?:によると|によれば|の話では)[、,]?")
# The quotation as its own sentence, its speaker in the sentence after or before it: `こう強調した`.
_THUS = lazy(rf"(?:こう|そう|このように|次のように|以下のように)[^。]{{0,15}}?(?:{_SAYING})")
_SENTENCE = lazy(r"(?<=[。！？!?])")


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s.strip()]


def last_sentence(text: str) -> str:
    parts = _SENTENCE.split(text)
    return parts[-1] if parts else text


class Japanese(Foreign):
    """The reader's interface (see foreign.py) for Japanese; `attribution` reads both sides of a quotation."""

    japanese = True

    def __init__(self) -> None:
        super().__init__(Words(verbs=frozenset(), according=(), opening_only=frozenset(), after_name=frozenset(),
                               pronouns=frozenset(), articles=frozenset(), titles=frozenset(), title_endings=(),
                               prepositions=frozenset(), auxiliaries=frozenset(), adverbs=frozenset(),
                               implicit_subject=True))
        self.VERB = _VERB

    # --- who a stretch of text names --------------------------------------------------------------

    def people(self, text: str, index: Names):
        """(start, end, person ids, title, particle) of each person named: the name, a title after it
        and the particle that says what the name is in the sentence."""
        for m in index.pattern.finditer(text):
            pids = index.by_form.get(m.group(0).casefold())
            if not pids:
                continue
            before = text[m.start() - 1:m.start()] if m.start() else ""
            if before and re.match(f"[{_KANJI}]", before) and re.match(f"[{_KANJI}]", m.group(0)) and before != "故":
                continue  # `農林水産相`: a kanji inside a longer word, not the name 林
            t = _TITLE.match(text, m.end())
            end = t.end() if t else m.end()
            nxt = text[end:end + 1]
            if nxt and re.match(f"[{_KANJI}{_KATAKANA}]", nxt):
                continue  # `林業`, `岸田派`: a word the name begins, not the person
            yield m.start(), end, pids, text[m.end():end], nxt

    def subject_in(self, text: str, index: Names) -> Who:
        """The subject of the sentence `text` ends (the part before a quotation, or between と and its
        verb): the nearest person or noun before は, が or も; a が whose clause ends before the
        quotation (`林外相が同席する中、`) yields to a topic before it."""
        text = last_sentence(text)
        found: list[tuple[int, Who, str]] = []  # (position, who, particle)
        people = list(self.people(text, index))
        for n, (start, end, pids, title, particle) in enumerate(people):
            source = _FROM_TOPIC.match(text, end)
            if source:  # `林外相からは「…」との発言があった`: the one the words came from
                particle = "も" if source.group(1) == "も" else "は"
            if particle not in _SUBJECT_PARTICLE:
                continue
            prev = people[n - 1] if n else None
            # `岸田首相と林外相は`, `岸田首相も林外相も` (both): a subject of two
            if prev and (text[prev[1]:start] in _JOINERS or particle == "も" and text[prev[1]:start] == "も"):
                found.append((start, Who("joint", ",".join(sorted(prev[2] | pids)), text[prev[0]:end + 1]), particle))
                continue
            found.append((start, _named(pids, text[start:end]), particle))
        spans = [(s, e) for s, e, *_ in people]
        for m in _PRONOUN.finditer(text):
            found.append((m.start(), Who("pronoun", text=m.group(0)), text[m.end()]))
        for m in _NOUN_SUBJECT.finditer(text):
            noun = m.group(1)
            if any(s <= m.end(1) and m.start() < e for s, e in spans) or _NOT_SUBJECT.search(noun) \
                    or noun.startswith(("同", "彼")):
                continue
            found.append((m.start(), Who("role", text=noun), m.group(2)))
        if not found:
            return NONE
        found.sort(key=lambda f: f[0])
        pos, who, particle = found[-1]
        topics = [f for f in found if f[2] == "は"]
        if particle == "が" and topics and "、" in text[pos:].split("が", 1)[-1].lstrip("、"):
            pos, who, particle = topics[-1]  # `岸田首相は、林外相が同席する中、「…」と述べた`
        return who

    def according(self, text: str, index: Names) -> Who:
        """`岸田首相によると、`: the person named before によると, else NONE."""
        text = last_sentence(text)
        m = None
        for m in _ACCORDING.finditer(text):
            pass
        if m is None:
            return NONE
        people = [p for p in self.people(text[:m.start()], index) if p[1] == m.start()]
        if people:
            return _named(people[-1][2], text[people[-1][0]:people[-1][1]])
        return Who("role", text=text[max(0, m.start() - 15):m.end()])

    def attribution(self, head: str, tail: str, index: Names, intro: str = "") -> tuple[Who, str]:
        """Who a quotation belongs to, from the text before it (`head`) and after it (`tail`); the
        clause found, for messages."""
        clause = last_sentence(head).strip()
        tail = tail.lstrip()
        if _QUOTATIVE.match(tail):
            said = re.split(r"[。「\"]", tail, maxsplit=1)[0]
            verb = _VERB.search(said, 0)
            if verb is None or verb.start() > 30:
                return NONE, (clause + "「…」" + said).strip()
            whole = (clause + "「…」" + said[:verb.end()]).strip()
            if _NEGATED.search(said[verb.end():]) or re.match(r"^\s*(?:と|って)は", said) and \
                    re.search(r"(?:ない|なかった|ません)", said[verb.end():verb.end() + 8]):
                return Who("none", text=whole), whole
            between = said[:verb.start()]
            who = self.subject_in(between, index)
            if who.kind == "none":
                who = self.subject_in(clause, index)
            if who.kind == "none":
                who = self.according(clause, index)
            if who.kind == "none":
                who = Who("pronoun", text=said[verb.start():verb.end()])  # no subject: the last speaker
            return who, whole
        if not tail or tail.startswith(("。", "！", "？")):
            after = sentences(tail.lstrip("。！？"))[:1]
            if after and (thus := _THUS.search(after[0])):
                who = self.subject_in(after[0][:thus.start()], index)
                return (who if who.kind != "none" else Who("pronoun", text=thus.group(0))), after[0].strip()
            done = sentences(head)  # `岸田首相は次のように述べた。「…」`, in the paragraph or the one before
            before = clause or (done[-1] if done and head.rstrip().endswith("。") else intro)
            thus = _THUS.search(before)
            if before.rstrip().endswith(("。", "：", ":")) and thus:
                who = self.subject_in(before[:thus.start()], index)
                return (who if who.kind != "none" else Who("pronoun", text=before)), before.strip()
        return NONE, (clause + "「…」" + tail[:20]).strip()

    # --- the reader's interface -------------------------------------------------------------------

    def sentences(self, text: str) -> list[str]:
        return sentences(text)

    def subject(self, clause: str, index: Names, last: bool = False) -> Who:
        verb = None
        for verb in _VERB.finditer(clause):
            if not last:
                break
        return self.subject_in(clause[:verb.start()], index) if verb else NONE

    def subjects(self, clause: str, index: Names) -> list[Who]:
        """The speakers of reported speech outside quotation marks (`岸田首相は日本は行動すると述べた`):
        the sentence's first subject, not the topic of the words it reports."""
        out = []
        for s in sentences(clause):
            if not re.search(r"と[^。]{0,15}?(?:" + _SAYING + ")", s):
                continue
            pid = self.sentence_subject(s, index)
            if pid:
                out.append(Who("person", pid, s))
        return out

    def sentence_subject(self, sentence: str, index: Names) -> str | None:
        for start, end, pids, title, particle in self.people(sentence, index):
            if particle in _SUBJECT_PARTICLE and len(pids) == 1:
                return next(iter(pids))
        return None

    def unnamed_subject(self, sentence: str) -> bool:
        m = _NOUN_SUBJECT.search(sentence)
        return bool(m and m.start() < 20 and _TITLE_ALONE.match(m.group(1)) and not sentence.startswith("同"))

    def titled(self, sentence: str, index: Names) -> list[tuple[str, str]]:
        """(title, person): `岸田文雄首相` makes a later `首相は` Kishida."""
        found = []
        for start, end, pids, title, particle in self.people(sentence, index):
            title = re.sub(r"[（(].*$", "", title)
            if len(pids) == 1 and title and title not in ("氏", "さん", "君", "様"):
                found.append((title, next(iter(pids))))
        return found

    def role_noun(self, text: str) -> str:
        return text if _TITLE_ALONE.match(text) else ""

    def colon_subject(self, sentence: str, index: Names) -> Who:
        return NONE

    def name_at_start(self, text: str, index: Names) -> Who:
        return NONE

    def name_at_end(self, text: str, index: Names) -> Who:
        return NONE


JAPANESE = Japanese()


# --- claims in a Japanese brief ---------------------------------------------------------------

_SCRIPT = lazy(f"[\u3040-\u30ff{_KANJI}]")


def written_in(claim: str) -> bool:
    """Whether a claim is written in Japanese (any kana or kanji outside its placeholders)."""
    return bool(_SCRIPT.search(_PLACEHOLDER.sub("", claim)))
_HERE = "「QUOTE_HERE」"


def claim_text(claim: str, qid: str, quotes: dict, nth: int = 0) -> tuple[str, str]:
    """The claim as it reads, split at the nth placement of {qid}: every other direct quote in
    「…」 (the same quote placed elsewhere too), a paraphrase as words."""
    seen = [0]

    def placed(m: re.Match) -> str:
        if m.group(1) == qid:
            seen[0] += 1
            if seen[0] == nth + 1:
                return _HERE
        q = quotes.get(m.group(1))
        return "「…」" if q is not None and q.kind == "direct" else "…"
    text = _PLACEHOLDER.sub(placed, claim)
    at = text.find(_HERE)
    return text[:at], _GIST.sub("と", text[at + len(_HERE):], count=1)


# `{p}旨の発言があった`, `{p}旨を述べた` (to the effect that): 旨 before a noun or verb of saying frames
# words as the quotative と does, and is read as it (`旨の文書` is a document's gist: no one's words).
_GIST = lazy(r"^\s*(?:という|との)?(?:趣)?旨(?=(?:の|を|[、,])?(?:ご|お)?(?:発言|説明|表明|強調|指摘|言及|回答|答弁|"
                  r"主張|話|述べ|語|明らかに|考えを示))")


def _earlier(head: str, index: Names, placed: list[str], word: str = "") -> Who:
    """The speaker a quotation without a subject, or with `彼`/`同氏` (`word`), continues: the last
    person the claim made the subject of a sentence or clause before it, else the speaker of the
    last quote placed before it; else an unresolved reference (for the block before the claim)."""
    for s in reversed(sentences(head)):
        who = JAPANESE.subject_in(s.rstrip("。！？!?"), index)
        if who.kind not in ("none", "pronoun"):  # `彼は` itself stands for someone earlier
            return who
    return Who("person", placed[-1]) if placed else Who("pronoun", text=word)


def claim_speaker(claim: str, qid: str, quotes: dict, index: Names, nth: int = 0) -> Who:
    """Who a claim in Japanese gives {qid} to: `岸田首相は{q}と述べた`, `{q}と岸田首相は強調した`,
    `岸田首相によると、{q}という`; a quote that is its own sentence, or a verb without a subject,
    continues the speaker before it (`Kishidaは…位置づけた。{q}。`)."""
    head, tail = claim_text(claim, qid, quotes, nth)
    placed: list[str] = []  # the speakers of the quotes placed before this placement
    for m in _PLACEHOLDER.finditer(claim):
        if m.group(1) == qid and nth == 0:
            break
        nth -= m.group(1) == qid
        if m.group(1) in quotes:
            placed.append(quotes[m.group(1)].speaker)
    who, _ = JAPANESE.attribution(head, tail, index)
    alone = not tail.strip() or tail.lstrip().startswith(("。", "！", "？"))
    if who.kind == "pronoun" or (who.kind == "none" and not who.text and alone and not head.rstrip().endswith(("の", "を"))):
        return _earlier(head, index, placed, who.text if who.kind == "pronoun" and _PRONOUN.match(who.text + "は") else "")
    return who


def denial(claim: str, qid: str, quotes: dict, nth: int = 0) -> tuple[str, str] | None:
    """(the negated verb, the words before the quote) when the claim says {qid} was not said:
    `岸田首相は{q}とは述べていない`, `{q}と言ったことはない`."""
    head, tail = claim_text(claim, qid, quotes, nth)
    said = re.split(r"[。「]", tail.lstrip(), maxsplit=1)[0]
    verb = _VERB.search(said) if _QUOTATIVE.match(said) else None
    if verb and verb.start() <= 30 and _NEGATED.search(said[verb.end():]):
        return said.strip(), last_sentence(head)
    return None


def own_attribution(claim: str, qid: str, quotes: dict, index: Names, nth: int = 0) -> Who | None:
    """The speaker a claim names when it introduces paraphrase {qid} itself (`岸田首相は{p}と述べた`,
    `岸田首相によると、{p}`: the paraphrase then prints alone), or None when it places it alone
    (it prints `岸田によれば、…` itself)."""
    head, tail = claim_text(claim, qid, quotes, nth)
    if _QUOTATIVE.match(tail.lstrip()):
        said = re.split(r"[。「]", tail.lstrip(), maxsplit=1)[0]
        if _VERB.search(said[:32]):
            who = claim_speaker(claim, qid, quotes, index, nth)
            return who if who.kind != "none" else Who("role", text=last_sentence(head) + said)
    like = _AS_SAID.search(head)
    if like:  # `岸田首相が述べたように、{p}`: as the subject of that verb said
        who = JAPANESE.subject_in(head[:like.start()], index)
        return who if who.kind != "none" else Who("role", text=last_sentence(head))
    if _ACCORDING.search(last_sentence(head)[-40:]) and re.search(r"(?:によると|によれば|の話では)[、,]?\s*$", head):
        referred = _REFERRED_ACCORDING.search(head)
        if referred:  # `同氏によると、`: the person named before
            placed = [quotes[m.group(1)].speaker for m in _PLACEHOLDER.finditer(claim[:claim.find("{" + qid + "}")])
                      if m.group(1) in quotes]
            return _earlier(head[:referred.start()], index, placed, referred.group(1))
        return JAPANESE.according(head, index)
    return None


_AS_SAID = lazy(rf"(?:{_SAYING})[^、。「」]{{0,3}}?ように[、,]?\s*$")
_REFERRED_ACCORDING = lazy(rf"(同[{_KANJI}]{{0,6}}?(?:{_TITLE_ENDS})|彼女|彼)(?:によると|によれば|の話では)[、,]?\s*$")


# --- 「」 in a speaker's own words: a quotation the speaker relays, or a term -----------------------

# After 」, a reporting frame makes the words in 「」 someone's speech that the speaker relays
# (`「…」という話をいただきました`, `「…」と述べた`, `「…」と言われた`, `「…」とおっしゃった`,
# `「…」との発言`, `「…」と伺った`); anything else (`「自由で開かれたインド太平洋」を推進する`,
# `「国難」という言葉`) leaves them a term, a title or a name in the speaker's own words.
# A noun of speech after という/との: the words someone gave (`という話`, `とのご指示`).
_SPEECH_NOUN = lazy(r"^(?:と|って)(?:の|いう|いった)(?:ような)?(?:お|ご|御)?"
                    r"(?:話|発言|指示|要請|依頼|連絡|指摘|言葉(?=を(?:いただ|頂|賜)))"
                    r"|^(?:と|って)(?:の)?(?:お言葉|こと(?=で(?:した|す|ございま)))")
# A verb that says the words came from another: honorific, passive, received or heard.
_FROM_ANOTHER = lazy(r"^(?:と|って)[、,]?[^。「」\ue000-\ue003]{0,16}?"
                     r"(?:おっしゃ|仰|言われ|述べられ|話され|語られ|申され|伺|聞い|聞き|聞か|いただ|頂い|頂き|賜)")
# A plain verb of saying: another's words when the sentence names another as its subject.
_PLAIN_SAYING = lazy(r"^(?:と|って)[、,]?([^。「」\ue000-\ue003]{0,16}?)(?:述べ(?!たい)|言っ(?!てい[いいけ])|言い(?!た)|"
                     r"話し|語っ|語り|発言|指示|要請|強調|求め)")
_FIRST_PERSON = lazy(r"(?:私|わたくし|わたし|僕|我々|われわれ|私ども|自分)(?:自身)?(?:は|が|も|から|として)")
_FROM = lazy(r"^(?:の方)?(?:から|より)")


def relay_frame(after: str, sentence: str, index: Names) -> str:
    """The reporting frame that `after` (the text after a closing 」) opens, or '': `という話を
    いただきました`, `と総理は述べた`. `sentence` is the text before the opening 「 in its sentence:
    a plain verb whose subject is the speaker (`私は「…」と述べた`) quotes the speaker's own words."""
    after = after.lstrip()
    end = re.search(r"[。！？]", after)
    clause = after[:end.start() if end else 60]
    if _SPEECH_NOUN.match(clause) or _FROM_ANOTHER.match(clause):
        return clause
    plain = _PLAIN_SAYING.match(clause)
    if plain and not _FIRST_PERSON.search(plain.group(1)) and not _FIRST_PERSON.search(last_sentence(sentence)):
        subject = JAPANESE.subject_in(plain.group(1), index)
        if subject.kind == "none":
            subject = JAPANESE.subject_in(sentence, index)
        if subject.kind not in ("none", "pronoun"):
            return clause  # `総理は「…」と述べた`, `「…」と総理は述べた`: a subject other than the speaker
    return ""


def relayed_by(sentence: str, frame: str, index: Names) -> str | None:
    """The person the relaying sentence names as the one who said the words: the subject of its
    verb (`総理は「…」と述べた`, `「…」と総理は述べた`) or the one they came from (`総理から「…」という
    話をいただいた`); None when it names no one (or more than one)."""
    found: set[str] = set()
    for text in (last_sentence(sentence), frame):
        for start, end, pids, title, particle in JAPANESE.people(text, index):
            if len(pids) == 1 and (particle in _SUBJECT_PARTICLE or _FROM.match(text[end:])):
                found |= pids
    return next(iter(found)) if len(found) == 1 else None
