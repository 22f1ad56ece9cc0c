"""What someone's noun of saying introduces, wherever it stands (sayings.py).

A possessive or a `by`/`of` phrase naming a person before a noun of saying (`Lee's claim`, `the
assertion by Chan`), the noun followed by `that`, a comma or a colon and the words, names that
person as their speaker whichever verb governs the noun phrase: the clause after a noun of saying
is its content (an appositive `that` clause), so the quotation is the words of the one whose claim
it is. `Chan rejected Lee's claim that {q}` is Lee's, not Chan's; a noun with no
person (`the claim that {q}`, `the idea that`) names no one, unless a verb of saying makes its
subject the sayer (`Lee made the claim that`). French `l'affirmation de Dupont selon laquelle`,
German `Müllers Behauptung, dass`, Spanish `la afirmación de Pérez de que` alike. A denial in the
clause above the attribution (`It is false that Lee said {q}`) denies it as `did not say` does. A
definite descriptive second reference that is no office (AP: `the senior UN official`, `the veteran
diplomat`) is the one person named before it; with two named, no one. A noun of saying spelt as a
verb of saying (`remarks`, `claims`, `reply`) is the noun after a possessive or an article.
"""
from __future__ import annotations

import pytest
from attribution_cases import GIVES, PARAPHRASE_GIVES, PARAPHRASE_NO_ONE, UNATTRIBUTED
from quotecheck import PEOPLE

from briefbuild.checking.claims import claim_problem
from briefbuild.inputs.models import Quote

_Q = {"lee-q": ("ann-lee", "direct"), "lee-p": ("ann-lee", "paraphrase"), "chan-q": ("bo-chan", "direct"),
      "dupont-q": ("anne-dupont", "direct"), "dupont-p": ("anne-dupont", "paraphrase"),
      "muller-q": ("zoe-muller", "direct"), "perez-q": ("carlos-perez", "direct"),
      "perez-p": ("carlos-perez", "paraphrase")}
QUOTES = {k: Quote(id=k, speaker=v[0], kind=v[1], text="x", paragraph=1) for k, v in _Q.items()}
TO_CHAN = GIVES.format(q="lee-q", a="Ann Lee", b="Bo Chan", s="Lee")
CHAN_TO_LEE = GIVES.format(q="chan-q", a="Bo Chan", b="Ann Lee", s="Chan")
P_TO_CHAN = PARAPHRASE_GIVES.format(q="lee-p", a="Ann Lee", b="Bo Chan", s="Lee")
NO_ONE = UNATTRIBUTED.format(q="lee-q", s="Lee")
DENIED = ("the claim denies that Ann Lee said direct quote 'lee-q' ('{w}'), yet the source gives Lee these words: "
          "introduce a quote with what the speaker did say (Lee said {{lee-q}}), or reword without it")
FOREIGN_P = ("paraphrase '{q}' is {a}'s, but the claim gives it to {b}: make {s} the one the claim names as its "
             "source, or place {{{q}}} alone (it then names its speaker itself)")

