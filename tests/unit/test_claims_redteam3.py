"""A third red team of the claim checker: a careful analyst's sentences that must pass and a
careless one's that must fail, in English, French, German and Spanish, on forms earlier rounds
left alone: a phrase beside the quote that says whose words it is (`in her words`), quotes given
to several people at once, verbs of answering, the interviewer, an institution, `officials`,
sources close to someone, a relative clause that names someone inside the subject.

The rules these rows brought (the rest passed already):
- `in her words`, `in Lee's words`, `to use Lee's words`, `as Lee put it`, `to quote her`, French
  `selon ses mots`, `pour reprendre les mots de Dupont`, `selon la formule de Dupont`, German `in
  Webers Worten`, `mit den Worten von Weber`, `um es mit Müllers Worten zu sagen`, Spanish `en
  palabras de Pérez`, `según sus palabras`, `como lo expresó García`, set right before or right
  after the quote, attribute it to that person; a possessive pronoun to the nearest fitting person
  named before it (ownwords.py). Before, the phrase after the quote was not read at all.
- A joint subject names each of its people, a pronoun among them as the person it stands for
  (`Lee said she and Chan agreed that {q}`: Ann Lee and Bo Chan, where the message named Chan
  alone). AP: a quotation is one person's words; a written statement two people issue is quoted as
  theirs, and the story says so. So a quote of either passes only where the sentence calls the
  words a joint statement (`in a joint statement`, `jointly`, `dans un communiqué commun`, `in
  einer gemeinsamen Erklärung`, `en un comunicado conjunto`); a joint news conference is none
  (jointly.py). The message says how a joint statement may stand.
- Verbs of answering come from one list (answering.py), present, past and participle, in four
  languages: `retorts`, `rejoined`, `hit back`, `fired back`, `wrote back`, `a rétorqué`,
  `riposte`, `entgegnete`, `konterte`, `replicó`, `retrucó` were no verbs of saying (their quote
  went unattributed, or to the speaker before). German `fragte` is a verb of saying too: a
  question is its asker's words (`Müller fragte Weber: {q}` passed as Weber's).
- A relative clause inside the subject names no speaker: `The aide Lee hired said {q}`, `The
  committee Lee chairs said`, `Officials Lee appointed said`, `Lee dismissed critics who called
  the plan {q}` are the aide's, the committee's, the critics' words, not Lee's (relatives.py).
- A non-restrictive relative clause is an aside: the person it names is not the one the sentence
  gives the words to (`Lee's view, which Chan shares, is that {q}`: Lee's, not Chan's).
- A verb of summing up or paraphrasing before a colon (`Chan summarized Lee's argument: {q}`,
  `Chan paraphrased Lee:`) introduces its subject's summary, not the words of the person summed
  up (claimframes.summarised); `{q} were Chan's words.` names Chan (ownwords.py).
- French, German and Spanish alike: a relative clause that opens the sentence and names someone
  before the verb of saying (`La commission que préside Dupont a déclaré`, `Die Kommission, die
  Weber leitet, erklärte`, `La comisión que preside Pérez afirmó`) names no speaker (relatives.py).
- Spanish, which leaves a pronoun subject out, still has a subject when the clause before the verb
  opens with an article or names someone after a preposition: `El ministerio de Pérez dijo`,
  `Fuentes cercanas a Pérez dijeron`, `El asesor que Pérez nombró dijo` are not Pérez's words
  (foreign.py; before, `dijo` was read as Pérez's, the last person named).
"""
from __future__ import annotations

import pytest
from attribution_cases import GIVES, UNATTRIBUTED
from quotecheck import PEOPLE

from briefbuild.checking.claims import claim_problem
from briefbuild.inputs.models import Person, Quote

_Q = {"lee-q": "ann-lee", "chan-q": "bo-chan", "jones-q": "ruth-jones", "dupont-q": "anne-dupont",
      "weber-q": "klaus-weber", "perez-q": "carlos-perez"}
