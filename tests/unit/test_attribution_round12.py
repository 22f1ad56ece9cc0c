"""Held-out real texts, round 12 (benchmarks/realtext/): the rules their false alarms asked for,
each as rows that pass and rows that fail with the exact message.

- The Federal Reserve's press conferences and the Italian Camera's resoconto stenografico print a
  speaker in capitals and a full stop (`CHAIR POWELL. Good afternoon.`), the office after a comma in
  mixed case (`VANNINO CHITI, Ministro per …. Signor Presidente`), the Camera its chair by office
  alone (`PRESIDENTE.`: no one's words, as the Congressional Record's chair). One word in capitals
  that is no chair's office (`NATO. The alliance …`) stays text.
- WHO prints a speaker key's initials and a tab (`TAG<tab>Thank you.`): a label, a person's `labels`.
- The Spanish Congreso's Diario de Sesiones prints `El señor` / `La señora` before a label
  (`La señora MINISTRA DE HACIENDA (Lee):`, `El señor PRESIDENTE:`, the chair, no one's words).
"""
from __future__ import annotations

import pytest
from quotecheck import PEOPLE, paras_of, source

from briefbuild.checking import verify
from briefbuild.inputs.models import Person, Quote

KEYED = {**PEOPLE, "ann-lee": Person(id="ann-lee", name="Ann Lee", role="Minister", labels=["AL"]),
         "bo-chan": Person(id="bo-chan", name="Bo Chan", role="Analyst", labels=["BC"])}

_FED = ("CHAIR CHAN. Good afternoon. We raised rates today.\n\nANN LEE. Thank you, Chair Chan. Will you raise "
        "rates again?\n\nCHAIR CHAN. We will decide meeting by meeting.\n\nNATO. The alliance will meet.")
_CAMERA = ("PRESIDENTE. Ha chiesto di parlare il ministro Lee. Ne ha facoltà.\n\nANN LEE, Ministro per i rapporti con "
           "il Parlamento. Signor Presidente (Applausi), colleghi, pongo la questione di fiducia.\n\n"
           "PRESIDENTE. Prendo atto.")
_WHO = "00:00:00\n\nAL          Hello and welcome. Dr Chan.\n\n00:01:00\n\nBC\tThank you, Ann."
_DIARIO = ("El señor PRESIDENTE: Se abre la sesión. Tiene la palabra la señora Lee.\n\n"
           "La señora MINISTRA DE HACIENDA (Lee): Gracias, señor presidente. Aprobamos el presupuesto.\n\n"
           "El señor CHAN: Votaremos en contra.\n\nLa señora MINISTRA DE HACIENDA: Lo lamento.")
CHAIR = "paragraph {k} is in the turn of '{label}' (line {line}), whose words no person can be quoted from, not Ann Lee's"

# (text, people, quoted speaker, paragraph, quote)
PASS = [
    (_FED, PEOPLE, "bo-chan", 1, "We raised rates today."),
    (_FED, PEOPLE, "ann-lee", 2, "Will you raise rates again?"),
    (_FED, PEOPLE, "bo-chan", 3, "We will decide meeting by meeting."),
    (_FED, PEOPLE, "bo-chan", 4, "The alliance will meet."),
    (_CAMERA, PEOPLE, "ann-lee", 2, "Signor Presidente … colleghi, pongo la questione di fiducia."),
    (_WHO, KEYED, "ann-lee", 2, "Hello and welcome."),
    (_WHO, KEYED, "bo-chan", 4, "Thank you, Ann."),
    (_DIARIO, PEOPLE, "ann-lee", 2, "Aprobamos el presupuesto."),
    (_DIARIO, PEOPLE, "bo-chan", 3, "Votaremos en contra."),
    (_DIARIO, PEOPLE, "ann-lee", 4, "Lo lamento."),
]

FAIL = [
    (_FED, PEOPLE, "bo-chan", 2, "Will you raise rates again?",
     "paragraph 2 gives these words to Ann Lee, not to Bo Chan: fix the speaker"),
    (_FED, PEOPLE, "ann-lee", 3, "We will decide meeting by meeting.",
     "paragraph 3 gives these words to Bo Chan, not to Ann Lee: fix the speaker"),
    (_CAMERA, PEOPLE, "ann-lee", 1, "Ne ha facoltà.", CHAIR.format(k=1, label="PRESIDENTE", line=1)),
    (_CAMERA, PEOPLE, "ann-lee", 3, "Prendo atto.", CHAIR.format(k=3, label="PRESIDENTE", line=5)),
    (_WHO, KEYED, "bo-chan", 2, "Hello and welcome.",
     "paragraph 2 gives these words to Ann Lee, not to Bo Chan: fix the speaker"),
    (_DIARIO, PEOPLE, "ann-lee", 1, "Se abre la sesión.", CHAIR.format(k=1, label="El señor PRESIDENTE", line=1)),
    (_DIARIO, PEOPLE, "ann-lee", 3, "Votaremos en contra.",
     "paragraph 3 gives these words to Bo Chan, not to Ann Lee: fix the speaker"),
]

UNKNOWN = "the transcript's speaker label '{label}' (line {line}) matches no person: add the speaker to " \
          "sources/people.yaml (or labels: [{label}] to the person it names)"
LABELS = [
    ("XY\tHello and welcome.", []),  # no key names anyone known: text (test_printed_labels.py)
    ("CHAIR CHAN. Hello.\n\nPAT QUINN. We will act on the plan.", [UNKNOWN.format(label="PAT QUINN", line=3)]),
    ("La señora PAT QUINN: Gracias.", [UNKNOWN.format(label="La señora PAT QUINN", line=1)]),
    ("ANN LEE: We spoke.\n\nNATO. The alliance will meet.\n\nUS economy grows.", []),
    ("ANN LEE: We spoke.\n\nEl señor ministro dijo: vamos.", []),
]


def _problems(text: str, people: dict, speaker: str, paragraph: int, quote: str) -> str:
    q = Quote(id="q", speaker=speaker, kind="direct", text=quote, paragraph=paragraph)
    return " | ".join(p.message for p in verify.verify_quote(q, source(text, "transcript"), paras_of(text), people))


@pytest.mark.parametrize("row", PASS, ids=[f"{r[2]}-{r[4][:30]}" for r in PASS])
def test_a_legitimate_form_of_the_round_12_texts_passes(row):
    assert _problems(*row) == ""


@pytest.mark.parametrize("row", FAIL, ids=[f"{r[2]}-{r[4][:30]}" for r in FAIL])
def test_a_misquote_of_the_round_12_forms_fails_with_its_exact_message(row):
    *args, message = row
    assert _problems(*args) == message


@pytest.mark.parametrize("row", LABELS, ids=[r[0][:30] for r in LABELS])
def test_a_label_printed_without_a_colon_is_read_and_text_stays_text(row):
    text, messages = row
    q = Quote(id="q", speaker="ann-lee", kind="paraphrase", text="x", paragraph=1)
    found = verify.source_problems(source(text, "transcript", quotes=[q]), paras_of(text), PEOPLE)
    assert [p.message for p in found] == messages