# (claim, quote id, language, message or ''); the 46 marked * failed before these rules
NOUNS = [
    # a possessive before a noun of saying: the possessor's words, whatever the verb
    ("Chan rejected Lee's claim that {lee-q}.", "lee-q", None, ""),  # *
    ("Lee rejected Chan's claim that {lee-q}.", "lee-q", None, TO_CHAN),  # *
    ("Chan rejected Lee's assertion that {lee-q}.", "lee-q", None, ""),  # *
    ("Lee dismissed Chan's assertion that {lee-q}.", "lee-q", None, TO_CHAN),  # *
    ("Chan disputed Lee's statement that {lee-q}.", "lee-q", None, ""),
    ("Lee disputed Chan's statement that {lee-q}.", "lee-q", None, TO_CHAN),
    ("Chan denied Lee's allegation that {lee-q}.", "lee-q", None, ""),  # *
    ("Chan welcomed Lee's repeated pledge that {lee-q}.", "lee-q", None, ""),  # *
    ("Chan rejected Lee's claim: {lee-q}", "lee-q", None, ""),  # *
    ("Chan rejected Lee's claim that {lee-p}.", "lee-p", None, ""),  # *
    ("Lee rejected Chan's claim that {lee-p}.", "lee-p", None, P_TO_CHAN),  # *
    # the noun phrase as the subject, wherever the verb stands
    ("Lee's claim that {lee-q} drew criticism.", "lee-q", None, ""),  # *
    ("Lee's claim that {chan-q} drew criticism.", "chan-q", None, CHAN_TO_LEE),  # *
    ("Lee spoke. Her claim that {lee-q} drew criticism.", "lee-q", None, ""),  # *
    # `by` or `of` and the person after the noun
    ("The assertion by Lee that {lee-q} was disputed.", "lee-q", None, ""),  # *
    ("The assertion by Chan that {lee-q} was disputed.", "lee-q", None, TO_CHAN),  # *
    ("Chan answered the charge by Ann Lee that {lee-q}.", "lee-q", None, ""),  # *
    ("Lee answered the charge by Bo Chan that {lee-q}.", "lee-q", None, TO_CHAN),  # *
    ("Chan rejected the claim of Lee that {lee-p}.", "lee-p", None, ""),  # *
    # a noun of saying with no person names no one, unless a verb of saying makes its subject the sayer
    ("Chan rejected the claim that {lee-q}.", "lee-q", None, NO_ONE),  # *
    ("Lee rejected the idea that {lee-q}.", "lee-q", None, NO_ONE),  # *
    ("Chan rejected the claim that {lee-p}.", "lee-p", None, PARAPHRASE_NO_ONE.format(q="lee-p", a="Ann Lee", s="Lee")),  # *
    ("Lee made the claim that {lee-q}.", "lee-q", None, ""),
    ("Lee repeated the warning that {lee-q}.", "lee-q", None, ""),
    # a comma after a noun a preposition governs opens the sentence's clause: the verb after the quote names
    ("After Chan's warning, {lee-q}, Lee said.", "lee-q", None, ""),
    # a noun of saying spelt as a verb of saying, after a possessive or an article, is the noun
    ("After Chan's remarks, {lee-q}, Lee said.", "lee-q", None, ""),  # *
    ("After Lee's remarks, {lee-q}, Chan said.", "lee-q", None, TO_CHAN),  # *
    ("Following the replies, {lee-q}, Lee said.", "lee-q", None, ""),  # *
    ("In Lee's view, {lee-p}.", "lee-p", None, ""),
    # after a verb of saying, a noun a preposition governs is an adjunct: the `that` clause is the verb's
    ("Lee said in a statement that {lee-q}.", "lee-q", None, ""),
    ("Lee said in response to Chan's statement that {lee-q}.", "lee-q", None, ""),
    ("In response to Lee's claim that {lee-q}, Chan resigned.", "lee-q", None, ""),  # *
    ("Lee said the claim that {lee-q} was false.", "lee-q", None, NO_ONE),  # *
    ("Müller sagte in einer Erklärung, dass {muller-q}.", "muller-q", "de", ""),
    ("Dupont a déclaré dans une déclaration que {dupont-q}.", "dupont-q", "fr", ""),
    # a denial in the clause above the attribution
    ("It is false that Lee said {lee-q}.", "lee-q", None, DENIED.format(w="It is false that Lee said")),  # *
    ("It is not true that Lee said {lee-q}.", "lee-q", None, DENIED.format(w="It is not true that Lee said")),  # *
    ("It is not true that Chan said {lee-q}.", "lee-q", None,
     "direct quote 'lee-q' is Ann Lee's words, but the claim only says Bo Chan did not say them ('It is not true "
     "that Chan said'): make Lee the subject of a verb that introduces it"),  # *
    ("Contrary to reports, Lee never said {lee-q}.", "lee-q", None, DENIED.format(w="never said")),
    ("It is true that Lee said {lee-q}.", "lee-q", None, ""),
    # a definite descriptive second reference (no office): the one person named before it
    ("Ann Lee spoke first. The senior official said {lee-q}.", "lee-q", None, ""),  # *
    ("Ann Lee spoke first. The veteran diplomat said that {lee-p}.", "lee-p", None, ""),  # *
    ("Bo Chan spoke. {chan-q}, the official said.", "chan-q", None, ""),  # *
    ("Ann Lee spoke first. The senior official said {chan-q}.", "chan-q", None, CHAN_TO_LEE),  # *
    ("Ann Lee met Bo Chan. The official said {lee-q}.", "lee-q", None, NO_ONE),
    ("The official said {lee-q}.", "lee-q", None, NO_ONE),
    # French: `l'affirmation de Dupont selon laquelle`, `les propos de Dupont selon lesquels`
    ("Martin a rejeté l'affirmation de Dupont selon laquelle {dupont-q}.", "dupont-q", "fr", ""),  # *
    ("Dupont a rejeté l'affirmation de Martin selon laquelle {dupont-q}.", "dupont-q", "fr",
     GIVES.format(q="dupont-q", a="Anne Dupont", b="Jean Martin", s="Dupont")),  # *
    ("Martin conteste les propos d'Anne Dupont selon lesquels {dupont-p}.", "dupont-p", "fr", ""),  # *
    ("Dupont conteste les propos de Martin selon lesquels {dupont-p}.", "dupont-p", "fr",
     FOREIGN_P.format(q="dupont-p", a="Anne Dupont", b="Jean Martin", s="Dupont")),  # *
    ("Martin a rejeté l'affirmation selon laquelle {dupont-q}.", "dupont-q", "fr",
     UNATTRIBUTED.format(q="dupont-q", s="Dupont")),  # *
    # German: the genitive before or after the noun, `von`, a separable verb's particle before `dass`
    ("Weber wies Müllers Behauptung zurück, dass {muller-q}.", "muller-q", "de", ""),  # *
    ("Weber kritisierte die Warnung von Müller: {muller-q}", "muller-q", "de", ""),  # *
    ("Müller wies Webers Behauptung zurück, dass {muller-q}.", "muller-q", "de",
     GIVES.format(q="muller-q", a="Zoë Müller", b="Klaus Weber", s="Müller")),  # *
    ("Müller kritisierte die Warnung von Weber: {muller-q}", "muller-q", "de",
     GIVES.format(q="muller-q", a="Zoë Müller", b="Klaus Weber", s="Müller")),  # *
    ("Weber wies die Behauptung zurück, dass {muller-q}.", "muller-q", "de",
     UNATTRIBUTED.format(q="muller-q", s="Müller")),  # *
    # Spanish: `la afirmación de Pérez de que`
    ("García rechazó la afirmación de Pérez de que {perez-q}.", "perez-q", "es", ""),  # *
    ("Pérez rechazó la afirmación de García de que {perez-q}.", "perez-q", "es",
     GIVES.format(q="perez-q", a="Carlos Pérez", b="Lucía García", s="Pérez")),  # *
    ("García criticó las declaraciones de Pérez según las cuales {perez-p}.", "perez-p", "es", ""),  # *
    ("Pérez criticó las declaraciones de García según las cuales {perez-p}.", "perez-p", "es",
     FOREIGN_P.format(q="perez-p", a="Carlos Pérez", b="Lucía García", s="Pérez")),  # *
]


@pytest.mark.parametrize("claim,qid,language,message", NOUNS, ids=[f"{r[0][:50]}-{r[1]}" for r in NOUNS])
def test_a_noun_of_saying_names_whose_words_follow_it(claim, qid, language, message):
    assert (claim_problem(claim, qid, QUOTES, PEOPLE, language) or "") == message