QUOTES = {k: Quote(id=k, speaker=v, kind="direct", text="we will act on the plan", paragraph=1) for k, v in _Q.items()}
LEE_TO_CHAN = GIVES.format(q="lee-q", a="Ann Lee", b="Bo Chan", s="Lee")
LEE_NOT = UNATTRIBUTED.format(q="lee-q", s="Lee")
DUPONT_TO_MARTIN = GIVES.format(q="dupont-q", a="Anne Dupont", b="Jean Martin", s="Dupont")
DUPONT_NOT = UNATTRIBUTED.format(q="dupont-q", s="Dupont")
WEBER_TO_MULLER = GIVES.format(q="weber-q", a="Klaus Weber", b="Zoë Müller", s="Weber")
WEBER_NOT = UNATTRIBUTED.format(q="weber-q", s="Weber")
PEREZ_TO_GARCIA = GIVES.format(q="perez-q", a="Carlos Pérez", b="Lucía García", s="Pérez")
PEREZ_NOT = UNATTRIBUTED.format(q="perez-q", s="Pérez")
_STATEMENT = ", or, if the words are a joint statement of theirs, say so (… said in a joint statement that …)"


def joint(q: str, words: str, short: str, names: str = "", statement: bool = True) -> str:
    """The message for a quote given to several people (`names`: who they are, where the words do not say)."""
    return (f"the claim gives direct quote '{q}' to several people at once ('{words}'{': ' + names if names else ''}): "
            f"a quote is one person's words; make {short} alone the subject of the verb that introduces it"
            + (_STATEMENT if statement else ""))


