"""Brackets that change what was said, round 3 (Chicago 13.60: a bracket names what a word stands for, never
something else).

1. A country is a party, never a document or an event, by any name CLDR gives it in English, German, French
   or Spanish (states.py): `[Vietnam]` for `the leaks` fails as `[Japan]` did. In German, a bracket of an
   article and a country's name is a name, not a description (`[die Schweiz]` for `das Land`).
2. The speaker's `we`, `us`, `our` (`wir`, `nous`, `nosotros`) stand for the speaker and those they speak for:
   their affiliation, role, introduction and the source's `offices` in people.yaml, and the state those name.
   A bracket naming another party fails (`[Russia and China]` for a UK ambassador's `We`); one naming theirs
   passes though the text never names it. Where people.yaml names no one they speak for, no check can tell.
3. A singular personal pronoun (`he`, `il`, `er`, `él`; German `sie` before a singular verb) stands for one:
   a bracket naming a group for it fails (`[Western Australians]` for `he`); a subject `he` whose own
   sentence names one person before it stands for that person (AP's nearest antecedent).
4. German, French and Spanish possessives (`sein`, `sa`, `leur`, `su`) stand for their owner as `its`,
   `their` do: a bracket naming another owner the sentences give fails, where the words tell the number.
"""
from __future__ import annotations

import pytest
from quotecheck import PEOPLE, problems

from briefbuild.inputs.models import Person

UNNAMED = ("{b} says '{s}' stands for {n}, which the source does not name up to paragraph {k}: a bracket may only "
           "name what the word stands for in the source; keep '{s}', or name what the source says it refers to")
PARTY = ("{b} names a state for the source's '{s}', which names a document, event or act: a bracket may only name "
         "what a reference stands for, never put another thing in its place; keep '{s}', or describe it more fully "
         "with its own noun")
NOT_OURS = ("{b} replaces '{s}', {who} speaking in the first person: it stands for {short} or those {short} speaks "
            "for, not {o}; a bracket may only name what a word stands for")
GROUP = ("{b} names a group for the source's '{p}', which stands for one person or one body: a pronoun agrees in "
         "number with what it stands for, and a bracket may only name that; name the one '{p}' stands for or quote "
         "without the bracket")
WRONG = ("{b} names '{o}' for the source's '{p}', which stands for '{sure}', the only one its sentence or the one "
         "before names that '{p}' can stand for: a bracket may only name what a pronoun stands for; name '{sure}' "
         "or quote without the bracket")
REACH = ("{b} names '{o}' for the source's '{p}', which its sentence or the one before may take for {fits}, not for "
         "what only earlier sentences name: a bracket may only name what a pronoun stands for; name one of those "
         "or quote without the bracket")

PEOPLE3 = {**PEOPLE, **{p["id"]: Person(**p) for p in (
    dict(id="ruth-ward", name="Ruth Ward", role="Ambassador", affiliation="United Kingdom Mission to the United Nations"),
    dict(id="paul-meyer", name="Paul Meyer", role="Botschafter", affiliation="Botschaft der Bundesrepublik Deutschland"),
    dict(id="claire-roux", name="Claire Roux", role="Ambassadrice",
         affiliation="Mission permanente de la France auprès des Nations unies"),
    dict(id="ana-ruiz", name="Ana Ruiz", role="Embajadora", affiliation="Misión Permanente de España ante la ONU"),
)}}
WARD = "Ward (Ambassador, United Kingdom Mission to the United Nations)"

STATES = "“Vietnam and Kenya lodged a protest. The leaks put the talks at risk, and the agreement is at stake,” Lee said."
COUNTRY = "“Vietnam lodged a protest on Monday. The country will not sign,” Lee said."
DE_LAND = ("Die Ukraine, die Schweiz, der Iran und die Türkei verhandeln in Genf.\n\n"
           "„Das Land ist bereit, und der Vertrag tritt in Kraft“, sagte Weber.")
DE_NONE = "Der Gipfel beginnt in Genf.\n\n„Das Land ist bereit“, sagte Weber."
FR_PAYS = "La France et la Suisse négocient à Genève.\n\n« Le pays est prêt, et l'accord entrera en vigueur », a déclaré Dupont."
ES_PAIS = "Los Estados Unidos y Chile negocian en Ginebra.\n\n«El país está listo, y el tratado entrará en vigor», dijo Pérez."
VOTE = "“Russia and China vetoed the text. We regret the vote, and our mission will keep working with France,” Ward said."
DE_WIR = "„Russland und China haben den Text blockiert. Das ist schlecht für uns“, sagte Meyer."
FR_NOUS = "« La Russie et la Chine ont bloqué le texte. C'est une perte pour nous », a déclaré Roux."
ES_NOS = "«Rusia y China bloquearon el texto. Es una pérdida para nosotros», dijo Ruiz."
REPORT = "“Russia backed the plan. We will report on Friday,” Lee said."
ACT = "“Russia backed the plan. We will act on Friday,” Lee said."
WA = ("“I was here last week. Well I can understand why Bill Shorten might come here and explain why he tried to "
      "stop us,” Lee said.")
