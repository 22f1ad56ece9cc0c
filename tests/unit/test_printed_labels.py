"""Labels printed without a colon (printedlabels.py): only where the text shows the convention.

The Fed's and the Camera's `CHAIR POWELL. Good afternoon.` and WHO's `TAG<tab>Thank you.` are
labels where one line so printed at least names a known person (people.yaml's names or `labels`,
the source's `offices`) or is the Camera's chair (`PRESIDENTE.`); then every other line of that
layout is a label too, and one that names no one fails as unknown (no reporter's words go on as the
chair's). A text where no line so printed names anyone has none: `UNITED NATIONS. The Security
Council met.`, `EXECUTIVE SUMMARY. This report finds …` and `OK  so we …` stay text, as speakers.py's
`name_line` reads a name on a line of its own.
"""
from __future__ import annotations

import pytest
from quotecheck import PEOPLE, paras_of, source

from briefbuild.checking import verify
from briefbuild.inputs.models import Person, Quote

KEYED = {**PEOPLE, "ann-lee": Person(id="ann-lee", name="Ann Lee", role="Minister", labels=["AL"]),
         "bo-chan": Person(id="bo-chan", name="Bo Chan", role="Analyst", labels=["BC"])}
UNKNOWN = "the transcript's speaker label '{label}' (line {line}) matches no person: add the speaker to " \
          "sources/people.yaml (or labels: [{label}] to the person it names)"

_REPORTER = ("CHAIR CHAN. Good afternoon. We raised rates today.\n\nMICHELLE SMITH. Thank you, Chair Chan. Will you "
             "raise rates again?\n\nCHAIR CHAN. We will decide meeting by meeting.")
_SPLIT = "ANN LEE: We read the report.\nEXECUTIVE SUMMARY. This report finds that prices rose."
_KEYS = "AL\tHello and welcome.\n\nXY\tThank you, Ann. Will you act?\n\nAL\tWe will."

# (text, people, offices, the source's messages)
LABELS = [
    # the false alarms: no line so printed names anyone known
    ("UNITED NATIONS. The Security Council met on Monday.\n\n“We will act,” Lee said.", PEOPLE, {}, []),
    ("EXECUTIVE SUMMARY. This report finds that prices rose.\n\nANN LEE: We agree.", PEOPLE, {}, []),
    ("OK  so we went there.\n\nANN LEE: Right.", PEOPLE, {}, []),
    (_SPLIT, PEOPLE, {}, []),
    ("PAT QUINN. We will act on the plan.\n\nJO KIM. We will not.", PEOPLE, {}, []),
    ("XY\tHello and welcome.\n\nZQ\tThank you.", KEYED, {}, []),
    # one layout shown says nothing of the other
    ("CHAIR CHAN. Good afternoon.\n\nOK  so we begin.", KEYED, {}, []),
    ("AL\tHello.\n\nUNITED NATIONS. The Security Council met.", KEYED, {}, []),
    # shown: an unknown label of that layout fails, before or after the known one
    (_REPORTER, PEOPLE, {}, [UNKNOWN.format(label="MICHELLE SMITH", line=3)]),
    ("MICHELLE SMITH. Thank you.\n\nCHAIR CHAN. Yes.", PEOPLE, {}, [UNKNOWN.format(label="MICHELLE SMITH", line=1)]),
    ("PRESIDENTE. Ne ha facoltà.\n\nROBERTO GIACHETTI. Chiedo di parlare.", PEOPLE, {},
     [UNKNOWN.format(label="ROBERTO GIACHETTI", line=3)]),
    ("CHAIR BROWN. Good afternoon.\n\nMICHELLE SMITH. Thank you.", PEOPLE, {"CHAIR BROWN": "bo-chan"},
     [UNKNOWN.format(label="MICHELLE SMITH", line=3)]),
    (_KEYS, KEYED, {}, [UNKNOWN.format(label="XY", line=3)]),
]

_FED = "CHAIR CHAN. Good afternoon. We raised rates today.\n\nANN LEE. Will you raise rates again?"
_CAMERA = "PRESIDENTE. Ne ha facoltà.\n\nANN LEE, Ministro per i rapporti con il Parlamento. Pongo la fiducia."
_WHO = "00:00:00\n\nAL          Hello and welcome. Dr Chan.\n\n00:01:00\n\nBC\tThank you, Ann."