# (language, claim, quote id, message or ''); the 73 marked * failed before (false alarms, misses, or by their message)
REDTEAM = [
    # a phrase beside the quote that says whose words it is
    ("en", "Lee's plan — {lee-q}, in her words — won support.", "lee-q", ""),  # *
    ("en", "{lee-q}, in Lee's words, the plan had failed.", "lee-q", ""),
    ("en", "Chan spoke. {lee-q}, in Lee's words, the plan had failed.", "lee-q", ""),
    ("en", "Lee spoke. {lee-q}, in Chan's words, the plan had failed.", "lee-q", LEE_TO_CHAN),
    ("en", "The plan was, to use Lee's words, {lee-q}.", "lee-q", ""),
    ("en", "Chan spoke. {lee-q}, to use Lee's words.", "lee-q", ""),  # *
    ("en", "Lee spoke. {lee-q}, to use Chan's words.", "lee-q", LEE_TO_CHAN),  # *
    ("en", "Lee spoke first. The plan was {lee-q}, as Chan put it.", "lee-q", LEE_TO_CHAN),
    ("en", "Lee's plan, {lee-q} in her own words, won support.", "lee-q", ""),  # *
    ("en", "The plan, Chan said, was, in Lee's words, {lee-q}.", "lee-q", ""),
    ("en", "The plan, Lee said, was, in Chan's words, {lee-q}.", "lee-q", LEE_TO_CHAN),
    ("en", "Ann Lee spoke. {lee-q}, to quote her.", "lee-q", ""),
    ("en", "The plan was, in the words of Chan, {lee-q}.", "lee-q", LEE_TO_CHAN),
    ("fr", "Le plan de Dupont — {dupont-q}, selon ses mots — a échoué.", "dupont-q", ""),  # *
    ("fr", "Le plan était {dupont-q}, pour reprendre les mots de Dupont.", "dupont-q", ""),  # *
    ("fr", "Le plan était {dupont-q}, pour reprendre les mots de Martin.", "dupont-q", DUPONT_TO_MARTIN),  # *
    ("fr", "Le plan était, selon la formule de Dupont, {dupont-q}.", "dupont-q", ""),  # *
    ("fr", "Martin a parlé. Le plan était {dupont-q}, selon les mots de Dupont.", "dupont-q", ""),  # *
    ("de", "Der Plan sei, in Webers Worten, {weber-q}.", "weber-q", ""),  # *
    ("de", "Der Plan sei {weber-q}, mit den Worten von Weber.", "weber-q", ""),  # *
    ("de", "Der Plan sei {weber-q}, um es mit Müllers Worten zu sagen.", "weber-q", WEBER_TO_MULLER),  # *
    ("de", "Weber sprach mit Müller. Der Plan sei, in seinen Worten, {weber-q}.", "weber-q", ""),
    ("es", "El plan era {perez-q}, en palabras de Pérez.", "perez-q", ""),
    ("es", "El plan era {perez-q}, en palabras de García.", "perez-q", PEREZ_TO_GARCIA),
    ("es", "Pérez habló. El plan era, según sus palabras, {perez-q}.", "perez-q", ""),
    ("es", "El plan era {perez-q}, como lo expresó García.", "perez-q", PEREZ_TO_GARCIA),  # *
    # several people at once: a joint statement, said so, or one person's words
    ("en", "Lee said she and Chan agreed that {chan-q}.", "chan-q", joint("chan-q", "she and Chan", "Chan",
                                                                          "Ann Lee and Bo Chan")),  # *
    ("en", "Lee said she and Chan agreed that {lee-q}.", "lee-q", joint("lee-q", "she and Chan", "Lee",
                                                                        "Ann Lee and Bo Chan")),  # *
    ("en", "Ann Lee spoke. She and Chan said {chan-q}.", "chan-q", joint("chan-q", "She and Chan", "Chan",
                                                                         "Ann Lee and Bo Chan")),  # *
    ("en", "Lee and Chan said in a joint statement that {chan-q}.", "chan-q", ""),  # *
    ("en", "In a joint statement, Lee and Chan said {lee-q}.", "lee-q", ""),  # *
    ("en", "{chan-q}, Lee and Chan wrote in a joint letter.", "chan-q", ""),  # *
    ("en", "Lee and Chan jointly wrote that {lee-q}.", "lee-q", ""),  # *
    ("en", "Lee and Chan said at a joint news conference that {lee-q}.", "lee-q",
     joint("lee-q", "Lee and Chan", "Lee")),  # *
    ("en", "Lee and Chan said in a joint statement that {jones-q}.", "jones-q",
     joint("jones-q", "Lee and Chan", "Jones", statement=False)),
    ("fr", "Dupont et Martin ont déclaré dans un communiqué commun que {dupont-q}.", "dupont-q", ""),  # *
    ("fr", "Dupont et Martin ont déclaré que {dupont-q}.", "dupont-q", joint("dupont-q", "Dupont et Martin", "Dupont")),  # *
    ("de", "Weber und Müller erklärten in einer gemeinsamen Erklärung, {weber-q}.", "weber-q", ""),  # *
    ("es", "Pérez y García dijeron en un comunicado conjunto que {perez-q}.", "perez-q", ""),  # *
    ("es", "Pérez y García dijeron que {perez-q}.", "perez-q", joint("perez-q", "Pérez y García", "Pérez")),  # *
    # verbs of answering, in four languages
    ("en", "{lee-q}, Lee retorts.", "lee-q", ""),  # *
    ("en", "{lee-q}, Chan retorts.", "lee-q", LEE_TO_CHAN),  # *
    ("en", "Chan spoke. {lee-q}, Lee rejoined.", "lee-q", ""),  # *
    ("en", "Lee spoke. {lee-q}, Chan rejoined.", "lee-q", LEE_TO_CHAN),  # *
    ("en", "{lee-q}, Lee hit back.", "lee-q", ""),  # *
    ("en", "{lee-q}, Chan fired back.", "lee-q", LEE_TO_CHAN),
    ("en", "Chan criticized the plan. Lee riposted: {lee-q}.", "lee-q", ""),
    ("en", "Lee met Chan, replying that {lee-q}.", "lee-q", ""),  # *
    ("en", "Chan met Lee, replying that {lee-q}.", "lee-q", LEE_TO_CHAN),  # *
    ("en", "Ann Lee spoke. Bo Chan answered her claim that {lee-q}.", "lee-q", ""),  # *
    ("en", "{lee-q}, Lee wrote back.", "lee-q", ""),
    ("fr", "{dupont-q}, a rétorqué Dupont.", "dupont-q", ""),  # *
    ("fr", "{dupont-q}, a rétorqué Martin.", "dupont-q", DUPONT_TO_MARTIN),  # *
    ("fr", "{dupont-q}, riposte Dupont.", "dupont-q", ""),  # *
    ("fr", "{dupont-q}, a répliqué Martin.", "dupont-q", DUPONT_TO_MARTIN),  # *
    ("fr", "Martin a objecté : {dupont-q}.", "dupont-q", DUPONT_TO_MARTIN),
    ("de", "{weber-q}, entgegnete Weber.", "weber-q", ""),  # *
    ("de", "{weber-q}, entgegnete Müller.", "weber-q", WEBER_TO_MULLER),  # *
    ("de", "{weber-q}, konterte Weber.", "weber-q", ""),  # *
    ("de", "{weber-q}, erwiderte Müller.", "weber-q", WEBER_TO_MULLER),  # *
    ("es", "{perez-q}, replicó Pérez.", "perez-q", ""),  # *
    ("es", "{perez-q}, replicó García.", "perez-q", PEREZ_TO_GARCIA),  # *
    ("es", "{perez-q}, contestó Pérez.", "perez-q", ""),  # *
    ("es", "{perez-q}, retrucó García.", "perez-q", PEREZ_TO_GARCIA),  # *
    # the interviewer: the question is theirs, the answer the one asked
    ("en", "Asked by an interviewer whether the plan would pass, Lee said {lee-q}.", "lee-q", ""),
    ("en", "Chan, who interviewed Lee, asked whether the plan would pass. {lee-q}, Lee replied.", "lee-q", ""),
    ("en", "Chan, who interviewed Lee, asked whether the plan would pass. {lee-q}, Chan said.", "lee-q", LEE_TO_CHAN),
    ("en", "Chan asked Lee: {lee-q}", "lee-q", LEE_TO_CHAN),
    ("en", "The interviewer asked Lee whether {lee-q}.", "lee-q", LEE_NOT),
    ("en", "Lee told the interviewer, Chan, that {lee-q}.", "lee-q", ""),
    ("en", "Lee, interviewed by Chan, said {lee-q}.", "lee-q", ""),
    ("en", "Chan, interviewed by Lee, said {lee-q}.", "lee-q", LEE_TO_CHAN),
    ("en", "Reporters asked Lee about the plan. {lee-q}, she said.", "lee-q", ""),
    ("en", "A reporter asked Lee about the plan. {lee-q}, the reporter said.", "lee-q", LEE_NOT),
    ("en", "Lee was asked about the plan by Chan, who said {lee-q}.", "lee-q", LEE_TO_CHAN),
    ("en", "Chan asked Lee about the plan and said {lee-q}.", "lee-q", LEE_TO_CHAN),
    ("fr", "Interrogé par Dupont, Martin a déclaré : {dupont-q}.", "dupont-q", DUPONT_TO_MARTIN),
    ("fr", "Dans un entretien avec Dupont, Martin a déclaré : {dupont-q}.", "dupont-q", DUPONT_TO_MARTIN),
    ("fr", "Dupont a déclaré dans un entretien avec Martin : {dupont-q}.", "dupont-q", ""),
    ("de", "Auf eine Frage von Weber sagte Müller: {weber-q}.", "weber-q", WEBER_TO_MULLER),
    ("de", "Auf eine Frage von Müller sagte Weber: {weber-q}.", "weber-q", ""),
    ("de", "Müller fragte Weber: {weber-q}", "weber-q", WEBER_TO_MULLER),  # *
    ("de", "Weber fragte Müller: {weber-q}", "weber-q", ""),  # *
    ("de", "Müller fragte Weber. {weber-q}, antwortete Weber.", "weber-q", ""),  # *
    ("es", "Preguntada por Pérez, García dijo: {perez-q}.", "perez-q", PEREZ_TO_GARCIA),
    ("es", "En una entrevista con Pérez, García dijo: {perez-q}.", "perez-q", PEREZ_TO_GARCIA),
    ("es", "En una entrevista con García, Pérez dijo: {perez-q}.", "perez-q", ""),
    # an institution, officials, sources, aides: not the person named
    ("en", "The ministry said {lee-q}.", "lee-q", LEE_NOT),
    ("en", "Lee's ministry said {lee-q}.", "lee-q", LEE_NOT),
    ("en", "The Lee Institute said {lee-q}.", "lee-q", LEE_NOT),
    ("en", "Officials said {lee-q}.", "lee-q", LEE_NOT),
    ("en", "Officials close to Lee said {lee-q}.", "lee-q", LEE_NOT),
    ("en", "Officials said Lee had told them {lee-q}.", "lee-q", ""),
    ("en", "According to officials, {lee-q}.", "lee-q", LEE_NOT),
    ("en", "According to officials, Lee said {lee-q}.", "lee-q", ""),
    ("en", "Sources close to Lee said {lee-q}.", "lee-q", LEE_NOT),
    ("en", "Aides to Lee said {lee-q}.", "lee-q", LEE_NOT),
    ("en", "A Lee spokesperson said {lee-q}.", "lee-q", LEE_NOT),
    ("en", "The panel, chaired by Lee, said {lee-q}.", "lee-q", LEE_NOT),
    ("en", "Lee's critics called the plan {lee-q}.", "lee-q", LEE_NOT),
    ("en", "Lee's supporters called the plan {lee-q}.", "lee-q", LEE_NOT),
    ("fr", "Le ministère de Dupont a déclaré : {dupont-q}.", "dupont-q", DUPONT_NOT),
    ("fr", "L'entourage de Dupont a déclaré : {dupont-q}.", "dupont-q", DUPONT_NOT),
    ("fr", "Selon des responsables, {dupont-q}.", "dupont-q", DUPONT_NOT),
    ("de", "Webers Ministerium erklärte: {weber-q}.", "weber-q", WEBER_NOT),
    ("de", "Aus dem Umfeld von Weber hieß es: {weber-q}.", "weber-q", WEBER_NOT),
    ("es", "El ministerio de Pérez dijo: {perez-q}.", "perez-q", PEREZ_NOT),  # *
    ("es", "Fuentes cercanas a Pérez dijeron: {perez-q}.", "perez-q", PEREZ_NOT),  # *
    ("es", "Pérez habló. Luego explicó: {perez-q}.", "perez-q", ""),
    # a relative clause inside the subject names no speaker
    ("en", "The committee Lee chairs said {lee-q}.", "lee-q", LEE_NOT),  # *
    ("en", "The aide Lee hired said {lee-q}.", "lee-q", LEE_NOT),  # *
    ("en", "The panel that Lee convened said {lee-q}.", "lee-q", LEE_NOT),  # *
    ("en", "Officials Lee appointed said {lee-q}.", "lee-q", LEE_NOT),  # *
    ("en", "The adviser whom Lee trusts said {lee-q}.", "lee-q", LEE_NOT),  # *
    ("en", "The aide Lee hired called the plan {lee-q}.", "lee-q", LEE_NOT),  # *
    ("en", "Lee dismissed critics who called the plan {lee-q}.", "lee-q", LEE_NOT),  # *
    ("en", "Lee responded to critics who had called the plan {lee-q}.", "lee-q", LEE_NOT),  # *
    ("en", "Lee met people who said {lee-q}.", "lee-q", LEE_NOT),  # *
    ("en", "Lee, who chairs the committee, said {lee-q}.", "lee-q", ""),
    ("en", "Lee was the one who called the plan {lee-q}.", "lee-q", ""),
    ("en", "Chan was the one who said {lee-q}.", "lee-q", LEE_TO_CHAN),
    ("en", "The minister Lee also said {lee-q}.", "lee-q", ""),
    ("en", "The defense minister Ann Lee today said {lee-q}.", "lee-q", ""),
    ("fr", "Le conseiller que Dupont a nommé a déclaré : {dupont-q}.", "dupont-q", DUPONT_NOT),
    ("es", "El asesor que Pérez nombró dijo: {perez-q}.", "perez-q", PEREZ_NOT),  # *
    ("fr", "La commission que préside Dupont a déclaré : {dupont-q}.", "dupont-q", DUPONT_NOT),  # *
    ("fr", "La commission qu'a créée Dupont a déclaré : {dupont-q}.", "dupont-q", DUPONT_NOT),  # *
    ("fr", "Le plan que Martin a présenté est mort, a déclaré Dupont : {dupont-q}.", "dupont-q", ""),
    ("fr", "Le plan que Dupont a présenté est mort, a déclaré Martin : {dupont-q}.", "dupont-q", DUPONT_TO_MARTIN),
    ("de", "Die Kommission, die Weber leitet, erklärte: {weber-q}.", "weber-q", WEBER_NOT),  # *
    ("de", "Der Bericht, den Müller vorlegte, sei falsch, sagte Weber: {weber-q}.", "weber-q", ""),
    ("es", "La comisión que preside Pérez afirmó: {perez-q}.", "perez-q", PEREZ_NOT),  # *
    ("es", "El plan que García presentó ha muerto, dijo Pérez: {perez-q}.", "perez-q", ""),
    ("fr", "La commission, que préside Dupont, a déclaré : {dupont-q}.", "dupont-q", DUPONT_NOT),  # *
    ("fr", "La ministre, qui a rédigé le plan, Anne Dupont, a déclaré : {dupont-q}.", "dupont-q", ""),
    ("de", "Der Minister, der den Plan entworfen hat, Klaus Weber, sagte: {weber-q}.", "weber-q", ""),
    ("es", "El ministro, que redactó el plan, Carlos Pérez, dijo: {perez-q}.", "perez-q", ""),
    # an aside's name, a summary, words named after the quote
    ("en", "Lee's view, which Chan shares, is that {lee-q}.", "lee-q", ""),  # *
    ("en", "Lee's argument, which Chan rejected, was that {lee-q}.", "lee-q", ""),  # *
    ("en", "Chan's view, which Lee shares, is that {lee-q}.", "lee-q", LEE_TO_CHAN),  # *
    ("en", "Chan summarized Lee's argument: {lee-q}.", "lee-q", LEE_TO_CHAN),  # *
    ("en", "Chan paraphrased Lee: {lee-q}.", "lee-q", LEE_TO_CHAN),  # *
    ("en", "Lee summarized her argument: {lee-q}.", "lee-q", ""),
    ("en", "Chan summed up the talks with Lee: {lee-q}.", "lee-q", LEE_TO_CHAN),
    ("en", "Lee recalled Chan's words: {lee-q}.", "lee-q", LEE_TO_CHAN),
    ("en", "Lee spoke. {lee-q} were Chan's words.", "lee-q", LEE_TO_CHAN),  # *
    ("en", "Chan spoke. {lee-q} were Lee's words.", "lee-q", ""),  # *
    # the wrong speaker, quoting another
    ("en", "Lee's report quoted Chan as saying {lee-q}.", "lee-q", LEE_TO_CHAN),
    ("en", "Lee quoted Chan as saying {lee-q}.", "lee-q", LEE_TO_CHAN),
    ("en", "Chan quoted Lee's remark that {lee-q}.", "lee-q", ""),
]


