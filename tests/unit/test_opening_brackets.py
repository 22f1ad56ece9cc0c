"""A bracket that opens a quote may stand for the reference ending right before the quote's first words,
however many words the bracket has (Chicago 13.60-13.61): `[the leaks]` for the `they` of `And they
constituted`, `[the trial court's]` for the `its` of `stated plainly that its`, `[Merkel]` for `Die
Kanzlerin`. A quotation may begin anywhere in its sentence, so the words before that reference (`And`,
`plainly that`) are outside the quote, not replaced. The reading is judged by the rules for a bracket
inside a quote: it must name what the reference stands for (a name the source never gives, a thing the
source makes the pronoun not stand for, or one only sentences before its reach name, fails), and a
determiner phrase may be named or described more fully, never swapped for another noun (`[the
disclosures]` for `the leaks`: the reader would take the speaker to have said `disclosures`). A relative
`that` stands for the noun right before it; `no one` is one word with its negation.
"""
from __future__ import annotations

import pytest
from quotecheck import problems

UNCLEAR = ("{b} replaces '{s}' at the start of the quote, which it does not clarify: a bracket may only change a "
           "first letter's case, a word's form, or name what a pronoun or reference stands for")
WRONG = ("{b} names '{other}' for the source's '{p}', which stands for '{sure}', the only one its sentence or the "
         "one before names that '{p}' can stand for: a bracket may only name what a pronoun stands for; name "
         "'{sure}' or quote without the bracket")
REACH = ("{b} names '{other}' for the source's '{p}', which its sentence or the one before may take for {fits}, not "
         "for what only earlier sentences name: a bracket may only name what a pronoun stands for; name one of "
         "those or quote without the bracket")
UNNAMED = ("{b} says '{p}' stands for {n}, which the source does not name up to paragraph {k}: a bracket may only "
           "name what the word stands for in the source; keep '{p}', or name what the source says it refers to")
DROPS = "{b} drops the source's {kind} '{w}' (it has '{s}' there): a bracket never adds, drops or changes a {kind}"

_LEAKS = "“The leaks put the mission at risk. And they constituted a grave breach of trust,” Lee said."
_SAID = "“The report said the leaks constituted a breach of trust,” Lee said."
_COURT = "“The trial court ruled on Monday and stated plainly that its opinion was not binding on the jury,” Lee said."
_LEAD = ("“The agency reviews the data. It reports every week. Then the ministers meet the envoys, and indeed they "
         "often take the lead,” Lee said.")
_FUND = "“The ministers approved the plan and said that they will fund it,” Lee said."
_WAIT = "“But they will not fund the plan, and they will wait,” Lee said."
_POLICE = "“We built the unit with the police that was set up last year,” Lee said."
DE = ("Kanzlerin Angela Merkel reist am Mittwoch nach Hanau.\n\n"
      "„Die Kanzlerin reist am Mittwoch nach Hanau. Und sie spricht dort mit den Familien“, sagte Weber.")
FR = ("La ministre Claire Moreau se rend lundi à Lyon.\n\n"
      "« Lundi, la ministre se rend à Lyon. Et elle rencontre les familles », a déclaré Dupont.")
ES = ("El presidente Pedro Sánchez viaja el lunes a Valencia.\n\n"
      "«El lunes, el presidente visita Valencia. Y él habla con las familias», dijo Pérez.")
WHO = {"en": ("ann-lee", 1), "de": ("klaus-weber", 2), "fr": ("anne-dupont", 2), "es": ("carlos-perez", 2)}

# (language, text, quote)
PASS = [
    ("en", _LEAKS, "[the leaks] constituted a grave breach of trust"),
    ("en", _LEAKS, "[the leaks of classified files] constituted a grave breach of trust"),  # named in full
    ("en", _SAID, "[the classified leaks] constituted a breach of trust"),  # a fuller description keeps its noun
    ("en", _SAID, "[The leaks] constituted a breach of trust"),
    ("en", _COURT, "[the trial court's] opinion was not binding on the jury"),
    ("en", _LEAD, "[the ministers] often take the lead"),
    ("en", _FUND, "[the ministers] will fund it"),
    ("en", _POLICE, "[the police] was set up last year"),
    ("de", DE, "[Merkel] reist am Mittwoch nach Hanau"),
    ("de", DE, "[Angela Merkel] spricht dort mit den Familien"),
    ("fr", FR, "[Moreau] se rend à Lyon"),
    ("fr", FR, "[Claire Moreau] rencontre les familles"),
    ("es", ES, "[Sánchez] visita Valencia"),
    ("es", ES, "[Pedro Sánchez] habla con las familias"),
]