# (text, people, quoted speaker, paragraph, quote)
PASS = [
    (_FED, PEOPLE, "bo-chan", 1, "We raised rates today."),
    (_FED, PEOPLE, "ann-lee", 2, "Will you raise rates again?"),
    (_CAMERA, PEOPLE, "ann-lee", 2, "Pongo la fiducia."),
    (_WHO, KEYED, "ann-lee", 2, "Hello and welcome."),
    (_WHO, KEYED, "bo-chan", 4, "Thank you, Ann."),
    (_REPORTER, PEOPLE, "bo-chan", 3, "We will decide meeting by meeting."),
    (_SPLIT, PEOPLE, "ann-lee", 1, "This report finds that prices rose."),
    (_KEYS, KEYED, "ann-lee", 3, "We will."),
]

NO_ONE = "paragraph {k} is in the turn of '{label}' (line {line}), a label that names no known person, not {who}"
FAIL = [
    (_REPORTER, PEOPLE, "bo-chan", 2, "Will you raise rates again?",
     NO_ONE.format(k=2, label="MICHELLE SMITH", line=3, who="Bo Chan")),
    (_KEYS, KEYED, "ann-lee", 2, "Will you act?", NO_ONE.format(k=2, label="XY", line=3, who="Ann Lee")),
    (_FED, PEOPLE, "bo-chan", 2, "Will you raise rates again?",
     "paragraph 2 gives these words to Ann Lee, not to Bo Chan: fix the speaker"),
]

# A record an author quotes (records.py) and a news story's advice to read a transcript (verify.py) use
# the same decision: (text, voice, quoted speaker, paragraph, quote, message)
_RECORD = ('Chan answered questions after the meeting:\n\n"CHAIR CHAN. We raised rates today.\n\n"ANN LEE. Will you '
           'raise them again?\n\n"CHAIR CHAN. We will decide meeting by meeting."')
_READ_OUT = ('Lee read from the report:\n\n"EXECUTIVE SUMMARY. This report finds that prices rose.\n\n"We recommend '
             'a pause."\n\nShe said she agreed.')
_STORY = "UNITED NATIONS. The Council met.\n\nEXECUTIVE SUMMARY. The report finds that prices rose."
ELSEWHERE = [
    (_RECORD, "authored", "ann-lee", 3, "Will you raise them again?", ""),
    (_RECORD, "authored", "bo-chan", 3, "Will you raise them again?",
     "paragraph 3 gives these words to Ann Lee, not to Bo Chan: fix the speaker"),
    (_READ_OUT, "authored", "ann-lee", 2, "This report finds that prices rose.",
     "these words stand inside a quotation within Lee’s words ('EXECUTIVE SUMMARY. This report finds that prices "
     "rose.): Lee is repeating someone else's words; quote them with the words that introduce them, inner marks and "
     "all"),
    (_STORY, "reported", "bo-chan", 2, "The report finds that prices rose.",
     "the text of paragraph 2 is the reporter's wording, not in the source's quotation marks: it is not Chan’s own "
     "words; nor does the source attribute that paragraph to them: check the speaker"),
]


def _problems(text: str, people: dict, speaker: str, paragraph: int, quote: str) -> str:
    q = Quote(id="q", speaker=speaker, kind="direct", text=quote, paragraph=paragraph)
    return " | ".join(p.message for p in verify.verify_quote(q, source(text, "transcript"), paras_of(text), people))


@pytest.mark.parametrize("row", LABELS, ids=[r[0][:30] for r in LABELS])
def test_a_label_without_a_colon_is_one_where_the_text_shows_the_convention(row):
    text, people, offices, messages = row
    q = Quote(id="q", speaker="ann-lee", kind="paraphrase", text="x", paragraph=1)
    found = verify.source_problems(source(text, "transcript", quotes=[q], offices=offices), paras_of(text), people)
    assert [p.message for p in found] == messages


@pytest.mark.parametrize("row", PASS, ids=[f"{r[2]}-{r[4][:30]}" for r in PASS])
def test_a_quote_from_a_printed_labels_transcript_passes(row):
    assert _problems(*row) == ""


@pytest.mark.parametrize("row", FAIL, ids=[f"{r[2]}-{r[4][:30]}" for r in FAIL])
def test_a_misquote_across_printed_labels_fails_with_its_exact_message(row):
    *args, message = row
    assert _problems(*args) == message


@pytest.mark.parametrize("row", ELSEWHERE, ids=[f"{r[1]}-{r[4][:30]}" for r in ELSEWHERE])
def test_a_quoted_record_and_a_story_read_labels_without_a_colon_alike(row):
    text, voice, speaker, paragraph, quote, message = row
    q = Quote(id="q", speaker=speaker, kind="direct", text=quote, paragraph=paragraph)
    found = verify.verify_quote(q, source(text, voice), paras_of(text), PEOPLE)
    assert " | ".join(p.message for p in found) == message
