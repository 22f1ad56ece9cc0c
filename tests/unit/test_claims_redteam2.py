"""A red team of the claim checker: claims written as news and analysis write them (AP attribution,
partial quotes, quotes over sentences, pronouns across sentences, `according to`, passives,
appositives, `who said`, two speakers in a sentence, quotes in parentheses), careful ones that
must pass and careless ones that give the words to the wrong person, each read by a rule.

The rules these rows brought (the rest passed already):
- A verb of answering (question, dispute, reject, echo, back, …) takes another's words for its
  object: the possessive in `Chan questioned her contention that {q}` is not Chan (unless `her
  own`), but the last person named before Chan, else no one (claimframes.answered).
- `Lee echoed Chan's warning that {q}` puts the words in Chan's warning: Chan's; when they are Lee's,
  the message says so and how to give them to Lee (`…, saying {q}`) (claimframes.echoed).
- A descriptive second reference by a role noun (`the analyst`, `the economist`) names the one
  person named before it whose people.yaml role has that noun; two such people: either, so no one
  (titles.by_role); not after `for`, `of`, `former` (`the spokesman for the analyst`).
- A participle of saying after a comma (`Lee echoed Chan's warning, saying {q}`, `Lee met Chan,
  telling reporters that`, `calling it {q}`) has its main clause's subject (clauses.py).
- A pronoun carries on a sentence's grammatical subject, not a passive's agent (`Lee was asked by
  Chan. She said {q}`: Lee's) (claimrefs.py).
- A parenthetical tag's pronoun does not stand for the name that opens what it reports (`Lee
  spoke. Chan, she said, was {q}`: Lee's) (claimframes.reported_name).
- A sentence framed as someone's point of view (`In Lee's view, Chan was {q}`, `In Lee's
  telling`, `Chan, by Lee's account, was {q}`) is that person's, whoever its subject is
  (claimframes.point_of_view).
- A pronoun after a semicolon's sentence carries on its last clause's subject (`Chan made the case;
  Lee was unconvinced. {q}, she said`: Lee's) (claimrefs.py); `called` after `the <office>` is the
  office's finite verb, not a participle (`The minister called the talks {q}`) (clauses.py); a role
  noun's aside before its verb (`The analyst, who has advised Lee, said`) names no speaker.
"""
from __future__ import annotations

import pytest
from attribution_cases import GIVES, UNATTRIBUTED
from quotecheck import PEOPLE

from briefbuild.checking.claims import claim_problem
from briefbuild.inputs.models import Person, Quote

CAST = dict(PEOPLE, **{"kim-park": Person(id="kim-park", name="Kim Park", role="Economic analyst"),
                       "eva-roth": Person(id="eva-roth", name="Eva Roth", role="Chief economist at the central bank")})
_Q = {"lee-q": "ann-lee", "lee-q2": "ann-lee", "chan-q": "bo-chan", "jones-q": "ruth-jones", "smith-q": "mark-smith",
      "park-q": "kim-park", "roth-q": "eva-roth"}
QUOTES = {k: Quote(id=k, speaker=v, kind="direct", text="we will act on the plan", paragraph=1) for k, v in _Q.items()}
NO_ONE = ("direct quote '{q}' is not attributed: '{w}' stands for no one named before it (in the claim or the block "
          "before it): name {s} before it")
ECHOED = ("direct quote 'lee-q' is Ann Lee's words, but the claim gives them to Bo Chan: after '{v} Chan's warning that' "
          "they read as the words of Chan's warning, not Lee's: give Lee a verb of saying of their own (Lee {v} Chan's "
          "warning, saying {{lee-q}}) (or, if they are Bo Chan's words, correct the quote's speaker in its source)")
JOINT = ("the claim gives direct quote 'lee-q' to several people at once ('Lee and Chan'): a quote is one person's "
         "words; make Lee alone the subject of the verb that introduces it"
         ", or, if the words are a joint statement of theirs, say so (… said in a joint statement that …)")
LEE_TO_CHAN = GIVES.format(q="lee-q", a="Ann Lee", b="Bo Chan", s="Lee")
CHAN_TO_LEE = GIVES.format(q="chan-q", a="Bo Chan", b="Ann Lee", s="Chan")
CHAN_UNNAMED = UNATTRIBUTED.format(q="chan-q", s="Chan")
TWO_ANALYSTS = ("direct quote 'chan-q' is not attributed: 'The analyst' could be Bo Chan or Kim Park, each named before "
                "it and with that role in people.yaml: name Chan in its place (Chan said {chan-q})")

