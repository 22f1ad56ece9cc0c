"""A bracket may name what a German, French or Spanish pronoun or definite reference stands for, as an
English one may (Chicago 13.60; Duden, Imprimerie nationale and the RAE set the same interpolation):
`[Angela Merkel]` for `die Kanzlerin`, `[Moreau]` for `elle`, `[Pedro Sánchez]` for `el presidente`. The
source's `language:` chooses the words (references.py). It fails where the English equivalent fails: a
name the source never gives for a pronoun, a name the quote gives beside the reference, a negation added,
a bracket for a verb or a name. German capitalizes its nouns, so a reference ends at its noun: `[Merkel]`
for `die Regierung beschließt` takes in a verb and fails; `[Merkel] beschließt` for it names the
reference and passes, as `[Merkel] decides` for `the Government decides` does in English.
"""
from __future__ import annotations

import pytest
from quotecheck import problems

UNCLEAR = ("{b} replaces '{s}'{w}, which it does not clarify: a bracket may only change a first letter's case, a "
           "word's form, or name what a pronoun or reference stands for")
UNNAMED = ("{b} says '{p}' stands for {n}, which the source does not name up to paragraph 2: a bracket may only "
           "name what the word stands for in the source; keep '{p}', or name what the source says it refers to")
BESIDE = ("[{n}] replaces '{s}' with a name the quote gives beside it: the source names {n} and then '{s}', two "
          "parties, not one; a bracket may only name what a pronoun or reference stands for")
NEGATION = ("{b} adds a negation the source does not have (it has '{s}' there): a bracket never adds, drops or "
            "changes a negation")
END = " at the end of the quote"

DE = ("Kanzlerin Angela Merkel reist am Mittwoch nach Hanau.\n\n"
      "„Am Mittwoch besucht die Kanzlerin Hanau und spricht mit den Familien der Opfer. Danach leitet sie den "
      "Integrationsgipfel, und die Regierung beschließt dort ein Paket. Scholz lobte den Plan, und das Ministerium "
      "wird ihn umsetzen. Dann dankt die Kanzlerin der Bundesrepublik den Helfern. Dieser Gipfel ist ihr wichtig“, "
      "sagte Weber.")
FR = ("La ministre Claire Moreau se rend lundi à Lyon, où l'OTAN tient son sommet.\n\n"
      "« Lundi, la ministre se rend à Lyon et rencontre les familles des victimes. Ensuite, elle présidera le "
      "sommet, et le gouvernement adopte un plan. Martin a salué le plan, et le ministère le mettra en œuvre. "
      "Ce sommet lui tient à cœur, et l'alliance le soutient », a déclaré Dupont.")
ES = ("El presidente Pedro Sánchez viaja el lunes a Valencia.\n\n"
      "«El lunes, el presidente visita Valencia y habla con las familias de las víctimas. Después, él presidirá la "
      "cumbre, y el ministerio aprueba un plan. García elogió el plan, y el ministerio lo aplicará. Esta cumbre le "
      "importa mucho. Su Gobierno lo apoya», dijo Pérez.")
TEXTS = {"de": (DE, "klaus-weber"), "fr": (FR, "anne-dupont"), "es": (ES, "carlos-perez")}

# (language, quote)
PASS = [
    # the Federal Press Office's case: the chancellor's day, `die Kanzlerin` named
    ("de", "Am Mittwoch besucht [Angela Merkel] Hanau"),
    ("de", "Am Mittwoch besucht [die Bundeskanzlerin] Hanau"),
    ("de", "Danach leitet [Merkel] den Integrationsgipfel"),
    ("de", "Danach leitet sie [die Kanzlerin] den Integrationsgipfel"),
    ("de", "und [die Bundesregierung] beschließt dort ein Paket"),
    ("de", "und [Merkel] beschließt dort ein Paket"),  # as `and [Merkel] decides` for `and the Government decides`
    ("de", "[Der Integrationsgipfel] ist ihr wichtig"),
    ("de", "Dann dankt [Merkel] den Helfern"),  # a genitive after the noun is the reference's: `der Bundesrepublik`
    ("de", "Dieser Gipfel ist [Merkel] wichtig"),
    ("de", "und [das Innenministerium] wird ihn umsetzen"),
    ("fr", "Lundi, [Claire Moreau] se rend à Lyon"),
    ("fr", "Ensuite, [Moreau] présidera le sommet"),
    ("fr", "Ensuite, elle [la ministre] présidera le sommet"),
    ("fr", "et [le gouvernement français] adopte un plan"),
    ("fr", "[Le sommet de Lyon] lui tient à cœur"),
    ("fr", "et [l'OTAN] le soutient"),  # the elided article: `l'alliance`
    ("fr", "et [le ministère de l'Intérieur] le mettra en œuvre"),
    ("es", "El lunes, [Pedro Sánchez] visita Valencia"),
    ("es", "Después, [Sánchez] presidirá la cumbre"),
    ("es", "Después, él [el presidente] presidirá la cumbre"),
    ("es", "y [el Ministerio de Sanidad] aprueba un plan"),
    ("es", "[La cumbre de Valencia] le importa mucho"),
    ("es", "[El Gobierno de Sánchez] lo apoya"),
    ("es", "Esta cumbre le [a Sánchez] importa mucho"),
]