@pytest.mark.parametrize("language,claim,qid,message", REDTEAM, ids=[f"{r[0]}-{r[1][:60]}" for r in REDTEAM])
def test_a_claim_gives_the_quote_to_its_speaker(language, claim, qid, message):
    assert (claim_problem(claim, qid, QUOTES, PEOPLE, None if language == "en" else language) or "") == message


# A possessive pronoun beside the quote stands for the nearest person named before it whose pronouns
# (people.yaml) it agrees with: `his` passes over Lee (she/her) for Ford (he/him).
AGREEING = dict(PEOPLE, **{"ann-lee": Person(id="ann-lee", name="Ann Lee", role="Minister", pronouns="she/her"),
                           "sam-ford": Person(id="sam-ford", name="Sam Ford", role="Analyst", pronouns="he/him")})
_AQ = QUOTES | {"ford-q": Quote(id="ford-q", speaker="sam-ford", kind="direct", text="we will act", paragraph=1)}
PRONOUNS = [
    ("Lee met Ford. The plan was, in his words, {ford-q}.", "ford-q", ""),
    ("Lee met Ford. The plan was, in his words, {lee-q}.", "lee-q", GIVES.format(q="lee-q", a="Ann Lee", b="Sam Ford",
                                                                                   s="Lee")),
    ("Lee met Ford. The plan was, in her words, {lee-q}.", "lee-q", ""),
    ("Ford's plan — {lee-q}, in her words — failed.", "lee-q",
     "direct quote 'lee-q' is not attributed: 'her' stands for no one named before it (in the claim or the block "
     "before it): name Lee before it"),  # *
]


@pytest.mark.parametrize("claim,qid,message", PRONOUNS, ids=[r[0][:60] for r in PRONOUNS])
def test_a_possessive_beside_the_quote_stands_for_the_nearest_person_it_agrees_with(claim, qid, message):
    assert (claim_problem(claim, qid, _AQ, AGREEING) or "") == message