# (language, text, quote, message)
FAIL = [
    ("en", _LEAKS, "[the mission] constituted a grave breach of trust",
     WRONG.format(b="[the mission]", other="mission", p="they", sure="leaks")),
    ("en", _LEAKS, "[the Japanese envoys] constituted a grave breach of trust",
     UNNAMED.format(b="[the Japanese envoys]", p="they", n="Japanese", k=1)),
    # a noun for another noun names nothing: the reference is `the leaks`, whatever the bracket's capital
    ("en", _SAID, "[the disclosures] constituted a breach of trust",
     UNCLEAR.format(b="[the disclosures]", s="the leaks")),
    ("en", _SAID, "[The disclosures] constituted a breach of trust",
     UNCLEAR.format(b="[The disclosures]", s="the leaks")),
    ("en", _COURT, "[the Senate's] opinion was not binding on the jury",
     UNNAMED.format(b="[the Senate's]", p="its", n="Senate", k=1)),
    # `they` takes the ministers or the envoys of its reach, never the agency two sentences back
    ("en", _LEAD, "[the agency] often take the lead",
     REACH.format(b="[the agency]", other="agency", p="they", fits="'ministers', 'envoys'")),
    ("en", _LEAD, "and indeed [the agency] often take the lead",
     REACH.format(b="[the agency]", other="agency", p="they", fits="'ministers', 'envoys'")),
    ("en", _FUND, "[the plan] will fund it", WRONG.format(b="[the plan]", other="plan", p="they", sure="ministers")),
    ("en", _WAIT, "[the ministers] fund the plan",
     DROPS.format(b="[the ministers]", kind="negation", w="not", s="will not")),
    ("en", _WAIT, "[the ministers] wait", DROPS.format(b="[the ministers]", kind="modal", w="will", s="they will")),
    ("en", _POLICE, "[the unit] was set up last year", UNCLEAR.format(b="[the unit]", s="police that")),
    ("en", "“No one asked for more time,” Lee said.", "[Chan's side] asked for more time",
     DROPS.format(b="[Chan's side]", kind="negation", w="no", s="No one")),
    ("de", DE, "[Olaf Scholz] spricht dort mit den Familien",
     UNNAMED.format(b="[Olaf Scholz]", p="sie", n="Olaf, Scholz", k=2)),
    ("fr", FR, "[Jean Dupuis] rencontre les familles",
     UNNAMED.format(b="[Jean Dupuis]", p="elle", n="Jean, Dupuis", k=2)),
    ("fr", FR, "[le plan] se rend à Lyon", UNCLEAR.format(b="[le plan]", s="la ministre")),
    ("es", ES, "[Luis Ortega] habla con las familias",
     UNNAMED.format(b="[Luis Ortega]", p="él", n="Luis, Ortega", k=2)),
    ("es", ES, "[el plan] visita Valencia", UNCLEAR.format(b="[el plan]", s="el presidente")),
]


@pytest.mark.parametrize("row", PASS, ids=[f"{r[0]}-{r[2][:40]}" for r in PASS])
def test_an_opening_bracket_naming_the_reference_before_the_quote_passes(row):
    language, text, quote = row
    speaker, paragraph = WHO[language]
    assert problems(text, quote, speaker, paragraph, language=None if language == "en" else language) == ""


@pytest.mark.parametrize("row", FAIL, ids=[f"{r[0]}-{r[2][:40]}" for r in FAIL])
def test_an_opening_bracket_that_names_something_else_fails_with_its_exact_message(row):
    language, text, quote, message = row
    speaker, paragraph = WHO[language]
    assert problems(text, quote, speaker, paragraph, language=None if language == "en" else language) == message