MET = "“Chan met the envoys on Monday. Then Patel said he would resign,” Lee said."
FR_IL = "Le ministre Jean Martin arrive lundi.\n\n« Le ministre a reçu les syndicats. Il a promis une aide », a déclaré Dupont."
FR_SA = ("Le ministre Jean Martin arrive lundi.\n\n"
         "« Le ministre a reçu les syndicats. Sa décision est prise, et leur colère reste grande », a déclaré Dupont.")
DE_SIE = ("Kanzlerin Angela Merkel reist nach Hanau.\n\n"
          "„Die Kanzlerin traf die Familien. Sie sagt, sie helfe. Sie sagen, sie brauchen Geld“, sagte Weber.")
ES_EL = ("El presidente Pedro Sánchez viaja el lunes.\n\n"
         "«El ministro recibió a los agricultores. Él prometió ayuda, y su plan es claro», dijo Pérez.")
DE_SEIN = "Kanzlerin Angela Merkel reist nach Hanau.\n\n„Der Minister traf die Familien. Sein Plan hilft“, sagte Weber."
ES_SU = ("El presidente Pedro Sánchez viaja el lunes.\n\n«El Gobierno aprobó la reforma el lunes. Después, los "
         "agricultores presentaron una queja. Su protesta sigue», dijo Pérez.")
WHO = {"en": "ann-lee", "de": "klaus-weber", "fr": "anne-dupont", "es": "carlos-perez"}
SPEAKER = {VOTE: "ruth-ward", DE_WIR: "paul-meyer", FR_NOUS: "claire-roux", ES_NOS: "ana-ruiz"}
OFFICES = {REPORT: {"Finance Committee": "ann-lee"}}

# (item, language, text, quote)
PASS = [
    (1, "en", COUNTRY, "[Vietnam] will not sign"),
    (1, "de", DE_LAND, "[die Ukraine] ist bereit"),
    (1, "de", DE_LAND, "[Die Schweiz] ist bereit"),
    (1, "de", DE_LAND, "[der Iran] ist bereit"),
    (1, "de", DE_LAND, "[die Türkei] ist bereit"),
    (1, "fr", FR_PAYS, "[La France] est prêt"),
    (1, "es", ES_PAIS, "[Los Estados Unidos] está listo"),
    (2, "en", VOTE, "[The United Kingdom] regret[s] the vote"),
    (2, "en", VOTE, "[Britain] regret[s] the vote"),
    (2, "en", VOTE, "and [the UK's] mission will keep working"),
    (2, "en", VOTE, "[The British government] regret[s] the vote"),
    (2, "de", DE_WIR, "Das ist schlecht für [Deutschland]"),
    (2, "fr", FR_NOUS, "C'est une perte pour [la France]"),
    (2, "es", ES_NOS, "Es una pérdida para [España]"),
    (2, "en", REPORT, "[The Finance Committee] will report on Friday"),  # the office the source's offices give her
    (2, "en", ACT, "[Russia] will act on Friday"),  # people.yaml names no one Lee speaks for: no check can tell
    (3, "en", WA, "[Shorten] tried to stop us"),
    (3, "en", WA, "[Bill Shorten] tried to stop us"),
    (3, "en", MET, "[Patel] would resign"),
    (3, "fr", FR_IL, "[Jean Martin] a promis une aide"),
    (3, "de", DE_SIE, "[Merkel] sagt, sie helfe"),
    (3, "de", DE_SIE, "[Die Familien] sagen, sie brauchen Geld"),  # `sie sagen`: plural
    (3, "es", ES_EL, "[El ministro] prometió ayuda"),
    (4, "fr", FR_SA, "[La décision du ministre] est prise"),
    (4, "fr", FR_SA, "et [la colère des syndicats] reste grande"),
    (4, "de", DE_SEIN, "[Der Plan des Ministers] hilft"),
    (4, "de", DE_SEIN, "[Merkels] Plan hilft"),
    (4, "es", ES_EL, "y [el plan del ministro] es claro"),
    (4, "es", ES_SU, "[La protesta de los agricultores] sigue"),
]

