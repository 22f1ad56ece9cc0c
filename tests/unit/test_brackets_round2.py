"""Brackets that change what was said, round 2 (Chicago 13.60-13.61: a bracket may put for a pronoun or a
definite reference the name it stands for, or fit the grammar; never change what was said or add a fact).

1. A name for a definite reference must be one the source gives (in the quote's paragraphs or before:
   `[NATO]` for `the alliance` where the text names NATO), and never a state or person for a noun of a
   document, event or act (`[Japan]` for `the leaks`, `[Chan]` for `the letter`): a thing is not a party.
2. German capitalizes every noun: a bracket that opens with a determiner is a description there, and one
   description for another fails (`[die Regierung]` for `die Kanzlerin`), as `[the disclosures]` for
   `the leaks` does; a fuller one keeps the noun (`[die Bundesregierung]`: German puts a compound's head last).
3. A bracketed linking or auxiliary verb may give the source's verb another person or number (`[are]` for
   `is`, `[sind]` for `ist`) or its past to fit a sentence reporting it (`[was]` for `is`), never another
   verb (`[has]` for `is`, `[seem]` for `are`) nor the present for the past (`[is]` for `was`).
4. A possessive stands for its owner as its pronoun does (`[NATO's]` for `its`, checked by antecedents.py);
   `die Kanzlerin der Republik` is one reference, whose noun is `Kanzlerin`, not `der Republik` alone.
"""
from __future__ import annotations

import pytest
from quotecheck import problems

UNCLEAR = ("{b} replaces '{s}'{w}, which it does not clarify: a bracket may only change a first letter's case, a "
           "word's form, or name what a pronoun or reference stands for")
START = " at the start of the quote"
END = " at the end of the quote"
UNNAMED = ("{b} says '{s}' stands for {n}, which the source does not name up to paragraph {k}: a bracket may only "
           "name what the word stands for in the source; keep '{s}', or name what the source says it refers to")
PARTY = ("{b} names a {kind} for the source's '{s}', which names a document, event or act: a bracket may only name "
         "what a reference stands for, never put another thing in its place; keep '{s}', or describe it more fully "
         "with its own noun")
ANOTHER = ("[{b}] puts another verb for the source's '{s}': a bracket may give a verb another form (agreement, or "
           "its past to fit a sentence reporting it), never put in another verb; keep '{s}' or paraphrase")
PRESENT = ("[{b}] puts the present '{b}' for the source's past '{s}': a bracket may shift a verb into the past to "
           "fit a sentence reporting it, never into the present, which says it still holds; keep '{s}' or paraphrase")
MODAL = ("[will be] adds a modal (will, may, must…) the source does not have (it has 'is' there): a bracket never "
         "adds, drops or changes a modal")
WRONG = ("{b} names '{o}' for the source's '{p}', which stands for '{sure}', the only one its sentence or the one "
         "before names that '{p}' can stand for: a bracket may only name what a pronoun stands for; name '{sure}' "
         "or quote without the bracket")
REACH = ("{b} names '{o}' for the source's '{p}', which its sentence or the one before may take for {fits}, not for "
         "what only earlier sentences name: a bracket may only name what a pronoun stands for; name one of those "
         "or quote without the bracket")

LEAKS = "“Japan lodged a protest on Monday. The leaks put the talks at risk, and the agreement is at stake,” Lee said."
ALLIANCE = "NATO ministers meet in Brussels on Tuesday.\n\n“The alliance is ready. The exercise starts today,” Lee said."
BARE = "“The ministers met in Brussels. The alliance is ready,” Lee said."
CHAN = "“Chan wrote to us on Friday. The minister was blunt, and the letter was clear,” Lee said."
JAPAN = "“The Japanese government protested on Monday. The country will not sign,” Lee said."
DE_TREATY = ("Kanzlerin Angela Merkel reist nach Japan.\n\n"
             "„Die Kanzlerin unterzeichnet das Abkommen, und der Vertrag tritt in Kraft“, sagte Weber.")
FR_TREATY = ("Le ministre Jean Martin arrive lundi.\n\n"
             "« Le ministre signera l'accord, et le traité entrera en vigueur », a déclaré Dupont.")
ES_TREATY = ("El presidente Pedro Sánchez viaja el lunes.\n\n"
             "«El presidente firmará el acuerdo, y el tratado entrará en vigor», dijo Pérez.")
DE_GOV = ("Kanzlerin Angela Merkel reist am Mittwoch nach Hanau.\n\n"
          "„Die Kanzlerin spricht mit den Familien. Die Regierung hilft, und das Ministerium zahlt. Der Gipfel "
          "beginnt morgen“, sagte Weber.")