# (language, quote, message)
FAIL = [
    ("de", "und [Merkel] dort ein Paket", UNCLEAR.format(b="[Merkel]", s="die Regierung beschließt", w="")),
    ("de", "Am Mittwoch [Merkel] Hanau", UNCLEAR.format(b="[Merkel]", s="besucht die Kanzlerin", w="")),
    ("de", "Danach leitet [Horst Seehofer] den Integrationsgipfel",
     UNNAMED.format(b="[Horst Seehofer]", p="sie", n="Horst, Seehofer")),
    ("de", "Danach leitet sie [Seehofer] den Integrationsgipfel", UNNAMED.format(b="[Seehofer]", p="sie", n="Seehofer")),
    ("de", "Scholz lobte den Plan, und [Scholz] wird ihn umsetzen", BESIDE.format(n="Scholz", s="das Ministerium")),
    ("de", "Am Mittwoch besucht die Kanzlerin [die Stadt] und spricht", UNCLEAR.format(b="[die Stadt]", s="Hanau", w="")),
    ("de", "Danach leitet [Merkel nicht] den Integrationsgipfel", NEGATION.format(b="[Merkel nicht]", s="sie")),
    ("fr", "Lundi, [Moreau] à Lyon", UNCLEAR.format(b="[Moreau]", s="la ministre se rend", w="")),
    ("fr", "Ensuite, [Pierre Durand] présidera le sommet", UNNAMED.format(b="[Pierre Durand]", p="elle", n="Pierre, Durand")),
    ("fr", "Martin a salué le plan, et [Martin] le mettra en œuvre", BESIDE.format(n="Martin", s="le ministère")),
    ("fr", "Lundi, la ministre se rend à [Paris]", UNCLEAR.format(b="[Paris]", s="Lyon", w=END)),
    ("fr", "Ensuite, [aucune ministre] présidera le sommet", NEGATION.format(b="[aucune ministre]", s="elle")),
    ("fr", "Ensuite, elle présidera [la réunion]", UNCLEAR.format(b="[la réunion]", s="le sommet", w=END)),
    ("es", "Valencia y [Sánchez] con las familias de las víctimas", UNCLEAR.format(b="[Sánchez]", s="habla", w="")),
    ("es", "Después, [Alberto Núñez Feijóo] presidirá la cumbre",
     UNNAMED.format(b="[Alberto Núñez Feijóo]", p="él", n="Alberto, Núñez, Feijóo")),
    ("es", "García elogió el plan, y [García] lo aplicará", BESIDE.format(n="García", s="el ministerio")),
    ("es", "El lunes, el presidente visita [Madrid]", UNCLEAR.format(b="[Madrid]", s="Valencia", w=END)),
    ("es", "Después, [ningún ministro] presidirá la cumbre", NEGATION.format(b="[ningún ministro]", s="él")),
    ("es", "Después, él presidirá [la reunión]", UNCLEAR.format(b="[la reunión]", s="la cumbre", w=END)),
]


@pytest.mark.parametrize("row", PASS, ids=[f"{r[0]}-{r[1][:40]}" for r in PASS])
def test_a_bracket_naming_a_reference_passes(row):
    language, quote = row
    text, speaker = TEXTS[language]
    assert problems(text, quote, speaker, 2, language=language) == ""


@pytest.mark.parametrize("row", FAIL, ids=[f"{r[0]}-{r[1][:40]}" for r in FAIL])
def test_a_bracket_that_changes_what_was_said_fails(row):
    language, quote, message = row
    text, speaker = TEXTS[language]
    assert problems(text, quote, speaker, 2, language=language) == message


def test_a_language_without_a_table_reads_english_words():
    text = "Chancellor Angela Merkel travels on Wednesday.\n\n“The Chancellor visits Hanau on Wednesday,” Lee said."
    assert problems(text, "[Angela Merkel] visits Hanau", "ann-lee", 2, language="nl") == ""