# (claim, quote id, message or ''); the 37 marked * failed before these rules (some only by their message)
REDTEAM = [
    # the three known defects
    ('Bo Chan questioned her contention that {lee-q}.', 'lee-q', NO_ONE.format(q='lee-q', w='her', s='Lee')),  # *
    ('Ann Lee spoke. Bo Chan questioned her contention that {lee-q}.', 'lee-q', ''),  # *
    ('Ann Lee spoke. Bo Chan questioned her contention that {chan-q}.', 'chan-q', CHAN_TO_LEE),  # *
    ('Bo Chan questioned his own contention that {chan-q}.', 'chan-q', ''),
    ("Bo Chan echoed Ann Lee's warning that {lee-q}.", 'lee-q', ''),
    ("Ann Lee echoed Bo Chan's warning that {lee-q}.", 'lee-q', ECHOED.format(v="echoed")),  # *
    ('Ann Lee met Bo Chan. The analyst said {chan-q}.', 'chan-q', ''),  # *
    ('Ann Lee met Bo Chan. The analyst said {lee-q}.', 'lee-q', LEE_TO_CHAN),  # *
    ('Ann Lee met Bo Chan. The minister said {lee-q}.', 'lee-q', ''),
    ("Ann Lee repeated Bo Chan's warning that {lee-q}.", 'lee-q', ECHOED.format(v="repeated")),  # *
    ("Ann Lee rejected Bo Chan's warning that {lee-q}.", 'lee-q', LEE_TO_CHAN),
    ("Ann Lee echoed Bo Chan's warning that {chan-q}.", 'chan-q', ''),
    ('Ann Lee echoed the warning that {lee-q}.', 'lee-q', ''),
    # AP attribution
    ('"The plan is sound," Ann Lee said, adding that {lee-q}.', 'lee-q', ''),
    ('{lee-q}, Lee told reporters on Tuesday.', 'lee-q', ''),
    ('{lee-q}, Chan told reporters on Tuesday.', 'lee-q', LEE_TO_CHAN),
    ('{lee-q}, said Lee, who spoke after Chan.', 'lee-q', ''),
    ('{lee-q}, said Chan, who spoke after Lee.', 'lee-q', LEE_TO_CHAN),
    ('Lee, who met Chan on Monday, said {lee-q}.', 'lee-q', ''),
    ('Chan, who met Lee on Monday, said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Chan spoke first. Then Lee took the floor: {lee-q}.', 'lee-q', ''),
    # partial quotes
    ('Lee called the plan {lee-q}, a phrase Chan later mocked.', 'lee-q', ''),
    ('Chan called the plan {lee-q}, a phrase Lee had coined.', 'lee-q', LEE_TO_CHAN),
    ('The plan, Lee said, was {lee-q}.', 'lee-q', ''),
    ('The plan, Chan said, was {lee-q}.', 'lee-q', LEE_TO_CHAN),
    # quotes split
    ('{lee-q}, Lee said. {lee-q2}', 'lee-q2', ''),
    ('Lee said {lee-q}. {lee-q2}', 'lee-q2', ''),
    ('Lee said {lee-q}. Chan disagreed. {lee-q2}', 'lee-q2', GIVES.format(q='lee-q2', a='Ann Lee', b='Bo Chan', s='Lee')),
    # pronouns across sentences
    ('Ann Lee arrived late. She said {lee-q}.', 'lee-q', ''),
    ('Bo Chan arrived late. She said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Ann Lee met Bo Chan on Friday. Afterward, she said {lee-q}.', 'lee-q', ''),
    ('Ann Lee met Bo Chan. Lee later said {lee-q}.', 'lee-q', ''),
    # according to
    ('According to Lee, {lee-q}.', 'lee-q', ''),
    ('According to Chan, {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('According to Lee, who spoke after Chan, {lee-q}.', 'lee-q', ''),
    ('According to Chan, who spoke after Lee, {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('The plan was {lee-q}, according to Lee.', 'lee-q', ''),
    ('The plan was {lee-q}, according to Chan.', 'lee-q', LEE_TO_CHAN),
    # passives
    ('The plan was called {lee-q} by Lee.', 'lee-q', ''),
    ('The plan was called {lee-q} by Chan.', 'lee-q', LEE_TO_CHAN),
    ('Lee was asked by Chan about the plan. She said {lee-q}.', 'lee-q', ''),  # *
    # appositives
    ('Ann Lee, the minister, said {lee-q}.', 'lee-q', ''),
    ('The minister, Ann Lee, said {lee-q}.', 'lee-q', ''),
    ('Bo Chan, an adviser to Ann Lee, said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Bo Chan, an adviser to Ann Lee, said {chan-q}.', 'chan-q', ''),
    ("Lee's adviser, Bo Chan, said {chan-q}.", 'chan-q', ''),
    ("Lee's adviser, Bo Chan, said {lee-q}.", 'lee-q', LEE_TO_CHAN),
    # who said
    ('It was Lee who said {lee-q}.', 'lee-q', ''),
    ('It was Chan who said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('It was Lee, not Chan, who said {lee-q}.', 'lee-q', ''),
    ('It was Chan, not Lee, who said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Chan cited Lee, who said {lee-q}.', 'lee-q', ''),
    ('Lee cited Chan, who said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    # two speakers
    ('Chan said the plan was dead, but Lee said {lee-q}.', 'lee-q', ''),
    ('Lee said the plan was dead, but Chan said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('While Chan urged caution, Lee said {lee-q}.', 'lee-q', ''),
    ('While Lee urged caution, Chan said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Lee said {lee-q}, while Chan said {chan-q}.', 'chan-q', ''),
    ('Lee said {chan-q}, while Chan said {lee-q}.', 'chan-q', CHAN_TO_LEE),
    ('Chan said {chan-q}; Lee replied {lee-q}.', 'chan-q', ''),
    # parentheses
    ('The plan (which Lee called {lee-q}) passed.', 'lee-q', ''),
    ('The plan (which Chan called {lee-q}) passed.', 'lee-q', LEE_TO_CHAN),
    ('Lee backed the plan (she called it {lee-q}).', 'lee-q', ''),
    ('The plan passed (Lee had called it {lee-q}).', 'lee-q', ''),
    ('The plan passed (Chan had called it {lee-q}).', 'lee-q', LEE_TO_CHAN),
    # possessive nouns of saying
    ('Lee repeated her claim that {lee-q}.', 'lee-q', ''),
    ('Ann Lee spoke. Bo Chan disputed her claim that {lee-q}.', 'lee-q', ''),  # *
    ("Bo Chan rejected Ann Lee's argument that {chan-q}.", 'chan-q', CHAN_TO_LEE),
    ("Bo Chan rejected Ann Lee's argument that {lee-q}.", 'lee-q', ''),
    ("Echoing Chan's warning, Lee said {lee-q}.", 'lee-q', ''),
    ("Lee echoed Chan's warning, saying {lee-q}.", 'lee-q', ''),  # *
    # descriptive reference
    ('Ann Lee met Ruth Jones. The senior fellow said {jones-q}.', 'jones-q', ''),  # *
    ('Bo Chan spoke. The veteran analyst said {chan-q}.', 'chan-q', ''),
    ('Bo Chan spoke. The veteran analyst said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    # questions, saying verbs
    ('Asked whether the plan would pass, Lee said {lee-q}.', 'lee-q', ''),
    ('Asked by Lee whether the plan would pass, Chan said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Asked by Chan whether the plan would pass, Lee said {lee-q}.', 'lee-q', ''),
    ('In an interview with Chan, Lee said {lee-q}.', 'lee-q', ''),
    ('In an interview with Lee, Chan said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Lee told Chan that {lee-q}.', 'lee-q', ''),
    ('Chan told Lee that {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Lee, speaking to Chan, said {lee-q}.', 'lee-q', ''),
    ('Speaking after Chan, Lee said {lee-q}.', 'lee-q', ''),
    ('Speaking after Lee, Chan said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Lee wrote in a letter to Chan that {lee-q}.', 'lee-q', ''),
    ("Lee's reply to Chan was blunt: {lee-q}.", 'lee-q', ''),
    ("Chan's reply to Lee was blunt: {lee-q}.", 'lee-q', LEE_TO_CHAN),
    ("Lee responded to Chan's remarks by saying {lee-q}.", 'lee-q', ''),
    ("Chan responded to Lee's remarks by saying {lee-q}.", 'lee-q', LEE_TO_CHAN),
    # more
    ('Lee, a former analyst, said {lee-q}.', 'lee-q', ''),
    ('"We will see," Chan said. Lee was less patient: {lee-q}.', 'lee-q', ''),
    ('"We will see," Lee said. Chan was less patient: {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ("Lee, asked about Chan's remarks, said {lee-q}.", 'lee-q', ''),
    ("Chan, asked about Lee's remarks, said {lee-q}.", 'lee-q', LEE_TO_CHAN),
    ('Lee disagreed with Chan. {lee-q}, she said.', 'lee-q', ''),
    ('Chan had warned of delays. Lee, however, insisted that {lee-q}.', 'lee-q', ''),
    ('Lee had warned of delays. Chan, however, insisted that {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ("Lee's message to Chan was simple: {lee-q}.", 'lee-q', ''),
    ('Lee met Chan on Monday, telling reporters afterward that {lee-q}.', 'lee-q', ''),  # *
    ('Chan met Lee on Monday, telling reporters afterward that {lee-q}.', 'lee-q', LEE_TO_CHAN),  # *
    ('Lee met Chan and Jones, saying {lee-q}.', 'lee-q', ''),  # *
    ('Bo Chan spoke after Ann Lee. The analyst said {chan-q}.', 'chan-q', ''),
    ('Bo Chan spoke after Ann Lee. The analyst said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Ann Lee spoke after Bo Chan. The minister said {lee-q}.', 'lee-q', ''),
    ('In a statement, Lee said {lee-q}, a view Chan rejected.', 'lee-q', ''),
    ('In a statement, Chan said {lee-q}, a view Lee rejected.', 'lee-q', LEE_TO_CHAN),
    ("Chan, Lee's deputy, said {chan-q}.", 'chan-q', ''),
    ('Lee (who spoke after Chan) said {lee-q}.', 'lee-q', ''),
    ('Chan (who spoke after Lee) said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Lee said she agreed with Chan that {lee-q}.', 'lee-q', ''),
    ("Lee's warning — that {lee-q} — went unheeded.", 'lee-q', ''),
    ("Chan's warning — that {lee-q} — went unheeded.", 'lee-q', LEE_TO_CHAN),
    ('Lee wrote on X that {lee-q}.', 'lee-q', ''),
    ('Lee later told the Associated Press that {lee-q}.', 'lee-q', ''),
    ('Chan later told the Associated Press that {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('As Lee put it, {lee-q}.', 'lee-q', ''),
    ('As Chan put it, {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Lee was blunt. {lee-q}', 'lee-q', ''),
    ('Chan was blunt. {lee-q}', 'lee-q', LEE_TO_CHAN),
    ('The bill, which Chan backed, was {lee-q}, Lee said.', 'lee-q', ''),
    ('The bill, which Lee backed, was {lee-q}, Chan said.', 'lee-q', LEE_TO_CHAN),
    ('Lee, whom Chan had criticized, said {lee-q}.', 'lee-q', ''),
    ('Chan, whom Lee had criticized, said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ("Lee rejected Chan's claim, calling it {lee-q}.", 'lee-q', ''),  # *
    ("Chan rejected Lee's claim, calling it {lee-q}.", 'lee-q', LEE_TO_CHAN),  # *
    ("Lee replied to Chan's letter, writing that {lee-q}.", 'lee-q', ''),
    ('Lee, echoing Chan, said {lee-q}.', 'lee-q', ''),
    ('Chan, echoing Lee, said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Unlike Chan, who hedged, Lee said {lee-q}.', 'lee-q', ''),
    ('Unlike Lee, who hedged, Chan said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Chan asked Lee whether the plan would work. {lee-q}, Lee replied.', 'lee-q', ''),
    ('Lee asked Chan whether the plan would work. {lee-q}, Chan replied.', 'lee-q', LEE_TO_CHAN),
    ("Chan's question drew a sharp reply from Lee: {lee-q}.", 'lee-q', ''),
    ("Lee's aide, not Lee, said the plan was sound; Lee herself said {lee-q}.", 'lee-q', ''),
    ("Lee's aide said {lee-q}.", 'lee-q', UNATTRIBUTED.format(q='lee-q', s='Lee')),
    ('A spokesman for Lee said {lee-q}.', 'lee-q', UNATTRIBUTED.format(q='lee-q', s='Lee')),
    ("Lee's office said {lee-q}.", 'lee-q', UNATTRIBUTED.format(q='lee-q', s='Lee')),
    ('Lee said in a statement released by her office that {lee-q}.', 'lee-q', ''),
    ('Chan quoted Lee as saying {chan-q}.', 'chan-q', CHAN_TO_LEE),
    ('Chan quoted Lee as saying {lee-q}.', 'lee-q', ''),
    ('Lee was quoted as saying {lee-q}.', 'lee-q', ''),
    ('Chan was quoted as saying {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('"It is done," Chan said, before Lee added that {lee-q}.', 'lee-q', ''),
    ('"It is done," Lee said, before Chan added that {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Lee and Chan met; Lee said afterward that {lee-q}.', 'lee-q', ''),
    ('Lee and Chan met; Chan said afterward that {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Lee and Chan said {lee-q}.', 'lee-q', JOINT),
    ('Lee, in a rebuke to Chan, said {lee-q}.', 'lee-q', ''),
    ('Chan, in a rebuke to Lee, said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ("Lee (Chan's rival) said {lee-q}.", 'lee-q', ''),
    ('Lee said Chan was wrong and that {lee-q}.', 'lee-q', ''),
    ("Lee called Chan's plan {lee-q}.", 'lee-q', ''),
    ("Chan called Lee's plan {lee-q}.", 'lee-q', LEE_TO_CHAN),
    ("Lee's verdict on Chan's plan: {lee-q}.", 'lee-q', ''),
    ("Chan's verdict on Lee's plan: {lee-q}.", 'lee-q', LEE_TO_CHAN),
    ('Lee told Chan, in effect, that {lee-q}.', 'lee-q', ''),
    ('Ann Lee spoke. Chan, she said, was {lee-q}.', 'lee-q', ''),  # *
    ("In Lee's telling, Chan was {lee-q}.", 'lee-q', ''),  # *
    ("In Chan's telling, Lee was {lee-q}.", 'lee-q', LEE_TO_CHAN),  # *
    ('Lee did not mince words about Chan: {lee-q}.', 'lee-q', ''),
    ('Chan did not mince words about Lee: {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Ann Lee spoke. Bo Chan dismissed her warning that {lee-q}.', 'lee-q', ''),  # *
    ('Ann Lee spoke. Bo Chan backed her call, noting that {chan-q}.', 'chan-q', ''),
    ('Ann Lee spoke. Bo Chan backed her call, noting that {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Ann Lee repeated her warning that {lee-q}.', 'lee-q', ''),
    ('Bo Chan repeated her warning that {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Bo Chan spoke. Ann Lee challenged his assertion that {chan-q}.', 'chan-q', ''),  # *
    ('Ann Lee met Mark Smith. The ranking member said {smith-q}.', 'smith-q', ''),  # *
    ('Ann Lee met Bo Chan. The economist said {chan-q}.', 'chan-q', CHAN_UNNAMED),
    ('According to Lee, Chan was {lee-q}.', 'lee-q', ''),
    ('According to Chan, Lee was {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ("In Lee's words, Chan was {lee-q}.", 'lee-q', ''),
    ("In Lee's view, Chan was {lee-q}.", 'lee-q', ''),  # *
    ('Ann Lee spoke. In her view, Chan was {lee-q}.', 'lee-q', ''),
    ('Bo Chan spoke. Lee, she said, was {lee-q}.', 'lee-q', LEE_TO_CHAN),  # *
    ('Lee said Chan was {lee-q}.', 'lee-q', ''),
    ('Chan said Lee was {lee-q}.', 'lee-q', LEE_TO_CHAN),
    # relative clauses, parentheses, semicolons, offices with `called`, points of view set off by commas
    ('Lee, who said {lee-q}, left early.', 'lee-q', ''),
    ('Chan, who said {lee-q}, left early.', 'lee-q', LEE_TO_CHAN),
    ('Chan spoke to Lee, who said {lee-q}.', 'lee-q', ''),
    ('Lee said {lee-q} (Chan, asked later, declined to comment).', 'lee-q', ''),
    ('Chan said {lee-q} (Lee, asked later, declined to comment).', 'lee-q', LEE_TO_CHAN),
    ('Chan declined to comment; Lee said only that {lee-q}.', 'lee-q', ''),
    ('Lee was more direct than Chan: {lee-q}.', 'lee-q', ''),
    ('Chan was more direct than Lee: {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ("Lee's answer to Chan's question: {lee-q}.", 'lee-q', ''),
    ('Asked about Chan, Lee said: {lee-q}.', 'lee-q', ''),
    ('Chan criticized Lee. Lee shot back: {lee-q}.', 'lee-q', ''),
    ('Lee criticized Chan. Chan shot back: {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('When Chan pressed her, Lee said {lee-q}.', 'lee-q', ''),
    ('When Lee pressed her, Chan said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Lee — who has sparred with Chan — said {lee-q}.', 'lee-q', ''),
    ('Chan — who has sparred with Lee — said {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Lee, responding to Chan, wrote that {lee-q}.', 'lee-q', ''),
    ('Chan, responding to Lee, wrote that {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ("Lee rebutted Chan's argument. {lee-q}, she said.", 'lee-q', ''),
    ('Chan made the case; Lee was unconvinced. {lee-q}, she said.', 'lee-q', ''),  # *
    ('The report, Lee argued, was {lee-q}.', 'lee-q', ''),
    ('The report, Chan argued, was {lee-q}.', 'lee-q', LEE_TO_CHAN),
    ('Ann Lee met Bo Chan. The minister called the talks {lee-q}.', 'lee-q', ''),  # *
    ('Ann Lee met Bo Chan. The analyst called the talks {lee-q}.', 'lee-q', UNATTRIBUTED.format(q='lee-q', s='Lee')),
    ("Bo Chan questioned Ann Lee's claim and her insistence that {lee-q}.", 'lee-q', ''),
    ('Ann Lee spoke. Bo Chan praised her suggestion that {lee-q}.', 'lee-q', ''),  # *
    ("Bo Chan welcomed Ann Lee's suggestion that {lee-q}.", 'lee-q', ''),
    ("Bo Chan welcomed Ann Lee's suggestion that {chan-q}.", 'chan-q', CHAN_TO_LEE),
    ('The talks stalled (according to Lee, {lee-q}).', 'lee-q', ''),
    ('The talks stalled (according to Chan, {lee-q}).', 'lee-q', LEE_TO_CHAN),
    ("Chan, by Lee's account, was {lee-q}.", 'lee-q', ''),  # *
    ("Lee, by Chan's account, was {lee-q}.", 'lee-q', LEE_TO_CHAN),  # *
    ('Lee spoke first; Chan, who followed, said little. {lee-q}, Lee added.', 'lee-q', ''),
    ('Lee and Chan spoke. Lee said {lee-q}; Chan said {chan-q}.', 'chan-q', ''),
    ('Lee and Chan spoke. Lee said {chan-q}; Chan said {lee-q}.', 'chan-q', CHAN_TO_LEE),
    ('Lee made the case; Chan was unconvinced. {lee-q}, she said.', 'lee-q', LEE_TO_CHAN),  # *
    ('Bo Chan spoke. The analyst, who has advised Lee, said {chan-q}.', 'chan-q', ''),  # *
    # role nouns from people.yaml (two analysts; an economist by the head of a longer role)
    ("Bo Chan met Kim Park. The analyst said {chan-q}.", "chan-q", TWO_ANALYSTS),  # *
    ("Ann Lee met Eva Roth. The economist said {roth-q}.", "roth-q", ""),  # *
    ("Ann Lee met Eva Roth. The economist said {lee-q}.", "lee-q",
     GIVES.format(q="lee-q", a="Ann Lee", b="Eva Roth", s="Lee")),  # *
    ("Eva Roth met Bo Chan. {chan-q}, the analyst said.", "chan-q", ""),  # *
    ("Eva Roth met Bo Chan. {roth-q}, the analyst said.", "roth-q",
     GIVES.format(q="roth-q", a="Eva Roth", b="Bo Chan", s="Roth")),  # *
    ("Ann Lee met Bo Chan. The spokesman for the analyst said {chan-q}.", "chan-q", CHAN_UNNAMED),
    ("Ann Lee met Bo Chan. The former analyst said {chan-q}.", "chan-q", CHAN_UNNAMED),
    ("Bo Chan spoke. Ann Lee echoed her warning that {chan-q}.", "chan-q", ""),  # *
    ("Bo Chan spoke. Ann Lee echoed her own warning that {chan-q}.", "chan-q", CHAN_TO_LEE),
]


@pytest.mark.parametrize("claim,qid,message", REDTEAM, ids=[f"{r[0][:60]}-{r[1]}" for r in REDTEAM])
def test_a_news_claim_gives_the_quote_to_its_speaker(claim, qid, message):
    assert (claim_problem(claim, qid, QUOTES, CAST) or "") == message