FR_GOV = "Le Premier ministre arrive lundi.\n\n« Le gouvernement adopte un plan », a déclaré Dupont."
ES_GOV = "El presidente llega el lunes.\n\n«El Gobierno aprueba un plan», dijo Pérez."
VERBS = "“The alliance is ready, and the ministers are calm. The plan was late, but it has support. They do act,” Lee said."
DE_VERBS = "„Die Regierung ist bereit. Der Plan war spät, und die Minister haben Geduld“, sagte Weber."
FR_VERBS = "« Le gouvernement est prêt, et le plan était en retard », a déclaré Dupont."
ES_VERBS = "«El Gobierno está listo, y el plan era tardío», dijo Pérez."
BUDGET = "“The ministers approved the plan, and their budget is set,” Lee said."
DEPUTY = "“Chan met the envoys, and his deputy agreed,” Lee said."
FORCES = "NATO ministers meet in Brussels.\n\n“The alliance is ready, and its forces are on alert,” Lee said."
TERMS = "“The envoys signed the treaty, and its terms are fair,” Lee said."
STAFF = ("“The agency reviews the data. It reports weekly. Then the ministers meet the envoys, and their staff "
         "agree,” Lee said.")
DE_GEN = "Kanzlerin Angela Merkel reist nach Hanau.\n\n„Die Kanzlerin der Republik reist heute“, sagte Weber."
WHO = {"en": "ann-lee", "de": "klaus-weber", "fr": "anne-dupont", "es": "carlos-perez"}

# (gap, language, text, quote)
PASS = [
    (1, "en", ALLIANCE, "[NATO] is ready"),
    (1, "en", ALLIANCE, "[the North Atlantic Treaty Organization] is ready"),  # the initials the source gives
    (1, "en", LEAKS, "[The classified leaks] put the talks at risk"),  # a fuller description keeps its noun
    (1, "en", LEAKS, "and [the trade agreement] is at stake"),
    (1, "en", JAPAN, "[Japan] will not sign"),  # `the Japanese government` names the state
    (1, "en", CHAN, "[Chan] was blunt"),  # a person for `the minister`: no thing
    (1, "fr", FR_TREATY, "[Jean Martin] signera l'accord"),
    (1, "es", ES_TREATY, "[Sánchez] firmará el acuerdo"),
    (2, "de", DE_GOV, "[Merkel] spricht mit den Familien"),
    (2, "de", DE_GOV, "[Die Bundeskanzlerin] spricht mit den Familien"),
    (2, "de", DE_GOV, "[Die Bundesregierung] hilft"),
    (2, "de", DE_GOV, "und [das Finanzministerium] zahlt"),
    (2, "de", DE_GOV, "[Der Integrationsgipfel] beginnt morgen"),
    (2, "fr", FR_GOV, "[Le gouvernement français] adopte un plan"),
    (2, "es", ES_GOV, "[El Gobierno español] aprueba un plan"),
    (3, "en", VERBS, "The alliance [was] ready"),  # the past, to fit a sentence reporting it
    (3, "en", VERBS, "and the ministers [were] calm"),
    (3, "en", VERBS, "The alliance [are] ready"),  # agreement
    (3, "en", VERBS, "but it [had] support"),
    (3, "en", VERBS, "They [did] act"),
    (3, "en", VERBS, "The plan [were] late"),
    (3, "de", DE_VERBS, "Die Regierung [war] bereit"),
    (3, "de", DE_VERBS, "Die Regierung [sind] bereit"),
    (3, "fr", FR_VERBS, "Le gouvernement [était] prêt"),
    (3, "es", ES_VERBS, "El Gobierno [estaba] listo"),
    (4, "en", BUDGET, "and [the ministers'] budget is set"),
    (4, "en", BUDGET, "and [the finance ministers'] budget is set"),
    (4, "en", DEPUTY, "and [Chan's] deputy agreed"),
    (4, "en", FORCES, "and [NATO's] forces are on alert"),
    (4, "en", FORCES, "and [the alliance's] forces are on alert"),
    (4, "en", TERMS, "and [the treaty's] terms are fair"),
    (4, "de", DE_GEN, "[Merkel] reist heute"),
    (4, "de", DE_GEN, "[Angela Merkel] reist heute"),
    (4, "de", DE_GEN, "[Die Bundeskanzlerin] reist heute"),
]