# (item, language, text, quote, message)
FAIL = [
    (1, "en", STATES, "[Vietnam] put the talks at risk", PARTY.format(b="[Vietnam]", s="The leaks")),
    (1, "en", STATES, "and [Kenya] is at stake", PARTY.format(b="[Kenya]", s="the agreement")),
    (1, "de", DE_LAND, "und [die Schweiz] tritt in Kraft", PARTY.format(b="[die Schweiz]", s="der Vertrag")),
    (1, "fr", FR_PAYS, "et [la Suisse] entrera en vigueur", PARTY.format(b="[la Suisse]", s="l'accord")),
    (1, "es", ES_PAIS, "y [Chile] entrará en vigor", PARTY.format(b="[Chile]", s="el tratado")),
    (1, "de", DE_NONE, "[die Ukraine] ist bereit", UNNAMED.format(b="[die Ukraine]", s="Das Land", n="Ukraine", k=2)),
    (2, "en", VOTE, "[Russia and China] regret the vote",
     NOT_OURS.format(b="[Russia and China]", s="We", who=WARD, short="Ward", o="Russia and China")),
    (2, "en", VOTE, "[France] regret[s] the vote", NOT_OURS.format(b="[France]", s="We", who=WARD, short="Ward", o="France")),
    (2, "en", VOTE, "and [Russia's] mission will keep working",
     NOT_OURS.format(b="[Russia's]", s="our", who=WARD, short="Ward", o="Russia")),
    (2, "de", DE_WIR, "Das ist schlecht für [Russland]",
     NOT_OURS.format(b="[Russland]", s="uns", who="Meyer (Botschafter, Botschaft der Bundesrepublik Deutschland)",
                     short="Meyer", o="Russland")),
    (2, "fr", FR_NOUS, "C'est une perte pour [la Chine]",
     NOT_OURS.format(b="[la Chine]", s="nous", who="Roux (Ambassadrice, Mission permanente de la France auprès des "
                     "Nations unies)", short="Roux", o="Chine")),
    (2, "es", ES_NOS, "Es una pérdida para [Rusia]",
     NOT_OURS.format(b="[Rusia]", s="nosotros", who="Ruiz (Embajadora, Misión Permanente de España ante la ONU)",
                     short="Ruiz", o="Rusia")),
    (2, "en", REPORT, "[The Defence Committee] will report on Friday",
     NOT_OURS.format(b="[The Defence Committee]", s="We", who="Lee (Minister)", short="Lee", o="Defence")),
    (3, "en", WA, "[Western Australians] tried to stop us", GROUP.format(b="[Western Australians]", p="he")),
    (3, "en", MET, "[Chan] would resign", WRONG.format(b="[Chan]", o="Chan", p="he", sure="Patel")),
    (3, "en", MET, "[the farmers] would resign", GROUP.format(b="[the farmers]", p="he")),
    # a list of three, commas and all (passed before: only `and` split a bracket into its parties)
    (3, "en", "Russia, China and Iran met in Moscow. Bill Shorten spoke in Perth. “I do not know why he tried it,” "
              "Lee said.", "I do not know why [Russia, China and Iran] tried it",
     GROUP.format(b="[Russia, China and Iran]", p="he")),
    (3, "fr", FR_IL, "[Les cheminots] a promis une aide", GROUP.format(b="[Les cheminots]", p="Il")),
    (3, "de", DE_SIE, "[Die Familien] sagt, sie helfe", GROUP.format(b="[Die Familien]", p="Sie")),
    (3, "es", ES_EL, "[Los agricultores] prometió ayuda",
     WRONG.format(b="[Los agricultores]", o="agricultores", p="Él", sure="ministro")),
    (4, "fr", FR_SA, "[La décision des syndicats] est prise",
     WRONG.format(b="[La décision des syndicats]", o="syndicats", p="Sa", sure="ministre")),
    (4, "fr", FR_SA, "et [la colère du ministre] reste grande",
     WRONG.format(b="[la colère du ministre]", o="ministre", p="leur", sure="syndicats")),
    (4, "de", DE_SEIN, "[Der Plan der Familien] hilft",
     WRONG.format(b="[Der Plan der Familien]", o="Familien", p="Sein", sure="Minister")),
    (4, "es", ES_SU, "[La protesta del Gobierno] sigue",
     REACH.format(b="[La protesta del Gobierno]", o="Gobierno", p="Su", fits="'agricultores', 'queja'")),
    (4, "es", ES_EL, "[Los sindicatos] prometió ayuda", GROUP.format(b="[Los sindicatos]", p="Él")),
]


def _check(language: str, text: str, quote: str) -> str:
    return problems(text, quote, SPEAKER.get(text, WHO[language]), 2 if "\n\n" in text else 1, language=language,
                    people=PEOPLE3, offices=OFFICES.get(text))


@pytest.mark.parametrize("row", PASS, ids=[f"{r[0]}-{r[1]}-{r[3][:40]}" for r in PASS])
def test_a_bracket_that_names_what_the_word_stands_for_passes(row):
    _, language, text, quote = row
    assert _check(language, text, quote) == ""


@pytest.mark.parametrize("row", FAIL, ids=[f"{r[0]}-{r[1]}-{r[3][:40]}" for r in FAIL])
def test_a_bracket_that_names_another_fails(row):
    _, language, text, quote, message = row
    assert _check(language, text, quote) == message


def test_each_item_has_five_rows_each_way():
    for item in (1, 2, 3, 4):
        assert sum(r[0] == item for r in PASS) >= 5 and sum(r[0] == item for r in FAIL) >= 5