# (gap, language, text, quote, message)
FAIL = [
    (1, "en", LEAKS, "[Japan] put the talks at risk", PARTY.format(b="[Japan]", kind="state", s="The leaks")),
    (1, "en", LEAKS, "and [Japan] is at stake", PARTY.format(b="[Japan]", kind="state", s="the agreement")),
    (1, "en", LEAKS, "The leaks put [Japan] at risk", PARTY.format(b="[Japan]", kind="state", s="the talks")),
    (1, "en", CHAN, "and [Chan] was clear", PARTY.format(b="[Chan]", kind="person", s="the letter")),
    (1, "en", BARE, "[NATO] is ready", UNNAMED.format(b="[NATO]", s="The alliance", n="NATO", k=1)),
    (1, "en", ALLIANCE, "[Russia] is ready", UNNAMED.format(b="[Russia]", s="The alliance", n="Russia", k=2)),
    (1, "de", DE_TREATY, "und [Japan] tritt in Kraft", PARTY.format(b="[Japan]", kind="state", s="der Vertrag")),
    (1, "fr", FR_TREATY, "et [Martin] entrera en vigueur", PARTY.format(b="[Martin]", kind="person", s="le traité")),
    (1, "es", ES_TREATY, "[Feijóo] firmará el acuerdo",
     UNNAMED.format(b="[Feijóo]", s="El presidente", n="Feijóo", k=2)),
    (2, "de", DE_GOV, "[Die Regierung] spricht mit den Familien",
     UNCLEAR.format(b="[Die Regierung]", s="Die Kanzlerin", w=START)),
    (2, "de", DE_GOV, "[Die Opposition] hilft", UNCLEAR.format(b="[Die Opposition]", s="Die Regierung", w=START)),
    (2, "de", DE_GOV, "und [das Parlament] zahlt", UNCLEAR.format(b="[das Parlament]", s="das Ministerium", w="")),
    (2, "de", DE_GOV, "[Die Konferenz] beginnt morgen", UNCLEAR.format(b="[Die Konferenz]", s="Der Gipfel", w=START)),
    (2, "de", DE_GOV, "Die Kanzlerin spricht mit [den Helfern]",
     UNCLEAR.format(b="[den Helfern]", s="den Familien", w=END)),
    (2, "fr", FR_GOV, "[Le parlement] adopte un plan", UNCLEAR.format(b="[Le parlement]", s="Le gouvernement", w=START)),
    (2, "es", ES_GOV, "[El Congreso] aprueba un plan",
     UNNAMED.format(b="[El Congreso]", s="El Gobierno", n="Congreso", k=2)),
    (3, "en", VERBS, "The alliance [has] ready", ANOTHER.format(b="has", s="is")),
    (3, "en", VERBS, "The plan [is] late", PRESENT.format(b="is", s="was")),
    (3, "en", VERBS, "and the ministers [seem] calm", ANOTHER.format(b="seem", s="are")),
    (3, "en", VERBS, "but it [is] support", ANOTHER.format(b="is", s="has")),
    (3, "en", VERBS, "They [are] act", ANOTHER.format(b="are", s="do")),
    (3, "en", VERBS, "The alliance [will be] ready", MODAL),
    (3, "de", DE_VERBS, "Die Regierung [hat] bereit", ANOTHER.format(b="hat", s="ist")),
    (3, "de", DE_VERBS, "Der Plan [ist] spät", PRESENT.format(b="ist", s="war")),
    (3, "fr", FR_VERBS, "Le gouvernement [a] prêt", ANOTHER.format(b="a", s="est")),
    (3, "es", ES_VERBS, "El Gobierno [ha] listo", ANOTHER.format(b="ha", s="está")),
    (3, "es", ES_VERBS, "y el plan [es] tardío", PRESENT.format(b="es", s="era")),
    (4, "en", BUDGET, "and [the plan's] budget is set",
     WRONG.format(b="[the plan's]", o="plan", p="their", sure="ministers")),
    (4, "en", DEPUTY, "and [the envoys'] deputy agreed", WRONG.format(b="[the envoys']", o="envoys", p="his", sure="Chan")),
    (4, "en", FORCES, "and [Japan's] forces are on alert", UNNAMED.format(b="[Japan's]", s="its", n="Japan", k=2)),
    (4, "en", TERMS, "and [the envoys'] terms are fair", WRONG.format(b="[the envoys']", o="envoys", p="its", sure="treaty")),
    (4, "en", STAFF, "and [the agency's] staff agree",
     REACH.format(b="[the agency's]", o="agency", p="their", fits="'ministers', 'envoys'")),
    (4, "de", DE_GEN, "[Die Republik] reist heute",
     UNCLEAR.format(b="[Die Republik]", s="Die Kanzlerin der Republik", w=START)),
    (4, "de", DE_GEN, "[Scholz] reist heute",
     UNNAMED.format(b="[Scholz]", s="Die Kanzlerin der Republik", n="Scholz", k=2)),
]


def _check(language: str, text: str, quote: str) -> str:
    return problems(text, quote, WHO[language], 2 if "\n\n" in text else 1, language=language)


@pytest.mark.parametrize("row", PASS, ids=[f"{r[0]}-{r[1]}-{r[3][:40]}" for r in PASS])
def test_a_bracket_that_names_or_fits_passes(row):
    _, language, text, quote = row
    assert _check(language, text, quote) == ""


@pytest.mark.parametrize("row", FAIL, ids=[f"{r[0]}-{r[1]}-{r[3][:40]}" for r in FAIL])
def test_a_bracket_that_changes_what_was_said_fails(row):
    _, language, text, quote, message = row
    assert _check(language, text, quote) == message


def test_each_gap_has_five_rows_each_way():
    for gap in (1, 2, 3, 4):
        assert sum(r[0] == gap for r in PASS) >= 5 and sum(r[0] == gap for r in FAIL) >= 5
